// What the user creates is on disk, in one file per assessment plus an index, readable after a restart.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir } from '../support/temp';
import { testHandlers } from '../support/workspace';
import { details, newAssessment, smallCompany } from '../support/profiles';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

describe('the data folder', () => {
  it('keeps organisations and assessments across a restart', async () => {
    const first = testHandlers();
    dirs.push(first.dataDir);
    const org = await first.handlers.createOrganisation(details('さくら商事株式会社'));
    const created = await first.handlers.createAssessment({
      organisationId: org.id,
      title: '2026年度 自己点検',
      catalogIds: ['quick-check'],
      profile: { ...smallCompany, employees: 12, individuals: 800 },
      assessor: '',
    });

    const second = testHandlers(first.dataDir);
    expect(await second.handlers.listOrganisations({})).toEqual([org]);
    expect(await second.handlers.listAssessments({})).toEqual([created]);
    const assessment = await second.handlers.getAssessment({ id: created.id });
    expect(assessment).toMatchObject({ schemaVersion: 3, title: '2026年度 自己点検', answers: {}, evidence: {} });
    // A new assessment is pinned to the newest edition.
    expect(assessment.catalogs).toEqual([{ id: 'quick-check', version: 2 }]);
    expect(assessment.profile.employees).toBe(12);
  });

  it('stores one file per assessment, named by id, with mode 0600', async () => {
    const { handlers, dataDir } = testHandlers();
    dirs.push(dataDir);
    const org = await handlers.createOrganisation(details('../../evil'));
    const a = await handlers.createAssessment(newAssessment(org.id, '../x', ['quick-check']));
    const b = await handlers.createAssessment(newAssessment(org.id, 'y', ['quick-check']));
    expect(fs.readdirSync(path.join(dataDir, 'assessments')).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
    for (const file of [path.join(dataDir, 'index.json'), path.join(dataDir, 'assessments', `${a.id}.json`)]) {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
  });

  it('remembers the language', async () => {
    const first = testHandlers();
    dirs.push(first.dataDir);
    expect(await first.handlers.getSettings({})).toEqual({ language: 'ja' });
    await first.handlers.updateSettings({ language: 'en' });
    expect(await testHandlers(first.dataDir).handlers.getSettings({})).toEqual({ language: 'en' });
  });

  it('removes a crashed writer’s temporary files at start and keeps the data', async () => {
    const first = testHandlers();
    dirs.push(first.dataDir);
    await first.handlers.createOrganisation(details('A'));
    first.close();
    const leftover = path.join(first.dataDir, 'index.json.tmp-1a2b3c');
    fs.writeFileSync(leftover, '{"half');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    fs.utimesSync(leftover, longAgo, longAgo);
    const second = testHandlers(first.dataDir);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(await second.handlers.listNotices({})).toEqual([expect.objectContaining({ kind: 'temp-files-removed', count: 1 })]);
    expect(await second.handlers.listOrganisations({})).toHaveLength(1);
  });
});
