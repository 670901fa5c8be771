// Smoke test of the real app: start Electron on the built app (npm run build), wait for the bundled
// sample library, search it, and check the window is locked down. Runs wherever an Electron binary is
// installed; elsewhere (CI machines that cannot download one) it is skipped with the reason printed.
// The binary is looked up without require('electron'): that call would try to download it.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryState } from '../../shared/library-types';
import type { SearchResult } from '../../shared/search-types';

const root = path.resolve(__dirname, '../..');

/** The Electron executable, or why there is none. Never triggers a download. */
function findElectron(): { path: string } | { skip: string } {
  const explicit = process.env.PRAYER_DESK_ELECTRON;
  if (explicit)
    return existsSync(explicit)
      ? { path: explicit }
      : { skip: `PRAYER_DESK_ELECTRON=${explicit} does not exist` };
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative ?? 'electron');
    return existsSync(candidate) ? { path: candidate } : { skip: `no Electron binary at ${candidate}` };
  }
  if (!relative) {
    return {
      skip:
        'no Electron binary installed (node_modules/electron/path.txt is missing: Electron 42+ downloads it on first ' +
        'run, which this machine cannot do). Set PRAYER_DESK_ELECTRON to an Electron executable to run this test.',
    };
  }
  const candidate = path.join(pkgDir, 'dist', relative);
  return existsSync(candidate) ? { path: candidate } : { skip: `no Electron binary at ${candidate}` };
}

function whySkip(): string | null {
  const found = findElectron();
  if ('skip' in found) return found.skip;
  for (const built of ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(root, built))) return `${built} is missing: run npm run build first`;
  }
  return null;
}

const skipReason = whySkip();
if (skipReason) console.warn(`[smoke] Electron smoke test skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('Prayer Desk desktop app (Electron smoke test)', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    const found = findElectron();
    if (!('path' in found)) throw new Error('unreachable');
    userData = await mkdtemp(path.join(tmpdir(), 'prayer-desk-smoke-'));
    app = await electron.launch({
      executablePath: found.path,
      args: [root],
      cwd: root,
      env: { ...process.env, PRAYER_DESK_USER_DATA: userData, ELECTRON_ENABLE_LOGGING: '1' },
      timeout: 60_000,
    });
    page = await app.firstWindow();
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('opens the app from its own protocol, sandboxed', async () => {
    expect(page.url()).toMatch(/^app:\/\/prayer-desk\//);
    await expect.poll(() => page.title()).toBe('Prayer Desk');
    const exposed = await page.evaluate(() => ({
      api: typeof window.prayerDesk,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
  });

  it('shows the bundled sample library on first start', async () => {
    const samples = (await readdir(path.join(root, 'resources', 'samples'))).length;
    await expect
      .poll(() => page.evaluate(() => window.prayerDesk.getLibraryState()), { timeout: 30_000 })
      .toMatchObject({ status: 'ready', isSample: true } satisfies Partial<LibraryState>);
    const bulletins = await page.evaluate(() => window.prayerDesk.listBulletins());
    expect(bulletins.length).toBe(samples);
  });

  it('searches the samples, misspelt words included', async () => {
    const uganda = await page.evaluate(() => window.prayerDesk.search({ text: 'Uganda' }));
    expect(uganda.total).toBeGreaterThan(0);
    expect(uganda.hits[0]?.text).toMatch(/Uganda/);
    const misspelt: SearchResult = await page.evaluate(() => window.prayerDesk.search({ text: 'Gautemala' }));
    expect(misspelt.total).toBeGreaterThan(0);
  });

  it('cannot reach the network or navigate away', async () => {
    const fetched = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'reached';
      } catch {
        return 'blocked';
      }
    });
    expect(fetched).toBe('blocked');
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\/prayer-desk\//);
    expect(app.windows()).toHaveLength(1);
  });

  it('refuses hostile arguments with a plain message', async () => {
    const message = await page.evaluate(() =>
      window.prayerDesk.getBulletin('../../etc/passwd').then(
        () => 'accepted',
        (error: Error) => error.message,
      ),
    );
    expect(message).toMatch(/climb out of the library folder/);
  });
});
