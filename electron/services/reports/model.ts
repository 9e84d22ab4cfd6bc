// The report model: everything a report prints, already resolved by the adapter to display strings and
// numbers in the report's language. The renderer only lays it out — it never looks up a catalog, scores an
// answer or translates a domain term — so the same model always gives the same document.
//
// Conventions for every field below:
// - Strings are shown as they are (already in `language`); empty strings print as a dash or are left out.
// - Dates are ISO dates `YYYY-MM-DD` (or ISO date-times for `addedAt`); the renderer formats them, in the
//   Japanese era when `era` is set and the language is Japanese.
// - Scores are the product's numbers (0–100, already rounded to one decimal by assessments/scoring);
//   completion is a ratio 0–1. `null` means "nothing applies" and prints as a dash.
// - Codes (`status`, `priority`, `effort`, verdict `code`) only choose colours and the fixed labels of
//   labels.ts; whatever the reader sees as a domain word comes from a resolved `…Label` or `title` field.
import type { AnswerStatus, Effort, Priority } from '../../../assessments';

export type ReportLanguage = 'ja' | 'en';
/**
 * `audit`: the full audit report. `plan`: the improvement plan on its own, for the people doing the work.
 * `comparison`: this assessment against an earlier one of the organisation (`comparison` must be set).
 * `sheets`: the auditor's tear-out sheets, one page per finding (`sheets` must be set and not empty).
 */
export type ReportKind = 'audit' | 'plan' | 'comparison' | 'sheets';

export type ReportOrganisation = {
  name: string;
  /** Postal address, one string (line breaks allowed). */
  address?: string;
  /** The representative (代表者), e.g. "代表取締役 山田 太郎". */
  representative?: string;
  industry?: string;
  employees?: number;
  /** Sites in scope (本社, 大阪営業所 …). */
  sites?: string[];
};

export type ReportAssessment = {
  title: string;
  /** Who carried out the assessment (点検者). */
  assessor: string;
  /** Who reviewed it (確認者), when someone did. */
  reviewer?: string;
  /** The period the assessment covers or was carried out in. */
  periodFrom?: string;
  periodTo?: string;
  /** The assessment's state in words (e.g. "完了", "Signed off"). */
  statusLabel?: string;
};

export type ReportCatalog = { id: string; title: string; version: number };

export type ReportScope = {
  /** The scoping profile in sentences, one per line ("従業者数: 45名", "Uses contractors: yes"). */
  profileLines: string[];
  /** Whether the small-business example methods were offered (中小規模事業者). */
  smallBusiness: boolean;
};

/** A score tally: the shape of assessments/scoring's Tally, reduced to what a report prints. */
export type ReportTally = {
  score: number | null;
  completion: number | null;
  applicable: number;
  answered: number;
};

export type ReportDomainScore = ReportTally & { id: string; title: string };
export type ReportCatalogScore = ReportTally & { id: string; title: string; domains: ReportDomainScore[] };

export type ReportAnswerCount = { status: AnswerStatus; label: string; count: number };

/** The auditor's finding class for an item (auditor mode). */
export type VerdictCode =
  | 'conforming'
  | 'major-nonconformity'
  | 'minor-nonconformity'
  | 'observation'
  | 'improvement-opportunity'
  | 'good-practice';

export type ReportVerdict = { code: VerdictCode; label: string; comment?: string };
export type ReportVerdictCount = { code: VerdictCode; label: string; count: number };

export type ReportQuickCheck = {
  title: string;
  total: number;
  max: number;
  /** The result band's label and advice, when every question is answered. */
  band?: string;
  advice?: string;
};

export type ReportSummary = {
  overall: ReportTally;
  /** Checklist catalogs only (the quick check has its own scale, below). */
  catalogs: ReportCatalogScore[];
  /** Items per answer, in the order to print (zero counts may be left in or out). */
  counts: ReportAnswerCount[];
  quickCheck?: ReportQuickCheck;
  /** Items per finding class, when the assessment was made in auditor mode. */
  verdicts?: ReportVerdictCount[];
};

