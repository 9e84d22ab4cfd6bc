// Version 2 of appi-safeguards and quick-check, on the points the review found: the quick check keeps the
// shape of IPA's self-check; group e-mail (BCC) and Wi-Fi say the same in both catalogs; the small-business
// variants follow the guideline (none for 10-7); the small-business test and the My Number question are worded
// as the guideline defines them on the scoping screen. References, breach reporting and My Number gating are
// checked for every current edition in references.test.ts; files, ids, changelogs and coverage in catalogs.test.ts.
import { describe, expect, it } from 'vitest';
import { type Catalog, catalogItems, type Item } from '../../assessments';
import { en } from '../../renderer/src/i18n/en';
import { ja } from '../../renderer/src/i18n/ja';
import { edition } from '../support/catalog-files';

const appi = edition('appi-safeguards', 2);
const quick = edition('quick-check', 2);
const find = (c: Catalog, id: string) => catalogItems(c).find((i) => i.id === id)!;

describe('quick-check version 2', () => {
  it("keeps the shape of IPA's self-check: 5 + 13 + 7 questions, IPA Q1..Q25 in order, the same bands as version 1", () => {
    expect(quick.domains.map((d) => d.items.length)).toEqual([5, 13, 7]);
    const ipa = catalogItems(quick).map((i) => i.references.find((r) => r.startsWith('IPA Q')));
    expect(ipa).toEqual(Array.from({ length: 25 }, (_, n) => `IPA Q${n + 1}`));
    expect(quick.bands).toEqual(edition('quick-check', 1).bands);
    expect(catalogItems(quick).map((i) => i.id)).toEqual(catalogItems(edition('quick-check', 1)).map((i) => i.id));
  });
});

describe('appi-safeguards version 2', () => {
  it('keeps all 97 questions of version 1 and adds the 29 My Number items', () => {
    const first = catalogItems(edition('appi-safeguards', 1)).map((i) => i.id);
    const now = catalogItems(appi).map((i) => i.id);
    expect(first.filter((id) => !now.includes(id))).toEqual([]);
    expect(now.filter((id) => !first.includes(id))).toEqual(Array.from({ length: 29 }, (_, n) => `APPI-MYN-${String(n + 1).padStart(2, '0')}`));
  });

  it('gives no small-business method for understanding the external environment (10-7)', () => {
    const ext = appi.domains.find((d) => d.id === 'APPI-EXT')!;
    expect(ext.items.filter((i) => i.smallBusiness).map((i) => i.id)).toEqual([]);
    expect(catalogItems(appi).filter((i) => i.references.includes('PPC-GL 10-7') && i.smallBusiness).map((i) => i.id)).toEqual([]);
  });

  it('states the small-business test as the guideline defines it (APPI-ORG-13)', () => {
    const item = find(appi, 'APPI-ORG-13');
    const text = `${item.guidance.ja}\n${item.smallBusiness?.ja ?? ''}`;
    expect(text).toMatch(/100人/);
    expect(text).toMatch(/5,000人/);
    expect(text).toMatch(/6か月/);
    expect(text).toMatch(/委託/);
    expect(item.references).toContain('PPC-GL 10');
  });
});

describe('the two catalogs say the same', () => {
  it('about group e-mail (BCC), and file Wi-Fi under the same measure', () => {
    const [qcMail, appiMail] = [find(quick, 'QC-STAFF-02'), find(appi, 'APPI-TEC-19')];
    for (const item of [qcMail, appiMail]) {
      expect(item.guidance.ja, item.id).toMatch(/一斉配信の仕組み/);
      expect(item.guidance.ja, item.id).toMatch(/やむを得ずBCCで送る場合は、すべての社外アドレスがBCC欄に入っていることを、送信前に別の人が確認します/);
    }
    const measure = (i: Item) => i.references.filter((r) => r.startsWith('PPC-GL 10-6'));
    expect(measure(find(quick, 'QC-STAFF-04'))).toEqual(measure(find(appi, 'APPI-TEC-22')));
    expect(measure(find(quick, 'QC-STAFF-04'))).toEqual(['PPC-GL 10-6(4)']);
  });
});

describe('the scoping questions on size and My Numbers (renderer i18n)', () => {
  it("count employees in the Labour Standards Act's sense, without directors, as the small-business definition does", () => {
    expect(ja.scoping.employees).toMatch(/従業員/);
    expect(ja.scoping.employees).toMatch(/労働基準法/);
    expect(ja.scoping.employees).toMatch(/役員/);
    expect(ja.scoping.employees).not.toMatch(/従業者/);
    expect(en.scoping.employees).toMatch(/Labour Standards Act/);
    expect(ja.scoping.individuals).toMatch(/6か月/);
  });

  it('ask whether the business handles My Numbers', () => {
    expect(ja.scoping.questions.handlesMyNumbers).toMatch(/マイナンバー/);
    expect(en.scoping.questions.handlesMyNumbers).toMatch(/My Number/);
  });
});
