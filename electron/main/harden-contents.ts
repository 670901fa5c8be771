// Rules for every web page the app ever creates (the main window and anything else): no navigation away,
// no new windows, no <webview>. Bound to app 'web-contents-created' so nothing escapes them.
import type { WebContents } from 'electron';

export interface HardenOptions {
  /** Told about each refused attempt (for the log). */
  onDenied?: (what: 'navigation' | 'window-open' | 'webview', url: string) => void;
}

export function hardenWebContents(contents: WebContents, options: HardenOptions = {}): void {
  const denied = options.onDenied ?? (() => undefined);
  // The renderer is a single page: it has no reason to navigate. Links in bulletins must not
  // turn the app window into a web browser (and a remote page would get the preload's API).
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    denied('navigation', event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    denied('navigation', event.url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    denied('navigation', event.url);
  });
  contents.setWindowOpenHandler((details) => {
    denied('window-open', details.url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    denied('webview', params.src ?? '');
  });
}
