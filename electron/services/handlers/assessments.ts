// Assessments as records: created (with their scoping answers), read, renamed and described, duplicated,
// moved to the trash and back, and the trash emptied; their backups listed and restored.
import fs from 'node:fs';
import path from 'node:path';
import { type Assessment, ASSESSMENT_SCHEMA_VERSION, newRecordId } from '../../../assessments';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import type { HandlerContext } from './context';
import { assessmentRecords } from './records';
import type { Workspace } from '../workspace';
import { assessmentContext, refuseIfSigned } from '../storage/assessment-store';

/** Whether an assessment, or any of its backups, mentions an evidence file (when in doubt: yes). */
function linksEvidence(ws: Workspace, id: string, hash: string): boolean {
  try {
    if (ws.assessments.read(id).evidence[hash]) return true;
  } catch {
    return true;
  }
  const dir = path.join(ws.folder.backupsDir, id);
  if (!fs.existsSync(dir)) return false;
  for (const name of fs.readdirSync(dir)) {
    try {
      if (ws.codec.decode(fs.readFileSync(path.join(dir, name), 'utf8'), assessmentContext(id)).includes(hash)) return true;
    } catch {
      return true;
    }
  }
  return false;
}

type Assessments = Pick<
  Handlers,
  | 'listAssessments'
  | 'createAssessment'
  | 'getAssessment'
  | 'updateAssessment'
  | 'updateProfile'
  | 'duplicateAssessment'
  | 'deleteAssessment'
  | 'restoreAssessment'
  | 'emptyTrash'
  | 'listBackups'
  | 'restoreBackup'
>;

export function assessmentHandlers({ session, random, timestamp }: HandlerContext): Assessments {
  const ws = () => session.workspace();
  const { catalogs } = session;
  const { lineOf, save, add } = assessmentRecords({ session });

  /**
   * A new assessment started from an earlier one of the same organisation: each answer to an item the new
   * editions still have (matched by item id) comes across with its evidence and plan, marked to re-confirm
   * until someone touches it. The auditor's verdicts and the sign-off stay with the earlier assessment.
   */
  const carriedOver = (fresh: Assessment, previous: Assessment): Assessment => {
    if (previous.organisationId !== fresh.organisationId) throw new UserError('assessment.based-on-other-organisation');
    const itemsOf = new Map(fresh.catalogs.map((p) => [p.id, new Set(catalogs.getVersion(p.id, p.version).domains.flatMap((d) => d.items.map((i) => i.id)))]));
    const carried = Object.keys(previous.answers).filter((key) => {
      const [catalogId, itemId] = key.split('/') as [string, string];
      return itemsOf.get(catalogId)?.has(itemId) ?? false;
    });
    const answers = Object.fromEntries(carried.map((key) => [key, previous.answers[key]!]));
    const linked = new Set(carried.flatMap((key) => previous.answers[key]!.evidence));
    const evidence = Object.fromEntries(Object.entries(previous.evidence).filter(([hash]) => linked.has(hash)));
    const plan = Object.fromEntries(carried.filter((key) => previous.plan[key]).map((key) => [key, previous.plan[key]!]));
    return { ...fresh, answers, evidence, plan, reconfirm: carried, basedOn: { id: previous.id, title: previous.title, how: 'previous' } };
  };

  return {
    listAssessments: () => {
      session.summaries().flush();
      return ws().index.read().assessments;
    },
    createAssessment: (input) => {
      const organisation = ws().index.read().organisations.find((o) => o.id === input.organisationId && !o.deletedAt);
      if (!organisation) throw new UserError('organisation.none', { id: input.organisationId });
      const at = timestamp();
      const pinned = [...new Set(input.catalogIds)].map((id) => ({ id, version: catalogs.get(id).version }));
      const fresh: Assessment = {
        schemaVersion: ASSESSMENT_SCHEMA_VERSION,
        id: newRecordId(random),
        organisationId: input.organisationId,
        title: input.title,
        assessor: input.assessor,
        periodFrom: '',
        periodTo: '',
        status: 'draft',
        copyOf: null,
        catalogs: pinned,
        profile: input.profile,
        answers: {},
        evidence: {},
        plan: {},
        createdAt: at,
        updatedAt: at,
      };
      return add(input.basedOn ? carriedOver(fresh, ws().assessments.read(input.basedOn)) : fresh);
    },
    getAssessment: ({ id }) => ws().assessments.read(id),
    updateAssessment: ({ id, details }) => {
      const assessment = ws().assessments.read(id);
      // A renamed copy is the user's own now: it stops saying it is a copy.
      const copyOf = details.title !== assessment.title ? null : assessment.copyOf;
      return save({ ...assessment, ...details, copyOf, updatedAt: timestamp() });
    },
    updateProfile: ({ id, profile }) => {
      const assessment = ws().assessments.read(id);
      // Answers to items that stop applying are kept: they count again if the answers change back.
      return save({ ...assessment, profile, updatedAt: timestamp() });
    },
    duplicateAssessment: ({ id, title }) => {
      const source = ws().assessments.read(id);
      const at = timestamp();
      // A duplicate is a new, unsigned assessment: the seal belongs to the one that was signed.
      const { signOff: _seal, ...copy } = structuredClone(source);
      return add({ ...copy, id: newRecordId(random), title, copyOf: null, status: 'draft', createdAt: at, updatedAt: at });
    },
    deleteAssessment: ({ id }) => {
      lineOf(id);
      const at = timestamp();
      ws().index.update((index) => ({ ...index, assessments: index.assessments.map((a) => (a.id === id ? { ...a, deletedAt: at } : a)) }));
      return { deletedAt: at };
    },
    restoreAssessment: ({ id }) => {
      const line = lineOf(id);
      if (ws().index.read().organisations.find((o) => o.id === line.organisationId)?.deletedAt) {
        throw new UserError('assessment.organisation-in-trash');
      }
      const { deletedAt: _gone, ...restored } = line;
      ws().index.update((index) => ({ ...index, assessments: index.assessments.map((a) => (a.id === id ? restored : a)) }));
      return restored;
    },
    emptyTrash: () => emptyTrash(session),
    listBackups: ({ assessmentId }) => {
      if (!ws().assessments.exists(assessmentId)) throw new UserError('assessment.none', { id: assessmentId });
      return ws().assessments.document(assessmentId).backups.list();
    },
    restoreBackup: ({ assessmentId, backupName }) => {
      if (!ws().assessments.exists(assessmentId)) throw new UserError('assessment.none', { id: assessmentId });
      const document = ws().assessments.document(assessmentId);
      refuseIfSigned(document);
      if (!document.backups.list().some((b) => b.name === backupName)) throw new UserError('assessment.no-backup', { id: assessmentId, name: backupName });
      const result = document.restore(backupName);
      session.summaries().changed(assessmentId);
      session.summaries().flush();
      return result;
    },
  };
}

