// The policy text on the Policy tab is cut into runs at every highlighted passage's edges: together they are
// the whole text, in order, and each knows what covers it — so the screen can show the text as text, with
// nothing parsed as HTML, and the chosen passage marked.
import { describe, expect, it } from 'vitest';
import { runsOf } from '../../renderer/src/features/policy/highlight';

describe('runs of the policy text', () => {
  const text = 'Kaiyo <b>Logistics</b> trains all staff. We encrypt data.';

  it('cover the whole text in order, cut at every edge, each with what covers it', () => {
    const runs = runsOf(text, [{ start: 0, end: 22, kind: 'evidence' }, { start: 23, end: 40, kind: 'not-backed' }, { start: 0, end: 40, kind: 'claim' }], { start: 23, end: 40 });
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => [r.text, r.kinds.sort(), r.active])).toEqual([
      ['Kaiyo <b>Logistics</b>', ['claim', 'evidence'], false],
      [' ', ['claim'], false],
      ['trains all staff.', ['claim', 'not-backed'], true],
      [' We encrypt data.', [], false],
    ]);
  });

  it('ignore ranges that are empty or fall outside the text, and a focus outside it', () => {
    const runs = runsOf(text, [{ start: 5, end: 5, kind: 'claim' }, { start: 50, end: 999, kind: 'evidence' }, { start: -3, end: 4, kind: 'claim' }], { start: 100, end: 200 });
    expect(runs).toEqual([{ start: 0, end: text.length, text, kinds: [], active: false }]);
  });
});
