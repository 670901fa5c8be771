// Smoke test of the real app, a volunteer's first session: it starts, opens the bundled sample library,
// searches it, opens a bulletin, puts a request on a prayer sheet and saves the sheet as a PDF into a
// temporary folder, and the window is locked down (context isolation, sandbox, no Node in the page, no
// navigation away, no network). It runs on up to three builds of the app, each where it can be had:
//
//   development  Electron's own binary on the built sources (npm run build), as `npm start` runs them.
//                Found in node_modules/electron (never downloaded from here) or PRAYER_DESK_ELECTRON.
//   packed       The app as electron-builder packs it (app.asar, samples as extraResources, fuses), from
//                a test build that differs from the shipped one in a single fuse,
//                EnableNodeCliInspectArguments, left on: Playwright's _electron.launch drives the main
//                process through Node's inspector (--inspect=0), which the shipped fuse refuses. CI makes it
//                with `electron-builder --dir -c.electronFuses.enableNodeCliInspectArguments=true
//                -c.directories.output=release-smoke`; PRAYER_DESK_PACKED_DIR names another folder.
//   shipped      The app exactly as shipped (PRAYER_DESK_SHIPPED_APP: the executable installed from the
//                installer in CI; else the one `npm run dist` left in release/). Without the inspector it is
//                started with Chromium's --remote-debugging-port and driven through
//                chromium.connectOverCDP: the renderer side of the task, the window lock-down, and the
//                fuses read from its executable, --inspect refused. Its save dialog cannot be answered
//                from here, so the PDF is saved in the other two.
//
// PRAYER_DESK_SMOKE_REQUIRE (CI) lists the builds that must be there: a missing one fails.
// Where none can be had (machines that cannot download Electron), every test is skipped with the reason
// printed. The binaries are looked up without require('electron'): that call would try to download one.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, chromium } from 'playwright-core';
import type { Browser, ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryState } from '../../shared/library-types';
import type { SearchResult } from '../../shared/search-types';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  productName: string;
  build: { electronFuses: Record<string, boolean>; linux?: { executableName?: string } };
};
const SAMPLE_COUNT = readdirSync(path.join(root, 'resources', 'samples')).length;
const START_TIMEOUT_MS = 90_000;

type Found = { path: string } | { skip: string };

/** The development Electron executable, or why there is none. Never triggers a download. */
function findDevElectron(): Found {
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
  if (!existsSync(candidate)) return { skip: `no Electron binary at ${candidate}` };
  for (const built of ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(root, built))) return { skip: `${built} is missing: run npm run build first` };
  }
  return { path: candidate };
}

/** The app's executable in an electron-builder output folder (its unpacked app for this system). */
function findPackedExecutable(outputDir: string): Found {
  if (!existsSync(outputDir))
    return { skip: `${path.relative(root, outputDir) || outputDir} does not exist` };
  const dirs = readdirSync(outputDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  let candidates: string[];
  if (process.platform === 'win32') {
    candidates = dirs
      .filter((d) => /^win-.*unpacked$/.test(d.name))
      .map((d) => path.join(outputDir, d.name, `${pkg.productName}.exe`));
  } else if (process.platform === 'darwin') {
    candidates = dirs
      .filter((d) => /^mac/.test(d.name))
      .map((d) =>
        path.join(outputDir, d.name, `${pkg.productName}.app`, 'Contents', 'MacOS', pkg.productName),
      );
  } else {
    candidates = dirs
      .filter((d) => /^linux-.*unpacked$/.test(d.name))
      .map((d) => path.join(outputDir, d.name, pkg.build.linux?.executableName ?? 'prayer-desk'));
  }
  const found = candidates.find((c) => existsSync(c));
  return found ? { path: found } : { skip: `no packed app for ${process.platform} in ${outputDir}` };
}

function findPacked(): Found {
  const dir = process.env.PRAYER_DESK_PACKED_DIR ?? path.join(root, 'release-smoke');
  const found = findPackedExecutable(dir);
  return 'skip' in found
    ? {
        skip: `${found.skip}: build it with npx electron-builder --dir -c.electronFuses.enableNodeCliInspectArguments=true -c.directories.output=release-smoke (CI does)`,
      }
    : found;
}

function findShipped(): Found {
  const explicit = process.env.PRAYER_DESK_SHIPPED_APP;
  if (explicit)
    return existsSync(explicit)
      ? { path: explicit }
      : { skip: `PRAYER_DESK_SHIPPED_APP=${explicit} does not exist` };
  const found = findPackedExecutable(path.join(root, 'release'));
  return 'skip' in found ? { skip: `${found.skip}: run npm run dist first (CI does)` } : found;
}

const development = findDevElectron();
const packed = findPacked();
const shipped = findShipped();
const targets = { development, packed, shipped };
for (const [name, found] of Object.entries(targets)) {
  if ('skip' in found) console.warn(`[smoke] Electron smoke test (${name} app) skipped: ${found.skip}`);
}

// CI names the builds it has made (PRAYER_DESK_SMOKE_REQUIRE=development,packed,shipped): there, a build
// that cannot be found fails instead of skipping, so the smoke test never passes by testing nothing.
const required = (process.env.PRAYER_DESK_SMOKE_REQUIRE ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
describe.skipIf(required.length === 0)('the builds CI made are all found', () => {
  it.each(required)('%s', (name) => {
    const found = targets[name as keyof typeof targets] as Found | undefined;
    expect(found, `unknown build "${name}" in PRAYER_DESK_SMOKE_REQUIRE`).toBeDefined();
    expect(found && 'skip' in found ? found.skip : null).toBeNull();
  });
});

/** A profile and a PDF folder of its own for each run, removed afterwards. */
async function tempDirs(): Promise<{ userData: string; pdfDir: string; remove: () => Promise<void> }> {
  const base = await mkdtemp(path.join(tmpdir(), 'prayer-desk-smoke-'));
  const userData = path.join(base, 'profile');
  const pdfDir = path.join(base, 'pdf');
  return { userData, pdfDir, remove: () => rm(base, { recursive: true, force: true }) };
}

/** The app's window, once its page is the app's own. */
async function appWindow(pages: () => Page[], waitForPage: () => Promise<Page>): Promise<Page> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const page = pages().find((p) => p.url().startsWith('app://'));
    if (page) return page;
    await Promise.race([waitForPage(), new Promise((resolve) => setTimeout(resolve, 500))]);
  }
  throw new Error('the app window never opened');
}

