// The assessment the user is working in: its answers, the catalogs it is answered against, and every change
// on its way to main. A change shows at once and is saved within 300 ms (answers at once, text after a short
// pause in typing); a save that fails keeps the change on screen, says so, and tries again. Ctrl+Z undoes
// the last change. Nothing here is the truth: main's answer to each save is.
import { create } from 'zustand';
import type { Answer, AnswerStatus } from '../../../assessments/model/answer';
import type { Assessment, AssessmentDetails } from '../../../assessments/model/assessment';
import type { Catalog } from '../../../assessments/catalog/schema';
import type { ScopingProfile } from '../../../assessments/catalog/scoping';
import type { EvidenceFile } from '../../../assessments/model/evidence';
import type { ActionStateInput } from '../../../assessments/model/plan-state';
import type { SignOffInput, Verdict, VerdictCode } from '../../../assessments/model/audit';
import type { AssessmentSummary } from '../../../assessments/model/assessment';
import { call } from '../api/client';
import { errorText } from '../i18n';

export const TEXT_SAVE_DELAY_MS = 300;
const RETRY_MS = 3000;

export type AnswerValue = Omit<Answer, 'updatedAt'>;
export const EMPTY_ANSWER: AnswerValue = { status: 'unanswered', note: '', reason: '', alternative: '', flagged: false, evidence: [] };

export type SaveState = { kind: 'saved'; at: string | null } | { kind: 'saving' } | { kind: 'failed'; message: string } | { kind: 'waiting-for-text' };

/** The answer as the user gives it: what main stamps (updatedAt) left out. */
export function answerValue({ status, note, reason, alternative, flagged, evidence }: AnswerValue): AnswerValue {
  return { status, note, reason, alternative, flagged, evidence };
}

/** Not-applicable needs its reason, and an alternative control its description, before it is saved. */
export function isComplete(value: AnswerValue): boolean {
  if (value.status === 'not-applicable') return value.reason.trim() !== '';
  if (value.status === 'alternative') return value.alternative.trim() !== '';
  return true;
}

/** The auditor's verdict as the auditor gives it: main adds the time. */
export type VerdictValue = { code: VerdictCode; comment: string; evidenceChecked: string[] };

/** Whether the assessment is signed off: then nothing in it can change (main refuses too). */
export const isSigned = (assessment: Assessment | null) => Boolean(assessment?.signOff);

type UndoEntry = { key: string; before: AnswerValue; field: keyof AnswerValue; at: number };

export type AssessmentState = {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  assessment: Assessment | null;
  catalogs: Catalog[];
  /** Changes shown but not yet confirmed by main, by answer key. */
  pending: Record<string, AnswerValue>;
  save: SaveState;
  /** When main last confirmed a save (or the assessment's last change, when opened). */
  savedAt: string | null;
  undoStack: UndoEntry[];
  load(id: string): Promise<void>;
  close(): Promise<void>;
  /** The answer as the user sees it: pending change, else what main has. */
  answerOf(key: string): AnswerValue;
  change(key: string, change: Partial<AnswerValue>, field: keyof AnswerValue): void;
  undo(): string | null;
  /** Sends every complete pending change now (leaving the screen, closing the window). */
  flush(): Promise<void>;
  retry(): void;
  updateProfile(profile: ScopingProfile): Promise<void>;
  updateDetails(details: AssessmentDetails): Promise<void>;
  /** Saves the user's choices for one improvement action (owner, due date, status, effort, notes). */
  updatePlanAction(key: string, state: ActionStateInput): Promise<void>;
  /** Auditor mode: verdicts shown but not yet confirmed by main (null: being taken back), by answer key. */
  pendingVerdicts: Record<string, VerdictValue | null>;
  verdictOf(key: string): VerdictValue | null;
  /** Gives, changes or (with null) takes back the auditor's verdict on an item; a comment is saved after a pause in typing. */
  changeVerdict(key: string, value: VerdictValue | null, field: 'code' | 'comment' | 'evidence'): void;
  /** Signs the assessment off: from then on it is read-only. */
  signOff(names: SignOffInput): Promise<void>;
  /** A new, editable version of a signed assessment (the signed one stays locked). */
  reopen(title: string): Promise<AssessmentSummary>;
  attach(files: File[], key?: string): Promise<EvidenceFile[]>;
  link(key: string, hash: string, linked: boolean): Promise<void>;
  renameEvidence(hash: string, name: string): Promise<void>;
  removeEvidence(hash: string): Promise<void>;
};

