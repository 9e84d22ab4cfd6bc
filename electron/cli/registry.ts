// Every CLI command's name, help and options — and, behind `load`, its code, imported only when the command
// runs, so `mamori --version` or `mamori --help` loads none of the services.
import type { FlagSpec } from './args';
import type { CommandSpec } from './io';

export const dataDirFlag: FlagSpec = {
  name: '--data-dir',
  takesValue: true,
  description: { en: 'the data folder', ja: 'データフォルダ' },
};
export const passphraseFlag: FlagSpec = {
  name: '--passphrase-env',
  takesValue: true,
  description: {
    en: 'name of an environment variable holding the passphrase of an encrypted data folder (also used for an encrypted .mamori file)',
    ja: '暗号化されたデータフォルダのパスフレーズを入れた環境変数の名前（暗号化された .mamori ファイルにも使います）',
  },
};
export const filePassphraseFlag: FlagSpec = {
  name: '--file-passphrase-env',
  takesValue: true,
  description: {
    en: 'name of an environment variable holding the passphrase of the .mamori file, when it differs from the data folder\'s',
    ja: '.mamori ファイルのパスフレーズがデータフォルダと異なる場合に、それを入れた環境変数の名前',
  },
};

export const commandSpecs: CommandSpec[] = [
  {
    name: 'catalogs',
    summary: { en: 'list the catalogs: id, version, title and item count', ja: 'チェックリストの一覧（ID、版、名称、項目数）を表示する' },
    usage: 'catalogs [--all] [--data-dir <dir>] [--json]',
    flags: [
      { name: '--all', takesValue: false, description: { en: 'list every edition, not only the newest', ja: '最新版だけでなく、すべての版を表示する' } },
      { ...dataDirFlag, description: { en: 'also list the custom catalogs of this data folder', ja: 'このデータフォルダの独自のチェックリストも表示する' } },
    ],
    positionals: [0, 0],
    load: () => import('./commands/catalogs'),
  },
  {
    name: 'catalog',
    summary: { en: 'print one catalog in full (<id> or <id>@<version>)', ja: 'チェックリスト 1 つの内容をすべて表示する（<ID> または <ID>@<版>）' },
    usage: 'catalog <id>[@<version>] [--data-dir <dir>] [--json]',
    flags: [{ ...dataDirFlag, description: { en: 'also look in the custom catalogs of this data folder', ja: 'このデータフォルダの独自のチェックリストも対象にする' } }],
    positionals: [1, 1],
    load: () => import('./commands/catalog'),
  },
  {
    name: 'validate',
    summary: { en: 'check a catalog file or a .mamori export file: prints ok, or what is wrong and where', ja: 'チェックリストのファイルまたは .mamori ファイルを検査し、問題があればその内容と場所を表示する' },
    usage: 'validate <file> [--passphrase-env NAME] [--json]',
    flags: [{ ...passphraseFlag, description: { en: 'for an encrypted .mamori file: the variable holding its passphrase', ja: '暗号化された .mamori ファイルのパスフレーズを入れた環境変数の名前' } }],
    positionals: [1, 1],
    load: () => import('./commands/validate'),
  },
  {
    name: 'verify',
    summary: {
      en: 'check that a signed-off .mamori file is as it was signed: prints the content hash, or what changed (which items and which part) since the sign-off',
      ja: '承認（サインオフ）された .mamori ファイルが承認時のままかを確認する。コンテンツハッシュ、または承認後に変更された内容（どの項目のどの部分か）を表示する',
    },
    usage: 'verify <file.mamori> [--passphrase-env NAME] [--lang ja|en] [--json]',
    flags: [{ ...passphraseFlag, description: { en: 'for an encrypted .mamori file: the variable holding its passphrase', ja: '暗号化された .mamori ファイルのパスフレーズを入れた環境変数の名前' } }],
    positionals: [1, 1],
    load: () => import('./commands/verify'),
  },
  {
    name: 'export',
    summary: { en: 'write one assessment, with its evidence, to a .mamori file', ja: '点検 1 件を証跡とともに .mamori ファイルに書き出す' },
    usage: 'export <assessment-id> --data-dir <dir> -o <file> [--passphrase-env NAME] [--file-passphrase-env NAME] [--json]',
    flags: [
      dataDirFlag,
      { name: '-o', takesValue: true, description: { en: 'the file to write', ja: '書き出すファイル' } },
      {
        ...passphraseFlag,
        description: {
          en: 'the data folder\'s passphrase (encrypted folder); the export is sealed with it too, unless --file-passphrase-env names another',
          ja: 'データフォルダのパスフレーズ（暗号化されたフォルダ）。--file-passphrase-env を指定しない限り、書き出すファイルもこれで暗号化します',
        },
      },
      { ...filePassphraseFlag, description: { en: 'seal the export with the passphrase in this variable', ja: 'この環境変数のパスフレーズで書き出すファイルを暗号化する' } },
    ],
    positionals: [1, 1],
    load: () => import('./commands/export'),
  },
  {
    name: 'import',
    summary: {
      en: 'import a .mamori file into a data folder (a new one if the folder is empty), as a new copy or replacing the same assessment',
      ja: '.mamori ファイルをデータフォルダに取り込む（フォルダが空なら新しく作成）。新しいコピーとして、または同じ点検を置き換えて',
    },
    usage: 'import <file> --data-dir <dir> [--replace] [--passphrase-env NAME] [--file-passphrase-env NAME] [--json]',
    flags: [
      dataDirFlag,
      { name: '--replace', takesValue: false, description: { en: 'replace the assessment with the same id (a backup is kept)', ja: '同じ ID の点検を置き換える（バックアップを残します）' } },
      passphraseFlag,
      filePassphraseFlag,
    ],
    positionals: [1, 1],
    load: () => import('./commands/import'),
  },
  {
    name: 'score',
    summary: {
      en: 'print the scores of an assessment (a .mamori file, or an id with --data-dir): overall, per checklist, per domain, and the quick check',
      ja: '点検（.mamori ファイル、または --data-dir と ID）のスコアを表示する（総合、チェックリスト別、領域別、クイックチェック）',
    },
    usage: 'score <file.mamori | assessment-id> [--data-dir <dir>] [--passphrase-env NAME] [--json]',
    flags: [reportFlags().dataDir, reportFlags().passphrase],
    positionals: [1, 1],
    load: () => import('./commands/score'),
  },
  {
    name: 'report',
    summary: {
      en: 'render the audit report, the improvement plan or the auditor’s finding sheets (one page per finding) as PDF, in the language of --lang',
      ja: '点検報告書、改善計画書または指摘事項シート（指摘事項 1 件につき 1 ページ）を PDF で作成する（言語は --lang で指定）',
    },
    usage: 'report <file.mamori | assessment-id> --kind audit|plan|sheets -o <file.pdf> [--lang ja|en] [--date YYYY-MM-DD] [--era] [--data-dir <dir>] [--passphrase-env NAME] [--json]',
    flags: [
      {
        name: '--kind',
        takesValue: true,
        description: {
          en: 'audit (the audit report), plan (the improvement plan) or sheets (the auditor’s finding sheets, one page per finding)',
          ja: 'audit（点検報告書）、plan（改善計画書）または sheets（指摘事項シート、指摘事項 1 件につき 1 ページ）',
        },
      },
      { name: '-o', takesValue: true, description: { en: 'the PDF file to write', ja: '書き出す PDF ファイル' } },
      reportFlags().date,
      { name: '--era', takesValue: false, description: { en: 'print dates in the Japanese era (Japanese reports)', ja: '日付を和暦で表示する（日本語の報告書）' } },
      reportFlags().dataDir,
      reportFlags().passphrase,
    ],
    positionals: [1, 1],
    load: () => import('./commands/report'),
  },
  {
    name: 'plan',
    summary: {
      en: 'the improvement plan: list it, or write it as CSV or XLSX (in the language of --lang)',
      ja: '改善計画を表示する、または CSV・XLSX で書き出す（言語は --lang で指定）',
    },
    usage: 'plan <file.mamori | assessment-id> [--csv | --xlsx] [-o <file>] [--lang ja|en] [--date YYYY-MM-DD] [--data-dir <dir>] [--passphrase-env NAME] [--json]',
    flags: [
      { name: '--csv', takesValue: false, description: { en: 'write CSV (UTF-8 with BOM; to stdout without -o)', ja: 'CSV（BOM 付き UTF-8）で書き出す（-o がなければ標準出力へ）' } },
      { name: '--xlsx', takesValue: false, description: { en: 'write an Excel workbook (needs -o)', ja: 'Excel ブックで書き出す（-o が必要）' } },
      { name: '-o', takesValue: true, description: { en: 'the file to write', ja: '書き出すファイル' } },
      reportFlags().date,
      reportFlags().dataDir,
      reportFlags().passphrase,
    ],
    positionals: [1, 1],
    load: () => import('./commands/plan'),
  },
  {
    name: 'statement',
    summary: {
      en: 'draft the public statement of safeguards taken for retained personal data, in the language of --lang',
      ja: '「保有個人データの安全管理のために講じた措置」の公表文の案を作成する（言語は --lang で指定）',
    },
    usage: 'statement <file.mamori | assessment-id> [--lang ja|en] [--markdown] [--data-dir <dir>] [--passphrase-env NAME] [--json]',
    flags: [
      { name: '--markdown', takesValue: false, description: { en: 'print Markdown instead of plain text', ja: 'テキストではなく Markdown で出力する' } },
      reportFlags().dataDir,
      reportFlags().passphrase,
    ],
    positionals: [1, 1],
    load: () => import('./commands/statement'),
  },
  {
    name: 'check-policy',
    summary: {
      en: 'check a published privacy policy (.txt, .md or .html): the disclosures APPI requires, the safeguards it claims, and, with an assessment, the claims its answers do not back',
      ja: '公開しているプライバシーポリシー（.txt、.md、.html）を確認する（個人情報保護法が求める公表事項、記載された安全管理措置、点検を指定した場合は回答で裏付けられていない記載）',
    },
    usage: 'check-policy <file> [--assessment <file.mamori> | --data-dir <dir> <assessment-id>] [--passphrase-env NAME] [--lang ja|en] [--json]',
    flags: [
      { name: '--assessment', takesValue: true, description: { en: 'check the claims against the answers of this .mamori file', ja: 'この .mamori ファイルの回答と記載を照合する' } },
      reportFlags().dataDir,
      reportFlags().passphrase,
    ],
    positionals: [1, 2],
    load: () => import('./commands/check-policy'),
  },
  {
    name: 'compare',
    summary: {
      en: 'compare two assessments of one organisation (also across catalog editions): scores then and now, and the items improved, regressed, new and removed; -o writes the comparison report as PDF',
      ja: '同じ組織の2つの点検を比較する（チェックリストの版が違っても可）。前回と今回のスコア、改善・悪化・新規・対象外へとなった項目を表示し、-o で点検比較報告書を PDF で書き出す',
    },
    usage: 'compare <older> <newer> [--data-dir <dir>] [-o <file.pdf>] [--date YYYY-MM-DD] [--era] [--passphrase-env NAME] [--lang ja|en] [--json]',
    flags: [
      { name: '-o', takesValue: true, description: { en: 'also write the comparison report, as PDF, to this file', ja: '点検比較報告書を PDF でこのファイルにも書き出す' } },
      { ...reportFlags().date, description: { en: 'the date printed on the comparison report, YYYY-MM-DD (default: today)', ja: '点検比較報告書に記載する報告日（YYYY-MM-DD、既定は今日）' } },
      { name: '--era', takesValue: false, description: { en: 'print dates in the Japanese era (Japanese reports)', ja: '日付を和暦で表示する（日本語の報告書）' } },
      { ...reportFlags().dataDir, description: { en: 'read both assessments from this data folder (the arguments are then their ids); nothing in the folder changes', ja: 'このデータフォルダから2つの点検を読む（引数は点検の ID）。フォルダの内容は変更しません' } },
      reportFlags().passphrase,
    ],
    positionals: [2, 2],
    load: () => import('./commands/compare'),
  },
];

// The report commands' shared options (score, report, plan, statement); a function, so the specs above can use it.
function reportFlags(): { dataDir: FlagSpec; passphrase: FlagSpec; date: FlagSpec } {
  return {
    dataDir: {
      ...dataDirFlag,
      description: { en: 'read the assessment from this data folder (the argument is then its id); nothing in the folder changes', ja: 'このデータフォルダから点検を読む（引数は点検の ID）。フォルダの内容は変更しません' },
    },
    passphrase: {
      ...passphraseFlag,
      description: {
        en: 'name of an environment variable holding the passphrase of the encrypted .mamori file or data folder',
        ja: '暗号化された .mamori ファイルまたはデータフォルダのパスフレーズを入れた環境変数の名前',
      },
    },
    date: { name: '--date', takesValue: true, description: { en: 'the report date, YYYY-MM-DD (default: today); actions due before it are overdue', ja: '報告日（YYYY-MM-DD、既定は今日）。これより前が期限の対応は期限超過になります' } },
  };
}