/** The part of the task every build does through its window: samples, search, open a bulletin. */
function rendererTask(get: () => Page) {
  it('opens the app from its own protocol', async () => {
    const page = get();
    expect(page.url()).toMatch(/^app:\/\/prayer-desk\//);
    await expect.poll(() => page.title()).toBe('Prayer Desk');
  });

  it('opens the bundled sample library on first start', async () => {
    const page = get();
    await expect
      .poll(() => page.evaluate(() => window.prayerDesk.getLibraryState()), { timeout: 60_000 })
      .toMatchObject({ status: 'ready', isSample: true } satisfies Partial<LibraryState>);
    const bulletins = await page.evaluate(() => window.prayerDesk.listBulletins());
    expect(bulletins.length).toBe(SAMPLE_COUNT);
  });

  it('searches the samples, misspelt words included, and shows the results', async () => {
    const page = get();
    const uganda: SearchResult = await page.evaluate(() => window.prayerDesk.search({ text: 'Uganda' }));
    expect(uganda.total).toBeGreaterThan(0);
    expect(uganda.hits[0]?.text).toMatch(/Uganda/);
    const misspelt: SearchResult = await page.evaluate(() => window.prayerDesk.search({ text: 'Gautemala' }));
    expect(misspelt.total).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('Uganda');
    await page.getByRole('article').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('article').first().locator('mark').allTextContents()).toContain('Uganda');
  });

  it('opens a bulletin from a result, the words marked', async () => {
    const page = get();
    await page.getByRole('article').first().click();
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader.waitFor({ timeout: 30_000 });
    await expect.poll(() => reader.locator('mark').allTextContents()).toContain('Uganda');
  });
}

/** Lock-down as the page sees it: no Node, no network, no navigation, no new windows. */
function pageLockDown(get: () => Page, windowCount: () => number) {
  it('gives the page no Node, no network, no navigation away and no new window', async () => {
    const page = get();
    const exposed = await page.evaluate(() => ({
      api: typeof window.prayerDesk,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(exposed).toEqual({
      api: 'object',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
    });
    const fetched = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'reached';
      } catch {
        return 'blocked';
      }
    });
    expect(fetched).toBe('blocked');
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\/prayer-desk\//);
    expect(windowCount()).toBe(1);
  });

  it('refuses hostile arguments with a plain message', async () => {
    const message = await get().evaluate(() =>
      window.prayerDesk.getBulletin('../../etc/passwd').then(
        () => 'accepted',
        (error: Error) => error.message,
      ),
    );
    expect(message).toMatch(/climb out of the library folder/);
  });
}

