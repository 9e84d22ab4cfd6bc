// The audit report's privacy-policy section, resolved from the check kept with the assessment: the check is
// worked out again from the kept text against the answers (pure and deterministic, so the same assessment
// gives the same section), and every status, rule, part and group worded in the report's language.
import type { AnswerStatus, Assessment, Catalog } from '../../../assessments';
import { checkPolicyFor, summarisePolicyCheck } from '../../../assessments/policy/assessment-check';
import { elementName, gapWording, groupName, partsOf, partText, ruleText, statusWording } from '../../../assessments/policy/wording';
import { labelsFor } from './labels';
import type { ReportLanguage, ReportPolicyCheck } from './model';

/** Quoted sentences in a table cell: at most two, each cut at a length a reader takes in at a glance. */
const EVIDENCE_QUOTES = 2;
const QUOTE_CHARS = 240;
const cut = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTE_CHARS ? `${line.slice(0, QUOTE_CHARS - 1)}…` : line;
};

const words = {
  ja: { pasted: '貼り付けたテキスト', languages: { ja: '日本語', en: '英語' }, found: 'あり', notFound: 'なし', separator: '、', answer: (label: string) => `（${label}）` },
  en: { pasted: 'Pasted text', languages: { ja: 'Japanese', en: 'English' }, found: 'found', notFound: 'not found', separator: ', ', answer: (label: string) => ` (${label})` },
} as const;

export function policyCheckOf(assessment: Assessment, catalogs: readonly Catalog[], language: ReportLanguage): ReportPolicyCheck | undefined {
  const kept = assessment.policyCheck;
  if (!kept) return undefined;
  const w = words[language];
  const answers = labelsFor(language).answers;
  const result = checkPolicyFor({ text: kept.text }, catalogs, assessment);
  const items = new Map<string, string>(catalogs.flatMap((c) => c.domains.flatMap((d) => d.items.map((i) => [`${c.id}/${i.id}`, `${i.id} ${i.title[language]}`] as const))));
  const summary = summarisePolicyCheck(result);
  const answered = new Map<string, AnswerStatus>(Object.entries(assessment.answers).map(([key, answer]) => [key, answer.status]));
  return {
    name: kept.name || w.pasted,
    checkedAt: kept.checkedAt,
    languageLabel: w.languages[result.language],
    counts: { present: summary.present, missing: summary.missing, notApplicable: summary.notApplicable, claims: summary.claims, backed: summary.backed, notBacked: summary.notBacked, unanswered: summary.unanswered },
    elements: result.elements.map((e) => {
      const parts = e.status === 'not-applicable' ? [] : partsOf(e.id, e.parts);
      return {
        id: e.id,
        name: elementName(e.id, language),
        status: e.status,
        statusLabel: statusWording[e.status][language],
        reason: ruleText(e.rule, language),
        rule: e.rule,
        evidence: e.evidence.slice(0, EVIDENCE_QUOTES).map((q) => cut(q.quote)),
        parts: parts.map((p) => `${partText(p.part, language)} ${p.found ? w.found : w.notFound}`).join(w.separator),
      };
    }),
    notBacked: result.claims
      .filter((c) => c.backing === 'not-backed')
      .map((c) => ({
        quote: cut(c.quote),
        items: c.unbackedItems.map((key) => `${items.get(key) ?? key}${w.answer(answers[answered.get(key) ?? 'unanswered'])}`),
      })),
    gaps: result.statementGaps.map((g) => ({ group: groupName(g.group, language), kind: g.kind, label: gapWording[g.kind][language] })),
  };
}
