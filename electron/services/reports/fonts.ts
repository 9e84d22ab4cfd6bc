// The fonts every report embeds: Noto Sans JP (regular and bold, OFL) from the
// @expo-google-fonts/noto-sans-jp package, found through Node's module resolution so the same code works
// from node_modules in development, in tests and inside the packaged app. Each file is read once per
// process (about 5 MB each) and kept; pdfkit embeds only the glyphs a document uses (a subset).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ReportError } from './errors';

/** The family name documents and chart SVGs use; pdfmake maps it to the files below. */
export const FONT_FAMILY = 'NotoSansJP';

/** The faces' PostScript names: how pdfmake and pdfkit refer to them once loaded. */
export const FONT_FACES = { regular: 'NotoSansJP-Regular', bold: 'NotoSansJP-Bold' } as const;

export type ReportFontFiles = { regular: string; bold: string };
export type ReportFonts = { files: ReportFontFiles; regular: Buffer; bold: Buffer };

let cached: ReportFonts | undefined;

/** Where the two TTF files are. Throws `report-fonts-missing` when the package is not installed. */
export function locateFonts(): ReportFontFiles {
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = path.dirname(require.resolve('@expo-google-fonts/noto-sans-jp/package.json'));
  } catch {
    throw new ReportError('report-fonts-missing', { path: '@expo-google-fonts/noto-sans-jp' });
  }
  return {
    regular: path.join(root, '400Regular', 'NotoSansJP_400Regular.ttf'),
    bold: path.join(root, '700Bold', 'NotoSansJP_700Bold.ttf'),
  };
}

/** The font files' bytes, read on first use and kept for the life of the process. */
export function loadFonts(): ReportFonts {
  if (cached) return cached;
  const files = locateFonts();
  const read = (file: string): Buffer => {
    // In the packaged app the font package may be unpacked beside the asar archive (asarUnpack), where a
    // worker thread without Electron's asar support can still read it.
    for (const candidate of [file, file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')]) {
      try {
        return fs.readFileSync(candidate);
      } catch {
        // try the next place
      }
    }
    throw new ReportError('report-fonts-missing', { path: file });
  };
  cached = { files, regular: read(files.regular), bold: read(files.bold) };
  return cached;
}
