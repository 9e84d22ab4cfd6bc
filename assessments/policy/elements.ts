// The required disclosures of a published privacy policy (APPI Art. 32(1) and the Cabinet Order, joint
// use, foreign provision, external transmission, …), decided element by element from the rules in
// element-rules.ts. Each result is present / missing / not-applicable, names the rule that decided it,
// and quotes the sentences it rests on with their offsets.
import type { LocalizedText } from '../model/language';
import { elementDefinitions } from './element-rules';
import { compile, matchesUnit, type PatternList, type UnitMatch } from './match';
import { governedBy, type PolicyDocument, type PolicyUnit } from './structure';
import { foldForMatch } from './text';

export const policyElementIds = [
  'business-name',
  'business-address',
  'representative',
  'purposes',
  'request-procedures',
  'request-fees',
  'safeguards',
  'complaints',
  'accredited-organisation',
  'joint-use-fact',
  'joint-use-items',
  'joint-use-scope',
  'joint-use-purposes',
  'joint-use-responsible',
  'foreign-provision',
  'cookies-external-transmission',
  'retention',
  'pseudonymised-anonymised',
] as const;
export type PolicyElementId = (typeof policyElementIds)[number];

export const elementStatuses = ['present', 'missing', 'not-applicable'] as const;
export type ElementStatus = (typeof elementStatuses)[number];

export type ElementRule = UnitMatch & {
  readonly id: string;
  /** Match only the sentences that decided that element ("株式会社" in the business's own name, not a partner's). */
  readonly inEvidenceOf?: PolicyElementId;
};
export type ElementPart = UnitMatch & {
  readonly id: string;
  /** Also found in a unit that repeats what decided that element ("株式会社X" named again as the joint-use manager). */
  readonly orSameAs?: PolicyElementId;
};
/** A way to satisfy an element from its parts: all of `allOf`, at least one of `anyOf`, and the elements named. */
export type PartCombination = {
  readonly id: string;
  readonly allOf?: readonly string[];
  readonly anyOf?: readonly string[];
  readonly requiresElements?: readonly PolicyElementId[];
};

export type ElementDefinition = {
  readonly id: PolicyElementId;
  readonly name: LocalizedText;
  /** The provisions behind the element, cited by number. */
  readonly law: readonly string[];
  /** 'required' by law when it applies; 'expected' by readers and auditors though not always required. */
  readonly requirement: 'required' | 'expected';
  /**
   * Always, or only when one of `mentioned` matches somewhere in the policy (else not-applicable); a match of
   * `denied` ("当社の加入する認定個人情報保護団体はありません") makes it not-applicable whatever else is said.
   */
  readonly appliesWhen:
    | 'always'
    | {
        readonly mentioned: readonly ElementRule[];
        readonly denied?: readonly ElementRule[];
        /** Statements that it is not done ("we use no analytics tools"): not-applicable when nothing else mentions it. */
        readonly onlyDenied?: readonly ElementRule[];
        readonly otherwise: string;
      };
  /** Where to look: units under a heading, or after a sentence, that matches this (default: everywhere). */
  readonly scope?: PatternList;
  readonly present?: readonly ElementRule[];
  readonly parts?: readonly ElementPart[];
  /** Parts come from the safeguard groups found in the policy, not from patterns of their own. */
  readonly partsFrom?: 'safeguard-groups';
  readonly combinations?: readonly PartCombination[];
  /** Weaker ways to be present, tried after the combinations ("answered on request", as Art. 32(1) allows). */
  readonly fallback?: readonly ElementRule[];
  /** Matches showing the element is touched on but not given: status missing, with them as evidence. */
  readonly insufficient?: readonly ElementRule[];
  readonly missing: string;
};

/** A sentence of the policy, quoted: text.slice(start, end) === quote. */
export type PolicyQuote = { quote: string; start: number; end: number };

export type ElementResult = {
  id: PolicyElementId;
  status: ElementStatus;
  /** The id of the rule (or combination) that decided the status. */
  rule: string;
  evidence: PolicyQuote[];
  /** For elements made of parts (cookies, safeguard groups, request kinds, …): the parts found. */
  parts?: string[];
};

/** At most this many quotes per element: enough to check the finding, few enough to read. */
export const MAX_EVIDENCE = 6;

/** The deciding units first, then the others that agree, each group in reading order, without repeats. */
export function toEvidence(primary: readonly PolicyUnit[], secondary: readonly PolicyUnit[] = []): PolicyQuote[] {
  const seen = new Set<number>();
  const ordered = (units: readonly PolicyUnit[]) => [...units].sort((a, b) => a.start - b.start);
  return [...ordered(primary), ...ordered(secondary)]
    .filter((u) => !seen.has(u.index) && seen.add(u.index))
    .slice(0, MAX_EVIDENCE)
    .map((u) => ({ quote: u.quote, start: u.start, end: u.end }));
}

/** The units an element reads: everything, or what its scope's headings and sentences govern. */
export function scopeUnits(document: PolicyDocument, scope: PatternList | undefined): PolicyUnit[] {
  if (!scope) return document.units;
  const regex = compile(scope);
  if (!regex) return document.units;
  const inScope = new Set<number>();
  for (const unit of document.units) {
    if (!regex.test(unit.folded)) continue;
    inScope.add(unit.index);
    for (const governed of governedBy(document, unit)) inScope.add(governed.index);
  }
  return document.units.filter((u) => inScope.has(u.index));
}

