// The PPC guideline's safeguard groups (General Rules, section 10-1 to 10-7): which a catalog item
// belongs to (from its references), which a policy's safeguards section describes (from its text), and
// how the two compare with the public statement the answers support.
import type { Item } from '../catalog/schema';
import type { LocalizedText } from '../model/language';
import type { PartFinding, PolicyQuote } from './elements';
import { compile, matchesText, type PatternList } from './match';
import { governedBy, type PolicyDocument, type PolicyUnit } from './structure';

const r = String.raw;

export const safeguardGroupIds = ['basic-policy', 'handling-rules', 'organisational', 'personnel', 'physical', 'technical', 'external-environment'] as const;
export type SafeguardGroupId = (typeof safeguardGroupIds)[number];

export type SafeguardGroup = {
  readonly id: SafeguardGroupId;
  /** PPC guideline (General Rules) section. */
  readonly section: string;
  readonly name: LocalizedText;
  /** The group named outright ("技術的安全管理措置", "Technical measures"): counts anywhere in a policy. */
  readonly label: PatternList;
  /** Measures of the group: count only inside the policy's safeguards section. */
  readonly measures: PatternList;
};

export const safeguardGroups: readonly SafeguardGroup[] = [
  {
    id: 'basic-policy',
    section: '10-1',
    name: { ja: '基本方針の策定', en: 'Basic policy' },
    label: { ja: [r`基本方針(の策定|を策定|を定め)`], en: [r`(formulat|establish|adopt|set)[a-z]* (a |the |this |our )?basic policy`] },
    measures: { ja: ['基本方針'], en: [r`basic policy`] },
  },
  {
    id: 'handling-rules',
    section: '10-2',
    name: { ja: '個人データの取扱いに係る規律の整備', en: 'Rules for handling personal data' },
    label: { ja: [r`(規律の整備|取扱規程(の|を)(策定|整備|定め))`], en: [r`(handling rules|rules for (the )?handling)`] },
    measures: { ja: [r`(取扱規程|規程|規律|マニュアル|ルール)`], en: [r`(handling (rules|regulations)|internal (rules|regulations)|rules (for|on) (the )?handling)`] },
  },
  {
    id: 'organisational',
    section: '10-3',
    name: { ja: '組織的安全管理措置', en: 'Organisational safeguards' },
    label: { ja: [r`組織的(な)?(安全)?(管理)?措置`], en: [r`organi[sz]ational (security |safety )?(management |control )?measures`] },
    measures: {
      ja: [r`(責任者|管理者)`, r`報告(・|及び|および)?連絡(体制|網)`, r`連絡体制`, r`取扱状況`, r`(点検|監査)`, r`台帳`, r`(取扱者|取扱う(者|従業者))(の|を)[^。]{0,10}(明確|限定)`, r`役割(・|及び|と)?責任`],
      en: [
        r`(appoint|designat|assign|establish)[a-z]*[^.]{0,40}(manager|officer|person in charge|person responsible|responsible person|supervisor)`,
        r`(manager|officer|person) (responsible|in charge)`,
        r`reporting (and communication )?(system|structure|line|framework)`,
        r`internal (audit|control|inspection)s?`,
        r`\baudits?\b`,
        r`inspection`,
        r`clearly defin[a-z]* (the )?(employees|roles|responsibilit|scope)`,
        r`roles and responsibilit`,
      ],
    },
  },
  {
    id: 'personnel',
    section: '10-4',
    name: { ja: '人的安全管理措置', en: 'Personnel safeguards' },
    label: { ja: [r`人的(な)?(安全)?(管理)?措置`], en: [r`(personnel|human) (security |safety )?(management |control )?measures`] },
    measures: {
      ja: [r`(教育|研修|啓発|eラーニング)`, r`(従業者|従業員|社員|役員|スタッフ)[^。]{0,30}(秘密保持|守秘|誓約)`, r`(秘密保持|守秘)[^。]{0,20}誓約`, r`従業者(の|に対する|を)監督`],
      en: [r`(training|educat|awareness)`, r`(employees?|staff|personnel|workers)[^.]{0,40}(confidentiality|non-disclosure)`, r`(confidentiality|non-disclosure)[^.]{0,40}(employees?|staff|personnel)`, r`supervis[a-z]* (of|over) (employees|staff)`],
    },
  },
  {
    id: 'physical',
    section: '10-5',
    name: { ja: '物理的安全管理措置', en: 'Physical safeguards' },
    label: { ja: [r`物理的(な)?(安全)?(管理)?措置`], en: [r`physical (security |safety )?(management |control )?measures`] },
    measures: {
      ja: [r`(入退室|入退館|入室|施錠|盗難|持出|区域|のぞき見|覗き見|シュレッダ|溶解|電子媒体|書類(の|を)?(保管|廃棄)|廃棄)`, r`機器(及び|や|・)?(電子)?媒体`],
      en: [
        r`(entry (and exit|control|management|restriction)|entering (and|or) leaving|lock(ed|able)?\b|theft|stolen|carry(ing)? out|taken out|take out|removable (media|storage)|premises|areas? (where|in which)|unauthori[sz]ed (persons|individuals|people)|visitors?|shred|dispos|equipment and (devices|media)|devices and media)`,
      ],
    },
  },
  {
    id: 'technical',
    section: '10-6',
    name: { ja: '技術的安全管理措置', en: 'Technical safeguards' },
    label: { ja: [r`技術的(な)?(安全)?(管理)?措置`], en: [r`technical (security |safety )?(management |control )?measures`] },
    measures: {
      ja: [r`(アクセス制御|アクセス権|アクセス者|アクセス(を)?制限|認証|パスワード|不正ソフトウェア|ウイルス|マルウェア|ファイアウォール|外部からの不正アクセス|暗号化|ログ|脆弱性|セキュリティパッチ)`, r`不正アクセス(を|から)[^。]{0,10}(防|保護|検知)`],
      en: [
        r`(access (control|rights|privileges|restrictions?)|restrict[a-z]* access|limit[a-z]* (the )?(scope of )?(employees|staff|personnel|access)|authenticat|password|malware|malicious software|virus|firewall|external unauthori[sz]ed access|unauthori[sz]ed (external )?access from outside|encrypt|\blogs?\b|logging|vulnerabilit|\bpatch|intrusion)`,
      ],
    },
  },
  {
    id: 'external-environment',
    section: '10-7',
    name: { ja: '外的環境の把握', en: 'Understanding the external environment' },
    label: { ja: ['外的環境の把握'], en: [r`external environment`] },
    measures: {
      ja: [r`(外国|海外)[^。]{0,40}(制度|法制|法令)[^。]{0,30}(把握|踏まえ|確認)`, r`(個人情報(の)?保護に関する制度|個人情報保護制度)[^。]{0,30}(把握|踏まえ|確認)`],
      en: [r`(foreign|the|that|each) countr(y|ies)[^.]{0,60}(system|regime|laws?)`, r`(understand|grasp|review)[a-z]*[^.]{0,60}(foreign|countr)`],
    },
  },
];

