// One running reader for an end-to-end test: the real library service over a folder of bulletins, the
// real handler table from electron/main, the built renderer served locally, in a Chromium page.
// Later issues (the sheet, printing, scale) start their scenarios from here too.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_VIEW_STATE } from '../../../shared/ipc-contract';
import type { LibraryState, ViewState } from '../../../shared/library-types';
import { createHandlers } from '../../../electron/main/handlers';
import { createStoryService } from '../../../electron/core/stories/story-service';
import type { StoryService } from '../../../electron/core/stories/story-service';
import type { HandlerTable } from '../../../electron/main/handlers';
import { createLibraryService } from '../../../electron/core/library/library-service';
import { createSheetStore, sheetsFolder } from '../../../electron/core/sheets/sheet-store';
import type { PrintOutcome } from '../../../shared/prayer-sheet';
import type { LibraryService } from '../../../electron/core/library/library-service';
import { installBridge } from './bridge';
import type { Bridge } from './bridge';
import { REPO_ROOT } from './build-renderer';

export const SAMPLES_DIR = path.join(REPO_ROOT, 'resources/samples');
export const FIXTURE_LIBRARY = path.join(REPO_ROOT, 'test/e2e/fixtures/library');

export interface SessionOptions {
  browser: Browser;
  /** Where the built renderer is served (serveFolder(buildRenderer()).url). */
  appUrl: string;
  /** The folder to open as if the user chose it; omitted: the first start on the samples. */
  libraryFolder?: string;
  /** What the folder dialog answers when the page asks to choose a folder. */
  pickFolder?: () => Promise<string | null>;
  viewport?: { width: number; height: number };
  /** 2 with half the viewport is what 200% zoom looks like. */
  deviceScaleFactor?: number;
  colorScheme?: 'light' | 'dark';
  /** The view remembered from "the last start". */
  viewState?: ViewState;
  /** Open the page before the folder has finished loading (to see progress). */
  openBeforeReady?: boolean;
  /** Settings and cache folder to keep between runs (the bench); default: a fresh one, removed at close. */
  userDataDir?: string;
  /** What printing answers; default: no printer set up (as on many office PCs). */
  printAnswer?: PrintOutcome;
}

export interface AppSession {
  /** The real story service behind the page (threads, verses, countries). */
  stories: StoryService;
  page: Page;
  context: BrowserContext;
  bridge: Bridge;
  library: LibraryService;
  handlers: HandlerTable;
  /** Absolute paths "Show in folder" was asked to reveal. */
  shownInFolder: string[];
  /** Absolute paths "Open" was asked to open in their usual program. */
  openedFiles: string[];
  /** Print and Save-as-PDF requests, in order (a browser page cannot print; each is answered `printAnswer`). */
  printRequests: { kind: 'print' | 'pdf'; options: unknown }[];
  /** The view the page saved last. */
  savedView(): ViewState;
  close(): Promise<void>;
}

/** Resolves when the library is ready (now, or at its next 'ready' event). */
export function whenReady(library: LibraryService): Promise<LibraryState> {
  return new Promise((resolve) => {
    const off = library.onEvent((event) => {
      if (event.type === 'ready') {
        off();
        resolve(event.state);
      }
    });
    const state = library.getState();
    if (state.status === 'ready') {
      off();
      resolve(state);
    }
  });
}

export async function startSession(options: SessionOptions): Promise<AppSession> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'prayer-desk-e2e-')));
  const library = await createLibraryService({
    userDataDir,
    samplesDir: SAMPLES_DIR,
    appVersion: 'e2e',
    watch: false,
  });
  let view: ViewState = options.viewState ?? { ...DEFAULT_VIEW_STATE };
  const shownInFolder: string[] = [];
  const openedFiles: string[] = [];
  const printRequests: AppSession['printRequests'] = [];
  const printAnswer: PrintOutcome = options.printAnswer ?? {
    ok: false,
    reason: 'no-printer',
    message: 'No printer is set up on this computer.',
  };
  // The real story service, its thread choices in the session's user-data folder.
  const stories = await createStoryService({ bulletins: () => library.allBulletins(), userDataDir });
  const handlers = createHandlers({
    stories,
    library,
    pickFolder: options.pickFolder ?? (async () => null),
    showItemInFolder: (absolutePath) => {
      shownInFolder.push(absolutePath);
    },
    openPath: async (absolutePath) => {
      openedFiles.push(absolutePath);
    },
    viewState: {
      get: () => view,
      set: (next) => {
        view = next;
      },
    },
    // The real sheet store, in the session's user-data folder.
    sheets: createSheetStore({ dir: sheetsFolder(userDataDir) }),
    printer: {
      print: async (printOptions) => {
        printRequests.push({ kind: 'print', options: printOptions });
        return printAnswer;
      },
      savePdf: async (pdfOptions) => {
        printRequests.push({ kind: 'pdf', options: pdfOptions });
        return printAnswer;
      },
    },
  });

  await whenReady(library);
  let opening: Promise<LibraryState> | null = null;
  if (options.libraryFolder) {
    opening = library.openFolder(options.libraryFolder);
    if (!options.openBeforeReady) {
      await opening;
      await whenReady(library);
    }
  }

  const context = await options.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const bridge = await installBridge(page, handlers);
  const offLibrary = library.onEvent((event) => void bridge.emitLibraryEvent(event));
  const offStories = stories.onChange(() => void bridge.emitLibraryEvent({ type: 'stories' }));
  const offEvents = () => {
    offLibrary();
    offStories();
  };
  await page.goto(options.appUrl);

  return {
    page,
    context,
    bridge,
    library,
    stories,
    handlers,
    shownInFolder,
    openedFiles,
    printRequests,
    savedView: () => view,
    close: async () => {
      offEvents();
      await opening?.catch(() => undefined);
      await context.close();
      await library.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
