// The improvement plan as a user meets it: every gap becomes an action from the item's template, ranked by
// the documented formula; what the user decided about an action survives answers changing; overdue actions
// stand out; and the plan screen's sort and filter put the right actions first.
import { describe, expect, it } from 'vitest';
import type { AnswerStatus, Catalog, Item, Priority, ProfileFlag, ScopingProfile } from '../../assessments';
import type { ActionState } from '../../assessments/model/plan-state';
import {
  actionPriority,
  buildPlan,
  filterPlan,
  ownerLabel,
  type PlanAction,
  type PlanAssessment,
  priorityOfSeverity,
  reportOrder,
  sortPlan,
  templatePriorityFor,
} from '../../assessments/plan';
import { loadExample } from './example-fixture';

const t = (en: string, ja = `${en}（日本語）`) => ({ ja, en });

function item(id: string, weight: 1 | 2 | 3, priority: Priority, owner: Item['action']['owner'], appliesWhen?: ProfileFlag[]): Item {
  return {
    id,
    title: t(`Title ${id}`),
    question: t(`Question ${id}?`),
    guidance: t('Guidance'),
    evidence: [t('A record')],
    action: { text: t(`Do ${id}`), priority, effort: 'M', owner },
    references: ['PPC-GL 10-3(1)'],
    weight,
    ...(appliesWhen ? { appliesWhen } : {}),
    keywords: { ja: ['鍵'], en: ['key'] },
  };
}

const catalog: Catalog = {
  id: 'test-list',
  version: 1,
  kind: 'checklist',
  title: t('Test checklist'),
  description: t('For tests'),
  domains: [
    {
      id: 'TL-A',
      title: t('Domain A'),
      description: t('A'),
      items: [item('TL-A-01', 3, 'P2', 'privacy-manager'), item('TL-A-02', 2, 'P1', 'it-admin'), item('TL-A-03', 1, 'P3', 'hr')],
    },
    {
      id: 'TL-B',
      title: t('Domain B'),
      description: t('B'),
      items: [item('TL-B-01', 2, 'P2', 'general-affairs'), item('TL-B-02', 3, 'P1', 'top-management', ['foreignTransfer']), item('TL-B-03', 1, 'P4', 'legal')],
    },
  ],
};

const profile: ScopingProfile = {
  employees: 20,
  individuals: 1000,
  processesForOthers: 'no',
  usesContractors: 'yes',
  providesToThirdParties: 'no',
  specialCareData: 'no',
  foreignTransfer: 'no',
  websiteTracking: 'no',
  jointUse: 'no',
  pseudonymisedOrAnonymised: 'no',
  handlesMyNumbers: 'no',
};

const at = '2026-10-01T00:00:00.000Z';
const answer = (status: AnswerStatus) => ({ status, note: '', reason: status === 'not-applicable' ? 'n/a' : '', alternative: status === 'alternative' ? 'other' : '', flagged: false, evidence: [], updatedAt: at });
const state = (over: Partial<ActionState>): ActionState => ({ owner: '', dueDate: '', status: 'open', reason: '', effort: null, notes: '', updatedAt: at, ...over });

function assessment(answers: Record<string, AnswerStatus>, plan: Record<string, Partial<ActionState>> = {}): PlanAssessment {
  return {
    catalogs: [{ id: 'test-list', version: 1 }],
    profile,
    answers: Object.fromEntries(Object.entries(answers).map(([id, s]) => [`test-list/${id}`, answer(s)])),
    plan: Object.fromEntries(Object.entries(plan).map(([id, p]) => [`test-list/${id}`, state(p)])),
  };
}

const byItem = (plan: PlanAction[]) => Object.fromEntries(plan.map((a) => [a.itemId, a]));

describe('the priority formula (docs/improvement-plan.md)', () => {
  it('ranks weight × gap by the thresholds 2.5 / 1.5 / 0.75', () => {
    expect([3, 2.5, 2.4, 1.5, 1.4, 1, 0.75, 0.5].map(priorityOfSeverity)).toEqual(['P1', 'P1', 'P2', 'P2', 'P3', 'P3', 'P3', 'P4']);
  });

  it('lowers the template by one step for a partial gap, never below P4', () => {
    expect(templatePriorityFor('P1', 0.5)).toBe('P2');
    expect(templatePriorityFor('P3', 0.5)).toBe('P4');
    expect(templatePriorityFor('P4', 0.5)).toBe('P4');
    expect(templatePriorityFor('P2', 1)).toBe('P2');
  });

  it('takes the more urgent of the two, as in the worked examples', () => {
    // [weight, gap, template] → expected, computed by hand in docs/improvement-plan.md
    const cases: [1 | 2 | 3, 1 | 0.5, Priority, Priority][] = [
      [3, 1, 'P2', 'P1'], // 3.0 → P1 beats P2
      [3, 0.5, 'P1', 'P2'], // 1.5 → P2; P1 halved → P2
      [2, 1, 'P1', 'P1'], // 2.0 → P2; the template's P1 wins
      [2, 0.5, 'P2', 'P3'], // 1.0 → P3; P2 halved → P3
      [1, 1, 'P3', 'P3'], // 1.0 → P3
      [1, 0.5, 'P3', 'P4'], // 0.5 → P4; P3 halved → P4
      [1, 1, 'P4', 'P3'], // 1.0 → P3 beats the template's P4
    ];
    for (const [weight, gap, template, expected] of cases) expect(actionPriority(weight, gap, template), `${weight} × ${gap}, ${template}`).toBe(expected);
  });
});

