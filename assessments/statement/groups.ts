// Which of the PPC guideline's safeguard groups (General Rules 10-1 to 10-7) a catalog item belongs to, for the
// public statement. First the item's own PPC guideline reference ("PPC-GL 10-5(1)" → physical), as the
// policy check reads it; then, for the My Number items, the My Number guideline's annex, whose section 2
// follows the same seven groups (A basic policy … G external environment). Items that cite neither — the
// duties on acquisition, provision, rights of the individual, and the management-system clauses — are not
// safeguards in the statement's sense and are left out of it.
import type { Item } from '../catalog/schema';
import { groupOfItem, type SafeguardGroupId, safeguardGroupIds } from '../policy/groups';

const myNumberAnnexGroups: Record<string, SafeguardGroupId> = {
  A: 'basic-policy',
  B: 'handling-rules',
  C: 'organisational',
  D: 'personnel',
  E: 'physical',
  F: 'technical',
  G: 'external-environment',
};

function myNumberGroup(item: Pick<Item, 'references'>): SafeguardGroupId | null {
  for (const reference of item.references) {
    const match = /^PPC-GL-MyNumber\s+Annex1\s+2-([A-G])\b/.exec(reference.trim());
    if (match?.[1]) return myNumberAnnexGroups[match[1]] ?? null;
  }
  return null;
}

/** The statement group an item belongs to, or null when it is not a safeguard of the statement. */
export function statementGroupOf(item: Pick<Item, 'references'>): SafeguardGroupId | null {
  return groupOfItem(item) ?? myNumberGroup(item);
}

export function groupOrder(id: SafeguardGroupId): number {
  return safeguardGroupIds.indexOf(id);
}
