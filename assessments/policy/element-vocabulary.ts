// The phrasings several policy-check rules share — legal forms of a business name, addresses, titles of a
// representative, joint use, foreign provision, cookies — as regular-expression sources over folded text
// (see text.ts). Kept apart from element-rules.ts so each element's definition reads on its own.
import type { ElementRule } from './elements';
import type { PatternList } from './match';

const r = String.raw;

/** Legal forms that make a name a business's name. */
export const corpJa = r`(株式会社|有限会社|合同会社|合資会社|合名会社|(一般|公益)(社団|財団)法人|社会福祉法人|医療法人|学校法人|宗教法人|特定非営利活動法人|npo法人|独立行政法人|協同組合|\(株\)|\(有\)|\(同\))`;
export const corpEn = r`(\bco\.?,? ?ltd\b|\bco\.,? limited\b|\binc\b|\bincorporated\b|\bcorporation\b|\bcorp\b|\bk\.k\.|\bkabushiki kaisha\b|\bllc\b|\bg\.k\.|\bgodo kaisha\b|\bltd\b|\bplc\b|\bgmbh\b|\bpte\b)`;
/** How a policy refers to its own business. */
export const selfJa = r`(当社|弊社|当法人|当組合|当協会|当院|当事務所|当店|当行|当金庫)`;
export const selfEn = r`(the company|our company|\bwe\b|\bus\b)`;
export const prefectures = r`(北海道|東京都|京都府|大阪府|(青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)`;
export const placeEn = r`(-ku\b|-shi\b|-cho\b|-machi\b|-gun\b|\bward\b|\bcity\b|\bprefecture\b|\btokyo\b|\bosaka\b|\bjapan\b)`;

export const corporation: PatternList = { ja: [corpJa], en: [corpEn] };

export const addressRules = (prefix: string): ElementRule[] => [
  { id: `${prefix}.postal-code`, all: [{ ja: [r`〒\s?\d{3}-?\d{4}`], en: [r`\b\d{3}-\d{4}\b.{0,80}${placeEn}`, r`${placeEn}.{0,80}\b\d{3}-\d{4}\b`] }] },
  {
    id: `${prefix}.street-address`,
    all: [
      {
        ja: [r`${prefectures}[^。]{0,30}\d`, r`[一-龥]{1,5}(市|区)[一-龥ぁ-んァ-ヴ]{1,12}\d+(丁目|-|番)`],
        en: [r`\d+(-\d+){1,2},? [a-z][a-z-]+(,| ).{0,60}${placeEn}`],
      },
    ],
  },
  {
    id: `${prefix}.labelled`,
    all: [{ ja: [r`(所在地|住所|本社|本店)\s?(:|\s)\s?.{0,20}\d`], en: [r`\b(address|head office|registered office|location)\s?:\s?[^@]{0,60}\d`] }],
    none: { ja: [r`メールアドレス|ipアドレス`], en: [r`(e-?mail|mail|ip) address`] },
  },
];

/** Art. 32(1) lets a business answer on request instead of publishing ("本人の求めに応じて遅滞なく回答する場合を含む"). */
export const onRequestJa = r`(求めに応じ|ご請求があれば|ご請求に応じ|請求に応じ|お問合せいただければ|ご連絡をいただきましたら)[^。]{0,30}(回答|開示|お知らせ|ご案内)`;
export const onRequestEn = r`(upon request|on request|if (you|the individual) (ask|request)s?|when requested)[^.]{0,60}(without delay|respond|disclose|provide|inform)|(respond|disclose|provide|inform)[^.]{0,40}(upon|on) request`;

