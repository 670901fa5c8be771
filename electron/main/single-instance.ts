// One Prayer Desk at a time: a second start (double-clicked shortcut, impatient user) focuses the
// window that is already open instead of loading the library twice and fighting over its cache.
import type { App } from 'electron';

/** Returns false when another instance holds the lock (this one then quits). */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  focusExisting: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}
