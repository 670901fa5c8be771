// What the renderer sees: `window.prayerDesk`, exposed by the preload. Task-shaped functions only —
// no ipcRenderer, no channel names, no generic invoke — so a renderer bug cannot reach anything else.
import type { Bulletin } from './model';
import type { SearchQuery, SearchResult } from './search-types';
import type { BulletinSummary, LibraryEvent, LibraryState, ViewState } from './library-types';
import type { InvokeFunctions, MenuCommand } from './ipc-contract';
import type {
  PrayerSheet,
  PrintOutcome,
  PrintSheetOptions,
  SaveSheetPdfOptions,
  SheetDraft,
  SheetSummary,
} from './prayer-sheet';
import type {
  AnswerCounts,
  AnswerStatus,
  CountrySummary,
  CountryView,
  PraiseDigest,
  PraiseDigestOptions,
  ScriptureEntry,
  ScriptureIndex,
  StoryMark,
  Thread,
  ThreadMember,
  VerseUse,
} from './story-types';
import type { SaveSheetDocxOptions } from './sheet-export';

// Re-exported so the renderer and the preload need one import for the whole API.
export type {
  Bulletin,
  SearchQuery,
  SearchResult,
  BulletinSummary,
  LibraryEvent,
  LibraryState,
  ViewState,
  MenuCommand,
  PrayerSheet,
  PrintOutcome,
  PrintSheetOptions,
  SaveSheetPdfOptions,
  SheetDraft,
  SheetSummary,
  AnswerCounts,
  AnswerStatus,
  CountrySummary,
  CountryView,
  PraiseDigest,
  PraiseDigestOptions,
  ScriptureEntry,
  ScriptureIndex,
  StoryMark,
  Thread,
  ThreadMember,
  VerseUse,
  SaveSheetDocxOptions,
};

// `extends InvokeFunctions` makes the compiler check these readable signatures against the contract.
export interface PrayerDeskApi extends InvokeFunctions {
  /** The library as it is now (folder, loading progress, problems, recent folders). */
  getLibraryState(): Promise<LibraryState>;
  /** Asks the user for a folder with the native dialog and opens it; null if they cancel. */
  chooseFolder(): Promise<LibraryState | null>;
  /** Opens one of `LibraryState.recentFolders`; other folders are refused. */
  openFolder(folder: string): Promise<LibraryState>;
  /** Re-reads the folder (unchanged files come from the cache). */
  reloadLibrary(): Promise<LibraryState>;
  search(query: SearchQuery): Promise<SearchResult>;
  listBulletins(): Promise<BulletinSummary[]>;
  /** `file` as in BulletinSummary.file; null when the bulletin is gone. */
  getBulletin(file: string): Promise<Bulletin | null>;
  /** Shows the bulletin's file in Explorer / Finder / the file manager. */
  showInFolder(file: string): Promise<void>;
  getViewState(): Promise<ViewState>;
  setViewState(view: ViewState): Promise<void>;
  /** The saved prayer sheets, most recently changed first (damaged files are set aside and reported). */
  listSheets(): Promise<SheetSummary[]>;
  /** A saved sheet, with its own copy of every request; null when it is gone. */
  getSheet(id: string): Promise<PrayerSheet | null>;
  /** Saves a new sheet (id null: gets an id and createdAt) or an existing one; sets updatedAt. */
  saveSheet(sheet: SheetDraft): Promise<PrayerSheet>;
  /** A saved copy titled "… (copy)"; rejects with a plain message when the sheet is gone. */
  duplicateSheet(id: string): Promise<PrayerSheet>;
  deleteSheet(id: string): Promise<void>;
  /**
   * Opens the system print dialog for what the window shows under @media print: render the sheet's print
   * layout first. { ok: false, reason: 'no-printer' } when no printer is set up (offer Save as PDF).
   */
  printSheet(options: PrintSheetOptions): Promise<PrintOutcome>;
  /** Makes a PDF of the print layout, asks where to save it; { ok: true, path } when saved. */
  saveSheetPdf(options: SaveSheetPdfOptions): Promise<PrintOutcome>;
  /** The request's thread: earlier and later requests about the same story, oldest first. */
  getThread(itemId: string): Promise<Thread | null>;
  /** The story marks of a bulletin's requests by item index; empty until main knows the threads. */
  getStoryMarks(file: string): Promise<(StoryMark | null)[]>;
  /** The user says `otherId` belongs to `itemId`'s story; answers that thread. Kept in the app's data. */
  linkRequests(itemId: string, otherId: string): Promise<Thread>;
  /** The user says `itemId` is not part of `threadItemId`'s story; answers that thread without it. */
  unlinkRequest(itemId: string, threadItemId: string): Promise<Thread>;
  /** The user confirms the request's thread as it is. */
  confirmThread(itemId: string): Promise<Thread>;
  /** Every verse the bulletins used, in Bible book order, with the weeks that used it. */
  getScriptureIndex(): Promise<ScriptureIndex>;
  /** Every country named in a request, with how many requests name it. */
  listCountries(): Promise<CountrySummary[]>;
  /** A country's requests over time; null when no request names it. */
  getCountryView(country: string): Promise<CountryView | null>;
  /** All praise reports in a date range, grouped by region, as a new prayer sheet (not saved yet). */
  makePraiseDigest(options: PraiseDigestOptions): Promise<PraiseDigest>;
  /** Stops reading the folder (a large mailbox takes minutes); File › Reload Library goes on from there. */
  stopReading(): Promise<LibraryState>;
  /** The sheet as a Word document: asks where to save it; { ok: true, path } when saved. */
  saveSheetDocx(sheet: SheetDraft, options: SaveSheetDocxOptions): Promise<PrintOutcome>;
  /** Opens a PDF or Word document saved in this session in its usual program. */
  openSavedFile(file: string): Promise<void>;
  /** Shows a PDF or Word document saved in this session in the file manager. */
  showSavedFile(file: string): Promise<void>;
  /** "Try again" in the Problems list: reads that file once more (its reading may have been stopped). */
  tryAgainFile(file: string): Promise<LibraryState>;
  /** Progress, ready, changed and error events of the library; returns a function that unsubscribes. */
  onLibraryEvent(listener: (event: LibraryEvent) => void): () => void;
  /** Menu items for the renderer: 'focus-search' (Ctrl/Cmd+F), 'print-sheet' (Ctrl/Cmd+P). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    /** Exposed by the preload in the app window. */
    readonly prayerDesk: PrayerDeskApi;
  }
}
