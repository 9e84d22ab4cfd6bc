// What every group of IPC handlers shares: the session (data folder, catalogs), the clock, and the few
// things only the host can do (open a link or a file, show a file dialog), passed in by main, the test
// bridge or the CLI.
import type { Session } from '../session';

export type HandlerDeps = {
  session: Session;
  appVersion: string;
  now: () => Date;
  random?: () => number;
  openLink: (url: string) => Promise<void>;
  /** Opens a file with the system's default program (evidence); absent where there is no desktop. */
  openFile?: (file: string) => Promise<void>;
  /** A folder for temporary copies of evidence opened with another program. */
  tempDir?: string;
  /** Asks the user where to save an export (a dialog in the app); null when cancelled. */
  chooseExportPath?: (suggestedName: string) => Promise<string | null>;
  /** Asks the user which file to open: a .mamori export (the default) or a privacy policy; null when cancelled. */
  chooseImportPath?: (kind?: 'mamori' | 'policy') => Promise<string | null>;
};

export type HandlerContext = HandlerDeps & {
  random: () => number;
  timestamp: () => string;
};

export function handlerContext(deps: HandlerDeps): HandlerContext {
  return { ...deps, random: deps.random ?? Math.random, timestamp: () => deps.now().toISOString() };
}
