// What the app shows about a catalog without loading its items: for lists, pickers and the CLI.
import type { LocalizedText } from '../model/language';
import { type Catalog, catalogItems, type CatalogKind } from './schema';

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
    itemCount: catalogItems(catalog).length,
    source,
  };
}
