// The privacy-policy check for a person to read, in Japanese or English: plain text for the CLI, Markdown
// for the app's export. The same order as the screen: the required disclosures with the rule that decided
// each and its evidence, the claimed safeguards (those the answers do not back first), and the comparison
// with the public statement the answers support. Text from the policy is quoted, never interpreted: in
// Markdown every character that could format, link or embed is escaped.
import type { Catalog, Language } from '../../../assessments';
import type { Answers } from '../../../assessments/scoring/score';
import type { PolicyQuote } from '../../../assessments/policy';
import { backingWording, elementName, expectedNote, gapWording, groupName, isRequiredElement, partsOf, partText, ruleText, statusWording } from '../../../assessments/policy/wording';
import { labelsFor } from '../reports/labels';
import type { PolicyCheckDocument } from './document';

export type ItemInfo = { itemId: string; title: string; answer?: string };
export type ItemLookup = (key: string) => ItemInfo | undefined;

/** Item titles from the catalogs, and each item's answer in words when answers are given. */
export function itemLookup(catalogs: readonly Catalog[], answers: Answers | undefined, language: Language): ItemLookup {
  const titles = new Map<string, { itemId: string; title: string }>();
  for (const catalog of catalogs) for (const item of catalog.domains.flatMap((d) => d.items)) titles.set(`${catalog.id}/${item.id}`, { itemId: item.id, title: item.title[language] });
  const labels = labelsFor(language).answers;
  return (key) => {
    const found = titles.get(key);
    if (!found) return undefined;
    return answers ? { ...found, answer: labels[answers[key]?.status ?? 'unanswered'] } : found;
  };
}

const words = {
  en: {
    title: 'Privacy-policy check',
    pasted: 'Pasted text',
    checkedAt: 'Checked',
    assessment: 'Assessment',
    noAssessment: 'No assessment given: the claims are mapped to checklist items but not checked against answers.',
    policyLanguage: 'Policy language',
    languages: { ja: 'Japanese', en: 'English' },
    characters: (n: number) => `${n.toLocaleString('en-GB')} characters`,
    elements: 'Required disclosures',
    elementCounts: (p: number, m: number, n: number) => `${p} present, ${m} missing, ${n} not applicable`,
    element: 'Disclosure',
    status: 'Status',
    why: 'Why',
    evidence: 'Evidence',
    parts: 'Parts',
    found: 'found',
    notFound: 'not found',
    claims: 'Claimed safeguards',
    claimCounts: (n: number, notBacked: number | null) => (notBacked === null ? `${n} sentences` : `${n} sentences, ${notBacked} claimed but not backed`),
    noClaims: 'No sentence claims a safeguard that a checklist item covers.',
    items: 'Items',
    statement: 'Statement comparison',
    statementIntro: 'The groups of safeguards the policy describes, against the statement the answers support.',
    noGaps: 'No difference: the policy describes the groups the answers support, and no others.',
    noStatement: 'Give an assessment to compare the policy with the statement its answers support.',
    at: (q: PolicyQuote) => `[${q.start}–${q.end}]`,
  },
  ja: {
    title: 'プライバシーポリシーの確認',
    pasted: '貼り付けたテキスト',
    checkedAt: '確認日時',
    assessment: '点検',
    noAssessment: '点検を指定していないため、記載された措置はチェックリストの項目に対応付けるだけで、回答とは照合していません。',
    policyLanguage: 'ポリシーの言語',
    languages: { ja: '日本語', en: '英語' },
    characters: (n: number) => `${n.toLocaleString('ja-JP')}文字`,
    elements: '公表事項',
    elementCounts: (p: number, m: number, n: number) => `記載あり ${p}・記載なし ${m}・該当なし ${n}`,
    element: '公表事項',
    status: '判定',
    why: '判定の理由',
    evidence: '根拠',
    parts: '内訳',
    found: 'あり',
    notFound: 'なし',
    claims: 'ポリシーに記載された措置',
    claimCounts: (n: number, notBacked: number | null) => (notBacked === null ? `${n}文` : `${n}文（うち回答で裏付けられていないもの ${notBacked}）`),
    noClaims: 'チェックリストの項目に当たる措置を記載した文はありません。',
    items: '項目',
    statement: '公表文との比較',
    statementIntro: 'ポリシーに書かれた安全管理措置の区分と、回答から作成できる公表文（講じた措置）との比較です。',
    noGaps: '差異はありません。ポリシーには回答で裏付けられた区分が書かれ、それ以外の区分はありません。',
    noStatement: '点検を指定すると、回答から作成できる公表文と比較します。',
    at: (q: PolicyQuote) => `［${q.start}〜${q.end}］`,
  },
} as const;

