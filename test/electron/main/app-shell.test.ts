// The shell's wiring, with `electron` replaced by fakes (no Electron binary runs in CI): the window's
// options, the protocol, the session guard, IPC with sender and argument checks, the menu, events,
// single instance, the error page and a clean quit.
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppPaths, ShellStores } from '../../../electron/main/app-shell';
import { createShellStateStore, defaultShellState } from '../../../electron/main/shell-state-store';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc-contract';
import { createSheet } from '../../../shared/prayer-sheet';
import type { PrayerSheet } from '../../../shared/prayer-sheet';
import { createFakeElectron, FakeBrowserWindow, FakeEvent, FakeWebContents } from './fake-electron';
import type { FakeElectron } from './fake-electron';
import { createFakeLibrary, createFakeStories } from './fake-library';

const electronRef = vi.hoisted(() => ({ current: null as unknown as FakeElectron }));

vi.mock('electron', () => {
  // Each property reads the current fake, so every test gets fresh ones.
  const pick = (name: keyof FakeElectron) =>
    new Proxy({}, { get: (_t, key) => Reflect.get(electronRef.current[name], key) });
  return {
    app: pick('app'),
    ipcMain: pick('ipcMain'),
    protocol: pick('protocol'),
    session: pick('session'),
    Menu: pick('Menu'),
    dialog: pick('dialog'),
    shell: pick('shell'),
    screen: pick('screen'),
    BrowserWindow: FakeBrowserWindow,
  };
});

let base: string;
let appPath: string;

beforeEach(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'prayer-desk-shell-')));
  appPath = path.join(base, 'app');
  await mkdir(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  await writeFile(
    path.join(appPath, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Prayer Desk</title>',
  );
  electronRef.current = createFakeElectron({ userData: path.join(base, 'user-data'), appPath });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(base, { recursive: true, force: true });
});

async function start() {
  const { startShell } = await import('../../../electron/main/app-shell');
  const fake = createFakeLibrary(path.join(base, 'bulletins'), ['/home/office/Bulletins']);
  const shellState = createShellStateStore(defaultShellState(), async () => undefined);
  const stories = createFakeStories();
  const openStores = vi.fn(async (_paths: AppPaths): Promise<ShellStores> => ({
    library: fake.library,
    shellState,
    stories,
  }));
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const launched = startShell({ bundleDir: '/app/dist-electron', openStores, log });
  if (!launched) throw new Error('shell did not start');
  const running = await launched;
  const electron = electronRef.current;
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  const invoke = (
    name: keyof typeof INVOKE_CHANNELS,
    sender: unknown,
    frame: unknown,
    ...args: unknown[]
  ) => {
    const handler = electron.ipcMain.handlers.get(INVOKE_CHANNELS[name]);
    if (!handler) throw new Error(`no handler for ${name}`);
    return Promise.resolve().then(() => handler({ sender, senderFrame: frame }, ...args));
  };
  return { running, electron, window, fake, openStores, log, invoke, shellState, stories };
}