/** Headings and sentences that open a policy's safeguards section. */
export const safeguardsSection: PatternList = {
  ja: [
    r`(安全管理|安全対策|安全確保|セキュリティ|漏えい[^。]{0,20}(防止|予防)|個人情報の(適正な|適切な)?管理|個人データの(適正な|適切な)?管理|講じた措置|講じている措置)`,
    r`(個人情報|個人データ)(を|は)[^。]{0,10}(厳重|適正|適切|安全)に管理`,
  ],
  en: [r`(security|safeguard|safety management|protective measures|management of personal (information|data)|protection measures|(technical|organi[sz]ational|physical|personnel|human) measures|measures (taken|we take|to protect))`],
};

/** `named`: the units that name the group outright, shown first as evidence; `units`: all that show it. */
export type PolicyGroupFinding = { group: SafeguardGroupId; units: PolicyUnit[]; named: PolicyUnit[] };

/** The units of the safeguards section(s): under a safeguards heading, or governed by a safeguards sentence. */
export function safeguardsUnits(document: PolicyDocument): PolicyUnit[] {
  const regex = compile(safeguardsSection);
  const inScope = new Set<number>();
  for (const unit of document.units) {
    if (!regex?.test(unit.folded)) continue;
    inScope.add(unit.index);
    for (const governed of governedBy(document, unit)) inScope.add(governed.index);
  }
  return document.units.filter((u) => inScope.has(u.index));
}

