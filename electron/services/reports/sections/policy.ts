// The privacy-policy check in the audit report, when the assessment keeps one: which disclosures APPI
// requires the published policy gives (with the rule that decided each and the sentence it rests on), the
// safeguards it claims that the answers do not back, and how its safeguards compare with the statement the
// answers support. Its fixed words are here, beside the section, in both languages.
import type { Content } from 'pdfmake/interfaces';
import { cell, dataTable, heading, mark } from '../blocks';
import { formatDate } from '../dates';
import type { ReportContext } from '../frame';
import type { ReportLanguage, ReportPolicyCheck } from '../model';
import { palette, statusColours } from '../theme';

const labels = {
  ja: {
    title: 'プライバシーポリシーの確認',
    lead: (name: string, date: string, language: string) => `確認したポリシー：${name}（${language}、${date}に確認）。公表が求められる事項の記載、ポリシーに記載された安全管理措置と回答との照合、回答から作成できる公表文との比較です。判定は Mamori の規則によるもので、最終的な判断は確認する方が行ってください。`,
    elements: '公表事項',
    counts: (p: number, m: number, n: number) => `記載あり ${p}\u3000記載なし ${m}\u3000該当なし ${n}`,
    element: '事項',
    status: '判定',
    reason: '判定の理由と根拠',
    notBacked: '記載しているが回答で裏付けられていない措置',
    claimCounts: (n: number, backed: number, notBacked: number, unanswered: number) => `ポリシーの${n}文が安全管理措置などを記載しています（回答で裏付けあり ${backed}、裏付けられていない ${notBacked}、未回答の項目あり ${unanswered}）。`,
    sentence: 'ポリシーの記載',
    items: '裏付けられていない項目（回答）',
    noneNotBacked: '回答で裏付けられていない記載はありません。',
    statement: '公表文との比較',
    group: '区分',
    finding: '差異',
    noGaps: '差異はありません。ポリシーには回答で裏付けられた区分が書かれ、それ以外の区分はありません。',
  },
  en: {
    title: 'Privacy-policy check',
    lead: (name: string, date: string, language: string) => `Policy checked: ${name} (${language}, checked ${date}). Whether it gives the disclosures required, the safeguards it claims against the answers, and how it compares with the statement the answers support. The statuses come from Mamori's rules; the judgement is the reader's.`,
    elements: 'Required disclosures',
    counts: (p: number, m: number, n: number) => `${p} present   ${m} missing   ${n} not applicable`,
    element: 'Disclosure',
    status: 'Status',
    reason: 'Why, and the evidence',
    notBacked: 'Claimed but not backed',
    claimCounts: (n: number, backed: number, notBacked: number, unanswered: number) => `${n} sentences of the policy claim a safeguard or a practice: ${backed} backed by the answers, ${notBacked} claimed but not backed, ${unanswered} with items not answered yet.`,
    sentence: 'The policy says',
    items: 'Items not backed (answer)',
    noneNotBacked: 'Every claim the answers cover is backed.',
    statement: 'Statement comparison',
    group: 'Group',
    finding: 'Difference',
    noGaps: 'No difference: the policy describes the groups the answers support, and no others.',
  },
} as const satisfies Record<ReportLanguage, unknown>;

const statusColour = { present: statusColours.implemented, missing: statusColours['not-implemented'], 'not-applicable': statusColours['not-applicable'] } as const;

export function policySection(ctx: ReportContext, section: number, check: ReportPolicyCheck): Content[] {
  const l = labels[ctx.model.language];
  const c = check.counts;
  return [
    heading(`${section}. ${l.title}`, 1, { pageBreak: true }),
    { text: l.lead(check.name, formatDate(check.checkedAt, ctx.dates), check.languageLabel), style: 'lead' },
    dataTable({
      caption: { stack: [{ text: `${section}.1 ${l.elements}`, style: 'h2' }, { text: l.counts(c.present, c.missing, c.notApplicable), style: 'tdMuted', margin: [0, 0, 0, 4] }] },
      headers: [l.element, l.status, l.reason],
      widths: [130, 62, '*'],
      rows: check.elements.map((e) => [
        cell(e.name, { bold: e.status === 'missing' }),
        mark(e.statusLabel, statusColour[e.status]),
        {
          stack: [
            { text: e.reason, style: 'td' },
            ...(e.parts ? [{ text: e.parts, style: 'tdMuted', fontSize: 7 }] : []),
            ...e.evidence.map((q) => ({ text: ctx.model.language === 'ja' ? `「${q}」` : `“${q}”`, style: 'tdMuted', fontSize: 7, margin: [0, 1, 0, 0] as [number, number, number, number] })),
            { text: e.rule, style: 'hash' },
          ],
        },
      ]),
    }),
    check.notBacked.length === 0
      ? { stack: [{ text: `${section}.2 ${l.notBacked}`, style: 'h2' }, { text: l.claimCounts(c.claims, c.backed, c.notBacked, c.unanswered), style: 'lead' }, { text: l.noneNotBacked, style: 'lead' }], unbreakable: true }
      : dataTable({
          // The heading and the counts head the table (and repeat with it), so they never end a page alone.
          caption: { stack: [{ text: `${section}.2 ${l.notBacked}`, style: 'h2' }, { text: l.claimCounts(c.claims, c.backed, c.notBacked, c.unanswered), style: 'tdMuted', margin: [0, 0, 0, 4] }] },
          headers: [l.sentence, l.items],
          widths: ['*', 200],
          rows: check.notBacked.map((n) => [cell(n.quote), { stack: n.items.map((i) => ({ text: i, style: 'td', color: statusColours['not-implemented'] })) }]),
        }),
    check.gaps.length === 0
      ? { stack: [{ text: `${section}.3 ${l.statement}`, style: 'h2' }, { text: l.noGaps, style: 'lead' }], unbreakable: true }
      : dataTable({
          caption: { text: `${section}.3 ${l.statement}`, style: 'h2' },
          headers: [l.group, l.finding],
          widths: [170, '*'],
          keepTogether: true,
          rows: check.gaps.map((g) => [cell(g.group), cell(g.label, { color: g.kind === 'not-supported' ? statusColours['not-implemented'] : palette.text })]),
        }),
  ];
}