/**
 * Removes what is in the trash for good: the assessments' files and backups, the organisations with nothing
 * left in use, and the evidence files only they linked to (an evidence file still linked by another
 * assessment, or by any backup that could be restored, stays). The index goes first, so a crash part way
 * leaves unlisted files (harmless), never a listed assessment without its file.
 */
function emptyTrash(session: HandlerContext['session']): { assessments: number; organisations: number; evidence: number } {
  const ws = session.workspace();
  ws.writer.check();
  const index = ws.index.read();
  const gone = index.assessments.filter((a) => a.deletedAt);
  const kept = index.assessments.filter((a) => !a.deletedAt);
  const keptOrganisations = new Set(kept.map((a) => a.organisationId));
  const goneOrganisations = index.organisations.filter((o) => o.deletedAt && !keptOrganisations.has(o.id));
  ws.index.update((current) => ({
    ...current,
    assessments: kept,
    organisations: current.organisations.filter((o) => !goneOrganisations.some((g) => g.id === o.id)),
  }));
  const candidates = new Set<string>();
  for (const line of gone) {
    try {
      for (const hash of Object.keys(ws.assessments.read(line.id).evidence)) candidates.add(hash);
    } catch {
      // Unreadable: its evidence is left alone.
    }
    fs.rmSync(ws.assessments.document(line.id).path, { force: true });
    fs.rmSync(path.join(ws.folder.backupsDir, line.id), { recursive: true, force: true });
  }
  const stillLinked = (hash: string) => kept.some((line) => linksEvidence(ws, line.id, hash));
  let evidence = 0;
  for (const hash of candidates) {
    if (!stillLinked(hash)) {
      ws.vault.remove(hash);
      evidence += 1;
    }
  }
  return { assessments: gone.length, organisations: goneOrganisations.length, evidence };
}
