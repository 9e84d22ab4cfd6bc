// The privacy-policy check kept with an assessment, through the same handlers the window calls: a pasted
// policy and a chosen file are checked and kept (the window holds a token for the file, never its path), the
// results follow the answers, a refused policy changes nothing, the check is removed and exported as JSON and
// Markdown, and it travels with the assessment through export and import — while an import carrying a
// hostile one is refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Assessment, type ExportDocument, MAX_EXPORT_BYTES } from '../../assessments';
import { MAX_POLICY_TEXT_BYTES } from '../../assessments/policy';
import { dispatch } from '../../electron/ipc/dispatch';
import { applyImport } from '../../electron/services/exchange/apply-import';
import { checkExportDocument } from '../../electron/services/exchange/import-file';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { snapshotFolder } from '../support/snapshot';
import { removeDir, tempDir } from '../support/temp';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/policy-check');
const hanamizuki = fs.readFileSync(path.join(fixtures, 'ja-hanamizuki-travel.txt'), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function setup() {
  const files = tempDir('mamori-policy-');
  const dialogs = { open: '', save: '', kinds: [] as (string | undefined)[], suggested: [] as string[] };
  const t = workspaceWithAssessment(undefined, {
    chooseImportPath: async (kind) => {
      dialogs.kinds.push(kind);
      return dialogs.open || null;
    },
    chooseExportPath: async (name) => {
      dialogs.suggested.push(name);
      return dialogs.save || null;
    },
  });
  dirs.push(t.dataDir, files);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(t.handlers, channel, input);
    if (!result.ok) throw new Error(result.error);
    return result.value as T;
  };
  const stored = () => t.workspace.assessments.read(t.assessment.id);
  return { t, files, dialogs, call, stored, id: t.assessment.id };
}

type View = { name: string; checkedAt: string; result: { elements: { id: string; status: string }[]; claims: { quote: string; backing: string | null; unbackedItems: string[] }[]; statementGaps: unknown[]; text: string } };

