// The prayer sheet: the requests someone picked for a page of prayer, with its title, verse, introduction
// and layout, and the pure helpers that compose it. Shared by the renderer (which edits it), the preload
// contract (whose zod schemas check it at the IPC boundary) and main (which saves it under userData/sheets).
//
// A sheet keeps its own copy of every request: `originalText` as the bulletin had it when it was added,
// `text` as the user worded it for reading aloud. Bulletin files are never changed, and a saved sheet opens
// even after its source files were edited, moved or deleted.
//
// The helpers never mutate: each returns a new sheet (or the same one when nothing changed), so they fit a
// React reducer directly. They never touch `id`, `createdAt` or `updatedAt`; the store sets those on save.
import { z } from 'zod';
import type { Bulletin, DateSource, Kind, Region, Scripture } from './model';
import { KINDS, migrateRegion, REGIONS } from './model';
import { starredNames } from './notice-board';
import type { SearchHit } from './search-types';
import { pdfFileNameProblem } from './sheet-defaults';
import { trustedDate } from './undated';
// Type-only: prayer-calendar imports from this file, so a value import here would be a cycle.
import type { CalendarOptions } from './prayer-calendar';

// ---------------------------------------------------------------------------------------------------------
// Limits: generous for real sheets (a typical one has up to eight requests), tight enough that a broken or
// compromised renderer cannot make main write or hold unbounded data.

export const MAX_SHEET_ENTRIES = 100;
export const MAX_TITLE_LENGTH = 200;
export const MAX_CHURCH_NAME_LENGTH = 200;
export const MAX_INTRODUCTION_LENGTH = 2000;
export const MAX_VERSE_TEXT_LENGTH = 1000;
export const MAX_VERSE_REFERENCE_LENGTH = 100;
/** For both `text` and `originalText` of an entry; longer bulletin paragraphs are cut with '…'. */
export const MAX_ENTRY_TEXT_LENGTH = 10_000;
export const MAX_SOURCE_FILE_LENGTH = 1024;
export const MAX_HEADING_LENGTH = 300;
/** Countries and pseudonyms per entry, and the length of each. */
export const MAX_SOURCE_NAMES = 50;
export const MAX_SOURCE_NAME_LENGTH = 100;
export const MAX_ITEM_INDEX = 100_000;

/**
 * Page margin of the printed sheet, on every side. The print stylesheet's `@page { margin }` should use the
 * same value; printToPDF gets it too, so PDF and paper agree even if the stylesheet leaves it out.
 */
export const SHEET_PAGE_MARGIN_MM = 12;

// ---------------------------------------------------------------------------------------------------------
// The model

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const PRINT_SIZES = ['normal', 'large'] as const;
export type PrintSize = (typeof PRINT_SIZES)[number];

export const SHEET_COLUMNS = [1, 2] as const;
export type SheetColumns = (typeof SHEET_COLUMNS)[number];

/** 'region': grouped under region headings in REGIONS order; 'chosen': the order the user arranged. */
export const SHEET_GROUPINGS = ['region', 'chosen'] as const;
export type SheetGrouping = (typeof SHEET_GROUPINGS)[number];

/** What is printed beside each request for the reader's own notes. */
export const NOTE_STYLES = ['none', 'tick-box', 'lines'] as const;
export type NoteStyle = (typeof NOTE_STYLES)[number];

export interface SheetLayout {
  paperSize: PaperSize;
  printSize: PrintSize;
  columns: SheetColumns;
  grouping: SheetGrouping;
  /** Requests numbered 1, 2, 3… in print order. */
  numbered: boolean;
  /** The bulletin's date printed with each request. */
  showDates: boolean;
  notes: NoteStyle;
  /** "For a notice board": print with names and ages of survivors left out (see ./notice-board). */
  noticeBoard: boolean;
  /**
   * Print the requests as a prayer calendar (a week of day boxes, or a month grid) instead of a list;
   * null for the usual list. Sheets saved before calendars existed read as null.
   */
  calendar: CalendarOptions | null;
}

export interface SheetVerse {
  text: string;
  /** Like 'Micah 6:8'; may be empty for a typed verse without one. */
  reference: string;
}

