// The Electron shell: the only file (with main.ts) that calls Electron at runtime. It wires the tested
// plain pieces together — session guard, app:// protocol, window, menu, IPC, saved sheets, printing — around
// an injected library service, so main.ts stays a few lines and this file is tested with `vi.mock('electron')`.
import path from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { BrowserWindow, WebContents } from 'electron';
import { EVENT_CHANNELS } from '../../shared/ipc-contract';
import type { EventSender, MenuCommand } from '../../shared/ipc-contract';
import type { LibraryState } from '../../shared/library-types';
import { createSheetStore, sheetsFolder } from '../core/sheets/sheet-store';
import { buildMenuTemplate } from './app-menu';
import { serveAppFile } from './app-files';
import { APP_SCHEME, APP_START_URL } from './app-url';
import { crashedText, errorPageUrl, loadFailedText } from './error-page';
import type { ErrorPageText } from './error-page';
import { hardenWebContents } from './harden-contents';
import type { StoryService } from '../core/stories/story-service';
import { createHandlers } from './handlers';
import type { LibraryService } from './library-port';
import { createSheetPrinter } from './print-sheet';
import { registerHandlers } from './register-ipc';
import { createSenderCheck } from './sender-check';
import { hardenSession } from './session-guard';
import type { ShellStateStore } from './shell-state-store';
import { claimSingleInstance } from './single-instance';
import { placeWindow } from './window-bounds';
import { createMainWindow } from './main-window';

export interface AppPaths {
  /** The app's user-data folder (settings, cache). */
  userDataDir: string;
  /** The bundled sample library, opened when the user has not chosen a folder yet. */
  sampleFolder: string;
  /** The folder holding main.cjs, preload.cjs and load-worker.cjs. */
  bundleDir: string;
  appVersion: string;
}

export interface ShellStores {
  library: LibraryService;
  /** Window bounds and view state (kept in the library's settings file by main.ts). */
  shellState: ShellStateStore;
  /** Threads, answers, verses, countries and digests of the library's bulletins. */
  stories: StoryService;
}

export interface ShellConfig {
  /** Opens the library service and the shell's settings; injected so tests use fakes. */
  openStores(paths: AppPaths): Promise<ShellStores>;
  /** Folder of the built main.cjs (its __dirname). */
  bundleDir: string;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

/** Chromium error code for a load replaced by another (not a failure). */
const ERR_ABORTED = -3;

/** Must run before app 'ready': app:// behaves like https (standard, secure origin, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export interface RunningShell {
  window: BrowserWindow;
  library: LibraryService;
  shellState: ShellStateStore;
}

/** Entry point: returns the launch promise, or null when another instance already runs. */
export function startShell(config: ShellConfig): Promise<RunningShell> | null {
  const log = config.log ?? console;
  // Lets the smoke test run against a throw-away profile; must precede the single-instance lock,
  // which is per user-data folder.
  const userDataOverride = process.env.PRAYER_DESK_USER_DATA;
  if (userDataOverride) app.setPath('userData', userDataOverride);
  registerAppScheme();
  let running: RunningShell | null = null;
  if (!claimSingleInstance(app, () => running && focusWindow(running.window))) return null;

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      onDenied: (what, url) => log.warn(`[prayer-desk] denied ${what}: ${url}`),
    });
  });
  // One window is the whole app: closing it quits, on macOS too (nothing useful is left without it).
  app.on('window-all-closed', () => app.quit());

  return app.whenReady().then(async () => {
    running = await launch(config, log);
    return running;
  });
}

function focusWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

