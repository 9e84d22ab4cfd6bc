// Reports embed nothing but what they build: pdfmake's URL and local-file policies refuse everything, a
// definition that asks for an image, attachment or file is refused before pdfmake sees it, and text that
// looks like a path or a URL is printed, never loaded.
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { isReportError } from '../../electron/services/reports/errors';
import { engine, renderPdf } from '../../electron/services/reports/render';
import { renderReport } from '../../electron/services/reports/report';
import { pdfText, squash } from './pdf-text';
import { buildSampleModel } from './sample-model';

const base = (): TDocumentDefinitions => ({ defaultStyle: { font: 'NotoSansJP' }, content: [{ text: 'x' }] });

async function refusal(definition: TDocumentDefinitions): Promise<unknown> {
  try {
    await renderPdf(definition);
  } catch (error) {
    return error;
  }
  throw new Error('the definition was rendered');
}

describe('what a report may load', () => {
  it.each([
    ['a local file as an image', { content: [{ image: '/etc/passwd' }] }],
    ['a URL as an image', { content: [{ image: 'logo' }], images: { logo: 'https://example.com/logo.png' } }],
    ['a local file as an attachment', { content: [{ attachment: 'a' }], attachments: { a: { src: '/etc/hosts' } } }],
    ['an embedded file', { content: ['x'], files: { f: { src: '/etc/hosts' } } }],
    ['an SVG image pointing at a file', { content: [{ svg: '<svg width="10" height="10"><image href="file:///etc/passwd" width="10" height="10"/></svg>' }] }],
    ['an SVG linking to a URL', { content: [{ svg: '<svg width="10" height="10"><use href="https://example.com/x.svg#a"/></svg>' }] }],
  ])('refuses %s with a code, not a sentence', async (_name, extra) => {
    const error = await refusal({ ...base(), ...(extra as Partial<TDocumentDefinitions>) });
    expect(isReportError(error) && error.code).toBe('report-resource-denied');
  });

  it("has pdfmake's own policies refuse local files and URLs even without our check", async () => {
    const pdfmake = engine();
    const local = pdfmake.createPdf({ ...base(), content: [{ image: '/etc/passwd' }] });
    await expect(local.getBuffer()).rejects.toThrow(/denied by resource access policy/);
    const remote = pdfmake.createPdf({ ...base(), content: [{ image: 'logo' }], images: { logo: 'https://example.com/logo.png' } });
    await expect(remote.getBuffer()).rejects.toThrow(/denied by resource access policy/);
  });

  it('prints model strings that look like paths or URLs as text', async () => {
    const model = buildSampleModel({ language: 'en', size: 'small' });
    model.organisation.name = '/etc/passwd';
    model.evidence[0]!.name = 'https://example.com/logo.png';
    model.findings[0]!.items[0]!.note = 'file:///etc/hosts data:image/png;base64,AAAA';
    const { squashed } = await pdfText(await renderReport(model));
    expect(squashed).toContain('/etc/passwd');
    expect(squashed).toContain('https://example.com/logo.png');
    expect(squashed).toContain(squash('file:///etc/hosts data:image/png;base64,AAAA'));
  });
});
