// Reads a library folder into bulletins. Read-only by design: nothing here opens a file for writing,
// because the folder is the user's archive, not ours.
import type { Dirent, Stats } from 'node:fs';
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { bulletinFileId } from '../../../shared/bulletin-source';
import type { Bulletin, ParseOutput, Problem } from '../../../shared/model';
import type { LibraryProgress, MailboxSummary } from '../../../shared/library-types';
import { parseBulletin } from '../parse/parse-bulletin';
import { ReadError } from '../readers/reader';
import type { ReadResult } from '../readers/reader';
import { readerFor, unsupportedReason } from '../readers/reader-registry';
import type { MailboxKind } from '../mailbox/mailbox-files';
import { mailboxKindOf } from '../mailbox/mailbox-files';
import type { MailboxCounts } from '../mailbox/read-mailbox';
import { readMailboxFile } from '../mailbox/read-mailbox';
import { withoutMailboxCopies } from '../mailbox/same-bulletin';
import { markStandingText } from './standing-text';
import { readAll } from './read-pool';
import { openStoppedFiles, readRemembering } from './stopped-files';

export interface FileEntry {
  /** Relative to the library folder, '/' separators. */
  file: string;
  size: number;
  mtimeMs: number;
  /** A mailbox file (electron/core/mailbox): streamed message by message, not read whole. */
  mailbox?: MailboxKind;
}

export interface FileRead {
  bulletins: Bulletin[];
  problems: Problem[];
  /** For a mailbox: how many messages it held and how many were bulletins. */
  mailboxCounts?: MailboxCounts;
}

/** Larger than any real bulletin by a wide margin; reading it whole would only waste memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Deeper than any real archive; a guard against pathological trees (watch-folder stops at the same depth). */
const MAX_DEPTH = 64;
/** As many warnings as parseBulletin keeps; a person reads the first few. */
const MAX_WARNINGS = 20;
/**
 * Text read from one file, all its parts together: a year of weekly bulletins is a few hundred thousand
 * characters. Past this (a 20 MB text file, an e-mail with a huge encoded part read as text) the rest is
 * left out and the bulletin says so: memory per file stays bounded (issue 12).
 */
export const MAX_TEXT_CHARS = 400_000;
/** Requests in one bulletin: a weekly one has 5–30, a year's collection a few hundred. */
export const MAX_ITEMS_PER_BULLETIN = 1_000;

/**
 * How the folder is listed and its files read. By default through Node's thread pool, so that the thread
 * asking never waits for a disk. `direct` is for a worker thread reading a whole folder: a small file on a
 * local disk (or in the system's cache) takes a few tens of microseconds to read directly, but about 150 µs
 * of processor time through the pool (a hand-over to another thread and back for each of realpath, open,
 * stat, read and close), which at 10,000 files is 1.5 s of the two cores of an old office PC. A folder that
 * answers slowly (a network drive, a disk waking up) goes back to the pool, where reads overlap.
 */
export interface FolderAccessOptions {
  direct?: boolean;
}

interface FolderAccess {
  realpath(target: string): Promise<string>;
  readdir(dir: string): Promise<Dirent[]>;
  stat(target: string): Promise<Stats>;
  /** See readBounded. */
  readBounded(target: string, max: number): Promise<Uint8Array | null>;
}

const THROUGH_POOL: FolderAccess = {
  realpath: (target) => realpath(target),
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  stat: (target) => stat(target),
  readBounded,
};

/**
 * Whether a folder answers direct calls quickly, judged as it goes: a slow call (longer than a local disk
 * takes; a network drive or a sleeping disk takes longer every time) adds SLOW_WEIGHT to the folder's
 * count, a quick one takes 1 off. Past SLOW_LIMIT the folder is read through the pool from then on. A call
 * made slow only by a busy processor (the thread was paused in the middle of it) is rare enough to drain.
 */
const SLOW_CALL_MS = 2;
const SLOW_WEIGHT = 8;
const SLOW_LIMIT = 64;
const slowness = new Map<string, number>();

