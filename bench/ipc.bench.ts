// The cost of the IPC contract's validation: a call through the dispatcher (schema check included) against
// the same handler called directly, measured in the same run; the ratio is what the contract costs.
import { dispatch } from '../electron/ipc/dispatch';
import { createHandlers } from '../electron/services/handlers';
import { openSession } from '../electron/services/session';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtInCatalogs, report, reportTiming, time } from './harness';

export async function benchIpc(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-bench-'));
  try {
    const session = openSession(dir, { initialLanguage: 'ja', builtInCatalogs: builtInCatalogs(), program: 'the benchmark' });
    const handlers = createHandlers({
      session,
      appVersion: 'bench',
      now: () => new Date(),
      openLink: async () => {},
    });
    const direct = await time(() => handlers.listCatalogs({}), 2000);
    const viaContract = await time(() => dispatch(handlers, 'listCatalogs', {}), 2000);
    reportTiming('ipc.direct_call', direct);
    reportTiming('ipc.validated_call', viaContract);
    report('ipc.validated_vs_direct.ratio', viaContract.median / direct.median, 'x');
    session.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
