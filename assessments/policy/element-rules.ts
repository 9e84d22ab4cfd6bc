// The rules of the policy check, as data: for each required disclosure, the law behind it, when it
// applies, and the Japanese and English phrasings that show it is given. Written from the statutory
// requirements (APPI Arts. 27(5)(iii), 28, 32(1), 38, 41, 43, the Cabinet Order Art. 10, the
// Telecommunications Business Act Art. 27-12) and from how policies in both languages put them, not
// from any one policy. Patterns are regular-expression sources over folded text (see text.ts: NFKC,
// lower case, "（" → "(", "：" → ":", 取り扱い → 取扱, クッキー → cookie, final ー dropped).
import type { ElementDefinition } from './elements';
import {
  addressRules,
  cookies,
  cookiesDenied,
  corpEn,
  corpJa,
  corporation,
  countries,
  dataItems,
  feeAmount,
  foreignDenied,
  foreignProvision,
  jointUse,
  jointUseApplies,
  jointUseDenied,
  onRequestEn,
  onRequestJa,
  pseudonymised,
  representativeRules,
  requestKinds,
  responsible,
  selfEn,
  selfJa,
} from './element-vocabulary';

const r = String.raw;

// ---- the elements -------------------------------------------------------------------------------------
export const elementDefinitions: readonly ElementDefinition[] = [
  {
    id: 'business-name',
    name: { ja: '事業者の名称', en: 'Name of the business' },
    law: ['APPI Art. 32(1)(i)'],
    requirement: 'required',
    appliesWhen: 'always',
    present: [
      {
        id: 'business-name.defined-as-the-company',
        all: [{ ja: [r`${corpJa}[^。]{0,40}\((以下|以降)`, r`${selfJa}\s?\([^)]{0,30}${corpJa}`], en: [r`${corpEn}[^a-z0-9]{0,6}\(([^)]{0,40}(hereinafter|hereafter)|below|(the )?["'](company|we|us)|["'])`] }],
      },
      {
        // a name without a legal form, defined as the business at the start: "MountainMouth (hereinafter the "Company")"
        id: 'business-name.defined-without-legal-form',
        all: [{ ja: [r`^[^、。(]{2,30}\(以下[、,]?「?${selfJa}`], en: [r`^[^(,.;]{2,40}\((hereinafter|hereafter)[^)]{0,30}(the )?["']?(company|we|us)\b`] }],
      },
      {
        id: 'business-name.labelled',
        all: [
          { ja: [r`(会社名|社名|商号|事業者名|事業者の名称|法人名|運営会社|運営者|運営事業者|名称)\s?(:|\s)`], en: [r`(company name|corporate name|business name|trade name|name of (the )?(company|business|business operator|operator)|operator|operating company)\s?:`] },
          corporation,
        ],
      },
      {
        // an operator named after a label, a person or a trade name without a legal form ("Operator Name: Sara Azuma")
        id: 'business-name.named-operator',
        all: [
          {
            ja: [r`^(運営者(名)?|運営事業者|事業者(名|の氏名又は名称|の名称)|屋号|商号|会社名|社名)\s?:\s?\S`],
            en: [r`^(operator( name)?|business operator( name)?|name of (the )?(business )?operator|company name|trade name|name)\s?:\s?\S`],
          },
        ],
        none: { ja: [r`(担当|責任者|管理者|窓口)`], en: [r`(contact|manager|officer|person in charge)`] },
      },
      {
        id: 'business-name.signature-line',
        all: [{ ja: [r`^[^。、]{0,30}${corpJa}[^。、]{0,30}$`], en: [r`^[^,;:]{0,40}(, )?${corpEn}\.?$`, r`^${corpEn}[^,;:]{0,40}$`] }],
        // a partner named in a table row is not the business ("共同して利用する者の範囲 株式会社ブラケット")
        none: { ja: [r`(共同|委託|提供|送信|範囲|決済|運営会社)`], en: [r`(joint|outsourc|provider|recipient|payment|scope)`] },
      },
      {
        // a sole proprietor's trade name standing alone, as in a signature ("さかぐち内科クリニック")
        id: 'business-name.trade-name-line',
        all: [
          {
            ja: [r`^[^。、:]{1,30}(クリニック|医院|病院|歯科|診療所|事務所|商店|薬局|工務店|学習塾|教室|サロン|ストア|ショップ)$`],
            en: [r`^[^,.;:]{1,40}\b(clinic|office|shop|store|pharmacy|salon|studio|law firm)$`],
          },
        ],
      },
      {
        id: 'business-name.as-subject',
        all: [
          {
            ja: [r`^[^、。]{0,30}${corpJa}[^、。]{0,30}(は|では|が)[、,]`],
            en: [r`^(at )?[^,.;]{0,40}${corpEn}\.?,? (respects|recognizes|recognises|is|handles|will|shall|hereby|has|complies|protects|establishes|understands|values|collects|operates|takes)\b`],
          },
        ],
      },
    ],
    fallback: [
      {
        // "運営者の氏名等の詳細につきましては…ご請求ください" (Art. 32(1) allows answering on request)
        id: 'business-name.answered-on-request',
        all: [{ ja: [r`(氏名|名称|事業者名)(等)?[^。]{0,60}(ご請求|請求|求め|お問合せ)`, r`(氏名|名称)[^。]{0,60}${onRequestJa}`], en: [r`\bname\b[^.]{0,80}(${onRequestEn})`] }],
      },
    ],
    missing: 'business-name.missing',
  },
  {
    id: 'business-address',
    name: { ja: '事業者の住所', en: 'Address of the business' },
    law: ['APPI Art. 32(1)(i)'],
    requirement: 'required',
    appliesWhen: 'always',
    present: addressRules('business-address'),
    fallback: [
      {
        id: 'business-address.answered-on-request',
        all: [{ ja: [r`(住所|所在地)[^。]{0,60}${onRequestJa}`, r`(氏名|名称)等[^。]{0,60}(ご請求|請求|求め|お問合せ)`], en: [r`address[^.]{0,80}(${onRequestEn})`] }],
      },
    ],
    missing: 'business-address.missing',
  },
  {
    id: 'representative',
    name: { ja: '代表者の氏名（法人の場合）', en: "Representative's name (for a corporation)" },
    law: ['APPI Art. 32(1)(i)'],
    requirement: 'required',
    appliesWhen: {
      // a corporate form, or "当社/the Company" (a company is a corporation); "当院", "当店" alone may be a sole proprietor
      mentioned: [
        { id: 'representative.corporation', all: [corporation], inEvidenceOf: 'business-name' },
        { id: 'representative.the-company', all: [{ ja: [r`(当社|弊社)`], en: [r`\b(the|our) company\b`] }] },
      ],
      otherwise: 'representative.not-a-corporation',
    },
    present: representativeRules('representative'),
    fallback: [{ id: 'representative.answered-on-request', all: [{ ja: [r`代表者[^。]{0,60}${onRequestJa}`], en: [r`representative[^.]{0,80}(${onRequestEn})`] }] }],
    missing: 'representative.missing',
  },
  {
    id: 'purposes',
    name: { ja: '利用目的', en: 'Purposes of use' },
    law: ['APPI Art. 32(1)(ii)', 'APPI Art. 21(1)'],
    requirement: 'required',
    appliesWhen: 'always',
    present: [
      {
        id: 'purposes.introduced-list',
        all: [
          {
            ja: [
              r`(以下|下記|次|後記)(に掲げる|の|のとおりの)(利用)?目的`,
              r`利用目的(は|を)?[^。]{0,15}(以下|下記|次)(のとおり|の通り|に)`,
              r`利用目的\s?:`,
              r`目的(の範囲内)?で(利用|使用)(いた)?し(ます|ております|ています)`,
              r`(ため|目的)に(のみ)?(利用|使用)(いた)?し(ます|ております|ています)`,
            ],
            en: [
              r`(for|within the scope of|to the extent necessary for|necessary for) the following purposes`,
              r`following purposes`,
              r`purposes? of (use|processing)\s?(:|are|include|is)`,
              r`(use|process|utili[sz]e)[^.]{0,60}(for|to achieve) the following`,
              r`\bwe (may )?use (your |the |such )?(personal )?(information|data)[^.]{0,40} (to|for) [a-z]`,
              r`purposes? for which[^.]{0,40} used`,
            ],
          },
        ],
      },
      {
        id: 'purposes.listed-under-heading',
        all: [
          {
            ja: [r`(ため|目的|に関する|の提供|の送付|のご案内|の管理|の確認|への対応|の実施)`],
            en: [r`^(\(?\d+\)\s?)?(to|for) [a-z]+`, r`\b(to|for) (provide|send|respond|manage|improve|develop|contact|process|deliver|bill|verify|conduct|analy[sz]e)`, r`\bused (for|to) [a-z]+`],
          },
        ],
        context: [{ ja: ['利用目的'], en: [r`purposes? (of|for) (use|using|processing)`, r`use of (personal )?(information|data)`, r`how we use`] }],
      },
    ],
    missing: 'purposes.missing',
  },
  {
    id: 'request-procedures',
    name: { ja: '開示等の請求等に応じる手続', en: 'Procedures for requests (notification of purpose, disclosure, correction, suspension of use)' },
    law: ['APPI Art. 32(1)(iii)', 'APPI Art. 37'],
    requirement: 'required',
    appliesWhen: 'always',
    scope: requestKinds,
    present: [
      {
        id: 'request-procedures.how-to-request',
        all: [
          requestKinds,
          { ja: [r`(請求|求め|申出|依頼|ご要望|要求|申請)`], en: [r`\b(request|ask|apply|application|claims?|exercise|demand)`] },
          {
            ja: [r`(手続|窓口|本人(様)?確認|ご本人(様)?であること|本人であること|所定|申請書|請求書|書面|郵送|送付|提出|フォーム|連絡|問合せ|受付|メール|電話|下記|以下|ご来社)`],
            en: [r`(contact|procedure|form\b|identity|identification|verif|confirm|submit|by (mail|post|e-?mail)|in writing|below|following|desk|window|e-?mail|telephone|phone|documents?)`],
          },
        ],
      },
      {
        // how the requester is identified is one of the procedures the Cabinet Order lists (Art. 12)
        id: 'request-procedures.identity-check',
        all: [requestKinds, { ja: [r`(本人(様)?(の)?確認|ご本人(様)?であること|本人であること)`], en: [r`(identity|identification|verify (that|the) (you|requester))`] }],
      },
      {
        // the kinds of request in one sentence, how to make them in the next ("Please send your request from the form")
        id: 'request-procedures.procedure-after-kinds',
        all: [
          { ja: [r`(請求|求め|申出|ご依頼|ご要望|申請|権利(を|の)?行使)`], en: [r`\b(request|ask|apply|application|exercis)`] },
          {
            ja: [r`(窓口|本人(様)?確認|ご本人(様)?であること|本人であること|所定|申請書|請求書|書面|郵送|送付|提出|フォーム|連絡|問合せ|受付|以下|下記)`],
            en: [r`(contact|procedure|\bform\b|identity|identification|verif|submit|by (mail|post|e-?mail)|in writing|desk|window|documents?)`],
          },
        ],
        context: [requestKinds],
      },
    ],
    parts: [
      { id: 'notification-of-purpose', all: [{ ja: ['利用目的の通知'], en: [r`notif(y|ication)[^.]{0,40}purpose|purpose[^.]{0,20}notif`] }] },
      { id: 'disclosure', all: [{ ja: ['開示'], en: ['disclos'] }] },
      { id: 'correction', all: [{ ja: [r`(訂正|追加|削除)`], en: [r`(correct|amend|addition|delet)`] }] },
      { id: 'suspension-of-use', all: [{ ja: [r`(利用停止|利用の停止|消去|提供の停止)`], en: [r`(suspen|cessation|stop|ceas|eras|refus)`] }] },
    ],
    missing: 'request-procedures.missing',
  },
  {
    id: 'request-fees',
    name: { ja: '開示等の請求等の手数料', en: 'Fees for requests (or that there are none)' },
    law: ['APPI Art. 32(1)(iii)', 'APPI Art. 38'],
    requirement: 'required',
    appliesWhen: 'always',
    present: [
      {
        id: 'request-fees.amount-or-free',
        all: [
          { ja: [r`(手数料|実費|費用|料金|複写代|コピ代)`], en: [r`\b(fees?|charges?|charged|free of charge|no (fee|charge|cost)|at no (cost|charge)|without (a )?(fee|charge))\b`] },
          feeAmount,
        ],
        context: [{ ja: [r`(開示|請求|求め|利用目的の通知)`], en: [r`(disclos|request|notification)`] }],
      },
      {
        // the amount under a heading that names the fee ("手数料及びその徴収方法" / "1,000円分の郵便切手を同封")
        id: 'request-fees.amount-under-heading',
        all: [feeAmount],
        context: [{ ja: [r`(手数料|実費|費用)`], en: [r`\b(fees?|charges?)\b`] }, { ja: [r`(開示|請求|求め|利用目的の通知)`], en: [r`(disclos|request|notification)`] }],
      },
    ],
    insufficient: [
      {
        id: 'request-fees.amount-not-stated',
        all: [{ ja: ['手数料'], en: [r`\bfees?\b`] }],
        context: [{ ja: [r`(開示|利用目的の通知)`], en: [r`(disclos|notification of (the )?purpose)`] }],
      },
    ],
    missing: 'request-fees.missing',
  },
  {
    id: 'safeguards',
    name: { ja: '保有個人データの安全管理のために講じた措置', en: 'Safeguards taken for retained personal data' },
    law: ['APPI Art. 32(1)(iv)', 'Cabinet Order Art. 10(i)', 'PPC-GL 10'],
    requirement: 'required',
    appliesWhen: 'always',
    partsFrom: 'safeguard-groups',
    combinations: [
      {
        id: 'safeguards.groups-described',
        anyOf: ['basic-policy', 'handling-rules', 'organisational', 'personnel', 'physical', 'technical', 'external-environment'],
      },
    ],
    fallback: [
      {
        id: 'safeguards.answered-on-request',
        all: [{ ja: [r`(安全管理|講じた措置)[^。]{0,80}${onRequestJa}`], en: [r`(security|safeguard)[^.]{0,80}(${onRequestEn})`] }],
      },
    ],
    insufficient: [
      {
        id: 'safeguards.generic-only',
        all: [
          {
            ja: [r`安全管理(措置|のため)`, r`(漏えい|滅失|毀損|不正アクセス|紛失|破壊|改ざん)[^。]{0,40}(防止|予防|防ぐ|対策|措置)`, r`(セキュリティ|安全)対策`, r`適切な(安全)?管理`],
            en: [r`security (management )?measures`, r`safeguards`, r`(prevent|protect)[^.]{0,60}(unauthori[sz]ed access|loss|leak|destruction|alteration|falsification|damage)`, r`managed with (the utmost|due|appropriate) care`, r`appropriate (security|safety)`],
          },
        ],
      },
    ],
    missing: 'safeguards.missing',
  },
  {
    id: 'complaints',
    name: { ja: '苦情の申出先', en: 'Where to file complaints' },
    law: ['APPI Art. 32(1)(iv)', 'Cabinet Order Art. 10(ii)', 'APPI Art. 40'],
    requirement: 'required',
    appliesWhen: 'always',
    present: [
      {
        id: 'complaints.desk-named',
        all: [
          { ja: ['苦情'], en: ['complain'] },
          {
            ja: [r`(窓口|申出先|連絡先|問合せ|受付|ご連絡|下記|以下|担当|係|センタ|電話|メール|tel|e-?mail|@|フォーム|お申出)`],
            en: [r`(contact|desk|window|cent(er|re)|office|department|\bform\b|e-?mail|@|\bphone\b|\btel\b|accept|address|below|following|receive|submit|file)`],
          },
        ],
      },
      {
        id: 'complaints.inquiry-desk',
        all: [
          {
            ja: [r`(問合せ|ご相談|相談|ご質問)[^。]{0,60}(窓口|受付|連絡|下記|以下|@|電話|tel|フォーム|センタ|担当)`, r`(相談窓口|お客様窓口|お客様相談|問合せ窓口|問合せ先)`],
            en: [r`(inquir|enquir|questions?|consultation)[^.]{0,80}(please contact|contact (us|the|our)|desk|window|cent(er|re)|below|following|e-?mail|@|\bphone\b|\btel\b|\bform\b)`],
          },
        ],
        context: [{ ja: [r`(個人情報|プライバシ|本ポリシ|本方針|保有個人データ|お客様情報|顧客情報|利用者情報)`], en: [r`(personal (information|data)|privacy|this policy|customer information)`] }],
      },
      {
        id: 'complaints.contact-under-heading',
        all: [
          {
            ja: [r`(@[a-z0-9-]+\.|(電話|tel)[^。]{0,5}\d|\d{2,4}-\d{2,4}-\d{3,4}|フォーム|〒)`],
            en: [r`(@[a-z0-9-]+\.|(phone|tel)[^.]{0,5}\d|\d{2,4}-\d{2,4}-\d{3,4}|\b(inquiry|contact|web|online|request|application) form\b|\bform (below|on))`],
          },
        ],
        context: [
          { ja: [r`(苦情|問合せ|相談)`], en: [r`(complain|inquir|enquir|contact (us|point|desk|window|address|for))`] },
          { ja: [r`(個人情報|プライバシ|苦情)`], en: [r`(personal|privacy|complain)`] },
        ],
      },
    ],
    missing: 'complaints.missing',
  },
  {
    id: 'accredited-organisation',
    name: { ja: '認定個人情報保護団体の名称と苦情の解決の申出先', en: 'Accredited personal information protection organisation and its complaint desk' },
    law: ['APPI Art. 32(1)(iv)', 'Cabinet Order Art. 10(iii)'],
    requirement: 'required',
    appliesWhen: {
      mentioned: [{ id: 'accredited-organisation.mentioned', all: [{ ja: ['認定個人情報保護団体'], en: [r`(accredited|authori[sz]ed|certified) personal information protection (organi[sz]ation|bod(y|ies))`] }] }],
      denied: [
        {
          id: 'accredited-organisation.none',
          all: [
            {
              ja: [r`認定個人情報保護団体[^。]{0,30}(ありません|ございません|加入して(おり|い)ません|加盟して(おり|い)ません|所属して(おり|い)ません|対象事業者ではありません|対象事業者ではございません|該当しません)`],
              en: [r`(not (a member|a target|subject|covered)|belongs? to no|no)[^.]{0,60}accredited personal information protection`, r`accredited personal information protection[^.]{0,60}\b(none|not (a member|applicable))`],
            },
          ],
        },
      ],
      otherwise: 'accredited-organisation.not-mentioned',
    },
    scope: { ja: ['認定個人情報保護団体'], en: [r`personal information protection (organi[sz]ation|bod(y|ies))`] },
    present: [
      {
        id: 'accredited-organisation.named',
        all: [{ ja: [r`((一般|公益)(財団|社団)法人|協会|協議会|連合会|jipdec|センタ)`], en: [r`(association|foundation|council|federation|jipdec|cent(er|re)|institute)`] }],
      },
    ],
    insufficient: [{ id: 'accredited-organisation.not-named', all: [{ ja: ['認定個人情報保護団体'], en: [r`personal information protection (organi[sz]ation|bod(y|ies))`] }] }],
    missing: 'accredited-organisation.missing',
  },
  {
    id: 'joint-use-fact',
    name: { ja: '共同利用をする旨', en: 'That personal data is jointly used' },
    law: ['APPI Art. 27(5)(iii)'],
    requirement: 'required',
    appliesWhen: jointUseApplies('joint-use-fact'),
    present: [
      {
        id: 'joint-use-fact.stated',
        all: [jointUse],
        none: {
          ja: [r`(共同利用|共同して利用|共同で利用)(する|される|を行う|をする)場合(は|には|に|、|,|を除|であって|において)`, ...(jointUseDenied.ja ?? [])],
          en: [r`^(\(?\d+\)\s?)?(when|if|in (the )?case)\b[^.]{0,80}joint`, ...(jointUseDenied.en ?? [])],
        },
      },
    ],
    insufficient: [{ id: 'joint-use-fact.conditional-only', all: [jointUse] }],
    missing: 'joint-use-fact.missing',
  },
  {
    id: 'joint-use-items',
    name: { ja: '共同利用される個人データの項目', en: 'Items of personal data jointly used' },
    law: ['APPI Art. 27(5)(iii)'],
    requirement: 'required',
    appliesWhen: jointUseApplies('joint-use-items'),
    scope: jointUse,
    present: [
      {
        id: 'joint-use-items.listed',
        all: [dataItems],
        // the statutory list of what to notify ("…責任を有する者の氏名又は名称") names no data
        none: { ja: [r`(者の氏名|氏名又は名称|氏名または名称)`] },
        context: [{ ja: [r`(項目|個人データの種類|個人情報の種類)`], en: [r`(items?\b|categor|types? of (personal )?(information|data)|(information|data) (to be )?(jointly used|shared))`] }],
      },
      { id: 'joint-use-items.inline', all: [dataItems, jointUse], none: { ja: [r`(者の氏名|氏名又は名称|氏名または名称)`] } },
    ],
    missing: 'joint-use-items.missing',
  },
  {
    id: 'joint-use-scope',
    name: { ja: '共同して利用する者の範囲', en: 'Scope of the joint users' },
    law: ['APPI Art. 27(5)(iii)'],
    requirement: 'required',
    appliesWhen: jointUseApplies('joint-use-scope'),
    scope: jointUse,
    present: [
      {
        id: 'joint-use-scope.named',
        all: [
          {
            ja: [r`(グループ(会社|企業|各社)?|子会社|関連会社|関係会社|親会社|提携先|加盟店|フランチャイズ|販売代理店|特約店|${corpJa}|https?://|一覧|別表|別紙)`],
            en: [r`(group (companies|company|entities)|corporate group|subsidiar|affiliat|parent company|franchise|partner compan|member (companies|stores)|dealers|${corpEn}|https?://|listed (on|at|in|below)|list of)`],
          },
        ],
        context: [
          {
            ja: [r`(範囲|共同利用者|共同して利用する者|利用する者|共同利用先|と共同|共同利用|共同して利用|共同で利用)`],
            en: [r`(scope|joint users?|parties|with whom|shared (with|within)|within|jointly used by|use[ds]? jointly|jointly us|joint use|shared use)`],
          },
        ],
        none: { ja: [r`(目的|責任|管理者)`], en: [r`(purpose|responsib|manager)`] },
      },
    ],
    missing: 'joint-use-scope.missing',
  },
  {
    id: 'joint-use-purposes',
    name: { ja: '共同して利用する者の利用目的', en: 'Purposes of the joint users' },
    law: ['APPI Art. 27(5)(iii)'],
    requirement: 'required',
    appliesWhen: jointUseApplies('joint-use-purposes'),
    scope: jointUse,
    present: [
      {
        // by reference to the policy's own purposes ("上記「利用目的」と同様", "As stated in the purpose of use")
        id: 'joint-use-purposes.by-reference',
        all: [
          {
            ja: [r`(上記|前記|前述|第\d+条|前項|本ポリシ|本方針)[^。]{0,20}(利用目的|目的)[^。]{0,15}(と同(様|じ)|のとおり|の通り|に同じ|に記載)`],
            en: [r`(as stated|as described|same as|as set out|as listed|as specified)[^.]{0,40}(purpose|above|section|article)`],
          },
        ],
        context: [{ ja: ['目的'], en: ['purpose'] }],
      },
      {
        id: 'joint-use-purposes.stated',
        all: [{ ja: [r`(ため|目的は|目的:|ご案内|の提供|の管理|の分析|の実施|への対応)`], en: [r`\b(to|for) [a-z]+`, r`purposes?\s?:`] }],
        context: [{ ja: ['目的'], en: ['purpose'] }],
        none: {
          ja: [r`利用目的(、|及び|および|並びに)`, r`^[^。]{0,40}目的$`],
          en: [r`purposes?( of [a-z ]+)?(;|,)? (and )?(the )?(name|items|scope)`, r`^[^.]{0,60}purposes?( of (use|joint use))?:?$`],
        },
      },
    ],
    missing: 'joint-use-purposes.missing',
  },
  {
    id: 'joint-use-responsible',
    name: { ja: '管理について責任を有する者の氏名又は名称・住所・代表者', en: 'Party responsible for the jointly used data: name, address and representative' },
    law: ['APPI Art. 27(5)(iii)'],
    requirement: 'required',
    appliesWhen: jointUseApplies('joint-use-responsible'),
    scope: jointUse,
    parts: [
      { id: 'name', all: [corporation], context: [responsible] },
      {
        id: 'self',
        all: [{ ja: [selfJa], en: [selfEn] }],
        context: [responsible],
        // the statutory list of what joint use must announce is not an announcement
        none: { ja: [r`(氏名又は名称|氏名または名称)`], en: [r`name of the (party|person)`] },
        orSameAs: 'business-name',
      },
      ...addressRules('address').map((rule) => ({ ...rule, id: 'address' })),
      ...representativeRules('representative').map((rule) => ({ ...rule, id: 'representative' })),
    ],
    combinations: [
      { id: 'joint-use-responsible.named-with-address-and-representative', allOf: ['name', 'address', 'representative'] },
      { id: 'joint-use-responsible.self', allOf: ['self'], requiresElements: ['business-name', 'business-address', 'representative'] },
    ],
    insufficient: [{ id: 'joint-use-responsible.incomplete', all: [{ ja: [corpJa, selfJa], en: [corpEn, selfEn] }], context: [responsible] }],
    missing: 'joint-use-responsible.missing',
  },
  {
    id: 'foreign-provision',
    name: { ja: '外国にある第三者への提供に関する情報', en: 'Provision to third parties in foreign countries' },
    law: ['APPI Art. 28(2)', 'Enforcement Rules Art. 17'],
    requirement: 'required',
    appliesWhen: {
      mentioned: [{ id: 'foreign-provision.mentioned', all: [foreignProvision], none: foreignDenied }],
      denied: [{ id: 'foreign-provision.none', all: [foreignDenied] }],
      otherwise: 'foreign-provision.not-mentioned',
    },
    scope: { ja: [r`(外国|海外|国外|越境)`], en: [r`(foreign|abroad|overseas|outside (of )?japan|cross-border)`] },
    parts: [
      { id: 'country', all: [countries] },
      {
        id: 'protection-system',
        all: [{ ja: [r`(個人情報(の)?保護に関する制度|個人情報保護制度|個人情報保護法制|データ保護(に関する)?(制度|法))`], en: [r`(data protection|personal information protection|privacy) (system|regime|laws?|legislation|framework)s?`] }],
      },
      {
        id: 'recipient-measures',
        all: [{ ja: [r`(相当措置|基準に適合する体制|体制を整備|十分性認定|同等の水準)`], en: [r`(equivalent (action|measures)|measures (taken|implemented) by the recipient|adequacy|same level of protection|standards prescribed by|system (that )?(conforms|complies) with)`] }],
      },
    ],
    combinations: [
      { id: 'foreign-provision.country-named', anyOf: ['country'] },
      { id: 'foreign-provision.protection-system-described', anyOf: ['protection-system'] },
      { id: 'foreign-provision.recipient-measures-described', anyOf: ['recipient-measures'] },
    ],
    insufficient: [{ id: 'foreign-provision.no-information', all: [foreignProvision] }],
    missing: 'foreign-provision.missing',
  },
  {
    id: 'cookies-external-transmission',
    name: { ja: 'Cookie等による外部送信（送信される情報・送信先・目的、又はオプトアウト）', en: 'Cookies and external transmission (what is sent, to whom, why; or the opt-out)' },
    law: ['Telecommunications Business Act Art. 27-12', 'APPI Art. 31'],
    requirement: 'required',
    appliesWhen: {
      mentioned: [{ id: 'cookies-external-transmission.mentioned', all: [cookies], none: cookiesDenied, headings: false }],
      onlyDenied: [{ id: 'cookies-external-transmission.none', all: [cookiesDenied] }],
      otherwise: 'cookies-external-transmission.not-mentioned',
    },
    scope: cookies,
    parts: [
      {
        id: 'what',
        all: [
          {
            ja: [r`(cookie|閲覧履歴|アクセス履歴|アクセスログ|ipアドレス|端末(情報|識別子)|広告識別子|ブラウザ(の種類|情報)|識別子|利用履歴|行動履歴|訪問履歴|url|リファラ|位置情報|送信される(利用者)?情報)`],
            en: [r`(cookie|ip address|access logs?|browsing history|visit history|device (information|identifiers?)|identifiers?|advertising id|browser (type|information)|pages? (visited|viewed)|usage (data|information)|information (sent|transmitted|collected)|logs?\b)`],
          },
        ],
      },
      {
        id: 'recipient',
        all: [
          {
            // named: the Telecommunications Business Act asks for the recipient's name, not "a third party"
            ja: [r`(google|yahoo|meta|facebook|twitter|microsoft|amazon|\bline\b|criteo|hubspot|${corpJa}|(送信先|提供先)\s?:)`],
            en: [r`(google|yahoo|meta|facebook|twitter|microsoft|amazon|\bline\b|criteo|hubspot|${corpEn}|(recipient|sent to|provided to)\s?:)`],
          },
        ],
      },
      {
        id: 'purpose',
        all: [{ ja: [r`(目的|ため|分析|解析|計測|改善|広告|配信|統計|利便性)`], en: [r`(purpose|to (analy[sz]e|understand|measure|improve|display|deliver|show|provide|collect)|for (analy|advertis|marketing|statistic)|in order to|remarketing|advertis)`] }],
      },
      {
        id: 'opt-out',
        all: [{ ja: [r`(オプトアウト|無効(化|に)|拒否|ブラウザ(の)?設定|ブラウザ[^。]{0,10}(設定|変更)|受け入れない|受入れない|停止|アドオン|配信停止)`], en: [r`(opt[- ]?out|disable|refuse|reject|block|browser settings|turn off|add-on|decline|stop (the )?collection|delete cookies)`] }],
      },
    ],
    combinations: [
      { id: 'cookies-external-transmission.opt-out', anyOf: ['opt-out'] },
      { id: 'cookies-external-transmission.what-recipient-purpose', allOf: ['what', 'recipient', 'purpose'] },
    ],
    insufficient: [{ id: 'cookies-external-transmission.incomplete', all: [cookies] }],
    missing: 'cookies-external-transmission.missing',
  },
  {
    id: 'retention',
    name: { ja: '保存期間（又は不要になったときの消去）', en: 'Retention (a period, or deletion when no longer needed)' },
    law: ['APPI Art. 22', 'JIPDEC J.9'],
    requirement: 'expected',
    appliesWhen: 'always',
    present: [
      {
        id: 'retention.period-stated',
        all: [
          {
            ja: [
              r`(保存|保管|保有|保持)(期間|期限)`,
              r`(\d+|[一二三四五六七八九十]+)(年|か月|ヶ月|カ月|箇月|ヵ月|日)(間)?[^。]{0,10}(保存|保管|保有|保持)`,
              r`(保存|保管|保有|保持)[^。]{0,20}(\d+|[一二三四五六七八九十]+)(年|か月|ヶ月|カ月|箇月|ヵ月|日)`,
              r`(\d+|[一二三四五六七八九十]+)(年|か月|ヶ月|カ月|箇月|ヵ月|日)(以内|後|経過後)[^。]{0,30}(消去|削除|廃棄)`,
              r`(退会|解約|契約(の)?終了|アカウント(の)?削除)[^。]{0,40}(消去|削除|廃棄|破棄)`,
            ],
            en: [
              r`(retention|storage|holding) period`,
              r`period of (retention|storage)`,
              r`(retain|keep|store|hold|kept|stored|held|retained)[^.]{0,60}\b(\d+|one|two|three|five|seven|ten) (years?|months?|days?)`,
              r`how long we (keep|retain|store)`,
              r`(delet|eras|dispos|destroy|anonymi)[^.]{0,80}within \d+ (days?|months?|years?)`,
              r`within \d+ (days?|months?|years?)[^.]{0,60}(delet|eras|dispos|destroy)`,
              r`(account|contract|membership|agreement|subscription)[^.]{0,40}(cancel|delet|terminat|withdraw|end)[^.]{0,100}(discard|delet|eras|destroy)`,
            ],
          },
        ],
      },
      {
        id: 'retention.until-no-longer-needed',
        all: [
          {
            ja: [
              r`(必要|利用目的)[^。]{0,30}(なくなった|不要|達成|終了)[^。]{0,40}(消去|削除|廃棄)`,
              r`必要な(期間|範囲の期間)(に限り|のみ|内)?[^。]{0,10}(保存|保管|保有|保持)`,
              r`(保存|保管|保有|保持)[^。]{0,20}必要な期間`,
            ],
            en: [
              r`as long as (is |it is )?(necessary|needed|required)`,
              r`no longer (necessary|needed|required)[^.]{0,80}(delet|eras|dispos|destroy)`,
              r`(delet|eras|dispos|destroy)[^.]{0,80}no longer (necessary|needed|required)`,
              r`for the period (necessary|required)`,
            ],
          },
        ],
        none: { ja: [r`(請求|求め)`], en: [r`request`] },
      },
    ],
    missing: 'retention.missing',
  },
  {
    id: 'pseudonymised-anonymised',
    name: { ja: '仮名加工情報・匿名加工情報に関する公表事項', en: 'Pseudonymously or anonymously processed information: what is published' },
    law: ['APPI Art. 41(4)', 'APPI Art. 43(3)', 'APPI Art. 43(4)'],
    requirement: 'required',
    appliesWhen: { mentioned: [{ id: 'pseudonymised-anonymised.mentioned', all: [pseudonymised] }], otherwise: 'pseudonymised-anonymised.not-mentioned' },
    scope: pseudonymised,
    present: [
      {
        id: 'pseudonymised-anonymised.items-or-purposes',
        all: [{ ja: [r`(項目|加工(の)?方法|提供の方法|利用目的)`], en: [r`(items?\b|categor|method|purposes?)`] }],
      },
    ],
    insufficient: [{ id: 'pseudonymised-anonymised.mentioned-only', all: [pseudonymised] }],
    missing: 'pseudonymised-anonymised.missing',
  },
];
