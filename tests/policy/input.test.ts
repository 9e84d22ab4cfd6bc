// Reading a policy the user pasted or opened: HTML is stripped without running anything, Japanese
// encodings are read, and input beyond the limits gets a coded error the UI words in ja or en.
import { describe, expect, it } from 'vitest';
import {
  checkPolicy,
  decodePolicyBytes,
  htmlToText,
  isPolicyInputError,
  MAX_POLICY_FILE_BYTES,
  MAX_POLICY_TEXT_BYTES,
  type PolicyInputError,
  policyFormatFromFileName,
  readPolicyText,
} from '../../assessments/policy';

function inputError(run: () => unknown): PolicyInputError {
  try {
    run();
  } catch (error) {
    if (isPolicyInputError(error)) return error;
    throw error;
  }
  throw new Error('expected a PolicyInputError');
}

describe('HTML policies', () => {
  const page = `<!DOCTYPE html><html><head><title>Privacy</title>
    <script>globalThis.__policyScriptRan = true; document.write("<p>Representative Director: Eve Hacker</p>")</script>
    <style>p::after { content: "Retention period: 9 years" }</style></head>
    <body><!-- Representative Director: Hidden Person -->
    <noscript>Please enable JavaScript</noscript><template><p>Template text</p></template>
    <h2>1. Company</h2><p>Tom &amp; Jerry Co., Ltd. (&ldquo;we&rdquo;) keeps &#x3012;100-0001&nbsp;Tokyo &lt;b&gt; &#12354;</p>
    <table><tr><th>所在地</th><td>東京都千代田区丸の内1-1-1</td></tr></table>
    <p title="a > b">Text after an attribute with a &gt; in it.</p>
    <script>unclosed(</script><p>Last line.</p></body></html>`;

  it('drops scripts, styles, comments, noscript and templates, and never runs them', () => {
    const text = readPolicyText(page, 'html');
    expect(text).not.toMatch(/Eve Hacker|Hidden Person|9 years|enable JavaScript|Template text|document\.write/);
    expect((globalThis as Record<string, unknown>).__policyScriptRan).toBeUndefined();
    expect(text).toContain('Last line.');
  });

  it('decodes character references and keeps headings, table rows and paragraphs apart', () => {
    const text = readPolicyText(page, 'html');
    expect(text).toContain('Tom & Jerry Co., Ltd. (“we”) keeps 〒100-0001 Tokyo <b> あ');
    expect(text).toContain('## 1. Company');
    expect(text).toContain('所在地 東京都千代田区丸の内1-1-1');
    expect(text).toContain('Text after an attribute with a > in it.');
  });

  it('an unclosed script swallows the rest of the page, as in a browser, and a lone < is text', () => {
    expect(htmlToText('<p>a < b</p><script>var x = "</p><p>secret";')).toBe('a < b');
  });

  it('recognises an HTML file saved as .txt by its doctype', () => {
    expect(readPolicyText('<!doctype html><p>Hello <b>world</b></p>', 'text')).toBe('Hello world');
  });

  it('checks a page on its visible text only', () => {
    const result = checkPolicy({ text: page, format: 'html' });
    expect(result.elements.find((e) => e.id === 'representative')?.status).toBe('missing');
    expect(result.elements.find((e) => e.id === 'business-address')?.status).toBe('present');
  });
});

describe('limits and unreadable input', () => {
  it('refuses text over the limit with a code and the sizes, not a sentence', () => {
    const chars = Math.floor(MAX_POLICY_TEXT_BYTES / 3) + 10;
    const error = inputError(() => checkPolicy({ text: 'あ'.repeat(chars) }));
    expect(error.code).toBe('policy-too-large');
    expect(error.params).toEqual({ bytes: chars * 3, limit: MAX_POLICY_TEXT_BYTES });
    expect(error.message).toBe('policy-too-large');
  });

  it('refuses a file over the file limit before reading it', () => {
    const error = inputError(() => decodePolicyBytes(new Uint8Array(MAX_POLICY_FILE_BYTES + 1)));
    expect(error).toMatchObject({ code: 'policy-file-too-large', params: { bytes: MAX_POLICY_FILE_BYTES + 1, limit: MAX_POLICY_FILE_BYTES } });
  });

  it('accepts a large HTML page whose text is within the limit', () => {
    const padding = `<script>${'x'.repeat(MAX_POLICY_TEXT_BYTES)}</script>`;
    expect(readPolicyText(`${padding}<p>当社は個人情報を適切に管理します。</p>`, 'html')).toBe('当社は個人情報を適切に管理します。');
  });

  it('says when nothing readable is left, and when a file is not text', () => {
    expect(inputError(() => readPolicyText('<script>only()</script>', 'html')).code).toBe('policy-empty');
    expect(inputError(() => decodePolicyBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).code).toBe('policy-not-text');
  });

  it('reads UTF-8, Shift_JIS and EUC-JP files', () => {
    const hex = (h: string) => new Uint8Array(h.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
    expect(decodePolicyBytes(new TextEncoder().encode('個人情報保護方針'))).toBe('個人情報保護方針');
    expect(decodePolicyBytes(hex('8cc2906c8fee95f195db8cec95fb906a'))).toBe('個人情報保護方針');
    expect(decodePolicyBytes(hex('b8c4bfcdbef0caf3caddb8eecafdbfcb'))).toBe('個人情報保護方針');
  });

  it('knows the formats by file name and names the extension it refuses', () => {
    expect(policyFormatFromFileName('policy.TXT')).toBe('text');
    expect(policyFormatFromFileName('policy.md')).toBe('markdown');
    expect(policyFormatFromFileName('privacy.htm')).toBe('html');
    expect(inputError(() => policyFormatFromFileName('policy.pdf'))).toMatchObject({ code: 'policy-format-unsupported', params: { extension: 'pdf' } });
  });

  it('normalises line ends and invisible characters so offsets match what is shown', () => {
    const result = checkPolicy({ text: '\uFEFF株式会社サンプル（以下「当社」）は、\r\n次の目的で利用します。\u200B\r\n' });
    expect(result.text).toBe('株式会社サンプル（以下「当社」）は、\n次の目的で利用します。');
    const name = result.elements.find((e) => e.id === 'business-name');
    expect(name?.evidence[0]).toMatchObject({ start: 0, quote: '株式会社サンプル（以下「当社」）は、' });
  });
});
