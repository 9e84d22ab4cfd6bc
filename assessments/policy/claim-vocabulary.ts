// Our own vocabulary of safeguard and handling promises, beside the catalog items' keywords: the common
// words a policy uses for a measure ("研修", "施錠", "firewall") are too short or too general to be an
// item keyword on their own, but in a promise they point at known items. Each entry names the items it
// supports by `<catalog id>/<item id>`; entries whose items are not in the catalogs given are ignored.
// Patterns are in the folded form of text.ts; `context`, when given, must match a heading above the
// sentence or the sentence before it (a list item under "利用目的" is a purpose, whatever its words).
import type { PatternList } from './match';

const r = String.raw;

export type ClaimVocabularyEntry = { readonly id: string; readonly patterns: PatternList; readonly context?: PatternList; readonly items: readonly string[] };

export const claimVocabulary: readonly ClaimVocabularyEntry[] = [
  // organisational (PPC-GL 10-3) and handling rules (10-2)
  {
    id: 'responsible-manager',
    patterns: {
      ja: [r`(個人情報保護管理者|管理責任者|取扱責任者|保護責任者)`, r`責任者(を|の)?(設置|選任|任命|置)`, r`(設置|選任|任命)[^。]{0,10}責任者`],
      en: [r`(appoint|designat|assign)[a-z]*[^.]{0,60}(manager|officer|person in charge|person responsible|responsible person)`, r`(privacy|data protection|information management|security) (manager|officer)`],
    },
    items: ['appi-safeguards/APPI-ORG-01', 'pms-controls/PMS-SUP-01'],
  },
  {
    id: 'defined-handlers',
    patterns: { ja: [r`(取扱者|取扱う(者|従業者))(の|を)[^。]{0,20}(明確|限定|特定)`, r`役割(・|及び|と)?責任(を|の)?明確`], en: [r`clearly defin[a-z]* (the )?(employees|staff|persons|roles|responsibilit)`, r`roles and responsibilit`, r`clear responsibilit`] },
    items: ['appi-safeguards/APPI-ORG-02', 'pms-controls/PMS-SUP-03'],
  },
  {
    id: 'reporting-line',
    patterns: { ja: [r`報告(・|及び|および)?連絡(体制|網)`, r`連絡体制`], en: [r`reporting (and communication )?(system|structure|line|framework)`] },
    items: ['appi-safeguards/APPI-ORG-04', 'appi-safeguards/APPI-ORG-05'],
  },
  {
    id: 'incident-response',
    patterns: { ja: [r`漏えい等?(の)?(事案|事故)`, r`事故(発生)?時`, r`緊急時`, r`インシデント`], en: [r`(incident|breach|leak(age)?) (response|handling|procedure)`, r`in the event of (a )?(leak|breach|incident)`] },
    items: ['appi-safeguards/APPI-ORG-14', 'pms-controls/PMS-MGT-04', 'quick-check/QC-ORG-06'],
  },
  {
    id: 'handling-rules',
    patterns: { ja: [r`(取扱規程|個人情報保護規程|規程)`], en: [r`(handling (rules|regulations)|internal (rules|regulations)|(information|data) handling regulations)`] },
    items: ['appi-safeguards/APPI-RULE-01', 'pms-controls/PMS-SUP-04'],
  },
  {
    id: 'self-check-and-audit',
    patterns: { ja: [r`(点検|監査)`], en: [r`\b(audits?|inspections?|self-checks?)\b`] },
    items: ['appi-safeguards/APPI-ORG-22', 'appi-safeguards/APPI-ORG-23', 'pms-controls/PMS-EVAL-03'],
  },
  // personnel (10-4, APPI Art. 24)
  {
    id: 'training',
    patterns: { ja: [r`(教育|研修|啓発|eラーニング)`], en: [r`(training|educat|awareness)`] },
    items: ['appi-safeguards/APPI-PER-01', 'pms-controls/PMS-SUP-08', 'quick-check/QC-ORG-02'],
  },
  {
    id: 'staff-confidentiality',
    patterns: { ja: [r`(従業者|従業員|社員|役員)[^。]{0,30}(秘密保持|守秘|誓約)`, r`誓約書`], en: [r`(employees?|staff|personnel)[^.]{0,40}(confidentiality|non-disclosure)`, r`(confidentiality|non-disclosure) (undertaking|pledge)s?`] },
    items: ['appi-safeguards/APPI-PER-04', 'quick-check/QC-ORG-01', 'pms-controls/PMS-SUP-15'],
  },
  {
    id: 'employee-supervision',
    patterns: { ja: [r`従業者(の|に対する|を)[^。]{0,10}監督`], en: [r`supervis[a-z]*[^.]{0,20}(employees|staff)`, r`employee oversight`] },
    items: ['appi-safeguards/APPI-PER-06'],
  },
  // physical (10-5)
  {
    id: 'entry-control',
    patterns: { ja: [r`(入退室|入退館|入室(の)?(管理|制限)|立入(の)?(制限|禁止))`], en: [r`(entry and exit|entry control|entrance control|access to (the )?(office|premises|rooms?|areas?)|(entering|leaving) (the )?(office|premises|room))`] },
    items: ['appi-safeguards/APPI-PHY-02', 'quick-check/QC-STAFF-10'],
  },
  {
    id: 'handling-areas',
    patterns: { ja: [r`(管理区域|取扱区域|区域(の|を)?(管理|設定))`], en: [r`(areas? (where|in which) personal|handling areas?|restricted areas?|secure areas?)`] },
    items: ['appi-safeguards/APPI-PHY-01'],
  },
  {
    id: 'unauthorised-viewing',
    patterns: { ja: [r`(のぞき見|覗き見|権限を有しない者[^。]{0,20}(閲覧|アクセス))`], en: [r`unauthori[sz]ed (persons|individuals|people|third parties)[^.]{0,40}(view|see|access)`] },
    items: ['appi-safeguards/APPI-PHY-03', 'appi-safeguards/APPI-PHY-02', 'quick-check/QC-STAFF-10'],
  },
  {
    id: 'locked-storage',
    patterns: { ja: [r`施錠(でき|可能な|された|して)?[^。]{0,10}(保管|キャビネット|書庫|引出)`, r`鍵(の)?(かかる|付き)`], en: [r`lock(ed|able)? (cabinets?|storage|drawers?|rooms?)`, r`under lock`] },
    items: ['appi-safeguards/APPI-PHY-07', 'quick-check/QC-STAFF-07'],
  },
  {
    id: 'theft-prevention',
    patterns: { ja: [r`(盗難|紛失)[^。]{0,10}(防止|対策)`], en: [r`(theft|loss) (prevention|of (devices|equipment))`, r`prevent[a-z]* (the )?theft`] },
    items: ['appi-safeguards/APPI-PHY-09', 'quick-check/QC-STAFF-11'],
  },
  {
    id: 'taking-data-out',
    patterns: { ja: [r`(持出|外部記録媒体|電子媒体|usbメモリ|書出し)`], en: [r`(carry(ing)? (data |devices |media )?out|taking (data |devices |media )?out|removable (media|storage)|\busb\b|(data )?extraction|take[- ]?out)`] },
    items: ['appi-safeguards/APPI-PHY-11', 'appi-safeguards/APPI-PHY-10', 'quick-check/QC-STAFF-08'],
  },
  {
    id: 'equipment-use',
    patterns: { ja: [r`(機器|端末|デバイス)[^。]{0,20}(制限|限定)`], en: [r`(restrict|limit)[a-z]* (the )?use of (equipment|devices|terminals)`] },
    items: ['appi-safeguards/APPI-TEC-01', 'appi-safeguards/APPI-PHY-10'],
  },
  {
    id: 'disposal',
    patterns: { ja: [r`(廃棄|シュレッダ|溶解|復元(でき|不可能))`], en: [r`(dispos|shred|destroy|destruction|securely (delet|eras))`] },
    items: ['appi-safeguards/APPI-PHY-15', 'appi-safeguards/APPI-PHY-16', 'quick-check/QC-STAFF-13', 'pms-controls/PMS-MGT-03', 'appi-safeguards/APPI-RULE-06'],
  },
  // technical (10-6)
  {
    id: 'access-control',
    patterns: {
      ja: [r`(アクセス制御|アクセス権|アクセス(を|の)?(制限|限定))`, r`(取扱う|取扱)(者|従業者)(の)?(範囲|限定)`],
      en: [r`(access control|access rights|access privileges|restrict[a-z]* access|least privilege|need[- ]to[- ]know)`, r`limit[a-z]* (the )?(scope of )?(employees|staff|personnel|persons)`],
    },
    items: ['appi-safeguards/APPI-TEC-02', 'quick-check/QC-BASIC-04'],
  },
  {
    id: 'authentication',
    patterns: { ja: [r`(認証|パスワード|識別)`], en: [r`(authenticat|password|identif(y|ication) of users|user ids?\b)`] },
    items: ['appi-safeguards/APPI-TEC-07', 'appi-safeguards/APPI-TEC-06', 'quick-check/QC-BASIC-03'],
  },
  {
    id: 'multi-factor',
    patterns: { ja: [r`(多要素認証|二要素認証|二段階認証)`], en: [r`(multi-?factor|two-?factor|\b2fa\b|\bmfa\b|two-step)`] },
    items: ['appi-safeguards/APPI-TEC-08'],
  },
  {
    id: 'outside-attacks',
    patterns: {
      ja: [r`外部からの不正アクセス`, r`不正アクセス(を|から|の)?[^。]{0,6}(防止|防御|保護|検知|対策)`, r`(ファイアウォール|utm|侵入検知)`],
      en: [r`external unauthori[sz]ed access`, r`unauthori[sz]ed (external )?access from outside`, r`(protect|defen[cd]|guard)[a-z]*[^.]{0,60}unauthori[sz]ed (external )?access`, r`(firewall|intrusion)`],
    },
    items: ['appi-safeguards/APPI-TEC-11', 'appi-safeguards/APPI-TEC-14'],
  },
  {
    id: 'anti-malware',
    patterns: { ja: [r`(ウイルス|マルウェア|不正ソフトウェア|不正プログラム)`], en: [r`(malware|malicious software|anti-?virus|\bvirus)`] },
    items: ['appi-safeguards/APPI-TEC-12', 'quick-check/QC-BASIC-02'],
  },
  {
    id: 'patching',
    patterns: { ja: [r`(脆弱性|セキュリティパッチ|更新プログラム)`], en: [r`(vulnerabilit|\bpatch|security updates?)`] },
    items: ['appi-safeguards/APPI-TEC-13', 'appi-safeguards/APPI-TEC-25', 'quick-check/QC-BASIC-01'],
  },
  {
    id: 'encryption',
    patterns: { ja: [r`(暗号化|ssl|tls)`], en: [r`(encrypt|\bssl\b|\btls\b)`] },
    items: ['appi-safeguards/APPI-TEC-18', 'quick-check/QC-STAFF-03'],
  },
  {
    id: 'logging',
    patterns: { ja: [r`(ログ|操作履歴|アクセス履歴)[^。]{0,10}(取得|記録|保存|監視|分析)`], en: [r`(logs?|logging|audit trail)[^.]{0,30}(record|monitor|retain|review|kept)`, r`(record|monitor)[a-z]*[^.]{0,20}\b(logs?|access)\b`] },
    items: ['appi-safeguards/APPI-TEC-23', 'appi-safeguards/APPI-ORG-11'],
  },
  {
    id: 'backup',
    patterns: { ja: ['バックアップ'], en: [r`back ?ups?\b`] },
    items: ['appi-safeguards/APPI-TEC-21', 'quick-check/QC-STAFF-06'],
  },
  // external environment (10-7)
  {
    id: 'external-environment',
    patterns: { ja: [r`(外的環境|外国の(個人情報保護)?制度|外国[^。]{0,30}制度)`], en: [r`(external environment|foreign (country|countries)[^.]{0,40}(system|laws?|regime))`] },
    items: ['appi-safeguards/APPI-EXT-02', 'appi-safeguards/APPI-EXT-04'],
  },
  // contractors (APPI Art. 25)
  {
    id: 'contractor-selection',
    patterns: { ja: [r`委託先[^。]{0,20}(選定|評価)`, r`(選定|評価)[^。]{0,10}委託先`], en: [r`(select|evaluat|choos)[a-z]*[^.]{0,30}(contractors?|outsourc|service providers?|vendors?)`] },
    items: ['pms-controls/PMS-PROV-12'],
  },
  {
    id: 'contractor-contract',
    patterns: { ja: [r`委託(先)?[^。]{0,30}(契約|秘密保持|覚書)`, r`(契約|秘密保持)[^。]{0,30}委託先`], en: [r`(contracts?|agreements?)[^.]{0,90}(contractors?|outsourc|subcontract)`, r`(contractors?|outsourc)[^.]{0,90}(contracts?|agreements?|confidentiality)`] },
    items: ['pms-controls/PMS-PROV-13', 'quick-check/QC-ORG-04'],
  },
  {
    id: 'contractor-supervision',
    patterns: { ja: [r`委託先(の|に対する|を)?[^。]{0,10}監督`, r`監督[^。]{0,10}委託先`], en: [r`supervis[a-z]*[^.]{0,40}(contractors?|outsourc|subcontract|entrust)`] },
    items: ['pms-controls/PMS-PROV-15', 'quick-check/QC-ORG-04'],
  },
  {
    id: 're-outsourcing',
    patterns: { ja: ['再委託'], en: [r`(re-?outsourc|subcontract)`] },
    items: ['pms-controls/PMS-PROV-14'],
  },
  {
    id: 'outsourcing',
    patterns: { ja: [r`(業務)?委託`], en: [r`(outsourc|entrust|delegat)`] },
    items: ['pms-controls/PMS-PROV-11', 'appi-safeguards/APPI-RULE-05'],
  },
  // handling promises (acquisition, use, provision, rights)
  { id: 'purposes', patterns: { ja: ['利用目的'], en: [r`purposes? of use`, r`following purposes`] }, items: ['pms-controls/PMS-ACQ-01'] },
  {
    id: 'use-within-purposes',
    patterns: { ja: [r`目的の(達成に必要な)?範囲内`], en: [r`(only|solely)[^.]{0,60}(to the extent|within the scope)[^.]{0,30}(necessary|purpose)`, r`within the scope necessary`] },
    items: ['pms-controls/PMS-ACQ-01', 'appi-safeguards/APPI-RULE-03'],
  },
  { id: 'purpose-listed', patterns: { ja: [r`(ため|目的|ご案内|提供|管理|対応)`], en: [r`^(\(?\d+\)\s?)?(to|for) [a-z]+`, r`\b[a-z]+ing\b`] }, context: { ja: ['利用目的'], en: [r`purposes? of use`] }, items: ['pms-controls/PMS-ACQ-01'] },
  {
    id: 'acquisition-list',
    patterns: { ja: [r`(以下|次|下記)の(個人)?情報を取得`, r`取得する(個人)?情報`], en: [r`(collect|acquire|obtain)[a-z]*[^.]{0,60}(following|below|specified)`] },
    items: ['appi-safeguards/APPI-RULE-02', 'pms-controls/PMS-PLAN-01', 'pms-controls/PMS-ACQ-06'],
  },
  {
    id: 'consent-before-other-use',
    patterns: { ja: [r`(本人の同意|同意を得|ご同意)`], en: [r`consent`] },
    context: { ja: [r`(利用目的|目的外)`], en: [r`(purposes? of use|use of personal|beyond the)`] },
    items: ['pms-controls/PMS-ACQ-02'],
  },
  {
    id: 'applicants-and-staff',
    patterns: { ja: [r`(履歴書|応募者|採用選考|応募書類|従業者の(個人)?情報|従業員の(個人)?情報|人事(労務)?管理)`], en: [r`(resumes?|\bcvs?\b|applicants?|applying for (a )?(position|job)|recruit|hiring|payroll|personnel (and labor )?management)`] },
    items: ['pms-controls/PMS-ACQ-12', 'pms-controls/PMS-ACQ-11'],
  },
  {
    id: 'behavioural-analysis',
    patterns: { ja: [r`(閲覧履歴|行動履歴|購買履歴|利用履歴)[^。]{0,40}(分析|広告)`], en: [r`(usage|browsing|purchase|visit) history[^.]{0,80}(analy|advertis|profil)`, r`analy[sz][a-z]*[^.]{0,60}(usage|browsing|purchase) history`] },
    items: ['pms-controls/PMS-MGT-14'],
  },
  { id: 'use-beyond-purpose', patterns: { ja: [r`(目的外|範囲を超えて)`], en: [r`beyond the (scope|purpose)`, r`other than the purpose`] }, items: ['pms-controls/PMS-ACQ-02'] },
  { id: 'third-party-provision', patterns: { ja: [r`第三者(に|へ)?(の)?提供`], en: [r`(provi(de|sion)|disclos)[a-z]*[^.]{0,40}third part`] }, items: ['pms-controls/PMS-PROV-01', 'appi-safeguards/APPI-RULE-05'] },
  {
    id: 'consent-before-provision',
    patterns: { ja: [r`(本人の同意|同意を得|ご同意|同意なく)`], en: [r`consent`] },
    context: { ja: ['第三者'], en: [r`third part`] },
    items: ['pms-controls/PMS-PROV-02'],
  },
  { id: 'business-succession', patterns: { ja: [r`(合併|事業(の)?承継|事業譲渡)`], en: [r`(merger|succession of (the )?business|business (transfer|succession))`] }, items: ['pms-controls/PMS-PROV-01', 'appi-safeguards/APPI-RULE-05'] },
  { id: 'foreign-provision', patterns: { ja: [r`(外国|海外)[^。]{0,20}(第三者|提供|移転)`], en: [r`(overseas|foreign|abroad)[^.]{0,30}(third part|transfer|provi)`] }, items: ['pms-controls/PMS-PROV-07', 'pms-controls/PMS-PROV-06', 'appi-safeguards/APPI-EXT-01'] },
  { id: 'joint-use', patterns: { ja: [r`共同(利用|して利用|で利用)`], en: [r`(joint(ly)? us|shared use)`] }, items: ['pms-controls/PMS-PROV-09'] },
  { id: 'cookies', patterns: { ja: [r`(cookie|アクセス解析|ビーコン|アナリティクス)`], en: [r`(cookie|analytics|web beacon|pixel)`] }, items: ['pms-controls/PMS-MGT-12', 'pms-controls/PMS-MGT-14'] },
  {
    id: 'analytics-and-ads',
    patterns: { ja: [r`(アクセス解析|アナリティクス|広告配信|配信事業者|リターゲティング|リマーケティング|行動ターゲティング|外部送信)`], en: [r`(analytics|third-party (distributors?|vendors?|advertis)|ad (networks?|distributors?)|remarketing|retargeting|interest-based ad|external transmission)`] },
    items: ['pms-controls/PMS-MGT-12', 'pms-controls/PMS-MGT-13', 'pms-controls/PMS-MGT-11'],
  },
  {
    id: 'tracking-opt-out',
    patterns: { ja: [r`オプトアウト`, r`(cookie|アクセス解析|アナリティクス|広告)[^。]{0,40}(無効|拒否|停止)`], en: [r`opt[- ]?out`, r`(refuse|disable|reject|block|stop)[^.]{0,60}(cookie|analytics|collection)`] },
    items: ['pms-controls/PMS-MGT-13'],
  },
  {
    id: 'tracking-disclosed',
    patterns: { ja: [r`(cookie|アクセス解析)[^。]{0,40}(公表|明示|お知らせ)`], en: [r`(disclose|publish|announce|explain)[^.]{0,60}(cookie|analytics|tracking)`] },
    items: ['pms-controls/PMS-MGT-13'],
  },
  { id: 'retention', patterns: { ja: [r`(保存|保管|保有)(期間|期限)`], en: [r`(retention|storage) period`, r`retain[a-z]*[^.]{0,40}(years?|as long as)`] }, items: ['pms-controls/PMS-MGT-02', 'appi-safeguards/APPI-RULE-04'] },
  { id: 'accuracy', patterns: { ja: [r`正確(かつ|で)?(最新|正確)`], en: [r`accurate and up[- ]to[- ]date`] }, items: ['pms-controls/PMS-MGT-01'] },
  { id: 'request-fee', patterns: { ja: ['手数料'], en: [r`\bfees?\b[^.]{0,40}(request|disclos)`, r`(request|disclos)[^.]{0,60}\bfees?\b`] }, items: ['pms-controls/PMS-RIGHTS-10'] },
  { id: 'identity-check', patterns: { ja: [r`本人(確認|であること(を|の)確認)`], en: [r`(confirm|verif)[a-z]*[^.]{0,30}identity`, r`identity (verification|check)`] }, items: ['pms-controls/PMS-RIGHTS-04'] },
  { id: 'disclosure-request', patterns: { ja: [r`開示(の|を)?(請求|求め|申出)`, r`開示等`], en: [r`request[a-z]*[^.]{0,20}disclos`, r`disclos[a-z]* (of )?(their|your|his or her) personal`] }, items: ['pms-controls/PMS-RIGHTS-06'] },
  { id: 'correction-request', patterns: { ja: ['訂正'], en: [r`\bcorrect(ion)?\b`] }, items: ['pms-controls/PMS-RIGHTS-07', 'pms-controls/PMS-MGT-01'] },
  {
    id: 'suspension-request',
    patterns: {
      ja: [r`利用(の)?停止`, r`提供の停止`, r`配信(の)?停止`, r`(ダイレクトメール|メールマガジン|広告)[^。]{0,20}(停止|中止)`],
      en: [r`suspen[a-z]* (of )?(the )?(use|provision)`, r`(stop|refus|ceas)[a-z]* (of )?(the )?(use|provision)`, r`cessation`, r`opt[- ]?out[^.]{0,40}(marketing|direct mail|newsletter)`, r`(marketing|newsletter|direct mail)[^.]{0,80}(opt[- ]?out|unsubscribe)`],
    },
    items: ['pms-controls/PMS-RIGHTS-08'],
  },
  {
    id: 'prompt-response',
    patterns: { ja: [r`(遅滞なく|速やかに)[^。]{0,20}(対応|回答|開示|通知|訂正)`], en: [r`(respond|reply|answer|disclose|notify)[a-z]*[^.]{0,30}(promptly|without delay)`, r`(promptly|without delay)[^.]{0,20}(respond|disclos|notify|correct)`] },
    items: ['pms-controls/PMS-RIGHTS-11'],
  },
  {
    id: 'refusal-grounds',
    patterns: { ja: [r`(おそれ|支障|応じられない|開示しない|不開示|お断り|応じかね)`], en: [r`(withhold|refus|decline|not (be able to )?disclose|unable to disclose|risk of harm|interfere)`] },
    context: { ja: [r`(開示|訂正|請求|求め)`], en: [r`(disclos|request)`] },
    items: ['pms-controls/PMS-RIGHTS-09'],
  },
  {
    id: 'request-procedure',
    patterns: {
      ja: [r`開示等?(の)?(請求|求め|申出)[^。]{0,60}(窓口|連絡|郵送|提出|フォーム|手続|申請書|請求書)`, r`(所定|申請書|請求書)[^。]{0,30}(郵送|提出|送付)`],
      en: [r`(request|ask)[a-z]*[^.]{0,60}(disclos|correct|delet|suspen)[^.]{0,120}(contact|form\b|mail|submit)`, r`(contact|submit|mail)[^.]{0,60}(request|form\b)`],
    },
    items: ['pms-controls/PMS-RIGHTS-04'],
  },
  { id: 'complaints', patterns: { ja: ['苦情'], en: [r`complain`] }, items: ['pms-controls/PMS-RIGHTS-12', 'pms-controls/PMS-RIGHTS-13'] },
  {
    id: 'contact-desk',
    patterns: { ja: [r`(問合せ|相談)(窓口|先)`, r`窓口`], en: [r`(please contact|contact (us|point|desk)|inquir[a-z]*[^.]{0,60}contact)`] },
    items: ['pms-controls/PMS-RIGHTS-12', 'appi-safeguards/APPI-BP-02'],
  },
  {
    id: 'policy-changes',
    patterns: {
      ja: [r`(本ポリシ|本方針|プライバシーポリシ|個人情報保護方針)[^。]{0,30}(変更|改定|改訂)`, r`(変更|改定|改訂)[^。]{0,30}(本ポリシ|本方針|プライバシーポリシ)`],
      en: [r`(changes?|revis|updat|amend)[a-z]*[^.]{0,40}(this|the|revised) (privacy )?policy`, r`(this|the) (privacy )?policy[^.]{0,40}(chang|revis|updat|amend)`, r`(announce|notif|post)[a-z]*[^.]{0,30}(website|changes)`, r`changes[^.]{0,30}(announce|notif|post|publish)`],
    },
    items: ['pms-controls/PMS-CTX-06', 'pms-controls/PMS-ACQ-03', 'appi-safeguards/APPI-BP-04'],
  },
  {
    id: 'policy-review',
    patterns: { ja: [r`(定期的|継続的)に[^。]{0,20}(見直|改善)`], en: [r`(periodically|regularly|continuously|continually) (review|improve)`] },
    items: ['appi-safeguards/APPI-BP-06', 'pms-controls/PMS-CTX-06'],
  },
  {
    id: 'managed-with-care',
    patterns: { ja: [r`(適切|厳重|適正)に管理`], en: [r`managed with (the utmost|due|appropriate|strict) care`, r`(strictly|properly|appropriately|securely) manag`] },
    items: ['appi-safeguards/APPI-BP-02'],
  },
  { id: 'special-care', patterns: { ja: [r`(要配慮個人情報|健康(情報|状態)|病歴)`], en: [r`(special care|health (information|data)|medical (history|information))`] }, items: ['pms-controls/PMS-ACQ-10', 'pms-controls/PMS-ACQ-11'] },
  { id: 'minors', patterns: { ja: [r`(未成年|保護者|親権者)`], en: [r`(\bminors?\b|parental consent|children under)`] }, items: ['pms-controls/PMS-ACQ-13'] },
  { id: 'legal-compliance', patterns: { ja: [r`(法令|ガイドライン|規範)[^。]{0,20}(遵守|順守|従)`], en: [r`(comply|complies|compliance|in accordance)[^.]{0,40}(\bact\b|laws?|regulations|guidelines)`] }, items: ['pms-controls/PMS-PLAN-04', 'appi-safeguards/APPI-BP-02'] },
  { id: 'pseudonymised', patterns: { ja: ['仮名加工情報'], en: [r`pseudonym`] }, items: ['pms-controls/PMS-MGT-09'] },
  { id: 'anonymised', patterns: { ja: ['匿名加工情報'], en: [r`anonymously processed`] }, items: ['pms-controls/PMS-MGT-10'] },
  { id: 'personally-referable', patterns: { ja: ['個人関連情報'], en: [r`personally referable`] }, items: ['pms-controls/PMS-MGT-11'] },
  { id: 'accredited-organisation', patterns: { ja: ['認定個人情報保護団体'], en: [r`accredited personal information protection`] }, items: ['pms-controls/PMS-RIGHTS-03'] },
  { id: 'published-safeguards', patterns: { ja: [r`安全管理(措置|のため)`], en: [r`security (management )?measures`, r`\bsafeguards\b`] }, items: ['pms-controls/PMS-RIGHTS-02', 'appi-safeguards/APPI-BP-02'] },
];
