// A child process for the crash test: saves answers one after another through the real handlers and prints
// "ack <n>" only after each save has returned (written, fsynced and renamed into place). The parent kills it
// with SIGKILL at a random moment.
import { defaultProfile } from '../../assessments';
import { openCatalogLibrary } from '../../electron/services/catalog-library';
import { createHandlers } from '../../electron/services/handlers';
import { openSession } from '../../electron/services/session';
import { dataFolder } from '../../electron/services/storage/data-folder';
import { builtInCatalogsDir } from '../support/workspace';

const [dataDir, countArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: save-answers <data dir> [count]');
const count = Number(countArg ?? 1000);

const session = openSession(dataDir, { initialLanguage: 'ja' });
const catalogs = openCatalogLibrary(builtInCatalogsDir, dataFolder(dataDir).catalogsDir);
const handlers = createHandlers({ session, catalogs, appVersion: 'crash-test', now: () => new Date(), openLink: async () => {} });

let [assessment] = await handlers.listAssessments({});
if (!assessment) {
  const org = await handlers.createOrganisation({ name: 'Crash test' });
  assessment = await handlers.createAssessment({ organisationId: org.id, title: 'Crash test', catalogIds: ['appi-safeguards', 'pms-controls'], profile: defaultProfile });
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
}
process.stdout.write('done\n');
