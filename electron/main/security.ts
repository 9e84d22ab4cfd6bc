// The app's web-content lockdown: no navigation away from our page, no new windows, no permission grants,
// no webviews, and external links only through the vetted list. Every rule is a plain function over a
// minimal shape so tests can drive it without Electron; main wires them to the real objects.
import { isVettedExternalUrl } from '../services/external-links';

export type NavigationEvent = { preventDefault(): void };

/** will-navigate / will-redirect: the renderer is a single page; any navigation is refused. */
export function refuseNavigation(event: NavigationEvent): void {
  event.preventDefault();
}

/**
 * window.open and target=_blank: never a new Electron window. A vetted https link goes to the system
 * browser instead; anything else is dropped.
 */
export function handleWindowOpen(
  details: { url: string },
  openExternal: (url: string) => void,
): { action: 'deny' } {
  if (isVettedExternalUrl(details.url)) openExternal(details.url);
  return { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation…: the app needs none of them. */
export function denyPermission(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** will-attach-webview: refused outright (webviewTag is off too). */
export function refuseWebview(event: NavigationEvent): void {
  event.preventDefault();
}