function accessFor(root: string, options: FolderAccessOptions): FolderAccess {
  if (!options.direct || (slowness.get(root) ?? 0) >= SLOW_LIMIT) return THROUGH_POOL;
  let access = directAccess.get(root);
  if (!access) {
    if (directAccess.size > 16) directAccess.clear();
    directAccess.set(root, (access = directAccessFor(root)));
  }
  return access;
}

// One per folder (a listing asks for it once a file).
const directAccess = new Map<string, FolderAccess>();

function directAccessFor(root: string): FolderAccess {
  // Async wrappers: a failure is a rejected promise, as from the pool, and callers stay the same.
  const timed = async <T>(call: () => T): Promise<T> => {
    const started = performance.now();
    try {
      return call();
    } finally {
      const slow = performance.now() - started > SLOW_CALL_MS;
      const count = slowness.get(root) ?? 0;
      if (slow || count > 0) slowness.set(root, slow ? count + SLOW_WEIGHT : count - 1);
    }
  };
  return {
    realpath: (target) => timed(() => realpathSync.native(target)),
    readdir: (dir) => timed(() => readdirSync(dir, { withFileTypes: true })),
    stat: (target) => timed(() => statSync(target)),
    readBounded: (target, max) => timed(() => readBoundedDirectly(target, max)),
  };
}

/** Whether `root` is read directly when FolderAccessOptions.direct asks for it (it has not proved slow). */
export function answersQuickly(root: string): boolean {
  return (slowness.get(root) ?? 0) < SLOW_LIMIT;
}

/** Lists the files a reader can handle, sorted by path; other bulletin-like files become problems. */
export async function listBulletinFiles(
  root: string,
  options: FolderAccessOptions = {},
): Promise<{ files: FileEntry[]; problems: Problem[] }> {
  const files: FileEntry[] = [];
  const problems: Problem[] = [];
  const realRoot = await accessFor(root, options).realpath(root);
  await walk(realRoot, '', 0, files, problems, () => accessFor(root, options));
  files.sort((a, b) => compareStrings(a.file, b.file));
  problems.sort((a, b) => compareStrings(a.file, b.file));
  return { files, problems };
}

async function walk(
  realRoot: string,
  relDir: string,
  depth: number,
  files: FileEntry[],
  problems: Problem[],
  access: () => FolderAccess,
): Promise<void> {
  if (depth > MAX_DEPTH) {
    problems.push({ file: relDir, error: `Folders nested deeper than ${MAX_DEPTH} levels were not read.` });
    return;
  }
  let entries;
  try {
    entries = await access().readdir(path.join(realRoot, relDir));
  } catch (error) {
    problems.push({ file: relDir || '.', error: `This folder could not be opened (${codeOf(error)}).` });
    return;
  }
  const names = new Set(entries.map((entry) => entry.name));
  for (const entry of entries) {
    // Hidden files and folders (.git, .DS_Store, ~$ Word lock files) are never bulletins.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    const abs = path.join(realRoot, rel);
    if (entry.isSymbolicLink()) {
      await visitLink(realRoot, rel, abs, files, problems, access());
    } else if (entry.isDirectory()) {
      await walk(realRoot, rel, depth + 1, files, problems, access);
    } else if (entry.isFile()) {
      await addFile(rel, abs, files, problems, access(), mailboxKindOf(rel, names));
    } else if (readerFor(rel)) {
      // A named pipe, a socket or a device with a bulletin's name: never opened (reading could block).
      problems.push({ file: rel, error: `This file could not be read (${codeOf(notAFile())}).` });
    }
  }
}

/**
 * Links are followed only to files inside the folder. Links to folders are never followed: one inside the
 * library would list its files twice or loop, one outside would read what is not the library.
 */
