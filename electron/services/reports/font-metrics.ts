// Advance widths of the bundled fonts, read straight from their TrueType tables (cmap, hmtx), so reports
// can break their own lines before pdfmake lays them out (see wrap.ts for why). Only what line breaking
// needs: glyph advances per code point. Kerning and ligatures only ever narrow Latin text, so a width
// measured here is never less than what pdfkit draws.
import { ReportError } from './errors';
import { loadFonts } from './fonts';

export type FontMetrics = {
  unitsPerEm: number;
  /** Advance width of a code point in font units (the missing-glyph advance when the font lacks it). */
  advance(codePoint: number): number;
};

type Tables = Map<string, { offset: number; length: number }>;

function tableDirectory(font: Buffer): Tables {
  const tables: Tables = new Map();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), { offset: font.readUInt32BE(record + 8), length: font.readUInt32BE(record + 12) });
  }
  return tables;
}

function table(tables: Tables, tag: string): number {
  const entry = tables.get(tag);
  if (!entry) throw new ReportError('report-fonts-invalid', { table: tag });
  return entry.offset;
}

/** Calls `map(codePoint, glyph)` for every mapping of the best Unicode cmap subtable (format 12, else 4). */
function readCmap(font: Buffer, cmap: number, map: (codePoint: number, glyph: number) => void): void {
  const count = font.readUInt16BE(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const sub = cmap + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(sub);
    if (format === 12 && (platform === 3 || platform === 0)) format12 = sub;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = sub;
  }
  if (format12 >= 0) {
    const groups = font.readUInt32BE(format12 + 12);
    for (let g = 0; g < groups; g += 1) {
      const at = format12 + 16 + g * 12;
      const start = font.readUInt32BE(at);
      const end = font.readUInt32BE(at + 4);
      const glyph = font.readUInt32BE(at + 8);
      for (let c = start; c <= end; c += 1) map(c, glyph + (c - start));
    }
    return;
  }
  if (format4 < 0) throw new ReportError('report-fonts-invalid', { table: 'cmap' });
  const segments = font.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = font.readUInt16BE(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = font.readUInt16BE(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map(c, glyph);
    }
  }
}

export function readMetrics(font: Buffer): FontMetrics {
  const tables = tableDirectory(font);
  const unitsPerEm = font.readUInt16BE(table(tables, 'head') + 18);
  const metricsCount = font.readUInt16BE(table(tables, 'hhea') + 34);
  const hmtx = table(tables, 'hmtx');
  const glyphAdvance = (glyph: number) => font.readUInt16BE(hmtx + Math.min(glyph, metricsCount - 1) * 4);
  const missing = glyphAdvance(0);
  // The Basic Multilingual Plane in a flat array (what nearly all text uses); other planes in a map.
  const bmp = new Uint16Array(0x10000).fill(missing);
  const astral = new Map<number, number>();
  readCmap(font, table(tables, 'cmap'), (codePoint, glyph) => {
    if (codePoint < 0x10000) bmp[codePoint] = glyphAdvance(glyph);
    else astral.set(codePoint, glyphAdvance(glyph));
  });
  return {
    unitsPerEm,
    advance: (codePoint) => (codePoint < 0x10000 ? bmp[codePoint]! : (astral.get(codePoint) ?? missing)),
  };
}

let cached: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** The metrics of both faces, read once per process. */
export function reportFontMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  if (cached) return cached;
  const fonts = loadFonts();
  cached = { regular: readMetrics(fonts.regular), bold: readMetrics(fonts.bold) };
  return cached;
}
