// The cost of the IPC contract's validation: a call through the dispatcher (schema check included) against
// the same handler called directly, measured in the same run; the ratio is what the contract costs.
import { dispatch } from '../electron/ipc/dispatch';
import { openCatalogLibrary } from '../electron/services/catalog-library';
import { createHandlers } from '../electron/services/handlers';
import { openSession } from '../electron/services/session';
import { dataFolder } from '../electron/services/storage/data-folder';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { report, reportTiming, time } from './harness';

export async function benchIpc(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-bench-'));
  try {
    const session = openSession(dir, { initialLanguage: 'ja' });
    const handlers = createHandlers({
      session,
      catalogs: openCatalogLibrary(path.resolve(import.meta.dirname, '../assessments/catalogs'), dataFolder(dir).catalogsDir),
      appVersion: 'bench',
      now: () => new Date(),
      openLink: async () => {},
    });
    const direct = await time(() => handlers.listCatalogs({}), 2000);
    const viaContract = await time(() => dispatch(handlers, 'listCatalogs', {}), 2000);
    reportTiming('ipc.direct_call', direct);
    reportTiming('ipc.validated_call', viaContract);
    report('ipc.validated_vs_direct.ratio', viaContract.median / direct.median, 'x');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
