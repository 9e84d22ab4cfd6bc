// The policy check's results in words, for the screen, the CLI, the exports and the audit report alike:
// what each rule that can decide an element's status means, the parts an element is made of, the statuses,
// whether a claim is backed, and the two kinds of statement gap — in Japanese and English. A test checks
// that every rule the element definitions can report has its wording here.
import type { LocalizedText } from '../model/language';
import type { Language } from '../model/language';
import type { ClaimBacking } from './claims';
import { elementDefinitions } from './element-rules';
import type { ElementStatus, PolicyElementId } from './elements';
import { safeguardGroups, type SafeguardGroupId, type StatementGapKind } from './groups';

const onRequest = {
  ja: '求めに応じて回答すると書かれている（法第32条第1項は、本人の求めに応じて遅滞なく回答することを認めている）',
  en: 'the policy says it is given on request (APPI Art. 32(1) allows answering without delay on request)',
};
const notMentionedJointUse: LocalizedText = { ja: '共同利用に触れていない', en: 'The policy does not mention joint use.' };
const jointUseMissing = (what: LocalizedText, plural = false): LocalizedText => ({ ja: `共同利用に触れているが、${what.ja}が書かれていない`, en: `Joint use is mentioned, but ${what.en} ${plural ? 'are' : 'is'} not given.` });

