// The one typed contract between the renderer and the main process.
// `invokeContract` names every request, its channel and the zod schema of its arguments (a tuple, exactly as
// passed to the preload function); `InvokeResults` gives each answer's type; `EventPayloads` the events main
// sends. Main validates every request against these schemas, so a compromised renderer gets a clear error,
// never an unchecked value in a handler.
import { z } from 'zod';
import type { Bulletin } from './model';
import { KINDS, REGIONS } from './model';
import type { SearchResult } from './search-types';
import type { BulletinSummary, LibraryEvent, LibraryState, ViewState } from './library-types';
import type { PrayerSheet, PrintOutcome, SheetSummary } from './prayer-sheet';
import {
  printSheetOptionsSchema,
  savePdfOptionsSchema,
  sheetDraftSchema,
  sheetIdSchema,
} from './prayer-sheet';
import type { EventName, InvokeName, MenuCommand } from './ipc-channels';
import { INVOKE_CHANNELS } from './ipc-channels';
import { relativePathProblem } from './relative-path';
import { saveDocxOptionsSchema } from './sheet-export';
import type {
  CountrySummary,
  CountryView,
  PraiseDigest,
  ScriptureIndex,
  StoryMark,
  Thread,
} from './story-types';

export { EVENT_CHANNELS, INVOKE_CHANNELS, MENU_COMMANDS } from './ipc-channels';
export type { EventName, InvokeName, MenuCommand } from './ipc-channels';

/** 'YYYY-MM-DD' with a plausible month and day. */
const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Expected a date like 2024-03-17.');

const regionSchema = z.enum(REGIONS);
const kindSchema = z.enum(KINDS);
const sortSchema = z.enum(['relevance', 'date', 'date-asc']);

