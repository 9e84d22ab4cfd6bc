// The adapter: an assessment, its organisation and its pinned catalogs in, the report model out — every
// string resolved to the report's language (answers, owners, action states, catalog and domain titles, the
// scoping profile, why items are out of scope), the scores from assessments/scoring, the gaps and the plan
// from assessments/plan (overdue as of the report date). The report's language is chosen here, apart from
// the UI's. Pure: the same input gives the same model, and so the same PDF bytes.
import {
  type AnswerStatus,
  type Assessment,
  type Catalog,
  type EvidenceFile,
  isSmallBusiness,
  itemApplies,
  type Organisation,
  profileFlags,
  scoreAssessment,
  scoreQuickCheck,
  type Tally,
} from '../../../assessments';
import type { ComparedInput } from '../../../assessments/compare';
import { buildPlan, type PlanAction, pinnedCatalogs } from '../../../assessments/plan';
import { UserError } from '../errors';
import { comparisonOf } from './adapter-comparison';
import { adapterWords } from './adapter-labels';
import { policyCheckOf } from './adapter-policy';
import {
  appendixOf,
  evidenceIndexOf,
  findingsOf,
  notApplicableOf,
  outOfScopeOf,
  planRowsOf,
  reportActionOf,
  sheetsOf,
  verdictCountsOf,
} from './adapter-sections';
import { comparisonLabelsFor } from './comparison-labels';
import { labelsFor } from './labels';
import type {
  ReportCatalogScore,
  ReportGap,
  ReportKind,
  ReportLanguage,
  ReportModel,
  ReportQuickCheck,
  ReportScaleEntry,
  ReportScope,
  ReportSignOff,
  ReportSummary,
  ReportTally,
} from './model';

export type ReportOrganisationInput = Pick<Organisation, 'name' | 'address' | 'representative' | 'industry' | 'employees' | 'sites'>;

export type ReportInput = {
  assessment: Assessment;
  organisation: ReportOrganisationInput;
  /** The catalogs the assessment pins, in the exact versions it pins (others are ignored). */
  catalogs: readonly Catalog[];
  language: ReportLanguage;
  kind: ReportKind;
  /** YYYY-MM-DD: printed on the cover, the PDF's date, and the day "overdue" is judged against. */
  reportDate: string;
  /** Japanese-era dates (Japanese reports only). */
  era: boolean;
  classification?: string;
  reportVersion?: string;
  /** The evidence files to list; the assessment's own evidence records by default. */
  evidenceIndex?: readonly EvidenceFile[];
  /** "Mamori 0.1.0", for the PDF's Creator field. */
  generator?: string;
  /** An earlier assessment of the organisation, with the catalogs it pins: the audit report's comparison section, and the subject of a comparison report. */
  compareWith?: ComparedInput;
  /** Every assessment of the organisation with its catalogs, for the comparison report's trend (the two compared by default). */
  trend?: readonly ComparedInput[];
};

const tally = (t: Tally): ReportTally => ({ score: t.score, completion: t.completion, applicable: t.applicable, answered: t.answered });

/** The order answers are counted in on the summary page. */
const countOrder: readonly AnswerStatus[] = ['implemented', 'alternative', 'partial', 'not-implemented', 'unknown', 'not-applicable', 'unanswered'];
/** The scale as the method section prints it, with each answer's points. */
const scaleOrder: readonly [AnswerStatus, string][] = [
  ['implemented', '1'],
  ['alternative', '1'],
  ['partial', '0.5'],
  ['not-implemented', '0'],
  ['unknown', '0'],
  ['unanswered', '0'],
  ['not-applicable', '—'],
];

