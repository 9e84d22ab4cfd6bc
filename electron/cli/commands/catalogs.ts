// mamori catalogs: the catalogs this Mamori offers (built-in, and a data folder's custom ones), newest
// editions by default, every edition with --all. Without --data-dir it needs nothing but the prepared
// built-in catalogs, so it loads no parser and no schema library.
import type { Catalog } from '../../../assessments/catalog/schema';
import type { CatalogSource, CatalogSummary } from '../../../assessments/catalog/summary';
import type { ParsedArgs } from '../args';
import { type CliContext, EXIT_OK, printable, printJson } from '../io';

type Listed = Pick<CatalogSummary, 'id' | 'version' | 'kind' | 'title' | 'itemCount' | 'domainCount' | 'source'>;

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const all = args.flags.has('--all');
  let list: Listed[];
  if (args.flags.has('--data-dir')) {
    const { dataDirOf, openForReadingCatalogs } = await import('../catalog-access');
    const library = openForReadingCatalogs(dataDirOf(args, context), context);
    list = all ? library.listAll() : library.list();
  } else {
    list = newestFirst(context.builtInCatalogs(), all).map((c) => summary(c, 'built-in'));
  }
  if (context.json) {
    printJson(
      context.io,
      list.map((c) => ({ id: c.id, version: c.version, kind: c.kind, title: c.title, itemCount: c.itemCount, domainCount: c.domainCount, source: c.source })),
    );
  } else {
    for (const c of list) context.io.stdout(`${c.id}\tv${c.version}\t${c.itemCount} items\t${printable(c.title.en)} / ${printable(c.title.ja)}\n`);
  }
  return EXIT_OK;
}

function newestFirst(catalogs: readonly Catalog[], all: boolean): Catalog[] {
  const newest = new Map<string, number>();
  for (const c of catalogs) newest.set(c.id, Math.max(newest.get(c.id) ?? 0, c.version));
  return catalogs.filter((c) => all || newest.get(c.id) === c.version).sort((a, b) => (a.id === b.id ? b.version - a.version : 0));
}

function summary(c: Catalog, source: CatalogSource): Listed {
  const itemCount = c.domains.reduce((n, d) => n + d.items.length, 0);
  return { id: c.id, version: c.version, kind: c.kind, title: c.title, itemCount, domainCount: c.domains.length, source };
}
