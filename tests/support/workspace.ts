// A real workspace on a temporary folder, with the handlers main would register.
import path from 'node:path';
import { openCatalogLibrary } from '../../electron/services/catalog-library';
import { createHandlers, type HandlerDeps } from '../../electron/services/handlers';
import { openSession } from '../../electron/services/session';
import { dataFolder } from '../../electron/services/storage/data-folder';
import { tempDir } from './temp';

export const builtInCatalogsDir = path.resolve(import.meta.dirname, '../../assessments/catalogs');

export function testHandlers(dataDir = tempDir(), extra: Partial<Pick<HandlerDeps, 'chooseExportPath' | 'chooseImportPath'>> = {}) {
  const session = openSession(dataDir, { initialLanguage: 'ja' });
  const opened: string[] = [];
  let tick = Date.parse('2026-04-01T09:00:00Z');
  const catalogs = openCatalogLibrary(builtInCatalogsDir, dataFolder(dataDir).catalogsDir);
  const handlers = createHandlers({
    session,
    catalogs,
    appVersion: '0.0.0-test',
    now: () => new Date((tick += 1000)),
    openLink: async (url) => {
      opened.push(url);
    },
    ...extra,
  });
  return {
    dataDir,
    session,
    handlers,
    opened,
    catalogs,
    /** The open workspace (throws while an encrypted folder is locked). */
    get workspace() {
      return session.workspace();
    },
  };
}