function scopeOf(assessment: Assessment, language: ReportLanguage): ReportScope {
  const w = adapterWords(language);
  const { profile } = assessment;
  const separator = language === 'ja' ? '：' : ': ';
  const count = (value: number | null, unit: 'people' | 'individuals') => (value === null ? w.answer.unsure : w.count(value, unit));
  return {
    profileLines: [
      `${w.employees}${separator}${count(profile.employees, 'people')}`,
      `${w.individuals}${separator}${count(profile.individuals, 'individuals')}`,
      ...profileFlags.map((flag) => `${w.profile[flag]}${separator}${w.answer[profile[flag]]}`),
    ],
    smallBusiness: isSmallBusiness(profile),
  };
}

function summaryOf(assessment: Assessment, catalogs: readonly Catalog[], language: ReportLanguage): ReportSummary {
  const verdicts = verdictCountsOf(assessment, catalogs, language);
  const labels = labelsFor(language);
  const score = scoreAssessment(catalogs, assessment.answers, assessment.profile);
  const scored: ReportCatalogScore[] = score.catalogs.map((cs) => {
    const catalog = catalogs.find((c) => c.id === cs.catalogId)!;
    return {
      id: cs.catalogId,
      title: catalog.title[language],
      ...tally(cs),
      domains: cs.domains.map((ds) => ({ id: ds.domainId, title: catalog.domains.find((d) => d.id === ds.domainId)!.title[language], ...tally(ds) })),
    };
  });
  const counted = new Map<AnswerStatus, number>();
  for (const catalog of catalogs.filter((c) => c.kind === 'checklist')) {
    for (const item of catalog.domains.flatMap((d) => d.items)) {
      if (!itemApplies(item.appliesWhen, assessment.profile)) continue;
      const status = assessment.answers[`${catalog.id}/${item.id}`]?.status ?? 'unanswered';
      counted.set(status, (counted.get(status) ?? 0) + 1);
    }
  }
  const quick = catalogs.find((c) => c.kind === 'quick-check');
  return {
    overall: tally(score.overall),
    catalogs: scored,
    counts: countOrder.filter((s) => counted.has(s)).map((status) => ({ status, label: labels.answers[status], count: counted.get(status)! })),
    ...(quick ? { quickCheck: quickCheckOf(quick, assessment, language) } : {}),
    ...(verdicts ? { verdicts } : {}),
  };
}

function quickCheckOf(catalog: Catalog, assessment: Assessment, language: ReportLanguage): ReportQuickCheck {
  const result = scoreQuickCheck(catalog, assessment.answers);
  const band = result.complete ? result.band : null;
  return {
    title: catalog.title[language],
    total: result.total,
    max: result.max,
    ...(band ? { band: band.label[language], advice: band.advice[language] } : {}),
  };
}

/** The ten most urgent gaps that still need work: by priority, then how large the gap is, then catalog order. */
function topGapsOf(plan: readonly PlanAction[], language: ReportLanguage): ReportGap[] {
  const labels = labelsFor(language);
  return plan
    .filter((a) => a.gap && (a.status === 'open' || a.status === 'in-progress'))
    .sort((a, b) => a.priority.localeCompare(b.priority) || b.severity - a.severity || a.order - b.order)
    .slice(0, 10)
    .map((a) => ({
      itemId: a.itemId,
      title: a.itemTitle[language],
      catalogTitle: a.catalogTitle[language],
      domainTitle: a.domainTitle[language],
      answerLabel: labels.answers[a.answer],
      status: a.answer,
      priority: a.priority,
      actionText: a.text[language],
    }));
}

function scaleOf(language: ReportLanguage): ReportScaleEntry[] {
  const labels = labelsFor(language);
  const w = adapterWords(language);
  return scaleOrder.map(([status, value]) => ({ status, label: labels.answers[status], value, ...(w.scale[status] ? { description: w.scale[status] } : {}) }));
}

