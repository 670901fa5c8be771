// Writing our own files (settings, cache, later saved sheets) so that a crash, a power cut or a full disk
// can never leave a half-written file behind: the bytes go to a temp file in the same folder, are flushed
// (fsync) and only then renamed over the old file, which the OS does in one step. write-file-atomic does
// exactly that; we add the folder creation, a folder flush after the rename, and recovery on read.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomicLib from 'write-file-atomic';

/** Writes to one file still running or queued, by full path: the next write to it waits for them. */
const writesInFlight = new Map<string, Promise<void>>();

/**
 * Writes `data` to `file` atomically; creates the folder if needed. Either the old or the new file survives.
 * Writes to the same file run one after another in the order they were asked for, so the last one asked
 * for is the one left on disk (the folder creation before each would otherwise let them overtake).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const key = path.resolve(file);
  const previous = writesInFlight.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => writeNow(file, data));
  writesInFlight.set(key, run);
  try {
    await run;
  } finally {
    if (writesInFlight.get(key) === run) writesInFlight.delete(key);
  }
}

async function writeNow(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const payload =
    typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  await writeFileAtomicLib(file, payload, { fsync: true });
  await flushFolder(dir);
}

/** JSON.stringify, then `writeFileAtomic`. Compact on purpose: our files are read by code, not people. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(value));
}

/**
 * The rename is durable only once the folder entry itself is on disk. Best effort: Windows cannot open a
 * folder for flushing (and NTFS journals renames anyway), so failures here are ignored.
 */
async function flushFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system: the file itself was flushed already.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export type JsonRead<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  /** The file exists but is not JSON, is cut short, or does not have the expected shape. */
  | { status: 'corrupt'; reason: string };

/**
 * Reads and checks a JSON file. `check` returns the typed value or throws (a zod `parse` fits).
 * Never throws for a bad file; only for errors that are not about the file's content (permission denied).
 */
export async function readJsonFile<T>(file: string, check: (raw: unknown) => T): Promise<JsonRead<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isNodeError(error) && error.code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { status: 'corrupt', reason: `not valid JSON (${errorMessage(error)})` };
  }
  try {
    return { status: 'ok', value: check(raw) };
  } catch (error) {
    return { status: 'corrupt', reason: `unexpected content (${errorMessage(error)})` };
  }
}

export interface RecoveredRead<T> {
  /** The file's content, or null when it was missing or unusable. */
  value: T | null;
  /** Why an existing file could not be used; null when it was fine or simply missing. */
  corrupt: string | null;
  /** Where an unusable file was kept, when `onCorrupt` is 'keep-aside'. */
  backup: string | null;
}

export interface RecoverOptions {
  /** 'keep-aside': rename it to `<name>.corrupt-<time><ext>` (user data worth keeping); 'delete': drop it. */
  onCorrupt: 'keep-aside' | 'delete';
  now?: () => Date;
}

/**
 * Reads a JSON file we wrote, recovering from anything a crash or a stray editor could have left:
 * temp files of interrupted writes are removed, and a corrupt file is kept aside or deleted so the
 * caller can start over from defaults.
 */
export async function readJsonWithRecovery<T>(
  file: string,
  check: (raw: unknown) => T,
  opts: RecoverOptions,
): Promise<RecoveredRead<T>> {
  await removeStaleTempFiles(file);
  const read = await readJsonFile(file, check);
  if (read.status === 'ok') return { value: read.value, corrupt: null, backup: null };
  if (read.status === 'missing') return { value: null, corrupt: null, backup: null };
  if (opts.onCorrupt === 'delete') {
    await rm(file, { force: true });
    return { value: null, corrupt: read.reason, backup: null };
  }
  const backup = await keepAside(file, (opts.now ?? (() => new Date()))());
  return { value: null, corrupt: read.reason, backup };
}

/** Renames `dir/name.ext` to `dir/name.corrupt-<time>.ext` (a suffix if that exists too); returns the new path. */
export async function keepAside(file: string, when: Date): Promise<string> {
  const ext = path.extname(file);
  const base = file.slice(0, file.length - ext.length);
  // Colons are not allowed in Windows file names.
  const stamp = when.toISOString().replace(/:/g, '-').replace(/\./g, '-');
  let target = `${base}.corrupt-${stamp}${ext}`;
  const existing = new Set(await readdir(path.dirname(file)).catch(() => [] as string[]));
  if (existing.has(path.basename(target)))
    target = `${base}.corrupt-${stamp}-${randomBytes(3).toString('hex')}${ext}`;
  await rename(file, target);
  return target;
}

/**
 * write-file-atomic names its temp files `<file>.<number>` and removes them unless the process dies;
 * after a crash they would pile up, so we clear them before reading. Returns what was removed.
 */
export async function removeStaleTempFiles(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)));
  for (const name of stale) await rm(path.join(dir, name), { force: true });
  return stale.map((name) => path.join(dir, name));
}

/** A file error's code ('ENOSPC', 'EACCES'…), or its message when it has none: for plain-words reports. */
export function fileErrorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return code;
  return errorMessage(error);
}

/** Why one of our files could not be written, in words a user can act on; the code when it is unusual. */
export function writeProblem(error: unknown): string {
  switch (fileErrorCode(error)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'Prayer Desk is not allowed to write in its data folder';
    case 'EROFS':
      return 'the data folder is on a read-only drive';
    default:
      return fileErrorCode(error);
  }
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