function titleOf(doc: PolicyCheckDocument, language: Language): string {
  return doc.policy.name || words[language].pasted;
}

/** Claims the answers do not back first, then the others, each in reading order. */
function orderedClaims(doc: PolicyCheckDocument) {
  return [...doc.claims].sort((a, b) => Number(b.backing === 'not-backed') - Number(a.backing === 'not-backed') || a.start - b.start);
}

function itemLine(key: string, lookup: ItemLookup, unbacked: readonly string[], language: Language): string {
  const info = lookup(key);
  const answer = info?.answer ? (language === 'ja' ? `（${info.answer}）` : ` (${info.answer})`) : '';
  const flag = unbacked.includes(key) ? '!' : '';
  return `${flag}${info ? `${info.itemId} ${info.title}` : key}${answer}`;
}

// ---- plain text (the CLI) -------------------------------------------------------------------------------
const MAX_QUOTE = 160;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const short = (text: string) => {
  const line = oneLine(text);
  return line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line;
};
const quoted = (text: string, language: Language) => (language === 'ja' ? `「${short(text)}」` : `"${short(text)}"`);

export function policyCheckToText(doc: PolicyCheckDocument, language: Language, lookup: ItemLookup): string {
  const w = words[language];
  const s = doc.summary;
  const lines: string[] = [];
  const c = language === 'ja' ? '：' : ': ';
  lines.push(`${w.title}${c}${titleOf(doc, language)}`);
  lines.push(`${w.policyLanguage}${c}${w.languages[doc.language]} · ${w.characters(doc.text.length)}`);
  lines.push(doc.assessment ? `${w.assessment}${c}${doc.assessment.title} (${doc.assessment.id})` : w.noAssessment);
  lines.push('', `${w.elements}${c}${w.elementCounts(s.present, s.missing, s.notApplicable)}`);
  const width = Math.max(...Object.values(statusWording).map((t) => t[language].length)) + 2;
  for (const element of doc.elements) {
    const status = statusWording[element.status][language];
    const mark = element.status === 'missing' ? (language === 'ja' ? status : status.toUpperCase()) : status;
    const note = isRequiredElement(element.id) ? '' : language === 'ja' ? `（${expectedNote.ja}）` : ` (${expectedNote.en})`;
    lines.push(`  ${mark.padEnd(width)}${elementName(element.id, language)}${note}`);
    const indent = ' '.repeat(width + 2);
    lines.push(`${indent}${ruleText(element.rule, language)} [${element.rule}]`);
    const parts = partsOf(element.id, element.parts);
    if (parts.length > 0 && element.status !== 'not-applicable') {
      lines.push(`${indent}${w.parts}${c}${parts.map((p) => `${partText(p.part, language)} ${p.found ? w.found : w.notFound}`).join(language === 'ja' ? '、' : ', ')}`);
    }
    for (const quote of element.evidence.slice(0, 2)) lines.push(`${indent}${quoted(quote.quote, language)} ${w.at(quote)}`);
  }
  lines.push('', `${w.claims}${c}${w.claimCounts(s.claims, doc.assessment ? s.notBacked : null)}`);
  if (doc.claims.length === 0) lines.push(`  ${w.noClaims}`);
  for (const claim of orderedClaims(doc)) {
    const label = claim.backing ? backingWording[claim.backing][language] : '';
    lines.push(`  ${label ? `${claim.backing === 'not-backed' && language === 'en' ? label.toUpperCase() : label}${c}` : ''}${quoted(claim.quote, language)} ${w.at(claim)}`);
    lines.push(`      ${w.items}${c}${claim.items.map((key) => itemLine(key, lookup, claim.unbackedItems, language)).join(language === 'ja' ? '、' : '; ')}`);
  }
  lines.push('', `${w.statement}${c.trim()}`);
  if (!doc.assessment) lines.push(`  ${w.noStatement}`);
  else if (doc.statementGaps.length === 0) lines.push(`  ${w.noGaps}`);
  for (const gap of doc.statementGaps) lines.push(`  ${groupName(gap.group, language)}${c}${gapWording[gap.kind][language]}`);
  return `${lines.join('\n')}\n`;
}

