// The sign-off: who assessed, reviewed and approved the report, with a box for each signature or seal (印),
// and the content hash of the signed-off assessment when auditor mode recorded one.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { heading } from '../blocks';
import { formatDate } from '../dates';
import type { ReportContext } from '../frame';
import { palette } from '../theme';

function signatureBox(seal: string): TableCell {
  return {
    stack: [
      { text: ' ', fontSize: 24 },
      { text: seal, alignment: 'right', color: palette.ruleStrong, fontSize: 9 },
    ],
  };
}

export function signOffSection(ctx: ReportContext, section: number): Content[] {
  const { model, labels, dates } = ctx;
  const s = labels.signOff;
  const so = model.signOff;
  const date = so.date ? formatDate(so.date, dates) : '';
  const people: [string, string | undefined][] = [
    [s.assessor, so.assessor],
    [s.reviewer, so.reviewer],
    [s.approver, so.approver],
  ];
  const header: TableCell[] = [s.role, s.name, s.date, s.signature].map((h) => ({ text: h, style: 'th', fillColor: palette.tint }));
  const rows: TableCell[][] = people.map(([role, name]) => [
    { text: role, bold: true, margin: [0, 14, 0, 0] },
    { text: name ?? '', margin: [0, 14, 0, 0] },
    { text: name ? date : '', margin: [0, 14, 0, 0] },
    signatureBox(s.seal),
  ]);
  return [
    {
      stack: [
        heading(`${section}. ${labels.sections.signOff}`, 1),
        { text: s.intro, margin: [0, 0, 0, 12] },
        {
          table: { widths: [70, '*', 110, 120], body: [header, ...rows] },
          layout: {
            hLineWidth: () => 0.6,
            vLineWidth: () => 0.6,
            hLineColor: () => palette.ruleStrong,
            vLineColor: () => palette.ruleStrong,
            paddingLeft: () => 6,
            paddingRight: () => 6,
            paddingTop: () => 4,
            paddingBottom: () => 4,
          },
        },
        ...(so.contentHash
          ? [
              { text: labels.cover.contentHash, fontSize: 8, color: palette.muted, margin: [0, 14, 0, 1] } satisfies Content,
              { text: so.contentHash, fontSize: 8 } satisfies Content,
            ]
          : []),
      ],
      // A page of its own. Not also `unbreakable`: pdfmake, given both, can leave an empty page before it
      // when the previous chapter ends near the bottom of a page (seen in a 43-page report).
      pageBreak: 'before',
    },
  ];
}
