// `npm run bench`: every benchmark, each figure on a line of its own (`bench <name> <value> <unit>`), with
// baselines and ratios measured in the same run. Figures, never pass/fail: these machines are shared.
import { benchCatalogs } from './catalogs.bench';
import { benchCli } from './cli.bench';
import { benchIpc } from './ipc.bench';
import { benchReports } from './reports.bench';
import { benchStorage } from './storage.bench';
import { benchWalkThrough } from './walk-through.bench';

console.log(`bench node.major ${process.versions.node.split('.')[0]} version`);
await benchCli();
await benchCatalogs();
await benchIpc();
await benchStorage();
await benchWalkThrough();
await benchReports();
