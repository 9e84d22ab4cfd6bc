// The catalogs an assessment is answered against, in the order it pins them, taken from the catalogs the
// caller resolved (the library's exact versions). A pinned catalog that is not among them is left out: the
// caller decides whether that is an error (the CLI and the app refuse before they get here).
import type { Catalog } from '../catalog/schema';
import type { PinnedCatalog } from '../model/assessment';

export function pinnedCatalogs(pinned: readonly PinnedCatalog[], catalogs: readonly Catalog[]): Catalog[] {
  return pinned.flatMap((p) => catalogs.filter((c) => c.id === p.id && c.version === p.version).slice(0, 1));
}
