// The catalog file format: one schema for the built-in catalogs and for catalogs users import.
// Strict objects everywhere, so a misspelt field is an error rather than silently ignored.
import { z } from 'zod';
import { LocalizedText } from '../model/language';
import { formatPath } from '../messages/zod';
import { ProfileFlag } from './profile';

export const ownerRoles = [
  'top-management',
  'privacy-manager',
  'it-admin',
  'general-affairs',
  'hr',
  'department-heads',
  'all-staff',
  'internal-auditor',
  'legal',
  'customer-desk',
  'web-admin',
] as const;
export const OwnerRole = z.enum(ownerRoles);
export type OwnerRole = z.infer<typeof OwnerRole>;

export const Priority = z.enum(['P1', 'P2', 'P3', 'P4']);
export type Priority = z.infer<typeof Priority>;
export const Effort = z.enum(['S', 'M', 'L']);
export type Effort = z.infer<typeof Effort>;

export const CatalogId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'catalog.id-format')
  .max(64);
export const NodeId = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'catalog.node-id-format')
  .max(40);

const Keywords = z.strictObject({
  ja: z.array(z.string().trim().min(1)).min(1, 'catalog.keyword-ja-missing'),
  en: z.array(z.string().trim().min(1)).min(1, 'catalog.keyword-en-missing'),
});

export const ImprovementActionTemplate = z.strictObject({
  text: LocalizedText,
  priority: Priority,
  effort: Effort,
  owner: OwnerRole,
});

export const Item = z.strictObject({
  id: NodeId,
  title: LocalizedText,
  question: LocalizedText,
  guidance: LocalizedText,
  smallBusiness: LocalizedText.optional(),
  evidence: z.array(LocalizedText).min(1, 'catalog.evidence-missing'),
  action: ImprovementActionTemplate,
  references: z.array(z.string().trim().min(1).max(80)).min(1, 'catalog.reference-missing'),
  weight: z.literal([1, 2, 3], { error: 'catalog.weight' }),
  appliesWhen: z.array(ProfileFlag).min(1).optional(),
  keywords: Keywords,
});
export type Item = z.infer<typeof Item>;

export const Domain = z.strictObject({
  id: NodeId,
  title: LocalizedText,
  description: LocalizedText,
  items: z.array(Item).min(1, 'catalog.domain-empty'),
});
export type Domain = z.infer<typeof Domain>;

export const ResultBand = z.strictObject({
  min: z.number().int(),
  max: z.number().int(),
  label: LocalizedText,
  advice: LocalizedText,
});
export type ResultBand = z.infer<typeof ResultBand>;

export const CatalogKind = z.enum(['checklist', 'quick-check']);
export type CatalogKind = z.infer<typeof CatalogKind>;

export const Catalog = z
  .strictObject({
    id: CatalogId,
    version: z.number().int().min(1),
    kind: CatalogKind,
    title: LocalizedText,
    description: LocalizedText,
    bands: z.array(ResultBand).min(1).optional(),
    /**
     * Quick check only: the points a question answered "not applicable" scores (IPA's self-check counts a
     * question about something the business does not have as done). Absent: "not applicable" is not offered
     * and, if given, scores nothing and leaves the check incomplete (as in quick-check version 1).
     */
    notApplicablePoints: z.number().int().min(0).max(4).optional(),
    domains: z.array(Domain).min(1, 'catalog.no-domains'),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Map<string, string>();
    catalog.domains.forEach((domain, d) => {
      const check = (id: string, path: (string | number)[]) => {
        const first = seen.get(id);
        if (first) ctx.addIssue({ code: 'custom', path, message: 'catalog.duplicate-id', params: { id, first } });
        else seen.set(id, formatPath(path));
      };
      check(domain.id, ['domains', d, 'id']);
      domain.items.forEach((item, i) => check(item.id, ['domains', d, 'items', i, 'id']));
    });
    if (catalog.kind === 'quick-check' && !catalog.bands) {
      ctx.addIssue({ code: 'custom', path: ['bands'], message: 'catalog.bands-required' });
    }
    if (catalog.kind !== 'quick-check' && catalog.notApplicablePoints !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['notApplicablePoints'], message: 'catalog.quick-check-only' });
    }
  });
export type Catalog = z.infer<typeof Catalog>;

export type CatalogRef = { id: string; version: number };

export function catalogItems(catalog: Catalog): Item[] {
  return catalog.domains.flatMap((domain) => domain.items);
}
