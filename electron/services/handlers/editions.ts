// Moving an assessment to newer catalog editions. The preview says what would change (items added, retired and
// reworded, answers that carry over by id and those that would no longer apply, and the changelog) and writes
// nothing. The move takes a backup first (reason 'before-edition-change'), then rewrites only the pins: answers
// are keyed by item id, so they carry over as they are, and answers to retired items stay in the file, outside
// the score. The move is undone by restoring that backup (restoreBackup), which itself can be undone.
import {
  type Assessment,
  type Catalog,
  changesBetween,
  compareEditions,
  type EditionComparison,
  type PinnedCatalog,
  summarise,
} from '../../../assessments';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import { progressOf } from '../progress';
import type { Session } from '../session';
import type { HandlerContext } from './context';

type Editions = Pick<Handlers, 'previewEditionMove' | 'moveToEditions'>;

/** The pinned catalogs that have a newer edition installed, each with that newest edition. */
function newerEditions(session: Session, assessment: Assessment): { from: Catalog; to: Catalog }[] {
  const { catalogs } = session;
  return assessment.catalogs.flatMap((pinned) => {
    if (!catalogs.has(pinned.id) || !catalogs.sourceOf(pinned.id, pinned.version)) return [];
    const to = catalogs.get(pinned.id);
    return to.version > pinned.version ? [{ from: catalogs.getVersion(pinned.id, pinned.version), to }] : [];
  });
}

export function comparisonsFor(session: Session, assessment: Assessment): EditionComparison[] {
  return newerEditions(session, assessment).map(({ from, to }) =>
    compareEditions(from, to, assessment.answers, assessment.profile, changesBetween(session.changelogs.find((l) => l.catalog === to.id), from.version, to.version)),
  );
}

export function editionHandlers({ session, timestamp }: HandlerContext): Editions {
  const ws = () => session.workspace();
  const read = (id: string) => {
    if (!ws().assessments.exists(id)) throw new UserError('assessment.none', { id });
    return ws().assessments.read(id);
  };

  return {
    previewEditionMove: ({ assessmentId }) => {
      const assessment = read(assessmentId);
      return { assessmentId, title: assessment.title, comparisons: comparisonsFor(session, assessment) };
    },
    moveToEditions: ({ assessmentId, editions }) => {
      const assessment = read(assessmentId);
      const newer = newerEditions(session, assessment);
      if (newer.length === 0) throw new UserError('edition.up-to-date', { id: assessmentId });
      // Exactly what the user saw in the preview, or nothing: a catalog imported meanwhile means a new preview.
      const wanted = new Map(editions.map((e) => [e.id, e.version]));
      for (const { to } of newer) {
        if (wanted.get(to.id) !== to.version) throw new UserError('edition.changed', { catalog: `${to.id}@${to.version}` });
      }
      for (const [id, version] of wanted) {
        if (!newer.some(({ to }) => to.id === id && to.version === version)) throw new UserError('edition.changed', { catalog: `${id}@${version}` });
      }
      ws().writer.check();
      const document = ws().assessments.document(assessmentId);
      const backup = document.backups.take(document.path, 'before-edition-change');
      if (!backup) throw new UserError('edition.backup-failed');
      const catalogs: PinnedCatalog[] = assessment.catalogs.map((pinned) => ({ id: pinned.id, version: wanted.get(pinned.id) ?? pinned.version }));
      const moved: Assessment = { ...assessment, catalogs, updatedAt: timestamp() };
      ws().assessments.write(moved);
      // The index line at once: the home screen shows the editions an assessment is pinned to.
      session.summaries().changed(assessmentId);
      session.summaries().flush();
      const line = ws().index.read().assessments.find((a) => a.id === assessmentId);
      return {
        assessment: line ?? summarise(moved, progressOf(moved, session.catalogs)),
        backup,
        moved: newer.map(({ from, to }) => ({ id: to.id, from: from.version, to: to.version })),
      };
    },
  };
}
