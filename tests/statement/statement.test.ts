// The draft of the public statement of safeguards taken (保有個人データの安全管理のために講じた措置): only what
// the answers say is in place, under the PPC guideline's groups, in words a company can publish after
// reading it through — as text to paste, or Markdown.
import { describe, expect, it } from 'vitest';
import type { AnswerStatus, Catalog, Item, ScopingProfile } from '../../assessments';
import {
  draftStatement,
  statementGroupOf,
  statementToMarkdown,
  statementToText,
  type StatementAssessment,
  supportedGroups,
} from '../../assessments/statement';
import { loadExample } from '../plan/example-fixture';

const t = (ja: string, en: string) => ({ ja, en });

function item(id: string, references: string[], question: string, title: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    title: t(`${title}（題）`, title),
    question: t(question, `${title}?`),
    guidance: t('説明', 'Guidance'),
    evidence: [t('記録', 'A record')],
    action: { text: t('対応する。', 'Do it.'), priority: 'P2', effort: 'S', owner: 'privacy-manager' },
    references,
    weight: 2,
    keywords: { ja: ['鍵'], en: ['key'] },
    ...extra,
  };
}

const checklist: Catalog = {
  id: 'safe',
  version: 1,
  kind: 'checklist',
  title: t('安全', 'Safe'),
  description: t('説明', 'About'),
  domains: [
    {
      id: 'SAFE-A',
      title: t('領域A', 'Domain A'),
      description: t('A', 'A'),
      items: [
        item('SAFE-A-01', ['PPC-GL 10-6(1)', 'APPI Art. 23'], 'アクセス権を必要な人だけに付与していますか。', 'Least-privilege access'),
        item('SAFE-A-02', ['PPC-GL 10-3(1)', 'PPC-GL 10-4'], '個人情報保護管理者を任命していますか。', 'A manager is appointed'),
        item('SAFE-A-03', ['APPI Art. 27(1)'], '第三者提供の同意を取得していますか。', 'Consent to provision'),
        item('SAFE-A-04', ['PPC-GL-MyNumber Annex1 2-E-b'], 'マイナンバーの書類を施錠保管していますか。', 'My Number papers locked away'),
        item('SAFE-A-05', ['PPC-GL 10-5(1)'], '入退室を管理していますか。', 'Entry control'),
        item('SAFE-A-06', ['PPC-GL 10-7'], '外国の制度を把握していますか。', 'Foreign systems known', { appliesWhen: ['foreignTransfer'] }),
        item('SAFE-A-07', ['PPC-GL 10-6(2)'], '多要素認証を使っていますか（管理者を含む）。', 'Multi-factor [MFA] *everywhere*'),
        item('SAFE-A-08', ['PPC-GL 10-6(3)'], 'ウイルス対策をしていますか。', 'Anti-malware'),
        item('SAFE-A-09', ['PPC-GL 10-6(4)'], 'ログを確認していますか。', 'Logs checked'),
      ],
    },
  ],
};

const quickCheck: Catalog = {
  ...checklist,
  id: 'quick',
  kind: 'quick-check',
  bands: [{ min: -25, max: 100, label: t('帯', 'Band'), advice: t('助言', 'Advice') }],
  domains: [{ ...checklist.domains[0]!, id: 'QK-A', items: [item('QK-A-01', ['PPC-GL 10-1'], '基本方針がありますか。', 'Quick policy')] }],
};

const profile: ScopingProfile = {
  employees: 10,
  individuals: 100,
  processesForOthers: 'no',
  usesContractors: 'no',
  providesToThirdParties: 'yes',
  specialCareData: 'no',
  foreignTransfer: 'no',
  websiteTracking: 'no',
  jointUse: 'no',
  pseudonymisedOrAnonymised: 'no',
  handlesMyNumbers: 'yes',
};

function assessment(answers: Record<string, AnswerStatus>, alternative = ''): StatementAssessment {
  return {
    catalogs: [
      { id: 'safe', version: 1 },
      { id: 'quick', version: 1 },
    ],
    profile,
    answers: Object.fromEntries(
      Object.entries(answers).map(([key, status]) => [
        key,
        { status, note: 'メモ', reason: status === 'not-applicable' ? '該当なし' : '', alternative: status === 'alternative' ? alternative : '', flagged: false, evidence: [], updatedAt: '2026-10-01T00:00:00.000Z' },
      ]),
    ),
  };
}

const answers = assessment(
  {
    'safe/SAFE-A-01': 'implemented',
    'safe/SAFE-A-02': 'implemented',
    'safe/SAFE-A-03': 'implemented', // no PPC 10-x reference: not a safeguard of the statement
    'safe/SAFE-A-04': 'implemented', // My Number annex 2-E: physical
    'safe/SAFE-A-05': 'partial', // partial is not "taken"
    'safe/SAFE-A-06': 'implemented', // out of scope: no foreign transfer
    'safe/SAFE-A-07': 'alternative',
    'safe/SAFE-A-08': 'not-applicable',
    'safe/SAFE-A-09': 'not-implemented',
    'quick/QK-A-01': 'implemented', // the quick check does not count
  },
  '社外からの接続は VPN と端末証明書に限っている。',
);