/** The whole task through Playwright's _electron, with the main process at hand. */
function electronTask(name: string, found: Found, args: (exe: string) => string[]) {
  describe.skipIf('skip' in found)(`Prayer Desk, ${name} app (Electron smoke test)`, () => {
    let app: ElectronApplication;
    let page: Page;
    let dirs: Awaited<ReturnType<typeof tempDirs>>;

    beforeAll(async () => {
      if (!('path' in found)) throw new Error('unreachable');
      dirs = await tempDirs();
      app = await electron.launch({
        executablePath: found.path,
        args: args(found.path),
        cwd: root,
        env: { ...process.env, PRAYER_DESK_USER_DATA: dirs.userData, ELECTRON_ENABLE_LOGGING: '1' },
        timeout: START_TIMEOUT_MS,
      });
      page = await appWindow(
        () => app.windows(),
        () => app.waitForEvent('window'),
      );
    }, START_TIMEOUT_MS + 30_000);

    afterAll(async () => {
      await app?.close();
      await dirs?.remove();
    });

    rendererTask(() => page);

    it('saves a prayer sheet as a PDF into a temporary folder', async () => {
      const target = path.join(dirs.pdfDir, 'smoke-sheet.pdf');
      await mkdir(dirs.pdfDir, { recursive: true });
      // The save dialog answers with the temporary folder; everything else is the app's own path.
      await app.evaluate(({ dialog }, file) => {
        dialog.showSaveDialog = (async () => ({
          canceled: false,
          filePath: file,
        })) as typeof dialog.showSaveDialog;
      }, target);
      const reader = page.getByRole('region', { name: 'Reading pane' });
      await reader.getByRole('button', { name: 'Add to prayer sheet' }).first().click();
      const sheetButton = page.getByRole('button', { name: /^Prayer sheet, 1 request/ });
      await sheetButton.click();
      const panel = page.getByRole('complementary', { name: 'Prayer sheet' });
      await panel
        .getByText(/Uganda/)
        .first()
        .waitFor();
      await panel.getByRole('button', { name: 'Save as PDF…' }).first().click();
      await expect.poll(() => existsSync(target), { timeout: 60_000 }).toBe(true);
      const pdf = await readFile(target);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(2_000);
      expect(await readdir(dirs.pdfDir)).toEqual(['smoke-sheet.pdf']);
    }, 120_000);

    it('opens its window with context isolation and the sandbox on, and no Node integration', async () => {
      const prefs = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => {
          // At run time since Electron 9, not in its type definitions.
          const contents = w.webContents as unknown as {
            getLastWebPreferences(): Record<string, boolean | undefined> | null;
          };
          const p = contents.getLastWebPreferences();
          return {
            contextIsolation: p?.contextIsolation,
            sandbox: p?.sandbox,
            nodeIntegration: p?.nodeIntegration ?? false,
            nodeIntegrationInWorker: p?.nodeIntegrationInWorker ?? false,
            nodeIntegrationInSubFrames: p?.nodeIntegrationInSubFrames ?? false,
            webSecurity: p?.webSecurity ?? true,
            webviewTag: p?.webviewTag ?? false,
          };
        }),
      );
      expect(prefs).toEqual([
        {
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          webviewTag: false,
        },
      ]);
    });

    pageLockDown(
      () => page,
      () => app.windows().length,
    );
  });
}

electronTask('development', development, () => [root]);
// The packed app finds itself in its app.asar: no app folder argument.
electronTask('packed', packed, () => []);

/** The shipped build through Chromium's debugging port: its inspector is fused off. */
describe.skipIf('skip' in shipped)('Prayer Desk, shipped app (Electron smoke test)', () => {
  let child: ChildProcess;
  let output = '';
  let browser: Browser;
  let page: Page;
  let dirs: Awaited<ReturnType<typeof tempDirs>>;

  beforeAll(async () => {
    if (!('path' in shipped)) throw new Error('unreachable');
    dirs = await tempDirs();
    const args = ['--remote-debugging-port=0', '--inspect=0'];
    // Playwright does the same for _electron on Linux; CI runners restrict the namespaces it needs.
    if (process.platform === 'linux') args.push('--no-sandbox');
    child = spawn(shipped.path, args, {
      env: { ...process.env, PRAYER_DESK_USER_DATA: dirs.userData, APPIMAGE_EXTRACT_AND_RUN: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const endpoint = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no DevTools endpoint in time; output:\n${output}`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the app exited (${code}) before it opened; output:\n${output}`));
      });
    });
    browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('no browser context');
    page = await appWindow(
      () => context.pages(),
      () => context.waitForEvent('page'),
    );
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    await dirs?.remove();
  });

  rendererTask(() => page);
  pageLockDown(
    () => page,
    () => browser.contexts().flatMap((c) => c.pages()).length,
  );

  it('refuses the Node inspector and carries the fuses of package.json', async () => {
    expect(output).not.toMatch(/Debugger listening/);
    if (!('path' in shipped) || /\.AppImage$/i.test(shipped.path)) return; // fuses sit inside the image
    const { getCurrentFuseWire, FuseV1Options } = await import('@electron/fuses');
    const wire = await getCurrentFuseWire(shipped.path);
    for (const [key, wanted] of Object.entries(pkg.build.electronFuses)) {
      const option = FuseV1Options[(key[0]?.toUpperCase() + key.slice(1)) as keyof typeof FuseV1Options];
      expect(option, `fuse ${key}`).toBeDefined();
      // '1' (0x31) on, '0' (0x30) off; see @electron/fuses' FuseState.
      expect(wire[option], `fuse ${key}`).toBe((wanted ? '1' : '0').charCodeAt(0));
    }
  });
});
