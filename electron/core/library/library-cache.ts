// The start-up cache: every file's parsed bulletins (keyed by path, size and modification time) and the
// serialized search index, so a second start with an unchanged folder parses nothing and indexes nothing.
// It is only ever a copy of what the folder says: anything odd about it (corrupt, cut short, written by
// another version of the app or for another folder) means it is thrown away and rebuilt, silently.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Bulletin, Problem } from '../../../shared/model';
import { KINDS, REGIONS } from '../../../shared/model';
import { readJsonWithRecovery, writeJsonAtomic } from './atomic-file';

/** Bump when the cache layout or the Bulletin shape changes; old caches are then rebuilt. */
export const CACHE_FORMAT = 1;
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

const problemSchema = z.object({ file: z.string(), error: z.string() });

const bulletinSchema = z.object({
  file: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  dateSource: z.enum(['text', 'filename', 'file-time']),
  scripture: z.object({ text: z.string(), reference: z.string() }).nullable(),
  items: z.array(
    z.object({
      region: z.enum(REGIONS),
      heading: z.string().nullable(),
      kind: z.enum(KINDS),
      text: z.string(),
      countries: z.array(z.string()),
      pseudonyms: z.array(z.string()),
    }),
  ),
  warnings: z.array(z.string()),
});

const cachedFileSchema = z.object({
  file: z.string(),
  size: z.number().nonnegative(),
  mtimeMs: z.number(),
  bulletins: z.array(bulletinSchema),
  problems: z.array(problemSchema),
});

function envelope(opts: CacheOptions) {
  return {
    format: z.literal(CACHE_FORMAT),
    appVersion: z.literal(opts.appVersion),
    root: z.literal(opts.root),
    // Ties the two files together: an index written just before a crash must not pair with older bulletins.
    indexId: z.string().nullable(),
  };
}

/** One folder per library (named by a hash of its path) inside `<userData>/library-cache/`. */
export function cacheDirFor(userDataDir: string, root: string): string {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  return path.join(userDataDir, CACHE_FOLDER, key);
}

export function openLibraryCache(opts: CacheOptions): LibraryCache {
  const dir = cacheDirFor(opts.userDataDir, opts.root);
  const bulletinsFile = path.join(dir, BULLETINS_FILE);
  const indexFile = path.join(dir, INDEX_FILE);
  const bulletinsSchema = z.object({ ...envelope(opts), files: z.array(cachedFileSchema) });
  const indexSchema = z.object({ ...envelope(opts), snapshot: z.unknown() });

  return {
    dir,
    async read() {
      const main = await readJsonWithRecovery(bulletinsFile, (raw) => bulletinsSchema.parse(raw), {
        onCorrupt: 'delete',
      });
      if (!main.value) {
        await rm(indexFile, { force: true });
        return null;
      }
      const files = main.value.files as CachedFile[];
      const index = await readJsonWithRecovery(indexFile, (raw) => indexSchema.parse(raw), {
        onCorrupt: 'delete',
      });
      const matches =
        index.value !== null &&
        main.value.indexId !== null &&
        index.value.indexId === main.value.indexId &&
        index.value.snapshot != null;
      return { files, index: matches ? index.value?.snapshot : null };
    },
    async write(contents) {
      const indexId = contents.index == null ? null : randomUUID();
      const head = { format: CACHE_FORMAT, appVersion: opts.appVersion, root: opts.root, indexId };
      // The index first: until the bulletins file names its id, a half-done update leaves the old pair usable
      // or, at worst, bulletins whose index is rebuilt.
      if (indexId === null) await rm(indexFile, { force: true });
      else await writeJsonAtomic(indexFile, { ...head, snapshot: contents.index });
      await writeJsonAtomic(bulletinsFile, { ...head, files: contents.files });
      await pruneOtherCaches(path.dirname(dir), dir);
    },
    async clear() {
      await rm(dir, { recursive: true, force: true });
    },
  };
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