/** Where an entry came from, copied when it was added (the bulletin may change or vanish later). */
export interface SheetEntrySource {
  /** The bulletin's path relative to the library folder, '/' separators. */
  file: string;
  /** The item's position in the bulletin. */
  itemIndex: number;
  /** The bulletin's date, 'YYYY-MM-DD', or null when it had none. */
  date: string | null;
  region: Region;
  kind: Kind;
  countries: string[];
  /** Names marked with '*' in the text, without the star. */
  pseudonyms: string[];
  /** The heading it stood under, as written; null before the first heading or when unknown. */
  heading: string | null;
}

export interface SheetEntry {
  /** `${source.file}#${source.itemIndex}`: the id search hits carry, so the UI can tell what is on the sheet. */
  id: string;
  source: SheetEntrySource;
  /** The request as the bulletin had it when added. Never edited. */
  originalText: string;
  /** The sheet's own wording, for reading aloud; starts as `originalText`. The only text that is edited. */
  text: string;
}

export interface PrayerSheet {
  /** Lower-case letters, digits and '-' (see SHEET_ID_PATTERN); the file userData/sheets/<id>.json. */
  id: string;
  title: string;
  /** Printed under the title; '' for none. */
  churchName: string;
  verse: SheetVerse | null;
  /** A short paragraph before the requests; '' for none. */
  introduction: string;
  /** In the order the user chose (grouping by region happens at print time, see groupEntries). */
  entries: SheetEntry[];
  layout: SheetLayout;
  /** ISO 8601 times ('2026-11-24T18:05:09.120Z'), set by the store. */
  createdAt: string;
  updatedAt: string;
}

/** A sheet as the renderer edits it: one never saved has a null id and null times. saveSheet fills them. */
export type SheetDraft = Omit<PrayerSheet, 'id' | 'createdAt' | 'updatedAt'> & {
  id: string | null;
  createdAt: string | null;
  updatedAt: string | null;
};

/** One line of the list of saved sheets. */
export interface SheetSummary {
  id: string;
  title: string;
  updatedAt: string;
  entryCount: number;
}

/** What printSheet and saveSheetPdf answer. Never a thrown error for things a user can run into. */
export type PrintOutcome =
  | {
      ok: true;
      /** Where the PDF was saved (saveSheetPdf); null for printSheet. */
      path: string | null;
    }
  | {
      ok: false;
      /**
       * 'cancelled': the user closed the print or save dialog (show nothing, or a quiet note);
       * 'no-printer': no printer is set up, so the print dialog was not opened (offer "Save as PDF…");
       * 'failed': anything else; `message` says what happened in plain words.
       */
      reason: 'cancelled' | 'no-printer' | 'failed';
      message: string;
    };

export interface PrintSheetOptions {
  paperSize: PaperSize;
  /** Turned sideways (a month calendar); omitted or false: upright. */
  landscape?: boolean;
}

export interface SaveSheetPdfOptions {
  paperSize: PaperSize;
  /** As for PrintSheetOptions. */
  landscape?: boolean;
  /** The file name the save dialog proposes, like "Prayer sheet 2026-11-29.pdf" (see sheet-defaults). */
  suggestedName: string;
}

// ---------------------------------------------------------------------------------------------------------
// Schemas: what main accepts from the renderer (strict: unknown keys are refused) and what it reads back
// from disk (kinder: unknown keys from a newer version are dropped, a damaged layout falls back to defaults).

/** Lower-case so two ids never name the same file on Windows or macOS (case-insensitive file systems). */
export const SHEET_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Why `id` cannot name a sheet file, in plain words; null when it can. */
export function sheetIdProblem(id: string): string | null {
  if (!SHEET_ID_PATTERN.test(id)) {
    return 'A sheet id is 1 to 64 lower-case letters, digits and "-", starting with a letter or digit.';
  }
  // 'con.json' opens the console device on Windows, whatever the extension.
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/.test(id)) return 'That sheet id is reserved by Windows.';
  return null;
}