describe('buildPlan', () => {
  it('gives one action per gap among the items that apply, from the item’s template', () => {
    const plan = buildPlan(assessment({ 'TL-A-01': 'not-implemented', 'TL-A-02': 'partial', 'TL-A-03': 'implemented', 'TL-B-01': 'alternative', 'TL-B-03': 'not-applicable' }), [catalog]);
    // TL-B-02 is out of scope (foreign transfer: no); TL-B-01 … not gaps; nothing answered for the rest
    expect(plan.map((a) => a.itemId)).toEqual(['TL-A-01', 'TL-A-02']);
    const first = plan[0]!;
    expect(first).toMatchObject({
      key: 'test-list/TL-A-01',
      catalogId: 'test-list',
      domainId: 'TL-A',
      catalogTitle: catalog.title,
      domainTitle: catalog.domains[0]!.title,
      itemTitle: { en: 'Title TL-A-01' },
      text: { en: 'Do TL-A-01', ja: 'Do TL-A-01（日本語）' },
      answer: 'not-implemented',
      gap: { kind: 'answer', status: 'not-implemented', size: 1 },
      severity: 3,
      priority: 'P1',
      owner: 'privacy-manager',
      ownerRole: 'privacy-manager',
      dueDate: '',
      status: 'open',
      effort: 'M',
      effortOverridden: false,
      overdue: false,
      updatedAt: null,
    });
    expect(plan[1]).toMatchObject({ gap: { size: 0.5 }, severity: 1, priority: 'P2' }); // weight 2 partial: P3 by weight, P1 halved → P2
  });

  it('counts unanswered and “don’t know” as whole gaps', () => {
    const plan = byItem(buildPlan(assessment({ 'TL-A-03': 'unknown', 'TL-B-01': 'implemented', 'TL-B-03': 'implemented', 'TL-A-01': 'implemented' }), [catalog]));
    expect(Object.keys(plan)).toEqual(['TL-A-02', 'TL-A-03']);
    expect(plan['TL-A-02']).toMatchObject({ answer: 'unanswered', gap: { status: 'unanswered', size: 1 }, priority: 'P1' });
    expect(plan['TL-A-03']).toMatchObject({ answer: 'unknown', gap: { status: 'unknown', size: 1 }, priority: 'P3' });
  });

  it('uses what the user decided: owner, due date, status with reason, effort and notes', () => {
    const plan = byItem(
      buildPlan(
        assessment(
          { 'TL-A-01': 'not-implemented', 'TL-A-02': 'partial' },
          {
            'TL-A-01': { owner: '佐藤 美咲（総務部長）', dueDate: '2026-12-25', status: 'in-progress', effort: 'L', notes: '研修と合わせる' },
            'TL-A-02': { owner: 'hr', status: 'risk-accepted', reason: '費用に見合わない' },
          },
        ),
        [catalog],
      ),
    );
    expect(plan['TL-A-01']).toMatchObject({ owner: '佐藤 美咲（総務部長）', ownerRole: null, dueDate: '2026-12-25', status: 'in-progress', effort: 'L', effortOverridden: true, notes: '研修と合わせる', updatedAt: at });
    expect(ownerLabel(plan['TL-A-01']!, 'en')).toBe('佐藤 美咲（総務部長）');
    expect(plan['TL-A-02']).toMatchObject({ owner: 'hr', ownerRole: 'hr', status: 'risk-accepted', reason: '費用に見合わない' });
    expect(ownerLabel(plan['TL-A-02']!, 'ja')).toBe('人事担当');
    expect(ownerLabel(plan['TL-A-02']!, 'en')).toBe('Human resources');
  });

  it('keeps an action whose gap closed as “done by answer”, and brings it back when the gap reopens', () => {
    const decided = { 'TL-A-01': { owner: '高橋', dueDate: '2026-11-30', notes: 'VPN を先に' }, 'TL-A-02': { status: 'done' as const }, 'TL-A-03': { status: 'risk-accepted' as const, reason: 'r' } };
    const closed = byItem(buildPlan(assessment({ 'TL-A-01': 'implemented', 'TL-A-02': 'alternative', 'TL-A-03': 'not-applicable' }, decided), [catalog]));
    expect(closed['TL-A-01']).toMatchObject({ status: 'done-by-answer', gap: null, severity: 0, priority: 'P2', owner: '高橋', dueDate: '2026-11-30', notes: 'VPN を先に' });
    // What the user closed stays as the user closed it.
    expect(closed['TL-A-02']!.status).toBe('done');
    expect(closed['TL-A-03']!.status).toBe('risk-accepted');

    const reopened = byItem(buildPlan(assessment({ 'TL-A-01': 'partial' }, decided), [catalog]));
    expect(reopened['TL-A-01']).toMatchObject({ status: 'open', owner: '高橋', notes: 'VPN を先に', gap: { size: 0.5 } });
  });

  it('keeps the state of an item the scoping profile took out, as done by answer', () => {
    const plan = byItem(buildPlan(assessment({ 'TL-B-02': 'not-implemented' }, { 'TL-B-02': { owner: '見本' } }), [catalog]));
    expect(plan['TL-B-02']).toMatchObject({ inScope: false, gap: null, status: 'done-by-answer', owner: '見本' });
  });

  it('marks an open or in-progress action overdue only after its due date, judged on the given day', () => {
    const decided = {
      'TL-A-01': { dueDate: '2026-11-15', status: 'in-progress' as const },
      'TL-A-02': { dueDate: '2026-11-30' },
      'TL-A-03': { dueDate: '2026-10-01', status: 'done' as const },
      'TL-B-01': { dueDate: '2026-10-01', status: 'risk-accepted' as const, reason: 'r' },
    };
    const answers = { 'TL-A-01': 'partial', 'TL-A-02': 'partial', 'TL-A-03': 'partial', 'TL-B-01': 'partial', 'TL-B-03': 'partial' } as const;
    const plan = byItem(buildPlan(assessment(answers, decided), [catalog], { today: '2026-11-30' }));
    expect(Object.fromEntries(Object.values(plan).map((a) => [a.itemId, a.overdue]))).toEqual({ 'TL-A-01': true, 'TL-A-02': false, 'TL-A-03': false, 'TL-B-01': false, 'TL-B-03': false });
    expect(buildPlan(assessment(answers, decided), [catalog]).some((a) => a.overdue)).toBe(false);
  });

  it('takes an auditor’s nonconformity as a gap, the larger one counting', () => {
    const plan = byItem(
      buildPlan(assessment({ 'TL-A-01': 'implemented', 'TL-A-02': 'partial', 'TL-A-03': 'implemented', 'TL-B-01': 'implemented', 'TL-B-03': 'implemented' }), [catalog], {
        nonconformities: [
          { key: 'test-list/TL-A-01', finding: 'minor-nonconformity' },
          { key: 'test-list/TL-A-02', finding: 'major-nonconformity' },
          { key: 'test-list/TL-B-02', finding: 'major-nonconformity' }, // out of scope: ignored
        ],
      }),
    );
    expect(Object.keys(plan)).toEqual(['TL-A-01', 'TL-A-02']);
    expect(plan['TL-A-01']).toMatchObject({ gap: { kind: 'nonconformity', finding: 'minor-nonconformity', size: 0.5 }, priority: 'P2' });
    expect(plan['TL-A-02']).toMatchObject({ gap: { kind: 'nonconformity', size: 1 }, priority: 'P1' });
  });

  it('leaves out stored states of items the catalogs do not have, and never reads the prototype', () => {
    const a = assessment({ 'TL-A-01': 'implemented', 'TL-A-02': 'implemented', 'TL-A-03': 'implemented', 'TL-B-01': 'implemented', 'TL-B-03': 'implemented' });
    a.plan['test-list/TL-Z-99'] = state({ owner: 'x' });
    expect(buildPlan(a, [catalog])).toEqual([]);
    expect(buildPlan({ ...a, catalogs: [{ id: 'test-list', version: 2 }] }, [catalog])).toEqual([]);
  });
});