async function visitLink(
  realRoot: string,
  rel: string,
  abs: string,
  files: FileEntry[],
  problems: Problem[],
  access: FolderAccess,
): Promise<void> {
  const relevant = readerFor(rel) !== undefined || unsupportedReason(rel) !== undefined;
  let target: string;
  try {
    target = await access.realpath(abs);
  } catch (error) {
    // Unrelated dangling links (to an old photo) are not worth a problem entry; looping ones always are.
    if (isNodeError(error) && error.code === 'ELOOP') {
      problems.push({
        file: rel,
        error: 'This is a shortcut (link) that loops back on itself; it was not read.',
      });
    } else if (relevant) {
      problems.push({ file: rel, error: 'This is a shortcut (link) to a file that no longer exists.' });
    }
    return;
  }
  const inside = isInside(realRoot, target);
  const info = await access.stat(target).catch(() => null);
  if (!info) return;
  if (info.isDirectory()) {
    if (!inside) {
      problems.push({
        file: rel,
        error: 'This is a shortcut (link) to a folder outside the library folder; it was not followed.',
      });
    }
    return;
  }
  if (!inside) {
    if (relevant) {
      problems.push({
        file: rel,
        error: 'This is a shortcut (link) to a file outside the folder; it was not read.',
      });
    }
    return;
  }
  await addFile(rel, target, files, problems, access);
}

function isInside(realRoot: string, target: string): boolean {
  const inside = path.relative(realRoot, target);
  return !(inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside));
}

async function addFile(
  rel: string,
  abs: string,
  files: FileEntry[],
  problems: Problem[],
  access: FolderAccess,
  mailbox: MailboxKind | null = null,
): Promise<void> {
  if (!readerFor(rel) && !mailbox) {
    const reason = unsupportedReason(rel);
    if (reason) problems.push({ file: rel, error: reason });
    return;
  }
  try {
    const info = await access.stat(abs);
    if (info.isFile()) {
      files.push({ file: rel, size: info.size, mtimeMs: info.mtimeMs, ...(mailbox ? { mailbox } : {}) });
    } else if (!info.isDirectory()) throw notAFile();
  } catch (error) {
    problems.push({ file: rel, error: `This file could not be read (${codeOf(error)}).` });
  }
}

/**
 * Reads and parses one file. Never throws: every failure becomes a problem naming the file. A file holding
 * several bulletins (a church page with many weeks, a saved thread) gives several, the n-th (n >= 2) with
 * `file` set to `path#n` (see shared/bulletin-source).
 */
