// Per-file set-up for end-to-end tests: the renderer built (once, cached), served on 127.0.0.1, and one
// Chromium for all the file's tests. Each test starts its own session (library, handlers, page).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSession } from './app-session';
import type { AppSession, SessionOptions } from './app-session';
import { buildRenderer, REPO_ROOT } from './build-renderer';
import { launchChromium } from './chromium';
import { serveFolder } from './static-server';
import type { StaticServer } from './static-server';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results/screenshots');

export interface E2EEnv {
  /** Starts a session; it is closed after the file's tests if the test does not close it. */
  start(options?: Omit<SessionOptions, 'browser' | 'appUrl'>): Promise<AppSession>;
  screenshotPath(name: string): string;
}

export function useE2EEnv(): E2EEnv {
  let browser: Browser | null = null;
  let server: StaticServer | null = null;
  const sessions: AppSession[] = [];

  beforeAll(async () => {
    const dir = await buildRenderer();
    server = await serveFolder(dir);
    browser = await launchChromium();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    for (const session of sessions) await session.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  return {
    async start(options = {}) {
      if (!browser || !server) throw new Error('The e2e environment is not set up yet.');
      const session = await startSession({ ...options, browser, appUrl: server.url });
      // Waits are for things that happen within moments; a missing one should fail fast and say what.
      session.page.setDefaultTimeout(15_000);
      // A broken page must fail the test, not pass quietly.
      session.page.on('pageerror', (error) => {
        throw error;
      });
      sessions.push(session);
      return session;
    },
    screenshotPath: (name) => path.join(SCREENSHOT_DIR, `${name}.png`),
  };
}
