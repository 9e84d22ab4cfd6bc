// Closing the window (or reloading it) never loses an answer: while a change is on its way, the close is
// held back, the change is sent, and the window closes itself once main has it. A half-made answer (not
// applicable without its reason) cannot be saved; the first close warns about it, a second close goes.
import { isComplete, useAssessment } from '../../store/assessment-store';

export function installCloseGuard(onIncomplete: () => void): () => void {
  let closingAfterSave = false;
  let warned = false;
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (closingAfterSave) return;
    const { pending, flush } = useAssessment.getState();
    const values = Object.values(pending);
    if (values.length === 0) return;
    if (!values.some(isComplete)) {
      if (warned) return;
      warned = true;
      event.preventDefault();
      onIncomplete();
      return;
    }
    event.preventDefault();
    void flush().then(() => {
      if (Object.values(useAssessment.getState().pending).some(isComplete)) return; // not saved: the failure is on screen
      closingAfterSave = true;
      window.close();
    });
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
