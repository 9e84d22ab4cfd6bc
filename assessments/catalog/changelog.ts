// A built-in catalog's changelog (assessments/catalogs/<id>.changelog.yaml): what changed in each version and
// why, in both languages, with the sources consulted. Shipped with the app and shown before an assessment moves
// to a newer edition, so the user reads the reasons before anything changes.
import { parse } from 'yaml';
import { z } from 'zod';
import { LocalizedText } from '../model/language';
import { CatalogId, NodeId } from './schema';

export const ChangelogChange = z.strictObject({
  /** The item (or domain) ids the change concerns, in the edition it describes or the one before. */
  items: z.array(NodeId).min(1),
  ja: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type ChangelogChange = z.infer<typeof ChangelogChange>;

export const ChangelogVersion = z.strictObject({
  version: z.number().int().min(1),
  date: z.iso.date(),
  summary: LocalizedText,
  changes: z.array(ChangelogChange),
  /** The public texts consulted for this version, as a reader would look them up. */
  sources: z.array(z.string().trim().min(1)),
});
export type ChangelogVersion = z.infer<typeof ChangelogVersion>;

export const CatalogChangelog = z
  .strictObject({ catalog: CatalogId, versions: z.array(ChangelogVersion).min(1) })
  .refine((log) => log.versions.every((v, i) => v.version === i + 1), { message: 'changelog.versions-in-order', path: ['versions'] });
export type CatalogChangelog = z.infer<typeof CatalogChangelog>;

/** Reads a changelog file; throws with the file name and the first problem (a build-time check). */
export function parseChangelogText(text: string, file: string): CatalogChangelog {
  const result = CatalogChangelog.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`Changelog ${file} is invalid at ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** The versions after `from`, up to and including `to`: what a move between the two editions brings. */
export function changesBetween(log: CatalogChangelog | undefined, from: number, to: number): ChangelogVersion[] {
  return (log?.versions ?? []).filter((v) => v.version > from && v.version <= to);
}
