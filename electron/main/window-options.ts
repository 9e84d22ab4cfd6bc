// Creates the one Mamori window. The options are written out literally in the constructor call so that they
// can be read at a glance (and by electronegativity's static checks, which look for `new BrowserWindow`);
// the constructor is passed in, so a test can capture the options without the Electron binary.
import path from 'node:path';

export type WindowBounds = { width: number; height: number };

export function createSecureWindow<W>(
  BrowserWindow: new (options: Record<string, unknown>) => W,
  preloadDir: string,
  bounds: WindowBounds = { width: 1280, height: 860 },
): W {
  return new BrowserWindow({
    width: bounds.width,
    height: bounds.height,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Mamori',
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: path.join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  });
}