describe('a policy checked and kept with the assessment', () => {
  it('checks pasted text against the answers, keeps it, and gives the same results when read back', async () => {
    const { call, stored, id } = setup();
    expect(await call('getPolicyCheck', { assessmentId: id })).toBeNull();
    const view = await call<View>('checkPolicy', { assessmentId: id, source: { kind: 'text', text: hanamizuki } });
    expect(view.name).toBe('');
    expect(view.result.elements).toHaveLength(18);
    expect(stored().policyCheck).toEqual({ name: '', checkedAt: view.checkedAt, text: view.result.text });
    expect(stored().updatedAt).toBe(view.checkedAt);
    expect(await call('getPolicyCheck', { assessmentId: id })).toEqual(view);
  });

  it('follows the answers: a claim backed today is flagged once its item is answered not implemented', async () => {
    const { call, id } = setup();
    const training = (v: View) => v.result.claims.find((c) => c.quote.includes('研修を実施'))!;
    // The example answers training with an alternative control: backed.
    const before = await call<View>('checkPolicy', { assessmentId: id, source: { kind: 'text', text: hanamizuki } });
    expect(training(before).backing).not.toBe('not-backed');
    await call('saveAnswer', { assessmentId: id, key: 'appi-safeguards/APPI-PER-01', answer: { status: 'not-implemented', note: '', reason: '', alternative: '', flagged: false, evidence: [] } });
    const after = await call<View>('getPolicyCheck', { assessmentId: id });
    expect(training(after)).toMatchObject({ backing: 'not-backed', unbackedItems: ['appi-safeguards/APPI-PER-01'] });
    expect(after.checkedAt).toBe(before.checkedAt);
  });

  it('opens a file through main’s dialog: the window gets a token and the file’s name, never its path', async () => {
    const { call, dialogs, stored, id } = setup();
    dialogs.open = path.join(fixtures, 'en-kaiyo-logistics.html');
    const chosen = await call<{ chosen: true; token: string; fileName: string }>('choosePolicyFile', {});
    expect(dialogs.kinds).toEqual(['policy']);
    expect(chosen).toEqual({ chosen: true, token: expect.stringMatching(/^[0-9a-f]{32}$/), fileName: 'en-kaiyo-logistics.html' });
    const view = await call<View>('checkPolicy', { assessmentId: id, source: { kind: 'file', token: chosen.token } });
    expect(view.name).toBe('en-kaiyo-logistics.html');
    expect(view.result.text).not.toContain('<script');
    expect(stored().policyCheck?.name).toBe('en-kaiyo-logistics.html');
    // A token is good for one check; a path is never accepted.
    await expect(call('checkPolicy', { assessmentId: id, source: { kind: 'file', token: chosen.token } })).rejects.toThrow('Choose the policy file again');
    expect((await dispatch(setup().t.handlers, 'checkPolicy', { assessmentId: id, source: { kind: 'file', path: dialogs.open } })).ok).toBe(false);
    dialogs.open = '';
    expect(await call('choosePolicyFile', {})).toEqual({ chosen: false });
  });

  it.each([
    ['a file over 5 MB', 'big.txt', Buffer.alloc(5_000_001, 0x61), 'big.txt: The file is 5.1 MB; Mamori reads privacy-policy files of up to 5 MB.'],
    ['a PDF', 'policy.pdf', Buffer.from('%PDF-1.4'), 'policy.pdf: Mamori reads privacy policies from text files (.txt), Markdown (.md) and web pages (.html, .htm), not from this kind of file.'],
    ['an empty web page', 'empty.html', Buffer.from('<html><script>alert(1)</script></html>'), 'empty.html: There is no text to check.'],
  ])('refuses %s with a clear message and keeps the check it had, byte for byte', async (_name, file, bytes, message) => {
    const { call, dialogs, files, t, id } = setup();
    await call('checkPolicy', { assessmentId: id, source: { kind: 'text', text: hanamizuki } });
    dialogs.open = path.join(files, file);
    fs.writeFileSync(dialogs.open, bytes);
    const { token } = await call<{ token: string }>('choosePolicyFile', {});
    const before = snapshotFolder(t.dataDir);
    const result = await dispatch(t.handlers, 'checkPolicy', { assessmentId: id, source: { kind: 'file', token } });
    expect(result).toMatchObject({ ok: false, error: message });
    expect(snapshotFolder(t.dataDir)).toEqual(before);
  });

  it('refuses pasted text over 500 KB, saying how large it is', async () => {
    const { t, id } = setup();
    const result = await dispatch(t.handlers, 'checkPolicy', { assessmentId: id, source: { kind: 'text', text: 'あ'.repeat(170_000) } });
    expect(result).toMatchObject({ ok: false, error: 'The policy text is 510 KB; Mamori checks up to 500 KB of text.', problem: { code: 'policy.too-large' } });
  });

  it('is removed on request, leaving the answers as they were', async () => {
    const { call, stored, id } = setup();
    await call('checkPolicy', { assessmentId: id, source: { kind: 'text', text: hanamizuki } });
    const answers = stored().answers;
    expect(await call('removePolicyCheck', { assessmentId: id })).toEqual({ removed: true });
    expect(stored().policyCheck).toBeUndefined();
    expect(stored().answers).toEqual(answers);
    expect(await call('removePolicyCheck', { assessmentId: id })).toEqual({ removed: false });
    await expect(call('exportPolicyCheck', { assessmentId: id, format: 'json', language: 'en' })).rejects.toThrow(`Assessment ${id} has no privacy-policy check`);
  });

  it('exports the results as JSON and as Markdown where the user chooses, or nothing when cancelled', async () => {
    const { call, dialogs, files, id } = setup();
    dialogs.open = path.join(fixtures, 'ja-kobayashi-koumuten.md');
    const { token } = await call<{ token: string }>('choosePolicyFile', {});
    const view = await call<View>('checkPolicy', { assessmentId: id, source: { kind: 'file', token } });
    expect(await call('exportPolicyCheck', { assessmentId: id, format: 'json', language: 'ja' })).toEqual({ saved: false });
    dialogs.save = path.join(files, 'out.json');
    const saved = await call<{ saved: true; bytes: number }>('exportPolicyCheck', { assessmentId: id, format: 'json', language: 'ja' });
    expect(saved).toMatchObject({ saved: true, file: dialogs.save });
    const json = JSON.parse(fs.readFileSync(dialogs.save, 'utf8'));
    expect(json).toMatchObject({ format: 'mamori-policy-check', formatVersion: 1, policy: { name: 'ja-kobayashi-koumuten.md', checkedAt: view.checkedAt }, assessment: { id } });
    expect(json.elements).toEqual(view.result.elements);
    dialogs.save = path.join(files, 'out.md');
    await call('exportPolicyCheck', { assessmentId: id, format: 'markdown', language: 'en' });
    const markdown = fs.readFileSync(dialogs.save, 'utf8');
    expect(markdown).toContain('# Privacy-policy check: ja-kobayashi-koumuten.md');
    expect(markdown).toMatch(/\| Safeguards taken for retained personal data \| Missing \| Only a general promise/);
    expect(dialogs.suggested).toEqual([expect.stringMatching(/^ja-kobayashi-koumuten check \d{4}-\d{2}-\d{2}\.json$/), expect.stringMatching(/\.json$/), expect.stringMatching(/\.md$/)]);
  });

  it('escapes the policy’s own text in Markdown, so it can neither format, link nor embed', async () => {
    const { call, dialogs, files, id } = setup();
    const text = `${hanamizuki}\n当社は、全従業者に<img src=x onerror=alert(1)>研修を実施しています [link](javascript:alert(1)) **太字**。`;
    await call('checkPolicy', { assessmentId: id, source: { kind: 'text', text } });
    dialogs.save = path.join(files, 'hostile.md');
    await call('exportPolicyCheck', { assessmentId: id, format: 'markdown', language: 'ja' });
    const markdown = fs.readFileSync(dialogs.save, 'utf8');
    expect(markdown).toContain('全従業者に\\<img src=x onerror=alert(1)\\>研修を実施しています \\[link\\](javascript:alert(1)) \\*\\*太字\\*\\*。');
    expect(markdown).not.toMatch(/(^|[^\\])<img/m);
  });
});