describe('app shell', () => {
  it('registers app:// as a privileged standard, secure scheme before ready', async () => {
    await start();
    expect(electronRef.current.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('opens the stores with the user-data folder and the bundled samples', async () => {
    const { openStores } = await start();
    expect(openStores).toHaveBeenCalledWith({
      userDataDir: path.join(base, 'user-data'),
      sampleFolder: path.join(appPath, 'resources', 'samples'),
      bundleDir: '/app/dist-electron',
      appVersion: '0.1.0',
    });
  });

  it('creates one sandboxed, isolated window and loads the app from app://', async () => {
    const { window } = await start();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      preload: path.join('/app/dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: true,
    });
    expect(window.options.show).toBe(false);
    expect(window.loadedUrls).toEqual(['app://prayer-desk/index.html']);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('serves the renderer with the CSP header through protocol.handle', async () => {
    const { electron } = await start();
    const handler = electron.protocol.handlers.get('app');
    if (!handler) throw new Error('no app: handler');
    const response = await handler(new Request('app://prayer-desk/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Prayer Desk</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handler(new Request('app://prayer-desk/../../etc/passwd'))).status).toBe(404);
  });

  it('blocks the network and refuses permissions in the default session', async () => {
    const { electron, log } = await start();
    const session = electron.session.defaultSession;
    expect(session.cancels('https://www.ijm.org/')).toBe(true);
    expect(session.cancels('app://prayer-desk/index.html')).toBe(false);
    expect(log.warn).toHaveBeenCalledWith('[prayer-desk] blocked request: https://www.ijm.org/');
    let granted: boolean | undefined;
    session.permissionRequest?.(null, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('hardens every webContents the app creates', async () => {
    const { electron } = await start();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const navigation = new FakeEvent('https://evil.example/');
    contents.emit('will-navigate', navigation, navigation.url);
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('answers the window over IPC, and refuses other senders and bad arguments', async () => {
    const { window, invoke, fake } = await start();
    const contents = window.webContents;
    await expect(invoke('getLibraryState', contents, contents.mainFrame)).resolves.toMatchObject({
      status: 'ready',
    });
    await expect(invoke('getLibraryState', new FakeWebContents(), contents.mainFrame)).rejects.toThrow(
      /did not come from its window/,
    );
    await expect(invoke('getLibraryState', contents, { url: 'https://evil.example/' })).rejects.toThrow(
      /did not come from its window/,
    );
    await expect(invoke('search', contents, contents.mainFrame, { text: 1 })).rejects.toThrow(
      /refused "search"/,
    );
    expect(fake.library.search).not.toHaveBeenCalled();
  });

  it('serves the stories the stores opened: threads, and summaries marked with their answers', async () => {
    const { window, invoke } = await start();
    const contents = window.webContents;
    const itemId = '2024/2024-03-17.txt#0';
    await expect(invoke('getThread', contents, contents.mainFrame, itemId)).resolves.toMatchObject({
      itemId,
      status: 'waiting',
    });
    await expect(invoke('listBulletins', contents, contents.mainFrame)).resolves.toMatchObject([
      { answers: { answered: 0, waiting: 1 } },
    ]);
    await expect(invoke('getThread', contents, contents.mainFrame, '../outside#0')).rejects.toThrow(
      /refused "getThread"/,
    );
  });

  it('chooseFolder shows the native folder dialog on the window', async () => {
    const { window, invoke, electron, fake } = await start();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/home/office/New'],
    });
    const state = await invoke('chooseFolder', window.webContents, window.webContents.mainFrame);
    expect(state).toMatchObject({ folder: '/home/office/New' });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openDirectory'] }),
    );
    expect(fake.library.openFolder).toHaveBeenCalledWith('/home/office/New');
  });

  it('saves prayer sheets in userData/sheets and opens them again over IPC', async () => {
    const { window, invoke } = await start();
    const contents = window.webContents;
    const draft = createSheet({ title: 'Harvest Sunday', paperSize: 'A4' });
    const saved = (await invoke('saveSheet', contents, contents.mainFrame, draft)) as PrayerSheet;
    expect(await readdir(path.join(base, 'user-data', 'sheets'))).toEqual([`${saved.id}.json`]);
    await expect(invoke('listSheets', contents, contents.mainFrame)).resolves.toEqual([
      { id: saved.id, title: 'Harvest Sunday', updatedAt: saved.updatedAt, entryCount: 0 },
    ]);
    await expect(invoke('getSheet', contents, contents.mainFrame, saved.id)).resolves.toEqual(saved);
    await expect(invoke('getSheet', contents, contents.mainFrame, '../settings')).rejects.toThrow(
      /refused "getSheet"/,
    );
  });

  it('tells the user once about a damaged saved sheet, and lists the others', async () => {
    const { window, invoke, electron, log } = await start();
    const contents = window.webContents;
    await mkdir(path.join(base, 'user-data', 'sheets'), { recursive: true });
    await writeFile(path.join(base, 'user-data', 'sheets', 'broken.json'), '{"version":1,');
    await expect(invoke('listSheets', contents, contents.mainFrame)).resolves.toEqual([]);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ type: 'warning', message: 'A saved prayer sheet could not be opened.' }),
    );
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/damaged/));
    await invoke('listSheets', contents, contents.mainFrame);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('prints the window’s content, and does not try without a printer', async () => {
    const { window, invoke } = await start();
    const contents = window.webContents;
    contents.printers = [];
    const none = await invoke('printSheet', contents, contents.mainFrame, { paperSize: 'A4' });
    expect(none).toMatchObject({ ok: false, reason: 'no-printer' });
    expect(contents.print).not.toHaveBeenCalled();
    contents.printers = [{ name: 'Office_Laser' }];
    await expect(
      invoke('printSheet', contents, contents.mainFrame, { paperSize: 'Letter' }),
    ).resolves.toEqual({
      ok: true,
      path: null,
    });
    expect(contents.printed).toEqual([
      { silent: false, printBackground: true, pageSize: 'Letter', landscape: false },
    ]);
  });

  it('saves the PDF where the save dialog on the window says, offering Documents', async () => {
    const { window, invoke, electron } = await start();
    const contents = window.webContents;
    const target = path.join(base, 'chosen', 'Prayer sheet 2026-11-29.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const outcome = await invoke('saveSheetPdf', contents, contents.mainFrame, {
      paperSize: 'A4',
      suggestedName: 'Prayer sheet 2026-11-29.pdf',
    });
    expect(outcome).toEqual({ ok: true, path: target });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: path.join('/fake/documents', 'Prayer sheet 2026-11-29.pdf') }),
    );
    expect(contents.pdfOptions).toEqual([
      expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }),
    ]);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('forwards library events to the window and rebuilds the menu when recent folders change', async () => {
    const { window, fake, electron } = await start();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    fake.emit({ type: 'progress', progress: { done: 1, total: 4, current: 'a.txt' } });
    fake.setState({ recentFolders: ['/new', '/home/office/Bulletins'] });
    const state = fake.library.getState();
    fake.emit({ type: 'ready', state });
    expect(window.webContents.sent).toEqual([
      [EVENT_CHANNELS.libraryEvent, { type: 'progress', progress: { done: 1, total: 4, current: 'a.txt' } }],
      [EVENT_CHANNELS.libraryEvent, { type: 'ready', state }],
    ]);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
  });

  it('tells the window when the answer marks became known or changed', async () => {
    const { window, stories } = await start();
    stories.emitChange();
    expect(window.webContents.sent).toEqual([[EVENT_CHANNELS.libraryEvent, { type: 'stories' }]]);
  });

  it('sends menu commands to the renderer', async () => {
    const { window, electron } = await start();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as Array<{
      submenu?: Array<{ label?: string; click?: () => void }>;
    }>;
    const find = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.label === 'Find…');
    find?.click?.();
    expect(window.webContents.sent).toContainEqual([EVENT_CHANNELS.menuCommand, 'focus-search']);
  });

  it('shows a plain-words error page instead of a blank window when loading fails', async () => {
    const { window } = await start();
    window.webContents.emit(
      'did-fail-load',
      {},
      -6,
      'ERR_FILE_NOT_FOUND',
      'app://prayer-desk/index.html',
      true,
    );
    const errorUrl = window.loadedUrls.at(-1) ?? '';
    expect(errorUrl.startsWith('data:text/html')).toBe(true);
    expect(decodeURIComponent(errorUrl)).toContain('Prayer Desk could not open its window');
    expect(window.shown).toBe(true);
    // Aborted loads, subframes and a failing error page do not start another round.
    window.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://prayer-desk/index.html', true);
    window.webContents.emit('did-fail-load', {}, -6, 'x', 'app://prayer-desk/frame.html', false);
    window.webContents.emit('did-fail-load', {}, -6, 'x', errorUrl, true);
    expect(window.loadedUrls).toHaveLength(2);
  });

  it('shows the error page when the renderer crashes, not when it exits cleanly', async () => {
    const { window } = await start();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(window.loadedUrls).toHaveLength(1);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(decodeURIComponent(window.loadedUrls.at(-1) ?? '')).toContain('Prayer Desk stopped unexpectedly');
  });

  it('remembers the window bounds on close', async () => {
    const { window, shellState } = await start();
    window.emit('close');
    expect(shellState.get().window).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false });
  });

  it('focuses the running window when a second instance starts', async () => {
    const { window, electron } = await start();
    window.minimized = true;
    electron.app.emit('second-instance', {}, [], '/');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('uses the PRAYER_DESK_USER_DATA profile folder when set (smoke tests), before the instance lock', async () => {
    const previous = process.env.PRAYER_DESK_USER_DATA;
    process.env.PRAYER_DESK_USER_DATA = path.join(base, 'smoke-profile');
    try {
      const { openStores, electron } = await start();
      expect(openStores.mock.calls[0]?.[0]).toMatchObject({ userDataDir: path.join(base, 'smoke-profile') });
      const setPathOrder = electron.app.setPath.mock.invocationCallOrder[0] ?? Infinity;
      expect(setPathOrder).toBeLessThan(
        electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
      );
    } finally {
      if (previous === undefined) delete process.env.PRAYER_DESK_USER_DATA;
      else process.env.PRAYER_DESK_USER_DATA = previous;
    }
  });

  it('a second instance quits without opening anything', async () => {
    electronRef.current.app.requestSingleInstanceLock.mockReturnValue(false);
    const { startShell } = await import('../../../electron/main/app-shell');
    const openStores = vi.fn();
    expect(startShell({ bundleDir: '/x', openStores })).toBeNull();
    expect(electronRef.current.app.quit).toHaveBeenCalledOnce();
    expect(openStores).not.toHaveBeenCalled();
  });

  it('holds the quit until the library is closed and the state saved', async () => {
    const { electron, fake } = await start();
    const quit = new FakeEvent();
    electron.app.emit('will-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    expect(fake.library.close).toHaveBeenCalledOnce();
    expect(fake.listenerCount()).toBe(0);
    const second = new FakeEvent();
    electron.app.emit('will-quit', second);
    expect(second.defaultPrevented).toBe(false);
  });
});
