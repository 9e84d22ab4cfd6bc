// The test bridge: serves the built renderer to a real browser and implements `window.mamori` by calling
// the very same handlers, through the very same dispatcher and input validation, as Electron's main
// process — over HTTP on 127.0.0.1, against a data folder of the test's choosing.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { API_GLOBAL, channelNames } from '../../electron/ipc/channels';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { parseInProcess } from '../../electron/services/catalog-library';
import { workerCatalogParser } from '../../electron/services/workers/catalog-parser';
import { builtInCatalogs, testSession } from '../support/workspace';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The built renderer: out/renderer, or MAMORI_OUT's (see electron.vite.config.ts). */
export const rendererDir = path.join(process.env.MAMORI_OUT ? path.resolve(process.env.MAMORI_OUT) : path.join(repoRoot, 'out'), 'renderer');
export { builtInCatalogs };

export type Bridge = {
  url: string;
  close(): Promise<void>;
  openedExternally: string[];
  openedFiles: string[];
  /** Channels whose calls fail as a broken connection would (the window sees no answer from main). */
  failing: Set<string>;
};

// Evidence files of up to 50 MB travel as base64.
const MAX_BODY = 80 * 1024 * 1024;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The stand-in for the preload: one fetch-backed function per contract channel, nothing else. */
function bridgeApiScript(): string {
  return `(() => {
  const names = ${JSON.stringify(channelNames)};
  const api = {};
  for (const name of names) {
    api[name] = async (input) => {
      const body = JSON.stringify(input === undefined ? null : input);
      // keepalive, like the real IPC message, survives the page closing (a save sent as the window closes);
      // browsers allow it for small bodies only.
      const response = await fetch('/__ipc/' + name, { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: body.length < 60000 });
      return response.json();
    };
  }
  window[${JSON.stringify(API_GLOBAL)}] = Object.freeze(api);
})();`;
}

export type BridgeOptions = {
  dataDir: string;
  port?: number;
  /** Stands in for main's save dialog: the path to write an export to, or null for "cancelled". */
  chooseExportPath?: (suggestedName: string) => Promise<string | null>;
  /** Stands in for main's open dialog: the file to import, or null for "cancelled". */
  chooseImportPath?: () => Promise<string | null>;
  /** Check custom catalogs in this process instead of a worker thread. */
  catalogsInProcess?: boolean;
};

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}); run "npm run build" first`);
  }
  const session = testSession(options.dataDir, {
    program: 'the test bridge',
    // As in the app: custom catalogs are checked in a worker thread (here running the TypeScript source).
    parseCatalog: options.catalogsInProcess
      ? parseInProcess
      : workerCatalogParser(new URL('../support/ts-worker.mjs', import.meta.url), {
          workerData: { tsEntry: path.join(repoRoot, 'electron/services/workers/catalog-worker.ts') },
        }),
  });
  const openedExternally: string[] = [];
  const openedFiles: string[] = [];
  const failing = new Set<string>();
  const handlers = createHandlers({
    session,
    // Stands in for the system's "open with": records which file would have opened.
    openFile: async (file) => {
      openedFiles.push(file);
    },
    tempDir: path.join(options.dataDir, '..', `${path.basename(options.dataDir)}-opened`),
    appVersion: 'bridge',
    now: () => new Date(),
    openLink: async (url) => {
      openedExternally.push(url);
    },
    // Without these the handlers answer "No file dialog is available here", as they would in a CLI.
    chooseExportPath: options.chooseExportPath,
    chooseImportPath: options.chooseImportPath,
    // As in the app: the example ships beside the catalogs.
    examplePath: path.join(repoRoot, 'assessments/examples/sakura-mihon-2026.mamori'),
  });

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname.startsWith('/__ipc/')) {
      if (failing.has(url.pathname.slice('/__ipc/'.length))) {
        request.socket.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) request.destroy();
        else chunks.push(chunk);
      });
      request.on('end', () => {
        let input: unknown;
        try {
          input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          input = Symbol('unparseable');
        }
        void dispatch(handlers, url.pathname.slice('/__ipc/'.length), input).then((result) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(result));
        });
      });
      return;
    }
    if (url.pathname === '/__bridge/api.js') {
      response.writeHead(200, { 'content-type': types['.js'] });
      response.end(bridgeApiScript());
      return;
    }
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    let body: Buffer | string = fs.readFileSync(file);
    if (relative === 'index.html') {
      // The real preload runs before any page script; the bridge script is inserted first in <head>.
      body = body.toString('utf8').replace('<head>', '<head><script src="/__bridge/api.js"></script>');
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    openedExternally,
    openedFiles,
    failing,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          // Lets go of the data folder, as the app does when it quits.
          session.close();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
