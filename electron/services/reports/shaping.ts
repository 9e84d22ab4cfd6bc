// Shaped text, remembered for the life of the process. pdfkit shapes each word of a report through fontkit
// (the OpenType substitution and positioning lookups) and keeps the result in a cache that belongs to one
// document, so the running app shaped every word again for every report. Shaping depends only on the font
// and the text, so the cache is made process-wide, one per face: the same runs pdfkit would have built,
// shared the way pdfkit already shares them within a document (it never changes a cached run). Bounded,
// and dropped whole when full (a report has some thousands of distinct words).
import { createRequire } from 'node:module';

type Run = object;
type EmbeddedFont = { font: { postscriptName: string }; layoutRun(text: string): Run; layoutCache?: object };
type PdfDocument = { font(source: Buffer): unknown; _font: EmbeddedFont };

const LIMIT = 100_000;
const MARK = Symbol.for('mamori.rememberShaping');

/** Makes pdfkit's cache of shaped words outlive the document (given any font file, to reach pdfkit's font class). */
export function rememberShaping(anyFont: Buffer): void {
  // The pdfkit pdfmake itself loads (resolved from pdfmake, in case a second copy is installed elsewhere).
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  const PDFDocument = fromPdfmake('pdfkit') as new (options: object) => PdfDocument;
  const probe = new PDFDocument({ autoFirstPage: false });
  probe.font(anyFont);
  const prototype = Object.getPrototypeOf(probe._font) as { layoutCached(this: EmbeddedFont, text: string): Run; [MARK]?: true };
  if (prototype[MARK]) return;
  const faces = new Map<string, Map<string, Run>>();
  prototype.layoutCached = function layoutCached(text) {
    // pdfkit turns its own cache off when a document asks it to: so do we.
    if (!this.layoutCache) return this.layoutRun(text);
    let runs = faces.get(this.font.postscriptName);
    if (!runs) faces.set(this.font.postscriptName, (runs = new Map()));
    let run = runs.get(text);
    if (!run) {
      run = this.layoutRun(text);
      if (runs.size >= LIMIT) runs.clear();
      runs.set(text, run);
    }
    return run;
  };
  prototype[MARK] = true;
}
