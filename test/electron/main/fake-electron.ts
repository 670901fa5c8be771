// A small stand-in for the parts of the `electron` module the shell uses, for `vi.mock('electron')`:
// no Electron binary can run in CI. Objects are EventEmitters with the methods the shell calls, and
// record what was done to them so tests can assert on it and fire the events Electron would fire.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = { url: 'app://prayer-desk/index.html' };
  readonly sent: Array<[string, unknown]> = [];
  readonly loadedUrls: string[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  /** The printers Chromium would list; empty: a computer with no printer set up. */
  printers: Array<{ name: string }> = [{ name: 'Office_Laser' }];
  /** What the print dialog answers (the callback's arguments). */
  printAnswer: [boolean, string] = [true, ''];
  readonly printed: unknown[] = [];
  readonly pdfOptions: unknown[] = [];
  getPrintersAsync = vi.fn(async () => this.printers);
  print = vi.fn((options: unknown, callback: (success: boolean, failureReason: string) => void) => {
    this.printed.push(options);
    callback(...this.printAnswer);
  });
  printToPDF = vi.fn(async (options: unknown) => {
    this.pdfOptions.push(options);
    return Buffer.from('%PDF-1.7 fake');
  });
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  shown = false;
  focused = false;
  minimized = false;
  maximized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 900, height: 700 };
  }
}

type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession {
  beforeRequest: BeforeRequest | null = null;
  permissionRequest:
    ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  spellChecker = true;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermission']): void {
    this.devicePermission = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
  /** What onBeforeRequest decides for a URL: true when the request is cancelled. */
  cancels(url: string): boolean {
    let cancel: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => {
      cancel = response.cancel;
    });
    if (cancel === undefined) throw new Error('onBeforeRequest did not answer');
    return cancel;
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export function createFakeElectron(paths: { userData: string; appPath: string }) {
  FakeBrowserWindow.instances = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    setPath: vi.fn((name: string, value: string) => {
      if (name === 'userData') paths.userData = value;
    }),
    getPath: vi.fn((name: string) => (name === 'userData' ? paths.userData : `/fake/${name}`)),
    getAppPath: vi.fn(() => paths.appPath),
    getName: vi.fn(() => 'Prayer Desk'),
    getVersion: vi.fn(() => '0.1.0'),
  });
  const ipcHandlers = new Map<string, Handler>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const defaultSession = new FakeSession();
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers: ipcHandlers,
      handle: vi.fn((channel: string, handler: Handler) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcHandlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    protocol: {
      handlers: protocolHandlers,
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
        protocolHandlers.set(scheme, handler);
      }),
    },
    session: { defaultSession },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(
        async (
          _window: unknown,
          _options: { defaultPath?: string },
        ): Promise<{ canceled: boolean; filePath?: string }> => ({
          canceled: true,
        }),
      ),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showErrorBox: vi.fn(),
    },
    shell: { showItemInFolder: vi.fn(), openPath: vi.fn(async () => '') },
    // Electron's utilityProcess, played by a forked Node process running the same entry (parse-child.cjs
    // speaks to both): 'spawn', 'message' and 'exit' as Electron sends them.
    utilityProcess: { fork: vi.fn(fakeUtilityFork) },
    screen: {
      getAllDisplays: vi.fn(() => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
      getPrimaryDisplay: vi.fn(() => ({ id: 1 })),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

function fakeUtilityFork(entry: string, args: string[] = [], options: { execArgv?: string[] } = {}) {
  const child = fork(entry, args, {
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const utility = Object.assign(new EventEmitter(), {
    stderr: child.stderr,
    postMessage: (message: unknown) => child.connected && child.send(message as object),
    kill: () => child.kill('SIGKILL'),
  });
  child.once('spawn', () => utility.emit('spawn'));
  child.on('message', (message) => utility.emit('message', message));
  child.once('exit', (code) => utility.emit('exit', code ?? 1));
  return utility;
}
