// The signed-off audit that ships beside the example self-assessment: the same company and answers, an
// auditor's verdicts of every class with comments and checked evidence, a seal that holds as an import reads
// the file, a file that is what the build script makes today, and a hash anyone can recompute without Mamori
// by following docs/audit-signoff.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSeal, verdictCodes } from '../../assessments';
import { readExportFile } from '../../electron/services/exchange/import-file';
import { auditExampleFile, buildAuditExample, buildExample, exampleFile } from '../../scripts/build-example';

describe('the shipped audit example', () => {
  it('is the example company\'s assessment with about a dozen verdicts of all six classes, signed off', async () => {
    const audit = await readExportFile(auditExampleFile);
    const plain = await readExportFile(exampleFile);
    const a = audit.assessment;
    expect(audit.organisation).toEqual(plain.organisation);
    expect(a.organisationId).toBe(plain.assessment.organisationId);
    expect(a.id).not.toBe(plain.assessment.id);
    expect(a.answers).toEqual(plain.assessment.answers);
    expect(a.evidence).toEqual(plain.assessment.evidence);
    expect(a.catalogs).toEqual(plain.assessment.catalogs);
    expect(plain.assessment.verdicts).toBeUndefined();
    expect(plain.assessment.signOff).toBeUndefined();

    const verdicts = Object.entries(a.verdicts ?? {});
    expect(verdicts.length).toBeGreaterThanOrEqual(10);
    expect(verdicts.length).toBeLessThanOrEqual(15);
    expect(new Set(verdicts.map(([, v]) => v.code))).toEqual(new Set(verdictCodes));
    for (const [key, verdict] of verdicts) {
      expect(a.answers[key], key).toBeDefined();
      expect(verdict.comment, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const hash of verdict.evidenceChecked) expect(a.answers[key]!.evidence, key).toContain(hash);
    }
    expect(verdicts.filter(([, v]) => v.evidenceChecked.length > 0).length).toBeGreaterThanOrEqual(3);

    expect(a.signOff).toMatchObject({ format: 'mamori-signoff/1', assessor: expect.any(String), reviewer: expect.any(String), date: '2026-11-12' });
    expect(await checkSeal(a)).toEqual({ state: 'intact', contentHash: a.signOff!.contentHash });
  });

  it('is up to date with its spec (npx tsx scripts/build-example.ts)', async () => {
    const { doc, text } = await buildExample();
    expect(fs.readFileSync(exampleFile, 'utf8')).toBe(text);
    expect(fs.readFileSync(auditExampleFile, 'utf8')).toBe((await buildAuditExample(doc)).text);
  });

  const hasJq = spawnSync('jq', ['--version']).status === 0;
  it.skipIf(!hasJq)('has the hash that the jq recipe in docs/audit-signoff.md recomputes', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/audit-signoff.md'), 'utf8');
    const program = /<!-- canonical-jq[^\n]*\n```sh\njq -cjS '([\s\S]*?)' \S+\.mamori \| sha256sum\n```/.exec(doc)?.[1];
    expect(program).toBeTruthy();
    const text = spawnSync('jq', ['-cjS', program!, auditExampleFile], { encoding: 'buffer' }).stdout;
    const recorded = (JSON.parse(fs.readFileSync(auditExampleFile, 'utf8')) as { assessment: { signOff: { contentHash: string } } }).assessment.signOff.contentHash;
    expect(createHash('sha256').update(text).digest('hex')).toBe(recorded);
  });
});