describe('sorting and filtering the plan', () => {
  const plan = buildPlan(
    assessment(
      { 'TL-A-01': 'partial', 'TL-A-02': 'not-implemented', 'TL-A-03': 'not-implemented', 'TL-B-01': 'implemented', 'TL-B-03': 'partial' },
      {
        'TL-A-01': { dueDate: '2027-01-31', owner: 'Suzuki', status: 'in-progress' },
        'TL-A-02': { dueDate: '2026-11-01' },
        'TL-A-03': { owner: 'Abe' },
        'TL-B-01': { owner: 'it-admin' },
        'TL-B-03': { dueDate: '2026-12-01', status: 'risk-accepted', reason: 'small' },
      },
    ),
    [catalog],
    { today: '2026-11-30' },
  );
  const ids = (list: PlanAction[]) => list.map((a) => a.itemId);

  it('sorts by priority, then the larger gap, then due date', () => {
    expect(plan.map((a) => a.priority)).toEqual(['P2', 'P1', 'P3', 'P2', 'P4']);
    expect(ids(sortPlan(plan, { by: 'priority' }, 'en'))).toEqual(['TL-A-02', 'TL-A-01', 'TL-B-01', 'TL-A-03', 'TL-B-03']);
  });

  it('sorts by due date with undated actions last, either way round', () => {
    expect(ids(sortPlan(plan, { by: 'dueDate' }, 'en'))).toEqual(['TL-A-02', 'TL-B-03', 'TL-A-01', 'TL-B-01', 'TL-A-03']);
    expect(ids(sortPlan(plan, { by: 'dueDate', descending: true }, 'en')).slice(0, 3)).toEqual(['TL-B-01', 'TL-A-03', 'TL-A-01']);
  });

  it('sorts by status, owner (as the language names it) and catalog order', () => {
    expect(ids(sortPlan(plan, { by: 'status' }, 'en'))).toEqual(['TL-A-02', 'TL-A-03', 'TL-A-01', 'TL-B-03', 'TL-B-01']);
    // en: Abe, IT administrator, Suzuki, … (the template's role for TL-A-02 is it-admin too)
    expect(ids(sortPlan(plan, { by: 'owner' }, 'en'))).toEqual(['TL-A-03', 'TL-A-02', 'TL-B-01', 'TL-B-03', 'TL-A-01']);
    expect(ids(sortPlan(plan, { by: 'catalog' }, 'ja'))).toEqual(['TL-A-01', 'TL-A-02', 'TL-A-03', 'TL-B-01', 'TL-B-03']);
  });

  it('puts what still needs work first in a report', () => {
    expect(ids(reportOrder(plan))).toEqual(['TL-A-02', 'TL-A-01', 'TL-A-03', 'TL-B-03', 'TL-B-01']);
  });

  it('filters by priority, status, owner, catalog, overdue, active and words', () => {
    expect(ids(filterPlan(plan, { priorities: ['P1', 'P2'] }))).toEqual(['TL-A-01', 'TL-A-02', 'TL-B-01']);
    expect(ids(filterPlan(plan, { statuses: ['done-by-answer', 'risk-accepted'] }))).toEqual(['TL-B-01', 'TL-B-03']);
    expect(ids(filterPlan(plan, { owners: ['it-admin'] }))).toEqual(['TL-A-02', 'TL-B-01']);
    expect(ids(filterPlan(plan, { catalogIds: ['other'] }))).toEqual([]);
    expect(ids(filterPlan(plan, { overdueOnly: true }))).toEqual(['TL-A-02']);
    expect(ids(filterPlan(plan, { activeOnly: true }))).toEqual(['TL-A-01', 'TL-A-02', 'TL-A-03']);
    expect(ids(filterPlan(plan, { text: '情報システム tl-b' }))).toEqual(['TL-B-01']);
    expect(ids(filterPlan(plan, {}))).toEqual(ids(plan));
  });
});

describe('the plan of the example that ships', () => {
  it('has an action for every gap, each with an owner and a due date the company chose', async () => {
    const { doc, catalogs } = await loadExample();
    const plan = buildPlan(doc.assessment, catalogs, { today: '2026-11-30' });
    const gaps = Object.entries(doc.assessment.answers).filter(([, a]) => ['partial', 'not-implemented', 'unknown', 'unanswered'].includes(a.status));
    expect(plan.filter((a) => a.gap).map((a) => a.key).sort()).toEqual(gaps.map(([key]) => key).sort());
    for (const action of plan) expect(action.dueDate, action.key).not.toBe('');
    expect(plan.filter((a) => a.status === 'done-by-answer').map((a) => a.itemId)).toEqual(['APPI-PER-01']);
    expect(plan.filter((a) => a.status === 'risk-accepted').map((a) => a.itemId)).toEqual(['APPI-TEC-23']);
    expect(plan.filter((a) => a.overdue).length).toBeGreaterThan(0);
  });
});
