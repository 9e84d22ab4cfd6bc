// What the app shows about a catalog without loading its items: for lists, pickers and the CLI.
import type { LocalizedText } from '../model/language';
// Types only: this module is used where loading the schema library would cost more than the work itself.
import type { Catalog, CatalogKind } from './schema';

export type CatalogSource = 'built-in' | 'custom';

export type CatalogSummary = {
  id: string;
  version: number;
  kind: CatalogKind;
  title: LocalizedText;
  description: LocalizedText;
  domainCount: number;
  itemCount: number;
  source: CatalogSource;
};

export function summariseCatalog(catalog: Catalog, source: CatalogSource): CatalogSummary {
  return {
    id: catalog.id,
    version: catalog.version,
    kind: catalog.kind,
    title: catalog.title,
    description: catalog.description,
    domainCount: catalog.domains.length,
    itemCount: catalog.domains.reduce((n, d) => n + d.items.length, 0),
    source,
  };
}