/** Saves waiting to be sent, by answer key: each can be cancelled (a newer change, or a flush sends it now). */
const timers = new Map<string, () => void>();
const cancelTimer = (key: string) => {
  timers.get(key)?.();
  timers.delete(key);
};

let retryTimer: ReturnType<typeof setTimeout> | null = null;
/** Counts load requests, so a slow load never overwrites a later one. */
let loads = 0;
/** The save on its way for each answer key. */
const inFlight = new Map<string, Promise<void>>();
/** How many times each answer was changed: a save confirms the change it carried only if no later one came. */
const versions = new Map<string, number>();
const bump = (key: string) => versions.set(key, (versions.get(key) ?? 0) + 1);
const verdictTimers = new Map<string, () => void>();
const verdictsInFlight = new Map<string, Promise<void>>();
const verdictVersions = new Map<string, number>();

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const useAssessment = create<AssessmentState>((set, get) => {
  /**
   * After a save, or a change that cannot be saved yet: says where things stand, and sends anything complete
   * that is neither on its way nor waiting for typing to pause — so no change is ever left behind.
   */
  const settle = () => {
    const { pending, save } = get();
    const keys = Object.keys(pending);
    if (keys.length === 0) {
      if (save.kind !== 'failed') {
        const at = new Date().toISOString();
        set({ save: { kind: 'saved', at }, savedAt: at });
      }
      return;
    }
    const complete = keys.filter((k) => isComplete(pending[k]!));
    if (complete.length === 0) {
      set({ save: { kind: 'waiting-for-text' } });
      return;
    }
    for (const key of complete) if (!inFlight.has(key) && !timers.has(key)) void send(key);
  };

  const send = async (key: string): Promise<void> => {
    const { assessment, pending } = get();
    const value = pending[key];
    if (!assessment || !value || !isComplete(value)) {
      settle();
      return;
    }
    // One save per item at a time; a change made meanwhile is sent when this one returns.
    const earlier = inFlight.get(key);
    if (earlier) {
      await earlier;
      return send(key);
    }
    const version = versions.get(key) ?? 0;
    set({ save: { kind: 'saving' } });
    const attempt = (async () => {
      let saved: Answer;
      try {
        saved = await call('saveAnswer', { assessmentId: assessment.id, key: key as `${string}/${string}`, answer: answerValue(value) });
      } catch (error) {
        set({ save: { kind: 'failed', message: errorText(error) } });
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = setTimeout(() => get().retry(), RETRY_MS);
        return;
      } finally {
        inFlight.delete(key);
      }
      set((state) => {
        if (!state.assessment || state.assessment.id !== assessment.id) return state;
        const pendingNow = { ...state.pending };
        // Confirmed unless the user changed it again while it was on its way (that change is sent next).
        if ((versions.get(key) ?? 0) === version) delete pendingNow[key];
        const reconfirm = state.assessment.reconfirm?.filter((k) => k !== key);
        return {
          assessment: { ...state.assessment, answers: { ...state.assessment.answers, [key]: saved }, ...(reconfirm ? { reconfirm } : {}), updatedAt: saved.updatedAt },
          pending: pendingNow,
          save: state.save.kind === 'failed' ? { kind: 'saving' } : state.save,
        };
      });
      settle();
    })();
    inFlight.set(key, attempt);
    await attempt;
  };

  /** Sends the change of this item now (0), or after `delay` ms without another change (typing). */
  const schedule = (key: string, delay: number) => {
    cancelTimer(key);
    const fire = () => {
      timers.delete(key);
      void send(key);
    };
    if (delay === 0) {
      fire();
      return;
    }
    const timer = setTimeout(fire, delay);
    timers.set(key, () => clearTimeout(timer));
  };

  /** Verdicts on their way: like answers, one save per item at a time, a comment after a pause in typing. */
  const sendVerdict = async (key: string): Promise<void> => {
    verdictTimers.get(key)?.();
    verdictTimers.delete(key);
    const { assessment, pendingVerdicts } = get();
    if (!assessment || !Object.hasOwn(pendingVerdicts, key)) return;
    const earlier = verdictsInFlight.get(key);
    if (earlier) {
      await earlier;
      return sendVerdict(key);
    }
    const value = pendingVerdicts[key] ?? null;
    const version = verdictVersions.get(key) ?? 0;
    set({ save: { kind: 'saving' } });
    const attempt = (async () => {
      let saved: Verdict | null;
      try {
        saved = await call('saveVerdict', { assessmentId: assessment.id, key: key as `${string}/${string}`, verdict: value });
      } catch (error) {
        set({ save: { kind: 'failed', message: errorText(error) } });
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = setTimeout(() => get().retry(), RETRY_MS);
        return;
      } finally {
        verdictsInFlight.delete(key);
      }
      set((state) => {
        if (!state.assessment || state.assessment.id !== assessment.id) return state;
        const { [key]: _old, ...others } = state.assessment.verdicts ?? {};
        const pendingNow = { ...state.pendingVerdicts };
        if ((verdictVersions.get(key) ?? 0) === version) delete pendingNow[key];
        const at = saved?.updatedAt ?? new Date().toISOString();
        return { assessment: { ...state.assessment, verdicts: saved ? { ...others, [key]: saved } : others, updatedAt: at }, pendingVerdicts: pendingNow, savedAt: at };
      });
      settle();
    })();
    verdictsInFlight.set(key, attempt);
    await attempt;
  };
  const scheduleVerdict = (key: string, delay: number) => {
    verdictTimers.get(key)?.();
    const timer = setTimeout(() => void sendVerdict(key), delay);
    verdictTimers.set(key, () => clearTimeout(timer));
  };

  /** A record-level change (profile, details, evidence): main answers with the new state of the assessment. */
  const reload = async () => {
    const { assessment } = get();
    if (!assessment) return;
    const fresh = await call('getAssessment', { id: assessment.id });
    // Evidence links change only through main: a change still on its way takes main's links, so saving it
    // never undoes an attachment made meanwhile.
    set((state) => ({
      assessment: fresh,
      pending: Object.fromEntries(Object.entries(state.pending).map(([key, value]) => [key, { ...value, evidence: fresh.answers[key]?.evidence ?? value.evidence }])),
    }));
  };

  return {
    status: 'idle',
    loadError: null,
    assessment: null,
    catalogs: [],
    pending: {},
    pendingVerdicts: {},
    save: { kind: 'saved', at: null },
    savedAt: null,
    undoStack: [],

    async load(id) {
      const request = ++loads;
      set({ status: 'loading', loadError: null, assessment: null, catalogs: [], pending: {}, pendingVerdicts: {}, undoStack: [], save: { kind: 'saved', at: null } });
      try {
        const assessment = await call('getAssessment', { id });
        const catalogs = await Promise.all(assessment.catalogs.map((pinned) => call('getCatalog', { id: pinned.id, version: pinned.version })));
        // Only the latest request counts: opening another assessment meanwhile wins.
        if (request === loads) set({ status: 'ready', assessment, catalogs, save: { kind: 'saved', at: assessment.updatedAt }, savedAt: assessment.updatedAt });
      } catch (error) {
        if (request === loads) set({ status: 'failed', loadError: errorText(error) });
      }
    },

    async close() {
      const request = loads;
      await get().flush();
      if (request === loads) set({ status: 'idle', assessment: null, catalogs: [], pending: {}, pendingVerdicts: {}, undoStack: [] });
    },

    answerOf(key) {
      const { pending, assessment } = get();
      const value = pending[key] ?? assessment?.answers[key];
      return value ? answerValue(value) : EMPTY_ANSWER;
    },

    change(key, change, field) {
      if (isSigned(get().assessment)) return;
      const before = get().answerOf(key);
      const next: AnswerValue = { ...before, ...change };
      bump(key);
      set((state) => {
        const last = state.undoStack.at(-1);
        // Typing in one field is one change to undo, not one per keystroke.
        const sameEdit = last && last.key === key && last.field === field && (field === 'note' || field === 'reason' || field === 'alternative') && Date.now() - last.at < 2000;
        const undoStack = sameEdit ? [...state.undoStack.slice(0, -1), { ...last, at: Date.now() }] : [...state.undoStack.slice(-199), { key, before, field, at: Date.now() }];
        return { pending: { ...state.pending, [key]: next }, undoStack };
      });
      const isText = field === 'note' || field === 'reason' || field === 'alternative';
      if (!isComplete(next)) {
        set({ save: { kind: 'waiting-for-text' } });
        cancelTimer(key);
        if (isText) return;
      }
      schedule(key, isText ? TEXT_SAVE_DELAY_MS : 0);
    },

    undo() {
      const entry = get().undoStack.at(-1);
      if (!entry) return null;
      bump(entry.key);
      set((state) => ({ undoStack: state.undoStack.slice(0, -1), pending: { ...state.pending, [entry.key]: entry.before } }));
      // Undoing to an incomplete state (a reason half-typed) is shown, and saved once complete.
      schedule(entry.key, 0);
      return entry.key;
    },

    async flush() {
      for (const key of [...timers.keys()]) cancelTimer(key);
      await Promise.all([...Object.keys(get().pending).map((key) => send(key)), ...Object.keys(get().pendingVerdicts).map((key) => sendVerdict(key))]);
    },

    verdictOf(key) {
      const { pendingVerdicts, assessment } = get();
      if (Object.hasOwn(pendingVerdicts, key)) return pendingVerdicts[key] ?? null;
      const stored = assessment?.verdicts?.[key];
      return stored ? { code: stored.code, comment: stored.comment, evidenceChecked: stored.evidenceChecked } : null;
    },

    changeVerdict(key, value, field) {
      if (isSigned(get().assessment)) return;
      verdictVersions.set(key, (verdictVersions.get(key) ?? 0) + 1);
      set((state) => ({ pendingVerdicts: { ...state.pendingVerdicts, [key]: value } }));
      scheduleVerdict(key, field === 'comment' ? TEXT_SAVE_DELAY_MS : 0);
    },

    async signOff(names) {
      const { assessment } = get();
      if (!assessment) return;
      await get().flush();
      const { signOff } = await call('signAssessment', { assessmentId: assessment.id, signOff: names });
      set((state) => (state.assessment?.id === assessment.id ? { assessment: { ...state.assessment, signOff }, savedAt: signOff.signedAt, undoStack: [] } : state));
    },

    async reopen(title) {
      const { assessment } = get();
      if (!assessment) throw new Error('no assessment open');
      return call('reopenAssessment', { id: assessment.id, title });
    },

    retry() {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      for (const key of Object.keys(get().pending)) void send(key);
      for (const key of Object.keys(get().pendingVerdicts)) void sendVerdict(key);
    },

    async updateProfile(profile) {
      const { assessment } = get();
      if (!assessment) return;
      await call('updateProfile', { id: assessment.id, profile });
      set((state) => (state.assessment?.id === assessment.id ? { assessment: { ...state.assessment, profile } } : state));
    },

    async updateDetails(details) {
      const { assessment } = get();
      if (!assessment) return;
      await call('updateAssessment', { id: assessment.id, details });
      await reload();
    },

    async updatePlanAction(key, state) {
      const { assessment } = get();
      if (!assessment) return;
      const saved = await call('updatePlanAction', { assessmentId: assessment.id, key: key as `${string}/${string}`, state });
      set((current) => (current.assessment?.id === assessment.id ? { assessment: { ...current.assessment, plan: { ...current.assessment.plan, [key]: saved } }, savedAt: saved.updatedAt } : current));
    },

    async attach(files, key) {
      const { assessment } = get();
      if (!assessment) return [];
      await get().flush();
      const attached: EvidenceFile[] = [];
      for (const file of files) {
        const result = await call('attachEvidence', {
          assessmentId: assessment.id,
          name: file.name,
          mediaType: /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i.test(file.type) ? file.type : '',
          data: toBase64(await file.arrayBuffer()),
          ...(key ? { key: key as `${string}/${string}` } : {}),
        });
        attached.push(result.file);
      }
      await reload();
      return attached;
    },

    async link(key, hash, linked) {
      const { assessment } = get();
      if (!assessment) return;
      await get().flush();
      await call('linkEvidence', { assessmentId: assessment.id, key: key as `${string}/${string}`, hash, linked });
      await reload();
    },

    async renameEvidence(hash, name) {
      const { assessment } = get();
      if (!assessment) return;
      await call('renameEvidence', { assessmentId: assessment.id, hash, name });
      await reload();
    },

    async removeEvidence(hash) {
      const { assessment } = get();
      if (!assessment) return;
      await get().flush();
      await call('removeEvidence', { assessmentId: assessment.id, hash });
      await reload();
    },
  };
});

/** Answer statuses in the order the answer buttons (and number keys) show them. */
export const checklistScale: readonly AnswerStatus[] = ['implemented', 'partial', 'not-implemented', 'not-applicable', 'alternative'];
export const quickCheckScale: readonly AnswerStatus[] = ['implemented', 'partial', 'not-implemented', 'unknown'];