export async function readBulletinFile(
  root: string,
  entry: FileEntry,
  options: FolderAccessOptions = {},
): Promise<FileRead> {
  const fail = (error: string): FileRead => ({ bulletins: [], problems: [{ file: entry.file, error }] });
  // A mailbox is streamed (no MAX_FILE_BYTES): gigabytes of mail, of which only the bulletins are kept.
  if (entry.mailbox) return readMailboxFile(root, entry.file);
  const reader = readerFor(entry.file);
  if (!reader) return fail(unsupportedReason(entry.file) ?? 'Prayer Desk cannot read this kind of file.');
  if (entry.size > MAX_FILE_BYTES) return fail(tooLarge(entry.size));
  const abs = path.join(root, ...entry.file.split('/'));
  try {
    // A file swapped for a link to somewhere else between listing and reading must not lead us outside.
    const access = accessFor(root, options);
    const [realRoot, real] = await Promise.all([realRootOf(root), access.realpath(abs)]);
    if (!isInside(realRoot, real)) {
      return fail('This is a shortcut (link) to a file outside the folder; it was not read.');
    }
    const bytes = await access.readBounded(real, MAX_FILE_BYTES);
    if (bytes === null) return fail('This file grew too large to be a bulletin; it was skipped.');
    if (bytes.length === 0) return fail(`"${entry.file}" is empty.`);
    const read = await reader.read({ file: entry.file, bytes });
    return toBulletins(entry, read);
  } catch (error) {
    if (error instanceof ReadError) return fail(error.message);
    if (isNodeError(error) && error.code === 'ENOENT') {
      return fail('This file disappeared while it was being read.');
    }
    if (isNodeError(error)) return fail(`This file could not be read (${codeOf(error)}).`);
    return fail(
      `This file could not be understood (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

// The library folder's real path, remembered for the last folder: 10,000 files need it 10,000 times.
let lastRoot: { root: string; real: Promise<string> } | null = null;

function realRootOf(root: string): Promise<string> {
  if (lastRoot?.root !== root) {
    const real = realpath(root);
    // A failure is not remembered: the folder may be back (a drive reconnected) next time.
    real.catch(() => {
      if (lastRoot?.real === real) lastRoot = null;
    });
    lastRoot = { root, real };
  }
  return lastRoot.real;
}

function tooLarge(size: number): string {
  return `This file is too large to be a bulletin (${Math.round(size / 1048576)} MB); it was skipped.`;
}

function notAFile(): Error {
  return Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
}

/** Throws for a folder or anything but a plain file (a pipe, a device); false when it is over `max` bytes. */
function fitsAsFile(info: Stats, max: number): boolean {
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
  return info.size <= max;
}

/**
 * `buffer` when it has room after `length` bytes, else a bigger copy; null when the file has grown past
 * `max` bytes while being read.
 */
function roomToRead(buffer: Buffer, length: number, max: number): Buffer | null {
  if (length < buffer.length) return buffer;
  if (length > max) return null;
  const bigger = Buffer.allocUnsafe(Math.min(max + 1, buffer.length * 2));
  buffer.copy(bigger, 0, 0, length);
  return bigger;
}

/**
 * The whole file, or null when it holds more than `max` bytes: memory stays bounded even if the file grew
 * after it was listed. Opened read-only and non-blocking (a named pipe put in its place cannot stall us).
 */
async function readBounded(abs: string, max: number): Promise<Uint8Array | null> {
  const handle = await open(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!fitsAsFile(info, max)) return null;
    // One byte more than we were told: reading it means the file is growing.
    let buffer: Buffer | null = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      buffer = roomToRead(buffer, length, max);
      if (buffer === null) return null;
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** readBounded, reading directly (see FolderAccessOptions). */
function readBoundedDirectly(abs: string, max: number): Uint8Array | null {
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!fitsAsFile(info, max)) return null;
    let buffer: Buffer | null = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      buffer = roomToRead(buffer, length, max);
      if (buffer === null) return null;
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    try {
      closeSync(fd);
    } catch {
      // As the pooled read: a failure to close loses nothing that was read.
    }
  }
}

/** Each document read from the file parsed into a bulletin; documents without requests are left out. */
function toBulletins(entry: FileEntry, read: ReadResult): FileRead {
  const bulletins: Bulletin[] = [];
  let empty = 0;
  let chars = 0;
  const cut: string[] = [];
  for (const doc of read.documents) {
    if (chars >= MAX_TEXT_CHARS) {
      cut.push(
        `This file holds more text than Prayer Desk reads from one file (${MAX_TEXT_CHARS.toLocaleString('en-US')} characters); the rest was left out.`,
      );
      break;
    }
    const text =
      doc.text.length > MAX_TEXT_CHARS - chars ? doc.text.slice(0, MAX_TEXT_CHARS - chars) : doc.text;
    if (text.length < doc.text.length) {
      cut.push(
        `This file holds more text than Prayer Desk reads from one file (${MAX_TEXT_CHARS.toLocaleString('en-US')} characters); the rest was left out.`,
      );
    }
    chars += text.length;
    const bulletin = parseBulletin(text, {
      file: entry.file,
      mtimeMs: entry.mtimeMs,
      titleHint: doc.titleHint,
      dateHint: doc.dateHint,
      fromHint: doc.fromHint,
    });
    if (bulletin.items.length === 0) {
      empty++;
      continue;
    }
    const extra: string[] = [];
    if (bulletin.items.length > MAX_ITEMS_PER_BULLETIN) {
      extra.push(
        `Only the first ${MAX_ITEMS_PER_BULLETIN} of the ${bulletin.items.length} requests found were kept (this file may not be a bulletin).`,
      );
      bulletin.items = bulletin.items.slice(0, MAX_ITEMS_PER_BULLETIN);
    }
    bulletin.warnings = capWarnings([...extra, ...cut, ...read.warnings, ...bulletin.warnings]);
    bulletin.encoding = read.encoding;
    bulletins.push(bulletin);
  }
  if (bulletins.length === 0) {
    return {
      bulletins: [],
      problems: [
        { file: entry.file, error: 'No prayer requests were found in this file. Is it a bulletin?' },
      ],
    };
  }
  if (empty > 0) {
    bulletins[0]!.warnings = capWarnings([
      ...bulletins[0]!.warnings,
      `${empty} of the ${read.documents.length} parts of this file had no prayer requests and were left out.`,
    ]);
  }
  bulletins.forEach((bulletin, i) => {
    bulletin.file = bulletinFileId(entry.file, i + 1);
  });
  return { bulletins, problems: [] };
}

function capWarnings(warnings: string[]): string[] {
  const unique = [...new Set(warnings)];
  if (unique.length <= MAX_WARNINGS) return unique;
  return [...unique.slice(0, MAX_WARNINGS - 1), `…and ${unique.length - MAX_WARNINGS + 1} more warnings.`];
}

export interface LoadFolderOptions extends FolderAccessOptions {
  onProgress?: (progress: LibraryProgress) => void;
  /**
   * Where files are read and parsed: a parse pool (parse-pool.ts: the CLI's), which takes `lanes` at
   * once. Default: here, one after another. Mailboxes are always streamed here (see below).
   */
  reader?: { read(root: string, entry: FileEntry): Promise<FileRead>; lanes: number };
  /**
   * Where files whose reading was stopped are remembered (stopped-files.ts), so that the next load skips
   * them until they change. Default: nowhere.
   */
  userDataDir?: string;
}

/**
 * Loads a whole folder: every readable bulletin, and a problem entry for every file that is not. `direct`
 * (see FolderAccessOptions) suits a caller with nothing else to answer meanwhile, such as the CLI.
 */
export async function loadFolder(
  root: string,
  opts: LoadFolderOptions = {},
): Promise<ParseOutput & { mailboxes?: MailboxSummary[] }> {
  const access: FolderAccessOptions = { direct: opts.direct };
  const listed = await listBulletinFiles(root, access);
  const mailboxes: MailboxSummary[] = [];
  const bulletins: Bulletin[] = [];
  const problems: Problem[] = [...listed.problems];
  const total = listed.files.length;
  const stopped =
    opts.userDataDir !== undefined ? await openStoppedFiles(opts.userDataDir, await realpath(root)) : null;
  // A mailbox is streamed here, never in a parse child: reading gigabytes of mail outlasts the per-file time
  // limit meant for one bulletin, and its memory stays bounded by one message.
  const read = (entry: FileEntry) =>
    entry.mailbox || !opts.reader ? readBulletinFile(root, entry, access) : opts.reader.read(root, entry);
  const results: FileRead[] = new Array<FileRead>(total);
  let done = 0;
  await readAll(
    listed.files,
    [{ read: (entry) => readRemembering(entry, read, stopped), lanes: opts.reader?.lanes ?? 1 }],
    (index, result) => {
      results[index] = result;
      done++;
    },
    (index) => opts.onProgress?.({ done, total, current: (listed.files[index] as FileEntry).file }),
  );
  await stopped?.saved();
  for (const [index, result] of results.entries()) {
    bulletins.push(...result.bulletins);
    problems.push(...result.problems);
    const file = (listed.files[index] as FileEntry).file;
    if (result.mailboxCounts) mailboxes.push({ file, ...result.mailboxCounts });
  }
  opts.onProgress?.({ done, total, current: '' });
  problems.sort((a, b) => compareStrings(a.file, b.file));
  // A bulletin both saved as a file and still in a mailbox counts once (as the library's collectBulletins).
  const kept = withoutMailboxCopies(sortBulletins(bulletins));
  markStandingText(kept);
  return { bulletins: kept, problems, ...(mailboxes.length > 0 ? { mailboxes } : {}) };
}

/** By date, oldest first, undated last; then by file: the order the CLI and the timeline rely on. */
export function sortBulletins(bulletins: Bulletin[]): Bulletin[] {
  return bulletins.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return compareStrings(a.file, b.file);
  });
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** The plain-words part of common file-system errors. */
function codeOf(error: unknown): string {
  const code = isNodeError(error) ? error.code : undefined;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it no longer exists';
    case 'EBUSY':
      return 'it is in use by another program';
    case 'ELOOP':
      return 'it is a link that loops back on itself';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTFILE':
      return 'it is not an ordinary file';
    case 'EIO':
      return 'the disk could not be read';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open; try again';
    case 'ENAMETOOLONG':
      return 'its name or path is too long';
    default:
      return code ?? 'unknown error';
  }
}
