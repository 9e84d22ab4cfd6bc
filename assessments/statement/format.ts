// The drafted statement as plain text (to paste into a web page editor or a document) and as Markdown.
import type { Statement } from './statement';
import { emptyStatement } from './wording';

const bullet = { ja: '・', en: '- ' } as const;

export function statementToText(statement: Statement): string {
  const out = [statement.title, '', statement.preamble, ''];
  if (statement.groups.length === 0) out.push(emptyStatement[statement.language], '');
  for (const group of statement.groups) {
    out.push(statement.language === 'ja' ? `【${group.heading}】` : group.heading, group.intro);
    for (const line of group.lines) out.push(`${bullet[statement.language]}${line.text}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Characters Markdown would read as markup, escaped so an item's or a user's text prints as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

export function statementToMarkdown(statement: Statement): string {
  const out = [`# ${escapeMarkdown(statement.title)}`, '', escapeMarkdown(statement.preamble), ''];
  if (statement.groups.length === 0) out.push(escapeMarkdown(emptyStatement[statement.language]), '');
  for (const group of statement.groups) {
    out.push(`## ${escapeMarkdown(group.heading)}`, '', escapeMarkdown(group.intro), '');
    for (const line of group.lines) out.push(`- ${escapeMarkdown(line.text)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
