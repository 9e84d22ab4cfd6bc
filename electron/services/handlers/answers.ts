// Answers and evidence: an answer saved as the user gives it (checked against the pinned catalog), evidence
// files attached from the user's computer into the vault (under their hash; the name kept as a label), linked
// to and unlinked from items, renamed, removed, and opened or saved as a copy.
import fs from 'node:fs';
import path from 'node:path';
import { type Answer, type Assessment, EvidenceName, MAX_EVIDENCE_BYTES } from '../../../assessments';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import { writeFileAtomic } from '../storage/atomic-file';
import type { HandlerContext } from './context';
import { pinnedCatalogOf } from './items';

type Answers = Pick<Handlers, 'saveAnswer' | 'attachEvidence' | 'linkEvidence' | 'renameEvidence' | 'removeEvidence' | 'openEvidence' | 'saveEvidenceCopy'>;

/** Files that would run a program if opened: Mamori never opens these itself. */
const RUNNABLE = /\.(exe|msi|bat|cmd|com|scr|pif|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|cpl|jar|lnk|reg|sh|bash|command|app|dmg|pkg|deb|rpm|appimage|run|py|pl)$/i;

const EMPTY_ANSWER: Omit<Answer, 'updatedAt'> = { status: 'unanswered', note: '', reason: '', alternative: '', flagged: false, evidence: [] };

export function answerHandlers(ctx: HandlerContext): Answers {
  const { session, timestamp } = ctx;
  const ws = () => session.workspace();
  const { catalogs } = session;

  const checkKey = (assessment: Assessment, key: string) => pinnedCatalogOf(catalogs, assessment, key);
  /** Writes the assessment; an item whose answer was touched no longer waits to be re-confirmed. */
  const write = (assessment: Assessment, touched?: string) => {
    if (touched && assessment.reconfirm?.includes(touched)) assessment = { ...assessment, reconfirm: assessment.reconfirm.filter((k) => k !== touched) };
    ws().assessments.write(assessment);
    session.summaries().changed(assessment.id);
  };
  const evidenceOf = (assessment: Assessment, hash: string) => {
    const file = assessment.evidence[hash];
    if (!file) throw new UserError('evidence.not-attached', { hash: hash.slice(0, 12) });
    return file;
  };
  const withLink = (assessment: Assessment, key: string, hash: string, linked: boolean): Answer => {
    const current = assessment.answers[key] ?? { ...EMPTY_ANSWER, updatedAt: timestamp() };
    const evidence = linked ? [...new Set([...current.evidence, hash])] : current.evidence.filter((h) => h !== hash);
    return { ...current, evidence, updatedAt: timestamp() };
  };

  return {
    saveAnswer: ({ assessmentId, key, answer }) => {
      const assessment = ws().assessments.read(assessmentId);
      const catalog = checkKey(assessment, key);
      if (answer.status === 'unknown' && catalog.kind !== 'quick-check') throw new UserError('answer.unknown-not-allowed');
      for (const hash of answer.evidence) evidenceOf(assessment, hash);
      const saved: Answer = { ...answer, updatedAt: timestamp() };
      write({ ...assessment, answers: { ...assessment.answers, [key]: saved }, updatedAt: saved.updatedAt }, key);
      return saved;
    },
    attachEvidence: ({ assessmentId, name, mediaType, data, key }) => {
      const assessment = ws().assessments.read(assessmentId);
      if (key) checkKey(assessment, key);
      const bytes = Buffer.from(data, 'base64');
      if (bytes.length > MAX_EVIDENCE_BYTES) {
        throw new UserError('evidence.too-large', { name, size: Math.ceil(bytes.length / 1024 / 1024), limit: MAX_EVIDENCE_BYTES / 1024 / 1024 });
      }
      // The label is the file's own name, as the user knows it; never used as a path.
      const label = EvidenceName.safeParse(path.basename(name.replace(/\\/g, '/')));
      if (!label.success) throw new UserError('evidence.bad-name', { name });
      const hash = ws().vault.put(bytes);
      const at = timestamp();
      const file = assessment.evidence[hash] ?? { hash, name: label.data, size: bytes.length, mediaType: mediaType || 'application/octet-stream', addedAt: at };
      const answers = key ? { ...assessment.answers, [key]: withLink(assessment, key, hash, true) } : assessment.answers;
      write({ ...assessment, evidence: { ...assessment.evidence, [hash]: file }, answers, updatedAt: at }, key);
      return { file, ...(key ? { answer: answers[key]! } : {}) };
    },
    linkEvidence: ({ assessmentId, key, hash, linked }) => {
      const assessment = ws().assessments.read(assessmentId);
      checkKey(assessment, key);
      evidenceOf(assessment, hash);
      const answer = withLink(assessment, key, hash, linked);
      write({ ...assessment, answers: { ...assessment.answers, [key]: answer }, updatedAt: answer.updatedAt }, key);
      return answer;
    },
    renameEvidence: ({ assessmentId, hash, name }) => {
      const assessment = ws().assessments.read(assessmentId);
      const file = { ...evidenceOf(assessment, hash), name };
      write({ ...assessment, evidence: { ...assessment.evidence, [hash]: file }, updatedAt: timestamp() });
      return file;
    },
    removeEvidence: ({ assessmentId, hash }) => {
      const assessment = ws().assessments.read(assessmentId);
      evidenceOf(assessment, hash);
      const { [hash]: _removed, ...evidence } = assessment.evidence;
      const at = timestamp();
      // Unlinked from every item first; the file itself stays in the vault while any backup may need it.
      const answers = Object.fromEntries(
        Object.entries(assessment.answers).map(([key, answer]) => [key, answer.evidence.includes(hash) ? { ...answer, evidence: answer.evidence.filter((h) => h !== hash), updatedAt: at } : answer]),
      );
      write({ ...assessment, evidence, answers, updatedAt: at });
      return { removed: hash };
    },
    openEvidence: async ({ assessmentId, hash }) => {
      const assessment = ws().assessments.read(assessmentId);
      const file = evidenceOf(assessment, hash);
      if (RUNNABLE.test(file.name)) throw new UserError('evidence.runnable', { name: file.name });
      if (!ctx.openFile || !ctx.tempDir) throw new UserError('ipc.no-dialog');
      const bytes = ws().vault.get(hash);
      // A copy to open: decrypted if the folder is encrypted, under the label the user gave it.
      const dir = path.join(ctx.tempDir, `evidence-${hash.slice(0, 16)}`);
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const copy = path.join(dir, file.name);
      writeFileAtomic(copy, bytes);
      await ctx.openFile(copy);
      return { opened: true };
    },
    saveEvidenceCopy: async ({ assessmentId, hash }) => {
      const assessment = ws().assessments.read(assessmentId);
      const file = evidenceOf(assessment, hash);
      const target = await (ctx.chooseExportPath ?? (async () => {
        throw new UserError('ipc.no-dialog');
      }))(file.name);
      if (!target) return { saved: false };
      writeFileAtomic(target, ws().vault.get(hash));
      return { saved: true, file: target };
    },
  };
}
