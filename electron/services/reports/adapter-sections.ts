// The adapter's item-by-item sections: findings by domain (with the auditor's verdicts), the appendix of every
// answer, the items out of scope or not applicable with their reasons, the evidence index, the plan's rows and
// the auditor's tear-out sheets — each walked in catalog order, each string in the report's language.
import {
  type Assessment,
  type Catalog,
  type EvidenceFile,
  isFinding,
  type Item,
  itemApplies,
  outOfScopeBecause,
  type Verdict,
  verdictCodes,
  verdictLabels,
} from '../../../assessments';
import { actionStatusLabel, isGapStatus, ownerLabel, type PlanAction, reportOrder } from '../../../assessments/plan';
import { adapterWords } from './adapter-labels';
import { labelsFor } from './labels';
import type {
  PlanRow,
  ReportAction,
  ReportAppendixGroup,
  ReportEvidenceEntry,
  ReportEvidenceRef,
  ReportExclusion,
  ReportFindingGroup,
  ReportLanguage,
  ReportSheet,
  ReportVerdict,
  ReportVerdictCount,
} from './model';

type Visit = { catalog: Catalog; domain: Catalog['domains'][number]; item: Item; key: string };

/** Every item of the catalogs, in order, with its answer key. */
function* itemsOf(catalogs: readonly Catalog[]): Generator<Visit> {
  for (const catalog of catalogs) {
    for (const domain of catalog.domains) for (const item of domain.items) yield { catalog, domain, item, key: `${catalog.id}/${item.id}` };
  }
}

const answerOf = (assessment: Assessment, key: string) => (Object.hasOwn(assessment.answers, key) ? assessment.answers[key] : undefined);
const verdictOf = (assessment: Assessment, key: string): Verdict | undefined =>
  assessment.verdicts && Object.hasOwn(assessment.verdicts, key) ? assessment.verdicts[key] : undefined;

function reportVerdictOf(verdict: Verdict, language: ReportLanguage): ReportVerdict {
  const comment = verdict.comment.trim();
  return { code: verdict.code, label: verdictLabels[verdict.code][language], ...(comment ? { comment } : {}) };
}

/** Items per finding class over the items of these catalogs, in the classes' own order; undefined without verdicts. */
export function verdictCountsOf(assessment: Assessment, catalogs: readonly Catalog[], language: ReportLanguage): ReportVerdictCount[] | undefined {
  const counted = new Map<string, number>();
  for (const { key } of itemsOf(catalogs)) {
    const verdict = verdictOf(assessment, key);
    if (verdict) counted.set(verdict.code, (counted.get(verdict.code) ?? 0) + 1);
  }
  if (counted.size === 0) return undefined;
  return verdictCodes.filter((code) => counted.has(code)).map((code) => ({ code, label: verdictLabels[code][language], count: counted.get(code)! }));
}

export function outOfScopeOf(assessment: Assessment, catalogs: readonly Catalog[], language: ReportLanguage): ReportExclusion[] {
  const w = adapterWords(language);
  const excluded: ReportExclusion[] = [];
  for (const { catalog, item } of itemsOf(catalogs)) {
    const because = outOfScopeBecause(item.appliesWhen, assessment.profile);
    if (because.length === 0) continue;
    excluded.push({ itemId: item.id, title: item.title[language], catalogTitle: catalog.title[language], reason: w.outOfScope(because.map((flag) => w.profile[flag])) });
  }
  return excluded;
}

export function notApplicableOf(assessment: Assessment, catalogs: readonly Catalog[], language: ReportLanguage): ReportExclusion[] {
  const excluded: ReportExclusion[] = [];
  for (const { catalog, item, key } of itemsOf(catalogs)) {
    const answer = answerOf(assessment, key);
    if (answer?.status !== 'not-applicable' || !itemApplies(item.appliesWhen, assessment.profile)) continue;
    excluded.push({ itemId: item.id, title: item.title[language], catalogTitle: catalog.title[language], reason: answer.reason });
  }
  return excluded;
}

export function reportActionOf(action: PlanAction, language: ReportLanguage): ReportAction {
  return {
    text: action.text[language],
    priority: action.priority,
    owner: ownerLabel(action, language),
    ...(action.dueDate ? { dueDate: action.dueDate } : {}),
    statusLabel: actionStatusLabel(action.status, language),
  };
}

/** The files an answer cites; with a verdict, each marked checked or not by the auditor. */
function evidenceRefs(hashes: readonly string[], files: ReadonlyMap<string, EvidenceFile>, verdict: Verdict | undefined): ReportEvidenceRef[] {
  return hashes.flatMap((hash) => {
    const file = files.get(hash);
    if (!file) return [];
    return [{ name: file.name, sha256: file.hash, size: file.size, ...(verdict ? { checked: verdict.evidenceChecked.includes(file.hash) } : {}) }];
  });
}

/**
 * The findings, by domain, each with its action: items that apply and are answered partial, not implemented,
 * don't know or not at all — and every item the auditor gave a finding (any verdict but conforming), whatever
 * the company answered.
 */
