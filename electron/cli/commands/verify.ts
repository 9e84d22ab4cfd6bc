// mamori verify <file.mamori>: recomputes the content hash of a signed-off assessment in an export file
// (assessments/audit/canonical.ts, docs/audit-signoff.md) and says whether it is what was signed. Intact:
// exit 0 with the hash and the names. Changed: exit 1 with the hash signed, the hash now, and what changed —
// each item by id and title (in the catalog edition the file pins) and which part of it. Never signed: exit 1
// and how to sign. A file that is not an export, is damaged or carries altered evidence is refused by the
// import's own checks, with the import's messages.
import fs from 'node:fs';
import path from 'node:path';
import { type Catalog, checkSeal, type ContentChange, type ExportDocument, type Problem, problem, type SignOff } from '../../../assessments';
import { readExportFile } from '../../services/exchange/import-file';
import type { ParsedArgs } from '../args';
import { openForReadingCatalogs } from '../catalog-access';
import { secretFrom } from '../data-folder';
import { type CliContext, EXIT_INVALID, EXIT_OK, InvalidInput, printable, printJson } from '../io';

type ItemTitle = (key: string) => string | null;

/** Item titles in the user's language, from the editions the file pins: built-in from this app, custom from the file. */
function titlesOf(doc: ExportDocument, context: CliContext): ItemTitle {
  const library = openForReadingCatalogs(null, context);
  const catalogs = new Map<string, Catalog>();
  for (const pinned of doc.assessment.catalogs) {
    const carried = doc.catalogs.find((c) => c.id === pinned.id && c.version === pinned.version && c.source === 'custom')?.catalog;
    try {
      catalogs.set(pinned.id, carried ?? library.getVersion(pinned.id, pinned.version));
    } catch {
      // An edition this app does not have: the check does not need it, the items are named by id alone.
    }
  }
  return (key) => {
    const [catalogId = '', itemId = ''] = key.split('/');
    const item = catalogs.get(catalogId)?.domains.flatMap((d) => d.items).find((i) => i.id === itemId);
    return item ? item.title[context.language] : null;
  };
}

/** The changes as lines: one per item (its parts together), then the parts of the whole assessment. */
function changeLines(changes: readonly ContentChange[], title: ItemTitle, say: (p: Problem) => string): string[] {
  const byItem = new Map<string, Problem[]>();
  const whole: string[] = [];
  for (const change of changes) {
    const label = problem(`verify.part.${change.part}`);
    if ('key' in change) byItem.set(change.key, [...(byItem.get(change.key) ?? []), label]);
    else whole.push(say(label));
  }
  const items = [...byItem].map(([key, parts]) => {
    const name = title(key);
    return say(name === null ? problem('verify.item-change-untitled', { key, parts }) : problem('verify.item-change', { key, title: name, parts }));
  });
  // Every part matches its short hash, yet the whole does not: the hashes recorded at signing were edited.
  if (items.length === 0 && whole.length === 0) return [say(problem('verify.seal-edited'))];
  return [...items, ...whole];
}

function signer(seal: SignOff) {
  return { assessor: seal.assessor, reviewer: seal.reviewer, date: seal.date, signedAt: seal.signedAt };
}

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const { io, json, say } = context;
  const given = args.positionals[0] ?? '';
  const file = path.resolve(io.cwd, given);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InvalidInput('cli.no-such-file', { file });
  const doc = await readExportFile(file, secretFrom(args, context, '--passphrase-env'));
  const { assessment } = doc;
  const shown = printable(given);
  const subject = { id: assessment.id, title: assessment.title };
  const result = await checkSeal(assessment);

  if (result.state === 'unsigned') {
    if (json) printJson(io, { ok: false, state: 'unsigned', file, assessment: subject });
    throw new InvalidInput('verify.unsigned', { file: shown });
  }
  const seal = assessment.signOff!;
  const names = { assessor: printable(seal.assessor), reviewer: printable(seal.reviewer), date: seal.date };

  if (result.state === 'intact') {
    if (json) printJson(io, { ok: true, state: 'intact', file, assessment: subject, contentHash: result.contentHash, signOff: signer(seal) });
    else io.stdout([say(problem('verify.intact', { file: shown })), say(problem('verify.content-hash', { hash: result.contentHash })), say(problem('verify.signed-by', names)), ''].join('\n'));
    return EXIT_OK;
  }

  const title = titlesOf(doc, context);
  const lines = changeLines(result.changes, title, say).map((line) => `  ${printable(line)}`);
  if (json) {
    const changes = result.changes.map((c) => {
      if (!('key' in c)) return { part: c.part };
      const [catalogId, itemId] = c.key.split('/');
      return { part: c.part, key: c.key, catalogId, itemId, title: title(c.key) };
    });
    printJson(io, { ok: false, state: 'changed', file, assessment: subject, contentHash: result.contentHash, recomputed: result.recomputed, signOff: signer(seal), changes });
  } else {
    io.stdout(
      [
        say(problem('verify.changed', { file: shown })),
        say(problem('verify.hash-signed', { hash: result.contentHash })),
        say(problem('verify.hash-now', { hash: result.recomputed })),
        say(problem('verify.signed-by', names)),
        say(problem('verify.what-changed', { count: lines.length })),
        ...lines,
        '',
      ].join('\n'),
    );
  }
  io.stderr(`mamori verify: ${printable(say(problem('verify.changed-summary', { file: shown, count: lines.length })))}\n`);
  return EXIT_INVALID;
}