/** A bulletin's `file`: relative to the library folder, '/'-separated, never climbing out of it. */
export const libraryFileSchema = z.string().superRefine((file, ctx) => {
  const problem = relativePathProblem(file);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** An absolute folder path as the native dialog returns it (POSIX or Windows form). */
export const folderPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((folder) => !folder.includes('\0'), 'The folder name contains a NUL character.')
  .refine(
    (folder) => folder.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(folder) || folder.startsWith('\\\\'),
    'Expected a full folder path.',
  );

/** A PDF or Word document Prayer Desk saved: an absolute path, as the save dialog answered it. */
export const savedFilePathSchema = folderPathSchema;

/** An item id as search hits carry it: `${file}#${itemIndex}` (the file may itself end in `#n`). */
export const itemIdSchema = z
  .string()
  .max(1100)
  .superRefine((id, ctx) => {
    const match = /^(.+)#(\d{1,6})$/.exec(id);
    const problem = match ? relativePathProblem(match[1]!) : 'Expected a request id like "2024-03-10.txt#2".';
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A country's English short name, as items carry it. */
export const countryNameSchema = z.string().min(1).max(100);

export const praiseDigestOptionsSchema = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    title: z.string().max(200).optional(),
  })
  .refine((options) => options.from <= options.to, 'The range must start before it ends.');

export const searchQuerySchema = z.strictObject({
  text: z.string().max(1000),
  regions: z.array(regionSchema).max(REGIONS.length).optional(),
  kinds: z.array(kindSchema).max(KINDS.length).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: sortSchema.optional(),
  limit: z.int().min(1).max(1000).optional(),
  offset: z.int().min(0).max(10_000_000).optional(),
  organisations: z.array(z.string().max(200)).max(200).optional(),
});

export const viewStateSchema = z.strictObject({
  query: z.string().max(1000),
  regions: z.array(regionSchema).max(REGIONS.length),
  kinds: z.array(kindSchema).max(KINDS.length),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  sort: sortSchema.nullable(),
  selectedFile: libraryFileSchema.nullable(),
  chartOpen: z.boolean().optional(),
  listWidth: z.number().min(0.2).max(0.8).optional(),
  organisations: z.array(z.string().max(200)).max(200).optional(),
});

export const DEFAULT_VIEW_STATE: ViewState = {
  query: '',
  regions: [],
  kinds: [],
  from: null,
  to: null,
  sort: null,
  selectedFile: null,
};

const noArgs = z.tuple([]);

/** Every request the renderer may make: its channel and the schema of its argument list. */
export const invokeContract = {
  getLibraryState: { channel: INVOKE_CHANNELS.getLibraryState, args: noArgs },
  /** Opens the native folder dialog; null when the user cancels. */
  chooseFolder: { channel: INVOKE_CHANNELS.chooseFolder, args: noArgs },
  /** Opens a folder from the recent-folders list (any other folder must come through chooseFolder). */
  openFolder: { channel: INVOKE_CHANNELS.openFolder, args: z.tuple([folderPathSchema]) },
  reloadLibrary: { channel: INVOKE_CHANNELS.reloadLibrary, args: noArgs },
  search: { channel: INVOKE_CHANNELS.search, args: z.tuple([searchQuerySchema]) },
  listBulletins: { channel: INVOKE_CHANNELS.listBulletins, args: noArgs },
  /** null when the library has no such bulletin (e.g. the file was removed meanwhile). */
  getBulletin: { channel: INVOKE_CHANNELS.getBulletin, args: z.tuple([libraryFileSchema]) },
  /** Shows the file selected in the system file manager. */
  showInFolder: { channel: INVOKE_CHANNELS.showInFolder, args: z.tuple([libraryFileSchema]) },
  getViewState: { channel: INVOKE_CHANNELS.getViewState, args: noArgs },
  setViewState: { channel: INVOKE_CHANNELS.setViewState, args: z.tuple([viewStateSchema]) },
  // Prayer sheets (shared/prayer-sheet.ts): ids are safe tokens, texts and entry counts are capped.
  listSheets: { channel: INVOKE_CHANNELS.listSheets, args: noArgs },
  /** null when there is no such sheet. */
  getSheet: { channel: INVOKE_CHANNELS.getSheet, args: z.tuple([sheetIdSchema]) },
  /** Creates (id null) or updates; answers the saved sheet with its id and times. */
  saveSheet: { channel: INVOKE_CHANNELS.saveSheet, args: z.tuple([sheetDraftSchema]) },
  duplicateSheet: { channel: INVOKE_CHANNELS.duplicateSheet, args: z.tuple([sheetIdSchema]) },
  deleteSheet: { channel: INVOKE_CHANNELS.deleteSheet, args: z.tuple([sheetIdSchema]) },
  /** Prints the window's content (the renderer shows the sheet for @media print first). */
  printSheet: { channel: INVOKE_CHANNELS.printSheet, args: z.tuple([printSheetOptionsSchema]) },
  /** printToPDF of the window's content, then the save dialog; answers the saved path. */
  saveSheetPdf: { channel: INVOKE_CHANNELS.saveSheetPdf, args: z.tuple([savePdfOptionsSchema]) },
  // Stories (shared/story-types.ts). The user's link, unlink and confirm choices are kept in the app's data.
  /** The thread of a request (a thread of one when none was found); null when there is no such request. */
  getThread: { channel: INVOKE_CHANNELS.getThread, args: z.tuple([itemIdSchema]) },
  /**
   * The story marks of one bulletin's requests, by item index (null: no mark); empty while main is still
   * working the threads out (a 'stories' library event follows).
   */
  getStoryMarks: { channel: INVOKE_CHANNELS.getStoryMarks, args: z.tuple([libraryFileSchema]) },
  /** Links the second request into the first one's thread; answers the first one's thread. */
  linkRequests: { channel: INVOKE_CHANNELS.linkRequests, args: z.tuple([itemIdSchema, itemIdSchema]) },
  /** Takes the first request out of the second one's thread; answers the second one's thread. */
  unlinkRequest: { channel: INVOKE_CHANNELS.unlinkRequest, args: z.tuple([itemIdSchema, itemIdSchema]) },
  /** Keeps the request's thread as it is now, whatever later changes to the library suggest. */
  confirmThread: { channel: INVOKE_CHANNELS.confirmThread, args: z.tuple([itemIdSchema]) },
  getScriptureIndex: { channel: INVOKE_CHANNELS.getScriptureIndex, args: noArgs },
  listCountries: { channel: INVOKE_CHANNELS.listCountries, args: noArgs },
  /** null when no request names the country. */
  getCountryView: { channel: INVOKE_CHANNELS.getCountryView, args: z.tuple([countryNameSchema]) },
  makePraiseDigest: {
    channel: INVOKE_CHANNELS.makePraiseDigest,
    args: z.tuple([praiseDigestOptionsSchema]),
  },
  /** Stops the reading under way (a mailbox can take minutes); what was read is kept for next time. */
  stopReading: { channel: INVOKE_CHANNELS.stopReading, args: noArgs },
  /** The sheet as a Word document (shared/sheet-export.ts), then the save dialog; answers the saved path. */
  saveSheetDocx: {
    channel: INVOKE_CHANNELS.saveSheetDocx,
    args: z.tuple([sheetDraftSchema, saveDocxOptionsSchema]),
  },
  /** Opens a PDF or Word document saved in this session (no other file) in its usual program. */
  openSavedFile: { channel: INVOKE_CHANNELS.openSavedFile, args: z.tuple([savedFilePathSchema]) },
  /** Shows a PDF or Word document saved in this session (no other file) in the file manager. */
  showSavedFile: { channel: INVOKE_CHANNELS.showSavedFile, args: z.tuple([savedFilePathSchema]) },
  /** Reads a file of the Problems list again, even one whose reading was stopped (too long, too big). */
  tryAgainFile: { channel: INVOKE_CHANNELS.tryAgainFile, args: z.tuple([libraryFileSchema]) },
} as const satisfies { [K in InvokeName]: { channel: (typeof INVOKE_CHANNELS)[K]; args: z.ZodTuple } };

export type InvokeArgs<K extends InvokeName> = z.output<(typeof invokeContract)[K]['args']>;

export interface InvokeResults {
  getLibraryState: LibraryState;
  chooseFolder: LibraryState | null;
  openFolder: LibraryState;
  reloadLibrary: LibraryState;
  search: SearchResult;
  listBulletins: BulletinSummary[];
  getBulletin: Bulletin | null;
  showInFolder: void;
  getViewState: ViewState;
  setViewState: void;
  listSheets: SheetSummary[];
  getSheet: PrayerSheet | null;
  saveSheet: PrayerSheet;
  duplicateSheet: PrayerSheet;
  deleteSheet: void;
  printSheet: PrintOutcome;
  saveSheetPdf: PrintOutcome;
  getThread: Thread | null;
  getStoryMarks: (StoryMark | null)[];
  linkRequests: Thread;
  unlinkRequest: Thread;
  confirmThread: Thread;
  getScriptureIndex: ScriptureIndex;
  listCountries: CountrySummary[];
  getCountryView: CountryView | null;
  makePraiseDigest: PraiseDigest;
  stopReading: LibraryState;
  saveSheetDocx: PrintOutcome;
  openSavedFile: void;
  showSavedFile: void;
  tryAgainFile: LibraryState;
}

export interface EventPayloads {
  libraryEvent: LibraryEvent;
  menuCommand: MenuCommand;
}

/** The requests as async functions: what main implements (HandlerTable) and the preload exposes. */
export type InvokeFunctions = {
  [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResults[K]>;
};

export const INVOKE_NAMES = Object.keys(invokeContract) as InvokeName[];

/** Thrown (and sent back to the renderer) when a request's arguments do not fit the contract. */
export class InvalidArgumentsError extends Error {
  override name = 'InvalidArgumentsError';
}

/** Parses a request's raw argument list; throws InvalidArgumentsError with a readable reason. */
export function parseInvokeArgs<K extends InvokeName>(name: K, raw: unknown[]): InvokeArgs<K> {
  const result = invokeContract[name].args.safeParse(raw);
  if (!result.success) {
    throw new InvalidArgumentsError(`Prayer Desk refused "${name}": ${z.prettifyError(result.error)}`);
  }
  return result.data as InvokeArgs<K>;
}

/** Sends a main -> renderer event by name, its payload type checked against the contract. */
export type EventSender = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
