// The built-in catalog editions and their changelogs as the tests read them: every `<id>@<version>.yaml` of
// assessments/catalogs, checked by the same loader the build uses, and the current (newest) edition of each.
import path from 'node:path';
import type { Catalog, Item } from '../../assessments';
import { type CatalogChangelog } from '../../assessments/catalog/changelog';
import { loadCatalogSources, loadChangelogSources } from '../../electron/services/catalog-sources';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const catalogDir = path.join(repoRoot, 'assessments/catalogs');

let editions: Catalog[] | null = null;
let changelogs: CatalogChangelog[] | null = null;

/** Every built-in edition, oldest first within a catalog. */
export function allEditions(): Catalog[] {
  editions ??= loadCatalogSources(catalogDir);
  return editions;
}

export function builtInChangelogs(): CatalogChangelog[] {
  changelogs ??= loadChangelogSources(catalogDir);
  return changelogs;
}

/** The newest edition of each built-in catalog: what a new assessment gets. */
export function currentEditions(): Catalog[] {
  const newest = new Map<string, Catalog>();
  for (const c of allEditions()) if ((newest.get(c.id)?.version ?? 0) < c.version) newest.set(c.id, c);
  return [...newest.values()];
}

export function edition(id: string, version: number): Catalog {
  const found = allEditions().find((c) => c.id === id && c.version === version);
  if (!found) throw new Error(`no built-in edition ${id}@${version}`);
  return found;
}

export type Text = { path: string; lang: 'ja' | 'en'; text: string };

/** Every {ja, en} text under a value, with its path; keywords only when asked (they match policy wording). */
export function texts(value: unknown, at: string, withKeywords = false, out: Text[] = []): Text[] {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'ja' in value && 'en' in value) {
    const { ja, en } = value as { ja: unknown; en: unknown };
    if (typeof ja === 'string' && typeof en === 'string') {
      out.push({ path: `${at}.ja`, lang: 'ja', text: ja }, { path: `${at}.en`, lang: 'en', text: en });
      return out;
    }
    if (Array.isArray(ja) && Array.isArray(en)) {
      if (withKeywords) {
        for (const k of ja) out.push({ path: `${at}.ja`, lang: 'ja', text: String(k) });
        for (const k of en) out.push({ path: `${at}.en`, lang: 'en', text: String(k) });
      }
      return out;
    }
  }
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${at}[${i}]`, withKeywords, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (withKeywords || k !== 'keywords') texts(v, `${at}.${k}`, withKeywords, out);
  }
  return out;
}

/** All of an item's visible text, keywords included, in one string (for "does it speak of …" checks). */
export function itemText(item: Item): string {
  return texts(item, item.id, true)
    .map((t) => t.text)
    .join('\n');
}

/** Non-empty, non-comment lines of a text fixture. */
export function fixtureLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