/** The groups a policy describes: named outright anywhere, or shown by their measures in the safeguards section. */
export function detectPolicyGroups(document: PolicyDocument): PolicyGroupFinding[] {
  const section = new Set(safeguardsUnits(document).map((u) => u.index));
  return safeguardGroups
    .map((group) => ({
      group: group.id,
      named: document.units.filter((u) => matchesText(u.folded, group.label)),
      units: document.units.filter((u) => matchesText(u.folded, group.label) || (section.has(u.index) && matchesText(u.folded, group.measures))),
    }))
    .filter((finding) => finding.units.length > 0);
}

export function groupPartsOf(findings: readonly PolicyGroupFinding[]): PartFinding[] {
  return findings.map((f) => ({ part: f.group, units: [...f.named, ...f.units.filter((u) => !f.named.includes(u))] }));
}

const sectionToGroup = new Map(safeguardGroups.map((g) => [g.section, g.id]));

/** Every group an item's references put it in ("PPC-GL 10-5(1)" → physical), in reference order. */
export function groupsOfItem(item: Pick<Item, 'references'>): SafeguardGroupId[] {
  const groups: SafeguardGroupId[] = [];
  for (const reference of item.references) {
    const match = /^PPC-GL\s+(10-[1-7])\b/.exec(reference.trim());
    const group = match?.[1] ? sectionToGroup.get(match[1]) : undefined;
    if (group && !groups.includes(group)) groups.push(group);
  }
  return groups;
}

/** The group an item's first PPC guideline reference puts it in, or null when it cites none. */
export function groupOfItem(item: Pick<Item, 'references'>): SafeguardGroupId | null {
  return groupsOfItem(item)[0] ?? null;
}

export type StatementGapKind = 'left-out' | 'not-supported';
export type StatementGap = {
  group: SafeguardGroupId;
  /** left-out: the answers support the group but the policy does not describe it; not-supported: the reverse. */
  kind: StatementGapKind;
  /** For not-supported, the policy's sentences that describe the group. */
  evidence: PolicyQuote[];
};

/**
 * The policy's safeguards against the statement the answers support (the groups with items answered
 * implemented or alternative, computed by the reports code): what the policy leaves out, and what it
 * describes without support. In the PPC's group order.
 */
export function statementGaps(
  policyGroups: readonly (SafeguardGroupId | Pick<PolicyGroupFinding, 'group' | 'units' | 'named'>)[],
  supportedGroups: readonly SafeguardGroupId[],
): StatementGap[] {
  const described = new Map(policyGroups.map((g) => (typeof g === 'string' ? [g, [] as PolicyUnit[]] : [g.group, [...g.named, ...g.units.filter((u) => !g.named.includes(u))]])));
  const supported = new Set(supportedGroups);
  const gaps: StatementGap[] = [];
  for (const id of safeguardGroupIds) {
    const units = described.get(id);
    if (supported.has(id) && !units) gaps.push({ group: id, kind: 'left-out', evidence: [] });
    if (!supported.has(id) && units) {
      gaps.push({ group: id, kind: 'not-supported', evidence: units.slice(0, 6).map((u) => ({ quote: u.quote, start: u.start, end: u.end })) });
    }
  }
  return gaps;
}