/** Why an element has its status, by the id of the rule (or combination) that decided it. */
export const ruleWording: Readonly<Record<string, LocalizedText>> = {
  'business-name.defined-as-the-company': { ja: '法人格を含む事業者の名称が示され、「以下『当社』」のように定義されている', en: 'The business is named with its legal form and defined as "the Company" (or "we").' },
  'business-name.defined-without-legal-form': { ja: '冒頭で名称が「以下『当社』」のように定義されている（法人格の表記はない）', en: 'A name is defined as the business at the start ("… (hereinafter the Company)"), without a legal form.' },
  'business-name.labelled': { ja: '「会社名：」などの見出しの後に、法人格を含む名称がある', en: 'A labelled line gives the company name with its legal form ("Company name: …").' },
  'business-name.named-operator': { ja: '「運営者：」などの見出しの後に、運営者の名称がある', en: 'A labelled line names the operator ("Operator: …").' },
  'business-name.signature-line': { ja: '署名のように、法人格を含む名称が単独の行にある', en: 'A name with a legal form stands on a line of its own, as in a signature.' },
  'business-name.trade-name-line': { ja: '屋号（クリニック、事務所、商店など）が署名のように単独の行にある', en: 'A trade name (a clinic, an office, a shop …) stands on a line of its own, as in a signature.' },
  'business-name.as-subject': { ja: '法人格を含む名称を主語にした文がある（「株式会社〇〇は、…」）', en: 'A sentence has the company, with its legal form, as its subject ("X Co., Ltd. respects …").' },
  'business-name.answered-on-request': { ja: `事業者の名称は${onRequest.ja}`, en: `For the business's name, ${onRequest.en}.` },
  'business-name.missing': { ja: '事業者の名称を示す文が見つからない', en: 'No sentence names the business.' },

  'business-address.postal-code': { ja: '郵便番号付きの住所がある', en: 'An address with a postal code is given.' },
  'business-address.street-address': { ja: '都道府県・市区町村・番地などの所在地がある', en: 'A street address (prefecture, city, block and number) is given.' },
  'business-address.labelled': { ja: '「所在地：」「住所：」などの見出しの後に住所がある', en: 'A labelled line gives the address ("Address: …").' },
  'business-address.answered-on-request': { ja: `住所は${onRequest.ja}`, en: `For the address, ${onRequest.en}.` },
  'business-address.missing': { ja: '事業者の住所が見つからない', en: 'No address of the business is given.' },

  'representative.not-a-corporation': { ja: '法人であることを示す表記（法人格、「当社」）がないため、代表者の氏名は求められない', en: 'Nothing shows the business is a corporation (no legal form, no "the Company"): only a corporation must name its representative.' },
  'representative.titled-name': { ja: '代表者の肩書きの後に氏名がある（「代表取締役　山田太郎」など）', en: 'A name follows a representative\'s title ("President: Taro Yamada").' },
  'representative.name-before-title': { ja: '氏名の後に代表者の肩書きがある', en: 'A name is followed by a representative\'s title ("Taro Yamada, President and CEO").' },
  'representative.name-below-title': { ja: '代表者の肩書きの次の行に氏名がある', en: 'A name stands on the line below a representative\'s title.' },
  'representative.answered-on-request': { ja: `代表者の氏名は${onRequest.ja}`, en: `For the representative's name, ${onRequest.en}.` },
  'representative.missing': { ja: '法人であるのに、代表者の氏名が見つからない', en: 'The business is a corporation, but no representative is named.' },

  'purposes.introduced-list': { ja: '利用目的を示す文がある（「以下の目的で利用します」など）', en: 'A sentence gives the purposes ("for the following purposes", "we use your information to …").' },
  'purposes.listed-under-heading': { ja: '「利用目的」の見出しの下に目的が並んでいる', en: 'Purposes are listed under a heading on the purposes of use.' },
  'purposes.missing': { ja: '利用目的が見つからない', en: 'No purposes of use are stated.' },

  'request-procedures.how-to-request': { ja: '開示等の請求について、請求の方法（窓口、書式、本人確認など）を示す文がある', en: 'A sentence on requests (disclosure, correction …) says how to make them (a desk, a form, an identity check …).' },
  'request-procedures.identity-check': { ja: '開示等の請求について、本人確認の方法を示す文がある', en: 'A sentence on requests says how the requester\'s identity is checked.' },
  'request-procedures.procedure-after-kinds': { ja: '請求の種類を示す文や見出しの次に、請求の方法が書かれている', en: 'After a sentence or heading naming the kinds of request, the next one says how to make them.' },
  'request-procedures.missing': { ja: '開示等の請求等（利用目的の通知、開示、訂正等、利用停止等）に応じる手続が見つからない', en: 'No procedure is given for requests (notification of purpose, disclosure, correction, suspension of use).' },

  'request-fees.amount-or-free': { ja: '開示等の請求について、手数料の額または無料であることが書かれている', en: 'A sentence on requests states the fee (an amount) or that there is none.' },
  'request-fees.amount-under-heading': { ja: '手数料に関する見出しの下に金額が書かれている', en: 'An amount is given under a heading on the fee for requests.' },
  'request-fees.amount-not-stated': { ja: '手数料に触れているが、その額（または無料であること）が書かれていない', en: 'A fee for requests is mentioned, but not its amount (or that there is none).' },
  'request-fees.missing': { ja: '開示等の請求の手数料について記載がない', en: 'Nothing is said about fees for requests.' },

  'safeguards.groups-described': { ja: '講じた安全管理措置が区分（組織的・人的・物理的・技術的など）ごとに書かれている', en: 'The safeguards taken are described by group (organisational, personnel, physical, technical …).' },
  'safeguards.answered-on-request': { ja: `安全管理措置は${onRequest.ja}`, en: `For the safeguards, ${onRequest.en}.` },
  'safeguards.generic-only': { ja: '「適切な安全管理措置を講じます」のような一般的な約束だけで、具体的な措置が書かれていない', en: 'Only a general promise ("we take appropriate security measures") is made: no measure of any group is described.' },
  'safeguards.missing': { ja: '保有個人データの安全管理のために講じた措置について記載がない', en: 'Nothing is said about the safeguards taken for retained personal data.' },

  'complaints.desk-named': { ja: '苦情について、申出先（窓口、連絡先、フォームなど）を示す文がある', en: 'A sentence on complaints says where to file them (a desk, contact details, a form).' },
  'complaints.inquiry-desk': { ja: '個人情報に関する問合せ窓口が示されている（苦情の申出先を兼ねる）', en: 'An inquiry desk for personal information is given (it also takes complaints).' },
  'complaints.contact-under-heading': { ja: '苦情・問合せの見出しの下に連絡先が書かれている', en: 'Contact details are given under a heading on complaints or inquiries.' },
  'complaints.missing': { ja: '苦情の申出先が見つからない', en: 'No place to file complaints is given.' },

  'accredited-organisation.none': { ja: '認定個人情報保護団体に加入していないと書かれている', en: 'The policy says the business belongs to no accredited personal information protection organisation.' },
  'accredited-organisation.not-mentioned': { ja: '認定個人情報保護団体に触れていない', en: 'The policy mentions no accredited personal information protection organisation.' },
  'accredited-organisation.named': { ja: '認定個人情報保護団体の名称が書かれている', en: 'The accredited organisation is named.' },
  'accredited-organisation.not-named': { ja: '認定個人情報保護団体に触れているが、その名称が書かれていない', en: 'An accredited organisation is mentioned, but not named.' },
  'accredited-organisation.missing': { ja: '認定個人情報保護団体に触れているが、その名称と苦情の申出先が書かれていない', en: 'An accredited organisation is mentioned, but neither its name nor its complaint desk is given.' },

  'joint-use.none': { ja: '共同利用を行わないと書かれている', en: 'The policy says personal data is not jointly used.' },
  'joint-use-fact.not-mentioned': notMentionedJointUse,
  'joint-use-fact.stated': { ja: '共同利用をする旨が書かれている', en: 'The policy states that personal data is jointly used.' },
  'joint-use-fact.conditional-only': { ja: '共同利用は「共同利用する場合は」のような仮定としてだけ書かれ、行う旨が書かれていない', en: 'Joint use is mentioned only as a possibility ("when we use data jointly …"), not stated as done.' },
  'joint-use-fact.missing': jointUseMissing({ ja: '共同利用をする旨', en: 'that it is done' }),
  'joint-use-items.not-mentioned': notMentionedJointUse,
  'joint-use-items.listed': { ja: '共同利用される個人データの項目が並んでいる', en: 'The items of personal data jointly used are listed.' },
  'joint-use-items.inline': { ja: '共同利用の文の中で個人データの項目が示されている', en: 'A sentence on joint use names the items of data.' },
  'joint-use-items.missing': jointUseMissing({ ja: '共同利用される個人データの項目', en: 'the items of data' }, true),
  'joint-use-scope.not-mentioned': notMentionedJointUse,
  'joint-use-scope.named': { ja: '共同して利用する者の範囲（グループ会社、一覧など）が示されている', en: 'The joint users are named or described (group companies, a list …).' },
  'joint-use-scope.missing': jointUseMissing({ ja: '共同して利用する者の範囲', en: 'the scope of the joint users' }),
  'joint-use-purposes.not-mentioned': notMentionedJointUse,
  'joint-use-purposes.by-reference': { ja: '共同して利用する者の利用目的が、本方針の利用目的を参照して示されている', en: 'The joint users\' purposes are given by reference to the policy\'s own purposes of use.' },
  'joint-use-purposes.stated': { ja: '共同して利用する者の利用目的が書かれている', en: 'The joint users\' purposes are stated.' },
  'joint-use-purposes.missing': jointUseMissing({ ja: '共同して利用する者の利用目的', en: 'the joint users\' purposes' }, true),
  'joint-use-responsible.not-mentioned': notMentionedJointUse,
  'joint-use-responsible.named-with-address-and-representative': { ja: '管理について責任を有する者の名称・住所・代表者が書かれている', en: 'The responsible party is named, with its address and representative.' },
  'joint-use-responsible.self': { ja: '管理について責任を有する者は自社で、自社の名称・住所・代表者が示されている', en: 'The business itself is the responsible party, and its own name, address and representative are given.' },
  'joint-use-responsible.incomplete': { ja: '管理について責任を有する者の名称はあるが、住所または代表者が書かれていない', en: 'The responsible party is named, but its address or representative is not given.' },
  'joint-use-responsible.missing': jointUseMissing({ ja: '管理について責任を有する者', en: 'the responsible party' }),

  'foreign-provision.none': { ja: '外国にある第三者には提供しないと書かれている', en: 'The policy says personal data is not provided to third parties abroad.' },
  'foreign-provision.not-mentioned': { ja: '外国にある第三者への提供に触れていない', en: 'The policy does not mention provision to third parties abroad.' },
  'foreign-provision.country-named': { ja: '提供先の国名が書かれている', en: 'The recipient\'s country is named.' },
  'foreign-provision.protection-system-described': { ja: '提供先の国の個人情報保護制度が書かれている', en: 'That country\'s personal-information protection system is described.' },
  'foreign-provision.recipient-measures-described': { ja: '提供先が講じる相当措置が書かれている', en: 'The recipient\'s measures equivalent to APPI\'s are described.' },
  'foreign-provision.no-information': { ja: '外国への提供に触れているが、国名、その国の制度、提供先の措置のいずれも書かれていない', en: 'Provision abroad is mentioned, but neither the country, its protection system nor the recipient\'s measures are given.' },
  'foreign-provision.missing': { ja: '外国への提供に触れているが、それに関する情報が書かれていない', en: 'Provision abroad is mentioned, but nothing about it is given.' },

  'cookies-external-transmission.none': { ja: 'Cookieやアクセス解析ツールを使っていないと書かれている', en: 'The policy says no cookies or analytics tools are used.' },
  'cookies-external-transmission.not-mentioned': { ja: 'Cookie、アクセス解析、外部送信に触れていない', en: 'The policy does not mention cookies, analytics or external transmission.' },
  'cookies-external-transmission.opt-out': { ja: 'オプトアウト（Cookieを拒否する方法）が書かれている', en: 'How to opt out (refuse the cookies or the transmission) is given.' },
  'cookies-external-transmission.what-recipient-purpose': { ja: '送信される情報、送信先（名称）、目的が書かれている', en: 'What is sent, to whom (by name) and why is given.' },
  'cookies-external-transmission.incomplete': { ja: 'Cookieや外部送信に触れているが、送信される情報・送信先・目的のそろった説明もオプトアウトもない', en: 'Cookies or external transmission are mentioned, but neither what is sent, to whom and why, nor an opt-out, is given in full.' },
  'cookies-external-transmission.missing': { ja: 'Cookieに触れているが、それに関する説明がない', en: 'Cookies are mentioned, but nothing about them is explained.' },

  'retention.period-stated': { ja: '保存期間（または消去する時期）が書かれている', en: 'A retention period (or when data is deleted) is stated.' },
  'retention.until-no-longer-needed': { ja: '必要な期間に限り保存し、不要になれば消去すると書かれている', en: 'Data is kept only as long as needed, then deleted.' },
  'retention.missing': { ja: '個人情報をいつまで保存するかについて記載がない', en: 'Nothing is said about how long personal data is kept.' },

  'pseudonymised-anonymised.not-mentioned': { ja: '仮名加工情報・匿名加工情報に触れていない', en: 'The policy does not mention pseudonymously or anonymously processed information.' },
  'pseudonymised-anonymised.items-or-purposes': { ja: '公表すべき事項（項目、加工・提供の方法、利用目的）が書かれている', en: 'What the law asks to publish (the items, the method or the purposes) is given.' },
  'pseudonymised-anonymised.mentioned-only': { ja: '仮名加工情報・匿名加工情報に触れているが、その項目・方法・目的が書かれていない', en: 'Pseudonymously or anonymously processed information is mentioned, but not its items, method or purposes.' },
  'pseudonymised-anonymised.missing': { ja: '仮名加工情報・匿名加工情報に触れているが、公表事項が書かれていない', en: 'Pseudonymously or anonymously processed information is mentioned, but nothing required is published.' },
};

