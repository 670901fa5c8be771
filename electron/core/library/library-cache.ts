// The start-up cache: every file's parsed bulletins (keyed by path, size and modification time) and the
// serialized search index, so a second start with an unchanged folder parses nothing and indexes nothing.
// It is only ever a copy of what the folder says: anything odd about it (corrupt, cut short, written by
// another version of the app or for another folder) means it is thrown away and rebuilt, silently.
//
// Reading it is on the way to the first answer after every start (40 MB of bulletins at 10,000), so it
// is made cheap: the JSON is written in plain ASCII (other characters as \u escapes), which Node turns
// into a string without UTF-8 decoding, both files are read at once, and the bulletins are checked by a
// hand-written pass rather than a schema library (zod took as long as parsing the JSON itself). Writing
// goes out file by file, so saving 10,000 bulletins never builds one 40 MB string.
import { isAscii } from 'node:buffer';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Bulletin, Problem } from '../../../shared/model';
import { KINDS, REGIONS } from '../../../shared/model';
import { removeStaleTempFiles } from './atomic-file';

/**
 * Bump when the cache layout or the Bulletin shape changes; old caches are then rebuilt. 2: world regions
 * (an item's region may be 'East Asia', 'Middle East & North Africa'…) and each bulletin's organisation.
 */
export const CACHE_FORMAT = 2;
export const CACHE_FOLDER = 'library-cache';
const BULLETINS_FILE = 'bulletins.json';
const INDEX_FILE = 'index.json';
/** Library caches kept in all, this one included (switching back and forth stays fast); older ones go. */
const FOLDERS_KEPT = 4;

/** What one library file gave, remembered with the size and time it had when it was read. */
export interface CachedFile {
  /** Relative to the library folder, '/' separators. */
  file: string;
  size: number;
  mtimeMs: number;
  bulletins: Bulletin[];
  problems: Problem[];
  /** For a mailbox file (electron/core/mailbox): its messages, and the bulletins found in them. */
  mailboxCounts?: { messages: number; bulletins: number };
}

export interface CacheContents {
  /** In listing order. */
  files: CachedFile[];
  /** The search engine's snapshot for exactly these bulletins, or null when it must be rebuilt. */
  index: unknown;
}

export interface LibraryCache {
  /** The folder holding this library's cache files. */
  readonly dir: string;
  /** The cached files, or null when there is no usable cache (the damaged one is removed). */
  read(): Promise<CacheContents | null>;
  /** Replaces the cache; the index must be the snapshot of exactly these files' bulletins, or null. */
  write(contents: CacheContents): Promise<void>;
  clear(): Promise<void>;
}

export interface CacheOptions {
  userDataDir: string;
  /** The library folder, resolved (realpath): the cache belongs to it alone. */
  root: string;
  appVersion: string;
}

/** One folder per library (named by a hash of its path) inside `<userData>/library-cache/`. */
export function cacheDirFor(userDataDir: string, root: string): string {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  return path.join(userDataDir, CACHE_FOLDER, key);
}

interface Envelope {
  format: number;
  appVersion: string;
  root: string;
  /** Ties the two files together: an index written just before a crash must not pair with older bulletins. */
  indexId: string | null;
}

export function openLibraryCache(opts: CacheOptions): LibraryCache {
  const dir = cacheDirFor(opts.userDataDir, opts.root);
  const bulletinsFile = path.join(dir, BULLETINS_FILE);
  const indexFile = path.join(dir, INDEX_FILE);
  const checkEnvelope = (raw: unknown): Envelope => {
    const value = raw as Partial<Envelope> | null;
    if (typeof value !== 'object' || value === null) throw new Error('not an object');
    if (value.format !== CACHE_FORMAT) throw new Error('another cache format');
    if (value.appVersion !== opts.appVersion) throw new Error('another app version');
    if (value.root !== opts.root) throw new Error('another library');
    if (value.indexId !== null && typeof value.indexId !== 'string') throw new Error('bad index id');
    return value as Envelope;
  };

  return {
    dir,
    async read() {
      await Promise.all([removeStaleTempFiles(bulletinsFile), removeStaleTempFiles(indexFile)]);
      const [main, index] = await Promise.all([
        readChecked(bulletinsFile, (raw) => {
          const head = checkEnvelope(raw);
          return { indexId: head.indexId, files: checkFiles((raw as { files?: unknown }).files) };
        }),
        readChecked(indexFile, (raw) => ({
          indexId: checkEnvelope(raw).indexId,
          snapshot: (raw as { snapshot?: unknown }).snapshot,
        })),
      ]);
      if (main === null) {
        await rm(indexFile, { force: true });
        return null;
      }
      const matches =
        index !== null && main.indexId !== null && index.indexId === main.indexId && index.snapshot != null;
      return { files: main.files, index: matches ? index?.snapshot : null };
    },
    async write(contents) {
      const indexId = contents.index == null ? null : randomUUID();
      const head = { format: CACHE_FORMAT, appVersion: opts.appVersion, root: opts.root, indexId };
      // The index first: until the bulletins file names its id, a half-done update leaves the old pair usable
      // or, at worst, bulletins whose index is rebuilt.
      if (indexId === null) await rm(indexFile, { force: true });
      else await writeChunksAtomic(indexFile, jsonChunks(head, 'snapshot', objectChunks(contents.index)));
      await writeChunksAtomic(bulletinsFile, jsonChunks(head, 'files', arrayChunks(contents.files)));
      await pruneOtherCaches(path.dirname(dir), dir);
    },
    async clear() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The file's JSON checked by `check`, or null when it is missing; a file that is not JSON or fails the
 * check is deleted (it is only a cache) and reads as null too.
 */
async function readChecked<T>(file: string, check: (raw: unknown) => T): Promise<T | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    // Written as ASCII: then Latin-1 decoding gives the same string, several times faster than UTF-8.
    return check(JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')));
  } catch {
    await rm(file, { force: true });
    return null;
  }
}

/** `head` as JSON with one more field, `name`, whose value is written by `value`'s chunks. */
function* jsonChunks(head: object, name: string, value: Iterable<string>): Iterable<string> {
  const start = asciiJson(head);
  yield `${start.slice(0, -1)},${asciiJson(name)}:`;
  yield* value;
  yield '}';
}

/** A list as JSON, an element at a time. */
function* arrayChunks(list: readonly unknown[]): Iterable<string> {
  yield '[';
  for (let i = 0; i < list.length; i += 1) yield (i > 0 ? ',' : '') + asciiJson(list[i] ?? null);
  yield ']';
}

/** A plain object as JSON, a field at a time (a search snapshot is a few very long strings). */
function* objectChunks(value: unknown): Iterable<string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    yield asciiJson(value);
    return;
  }
  yield '{';
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function') continue;
    yield `${first ? '' : ','}${asciiJson(key)}:${asciiJson(field)}`;
    first = false;
  }
  yield '}';
}