export const representativeTitleJa = r`(代表取締役|代表執行役|代表理事|代表社員|取締役社長|理事長|代表者|代表)(社長|会長|専務|副社長)?(\s?(兼|&)?\s?(社長|ceo|coo|最高経営責任者|執行役員))*\s?(氏名|名)?\s?:?\s?[一-龥々ァ-ヴa-z][一-龥々ぁ-んァ-ヴa-z]{0,6}(\s[一-龥々ぁ-んァ-ヴa-z]{1,6})?(\s|$|、|,)`;
export const representativeTitleEn = r`(representative director|representative executive officer|president and (ceo|representative director)|chief executive officer|\bceo\b|\bpresident\b|\brepresentative\s?:|name of (the )?representative\s?:)[,:]?\s?(?!(of|and|the|a|an|to|is|shall|will|may|in|for|or|who|has)\b)[a-z][a-z.'-]+(\s[a-z][a-z.'-]+){1,3}`;
export const titleAtEndJa = r`(代表取締役|代表執行役|代表理事|代表社員|代表者)(社長|会長)?(\s?(兼|&)?\s?(社長|ceo|最高経営責任者))?$`;
export const titleAtEndEn = r`(representative director|representative executive officer|president( and| &) (ceo|representative director)|chief executive officer|\bceo|\bpresident)$`;
export const representativeRules = (prefix: string): ElementRule[] => [
  {
    // the name after its title on the same line, after the name ("Taro Yamada, President and CEO"), or below it
    id: `${prefix}.titled-name`,
    all: [{ ja: [representativeTitleJa], en: [representativeTitleEn] }],
    none: { ja: [r`代表(電話|番号|メール|窓口|者の|取締役の|取締役が|的|例|して)|法定代理人`], en: [r`legal representative|representative of (the )?(principal|individual|user|customer|person)`] },
  },
  {
    id: `${prefix}.name-before-title`,
    all: [{ en: [r`\b(?!(the|our|its|and|of|by)\b)[a-z][a-z.'-]+,?\s${titleAtEndEn}`] }],
  },
  {
    id: `${prefix}.name-below-title`,
    all: [{ ja: [r`^[一-龥々][一-龥々ぁ-んァ-ヴ]{0,5}\s?[一-龥々ぁ-んァ-ヴ]{1,6}$`], en: [r`^[a-z][a-z.'-]+( [a-z][a-z.'-]+){1,2}$`] }],
    context: [{ ja: [titleAtEndJa], en: [titleAtEndEn] }],
  },
];

export const jointUse: PatternList = {
  ja: [r`(共同利用|共同して利用|共同で利用|共同して使用|共同使用)`],
  en: [r`(joint(ly)? us|shared use|use[ds]? jointly|joint users?)`],
};
export const jointUseDenied: PatternList = {
  ja: [r`(共同利用|共同して利用|共同で利用)[^。]{0,10}(は|を)?(行い|行って|し|いたし)(ません|ておりません)`],
  en: [r`(do|does|will) not[^.]{0,30}joint(ly)? us|no joint use`],
};
export const jointUseApplies = (id: string) => ({
  mentioned: [{ id: 'joint-use.mentioned', all: [jointUse], none: jointUseDenied }],
  denied: [{ id: 'joint-use.none', all: [jointUseDenied] }],
  otherwise: `${id}.not-mentioned`,
});
export const dataItems: PatternList = {
  ja: [r`(氏名|名前|住所|電話番号|メールアドレス|生年月日|性別|年齢|年代|職業|勤務先|会社名|所属|部署|役職|購入履歴|購買履歴|取引履歴|利用履歴|閲覧履歴|利用状況|契約内容|顧客番号|会員番号|会員id|口座|クレジットカード|属性情報|連絡先|家族構成|相談内容|問合せ内容)`],
  en: [
    r`\b(names?(?! of)|(postal |mailing |e-?mail |mail )?address(es)?(?! of)|phone|telephone|date of birth|birth ?date|age|gender|occupation|employer|company name|department|job title|purchase history|transaction history|usage history|browsing history|contract (details|information)|customer (ids?|numbers?)|member(ship)? (ids?|numbers?)|account information|contact (details|information))\b`,
  ],
};
export const responsible: PatternList = { ja: [r`(責任を有する者|管理責任者|責任者|責任を負|責任をもって|責任を持って)`], en: [r`(responsib|\bmanager\b)`] };