/** The rule's wording, or its id when a rule was added without one (a test prevents that). */
export function ruleText(rule: string, language: Language): string {
  return ruleWording[rule]?.[language] ?? rule;
}

const groupNames = Object.fromEntries(safeguardGroups.map((g) => [g.id, g.name])) as Record<SafeguardGroupId, LocalizedText>;

/** The parts elements are made of: kinds of request, safeguard groups, what a recipient or cookie notice gives. */
export const partWording: Readonly<Record<string, LocalizedText>> = {
  'notification-of-purpose': { ja: '利用目的の通知', en: 'notification of purpose' },
  disclosure: { ja: '開示', en: 'disclosure' },
  correction: { ja: '訂正・追加・削除', en: 'correction, addition or deletion' },
  'suspension-of-use': { ja: '利用停止・消去・提供の停止', en: 'suspension of use, erasure or stopping provision' },
  name: { ja: '名称', en: 'name' },
  self: { ja: '自社が責任者', en: 'the business itself' },
  address: { ja: '住所', en: 'address' },
  representative: { ja: '代表者', en: 'representative' },
  country: { ja: '国名', en: 'the country' },
  'protection-system': { ja: 'その国の個人情報保護制度', en: 'that country\'s protection system' },
  'recipient-measures': { ja: '提供先の相当措置', en: 'the recipient\'s equivalent measures' },
  what: { ja: '送信される情報', en: 'what is sent' },
  recipient: { ja: '送信先', en: 'to whom' },
  purpose: { ja: '目的', en: 'why' },
  'opt-out': { ja: 'オプトアウト', en: 'opt-out' },
  ...groupNames,
};

