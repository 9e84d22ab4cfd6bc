// A real data folder on a temporary path, opened the way the app opens it (folder lock included), with the
// handlers main would register. Close it (`t.close()`) before opening the same folder again.
import path from 'node:path';
import type { Catalog, CatalogChangelog } from '../../assessments';
import { loadCatalogSources, loadChangelogSources } from '../../electron/services/catalog-sources';
import { createHandlers, type HandlerDeps, type ReportDeps } from '../../electron/services/handlers';
import { openSession, type Session, type SessionOptions } from '../../electron/services/session';
import { tempDir } from './temp';

export const builtInCatalogsDir = path.resolve(import.meta.dirname, '../../assessments/catalogs');
export const preparedCatalogsFile = path.resolve(import.meta.dirname, '../../out/catalogs/built-in.json');

let builtIns: Catalog[] | null = null;
/** The built-in catalogs, read and checked from their sources once per test file. */
export function builtInCatalogs(): Catalog[] {
  builtIns ??= loadCatalogSources(builtInCatalogsDir);
  return builtIns;
}

let changelogs: CatalogChangelog[] | null = null;
/** The built-in catalogs' changelogs, read and checked from their sources once per test file. */
export function builtInChangelogs(): CatalogChangelog[] {
  changelogs ??= loadChangelogSources(builtInCatalogsDir);
  return changelogs;
}

const open = new Map<string, Session>();

/**
 * Opens the folder as the app does. A test that opens a folder again is a restart: the earlier session on it
 * (in this process) is closed first, as the app lets go of the folder when it quits.
 */
export function testSession(dataDir: string, options: Partial<SessionOptions> & { keepOthers?: boolean } = {}) {
  const { keepOthers, ...rest } = options;
  if (!keepOthers) open.get(dataDir)?.close();
  const session = openSession(dataDir, { initialLanguage: 'ja', builtInCatalogs: builtInCatalogs(), builtInChangelogs: builtInChangelogs(), program: 'a test', ...rest });
  open.set(dataDir, session);
  return session;
}

export function testHandlers(dataDir = tempDir(), extra: Partial<Pick<HandlerDeps, 'chooseExportPath' | 'chooseImportPath' | 'openFile'>> & ReportDeps = {}) {
  const session = testSession(dataDir);
  const opened: string[] = [];
  let tick = Date.parse('2026-04-01T09:00:00Z');
  const handlers = createHandlers({
    session,
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
    catalogs: session.catalogs,
    /** The open workspace (throws while an encrypted folder is locked). */
    get workspace() {
      return session.workspace();
    },
    /** Lets go of the folder, as the app does when it quits. */
    close: () => session.close(),
  };
}
