// The policy text cut into runs for display: each run knows which kinds of result cover it (a disclosure's
// evidence, a claim, a claim the answers do not back) and whether it is the passage the user asked to see.
// The screen renders each run as a text node inside <mark> or <span> — never as HTML — so the user's text is
// only ever text.

export type HighlightKind = 'evidence' | 'claim' | 'not-backed';
export type HighlightRange = { start: number; end: number; kind: HighlightKind };
export type Focus = { start: number; end: number };

export type Run = { start: number; end: number; text: string; kinds: HighlightKind[]; active: boolean };

/** Runs covering the whole text, cut at every range's edges, in order; empty ranges and ranges out of the text are ignored. */
export function runsOf(text: string, ranges: readonly HighlightRange[], focus: Focus | null): Run[] {
  const inText = (r: { start: number; end: number }) => r.start >= 0 && r.end <= text.length && r.start < r.end;
  const usable = ranges.filter(inText);
  const active = focus && inText(focus) ? focus : null;
  const cuts = new Set<number>([0, text.length]);
  for (const r of usable) cuts.add(r.start).add(r.end);
  if (active) cuts.add(active.start).add(active.end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const kinds = [...new Set(usable.filter((r) => r.start <= start && end <= r.end).map((r) => r.kind))];
    runs.push({ start, end, text: text.slice(start, end), kinds, active: !!active && active.start <= start && end <= active.end });
  }
  return runs;
}
