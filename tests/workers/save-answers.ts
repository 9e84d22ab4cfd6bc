// A child process for the crash test: saves answers one after another through the real handlers and prints
// "ack <n>" only after each save has returned (written, fsynced and renamed into place). The parent kills it
// with SIGKILL at a random moment.
import { createHandlers } from '../../electron/services/handlers';
import { testSession } from '../support/workspace';
import { details, newAssessment } from '../support/profiles';

const [dataDir, countArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: save-answers <data dir> [count]');
const count = Number(countArg ?? 1000);
const pauseMs = Number(process.env.MAMORI_SAVE_PAUSE_MS ?? 0);

// A refused writer says why on stderr and exits 1, as every Mamori writer does when another holds the folder.
let session: ReturnType<typeof testSession>;
try {
  session = testSession(dataDir, { program: process.env.MAMORI_PROGRAM ?? 'the crash test' });
} catch (error) {
  process.stderr.write(`refused: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const { catalogs } = session;
const handlers = createHandlers({ session, appVersion: 'crash-test', now: () => new Date(), openLink: async () => {} });

// Its own assessment: the folder may hold others (imported while this worker was not running).
let assessment = (await handlers.listAssessments({})).find((a) => a.title === 'Crash test');
if (!assessment) {
  const org = await handlers.createOrganisation(details('Crash test'));
  assessment = await handlers.createAssessment(newAssessment(org.id, 'Crash test', ['appi-safeguards', 'pms-controls']));
}
const keys = catalogs
  .list()
  .filter((c) => c.id === 'appi-safeguards' || c.id === 'pms-controls')
  .flatMap((c) => catalogs.get(c.id).domains.flatMap((d) => d.items.map((i) => `${c.id}/${i.id}`)));
process.stdout.write(`ready ${assessment.id}\n`);
for (let n = 0; n < count; n += 1) {
  const key = keys[n % keys.length]!;
  await handlers.saveAnswer({
    assessmentId: assessment.id,
    key: key as `${string}/${string}`,
    answer: { status: n % 3 === 0 ? 'implemented' : 'partial', note: `save ${n}`, reason: '', alternative: '', flagged: false, evidence: [] },
  });
  process.stdout.write(`ack ${n} ${key}\n`);
  // A slower saver, holding the folder longer (the concurrency test's "import while saving" rounds).
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
}
process.stdout.write('done\n');
session.close();