let tempCounter = 0;

/**
 * Writes `chunks` to `file` so that a crash leaves either the old file or the new one: a temp file in the
 * same folder (named `<file>.<digits>`, as write-file-atomic names them, so a crashed write's leftover is
 * cleared on the next read), flushed, then renamed over the old one, and the folder flushed.
 */
async function writeChunksAtomic(file: string, chunks: Iterable<string>): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}${Date.now()}${tempCounter++}`;
  const handle = await open(temp, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      pending.push(chunk);
      size += chunk.length;
      // Gathered into writes of about a megabyte: fewer system calls, little memory.
      if (size >= 1 << 20) {
        await handle.write(Buffer.from(pending.join(''), 'latin1'));
        pending = [];
        size = 0;
      }
    }
    if (pending.length > 0) await handle.write(Buffer.from(pending.join(''), 'latin1'));
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await flushFolder(dir);
}

/** Makes the rename durable; best effort (Windows cannot open a folder to flush it). */
async function flushFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** JSON with every character beyond ASCII escaped (JSON.parse reads it back unchanged). */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// The shapes a cache must have, checked by hand: as strict as the Bulletin and Problem types.
const REGION_SET: ReadonlySet<unknown> = new Set(REGIONS);
const KIND_SET: ReadonlySet<unknown> = new Set(KINDS);
const DATE_SOURCES: ReadonlySet<unknown> = new Set([
  'user',
  'text',
  'filename',
  'message',
  'file-time',
  'none',
]);

function checkFiles(raw: unknown): CachedFile[] {
  if (!Array.isArray(raw)) throw new Error('files is not a list');
  for (const f of raw as Record<string, unknown>[]) {
    need(isObject(f) && typeof f.file === 'string', 'file');
    need(typeof f.size === 'number' && f.size >= 0 && typeof f.mtimeMs === 'number', 'file size or time');
    need(Array.isArray(f.bulletins) && Array.isArray(f.problems), 'file contents');
    for (const b of f.bulletins as Record<string, unknown>[]) checkBulletin(b);
    for (const p of f.problems as Record<string, unknown>[]) {
      need(isObject(p) && typeof p.file === 'string' && typeof p.error === 'string', 'problem');
    }
  }
  return raw as CachedFile[];
}

function checkBulletin(b: Record<string, unknown>): void {
  need(isObject(b) && typeof b.file === 'string', 'bulletin');
  need(isStringOrNull(b.title) && isStringOrNull(b.date) && DATE_SOURCES.has(b.dateSource), 'bulletin head');
  const scripture = b.scripture as Record<string, unknown> | null;
  need(
    scripture === null ||
      (isObject(scripture) && typeof scripture.text === 'string' && typeof scripture.reference === 'string'),
    'scripture',
  );
  need(isStrings(b.warnings) && (b.encoding === undefined || typeof b.encoding === 'string'), 'warnings');
  need(b.organisation === undefined || typeof b.organisation === 'string', 'organisation');
  need(Array.isArray(b.items), 'items');
  for (const item of b.items as Record<string, unknown>[]) {
    need(
      isObject(item) &&
        REGION_SET.has(item.region) &&
        KIND_SET.has(item.kind) &&
        isStringOrNull(item.heading) &&
        typeof item.text === 'string' &&
        isStrings(item.countries) &&
        isStrings(item.pseudonyms),
      'item',
    );
  }
}

function need(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bad ${what}`);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isStrings(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Keeps this library's cache and the most recently written few others. */
async function pruneOtherCaches(parent: string, keep: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  const others: { dir: string; time: number }[] = [];
  for (const name of names) {
    const dir = path.join(parent, name);
    if (dir === keep) continue;
    const info = await stat(path.join(dir, BULLETINS_FILE)).catch(() => null);
    others.push({ dir, time: info?.mtimeMs ?? 0 });
  }
  others.sort((a, b) => b.time - a.time);
  for (const { dir } of others.slice(FOLDERS_KEPT - 1)) await rm(dir, { recursive: true, force: true });
}