describe('the check travels with the assessment', () => {
  const withCheck = async () => {
    const s = setup();
    await s.call('checkPolicy', { assessmentId: s.id, source: { kind: 'text', text: hanamizuki } });
    return s;
  };

  it('through export and import, every character of its text', async () => {
    const { t, stored } = await withCheck();
    const doc = exportOf(t);
    expect(doc.assessment.policyCheck).toEqual(stored().policyCheck);
    const target = setup();
    const checked = checkExportDocument(JSON.parse(JSON.stringify(doc)), 'export.mamori');
    const imported = applyImport(target.t.workspace, target.t.catalogs, checked, 'copy', Math.random);
    expect(target.t.workspace.assessments.read(imported.assessment.id).policyCheck).toEqual(stored().policyCheck);
  });

  const hostile: [string, (a: Assessment & Record<string, unknown>) => void, RegExp][] = [
    ['a text over 500 KB', (a) => void (a.policyCheck!.text = 'あ'.repeat(MAX_POLICY_TEXT_BYTES / 3 + 1)), /policyCheck\.text: is more than 500,000 bytes of text/],
    ['a control character in the text', (a) => void (a.policyCheck!.text = 'policy\u001b[31m'), /policyCheck\.text: must not contain control characters/],
    ['a direction override in the name', (a) => void (a.policyCheck!.name = 'policy\u202etxt.exe'), /policyCheck\.name: must not contain control characters/],
    ['an unknown field', (a) => void ((a.policyCheck as Record<string, unknown>).results = []), /policyCheck\.results: unknown field "results"/],
    ['no date', (a) => void delete (a.policyCheck as Partial<Assessment['policyCheck']>)!.checkedAt, /policyCheck\.checkedAt/],
  ];
  it.each(hostile)('but an import whose check has %s is refused, saying where', async (_name, change, message) => {
    const { t } = await withCheck();
    const doc = JSON.parse(JSON.stringify(exportOf(t))) as ExportDocument;
    change(doc.assessment as Assessment & Record<string, unknown>);
    expect(JSON.stringify(doc).length).toBeLessThan(MAX_EXPORT_BYTES);
    expect(() => checkExportDocument(doc, 'hostile.mamori')).toThrow(message);
  });
});
