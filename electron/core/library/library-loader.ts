// Loading a library folder: list its files, reuse what the cache (or memory) already has for files whose
// size and modification time are unchanged, read and parse only the rest, rebuild the search index when
// anything changed, and save the cache. The same code runs in the worker thread (the app) and in-process
// (tests, and the tiny bundled sample library), so it takes its file and search functions as arguments.
import type { Bulletin, Problem } from '../../../shared/model';
import type { LibraryProgress } from '../../../shared/library-types';
import type { CreateSearchEngine, LoadSearchEngine } from '../search/search-engine';
import type { CachedFile } from './library-cache';
import { openLibraryCache } from './library-cache';
import type { FileEntry, FileRead } from './scan-folder';

export interface LoadJob {
  /** The library folder, resolved with realpath. */
  root: string;
  /** Where the cache lives (the app's user-data folder). */
  userDataDir: string;
  appVersion: string;
  /**
   * What is already in memory (reload, watcher updates): used instead of the cache, and the index is only
   * rebuilt when something differs from it. Absent on a first load: the cache is read.
   */
  previous?: CachedFile[];
  /** Files to read again even if their size and time look unchanged (the watcher saw them change). */
  reread?: string[];
  /** Read again every file that gave no bulletin last time (a file locked or half-copied then). */
  retryFailed?: boolean;
}

export interface LoadOutcome {
  /** Every listed file with what it gave, in listing order. */
  files: CachedFile[];
  /** Problems found while listing (unreadable subfolders, unsupported formats). */
  listProblems: Problem[];
  /**
   * The search snapshot of `collectBulletins(files)`; null when the bulletins are the same as in
   * `previous` (keep the current engine).
   */
  index: unknown;
  /** Files read and parsed: 0 when everything came from the cache or memory. */
  readCount: number;
  /** Some file's bulletins or problems differ from the cache or `previous`, or files came or went. */
  changed: boolean;
}

export interface LoaderDeps {
  listBulletinFiles(root: string): Promise<{ files: FileEntry[]; problems: Problem[] }>;
  readBulletinFile(root: string, entry: FileEntry): Promise<FileRead>;
  createSearchEngine: CreateSearchEngine;
}

/** Loads a folder (see LoadJob); reports progress; rejects with an AbortError when `signal` fires. */
export type LibraryLoader = (
  job: LoadJob,
  onProgress: (progress: LibraryProgress) => void,
  signal?: AbortSignal,
) => Promise<LoadOutcome>;

/** At most about this many progress reports per load: enough for a smooth bar, few enough for IPC. */
const PROGRESS_STEPS = 200;

export async function loadLibrary(
  job: LoadJob,
  deps: LoaderDeps,
  onProgress: (progress: LibraryProgress) => void,
  signal?: AbortSignal,
): Promise<LoadOutcome> {
  const cache = openLibraryCache({
    userDataDir: job.userDataDir,
    root: job.root,
    appVersion: job.appVersion,
  });
  const fromCache = job.previous ? null : await cache.read().catch(() => null);
  const known = new Map((job.previous ?? fromCache?.files ?? []).map((f) => [f.file, f]));
  signal?.throwIfAborted();

  const listed = await deps.listBulletinFiles(job.root);
  const reread = new Set(job.reread);
  const total = listed.files.length;
  const slots: (CachedFile | null)[] = [];
  const toRead: { entry: FileEntry; slot: number }[] = [];
  for (const entry of listed.files) {
    const old = known.get(entry.file);
    const same =
      old !== undefined &&
      old.size === entry.size &&
      old.mtimeMs === entry.mtimeMs &&
      !reread.has(entry.file) &&
      !(job.retryFailed && old.bulletins.length === 0);
    if (!same) toRead.push({ entry, slot: slots.length });
    slots.push(same ? old : null);
  }

  const listedNames = new Set(listed.files.map((f) => f.file));
  const removed = [...known.values()].filter((f) => !listedNames.has(f.file));
  let bulletinsChanged = removed.some((f) => f.bulletins.length > 0);
  let problemsChanged = removed.some((f) => f.problems.length > 0);

  let done = total - toRead.length;
  const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  onProgress({ done, total, current: '' });
  for (const [i, { entry, slot }] of toRead.entries()) {
    signal?.throwIfAborted();
    if (i % step === 0) onProgress({ done, total, current: entry.file });
    const read = await deps.readBulletinFile(job.root, entry);
    slots[slot] = { ...entry, bulletins: read.bulletins, problems: read.problems };
    // A file saved again with the same content (or only touched) changes nothing the user can see.
    const old = known.get(entry.file);
    if (!old || !sameJson(old.bulletins, read.bulletins)) bulletinsChanged = true;
    if (!old || !sameJson(old.problems, read.problems)) problemsChanged = true;
    done++;
  }
  signal?.throwIfAborted();
  onProgress({ done: total, total, current: '' });

  const files = slots as CachedFile[];
  const outcome = { files, listProblems: listed.problems, readCount: toRead.length };
  const changed = bulletinsChanged || problemsChanged;
  const cacheStale = toRead.length > 0 || removed.length > 0;
  let index: unknown = null;
  if (bulletinsChanged || (!job.previous && fromCache?.index == null)) {
    index = deps.createSearchEngine(collectBulletins(files)).serialize();
  } else if (!job.previous) {
    index = fromCache?.index;
  }
  signal?.throwIfAborted();
  // With `previous` and the same bulletins there is no snapshot at hand to save (the engine lives in the
  // caller); the cache is left as it is and the next start re-reads only the touched files.
  if (index !== null && (cacheStale || index !== fromCache?.index)) {
    // The cache only saves time; failing to write it (disk full, no permission) must not fail the load.
    await cache.write({ files, index }).catch(() => undefined);
  }
  return { ...outcome, index, changed };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * All bulletins of the loaded files in the one order everything relies on — the index snapshot is tied to
 * it: by date, oldest first, undated last, then by file (as scan-folder's sortBulletins; the sort is stable).
 */
export function collectBulletins(files: readonly CachedFile[]): Bulletin[] {
  return files
    .flatMap((f) => f.bulletins)
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (a.date === null) return 1;
        if (b.date === null) return -1;
        return a.date < b.date ? -1 : 1;
      }
      return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
    });
}

/** The search functions the service needs besides the loader's: building, and loading a saved snapshot. */
export interface SearchEngines {
  create: CreateSearchEngine;
  load: LoadSearchEngine;
}

/** Runs `loadLibrary` on the calling thread: for tests, the CLI and the tiny bundled sample library. */
export function createInProcessLoader(deps: LoaderDeps): LibraryLoader {
  return (job, onProgress, signal) => loadLibrary(job, deps, onProgress, signal);
}
