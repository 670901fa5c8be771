// The built main process (dist-electron/main.cjs, as packed into app.asar) run in Node with a fake
// `electron` module: the real settings store, library service, load worker and bundled samples, wired
// by the real bundle. Closest to the Electron smoke test that can run without an Electron binary.
// Needs `npm run build`; skipped with the reason when the bundle is missing.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc-contract';
import type { LibraryState } from '../../../shared/library-types';
import type { SearchResult } from '../../../shared/search-types';
import { createFakeElectron, FakeBrowserWindow, FakeEvent } from './fake-electron';
import type { FakeElectron } from './fake-electron';

const root = path.resolve(__dirname, '../../..');
const bundles = ['main.cjs', 'preload.cjs', 'load-worker.cjs', 'parse-child.cjs'];
const missing = bundles.filter((file) => !existsSync(path.join(root, 'dist-electron', file)));
if (missing.length > 0) {
  console.warn(`[main-bundle] skipped: dist-electron/${missing.join(', ')} missing; run npm run build first`);
}

describe.skipIf(missing.length > 0)('the built main process, with a fake electron module', () => {
  let work: string;
  let electron: FakeElectron;
  let window: FakeBrowserWindow;

  const invoke = async (name: keyof typeof INVOKE_CHANNELS, ...args: unknown[]) => {
    const handler = electron.ipcMain.handlers.get(INVOKE_CHANNELS[name]);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, ...args);
  };

  beforeAll(async () => {
    work = await realpath(await mkdtemp(path.join(tmpdir(), 'prayer-desk-bundle-')));
    // The bundle's require('electron') resolves to this stub, which hands out the test's fake.
    const bundleDir = path.join(work, 'dist-electron');
    await mkdir(path.join(work, 'node_modules', 'electron'), { recursive: true });
    await writeFile(
      path.join(work, 'node_modules', 'electron', 'index.js'),
      'module.exports = globalThis.__prayerDeskFakeElectron;\n',
    );
    await mkdir(bundleDir);
    for (const file of bundles) await cp(path.join(root, 'dist-electron', file), path.join(bundleDir, file));
    electron = createFakeElectron({ userData: path.join(work, 'user-data'), appPath: root });
    (globalThis as Record<string, unknown>).__prayerDeskFakeElectron = electron;
    createRequire(import.meta.url)(path.join(bundleDir, 'main.cjs'));
    await vi.waitFor(
      () => {
        const first = FakeBrowserWindow.instances[0];
        if (!first) throw new Error('no window yet');
        window = first;
      },
      { timeout: 10_000 },
    );
  }, 20_000);

  afterAll(async () => {
    delete (globalThis as Record<string, unknown>).__prayerDeskFakeElectron;
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('opens the bundled sample library on first start, through the load worker', async () => {
    const samples = (await readdir(path.join(root, 'resources', 'samples'))).length;
    await vi.waitFor(
      async () => {
        const state = (await invoke('getLibraryState')) as LibraryState;
        expect(state).toMatchObject({ status: 'ready', isSample: true, bulletinCount: samples });
      },
      { timeout: 15_000 },
    );
    expect(electron.app.exit).not.toHaveBeenCalled();
    expect(((await invoke('listBulletins')) as unknown[]).length).toBe(samples);
    expect(window.webContents.sent.some(([channel]) => channel === EVENT_CHANNELS.libraryEvent)).toBe(true);
  });

  it('searches the samples', async () => {
    const result = (await invoke('search', { text: 'Uganda' })) as SearchResult;
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits[0]?.text).toContain('Uganda');
  });

  it('opens a folder chosen in the native dialog, loading it in the worker thread', async () => {
    const folder = path.join(work, 'Bulletins');
    await cp(path.join(root, 'resources', 'samples'), folder, { recursive: true });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const state = (await invoke('chooseFolder')) as LibraryState;
    expect(state).toMatchObject({ status: 'ready', isSample: false, recentFolders: [folder] });
    expect(state.bulletinCount).toBeGreaterThan(0);
    expect(state.problems).toEqual([]);
    // Only folders picked in the dialog may be reopened by the renderer.
    await expect(invoke('openFolder', path.join(work, 'user-data'))).rejects.toThrow(
      /not in the recent folders/,
    );
  });

  it('serves the built renderer with its CSP and loads it in a locked-down window', async () => {
    expect(window.loadedUrls).toEqual(['app://prayer-desk/index.html']);
    expect(window.options.webPreferences).toMatchObject({
      preload: path.join(work, 'dist-electron', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    const handler = electron.protocol.handlers.get('app');
    const response = await handler?.(new Request('app://prayer-desk/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(electron.session.defaultSession.cancels('https://example.com/')).toBe(true);
  });

  it('remembers the window in the settings file and closes cleanly on quit', async () => {
    window.emit('close');
    const quit = new FakeEvent();
    electron.app.emit('will-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), { timeout: 10_000 });
    const settings = JSON.parse(await readFile(path.join(work, 'user-data', 'settings.json'), 'utf8'));
    expect(settings.windowBounds).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false });
  });
});
