// Mamori's main process: the thin glue between Electron and the services. It holds the single-instance lock
// (only this process writes the data folder), opens the data folder (locked if encrypted), registers the IPC handlers and creates
// the one locked-down window.
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBuiltInCatalogs, loadBuiltInChangelogs } from '../services/catalog-sources';
import { isVettedExternalUrl } from '../services/external-links';
import { createHandlers } from '../services/handlers';
import { closeReportWorker } from '../services/reports/generate';
import { openSession, type Session } from '../services/session';
import { workerCatalogParser } from '../services/workers/catalog-parser';
import { formatProblem } from '../../assessments';
import { isUserError } from '../services/errors';
import { registerIpcHandlers } from './ipc';
import {
  denyPermission,
  denyPermissionCheck,
  handleWindowOpen,
  refuseNavigation,
  refuseWebview,
} from './security';
import { createSecureWindow, type WindowBounds } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const appUrl = rendererUrl ?? pathToFileURL(path.join(here, '../renderer/index.html')).href;

// MAMORI_DATA_DIR lets end-to-end tests run the real app against a temporary folder.
if (process.env.MAMORI_DATA_DIR) app.setPath('userData', path.resolve(process.env.MAMORI_DATA_DIR));

const windowState = new ElectronStore<{ bounds?: WindowBounds }>({
  name: 'window-state',
  clearInvalidConfig: false,
  configFileMode: 0o600,
});

let mainWindow: BrowserWindow | null = null;

/** Both languages: the window that would know the user's choice is not open yet. */
function describeStartFailure(error: unknown): string {
  if (isUserError(error)) return `${formatProblem(error.problem, 'ja')}\n\n${formatProblem(error.problem, 'en')}`;
  return error instanceof Error ? error.message : String(error);
}

/** The app's one way to the system browser: only vetted https links (see external-links.ts). */
async function openVetted(url: string): Promise<void> {
  if (!isVettedExternalUrl(url)) throw new Error(`Refused to open ${url}`);
  await shell.openExternal(url);
}

function createWindow(): void {
  mainWindow = createSecureWindow(BrowserWindow, path.join(here, '../preload'), windowState.get('bounds'));
  mainWindow.webContents.setWindowOpenHandler((details) => handleWindowOpen(details, (url) => void openVetted(url)));
  mainWindow.webContents.on('will-navigate', refuseNavigation);
  mainWindow.webContents.on('will-redirect', refuseNavigation);
  mainWindow.webContents.on('will-attach-webview', refuseWebview);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', () => {
    if (mainWindow) windowState.set('bounds', mainWindow.getBounds());
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(appUrl);
}

if (!app.requestSingleInstanceLock()) {
  // Another Mamori already owns the data folder; two writers would lose answers.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', refuseNavigation);
    contents.on('will-attach-webview', refuseWebview);
    contents.setWindowOpenHandler((details) => handleWindowOpen(details, (url) => void openVetted(url)));
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler(denyPermission);
    session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
    const language = app.getLocale().startsWith('ja') ? 'ja' : 'en';
    let dataSession: Session;
    try {
      dataSession = openSession(app.getPath('userData'), {
        initialLanguage: language,
        program: language === 'ja' ? 'Mamori アプリ' : 'the Mamori app',
        builtInCatalogs: loadBuiltInCatalogs({
          prepared: path.join(here, '../catalogs/built-in.json'),
          sources: path.join(app.getAppPath(), 'assessments/catalogs'),
        }),
        builtInChangelogs: loadBuiltInChangelogs({
          prepared: path.join(here, '../catalogs/built-in.json'),
          sources: path.join(app.getAppPath(), 'assessments/catalogs'),
        }),
        parseCatalog: workerCatalogParser(path.join(here, 'catalog-worker.js')),
      });
    } catch (error) {
      // E.g. the folder is in use by a CLI import, or its index was written by a newer Mamori: say so and
      // stop, rather than touch the data.
      dialog.showErrorBox('Mamori cannot open its data / データを開けません', describeStartFailure(error));
      app.quit();
      return;
    }
    app.on('will-quit', () => {
      dataSession.close();
      void closeReportWorker();
    });
    const handlers = createHandlers({
      session: dataSession,
      appVersion: app.getVersion(),
      now: () => new Date(),
      openLink: openVetted,
      // Evidence opens with the system's program for its type, from a private temporary copy.
      openFile: async (file) => {
        const failure = await shell.openPath(file);
        if (failure) throw new Error(failure);
      },
      tempDir: path.join(app.getPath('temp'), `mamori-${process.pid}`),
      // The save dialog for every file the app writes (an export, a report, a plan, a statement), filtered to
      // the suggested name's type.
      chooseExportPath: async (suggestedName) => {
        const extension = path.extname(suggestedName).slice(1) || 'mamori';
        const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: [{ name: extension.toUpperCase(), extensions: [extension] }] };
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      chooseImportPath: async (kind = 'mamori') => {
        const filters = kind === 'policy' ? [{ name: 'Text, Markdown, HTML', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }] : [{ name: 'Mamori', extensions: ['mamori'] }];
        const options = { properties: ['openFile' as const], filters };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      // Reports render in their own worker thread, built beside this file, so the window stays responsive.
      reportWorker: { script: path.join(here, 'report-worker.js') },
      examplePath: path.join(app.getAppPath(), 'assessments/examples/sakura-mihon-2026.mamori'),
    });
    registerIpcHandlers(handlers, {
      windowIds: () => BrowserWindow.getAllWindows().map((w) => w.webContents.id),
      appUrl,
    });
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
