// Locks down the app's session: the app is offline by design (church-office PCs, private prayer requests),
// so every request that is not the app's own files is cancelled, and every permission is refused.
// `enableNetworkEmulation({ offline: true })` does not block requests (AFFiNE PR 8086); onBeforeRequest does.
import type { Session } from 'electron';
import { isAppUrl } from './app-url';

// Schemes that never leave the machine: the error page (data:), generated print previews (blob:) and
// the developer tools' own pages. app: is allowed only for the app's own host (isAppUrl).
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/** Whether a request from the app's session may proceed: only local, never network or file://. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Electron's name for navigator.clipboard.writeText's permission. */
const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

export interface SessionGuardOptions {
  /** Told about each refused request, so a blocked resource shows up in the log instead of failing silently. */
  onBlocked?: (url: string) => void;
}

export function hardenSession(session: Session, options: SessionGuardOptions = {}): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) options.onBlocked?.(details.url);
    callback({ cancel: !allowed });
  });
  // The app needs no camera, microphone, notifications, geolocation, USB, HID, serial…: refuse them all.
  // The one exception is writing plain text to the clipboard ("Copy as text" on the prayer sheet); reading
  // the clipboard stays refused.
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === CLIPBOARD_WRITE),
  );
  session.setPermissionCheckHandler((_contents, permission) => permission === CLIPBOARD_WRITE);
  session.setDevicePermissionHandler(() => false);
  // Chromium's spell checker downloads dictionaries from Google on Windows and Linux: no network, no checker.
  session.setSpellCheckerEnabled(false);
}
