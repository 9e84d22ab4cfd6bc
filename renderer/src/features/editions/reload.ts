// After a move between editions (or its undo), the open assessment is read again with the catalogs it is now
// pinned to — quietly: the screen stays as it is (no loading state), only what it shows follows the new pins.
import { call } from '../../api/client';
import { useAssessment } from '../../store/assessment-store';

export async function reloadOpenAssessment(id: string): Promise<void> {
  const assessment = await call('getAssessment', { id });
  const catalogs = await Promise.all(assessment.catalogs.map((pinned) => call('getCatalog', { id: pinned.id, version: pinned.version })));
  // An answer's undo history belongs to the edition it was made in.
  useAssessment.setState((state) => (state.assessment?.id === id ? { assessment, catalogs, undoStack: [], save: { kind: 'saved', at: assessment.updatedAt }, savedAt: assessment.updatedAt } : state));
}
