// Keeps each assessment's line in the index (title, status, progress, last saved) in step with its file.
// Saving an answer rewrites the assessment's own file at once; its index line follows within a second or two
// (several saves in a row cost one index write), and at once when anything reads the list. A summary is
// derived data: if the app stops before it is written, opening the folder works it out again from the files.
import { type Assessment, summarise } from '../../assessments';
import type { CatalogLibrary } from './catalog-library';
import { progressOf } from './progress';
import type { Workspace } from './workspace';

export const SUMMARY_DELAY_MS = 1500;

export type SummaryKeeper = {
  /** The assessment changed: its index line will be brought up to date soon. */
  changed(assessmentId: string): void;
  /** Brings every pending index line up to date now. */
  flush(): void;
  /** Works every index line out again from the files (at start): returns how many were out of date. */
  refreshAll(): number;
};

export function summaryKeeper(workspace: Workspace, catalogs: CatalogLibrary, delayMs = SUMMARY_DELAY_MS): SummaryKeeper {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  const summaryOf = (assessment: Assessment, deletedAt?: string) => summarise(assessment, progressOf(assessment, catalogs), deletedAt);

  const write = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    if (wanted.size === 0) return 0;
    let changedLines = 0;
    const index = workspace.index.read();
    const next = index.assessments.map((line) => {
      if (!wanted.has(line.id)) return line;
      let assessment: Assessment;
      try {
        assessment = workspace.assessments.read(line.id);
      } catch {
        return line; // damaged beyond repair: its notice says so; the line stays as it was
      }
      const fresh = summaryOf(assessment, line.deletedAt);
      if (JSON.stringify(fresh) === JSON.stringify(line)) return line;
      changedLines += 1;
      return fresh;
    });
    if (changedLines > 0) workspace.index.update((current) => ({ ...current, assessments: next }));
    return changedLines;
  };

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const ids = [...pending];
    pending.clear();
    write(ids);
  };

  return {
    changed(assessmentId) {
      pending.add(assessmentId);
      if (!timer) {
        timer = setTimeout(flush, delayMs);
        timer.unref();
      }
    },
    flush,
    refreshAll: () => write(workspace.index.read().assessments.map((a) => a.id)),
  };
}
