// The app's own origin. The renderer is served from this custom protocol (never file://), so the
// Content-Security-Policy's 'self' means "the app" and the IPC sender check has one origin to compare.

export const APP_SCHEME = 'app';
export const APP_HOST = 'prayer-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of the app's own origin (app://prayer-desk/...), false for anything else or garbage. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
