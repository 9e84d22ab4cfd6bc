// The checklist item an answer key names, in the edition the assessment pins: what answers and verdicts are
// checked against, so nothing can be stored for an item the catalog does not have.
import type { Assessment, Catalog } from '../../../assessments';
import type { CatalogLibrary } from '../catalog-library';
import { UserError } from '../errors';

export function pinnedCatalogOf(catalogs: CatalogLibrary, assessment: Assessment, key: string): Catalog {
  const [catalogId, itemId] = key.split('/') as [string, string];
  const pinned = assessment.catalogs.find((c) => c.id === catalogId);
  if (!pinned) throw new UserError('assessment.catalog-not-used', { id: assessment.id, catalog: catalogId });
  const catalog = catalogs.getVersion(pinned.id, pinned.version);
  if (!catalog.domains.some((d) => d.items.some((i) => i.id === itemId))) {
    throw new UserError('assessment.no-item', { catalog: catalogId, version: pinned.version, item: itemId });
  }
  return catalog;
}