async function launch(config: ShellConfig, log: NonNullable<ShellConfig['log']>): Promise<RunningShell> {
  const userDataDir = app.getPath('userData');
  // Packaged: samples and icon are extraResources next to app.asar; in development: the repo's resources/.
  const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources');
  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');

  hardenSession(session.defaultSession, {
    onBlocked: (url) => log.warn(`[prayer-desk] blocked request: ${url}`),
  });
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppFile(rendererRoot, request.url, request.method);
    return new Response(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
  });

  const { library, shellState, stories } = await config.openStores({
    userDataDir,
    sampleFolder: path.join(resourcesDir, 'samples'),
    bundleDir: config.bundleDir,
    appVersion: app.getVersion(),
  });

  const window = openMainWindow(shellState, path.join(config.bundleDir, 'preload.cjs'), resourcesDir);
  const contents = window.webContents;
  const send: EventSender = (event, payload) => {
    if (!window.isDestroyed() && !contents.isDestroyed()) contents.send(EVENT_CHANNELS[event], payload);
  };
  const report = (what: string) => (error: unknown) => {
    log.error(`[prayer-desk] ${what} failed`, error);
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Prayer Desk',
      message: `Prayer Desk could not ${what}.`,
      detail: error instanceof Error ? error.message : String(error),
    });
  };

  const pickFolder = async (): Promise<string | null> => {
    const answer = await dialog.showOpenDialog(window, {
      title: 'Choose your bulletin folder',
      buttonLabel: 'Use this folder',
      properties: ['openDirectory'],
    });
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  };

  let menuFolders = '';
  const refreshMenu = (state: LibraryState) => {
    const key = JSON.stringify(state.recentFolders);
    if (key === menuFolders) return;
    menuFolders = key;
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.getName(),
      recentFolders: state.recentFolders,
      devTools: !app.isPackaged,
      actions: {
        chooseFolder: () => {
          pickFolder()
            .then((folder) => (folder === null ? null : library.openFolder(folder)))
            .catch(report('open that folder'));
        },
        openRecentFolder: (folder) => void library.openFolder(folder).catch(report('open that folder')),
        reloadLibrary: () => void library.reload().catch(report('reload the library')),
        sendCommand: (command: MenuCommand) => send('menuCommand', command),
        showAbout: () => void showAbout(window),
        openDataFolder: () => void shell.openPath(userDataDir),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  refreshMenu(library.getState());

  const offLibrary = library.onEvent((event) => {
    send('libraryEvent', event);
    if (event.type === 'ready' || event.type === 'changed') refreshMenu(event.state);
  });
  const offStories = stories.onChange(() => send('libraryEvent', { type: 'stories' }));
  const unsubscribe = () => {
    offLibrary();
    offStories();
  };

  const sheets = createSheetStore({
    dir: sheetsFolder(userDataDir),
    // A damaged sheet file was set aside: say so once, without stopping anything.
    onProblem: (problem) => {
      log.warn(`[prayer-desk] ${problem.message} (${problem.reason})`);
      if (!window.isDestroyed()) {
        void dialog.showMessageBox(window, {
          type: 'warning',
          title: 'Prayer Desk',
          message: 'A saved prayer sheet could not be opened.',
          detail: problem.message,
        });
      }
    },
  });
  const printer = createSheetPrinter({
    contents: () => (window.isDestroyed() || contents.isDestroyed() ? null : contents),
    showSaveDialog: (options) => dialog.showSaveDialog(window, options),
    documentsDir: () => app.getPath('documents'),
    log,
  });

  registerHandlers(
    ipcMain,
    createHandlers({
      library,
      pickFolder,
      showItemInFolder: (file) => shell.showItemInFolder(file),
      openPath: async (file) => {
        const problem = await shell.openPath(file);
        if (problem) throw new Error(problem);
      },
      viewState: { get: () => shellState.get().view, set: (view) => shellState.setView(view) },
      sheets,
      printer,
      stories,
    }),
    createSenderCheck(() => (window.isDestroyed() ? null : window.webContents)),
  );

  showErrorPageOnFailure(window, log);
  closeCleanly(library, shellState, unsubscribe);
  void window.loadURL(APP_START_URL);
  return { window, library, shellState };
}

function openMainWindow(
  shellState: ShellStateStore,
  preloadPath: string,
  resourcesDir: string,
): BrowserWindow {
  const displays = screen.getAllDisplays();
  const primaryId = screen.getPrimaryDisplay().id;
  const workAreas = [...displays]
    .sort((a, b) => Number(b.id === primaryId) - Number(a.id === primaryId))
    .map((display) => display.workArea);
  const placement = placeWindow(shellState.get().window, workAreas);
  const window = createMainWindow({
    placement,
    preloadPath,
    iconPath: path.join(resourcesDir, 'icon.png'),
    devTools: !app.isPackaged,
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    shellState.setWindow({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  return window;
}

function showErrorPageOnFailure(window: BrowserWindow, log: NonNullable<ShellConfig['log']>): void {
  const contents: WebContents = window.webContents;
  const showError = (text: ErrorPageText) => {
    log.error(`[prayer-desk] ${text.detail}`);
    if (window.isDestroyed()) return;
    void window.loadURL(errorPageUrl(text));
    window.show();
  };
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // A failing error page must not loop; an aborted load was replaced by another one.
    if (!isMainFrame || code === ERR_ABORTED || url.startsWith('data:')) return;
    showError(loadFailedText(description, code));
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') showError(crashedText(details.reason));
  });
  contents.on('preload-error', (_event, preloadPath, error) => {
    log.error(`[prayer-desk] preload ${preloadPath} failed`, error);
    showError(loadFailedText(`the bridge script failed: ${error.message}`, 0));
  });
}

function closeCleanly(library: LibraryService, shellState: ShellStateStore, unsubscribe: () => void): void {
  let closed = false;
  // Electron does not wait for async 'will-quit' listeners: hold the quit, finish writing, quit again.
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    unsubscribe();
    void Promise.allSettled([library.close(), shellState.flush()]).then(() => {
      closed = true;
      app.quit();
    });
  });
}

async function showAbout(window: BrowserWindow): Promise<void> {
  await dialog.showMessageBox(window, {
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail:
      'An offline reader for weekly prayer-request bulletins: search, filter by region, browse and print ' +
      'a prayer sheet.\n\nPrayer Desk never connects to the internet. Your bulletins stay on this computer.\n\n' +
      `Electron ${process.versions.electron ?? '?'}, Chromium ${process.versions.chrome ?? '?'}`,
  });
}
