// Saved prayer sheets: one JSON file per sheet, userData/sheets/<id>.json, written atomically (temp file,
// fsync, rename) so a crash or a full disk never leaves half a sheet. Each file holds the whole sheet,
// its own copy of every request's text included, so a sheet opens whatever happened to the bulletins since.
//
// A damaged file never stops the list or the app: it is renamed aside (<id>.corrupt-<time>.json, kept for
// support), reported once through `onProblem`, and left out. Reads and writes of one sheet run one after
// another, so a list or an open never clears the temp file of a save still in flight.
import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  clip,
  MAX_TITLE_LENGTH,
  sheetDraftSchema,
  sheetIdProblem,
  storedSheetSchema,
  summarizeSheet,
} from '../../../shared/prayer-sheet';
import type { PrayerSheet, SheetDraft, SheetSummary } from '../../../shared/prayer-sheet';
import {
  fileErrorCode,
  readJsonFile,
  readJsonWithRecovery,
  removeStaleTempFiles,
  writeJsonAtomic,
  writeProblem,
} from '../library/atomic-file';

export const SHEETS_FOLDER = 'sheets';
export const SHEET_FILE_VERSION = 1;
/** Far beyond a church office's weekly use for decades; stops a runaway renderer from filling the disk. */
export const MAX_SAVED_SHEETS = 5000;
/** Files read at once when listing (keeps well under Windows' open-file limits on big folders). */
const READ_CONCURRENCY = 8;

/** One saved sheet that could not be used, in plain words. */
export interface SheetProblem {
  /** The sheet's file. */
  file: string;
  /** For the user. */
  message: string;
  /** What exactly was wrong, for the log. */
  reason: string;
  /** Where the damaged file was kept; null when it could not be read at all (e.g. no permission). */
  backup: string | null;
}

export interface SheetStoreOptions {
  /** The folder of sheet files: userData/sheets (see sheetsFolder). Created on the first save. */
  dir: string;
  now?: () => Date;
  /** Makes a new sheet id (tests pass a predictable one); must satisfy SHEET_ID_PATTERN. */
  newId?: () => string;
  /** Told about each damaged or unreadable file, once, when it is found. */
  onProblem?: (problem: SheetProblem) => void;
}

export interface SheetStore {
  readonly dir: string;
  /** Every readable saved sheet, most recently changed first. */
  list(): Promise<SheetSummary[]>;
  /** null when there is no such sheet (or its file was damaged and has just been set aside). */
  get(id: string): Promise<PrayerSheet | null>;
  /**
   * Creates (id null) or updates a sheet. A new one gets an id and createdAt; every save sets updatedAt.
   * Saving with an id whose file is gone creates it again under that id. Resolves once it is on disk.
   */
  save(draft: SheetDraft): Promise<PrayerSheet>;
  /** A new sheet with the same content, titled "… (copy)". */
  duplicate(id: string): Promise<PrayerSheet>;
  /** Deleting a sheet that is not there does nothing. */
  delete(id: string): Promise<void>;
}

/** A request the store cannot do, with a message meant for the user. */
export class SheetStoreError extends Error {
  override name = 'SheetStoreError';
}

export function sheetsFolder(userDataDir: string): string {
  return path.join(userDataDir, SHEETS_FOLDER);
}

const fileSchema = z.object({
  version: z.number().int().positive(),
  sheet: z.record(z.string(), z.unknown()),
});

