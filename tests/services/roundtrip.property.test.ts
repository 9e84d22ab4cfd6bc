// Export → import gives back every field, for 1,000 generated assessments: every answer status, note,
// reason, flag and evidence link, the profile, the pinned catalogs and the evidence files' bytes.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  type Assessment,
  answerStatuses,
  type EvidenceFile,
  type ExportDocument,
  isMultiLineSafe,
  isSingleLineSafe,
  profileFlags,
  actionStatuses,
} from '../../assessments';
import { checkExportDocument } from '../../electron/services/exchange/import-file';
import { applyImport } from '../../electron/services/exchange/apply-import';
import { buildExport, writeExportFile } from '../../electron/services/exchange/export-file';
import { readExportFile } from '../../electron/services/exchange/import-file';
import { removeDir, tempDir } from '../support/temp';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { testHandlers } from '../support/workspace';
import { organisation, smallCompany } from '../support/profiles';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

const keys = (() => {
  const t = testHandlers();
  dirs.push(t.dataDir);
  return ['appi-safeguards', 'quick-check'].flatMap((c) => t.catalogs.getVersion(c, 1).domains.flatMap((d) => d.items.map((i) => `${c}/${i.id}`)));
})();

// What a person types: any printable text (Japanese, emoji, combining marks), and line breaks in notes.
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).filter(isMultiLineSafe);
const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
const evidenceFile = fc.record({
  bytes: fc.uint8Array({ minLength: 0, maxLength: 512 }),
  name: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,30}\.(pdf|png|txt|xlsx)$/).filter((n) => !/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(n)),
  mediaType: fc.constantFrom('application/pdf', 'image/png', 'text/plain'),
  addedAt: isoDate,
});
const generated = fc.record({
  title: text(60).map((t) => t.trim()).filter((t) => t.length > 0 && isSingleLineSafe(t)),
  profile: fc.record({
    employees: fc.option(fc.nat({ max: 100_000 }), { nil: null }),
    individuals: fc.option(fc.nat({ max: 10_000_000 }), { nil: null }),
    ...Object.fromEntries(profileFlags.map((f) => [f, fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const)])),
  }),
  evidence: fc.array(evidenceFile, { maxLength: 3 }),
  answers: fc.dictionary(
    fc.constantFrom(...keys),
    fc.record({
      status: fc.constantFrom(...answerStatuses),
      note: text(200),
      reason: text(80).filter((r) => r.trim().length > 0),
      alternative: text(80).filter((r) => r.trim().length > 0),
      flagged: fc.boolean(),
      evidencePick: fc.array(fc.nat(), { maxLength: 3 }),
      updatedAt: isoDate,
    }),
    { maxKeys: 40 },
  ),
  createdAt: isoDate,
  assessor: text(40).map((t) => t.trim()).filter(isSingleLineSafe),
  period: fc.constantFrom<[string, string]>(['', ''], ['2026-04-01', '2026-06-30'], ['2025-10-01', '']),
  status: fc.constantFrom('draft' as const, 'in-review' as const),
});

