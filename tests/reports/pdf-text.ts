// Reading a rendered PDF back as text, page by page, for the report tests.
import { extractText, getDocumentProxy } from 'unpdf';

export type PdfText = { pages: string[]; all: string; squashed: string };

/** Whitespace removed: a phrase wrapped over two lines (or two table rows' worth of runs) still matches. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

export async function pdfText(pdf: Uint8Array): Promise<PdfText> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  const pages = text;
  const all = pages.join('\n');
  return { pages, all, squashed: squash(all) };
}
