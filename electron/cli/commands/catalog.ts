// mamori catalog <id>[@<version>]: one catalog in full — the newest edition, or the one named.
import type { Catalog } from '../../../assessments';
import { type ParsedArgs, UsageError } from '../args';
import { dataDirOf, openForReadingCatalogs } from '../catalog-access';
import { type CliContext, EXIT_OK, InvalidInput, printable, printJson } from '../io';

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const wanted = args.positionals[0] ?? '';
  const match = /^([^@]+)(?:@(\d+))?$/.exec(wanted);
  if (!match) throw new UsageError('field.bad-format');
  const [, id = '', version] = match;
  const library = openForReadingCatalogs(args.flags.has('--data-dir') ? dataDirOf(args, context) : null, context);
  if (!library.has(id)) throw new InvalidInput('cli.no-catalog', { id: printable(id) });
  const found: Catalog = version ? library.getVersion(id, Number(version)) : library.get(id);
  if (context.json) {
    printJson(context.io, found);
  } else {
    const out = context.io.stdout;
    out(`${found.id} v${found.version} — ${printable(found.title.en)} / ${printable(found.title.ja)}\n`);
    for (const domain of found.domains) {
      out(`\n${domain.id}  ${printable(domain.title.en)} / ${printable(domain.title.ja)}\n`);
      for (const item of domain.items) out(`  ${item.id}  ${printable(item.title.en)} / ${printable(item.title.ja)}\n`);
    }
  }
  return EXIT_OK;
}
