// The window's save queue, against a stand-in for main: every change reaches main, in order, once; a change
// made while the previous save of the same item is on its way is sent after it; a failure keeps the change
// and says so; an answer that needs a reason waits for it; undo is a change like any other.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Call = { channel: string; input: Record<string, unknown> };
const calls: Call[] = [];
let answerSave: (input: Record<string, unknown>) => Promise<unknown>;

const assessment = {
  schemaVersion: 3,
  id: 'a1',
  organisationId: 'o1',
  title: 't',
  assessor: '',
  periodFrom: '',
  periodTo: '',
  status: 'draft',
  copyOf: null,
  catalogs: [{ id: 'appi-safeguards', version: 1 }],
  profile: {},
  answers: {},
  evidence: {},
  plan: {},
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

function ok(value: unknown) {
  return { ok: true, value };
}

beforeEach(() => {
  calls.length = 0;
  answerSave = async (input) => ok({ ...(input.answer as object), updatedAt: '2026-11-02T00:00:00.000Z' });
  const api = new Proxy(
    {},
    {
      get: (_target, channel: string) => async (input: Record<string, unknown>) => {
        calls.push({ channel, input });
        if (channel === 'saveAnswer') return answerSave(input);
        if (channel === 'getAssessment') return ok(structuredClone(assessment));
        if (channel === 'getCatalog') return ok({ id: 'appi-safeguards', version: 1, domains: [] });
        throw new Error(`unexpected ${channel}`);
      },
    },
  );
  vi.stubGlobal('window', { mamori: api });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function openStore() {
  vi.resetModules();
  const { useAssessment, TEXT_SAVE_DELAY_MS } = await import('../../renderer/src/store/assessment-store');
  await useAssessment.getState().load('a1');
  return { store: useAssessment, TEXT_SAVE_DELAY_MS };
}
const saves = () => calls.filter((c) => c.channel === 'saveAnswer').map((c) => c.input.answer as Record<string, unknown>);
const settled = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};

describe('the assessment store', () => {
  it('sends an answer at once, without the fields main stamps, and says it is saved', async () => {
    const { store } = await openStore();
    store.getState().change('appi-safeguards/APPI-BP-01', { status: 'implemented' }, 'status');
    await vi.waitFor(() => expect(store.getState().save.kind).toBe('saved'));
    expect(saves()).toEqual([{ status: 'implemented', note: '', reason: '', alternative: '', flagged: false, evidence: [] }]);
    // A second change starts from what main returned, and still carries no updatedAt.
    store.getState().change('appi-safeguards/APPI-BP-01', { flagged: true }, 'flagged');
    await vi.waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]).not.toHaveProperty('updatedAt');
    await vi.waitFor(() => expect(store.getState().pending).toEqual({}));
  });

  it('sends a change made while the last save of the item is on its way, after it, and ends saved', async () => {
    const { store } = await openStore();
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    answerSave = async (input) => {
      if (saves().length === 1) await first;
      return ok({ ...(input.answer as object), updatedAt: '2026-11-02T00:00:00.000Z' });
    };
    const key = 'appi-safeguards/APPI-BP-01';
    store.getState().change(key, { status: 'implemented' }, 'status');
    await settled();
    store.getState().change(key, { status: 'partial' }, 'status');
    store.getState().change(key, { flagged: true }, 'flagged');
    await settled();
    expect(saves()).toHaveLength(1); // one save per item at a time
    release();
    await vi.waitFor(() => expect(store.getState().save.kind).toBe('saved'));
    expect(saves().at(-1)).toMatchObject({ status: 'partial', flagged: true });
    expect(store.getState().assessment!.answers[key]).toMatchObject({ status: 'partial', flagged: true });
    expect(store.getState().pending).toEqual({});
  });

  it('keeps a change that failed to save, says so, and saves it on retry', async () => {
    const { store } = await openStore();
    answerSave = async () => {
      throw new Error('connection lost');
    };
    const key = 'appi-safeguards/APPI-BP-02';
    store.getState().change(key, { status: 'not-implemented' }, 'status');
    await vi.waitFor(() => expect(store.getState().save.kind).toBe('failed'));
    expect(store.getState().answerOf(key).status).toBe('not-implemented');
    answerSave = async (input) => ok({ ...(input.answer as object), updatedAt: '2026-11-02T00:00:00.000Z' });
    store.getState().retry();
    await vi.waitFor(() => expect(store.getState().save.kind).toBe('saved'));
    expect(store.getState().assessment!.answers[key]?.status).toBe('not-implemented');
  });

  it('waits for the reason of a not-applicable answer, then saves it once typing pauses', async () => {
    vi.useFakeTimers();
    const { store, TEXT_SAVE_DELAY_MS } = await openStore();
    const key = 'appi-safeguards/APPI-BP-03';
    store.getState().change(key, { status: 'not-applicable' }, 'status');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().save.kind).toBe('waiting-for-text');
    expect(saves()).toHaveLength(0);
    for (const text of ['紙', '紙の', '紙の書類はない']) store.getState().change(key, { reason: text }, 'reason');
    await vi.advanceTimersByTimeAsync(TEXT_SAVE_DELAY_MS - 50);
    expect(saves()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(saves()).toEqual([expect.objectContaining({ status: 'not-applicable', reason: '紙の書類はない' })]);
  });

  it('undoes the last change (typing in a field is one change) and saves the undo', async () => {
    vi.useFakeTimers();
    const { store } = await openStore();
    const key = 'appi-safeguards/APPI-BP-04';
    store.getState().change(key, { status: 'implemented' }, 'status');
    for (const text of ['台', '台帳', '台帳あり']) store.getState().change(key, { note: text }, 'note');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().undo()).toBe(key);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves().at(-1)).toMatchObject({ status: 'implemented', note: '' });
    expect(store.getState().undo()).toBe(key);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves().at(-1)).toMatchObject({ status: 'unanswered' });
    expect(store.getState().undo()).toBeNull();
  });

  it('sends text at once when flushed (leaving the screen, closing the window)', async () => {
    vi.useFakeTimers();
    const { store } = await openStore();
    store.getState().change('appi-safeguards/APPI-BP-05', { note: '退出前のメモ' }, 'note');
    expect(saves()).toHaveLength(0);
    await store.getState().flush();
    expect(saves()).toEqual([expect.objectContaining({ note: '退出前のメモ' })]);
  });
});