describe('export → import round trip', () => {
  it('keeps every field of 1,000 generated assessments', { timeout: 600_000 }, async () => {
    let runs = 0;
    let source = testHandlers();
    let target = testHandlers();
    const outDir = tempDir();
    dirs.push(source.dataDir, target.dataDir, outDir);
    const org = organisation('orgroundtrip0001', '往復テスト株式会社', '2026-01-01T00:00:00.000Z');
    const setUp = () => source.workspace.index.update((i) => ({ ...i, organisations: [org] }));
    setUp();

    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        runs += 1;
        if (runs % 50 === 0) {
          // Fresh folders now and then, so the index does not grow through the whole run.
          source = testHandlers();
          target = testHandlers();
          dirs.push(source.dataDir, target.dataDir);
          setUp();
        }
        const files: EvidenceFile[] = g.evidence.map((e) => {
          const bytes = Buffer.from(e.bytes);
          return { hash: source.workspace.vault.put(bytes), name: e.name, size: bytes.length, mediaType: e.mediaType, addedAt: e.addedAt };
        });
        const evidence = Object.fromEntries(files.map((f) => [f.hash, f]));
        const hashes = Object.keys(evidence);
        const answers = Object.fromEntries(
          Object.entries(g.answers).map(([key, a]): [string, Answer] => [
            key,
            {
              // "Don't know" exists for quick-check items only.
              status: a.status === 'unknown' && !key.startsWith('quick-check/') ? 'not-implemented' : a.status,
              note: a.note,
              reason: a.status === 'not-applicable' ? a.reason : '',
              alternative: a.status === 'alternative' ? a.alternative : '',
              flagged: a.flagged,
              evidence: hashes.length === 0 ? [] : [...new Set(a.evidencePick.map((n) => hashes[n % hashes.length]!))],
              updatedAt: a.updatedAt,
            },
          ]),
        );
        const assessment: Assessment = {
          schemaVersion: 3,
          id: `rt${String(runs).padStart(14, '0')}`,
          organisationId: org.id,
          title: g.title,
          assessor: g.assessor,
          periodFrom: g.period[0],
          periodTo: g.period[1],
          status: g.status,
          copyOf: null,
          catalogs: [
            { id: 'appi-safeguards', version: 1 },
            { id: 'quick-check', version: 1 },
          ],
          profile: { ...smallCompany, ...g.profile },
          answers,
          evidence,
          plan: Object.fromEntries(Object.keys(answers).slice(0, 3).map((key, i) => [key, { owner: g.assessor, dueDate: g.period[1], status: actionStatuses[i % actionStatuses.length]!, reason: 'accepted', effort: null, notes: g.title, updatedAt: g.createdAt }])),
          createdAt: g.createdAt,
          updatedAt: g.createdAt,
        };
        source.workspace.assessments.create(assessment);

        const file = path.join(outDir, `${assessment.id}.mamori`);
        await writeExportFile(file, buildExport(source.workspace, source.catalogs, assessment.id, 'test'));
        const { assessment: summary } = applyImport(target.workspace, target.catalogs, await readExportFile(file), 'copy');
        fs.rmSync(file);

        const imported = target.workspace.assessments.read(summary.id);
        const { id: _1, createdAt: _2, updatedAt: _3, copyOf, ...back } = imported;
        const { id: _4, createdAt: _5, updatedAt: _6, copyOf: _7, ...sent } = assessment;
        expect(back).toEqual(sent);
        expect(copyOf?.title).toBe(assessment.title);
        for (const f of files) expect(target.workspace.vault.get(f.hash)).toEqual(source.workspace.vault.get(f.hash));
        expect(target.workspace.index.read().organisations).toContainEqual(org);
      }),
      { numRuns: 1000 },
    );
    expect(runs).toBe(1000);
  });

  it('gives back whatever an import accepts, however odd the text in it', { timeout: 600_000 }, async () => {
    const source = workspaceWithAssessment();
    const valid = exportOf(source);
    source.close();
    const anyText = fc.string({ unit: 'binary', maxLength: 60 });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(anyText, anyText, anyText, anyText, fc.constantFrom(...answerStatuses), async (title, organisation, note, evidenceName, status) => {
        const doc = structuredClone(valid) as ExportDocument;
        doc.assessment.title = title;
        doc.organisation.name = organisation;
        const answer = doc.assessment.answers['appi-safeguards/APPI-BP-01']!;
        Object.assign(answer, { note, status, reason: note, alternative: note });
        const hash = doc.evidence[0]!.hash;
        doc.evidence[0]!.name = evidenceName;
        doc.assessment.evidence[hash]!.name = evidenceName;
        let checked: ExportDocument;
        const target = testHandlers();
        dirs.push(target.dataDir);
        try {
          checked = checkExportDocument(JSON.parse(JSON.stringify(doc)), 'generated.mamori');
          applyImport(target.workspace, target.catalogs, checked, 'copy');
        } catch {
          target.close();
          return; // refused: fine, as long as nothing accepted is lost
        }
        accepted += 1;
        const [summary] = target.workspace.index.read().assessments;
        const again = buildExport(target.workspace, target.catalogs, summary!.id, 'test');
        const second = testHandlers();
        dirs.push(second.dataDir);
        const { assessment } = applyImport(second.workspace, second.catalogs, checkExportDocument(JSON.parse(JSON.stringify(again)), 'again.mamori'), 'copy');
        expect(second.workspace.assessments.read(assessment.id).answers).toEqual(target.workspace.assessments.read(summary!.id).answers);
        expect(assessment.title).toBe(summary!.title);
        target.close();
        second.close();
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
