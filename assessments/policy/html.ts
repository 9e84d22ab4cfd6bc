// HTML to plain text without a DOM: a policy saved from a web page becomes the text a reader sees.
// Nothing is ever run or fetched: we only scan characters. Script, style, template and similar elements
// lose their contents, comments disappear, block elements become line breaks, table cells a space,
// headings a Markdown "#" marker of their rank, and character references are decoded. One linear pass, so a hostile page cannot make it slow.

/** Elements whose content is never text a reader sees. */
const dropped = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea', 'button']);
/** Elements that start and end a line of text. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Table cells: a label and its value stay on one line ("所在地 東京都…"). */
const cells = new Set(['td', 'th']);

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '', zwj: '',
  copy: '©', reg: '®', trade: '™', yen: '¥', euro: '€', pound: '£', cent: '¢', sect: '§', para: '¶', deg: '°',
  hellip: '…', mdash: '—', ndash: '–', minus: '−', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', sbquo: '‚', bdquo: '„', middot: '·', bull: '•', times: '×', divide: '÷', plusmn: '±', shy: '',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', check: '✓', dagger: '†', Dagger: '‡', prime: '′', Prime: '″',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});?/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // NUL, surrogates and out-of-range code points are not characters: the reader gets U+FFFD, as a browser does
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const value = namedEntities[name] ?? namedEntities[name.toLowerCase()];
    return value ?? whole;
  });
}

/** Where a tag that starts at `from` (a '<') ends: quotes in attribute values may hold '>'. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return html.length - 1;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let text = '';
  const flushText = () => {
    if (text) out.push(decodeEntities(text).replace(/[ \t\r\n\f]+/g, ' '));
    text = '';
  };
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const close = html.indexOf(']]>', lt);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (!/[a-z/!?]/i.test(next)) {
      // a lone '<' in text ("a < b") is text
      text += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    const tag = /^<\/?\s*([a-z][a-z0-9-]*)/i.exec(html.slice(lt, Math.min(end + 1, lt + 64)));
    const name = (tag?.[1] ?? '').toLowerCase();
    const closing = next === '/';
    i = end + 1;
    if (!name) continue; // <!doctype>, <?xml?> and the like
    if (!closing && dropped.has(name) && !html.slice(lt, end + 1).endsWith('/>')) {
      // skip to the matching close tag; an unclosed script swallows the rest, as in a browser
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : tagEnd(html, close) + 1;
      flushText();
      out.push('\n');
      continue;
    }
    if (/^h[1-6]$/.test(name) && !closing) {
      // a heading keeps its rank as a Markdown marker, so the outline of the page survives as text
      flushText();
      out.push(`\n${'#'.repeat(Number(name[1]))} `);
    } else if (blocks.has(name)) {
      flushText();
      out.push('\n');
    } else if (cells.has(name)) {
      flushText();
      out.push(' ');
    }
  }
  flushText();
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