export function findingsOf(
  assessment: Assessment,
  catalogs: readonly Catalog[],
  evidence: readonly EvidenceFile[],
  actions: ReadonlyMap<string, ReportAction>,
  language: ReportLanguage,
): ReportFindingGroup[] {
  const labels = labelsFor(language);
  const files = new Map(evidence.map((e) => [e.hash, e]));
  const groups: ReportFindingGroup[] = [];
  for (const { catalog, domain, item, key } of itemsOf(catalogs)) {
    const verdict = verdictOf(assessment, key);
    const auditorFinding = verdict !== undefined && isFinding(verdict.code);
    if (!auditorFinding && !itemApplies(item.appliesWhen, assessment.profile)) continue;
    const answer = answerOf(assessment, key);
    const status = answer?.status ?? 'unanswered';
    if (!auditorFinding && !isGapStatus(status)) continue;
    let group = groups.at(-1);
    if (!group || group.domainId !== domain.id || group.catalogTitle !== catalog.title[language]) {
      group = { catalogTitle: catalog.title[language], domainId: domain.id, domainTitle: domain.title[language], items: [] };
      groups.push(group);
    }
    const action = actions.get(key);
    group.items.push({
      itemId: item.id,
      title: item.title[language],
      question: item.question[language],
      answerLabel: labels.answers[status],
      status,
      note: answer?.note ?? '',
      references: item.references,
      evidence: evidenceRefs(answer?.evidence ?? [], files, verdict),
      ...(action ? { action } : {}),
      ...(verdict ? { verdict: reportVerdictOf(verdict, language) } : {}),
    });
  }
  return groups;
}

/** Every item that applies, with its answer, by domain. */
export function appendixOf(assessment: Assessment, catalogs: readonly Catalog[], language: ReportLanguage): ReportAppendixGroup[] {
  const labels = labelsFor(language);
  const groups: ReportAppendixGroup[] = [];
  for (const { catalog, domain, item, key } of itemsOf(catalogs)) {
    if (!itemApplies(item.appliesWhen, assessment.profile)) continue;
    const answer = answerOf(assessment, key);
    const status = answer?.status ?? 'unanswered';
    const verdict = verdictOf(assessment, key);
    let group = groups.at(-1);
    if (!group || group.domainId !== domain.id || group.catalogTitle !== catalog.title[language]) {
      group = { catalogTitle: catalog.title[language], domainId: domain.id, domainTitle: domain.title[language], items: [] };
      groups.push(group);
    }
    group.items.push({
      itemId: item.id,
      title: item.title[language],
      answerLabel: labels.answers[status],
      status,
      note: answer?.note ?? '',
      flagged: answer?.flagged ?? false,
      evidenceCount: answer?.evidence.length ?? 0,
      ...(verdict ? { verdict: reportVerdictOf(verdict, language) } : {}),
    });
  }
  return groups;
}

/** The evidence files, oldest first, each with the items (in catalog order) whose answers cite it. */
export function evidenceIndexOf(assessment: Assessment, catalogs: readonly Catalog[], evidence: readonly EvidenceFile[]): ReportEvidenceEntry[] {
  const backs = new Map<string, string[]>();
  for (const { item, key } of itemsOf(catalogs)) {
    for (const hash of answerOf(assessment, key)?.evidence ?? []) {
      const items = backs.get(hash) ?? [];
      if (!items.includes(item.id)) items.push(item.id);
      backs.set(hash, items);
    }
  }
  return [...evidence]
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.name.localeCompare(b.name) || a.hash.localeCompare(b.hash))
    .map((file) => ({ name: file.name, sha256: file.hash, size: file.size, mediaType: file.mediaType, addedAt: file.addedAt, items: backs.get(file.hash) ?? [] }));
}

/**
 * The plan as the report prints it: what still needs work first, by priority and due date. Action ids
 * number the actions in catalog order, so an action keeps its id however the rows are sorted.
 */
export function planRowsOf(plan: readonly PlanAction[], language: ReportLanguage): PlanRow[] {
  const labels = labelsFor(language);
  const ids = new Map(plan.map((a, i) => [a.key, `A-${String(i + 1).padStart(3, '0')}`]));
  return reportOrder(plan).map((a) => {
    const reason = a.status === 'risk-accepted' && a.reason.trim() ? `${labels.columns.reason}${language === 'ja' ? '：' : ': '}${a.reason.trim()}` : '';
    return {
      actionId: ids.get(a.key)!,
      itemId: a.itemId,
      title: a.itemTitle[language],
      text: a.text[language],
      priority: a.priority,
      owner: ownerLabel(a, language),
      ...(a.dueDate ? { dueDate: a.dueDate } : {}),
      status: a.status,
      statusLabel: actionStatusLabel(a.status, language),
      effort: a.effort,
      notes: [reason, a.notes.trim()].filter(Boolean).join('\n'),
      ...(a.overdue ? { overdue: true } : {}),
      catalogTitle: a.catalogTitle[language],
      domainTitle: a.domainTitle[language],
    };
  });
}

/** How serious a finding class is, for the order of the tear-out sheets (conforming is never a sheet). */
const sheetRank: Readonly<Record<ReportVerdict['code'], number>> = {
  'major-nonconformity': 0,
  'minor-nonconformity': 1,
  observation: 2,
  'improvement-opportunity': 3,
  'good-practice': 4,
  conforming: 5,
};

/** One sheet per finding the auditor hands over: most serious class first, then in catalog order. */
export function sheetsOf(findings: readonly ReportFindingGroup[]): ReportSheet[] {
  const sheets: (ReportSheet & { order: number })[] = [];
  for (const group of findings) {
    for (const finding of group.items) {
      const { verdict } = finding;
      if (!verdict || !isFinding(verdict.code)) continue;
      sheets.push({ catalogTitle: group.catalogTitle, domainId: group.domainId, domainTitle: group.domainTitle, finding: { ...finding, verdict }, order: sheets.length });
    }
  }
  return sheets
    .sort((a, b) => sheetRank[a.finding.verdict.code] - sheetRank[b.finding.verdict.code] || a.order - b.order)
    .map(({ order: _order, ...sheet }) => sheet);
}
