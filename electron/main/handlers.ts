// The request handlers: one plain function per contract entry, with everything they touch injected.
// No Electron import, so the same table is unit-tested directly and can be bound into a browser page
// (Playwright's exposeBinding) for end-to-end tests of the renderer. Arguments arrive already validated
// against the contract's zod schemas (register-ipc.ts); these functions add the checks that need state.
import type { InvokeFunctions } from '../../shared/ipc-contract';
import type { ViewState } from '../../shared/library-types';
import type {
  PrintOutcome,
  PrintSheetOptions,
  SaveSheetPdfOptions,
  SheetDraft,
} from '../../shared/prayer-sheet';
import type { SaveSheetDocxOptions } from '../../shared/sheet-export';
import type { SheetStore } from '../core/sheets/sheet-store';
import type { StoryService } from '../core/stories/story-service';
import type { LibraryService } from './library-port';
import { sourceFileOf } from '../../shared/bulletin-source';

/** The saved-sheet store as the handlers use it (electron/core/sheets/sheet-store.ts). */
export type SheetPort = Pick<SheetStore, 'list' | 'get' | 'save' | 'duplicate' | 'delete'>;

/** Printing and PDF of the main window's content (./print-sheet.ts). */
export interface PrintPort {
  print(options: PrintSheetOptions): Promise<PrintOutcome>;
  savePdf(options: SaveSheetPdfOptions): Promise<PrintOutcome>;
  /** The sheet as a Word document, through the save dialog (optional: older harnesses leave it out). */
  saveDocx?(sheet: SheetDraft, options: SaveSheetDocxOptions): Promise<PrintOutcome>;
  /** Whether savePdf or saveDocx saved `file` since the app started. */
  savedThisSession?(file: string): boolean;
}

export type HandlerTable = InvokeFunctions;

export interface HandlerDeps {
  library: LibraryService;
  /** The native folder dialog; resolves to an absolute path, or null when the user cancels. */
  pickFolder(): Promise<string | null>;
  /** Reveals a file in Explorer / Finder / the file manager. */
  showItemInFolder(absolutePath: string): void;
  viewState: { get(): ViewState; set(view: ViewState): void };
  /** Saved prayer sheets (userData/sheets). */
  sheets: SheetPort;
  /** Print and Save as PDF of the window's content. */
  printer: PrintPort;
  /** Threads, answers, verses, countries and the praise digest (electron/core/stories). */
  stories: StoryService;
  /** Opens a file in its usual program (shell.openPath); optional for older harnesses. */
  openPath?(absolutePath: string): Promise<void>;
}

export class NotAllowedError extends Error {
  override name = 'NotAllowedError';
}

export function createHandlers(deps: HandlerDeps): HandlerTable {
  const { library } = deps;
  return {
    getLibraryState: async () => library.getState(),
    chooseFolder: async () => {
      const folder = await deps.pickFolder();
      return folder === null ? null : library.openFolder(folder);
    },
    openFolder: async (folder) => {
      // The renderer may only reopen folders the user picked in the native dialog before; anything else
      // would let a compromised page point the library at any folder on the disk.
      if (!library.getState().recentFolders.includes(folder)) {
        throw new NotAllowedError(
          'That folder is not in the recent folders. Use "Choose Bulletin Folder…" to open a new one.',
        );
      }
      return library.openFolder(folder);
    },
    reloadLibrary: async () => library.reload(),
    search: async (query) => deps.stories.markHits(library.search(query)),
    listBulletins: async () => deps.stories.markSummaries(library.listBulletins()),
    // Served from memory by file name; the schema has already refused '..', drives and the like.
    getBulletin: async (file) => library.getBulletin(file),
    showInFolder: async (file) => {
      // A file holding several weeks gives ids like 'thread.eml#2': the disk only knows 'thread.eml'.
      // resolveFile confines the path to the library folder (realpath + path.relative) or throws.
      deps.showItemInFolder(await library.resolveFile(sourceFileOf(file)));
    },
    getViewState: async () => deps.viewState.get(),
    setViewState: async (view) => {
      deps.viewState.set(view);
    },
    // Read lazily: a table built without sheet or print deps (an older test harness) still serves the rest.
    listSheets: async () => deps.sheets.list(),
    getSheet: async (id) => deps.sheets.get(id),
    saveSheet: async (sheet) => deps.sheets.save(sheet),
    duplicateSheet: async (id) => deps.sheets.duplicate(id),
    deleteSheet: async (id) => deps.sheets.delete(id),
    printSheet: async (options) => deps.printer.print(options),
    saveSheetPdf: async (options) => deps.printer.savePdf(options),
    getThread: async (itemId) => deps.stories.thread(itemId),
    getStoryMarks: async (file) => deps.stories.marksOf(file),
    linkRequests: async (itemId, otherId) => deps.stories.link(itemId, otherId),
    unlinkRequest: async (itemId, threadItemId) => deps.stories.unlink(itemId, threadItemId),
    confirmThread: async (itemId) => deps.stories.confirm(itemId),
    getScriptureIndex: async () => deps.stories.scriptureIndex(),
    listCountries: async () => deps.stories.countries(),
    getCountryView: async (country) => deps.stories.countryView(country),
    makePraiseDigest: async (options) => deps.stories.praiseDigest(options),
    stopReading: async () => library.stopReading(),
    saveSheetDocx: async (sheet, options) => {
      if (!deps.printer.saveDocx) throw new NotAllowedError('Saving as a Word document is not available.');
      return deps.printer.saveDocx(sheet, options);
    },
    // Only what Prayer Desk itself saved in this session: a compromised page cannot open any other file.
    openSavedFile: async (file) => {
      checkSavedThisSession(deps, file);
      await deps.openPath?.(file);
    },
    showSavedFile: async (file) => {
      checkSavedThisSession(deps, file);
      deps.showItemInFolder(file);
    },
    tryAgainFile: async (file) => library.tryAgain(file),
  };
}

function checkSavedThisSession(deps: HandlerDeps, file: string): void {
  if (!deps.printer.savedThisSession?.(file)) {
    throw new NotAllowedError('Only a PDF or Word document saved since Prayer Desk started can be opened.');
  }
}
