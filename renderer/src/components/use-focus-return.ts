// Gives focus back to whatever had it before a dialog opened, once the dialog has closed and left the page.
// Mantine does this itself for dialogs that stay mounted; ours unmount when closed, which would otherwise
// leave focus on the page body (and a keyboard user lost).
import { useCallback, useRef } from 'react';

export function useFocusReturn() {
  const previous = useRef<HTMLElement | null>(null);
  /** Remembers the element to come back to: the one given (a menu's button), or whatever has focus now. */
  const remember = useCallback((element?: HTMLElement | null) => {
    const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    previous.current = element ?? active;
  }, []);
  const restore = useCallback(() => {
    const target = previous.current;
    previous.current = null;
    // After the dialog's own clean-up has run — and only if nothing else took focus meanwhile (a new record
    // that was just created, say).
    setTimeout(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && target?.isConnected) target.focus();
    });
  }, []);
  return { remember, restore };
}