export const foreignProvision: PatternList = {
  ja: [
    r`(外国|海外|国外)(にある|に所在する|に所在の|所在の|の)?(第三者|事業者|提供先|委託先|グループ会社|子会社|関連会社|企業|法人)`,
    r`(外国|海外|国外)[^。]{0,20}(移転|提供|転送|委託)`,
    r`越境移転`,
  ],
  en: [
    r`(third part(y|ies)|recipients?|contractors?|service providers?|vendors?|affiliates?|group compan(y|ies)|subsidiar(y|ies))[^.]{0,40}(in a foreign country|in foreign countries|abroad|overseas|outside (of )?japan|in other countries)`,
    r`(foreign|overseas) (third part|recipient|compan|contractor|vendor|service provider|affiliate)`,
    r`cross-border (transfer|provision)`,
    r`(transfer(red|s)?|provid(e|ed|ing)|provision|disclos(e|ed|ure)|shar(e|ed|ing)|entrust(ed)?)[^.]{0,40}(abroad|overseas|outside (of )?japan|to (a )?foreign countr)`,
  ],
};
export const foreignDenied: PatternList = {
  ja: [r`(外国|海外|国外)[^。]{0,30}(提供|移転|委託)(は|を|も)?(行わず|行っておりません|行って(い)?ません|行いません|いたしません|しません|ございません|ありません)`],
  en: [r`(do|does|will) not (transfer|provide|entrust|outsource)[^.]{0,40}(abroad|overseas|outside|foreign)`, r`\bno (transfer|provision)[^.]{0,30}(abroad|overseas|outside japan|foreign)`],
};
export const katakanaCountries = r`(?<![ァ-ヴ\u30fc])(アメリカ|イギリス|ドイツ|フランス|アイルランド|オランダ|スウェーデン|スイス|シンガポール|インド|ベトナム|タイ|フィリピン|インドネシア|マレーシア|オーストラリア|ニュージーランド|カナダ|ブラジル|メキシコ|イスラエル|ロシア)(?![ァ-ヴ\u30fc])`;
export const countries: PatternList = {
  ja: [r`(米国|合衆国|英国|欧州|欧州連合|eu|中国|中華人民共和国|香港|台湾|韓国|大韓民国)`, katakanaCountries],
  en: [
    r`\b(united states|u\.s\.a?|usa|united kingdom|uk|european union|eu|eea|germany|france|ireland|netherlands|sweden|switzerland|china|hong kong|taiwan|korea|singapore|india|vietnam|viet nam|thailand|philippines|indonesia|malaysia|australia|new zealand|canada|brazil|mexico|israel|russia)\b`,
  ],
};

export const cookies: PatternList = {
  ja: [r`(cookie|アクセス解析|googleアナリティクス|アナリティクス|ウェブビーコン|webビーコン|ビーコン|(広告|計測|解析)タグ|タグマネージャ|ピクセル|外部送信|広告配信|リターゲティング|リマーケティング|行動ターゲティング)`],
  en: [r`(cookie|web beacon|pixel tag|tracking pixel|analytics|tracking technolog|tag manager|remarketing|retargeting|interest-based advertising|behaviou?ral advertising|external transmission|\bsdks?\b)`],
};

export const cookiesDenied: PatternList = {
  ja: [r`(cookie|アクセス解析|外部送信|タグ)[^。]{0,40}(使用して(おり|い)ません|利用して(おり|い)ません|行って(おり|い)ません|組み込んで(おり|い)ません|ありません)`],
  en: [r`(do|does) not (use|incorporate|employ|set)[^.]{0,80}(cookie|tool|analytics|tracking|transmi)`, r`\bno (cookies|tracking|analytics)\b`],
};

export const pseudonymised: PatternList = {
  ja: [r`(仮名加工情報|匿名加工情報)`],
  en: [r`(pseudonymously processed|anonymously processed|pseudonymi[sz]ed (personal )?information|anonymi[sz]ed (personal )?information)`],
};

/** An amount, or that there is none: "所定の手数料" or "a fee may be charged" says neither. */
export const feeAmount: PatternList = {
  ja: [r`(\d[\d,]*\s?円|無料|無償|いただきません|頂きません|いただいておりません|不要|かかりません|徴収(いた)?しません)`],
  en: [r`(\d[\d,]*\s?(yen|jpy)\b|¥\s?\d|\d円|free of charge|no (fee|charge|cost)|without (a )?(fee|charge)|at no (cost|charge)|not (be )?charged|do(es)? not charge)`],
};

export const requestKinds: PatternList = {
  ja: [r`(開示|訂正|追加|削除|利用停止|利用の停止|消去|提供の停止|利用目的の通知)`],
  en: [r`(disclos|correct|amend|delet|eras|suspen|cessation|stop (the )?(use|provision)|notif(y|ication)[^.]{0,30}purpose)`],
};