/** One of the highest-priority gaps, as the executive summary lists them (at most ten, in order). */
export type ReportGap = {
  itemId: string;
  title: string;
  catalogTitle: string;
  domainTitle: string;
  answerLabel: string;
  status: AnswerStatus;
  priority: Priority;
  actionText: string;
};

export type ReportScaleEntry = {
  status: AnswerStatus;
  label: string;
  /** Points as printed: "1", "0.5", "0", or "—" for excluded. */
  value: string;
  description?: string;
};

export type ReportExclusion = { itemId: string; title: string; catalogTitle?: string; reason: string };

export type ReportMethod = {
  scale: ReportScaleEntry[];
  /** The scoring rule in the report's language; labels.ts has the product's wording to pass here. */
  formula: string[];
  /** Items the scoping profile took out, with the profile fact that did it. */
  outOfScope: ReportExclusion[];
  /** Items answered Not applicable, with the reason given. */
  notApplicable: ReportExclusion[];
};

export type ReportEvidenceRef = {
  name: string;
  sha256: string;
  size: number;
  /** Auditor mode, when the item has a verdict: whether the auditor checked this file. */
  checked?: boolean;
};

export type ReportAction = {
  text: string;
  priority: Priority;
  owner: string;
  dueDate?: string;
  statusLabel?: string;
};

export type ReportFinding = {
  itemId: string;
  title: string;
  question: string;
  answerLabel: string;
  status: AnswerStatus;
  note: string;
  /** What is done instead (answer "alternative"). */
  alternative?: string;
  references?: string[];
  evidence: ReportEvidenceRef[];
  action?: ReportAction;
  verdict?: ReportVerdict;
};

export type ReportFindingGroup = { catalogTitle: string; domainId: string; domainTitle: string; items: ReportFinding[] };

export type ReportAppendixItem = {
  itemId: string;
  title: string;
  answerLabel: string;
  status: AnswerStatus;
  note: string;
  flagged: boolean;
  evidenceCount: number;
  verdict?: ReportVerdict;
};

export type ReportAppendixGroup = { catalogTitle: string; domainId: string; domainTitle: string; items: ReportAppendixItem[] };

export type ReportEvidenceEntry = {
  name: string;
  sha256: string;
  size: number;
  mediaType: string;
  /** ISO date-time the file was attached. */
  addedAt: string;
  /** Item ids the file backs. */
  items: string[];
};

export type PlanRow = {
  actionId: string;
  itemId: string;
  /** The item's title. */
  title: string;
  /** What to do. */
  text: string;
  priority: Priority;
  owner: string;
  dueDate?: string;
  /** The action's state as a code ("open", "in-progress", "done" …) and in words. */
  status: string;
  statusLabel: string;
  effort: Effort;
  notes: string;
  /** Past its due date on the report date and not done (the plan logic decides); marked in red. */
  overdue?: boolean;
  catalogTitle?: string;
  domainTitle?: string;
};

export type ReportSignOff = {
  assessor: string;
  reviewer?: string;
  /** Who approves the report for the organisation (often the representative). */
  approver?: string;
  date?: string;
  /** SHA-256 of the signed-off assessment content (auditor mode); printed on the cover and here. */
  contentHash?: string;
};

/** One tear-out sheet: a finding the auditor hands over (any verdict but conforming), with where its item sits. */
export type ReportSheet = {
  catalogTitle: string;
  domainId: string;
  domainTitle: string;
  /** The finding, its `verdict` always set; `action` is the agreed action on the plan, when there is one. */
  finding: ReportFinding & { verdict: ReportVerdict };
};

export type ReportComparisonRow = {
  label: string;
  /** 0: overall, 1: catalog, 2: domain — indents the row. */
  level: 0 | 1 | 2;
  previous: number | null;
  current: number | null;
};

/** What became of an item between the two assessments (assessments/compare). */
export type ReportChangeClass = 'improved' | 'regressed' | 'unchanged' | 'new' | 'removed';