describe('draftStatement', () => {
  it('places an item by its first PPC guideline reference, or the My Number annex, or not at all', () => {
    const items = checklist.domains[0]!.items;
    expect(items.map(statementGroupOf)).toEqual(['technical', 'organisational', null, 'physical', 'physical', 'external-environment', 'technical', 'technical', 'technical']);
  });

  it('uses only applicable checklist items answered Implemented or Alternative control', () => {
    const statement = draftStatement(answers, [checklist, quickCheck], 'ja');
    expect(statement.groups.flatMap((g) => g.lines.map((l) => `${l.itemId}:${l.status}`))).toEqual(['SAFE-A-02:implemented', 'SAFE-A-04:implemented', 'SAFE-A-01:implemented', 'SAFE-A-07:alternative']);
    expect(supportedGroups(answers, [checklist, quickCheck])).toEqual(['organisational', 'physical', 'technical']);
  });

  it('groups in the guideline’s order, each with its heading, section and an introducing sentence', () => {
    const ja = draftStatement(answers, [checklist], 'ja', { organisationName: '株式会社さくら見本商事' });
    expect(ja.title).toBe('保有個人データの安全管理のために講じた措置');
    expect(ja.preamble).toBe('株式会社さくら見本商事は、保有個人データを安全に管理するため、次の措置を講じています。');
    expect(ja.groups.map((g) => [g.section, g.heading])).toEqual([
      ['10-3', '組織的安全管理措置'],
      ['10-5', '物理的安全管理措置'],
      ['10-6', '技術的安全管理措置'],
    ]);
    expect(ja.groups[0]!.intro).toBe('組織的安全管理措置として、次の措置を講じています。');
    const en = draftStatement(answers, [checklist], 'en');
    expect(en.groups.map((g) => g.heading)).toEqual(['Organisational safeguards', 'Physical safeguards', 'Technical safeguards']);
    expect(en.preamble).toMatch(/^We have taken the following measures/);
  });

  it('states the measure: the Japanese question as a fact, the English title; an alternative in the user’s words', () => {
    const ja = draftStatement(answers, [checklist], 'ja');
    const lines = ja.groups.flatMap((g) => g.lines.map((l) => l.text));
    expect(lines).toEqual([
      '個人情報保護管理者を任命しています。',
      'マイナンバーの書類を施錠保管しています。',
      'アクセス権を必要な人だけに付与しています。',
      'Multi-factor [MFA] *everywhere*（題）：社外からの接続は VPN と端末証明書に限っている。',
    ]);
    const en = draftStatement(answers, [checklist], 'en');
    expect(en.groups.flatMap((g) => g.lines.map((l) => l.text))).toEqual([
      'A manager is appointed',
      'My Number papers locked away',
      'Least-privilege access',
      'Multi-factor [MFA] *everywhere*: 社外からの接続は VPN と端末証明書に限っている。',
    ]);
  });

  it('turns a question with a closing remark into a statement too', () => {
    const only = assessment({ 'safe/SAFE-A-07': 'implemented' });
    expect(draftStatement(only, [checklist], 'ja').groups[0]!.lines[0]!.text).toBe('多要素認証を使っています（管理者を含む）。');
  });

  it('says so when nothing is in place yet', () => {
    const none = draftStatement(assessment({ 'safe/SAFE-A-01': 'partial' }), [checklist], 'en');
    expect(none.groups).toEqual([]);
    expect(statementToText(none)).toContain('No safeguard has been answered Implemented or Alternative control yet.');
    expect(supportedGroups(assessment({}), [checklist])).toEqual([]);
  });
});

describe('statement text and Markdown', () => {
  it('prints plain text with 【heading】 and ・ bullets in Japanese', () => {
    const text = statementToText(draftStatement(answers, [checklist], 'ja', { organisationName: '見本商事' }));
    expect(text).toBe(
      [
        '保有個人データの安全管理のために講じた措置',
        '',
        '見本商事は、保有個人データを安全に管理するため、次の措置を講じています。',
        '',
        '【組織的安全管理措置】',
        '組織的安全管理措置として、次の措置を講じています。',
        '・個人情報保護管理者を任命しています。',
        '',
        '【物理的安全管理措置】',
        '物理的安全管理措置として、次の措置を講じています。',
        '・マイナンバーの書類を施錠保管しています。',
        '',
        '【技術的安全管理措置】',
        '技術的安全管理措置として、次の措置を講じています。',
        '・アクセス権を必要な人だけに付与しています。',
        '・Multi-factor [MFA] *everywhere*（題）：社外からの接続は VPN と端末証明書に限っている。',
        '',
      ].join('\n'),
    );
  });

  it('prints Markdown with headings and list items, markup in the text escaped', () => {
    const md = statementToMarkdown(draftStatement(answers, [checklist], 'en'));
    expect(md.startsWith('# Safeguards taken for retained personal data\n\nWe have taken')).toBe(true);
    expect(md).toContain('\n## Technical safeguards\n\nAs technical safeguards, we have taken the following measures.\n\n- Least-privilege access\n');
    expect(md).toContain('- Multi-factor \\[MFA\\] \\*everywhere\\*: ');
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('the statement of the example that ships', () => {
  it('covers every group the company has measures in, and leaves out the external environment it has no foreign data for', async () => {
    const { doc, catalogs } = await loadExample();
    const ja = draftStatement(doc.assessment, catalogs, 'ja', { organisationName: doc.organisation.name });
    expect(ja.groups.map((g) => g.section)).toEqual(['10-1', '10-2', '10-3', '10-4', '10-5', '10-6']);
    const text = statementToText(ja);
    expect(text).toContain('株式会社さくら見本商事は、保有個人データを安全に管理するため');
    expect(text).toContain('・個人データの適正な取扱いについて、会社としての基本方針を文書で定めています。');
    // An alternative control, in the company's own words; a partial answer is not claimed.
    expect(text).toContain('USB メモリへの書出しを技術的には制限していないが');
    expect(ja.groups.flatMap((g) => g.lines).some((l) => l.itemId === 'APPI-TEC-08')).toBe(false);
    expect(supportedGroups(doc.assessment, catalogs)).toEqual(['basic-policy', 'handling-rules', 'organisational', 'personnel', 'physical', 'technical']);
  });
});