/** "本社（東京）、大阪営業所" → ["本社（東京）", "大阪営業所"]. */
function sitesOf(sites: string): string[] {
  return sites
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The sign-off: as sealed when the assessment is signed (names, day, content hash), else the assessor and the report date. */
function signOffOf(assessment: Assessment, organisation: ReportOrganisationInput, reportDate: string): ReportSignOff {
  const approver = organisation.representative ? { approver: organisation.representative } : {};
  const seal = assessment.signOff;
  if (!seal) return { assessor: assessment.assessor, ...approver, date: reportDate };
  return { assessor: seal.assessor, reviewer: seal.reviewer, ...approver, date: seal.date, contentHash: seal.contentHash };
}

function titleOf(kind: ReportKind, language: ReportLanguage): string {
  const labels = labelsFor(language);
  if (kind === 'plan') return labels.planTitle;
  if (kind === 'comparison') return comparisonLabelsFor(language).title;
  return kind === 'sheets' ? labels.sheets.title : labels.auditTitle;
}

/**
 * The report model. Tear-out sheets of an assessment without a finding are refused here, before anything
 * is rendered: an empty PDF would say nothing the user could hand over.
 */
export function reportModelFor(input: ReportInput): ReportModel {
  const { assessment, organisation, language, kind, reportDate } = input;
  const labels = labelsFor(language);
  const catalogs = pinnedCatalogs(assessment.catalogs, input.catalogs);
  const plan = buildPlan(assessment, catalogs, { today: reportDate });
  const actions = new Map(plan.map((a) => [a.key, reportActionOf(a, language)]));
  const evidence = input.evidenceIndex ?? Object.values(assessment.evidence);
  const sites = sitesOf(organisation.sites);
  const findings = findingsOf(assessment, catalogs, evidence, actions, language);
  const sheets = kind === 'sheets' ? sheetsOf(findings) : undefined;
  if (sheets?.length === 0) throw new UserError('report.no-findings');
  return {
    language,
    kind,
    reportDate,
    era: input.era,
    classification: input.classification ?? labels.classification,
    reportVersion: input.reportVersion ?? '1.0',
    title: titleOf(kind, language),
    ...(input.generator ? { generator: input.generator } : {}),
    organisation: {
      name: organisation.name,
      ...(organisation.address ? { address: organisation.address } : {}),
      ...(organisation.representative ? { representative: organisation.representative } : {}),
      ...(organisation.industry ? { industry: organisation.industry } : {}),
      ...(organisation.employees !== null ? { employees: organisation.employees } : {}),
      ...(sites.length > 0 ? { sites } : {}),
    },
    assessment: {
      title: assessment.title,
      // Signed off: the names the seal covers, so that the cover and the sign-off page agree.
      assessor: assessment.signOff?.assessor ?? assessment.assessor,
      ...(assessment.signOff ? { reviewer: assessment.signOff.reviewer } : {}),
      ...(assessment.periodFrom ? { periodFrom: assessment.periodFrom } : {}),
      ...(assessment.periodTo ? { periodTo: assessment.periodTo } : {}),
      statusLabel: adapterWords(language).assessmentStatus[assessment.status],
    },
    catalogs: catalogs.map((c) => ({ id: c.id, title: c.title[language], version: c.version })),
    scope: scopeOf(assessment, language),
    summary: summaryOf(assessment, catalogs, language),
    topGaps: topGapsOf(plan, language),
    method: {
      scale: scaleOf(language),
      formula: labels.formula,
      outOfScope: outOfScopeOf(assessment, catalogs, language),
      notApplicable: notApplicableOf(assessment, catalogs, language),
    },
    findings,
    appendix: appendixOf(assessment, catalogs, language),
    evidence: evidenceIndexOf(assessment, catalogs, evidence),
    plan: planRowsOf(plan, language),
    signOff: signOffOf(assessment, organisation, reportDate),
    ...(kind === 'audit' && assessment.policyCheck ? { policyCheck: policyCheckOf(assessment, catalogs, language) } : {}),
    ...(sheets ? { sheets } : {}),
    ...(input.compareWith && (kind === 'audit' || kind === 'comparison') ? { comparison: comparisonOf(input.compareWith, { assessment, catalogs }, language, input.trend) } : {}),
  };
}
