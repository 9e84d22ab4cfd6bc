// The audit report carries the privacy-policy check when the assessment keeps one: read back from the PDF,
// in Japanese and in English, the section is in the contents, names the policy, gives each required
// disclosure its status and the reason, lists the claims the answers do not back with their items, and
// compares the policy with the statement the answers support. Without a check there is no such section, and
// the same assessment gives the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Catalog, ExportDocument } from '../../assessments';
import { readPolicyText } from '../../assessments/policy';
import { reportModelFor } from '../../electron/services/reports/adapter';
import type { ReportLanguage, ReportModel } from '../../electron/services/reports/model';
import { renderReport } from '../../electron/services/reports/report';
import { loadExample } from '../plan/example-fixture';
import { type PdfText, pdfText, squash } from './pdf-text';

const policyFile = path.resolve(import.meta.dirname, '../fixtures/policy-check/ja-hanamizuki-travel.txt');
let doc: ExportDocument;
let catalogs: Catalog[];
let withCheck: Assessment;
const rendered: Partial<Record<ReportLanguage, { model: ReportModel; pdf: Buffer; text: PdfText }>> = {};

const modelFor = (assessment: Assessment, language: ReportLanguage) =>
  reportModelFor({ assessment, organisation: doc.organisation, catalogs, language, kind: 'audit', reportDate: '2026-11-30', era: false });

beforeAll(async () => {
  ({ doc, catalogs } = await loadExample());
  withCheck = { ...doc.assessment, policyCheck: { name: 'privacy-policy.txt', checkedAt: '2026-11-20T01:00:00.000Z', text: readPolicyText(fs.readFileSync(policyFile, 'utf8')) } };
  for (const language of ['ja', 'en'] as const) {
    const model = modelFor(withCheck, language);
    const pdf = await renderReport(model);
    rendered[language] = { model, pdf, text: await pdfText(pdf) };
  }
}, 120_000);

const words = {
  ja: { title: 'プライバシーポリシーの確認', present: '記載あり', notApplicable: '該当なし', counts: '記載あり17　記載なし0　該当なし1', notBacked: '記載しているが回答で裏付けられていない措置', gap: 'ポリシーに書かれているが、回答では裏付けられていない', checked: '2026年11月20日に確認' },
  en: { title: 'Privacy-policy check', present: 'Present', notApplicable: 'Not applicable', counts: '17 present 0 missing 1 not applicable', notBacked: 'Claimed but not backed', gap: 'Described in the policy, not supported by the answers', checked: 'checked 20 November 2026' },
} as const;

describe.each(['ja', 'en'] as const)('the audit report in %s', (language) => {
  const r = () => rendered[language]!;
  const w = words[language];
  const section = () => {
    const start = r().text.pages.findIndex((p, i) => i > 1 && squash(p).includes(squash(`. ${w.title}`)));
    expect(start).toBeGreaterThan(1);
    return squash(r().text.pages.slice(start, start + 6).join(''));
  };

  it('lists the privacy-policy check in its contents and gives it a section naming the policy', () => {
    expect(squash(r().text.pages[1]!)).toContain(squash(w.title));
    expect(section()).toContain(squash('privacy-policy.txt'));
    expect(section()).toContain(squash(w.checked));
    expect(section()).toContain(squash(w.counts));
  });

  it('gives each required disclosure its status, the reason and the rule', () => {
    const { model } = r();
    expect(model.policyCheck!.elements).toHaveLength(18);
    for (const element of model.policyCheck!.elements) {
      expect(section()).toContain(squash(element.name));
      expect(section()).toContain(squash(element.reason));
      expect(section()).toContain(element.rule);
    }
    expect(model.policyCheck!.elements.find((e) => e.id === 'accredited-organisation')).toMatchObject({ status: 'not-applicable', statusLabel: w.notApplicable });
    expect(model.policyCheck!.elements.find((e) => e.id === 'request-fees')).toMatchObject({ status: 'present', statusLabel: w.present });
  });

  it('lists the claims the answers do not back, with the items and their answers, and the statement comparison', () => {
    const check = r().model.policyCheck!;
    expect(check.notBacked.length).toBeGreaterThan(0);
    expect(section()).toContain(squash(w.notBacked));
    for (const claim of check.notBacked) {
      expect(section()).toContain(squash(claim.quote).slice(0, 30));
      for (const item of claim.items) expect(section()).toContain(squash(item));
    }
    expect(check.gaps).toContainEqual(expect.objectContaining({ kind: 'not-supported', label: w.gap }));
    expect(section()).toContain(squash(w.gap));
  });
});

describe('without a kept check', () => {
  it('has no privacy-policy section, and the plan report never has one', () => {
    expect(modelFor(doc.assessment, 'en').policyCheck).toBeUndefined();
    expect(reportModelFor({ assessment: withCheck, organisation: doc.organisation, catalogs, language: 'en', kind: 'plan', reportDate: '2026-11-30', era: false }).policyCheck).toBeUndefined();
  });
});

it('gives the same bytes for the same assessment (the check is worked out again, the same way)', async () => {
  expect((await renderReport(modelFor(withCheck, 'ja'))).equals(rendered.ja!.pdf)).toBe(true);
}, 60_000);