function firstRuleMatch(
  document: PolicyDocument,
  units: readonly PolicyUnit[],
  rules: readonly ElementRule[],
  decided: ReadonlyMap<PolicyElementId, ElementResult> = new Map(),
) {
  const inEvidence = (rule: ElementRule, unit: PolicyUnit) =>
    !rule.inEvidenceOf || (decided.get(rule.inEvidenceOf)?.evidence ?? []).some((e) => e.start <= unit.start && unit.end <= e.end);
  const hits = rules.map((rule) => ({ rule, units: units.filter((u) => inEvidence(rule, u) && matchesUnit(document, u, rule)) }));
  const first = hits.find((h) => h.units.length > 0);
  return first ? { rule: first.rule.id, units: first.units, others: hits.filter((h) => h !== first).flatMap((h) => h.units) } : null;
}

function satisfied(combination: PartCombination, found: ReadonlySet<string>, decided: ReadonlyMap<PolicyElementId, ElementResult>): boolean {
  if (combination.allOf && !combination.allOf.every((p) => found.has(p))) return false;
  if (combination.anyOf && !combination.anyOf.some((p) => found.has(p))) return false;
  if (combination.requiresElements && !combination.requiresElements.every((e) => decided.get(e)?.status === 'present')) return false;
  return true;
}

export type PartFinding = { part: string; units: PolicyUnit[] };

/** A unit (under the part's context) whose value is what another element's evidence already says. */
function repeats(document: PolicyDocument, unit: PolicyUnit, part: ElementPart, decided: ReadonlyMap<PolicyElementId, ElementResult>): boolean {
  if (!part.orSameAs) return false;
  const other = decided.get(part.orSameAs);
  if (other?.status !== 'present') return false;
  if (!matchesUnit(document, unit, { context: part.context ?? [] })) return false;
  const value = unit.folded.replace(/^[^:]{0,30}:\s*/, '').trim();
  if (value.length < 3) return false;
  return other.evidence.some((e) => foldForMatch(e.quote).includes(value));
}

export function checkElement(
  document: PolicyDocument,
  definition: ElementDefinition,
  decided: ReadonlyMap<PolicyElementId, ElementResult>,
  groupParts: readonly PartFinding[] = [],
): ElementResult {
  const { id } = definition;
  if (definition.appliesWhen !== 'always') {
    const denial = firstRuleMatch(document, document.units, definition.appliesWhen.denied ?? []);
    if (denial) return { id, status: 'not-applicable', rule: denial.rule, evidence: toEvidence(denial.units) };
    const trigger = firstRuleMatch(document, document.units, definition.appliesWhen.mentioned, decided);
    if (!trigger) {
      const onlyDenied = firstRuleMatch(document, document.units, definition.appliesWhen.onlyDenied ?? []);
      if (onlyDenied) return { id, status: 'not-applicable', rule: onlyDenied.rule, evidence: toEvidence(onlyDenied.units) };
      return { id, status: 'not-applicable', rule: definition.appliesWhen.otherwise, evidence: [] };
    }
  }
  const units = scopeUnits(document, definition.scope);

  const partFindings: PartFinding[] =
    definition.partsFrom === 'safeguard-groups'
      ? [...groupParts]
      : (definition.parts ?? [])
          .map((part) => ({ part: part.id, units: units.filter((u) => matchesUnit(document, u, part) || repeats(document, u, part, decided)) }))
          .filter((f) => f.units.length > 0);
  const found = new Set(partFindings.map((f) => f.part));
  const parts = definition.parts || definition.partsFrom ? { parts: [...found] } : {};

  const present = firstRuleMatch(document, units, definition.present ?? [], decided);
  if (present) return { id, status: 'present', rule: present.rule, evidence: toEvidence(present.units, present.others), ...parts };

  for (const combination of definition.combinations ?? []) {
    if (!satisfied(combination, found, decided)) continue;
    const used = new Set([...(combination.allOf ?? []), ...(combination.anyOf ?? [])]);
    const evidence = partFindings.filter((f) => used.has(f.part)).flatMap((f) => f.units);
    return { id, status: 'present', rule: combination.id, evidence: toEvidence(evidence), ...parts };
  }

  const fallback = firstRuleMatch(document, units, definition.fallback ?? [], decided);
  if (fallback) return { id, status: 'present', rule: fallback.rule, evidence: toEvidence(fallback.units, fallback.others), ...parts };

  const weak = firstRuleMatch(document, units, definition.insufficient ?? [], decided);
  if (weak) return { id, status: 'missing', rule: weak.rule, evidence: toEvidence(weak.units, weak.others), ...parts };
  return { id, status: 'missing', rule: definition.missing, evidence: [], ...parts };
}

/** Every element, in the order of the definitions (later ones may depend on earlier results). */
export function checkElements(
  document: PolicyDocument,
  groupParts: readonly PartFinding[] = [],
  definitions: readonly ElementDefinition[] = elementDefinitions,
): ElementResult[] {
  const decided = new Map<PolicyElementId, ElementResult>();
  for (const definition of definitions) decided.set(definition.id, checkElement(document, definition, decided, groupParts));
  return [...decided.values()];
}

export function elementDefinition(id: PolicyElementId, definitions: readonly ElementDefinition[] = elementDefinitions): ElementDefinition | undefined {
  return definitions.find((d) => d.id === id);
}