export const sheetIdSchema = z.string().superRefine((id, ctx) => {
  const problem = sheetIdProblem(id);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

export const paperSizeSchema = z.enum(PAPER_SIZES);

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Expected a date like 2024-03-17.');
const timestampSchema = z.iso.datetime();
const sourceFileSchema = z
  .string()
  .min(1)
  .max(MAX_SOURCE_FILE_LENGTH)
  // eslint-disable-next-line no-control-regex -- control characters (NUL first) are refused
  .refine((file) => !/[\u0000-\u001f\u007f]/.test(file), 'The file name contains control characters.');
const nameListSchema = z.array(z.string().max(MAX_SOURCE_NAME_LENGTH)).max(MAX_SOURCE_NAMES);

/** The calendar spans and rules (kept with ./prayer-calendar's types by the check at the end of the schemas). */
export const CALENDAR_SPANS = ['week', 'month'] as const;
export const CALENDAR_RULES = ['region-per-day', 'in-order'] as const;

export const calendarOptionsSchema = z.strictObject({
  span: z.enum(CALENDAR_SPANS),
  start: isoDateSchema,
  rule: z.enum(CALENDAR_RULES),
});

const layoutFields = {
  paperSize: paperSizeSchema,
  printSize: z.enum(PRINT_SIZES),
  columns: z.union([z.literal(1), z.literal(2)]),
  grouping: z.enum(SHEET_GROUPINGS),
  numbered: z.boolean(),
  showDates: z.boolean(),
  notes: z.enum(NOTE_STYLES),
  noticeBoard: z.boolean(),
  calendar: calendarOptionsSchema.nullable(),
};

export const DEFAULT_LAYOUT: SheetLayout = {
  paperSize: 'A4',
  printSize: 'normal',
  columns: 1,
  grouping: 'chosen',
  numbered: true,
  showDates: false,
  notes: 'none',
  noticeBoard: false,
  calendar: null,
};

/** Both schema flavours share one definition; only the object mode (strict or strip) differs. */
function sheetSchemas(mode: 'strict' | 'lenient') {
  // The two factories build the same output types; the cast lets one definition serve both.
  const object = (mode === 'strict' ? z.strictObject : z.object) as typeof z.object;
  const verse = object({
    text: z.string().max(MAX_VERSE_TEXT_LENGTH),
    reference: z.string().max(MAX_VERSE_REFERENCE_LENGTH),
  });
  const source = object({
    file: sourceFileSchema,
    itemIndex: z.int().min(0).max(MAX_ITEM_INDEX),
    date: isoDateSchema.nullable(),
    // A sheet saved before the world regions names 'Latin America' or 'Southeast Asia': read as today's.
    region: z.preprocess((v) => (typeof v === 'string' ? (migrateRegion(v)[0] ?? v) : v), z.enum(REGIONS)),
    kind: z.enum(KINDS),
    countries: nameListSchema,
    pseudonyms: nameListSchema,
    heading: z.string().max(MAX_HEADING_LENGTH).nullable(),
  });
  const entry = object({
    id: z.string(),
    source,
    originalText: z.string().max(MAX_ENTRY_TEXT_LENGTH),
    text: z.string().max(MAX_ENTRY_TEXT_LENGTH),
  }).refine((e) => e.id === sheetEntryId(e.source.file, e.source.itemIndex), {
    message: 'An entry id must be "<file>#<itemIndex>" of its source.',
    path: ['id'],
  });
  const layout =
    mode === 'strict'
      ? object(layoutFields)
      : // A sheet whose layout no longer checks out still opens, with that setting at its default.
        object({
          paperSize: layoutFields.paperSize.catch(DEFAULT_LAYOUT.paperSize),
          printSize: layoutFields.printSize.catch(DEFAULT_LAYOUT.printSize),
          columns: layoutFields.columns.catch(DEFAULT_LAYOUT.columns),
          grouping: layoutFields.grouping.catch(DEFAULT_LAYOUT.grouping),
          numbered: layoutFields.numbered.catch(DEFAULT_LAYOUT.numbered),
          showDates: layoutFields.showDates.catch(DEFAULT_LAYOUT.showDates),
          notes: layoutFields.notes.catch(DEFAULT_LAYOUT.notes),
          noticeBoard: layoutFields.noticeBoard.catch(DEFAULT_LAYOUT.noticeBoard),
          // Missing in sheets saved before calendars existed: those print as a list, as they did.
          calendar: z
            .object({
              span: z.enum(CALENDAR_SPANS),
              start: isoDateSchema,
              rule: z.enum(CALENDAR_RULES),
            })
            .nullable()
            .catch(DEFAULT_LAYOUT.calendar),
        }).catch({ ...DEFAULT_LAYOUT });
  const content = {
    title: z.string().max(MAX_TITLE_LENGTH),
    churchName: z.string().max(MAX_CHURCH_NAME_LENGTH),
    verse: verse.nullable(),
    introduction: z.string().max(MAX_INTRODUCTION_LENGTH),
    entries: z
      .array(entry)
      .max(MAX_SHEET_ENTRIES)
      .refine(
        (list) => new Set(list.map((e) => e.id)).size === list.length,
        'A request is on the sheet twice.',
      ),
    layout,
  };
  return {
    draft: object({
      id: sheetIdSchema.nullable(),
      createdAt: timestampSchema.nullable(),
      updatedAt: timestampSchema.nullable(),
      ...content,
    }),
    sheet: object({ id: sheetIdSchema, createdAt: timestampSchema, updatedAt: timestampSchema, ...content }),
  };
}

const strictSchemas = sheetSchemas('strict');
const lenientSchemas = sheetSchemas('lenient');

/** What saveSheet accepts: a draft (new: id null) or a saved sheet; unknown keys refused. */
export const sheetDraftSchema = strictSchemas.draft;
/** A saved sheet, exactly as documented. */
export const prayerSheetSchema = strictSchemas.sheet;
/** A saved sheet as read from disk: unknown keys dropped, a damaged layout setting reset to its default. */
export const storedSheetSchema = lenientSchemas.sheet;

export const printSheetOptionsSchema = z.strictObject({
  paperSize: paperSizeSchema,
  landscape: z.boolean().optional(),
});

export const savePdfOptionsSchema = z.strictObject({
  paperSize: paperSizeSchema,
  landscape: z.boolean().optional(),
  suggestedName: z.string().superRefine((name, ctx) => {
    const problem = pdfFileNameProblem(name);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }),
});

// The schemas and the documented interfaces must describe the same data: a compile error here means one
// of them changed without the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemasMatch: [
  Same<z.output<typeof sheetDraftSchema>, SheetDraft>,
  Same<z.output<typeof prayerSheetSchema>, PrayerSheet>,
  Same<z.output<typeof storedSheetSchema>, PrayerSheet>,
  Same<z.output<typeof printSheetOptionsSchema>, PrintSheetOptions>,
  Same<z.output<typeof savePdfOptionsSchema>, SaveSheetPdfOptions>,
  Same<z.output<typeof calendarOptionsSchema>, CalendarOptions>,
] = [true, true, true, true, true, true];

// ---------------------------------------------------------------------------------------------------------
// Pure helpers

/** What a new sheet starts with; see sheetDefaults() in ./sheet-defaults for the locale-based ones. */
export interface NewSheetDefaults {
  title: string;
  paperSize: PaperSize;
  /** Remembered from the user's last sheet, typically. */
  churchName?: string;
  /** Any other layout settings to start from (the last sheet's, typically). */
  layout?: Partial<SheetLayout>;
}

export function sheetEntryId(file: string, itemIndex: number): string {
  return `${file}#${itemIndex}`;
}

/** An empty, unsaved sheet. */
export function createSheet(defaults: NewSheetDefaults): SheetDraft {
  return {
    id: null,
    title: clip(defaults.title, MAX_TITLE_LENGTH),
    churchName: clip(defaults.churchName ?? '', MAX_CHURCH_NAME_LENGTH),
    verse: null,
    introduction: '',
    entries: [],
    layout: { ...DEFAULT_LAYOUT, ...defaults.layout, paperSize: defaults.paperSize },
    createdAt: null,
    updatedAt: null,
  };
}

/** The sheet entry for one item of a bulletin (from the reader); null when there is no such item or it is
 * standing text (`boilerplate`: an office footer is no request to pray for). */
export function entryFromItem(
  bulletin: Pick<Bulletin, 'file' | 'date' | 'items'> & { dateSource?: DateSource },
  itemIndex: number,
): SheetEntry | null {
  const item = bulletin.items[itemIndex];
  if (!item || item.boilerplate === true) return null;
  const text = clip(item.text, MAX_ENTRY_TEXT_LENGTH);
  return {
    id: sheetEntryId(bulletin.file, itemIndex),
    source: {
      file: bulletin.file,
      itemIndex,
      // An undated bulletin's guessed date (its file's time) is never printed as its date.
      date:
        bulletin.dateSource === undefined
          ? bulletin.date
          : trustedDate({ ...bulletin, dateSource: bulletin.dateSource }),
      region: item.region,
      kind: item.kind,
      countries: names(item.countries),
      pseudonyms: names(item.pseudonyms),
      heading: item.heading === null ? null : clip(item.heading, MAX_HEADING_LENGTH),
    },
    originalText: text,
    text,
  };
}

/**
 * The sheet entry for a search hit. Hits carry no heading or countries (null and [] here); pseudonyms are
 * read from the text's `Name*` marks so the notice-board option still finds them.
 */
export function entryFromHit(hit: SearchHit & { dateSource?: DateSource | undefined }): SheetEntry {
  const { dateSource } = hit;
  const text = clip(hit.text, MAX_ENTRY_TEXT_LENGTH);
  return {
    id: sheetEntryId(hit.file, hit.itemIndex),
    source: {
      file: hit.file,
      itemIndex: hit.itemIndex,
      date: dateSource === undefined ? hit.date : trustedDate({ date: hit.date, dateSource }),
      region: hit.region,
      kind: hit.kind,
      countries: names(hit.countries ?? []),
      pseudonyms: names(starredNames(text)),
      heading: null,
    },
    originalText: text,
    text,
  };
}

/** What the story views know of a request (a country's requests, a thread's members). */
export interface RequestSource {
  file: string;
  itemIndex: number;
  date: string | null;
  region: Region;
  kind: Kind;
  text: string;
  /** Unknown ([]) where the view does not carry them. */
  countries?: readonly string[];
  /** Read from the text's `Name*` marks when not given. */
  pseudonyms?: readonly string[];
}

/** The sheet entry for a request from a story view (country view, thread); no heading is known. */
export function entryFromRequest(request: RequestSource): SheetEntry {
  const text = clip(request.text, MAX_ENTRY_TEXT_LENGTH);
  return {
    id: sheetEntryId(request.file, request.itemIndex),
    source: {
      file: request.file,
      itemIndex: request.itemIndex,
      date: request.date,
      region: request.region,
      kind: request.kind,
      countries: names(request.countries ?? []),
      pseudonyms: names(request.pseudonyms ?? starredNames(text)),
      heading: null,
    },
    originalText: text,
    text,
  };
}

export function hasEntry(sheet: Pick<SheetDraft, 'entries'>, id: string): boolean {
  return sheet.entries.some((entry) => entry.id === id);
}

export function isSheetFull(sheet: Pick<SheetDraft, 'entries'>): boolean {
  return sheet.entries.length >= MAX_SHEET_ENTRIES;
}

/**
 * Adds a request at the end. Adding one already on the sheet, or adding to a full sheet
 * (MAX_SHEET_ENTRIES), returns the same sheet unchanged: check isSheetFull to tell the user why.
 */
export function addEntry<S extends SheetDraft>(sheet: S, entry: SheetEntry): S {
  if (hasEntry(sheet, entry.id) || isSheetFull(sheet)) return sheet;
  return { ...sheet, entries: [...sheet.entries, entry] };
}

/** addEntry for several, in order; duplicates and those beyond the limit are skipped. */
export function addEntries<S extends SheetDraft>(sheet: S, entries: readonly SheetEntry[]): S {
  return entries.reduce((next, entry) => addEntry(next, entry), sheet);
}

export function removeEntry<S extends SheetDraft>(sheet: S, id: string): S {
  if (!hasEntry(sheet, id)) return sheet;
  return { ...sheet, entries: sheet.entries.filter((entry) => entry.id !== id) };
}

/**
 * Moves the entry at index `from` to index `to` (as in a drag and drop); `to` is clamped to the list.
 * An out-of-range `from` changes nothing.
 */
export function moveEntry<S extends SheetDraft>(sheet: S, from: number, to: number): S {
  const count = sheet.entries.length;
  if (!Number.isInteger(from) || from < 0 || from >= count || !Number.isFinite(to)) return sheet;
  const target = Math.max(0, Math.min(count - 1, Math.trunc(to)));
  if (target === from) return sheet;
  const entries = [...sheet.entries];
  const [moved] = entries.splice(from, 1);
  entries.splice(target, 0, moved!);
  return { ...sheet, entries };
}

/** Moves an entry up (by < 0) or down (by > 0) by a number of places: the keyboard's Alt+Up / Alt+Down. */
export function moveEntryBy<S extends SheetDraft>(sheet: S, id: string, by: number): S {
  const from = sheet.entries.findIndex((entry) => entry.id === id);
  return from < 0 ? sheet : moveEntry(sheet, from, from + by);
}

/** Sets the sheet's wording of one request (cut to MAX_ENTRY_TEXT_LENGTH). The bulletin is not touched. */
export function editEntryText<S extends SheetDraft>(sheet: S, id: string, text: string): S {
  const clipped = clip(text, MAX_ENTRY_TEXT_LENGTH);
  let changed = false;
  const entries = sheet.entries.map((entry) => {
    if (entry.id !== id || entry.text === clipped) return entry;
    changed = true;
    return { ...entry, text: clipped };
  });
  return changed ? { ...sheet, entries } : sheet;
}

/** Puts the bulletin's wording back. */
export function resetEntryText<S extends SheetDraft>(sheet: S, id: string): S {
  const entry = sheet.entries.find((e) => e.id === id);
  return entry ? editEntryText(sheet, id, entry.originalText) : sheet;
}

export function isEntryEdited(entry: SheetEntry): boolean {
  return entry.text !== entry.originalText;
}

/** Changes some layout settings. */
export function updateLayout<S extends SheetDraft>(sheet: S, patch: Partial<SheetLayout>): S {
  return { ...sheet, layout: { ...sheet.layout, ...patch } };
}

export interface NumberedEntry {
  /** 1, 2, 3… in print order (print it only when layout.numbered). */
  number: number;
  entry: SheetEntry;
}

export interface SheetGroup {
  /** The region heading to print; null for the single group of the 'chosen' order. */
  region: Region | null;
  entries: NumberedEntry[];
}

/**
 * The entries in print order. 'region': one group per region that has entries, in REGIONS order, each in the
 * user's order; 'chosen': one group (region null) in the user's order. Numbers run on across groups.
 * An empty sheet gives no groups.
 */
export function groupEntries(sheet: Pick<SheetDraft, 'entries' | 'layout'>): SheetGroup[] {
  if (sheet.entries.length === 0) return [];
  const groups: { region: Region | null; entries: SheetEntry[] }[] =
    sheet.layout.grouping === 'region'
      ? REGIONS.map((region) => ({
          region,
          entries: sheet.entries.filter((entry) => entry.source.region === region),
        })).filter((group) => group.entries.length > 0)
      : [{ region: null, entries: sheet.entries }];
  let number = 0;
  return groups.map((group) => ({
    region: group.region,
    entries: group.entries.map((entry) => ({ number: ++number, entry })),
  }));
}

/** The entries in the order they print (groupEntries, flattened). */
export function printOrder(sheet: Pick<SheetDraft, 'entries' | 'layout'>): SheetEntry[] {
  return groupEntries(sheet).flatMap((group) => group.entries.map((numbered) => numbered.entry));
}

/** "Sheet from this bulletin": every request in the bulletin's order (standing text left out), with its verse. */
export function sheetFromBulletin(bulletin: Bulletin, defaults: NewSheetDefaults): SheetDraft {
  const entries = bulletin.items
    .map((_item, index) => entryFromItem(bulletin, index))
    .filter((entry): entry is SheetEntry => entry !== null);
  return { ...addEntries(createSheet(defaults), entries), verse: verseOf(bulletin.scripture) };
}

/** "Sheet from these results": the hits in the order shown (duplicates once, at most MAX_SHEET_ENTRIES). */
export function sheetFromHits(hits: readonly SearchHit[], defaults: NewSheetDefaults): SheetDraft {
  return addEntries(createSheet(defaults), hits.map(entryFromHit));
}

/** A bulletin's scripture as a sheet verse (cut to the limits); null for none. */
export function verseOf(scripture: Scripture | null): SheetVerse | null {
  if (!scripture) return null;
  return {
    text: clip(scripture.text, MAX_VERSE_TEXT_LENGTH),
    reference: clip(scripture.reference, MAX_VERSE_REFERENCE_LENGTH),
  };
}

export function summarizeSheet(sheet: PrayerSheet): SheetSummary {
  return { id: sheet.id, title: sheet.title, updatedAt: sheet.updatedAt, entryCount: sheet.entries.length };
}

/** Cuts `text` to at most `max` UTF-16 units, ending in '…', never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function names(list: readonly string[]): string[] {
  return list.slice(0, MAX_SOURCE_NAMES).map((name) => clip(name, MAX_SOURCE_NAME_LENGTH));
}
