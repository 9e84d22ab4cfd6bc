// The public statement of the safeguards taken for retained personal data (保有個人データの安全管理のために
// 講じた措置, one of the matters APPI Art. 32 requires a business to make available), drafted from the
// answers: only items that apply and are answered Implemented or Alternative control, grouped as the PPC
// guideline groups the safeguards (10-1 … 10-7), each group a heading, an introducing sentence and one line
// per item. Only checklist catalogs count: the quick check is a first look on IPA's scale, not a record
// that a measure is in place. A draft for a person to edit before publishing — never published as it is.
import type { Catalog } from '../catalog/schema';
import { itemApplies } from '../catalog/scoping';
import { answerKey } from '../model/keys';
import type { Assessment } from '../model/assessment';
import type { Language } from '../model/language';
import type { SafeguardGroupId } from '../policy/groups';
import { pinnedCatalogs } from '../plan/pinned';
import { groupOrder, statementGroupOf } from './groups';
import { alternativeLine, groupHeadings, groupIntros, implementedLine, statementPreamble, statementTitle } from './wording';

export type StatementLine = {
  /** The item's answer key, `<catalog id>/<item id>`. */
  key: string;
  catalogId: string;
  itemId: string;
  status: 'implemented' | 'alternative';
  text: string;
};

export type StatementGroup = {
  id: SafeguardGroupId;
  /** The PPC guideline (General Rules) section, "10-3". */
  section: string;
  heading: string;
  intro: string;
  lines: StatementLine[];
};

export type Statement = {
  language: Language;
  title: string;
  preamble: string;
  /** In the guideline's order; only groups with at least one line. */
  groups: StatementGroup[];
};

export type StatementAssessment = Pick<Assessment, 'catalogs' | 'profile' | 'answers'>;
export type StatementOptions = { organisationName?: string };

type Source = { group: SafeguardGroupId; line: Omit<StatementLine, 'text'>; text: (language: Language) => string };

/** The items that back the statement: applicable checklist items answered implemented or alternative, with their group. */
function sources(assessment: StatementAssessment, catalogs: readonly Catalog[]): Source[] {
  const found: Source[] = [];
  for (const catalog of pinnedCatalogs(assessment.catalogs, catalogs)) {
    if (catalog.kind !== 'checklist') continue;
    for (const item of catalog.domains.flatMap((d) => d.items)) {
      const key = answerKey(catalog.id, item.id);
      const answer = Object.hasOwn(assessment.answers, key) ? assessment.answers[key] : undefined;
      if (!answer || (answer.status !== 'implemented' && answer.status !== 'alternative')) continue;
      if (!itemApplies(item.appliesWhen, assessment.profile)) continue;
      const group = statementGroupOf(item);
      if (!group) continue;
      const status = answer.status;
      found.push({
        group,
        line: { key, catalogId: catalog.id, itemId: item.id, status },
        text: (language) => (status === 'alternative' ? alternativeLine(item, answer.alternative, language) : implementedLine(item, language)),
      });
    }
  }
  return found;
}

/** The groups the answers support (at least one applicable item answered implemented or alternative), in the guideline's order. */
export function supportedGroups(assessment: StatementAssessment, catalogs: readonly Catalog[]): SafeguardGroupId[] {
  return [...new Set(sources(assessment, catalogs).map((s) => s.group))].sort((a, b) => groupOrder(a) - groupOrder(b));
}

const sections: Record<SafeguardGroupId, string> = {
  'basic-policy': '10-1',
  'handling-rules': '10-2',
  organisational: '10-3',
  personnel: '10-4',
  physical: '10-5',
  technical: '10-6',
  'external-environment': '10-7',
};

export function draftStatement(assessment: StatementAssessment, catalogs: readonly Catalog[], language: Language, options: StatementOptions = {}): Statement {
  const byGroup = new Map<SafeguardGroupId, StatementLine[]>();
  for (const source of sources(assessment, catalogs)) {
    const lines = byGroup.get(source.group) ?? [];
    const text = source.text(language);
    // Two catalogs may ask for the same measure in the same words: say it once.
    if (!lines.some((l) => l.text === text)) lines.push({ ...source.line, text });
    byGroup.set(source.group, lines);
  }
  const groups = [...byGroup.entries()]
    .sort(([a], [b]) => groupOrder(a) - groupOrder(b))
    .map(([id, lines]) => ({ id, section: sections[id], heading: groupHeadings[id][language], intro: groupIntros[id][language], lines }));
  return { language, title: statementTitle[language], preamble: statementPreamble(language, options.organisationName), groups };
}
