import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { hardenSession, isAllowedRequestUrl } from '../../../electron/main/session-guard';
import { FakeSession } from './fake-electron';

function guarded() {
  const session = new FakeSession();
  const blocked: string[] = [];
  hardenSession(session as unknown as Session, { onBlocked: (url) => blocked.push(url) });
  return { session, blocked };
}

describe('the session blocks every network request (the app works with the cable pulled)', () => {
  it.each([
    'https://www.ijm.org/',
    'http://example.com/tracker.gif',
    'http://localhost:5173/',
    'http://127.0.0.1/',
    'http://[::1]/',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'file:///C:/Users/office/Documents/x.txt',
    'app://evil-host/index.html',
    'chrome://settings',
    'chrome-extension://abc/x.js',
    'gopher://example.com/',
    'not a url',
    '',
  ])('cancels %j', (url) => {
    const { session, blocked } = guarded();
    expect(session.cancels(url)).toBe(true);
    expect(blocked).toEqual([url]);
  });

  it.each([
    'app://prayer-desk/index.html',
    'app://prayer-desk/assets/index-abc.js',
    'data:text/html;charset=utf-8,%3Ch1%3EError%3C%2Fh1%3E',
    'blob:app://prayer-desk/0b7c-11aa',
    'devtools://devtools/bundled/inspector.html',
  ])('lets the app load its own %j', (url) => {
    const { session, blocked } = guarded();
    expect(session.cancels(url)).toBe(false);
    expect(blocked).toEqual([]);
  });

  it('isAllowedRequestUrl agrees with the listener', () => {
    expect(isAllowedRequestUrl('app://prayer-desk/')).toBe(true);
    expect(isAllowedRequestUrl('https://prayer-desk/')).toBe(false);
  });
});

describe('the session refuses permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'request for %s is refused',
    (permission) => {
      const { session } = guarded();
      let granted: boolean | undefined;
      session.permissionRequest?.(null, permission, (answer) => {
        granted = answer;
      });
      expect(granted).toBe(false);
      expect(session.permissionCheck?.(null, permission, 'app://prayer-desk', {})).toBe(false);
    },
  );

  it('lets the page write text to the clipboard ("Copy as text"), and nothing more', () => {
    const { session } = guarded();
    let granted: boolean | undefined;
    session.permissionRequest?.(null, 'clipboard-sanitized-write', (answer) => {
      granted = answer;
    });
    expect(granted).toBe(true);
    expect(session.permissionCheck?.(null, 'clipboard-sanitized-write', 'app://prayer-desk', {})).toBe(true);
  });

  it('refuses devices and turns off the spell checker (it downloads dictionaries)', () => {
    const { session } = guarded();
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    expect(session.spellChecker).toBe(false);
  });
});
