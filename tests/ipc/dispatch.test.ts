// Every IPC input is checked against the contract before a handler runs; a refused call says what is wrong
// and changes nothing on disk.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../electron/ipc/channels';
import { contract } from '../../electron/ipc/contract';
import { dispatch } from '../../electron/ipc/dispatch';
import { snapshotFolder } from '../support/snapshot';
import { removeDir } from '../support/temp';
import { testHandlers } from '../support/workspace';
import { details, newAssessment } from '../support/profiles';

const snapshot = snapshotFolder;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

describe('the IPC contract', () => {
  it('declares a schema and a handler for every channel, and nothing else', () => {
    const { handlers, dataDir } = testHandlers();
    dirs.push(dataDir);
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });
});

describe('dispatching a call', () => {
  it('runs a valid call and returns its value', async () => {
    const { handlers, dataDir } = testHandlers();
    dirs.push(dataDir);
    const result = await dispatch(handlers, 'createOrganisation', { name: '  さくら商事  ' });
    expect(result).toMatchObject({ ok: true, value: { name: 'さくら商事' } });
  });

  it.each([
    ['unknown channel', 'deleteEverything', {}, /Unknown request "deleteEverything"/],
    ['prototype channel', '__proto__', {}, /Unknown request/],
    ['missing field', 'createOrganisation', {}, /The request createOrganisation was refused: at name: is missing/],
    ['empty name', 'createOrganisation', { name: '   ' }, /name: is required/],
    ['extra field', 'createOrganisation', { name: 'A', admin: true }, /unknown field "admin"/],
    ['wrong type', 'updateSettings', { language: 'fr' }, /language: /],
    ['not an object', 'getAssessment', 'abc', /The request getAssessment was refused: at \(top level\): must be a mapping/],
    ['path in an id', 'getAssessment', { id: '../../etc/passwd' }, /id: must be 8–32/],
    ['too long', 'createOrganisation', { name: 'x'.repeat(201) }, /at most 200/],
  ])('refuses %s with a readable message', async (_case, channel, input, message) => {
    const { handlers, dataDir } = testHandlers();
    dirs.push(dataDir);
    const before = snapshot(dataDir);
    const result = await dispatch(handlers, channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('reports a missing organisation or catalog as the user would understand it', async () => {
    const { handlers, dataDir } = testHandlers();
    dirs.push(dataDir);
    const missingOrg = await dispatch(handlers, 'createAssessment', newAssessment('aaaaaaaaaaaaaaaa', 'FY2026', ['quick-check']));
    expect(missingOrg).toEqual({
      ok: false,
      error: 'There is no organisation with id aaaaaaaaaaaaaaaa',
      problem: { code: 'organisation.none', params: { id: 'aaaaaaaaaaaaaaaa' } },
    });
    const org = await dispatch(handlers, 'createOrganisation', { name: 'A' });
    if (!org.ok) throw new Error(org.error);
    const missingCatalog = await dispatch(handlers, 'createAssessment', newAssessment((org.value as { id: string }).id, 'FY2026', ['no-such-catalog']));
    expect(missingCatalog).toMatchObject({ ok: false, error: 'There is no catalog with id "no-such-catalog"', problem: { code: 'catalog.none' } });
    const { assessments } = JSON.parse(fs.readFileSync(path.join(dataDir, 'index.json'), 'utf8'));
    expect(assessments).toEqual([]);
  });

  it('only opens vetted links', async () => {
    const { handlers, dataDir, opened } = testHandlers();
    dirs.push(dataDir);
    expect(await dispatch(handlers, 'openExternal', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'openExternal', { url: 'https://www.ppc.go.jp/' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(opened).toEqual(['https://www.ppc.go.jp/']);
  });

  it('never throws and never writes for arbitrary garbage on any channel', async () => {
    const { handlers, dataDir } = testHandlers();
    dirs.push(dataDir);
    const before = snapshot(dataDir);
    const writes = new Set(['updateSettings', 'createOrganisation', 'createAssessment', 'openExternal']);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames), fc.anything(), async (channel, input) => {
        const result = await dispatch(handlers, channel, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        if (writes.has(channel) && !result.ok) expect(snapshot(dataDir)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

describe('answers the catalog cannot take', () => {
  it('refuses "don\'t know" on a checklist item (it exists for the quick check only), storing nothing', async () => {
    const { handlers, dataDir } = testHandlers();
    dirs.push(dataDir);
    const org = await handlers.createOrganisation(details('A'));
    const assessment = await handlers.createAssessment(newAssessment(org.id, 'FY2026', ['appi-safeguards', 'quick-check']));
    const answer = { status: 'unknown', note: '', reason: '', alternative: '', flagged: false, evidence: [] };
    const before = snapshot(dataDir);
    const refused = await dispatch(handlers, 'saveAnswer', { assessmentId: assessment.id, key: 'appi-safeguards/APPI-BP-01', answer });
    expect(refused).toMatchObject({ ok: false, problem: { code: 'answer.unknown-not-allowed' } });
    expect(snapshot(dataDir)).toEqual(before);
    expect(await dispatch(handlers, 'saveAnswer', { assessmentId: assessment.id, key: 'quick-check/QC-BASIC-01', answer })).toMatchObject({ ok: true });
  });
});
});
