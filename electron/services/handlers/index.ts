// The implementation of every IPC channel, grouped by what it is about. Plain Node: Electron's main process,
// the test bridge and the CLI build it the same way, each passing its own data folder, clock and host.
import type { Handlers } from '../../ipc/contract';
import { answerHandlers } from './answers';
import { assessmentHandlers } from './assessments';
import { auditHandlers } from './audit';
import { catalogHandlers } from './catalogs';
import { compareHandlers } from './compare';
import { handlerContext, type HandlerDeps } from './context';
import { editionHandlers } from './editions';
import { exchangeHandlers } from './exchange';
import { organisationHandlers } from './organisations';
import { policyHandlers } from './policy';
import { type ReportDeps, reportHandlers } from './reports';
import { settingsHandlers } from './settings';

export type { HandlerDeps, ReportDeps };

export function createHandlers(deps: HandlerDeps & ReportDeps): Handlers {
  const ctx = handlerContext(deps);
  return {
    ...settingsHandlers(ctx),
    ...organisationHandlers(ctx),
    ...assessmentHandlers(ctx),
    ...answerHandlers(ctx),
    ...auditHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...catalogHandlers(ctx),
    ...editionHandlers(ctx),
    ...policyHandlers(ctx),
    ...compareHandlers(ctx),
    ...reportHandlers({ ...ctx, ...(deps.reportWorker ? { reportWorker: deps.reportWorker } : {}), ...(deps.examplePath ? { examplePath: deps.examplePath } : {}) }),
  };
}
