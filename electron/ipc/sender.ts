// Which IPC senders are ours: the main frame of one of our own windows, showing our own page. A subframe,
// another window or a page that navigated elsewhere is refused. Written against a minimal shape of
// Electron's event so it can be tested without Electron.
export type SenderLike = {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
};

export type TrustedSenders = {
  windowIds: () => Iterable<number>;
  /** The URL our renderer was loaded from (file:///…/index.html or the dev server's origin). */
  appUrl: string;
};

export function isTrustedSender(event: SenderLike, trusted: TrustedSenders): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (![...trusted.windowIds()].includes(event.sender.id)) return false;
  return sameDocument(frame.url, trusted.appUrl);
}

function sameDocument(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    // file://<host>/<our path> is a different file (on another machine, or a UNC share): the host must match too.
    if (b.protocol === 'file:') return a.protocol === 'file:' && a.host === b.host && a.pathname === b.pathname;
    return a.origin === b.origin;
  } catch {
    return false;
  }
}