export type ReportComparisonChange = {
  itemId: string;
  title: string;
  /** The answer in words, or why the item was not counted on that side ("not in that edition", "out of scope"). */
  previousLabel: string;
  currentLabel: string;
  class?: ReportChangeClass;
  /** "checklist · domain", printed small under the title (comparison report). */
  place?: string;
};

/** The comparison report's extras: everything below is printed by the comparison report only. */
export type ReportComparisonDetail = {
  currentTitle: string;
  currentDate?: string;
  /** Items per class, in the order to print. */
  counts: { class: ReportChangeClass; label: string; count: number }[];
  /** Each checklist's edition on either side ("第1版", or '' when that side does not use it). */
  editions: { title: string; previous: string; current: string }[];
  /** The quick check's points on either side ("64 / 100", '' when not used) and the change. */
  quickCheck: { title: string; previous: string; current: string; change: string }[];
  /** The changed items, one group per class (regressed first); `unchanged` holds only answers that changed. */
  groups: { class: ReportChangeClass; label: string; items: ReportComparisonChange[] }[];
  /** Every assessment of the organisation, oldest first, with its overall score. */
  trend: { title: string; date?: string; score: number | null; compared: boolean }[];
};

export type ReportComparison = {
  previousTitle: string;
  previousDate?: string;
  rows: ReportComparisonRow[];
  changes: ReportComparisonChange[];
  detail?: ReportComparisonDetail;
};

/** The privacy-policy check kept with the assessment, its results worked out again for the report. */
export type ReportPolicyCheck = {
  /** The policy's file name, or the words for pasted text. */
  name: string;
  /** ISO date-time the policy was checked. */
  checkedAt: string;
  /** The policy's language, in words ("日本語", "English"). */
  languageLabel: string;
  counts: { present: number; missing: number; notApplicable: number; claims: number; backed: number; notBacked: number; unanswered: number };
  elements: {
    id: string;
    name: string;
    status: 'present' | 'missing' | 'not-applicable';
    statusLabel: string;
    /** Why: the deciding rule in words. */
    reason: string;
    /** The rule's id, printed small, so a reader can look it up. */
    rule: string;
    /** The first quoted sentences it rests on. */
    evidence: string[];
    /** "開示 あり、訂正 なし …" for elements made of parts, or ''. */
    parts: string;
  }[];
  /** Claims the answers do not back, each with the items answered not implemented or partly. */
  notBacked: { quote: string; items: string[] }[];
  /** The groups of safeguards the policy and the answers disagree on. */
  gaps: { group: string; kind: 'left-out' | 'not-supported'; label: string }[];
};

export type ReportModel = {
  language: ReportLanguage;
  kind: ReportKind;
  /** The report's date; also the PDF's creation date, so the same model gives the same bytes. */
  reportDate: string;
  /** Print dates in the Japanese era (令和8年11月29日) when the language is Japanese. */
  era: boolean;
  /** Confidentiality label for the cover and every page header (labels.ts has a default per language). */
  classification: string;
  /** The report's own version ("1.0"). */
  reportVersion: string;
  /** The report's title (labels.ts has a default per kind and language). */
  title: string;
  /** "Mamori 0.1.0": written into the PDF's Creator field. */
  generator?: string;
  organisation: ReportOrganisation;
  assessment: ReportAssessment;
  catalogs: ReportCatalog[];
  scope: ReportScope;
  summary: ReportSummary;
  topGaps: ReportGap[];
  method: ReportMethod;
  findings: ReportFindingGroup[];
  appendix: ReportAppendixGroup[];
  evidence: ReportEvidenceEntry[];
  plan: PlanRow[];
  signOff: ReportSignOff;
  comparison?: ReportComparison;
  /** The privacy-policy check, when the assessment keeps one (audit report only). */
  policyCheck?: ReportPolicyCheck;
  /** The tear-out sheets, most serious first (sheets only). */
  sheets?: ReportSheet[];
};
