// The sealed content's canonical form and hash: the same content gives the same bytes whatever the order it
// was built in; the hash is SHA-256 of those bytes (checked against Node's own implementation); a change is
// named by part and item; times of change do not count.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalText, changesBetween, contentHashOf, partHashes, type SignableContent, sha256Hex } from '../../assessments/audit';
import { smallCompany } from '../support/profiles';

const hash = 'a'.repeat(64);
const base = (): SignableContent => ({
  catalogs: [
    { id: 'pms-controls', version: 2 },
    { id: 'appi-safeguards', version: 2 },
  ],
  profile: smallCompany,
  answers: {
    'appi-safeguards/APPI-BP-02': { status: 'partial', note: '窓口の記載なし', reason: '', alternative: '', flagged: true, evidence: [], updatedAt: '2026-10-01T00:00:00.000Z' },
    'appi-safeguards/APPI-BP-01': { status: 'implemented', note: '', reason: '', alternative: '', flagged: false, evidence: [hash], updatedAt: '2026-10-01T00:00:00.000Z' },
  },
  evidence: { [hash]: { hash, name: '基本方針.pdf', size: 1200, mediaType: 'application/pdf', addedAt: '2026-10-01T00:00:00.000Z' } },
  verdicts: { 'appi-safeguards/APPI-BP-02': { code: 'minor-nonconformity', comment: '苦情窓口が未記載', evidenceChecked: [], updatedAt: '2026-10-02T00:00:00.000Z' } },
  signOff: { assessor: '監査 一郎', reviewer: '確認 花子', date: '2026-11-30' },
});

describe('the sealed content', () => {
  it('is one canonical text: sorted keys, no whitespace, the format named, times left out', () => {
    const text = canonicalText(base());
    expect(text.startsWith('{"catalogs":[{"id":"appi-safeguards","version":2},{"id":"pms-controls","version":2}],"evidence":[')).toBe(true);
    expect(text).toContain('"format":"mamori-signoff/1"');
    expect(text).not.toMatch(/\s"|updatedAt|addedAt/);
    expect(text.indexOf('APPI-BP-01')).toBeLessThan(text.indexOf('APPI-BP-02'));
    // Built in another order, with other times of change: the same text.
    const other = base();
    other.answers = Object.fromEntries(Object.entries(other.answers).reverse().map(([k, a]) => [k, { ...a, updatedAt: '2030-01-01T00:00:00.000Z' }]));
    other.catalogs = [...other.catalogs].reverse();
    expect(canonicalText(other)).toBe(text);
  });

  it('hashes as SHA-256 of the UTF-8 text', async () => {
    const text = canonicalText(base());
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(await contentHashOf(base())).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('names what changed: a note, a verdict, an added answer, the names', async () => {
    const signed = await partHashes(base());
    const b = base();
    const changed: SignableContent = {
      ...b,
      answers: {
        ...b.answers,
        'appi-safeguards/APPI-BP-02': { ...b.answers['appi-safeguards/APPI-BP-02']!, note: '窓口の記載なし。' },
        'appi-safeguards/APPI-BP-03': { status: 'implemented', note: '', reason: '', alternative: '', flagged: false, evidence: [], updatedAt: '2026-10-01T00:00:00.000Z' },
      },
      verdicts: { ...b.verdicts, 'appi-safeguards/APPI-BP-02': { ...b.verdicts['appi-safeguards/APPI-BP-02']!, code: 'major-nonconformity' } },
      signOff: { ...b.signOff, reviewer: '別人' },
    };
    expect(changesBetween(signed, await partHashes(changed))).toEqual([
      { part: 'sign-off' },
      { part: 'note', key: 'appi-safeguards/APPI-BP-02' },
      { part: 'verdict', key: 'appi-safeguards/APPI-BP-02' },
      { part: 'item-added', key: 'appi-safeguards/APPI-BP-03' },
    ]);
    expect(changesBetween(signed, await partHashes(base()))).toEqual([]);
  });
});
