// IPC calls are answered only for our own window's main frame showing our own page.
import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderLike } from '../../electron/ipc/sender';

const appUrl = 'file:///opt/Mamori/resources/app.asar/out/renderer/index.html';
const trusted = { windowIds: () => [7], appUrl };
const event = (over: Partial<{ id: number; url: string; parent: unknown; frame: boolean }> = {}): SenderLike => ({
  sender: { id: over.id ?? 7 },
  senderFrame: over.frame === false ? null : { url: over.url ?? appUrl, parent: over.parent ?? null },
});

describe('the IPC sender check', () => {
  it('accepts our window main frame', () => {
    expect(isTrustedSender(event(), trusted)).toBe(true);
    expect(isTrustedSender(event({ url: `${appUrl}#/assessments` }), trusted)).toBe(true);
  });
  it('refuses another window', () => expect(isTrustedSender(event({ id: 8 }), trusted)).toBe(false));
  it('refuses a subframe', () => expect(isTrustedSender(event({ parent: {} }), trusted)).toBe(false));
  it('refuses a call without a frame', () => expect(isTrustedSender(event({ frame: false }), trusted)).toBe(false));
  it('refuses another page in our window', () => {
    expect(isTrustedSender(event({ url: 'file:///tmp/evil.html' }), trusted)).toBe(false);
    expect(isTrustedSender(event({ url: 'https://evil.example/' }), trusted)).toBe(false);
    expect(isTrustedSender(event({ url: 'garbage' }), trusted)).toBe(false);
  });
  it('refuses our page\'s path on another host (file://host/…)', () => {
    expect(isTrustedSender(event({ url: 'file://evil.example/opt/Mamori/resources/app.asar/out/renderer/index.html' }), trusted)).toBe(false);
  });
  it('compares origins for the development server', () => {
    const dev = { windowIds: () => [7], appUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(event({ url: 'http://localhost:5173/index.html' }), dev)).toBe(true);
    expect(isTrustedSender(event({ url: 'http://localhost:5174/' }), dev)).toBe(false);
  });
});