export function createSheetStore(options: SheetStoreOptions): SheetStore {
  const { dir } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => `${now().getTime().toString(36)}-${randomBytes(5).toString('hex')}`);
  const report = options.onProblem ?? (() => undefined);
  const fileOf = (id: string) => path.join(dir, `${id}.json`);

  // One chain per sheet id: reads, writes and deletes of the same file never overlap.
  const chains = new Map<string, Promise<unknown>>();
  const withLock = <T>(id: string, task: () => Promise<T>): Promise<T> => {
    const run = (chains.get(id) ?? Promise.resolve()).then(task, task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    chains.set(id, tail);
    void tail.then(() => {
      if (chains.get(id) === tail) chains.delete(id);
    });
    return run;
  };

  /** Reads one sheet file; damaged ones are set aside and reported. Call inside withLock(id). */
  const readSheet = async (id: string): Promise<PrayerSheet | null> => {
    const file = fileOf(id);
    let read;
    try {
      read = await readJsonWithRecovery(file, (raw) => parseSheetFile(raw, id), {
        onCorrupt: 'keep-aside',
        now,
      });
    } catch (error) {
      const message = `The saved prayer sheet ${file} could not be read (${fileErrorCode(error)}).`;
      report({ file, message, reason: fileErrorCode(error), backup: null });
      throw new SheetStoreError(message);
    }
    if (read.corrupt !== null) {
      report({
        file,
        backup: read.backup,
        reason: read.corrupt,
        message: `A saved prayer sheet was damaged and could not be opened. It was kept as ${read.backup ?? file}.`,
      });
    }
    return read.value;
  };

  const listIds = async (): Promise<{ ids: string[]; names: string[] }> => {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if (fileErrorCode(error) === 'ENOENT') return { ids: [], names: [] };
      throw new SheetStoreError(`The saved prayer sheets could not be listed (${fileErrorCode(error)}).`);
    }
    const ids = names
      .map((name) => /^(.+)\.json$/.exec(name)?.[1])
      .filter((id): id is string => id !== undefined && sheetIdProblem(id) === null);
    return { ids, names };
  };

  return {
    dir,

    async list() {
      const { ids, names } = await listIds();
      await removeOrphanTempFiles(dir, names, new Set(ids), (id) => chains.has(id));
      const sheets: PrayerSheet[] = [];
      for (let start = 0; start < ids.length; start += READ_CONCURRENCY) {
        const batch = ids.slice(start, start + READ_CONCURRENCY);
        const read = await Promise.all(
          // One unreadable file is reported (readSheet) and skipped; the others still list.
          batch.map((id) => withLock(id, () => readSheet(id)).catch(() => null)),
        );
        for (const sheet of read) if (sheet) sheets.push(sheet);
      }
      return sheets
        .map(summarizeSheet)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
    },

    async get(id) {
      checkId(id);
      return withLock(id, () => readSheet(id));
    },

    async save(draft) {
      const parsed = sheetDraftSchema.safeParse(draft);
      if (!parsed.success) {
        throw new SheetStoreError(`The prayer sheet could not be saved: ${z.prettifyError(parsed.error)}`);
      }
      const input = parsed.data;
      const id = input.id ?? (await freshId());
      return withLock(id, async () => {
        const time = now().toISOString();
        // An update keeps the first save's createdAt, from the file when it is there and readable.
        const existing =
          input.id === null
            ? null
            : await readJsonFile(fileOf(id), (raw) => parseSheetFile(raw, id)).catch(() => null);
        const createdAt = existing?.status === 'ok' ? existing.value.createdAt : (input.createdAt ?? time);
        const sheet: PrayerSheet = { ...input, id, createdAt, updatedAt: time };
        await writeSheet(sheet);
        return sheet;
      });
    },

    async duplicate(id) {
      checkId(id);
      const original = await withLock(id, () => readSheet(id));
      if (!original) {
        throw new SheetStoreError('That prayer sheet is no longer there; it may have been deleted.');
      }
      const copyId = await freshId();
      return withLock(copyId, async () => {
        const time = now().toISOString();
        const copy: PrayerSheet = {
          ...structuredClone(original),
          id: copyId,
          title: copyTitle(original.title),
          createdAt: time,
          updatedAt: time,
        };
        await writeSheet(copy);
        return copy;
      });
    },

    async delete(id) {
      checkId(id);
      await withLock(id, async () => {
        const file = fileOf(id);
        await rm(file, { force: true });
        await removeStaleTempFiles(file);
      });
    },
  };

  async function writeSheet(sheet: PrayerSheet): Promise<void> {
    try {
      await writeJsonAtomic(fileOf(sheet.id), { version: SHEET_FILE_VERSION, sheet });
    } catch (error) {
      throw new SheetStoreError(`The prayer sheet could not be saved (${sheetWriteProblem(error)}).`);
    }
  }

  async function freshId(): Promise<string> {
    // A folder that cannot be listed is reported by the write that follows, in its own words.
    const { ids } = await listIds().catch(() => ({ ids: [] as string[] }));
    if (ids.length >= MAX_SAVED_SHEETS) {
      throw new SheetStoreError(
        `There are already ${ids.length} saved prayer sheets. Delete some old ones before saving a new one.`,
      );
    }
    const taken = new Set(ids);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const id = newId();
      if (sheetIdProblem(id) !== null) throw new Error(`Sheet id generator made an unusable id: ${id}`);
      if (!taken.has(id) && !chains.has(id)) return id;
    }
    throw new SheetStoreError('Prayer Desk could not find a free name for the new sheet. Please try again.');
  }
}

/** The checked sheet in a file's content; the file's name is its id, whatever the content says. */
export function parseSheetFile(raw: unknown, id: string): PrayerSheet {
  const file = fileSchema.parse(raw);
  return storedSheetSchema.parse({ ...file.sheet, id });
}

/** "Easter vigil" → "Easter vigil (copy)", kept within the title limit. */
export function copyTitle(title: string): string {
  const suffix = ' (copy)';
  return `${clip(title, MAX_TITLE_LENGTH - suffix.length)}${suffix}`;
}

function checkId(id: string): void {
  const problem = sheetIdProblem(id);
  if (problem !== null) throw new SheetStoreError(problem);
}

/** write-file-atomic temp files (`<id>.json.<digits>`) whose sheet file is gone: left by a crash. */
async function removeOrphanTempFiles(
  dir: string,
  names: readonly string[],
  ids: ReadonlySet<string>,
  busy: (id: string) => boolean,
): Promise<void> {
  for (const name of names) {
    const id = /^(.+)\.json\.\d+$/.exec(name)?.[1];
    if (id === undefined || ids.has(id) || busy(id) || sheetIdProblem(id) !== null) continue;
    await rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

/** As for any of our files, and one more that only the sheets folder meets. */
function sheetWriteProblem(error: unknown): string {
  const code = fileErrorCode(error);
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return 'a file is in the way of the sheets folder in the data folder';
  return writeProblem(error);
}