export function partText(part: string, language: Language): string {
  return partWording[part]?.[language] ?? part;
}

/** The parts an element is checked for, so a screen can say which are missing as well as which are found. */
export const expectedParts: Partial<Record<PolicyElementId, readonly string[]>> = {
  'request-procedures': ['notification-of-purpose', 'disclosure', 'correction', 'suspension-of-use'],
  safeguards: safeguardGroups.map((g) => g.id),
  'joint-use-responsible': ['name', 'address', 'representative'],
  'foreign-provision': ['country', 'protection-system', 'recipient-measures'],
  'cookies-external-transmission': ['what', 'recipient', 'purpose', 'opt-out'],
};

/** The parts to show for an element's result: the expected ones in order, then any other found. */
export function partsOf(id: PolicyElementId, found: readonly string[] | undefined): Array<{ part: string; found: boolean }> {
  const expected = expectedParts[id];
  if (!expected && !found) return [];
  const all = [...(expected ?? []), ...(found ?? []).filter((p) => !(expected ?? []).includes(p))];
  return all.map((part) => ({ part, found: (found ?? []).includes(part) }));
}

export const statusWording: Readonly<Record<ElementStatus, LocalizedText>> = {
  present: { ja: '記載あり', en: 'Present' },
  missing: { ja: '記載なし', en: 'Missing' },
  'not-applicable': { ja: '該当なし', en: 'Not applicable' },
};