// ---- Markdown (the app's export) ------------------------------------------------------------------------
/** Policy text inside Markdown: one line, every character that could format, link or embed escaped. */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>#!|~&]/g, (c) => `\\${c}`);
}

export function policyCheckToMarkdown(doc: PolicyCheckDocument, language: Language, lookup: ItemLookup, formatDate: (iso: string) => string): string {
  const w = words[language];
  const s = doc.summary;
  const out: string[] = [];
  out.push(`# ${w.title}: ${markdownText(titleOf(doc, language))}`, '');
  if (doc.policy.checkedAt) out.push(`- ${w.checkedAt}: ${formatDate(doc.policy.checkedAt)}`);
  out.push(`- ${w.policyLanguage}: ${w.languages[doc.language]} (${w.characters(doc.text.length)})`);
  out.push(doc.assessment ? `- ${w.assessment}: ${markdownText(doc.assessment.title)}` : `- ${w.noAssessment}`, '');

  out.push(`## ${w.elements}`, '', w.elementCounts(s.present, s.missing, s.notApplicable), '');
  out.push(`| ${w.element} | ${w.status} | ${w.why} |`, '|---|---|---|');
  for (const e of doc.elements) {
    const parts = partsOf(e.id, e.parts);
    const partsText = parts.length > 0 && e.status !== 'not-applicable' ? `<br>${w.parts}: ${parts.map((p) => `${partText(p.part, language)} ${p.found ? w.found : w.notFound}`).join(', ')}` : '';
    const note = isRequiredElement(e.id) ? '' : ` (${expectedNote[language]})`;
    out.push(`| ${elementName(e.id, language)}${note} | ${statusWording[e.status][language]} | ${ruleText(e.rule, language)} \`${e.rule}\`${partsText} |`);
  }
  out.push('', `### ${w.evidence}`, '');
  for (const e of doc.elements.filter((x) => x.evidence.length > 0)) {
    out.push(`- **${elementName(e.id, language)}**`);
    for (const q of e.evidence) out.push(`  - ${markdownText(q.quote)} ${w.at(q)}`);
  }

  out.push('', `## ${w.claims}`, '', w.claimCounts(s.claims, doc.assessment ? s.notBacked : null), '');
  if (doc.claims.length === 0) out.push(w.noClaims);
  for (const claim of orderedClaims(doc)) {
    const label = claim.backing ? `**${backingWording[claim.backing][language]}** — ` : '';
    out.push(`- ${label}${markdownText(claim.quote)} ${w.at(claim)}`);
    out.push(`  - ${w.items}: ${claim.items.map((key) => markdownText(itemLine(key, lookup, claim.unbackedItems, language).replace(/^!/, ''))).join('; ')}`);
  }

  out.push('', `## ${w.statement}`, '', w.statementIntro, '');
  if (!doc.assessment) out.push(w.noStatement);
  else if (doc.statementGaps.length === 0) out.push(w.noGaps);
  for (const gap of doc.statementGaps) out.push(`- **${groupName(gap.group, language)}**: ${gapWording[gap.kind][language]}`);
  return `${out.join('\n')}\n`;
}
