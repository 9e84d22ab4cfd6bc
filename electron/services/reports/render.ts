// Turns a pdfmake document definition into PDF bytes, locked down and reproducible:
// - pdfmake's URL and local-file policies refuse everything: the bundled fonts are handed to pdfmake as
//   bytes, so no definition can embed a file from this computer or fetch anything. On top of that, a
//   definition that asks for an image, an attachment or an embedded file, or carries an SVG that links to
//   anything, is refused before pdfmake sees it. Reports are text, tables and our own chart SVGs only.
// - The PDF's dates come from the definition's `info` (the report date) and pdfkit derives the document ID
//   from them, font subsets are named from their order of use: the same definition gives the same bytes.
// - Lines are broken here, before layout (prewrap.ts), which makes a Japanese report several times faster.
// - Fonts are read once per process and registered once; pdfmake is a process-wide singleton, configured
//   here and nowhere else.
// - Shaped text is remembered across reports (shaping.ts): pdfkit keeps its cache of shaped words per
//   document, so without it every report in the running app shaped every word again.
import { createRequire } from 'node:module';
import type * as Pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { ReportError } from './errors';
import { reportFontMetrics } from './font-metrics';
import { FONT_FACES, FONT_FAMILY, loadFonts } from './fonts';
import { prewrapDefinition } from './prewrap';
import { rememberShaping } from './shaping';

/** How far a rendering has got: `fraction` runs from 0 to 1 over the whole job. */
export type RenderProgress = { phase: 'prepare' | 'layout' | 'render' | 'write' | 'done'; fraction: number };
export type RenderOptions = { onProgress?: (progress: RenderProgress) => void };

type VirtualFs = { writeFileSync(name: string, content: Buffer): void };
type PdfmakeEngine = typeof Pdfmake & { virtualfs: VirtualFs };

let configured: PdfmakeEngine | undefined;

/** pdfmake, with our fonts and access policies, set up on first use (exported for the policy's own test). */
export function engine(): PdfmakeEngine {
  if (configured) return configured;
  const fonts = loadFonts();
  // pdfmake 0.3 is CommonJS whose export is an instance; require keeps its methods bound the same way in
  // Node, tsx, vitest and the bundled main process.
  const pdfmake: PdfmakeEngine = createRequire(import.meta.url)('pdfmake');
  // The fonts' bytes go into pdfmake's in-memory file system under their PostScript names. Text reads
  // them from memory; chart SVGs, whose text pdfkit opens by that same name, find the face already loaded
  // under it (pdfkit keeps each font by PostScript name) instead of reading and parsing 5 MB again for
  // every label. The cover's title and body text load both faces before any chart is drawn.
  pdfmake.virtualfs.writeFileSync(FONT_FACES.regular, fonts.regular);
  pdfmake.virtualfs.writeFileSync(FONT_FACES.bold, fonts.bold);
  pdfmake.setFonts({
    // No italic face ships with the package: italics fall back to the upright faces.
    [FONT_FAMILY]: { normal: FONT_FACES.regular, bold: FONT_FACES.bold, italics: FONT_FACES.regular, bolditalics: FONT_FACES.bold },
  });
  // Nothing is fetched and no file is read: the only files a report uses are the fonts, already in memory.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  rememberShaping(fonts.regular);
  configured = pdfmake;
  return pdfmake;
}

const forbiddenKeys = ['image', 'attachment', 'images', 'attachments', 'files'] as const;

/** An SVG may draw, but not reach out: no <image>, no external href, no url(...) other than #fragment. */
function svgIsSelfContained(svg: string): boolean {
  if (/<image\b/i.test(svg) || /<use\b[^>]*href\s*=\s*["'](?!#)/i.test(svg)) return false;
  if (/url\(\s*['"]?(?!#)/i.test(svg)) return false;
  return !/(?:xlink:)?href\s*=\s*["'](?!#)/i.test(svg);
}

/** Refuses a definition that would make pdfmake load anything the report did not build itself. */
export function assertSelfContained(node: unknown, seen = new Set<unknown>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const child of node) assertSelfContained(child, seen);
    return;
  }
  for (const key of forbiddenKeys) {
    if (key in node) {
      const value: unknown = Reflect.get(node, key);
      if (value !== undefined && !(key.endsWith('s') && typeof value === 'object' && value !== null && Object.keys(value).length === 0)) {
        throw new ReportError('report-resource-denied', { resource: key });
      }
    }
  }
  if ('svg' in node && typeof node.svg === 'string' && !svgIsSelfContained(node.svg)) {
    throw new ReportError('report-resource-denied', { resource: 'svg' });
  }
  for (const value of Object.values(node)) assertSelfContained(value, seen);
}

/** Phase shares of the whole job, measured on a full report: building the definition and its charts comes
 * first (prepare, up to 0.1), then layout, drawing and writing. */
const SHARE = { prepare: 0.1, layout: 0.45, render: 0.35 } as const;

/**
 * Renders a definition to PDF bytes. The definition is consumed (pdfmake annotates it while laying it
 * out): build a fresh one for every rendering.
 */
export async function renderPdf(definition: TDocumentDefinitions, options: RenderOptions = {}): Promise<Buffer> {
  assertSelfContained(definition);
  const pdfmake = engine();
  prewrapDefinition(definition, FONT_FAMILY, reportFontMetrics());
  const report = options.onProgress ?? (() => {});
  report({ phase: 'layout', fraction: SHARE.prepare });
  let last = -1;
  let laidOut = false;
  // pdfmake reads the callback when the document is created, so setting it per call is safe.
  pdfmake.setProgressCallback((done: number) => {
    if (!laidOut) {
      laidOut = true;
      report({ phase: 'render', fraction: SHARE.prepare + SHARE.layout });
    }
    const percent = Math.floor(done * 100);
    if (percent === last) return;
    last = percent;
    report({ phase: 'render', fraction: SHARE.prepare + SHARE.layout + SHARE.render * done });
  });
  try {
    const pdf = pdfmake.createPdf(definition);
    // The stream resolves once every page is drawn; getBuffer then finishes the file (font subsets, xref).
    await pdf.getStream();
    report({ phase: 'write', fraction: SHARE.prepare + SHARE.layout + SHARE.render });
    const bytes = await pdf.getBuffer();
    report({ phase: 'done', fraction: 1 });
    return bytes;
  } catch (error) {
    throw translate(error);
  } finally {
    pdfmake.setProgressCallback(() => {});
  }
}

/** pdfmake's refusals are English sentences; the user gets a code and the resource instead. */
function translate(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const denied = /Access to (?:local file|URL) denied by resource access policy: (.*)$/s.exec(error.message);
  if (denied) return new ReportError('report-resource-denied', { resource: denied[1] ?? '' });
  return error;
}