export const backingWording: Readonly<Record<ClaimBacking, LocalizedText>> = {
  backed: { ja: '回答で裏付けあり', en: 'Backed by the answers' },
  'not-backed': { ja: '記載しているが回答で裏付けられていない', en: 'Claimed but not backed' },
  unanswered: { ja: '未回答の項目あり', en: 'Items not answered yet' },
};

export const gapWording: Readonly<Record<StatementGapKind, LocalizedText>> = {
  'left-out': { ja: '回答では実施済みだが、ポリシーに書かれていない', en: 'Supported by the answers, left out of the policy' },
  'not-supported': { ja: 'ポリシーに書かれているが、回答では裏付けられていない', en: 'Described in the policy, not supported by the answers' },
};

export function groupName(group: SafeguardGroupId, language: Language): string {
  return groupNames[group][language];
}

export function elementName(id: PolicyElementId, language: Language): string {
  return elementDefinitions.find((d) => d.id === id)?.name[language] ?? id;
}

export function isRequiredElement(id: PolicyElementId): boolean {
  return elementDefinitions.find((d) => d.id === id)?.requirement !== 'expected';
}

/** Said of an element readers expect though the law does not require it (retention). */
export const expectedNote: LocalizedText = { ja: '法令上の義務ではないが、読み手が期待する事項', en: 'expected by readers, not required by law' };
