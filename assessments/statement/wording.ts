// The statement's own words (title, opening sentence, a sentence introducing each group) and the way an
// item becomes a line of it. Written for this product: nothing here is taken from the guideline's text.
import type { Item } from '../catalog/schema';
import type { Language, LocalizedText } from '../model/language';
import type { SafeguardGroupId } from '../policy/groups';

export const statementTitle: LocalizedText = {
  ja: '保有個人データの安全管理のために講じた措置',
  en: 'Safeguards taken for retained personal data',
};

export function statementPreamble(language: Language, organisationName: string | undefined): string {
  const name = organisationName?.trim();
  if (language === 'ja') return `${name || '当社'}は、保有個人データを安全に管理するため、次の措置を講じています。`;
  return name
    ? `${name} has taken the following measures to keep the retained personal data it holds secure.`
    : 'We have taken the following measures to keep the retained personal data we hold secure.';
}

export const emptyStatement: LocalizedText = {
  ja: '「実施済み」または「代替策で実施」と回答した安全管理措置は、まだありません。',
  en: 'No safeguard has been answered Implemented or Alternative control yet.',
};

export const groupHeadings: Record<SafeguardGroupId, LocalizedText> = {
  'basic-policy': { ja: '基本方針の策定', en: 'Basic policy' },
  'handling-rules': { ja: '個人データの取扱いに係る規律の整備', en: 'Rules for handling personal data' },
  organisational: { ja: '組織的安全管理措置', en: 'Organisational safeguards' },
  personnel: { ja: '人的安全管理措置', en: 'Personnel safeguards' },
  physical: { ja: '物理的安全管理措置', en: 'Physical safeguards' },
  technical: { ja: '技術的安全管理措置', en: 'Technical safeguards' },
  'external-environment': { ja: '外的環境の把握', en: 'Understanding the external environment' },
};

export const groupIntros: Record<SafeguardGroupId, LocalizedText> = {
  'basic-policy': { ja: '基本方針について、次の取組みを行っています。', en: 'On our basic policy, we have done the following.' },
  'handling-rules': {
    ja: '個人データの取扱いに係る規律について、次の取組みを行っています。',
    en: 'On rules for handling personal data, we have done the following.',
  },
  organisational: { ja: '組織的安全管理措置として、次の措置を講じています。', en: 'As organisational safeguards, we have taken the following measures.' },
  personnel: { ja: '人的安全管理措置として、次の措置を講じています。', en: 'As personnel safeguards, we have taken the following measures.' },
  physical: { ja: '物理的安全管理措置として、次の措置を講じています。', en: 'As physical safeguards, we have taken the following measures.' },
  technical: { ja: '技術的安全管理措置として、次の措置を講じています。', en: 'As technical safeguards, we have taken the following measures.' },
  'external-environment': {
    ja: '外的環境の把握として、次の措置を講じています。',
    en: 'To understand the external environment, we have taken the following measures.',
  },
};

/**
 * An implemented item as a line of the statement. In Japanese the item's question is already a sentence
 * about the business ("…定めていますか。"): asked as a fact, it states what is done ("…定めています。").
 * English questions take too many shapes to turn around safely, so the English line is the item's title,
 * a short name of the measure under the group's introducing sentence.
 */
export function implementedLine(item: Pick<Item, 'title' | 'question'>, language: Language): string {
  if (language === 'en') return item.title.en;
  const question = item.question.ja.trim();
  const at = question.lastIndexOf('ますか');
  return at < 0 ? item.title.ja : `${question.slice(0, at)}ます${question.slice(at + 'ますか'.length)}`;
}

/** An item met by an alternative control: the measure's name and what is done instead, in the user's words. */
export function alternativeLine(item: Pick<Item, 'title'>, alternative: string, language: Language): string {
  const what = alternative.replace(/\s+/g, ' ').trim();
  if (!what) return item.title[language];
  return language === 'ja' ? `${item.title.ja}：${what}` : `${item.title.en}: ${what}`;
}
