// Loading a library folder: list its files, reuse what the cache (or memory) already has for files whose
// size and modification time are unchanged, read and parse only the rest, rebuild the search index when
// anything changed, and save the cache. The same code runs in the worker thread (the app) and in-process
// (tests, and the tiny bundled sample library), so it takes its file and search functions as arguments.
//
// Two kinds of load:
// - a full load (a folder opened for the first time, or without a usable cache): every file listed,
//   read in the parse pool's child processes (parse-pool.ts: the readers never run in this thread when
//   a pool is given), the bulletins handed over as soon as they are parsed (the
//   timeline can show them) and then the index built and saved;
// - a check against what the caller already holds (`known`: after a start from the cache, on reload,
//   for watcher updates): only what changed is read and handed back, and the caller updates its engine
//   and its cache. With `only`, the files the watcher reported are looked at on their own instead of
//   listing the whole folder.
import { compareBulletins } from '../search/bulletin-order';
import type { Bulletin, Problem } from '../../../shared/model';
import type { LibraryProgress } from '../../../shared/library-types';
import type { CreateSearchEngine, LoadSearchEngine } from '../search/search-engine';
import type { CachedFile } from './library-cache';
import { openLibraryCache } from './library-cache';
import type { FileReader } from './read-pool';
import { readAll } from './read-pool';
import type { FileEntry, FileRead } from './scan-folder';
import type { StatResult } from './stat-bulletin-file';
import type { ReadMailboxOptions } from '../mailbox/read-mailbox';
import { mailboxStateDir, withMailboxCounts } from '../mailbox/mailbox-hook';
import { withoutMailboxCopies } from '../mailbox/same-bulletin';
import { markStandingText } from './standing-text';
import { openStoppedFiles, readRemembering } from './stopped-files';

/** What the caller knows of a file: its size and time when read, and whether it gave any bulletin. */
export interface FileStamp {
  file: string;
  size: number;
  mtimeMs: number;
  /** It gave no bulletin (locked, half-copied or not a bulletin then): `retryFailed` reads it again. */
  failed: boolean;
}

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
  /**
   * The files the caller holds, as stamps (cheap to send to a worker, unlike their bulletins). With it the
   * outcome holds only what changed (see LoadOutcome.delta), no index is built and no cache written: the
   * caller updates its engine and saves. Takes the place of `previous` and of the cache.
   */
  known?: FileStamp[];
  /** With `known`: only these files (relative, '/' separators) may have changed; the watcher saw them. */
  only?: string[];
  /** Files to read again even if their size and time look unchanged (the watcher saw them change). */
  reread?: string[];
  /** Read again every file that gave no bulletin last time (a file locked or half-copied then). */
  retryFailed?: boolean;
  /**
   * The user chose "Try again" for these files: read them again even if their reading was stopped before
   * (stopped-files.ts) and they have not changed since.
   */
  tryAgain?: string[];
}

export interface LoadDelta {
  /** Files of `known` that are gone. */
  removed: string[];
  /** The folder was listed: `listProblems` is current. False when only `only` was looked at. */
  listed: boolean;
}

export interface LoadOutcome {
  /** Every listed file with what it gave, in listing order; with `job.known`, only the files read. */
  files: CachedFile[];
  /** Problems found while listing (unreadable subfolders, unsupported formats). */
  listProblems: Problem[];
  /**
   * The search snapshot of `collectBulletins(files)`; null when the bulletins are the same as in
   * `previous` (keep the current engine), and always with `known`.
   */
  index: unknown;
  /** Files read and parsed: 0 when everything came from the cache or memory. */
  readCount: number;
  /** Some file's bulletins or problems differ from the cache or `previous`, or files came or went. */
  changed: boolean;
  /** Present with `job.known`. */
  delta?: LoadDelta;
}

export interface LoaderDeps {
  listBulletinFiles(root: string): Promise<{ files: FileEntry[]; problems: Problem[] }>;
  readBulletinFile(root: string, entry: FileEntry): Promise<FileRead>;
  createSearchEngine: CreateSearchEngine;
  /** Looks at one file on its own (stat-bulletin-file.ts); without it, `only` lists the folder. */
  statBulletinFile?(root: string, file: string): Promise<StatResult>;
  /**
   * Reads a mailbox file (electron/core/mailbox) with progress, cancel and from where it grew; without it,
   * mailboxes go through readBulletinFile like any file.
   */
  readMailbox?(root: string, entry: FileEntry, options: ReadMailboxOptions): Promise<FileRead>;
  /**
   * Reads `readBulletinFile` can take at once (a parse pool's lanes: parse-pool.ts). Without it, a load
   * of many files keeps a few in flight on this thread, so that file I/O overlaps parsing.
   */
  readLanes?: number;
  /**
   * Gets the readers ready (a parse pool starts its processes): called at once on a folder's first-ever
   * load, so that their start-up passes while the folder is listed.
   */
  warmUp?(): void;
}

export interface LoadHooks {
  /**
   * While a full load of many files reads them (newest first, as far as their names tell), about once a
   * second: the files read so far, for showing the newest part of the timeline already.
   */
  onSomeFiles?(files: CachedFile[]): void;
  /**
   * A full load read every file and is about to build the index (seconds at 10,000 bulletins): the
   * files as the outcome will have them, for showing the timeline in the meantime.
   */
  onFiles?(files: CachedFile[], listProblems: Problem[]): void;
  /**
   * The outcome, as soon as it is known: a loader may still be saving the cache, and resolves only then
   * (so that whoever waits for it, to close or to load again, finds the cache written).
   */
  onOutcome?(outcome: LoadOutcome): void;
}

/** Loads a folder (see LoadJob); reports progress; rejects with an AbortError when `signal` fires. */
export type LibraryLoader = (
  job: LoadJob,
  onProgress: (progress: LibraryProgress) => void,
  signal?: AbortSignal,
  hooks?: LoadHooks,
) => Promise<LoadOutcome>;

/** At most about this many progress reports per load: enough for a smooth bar, few enough for IPC. */
const PROGRESS_STEPS = 200;
/**
 * From this many files to read, the newest are read first and handed over as they come (LoadHooks.
 * onSomeFiles); below it the order of reads and progress stays simple.
 */
export const PARALLEL_FROM = 64;
/** Reads in flight on this thread when the reader does not say (LoaderDeps.readLanes): I/O overlaps parsing. */
const LANES = 4;
/**
 * When the files read so far are handed over during a long full load (LoadHooks.onSomeFiles): soon after
 * the reading starts (the newest weeks, the top of the timeline), then about once a second.
 */
const FIRST_SOME_FILES_MS = 400;
const SOME_FILES_EVERY_MS = 1000;

export interface LoadOptions {
  /**
   * How often LoadHooks.onSomeFiles hands over the files read so far; default about once a second. A worker
   * hands them over more often, in smaller parts, and its caller still shows them once a second: the last
   * part, sent once every file is read, is then small (the whole timeline shows sooner), and no part holds
   * up this thread for long.
   */
  handOverEveryMs?: number;
  /**
   * Given, the cache is not saved before returning: `save` is handed over instead, for the caller to run
   * once the outcome is on its way (a worker posts it first: saving 40 MB is not the user's wait).
   */
  deferSave?: (save: () => Promise<void>) => void;
}

export async function loadLibrary(
  job: LoadJob,
  deps: LoaderDeps,
  onProgress: (progress: LibraryProgress) => void,
  signal?: AbortSignal,
  hooks: LoadHooks = {},
  options: LoadOptions = {},
): Promise<LoadOutcome> {
  if (job.known) return checkChanges(job, job.known, deps, onProgress, signal);
  const cache = openLibraryCache({
    userDataDir: job.userDataDir,
    root: job.root,
    appVersion: job.appVersion,
  });
  const fromCache = job.previous ? null : await cache.read().catch(() => null);
  const known = new Map((job.previous ?? fromCache?.files ?? []).map((f) => [f.file, f]));
  signal?.throwIfAborted();
  // Nothing known of this folder: every file is to be read, and a large folder is the likely reason to be
  // here; the readers start while it is listed.
  if (known.size === 0) deps.warmUp?.();

  const listed = await deps.listBulletinFiles(job.root);
  const reread = new Set([...(job.reread ?? []), ...(job.tryAgain ?? [])]);
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

  // Many files: the newest first (as far as their names tell), so that the part of the timeline shown
  // first — the newest weeks — is complete early; the files read so far are handed over now and then.
  const parallel = toRead.length >= PARALLEL_FROM;
  if (parallel) sortNewestFirst(toRead);
  // As if the last handover were this long ago: the first comes FIRST_SOME_FILES_MS into the reading (or
  // sooner, when they are to come more often than that).
  const handOverEvery = options.handOverEveryMs ?? SOME_FILES_EVERY_MS;
  let handedOver = performance.now() - (handOverEvery - Math.min(FIRST_SOME_FILES_MS, handOverEvery));
  await readFiles(
    toRead.map((r) => r.entry),
    listed.files.length,
    job,
    deps,
    (i, read) => {
      const { entry, slot } = toRead[i] as (typeof toRead)[number];
      slots[slot] = withMailboxCounts({ ...entry, bulletins: read.bulletins, problems: read.problems }, read);
      // A file saved again with the same content (or only touched) changes nothing the user can see.
      const old = known.get(entry.file);
      if (!old || !sameJson(old.bulletins, read.bulletins)) bulletinsChanged = true;
      if (!old || !sameJson(old.problems, read.problems)) problemsChanged = true;
      if (parallel && hooks.onSomeFiles && performance.now() - handedOver >= handOverEvery) {
        handedOver = performance.now();
        hooks.onSomeFiles(slots.filter((f): f is CachedFile => f !== null));
      }
    },
    onProgress,
    signal,
  );

  const files = slots as CachedFile[];
  const outcome = { files, listProblems: listed.problems, readCount: toRead.length };
  const changed = bulletinsChanged || problemsChanged;
  const cacheStale = toRead.length > 0 || removed.length > 0;
  let index: unknown = null;
  if (bulletinsChanged || (!job.previous && fromCache?.index == null)) {
    hooks.onFiles?.(files, listed.problems);
    index = deps.createSearchEngine(collectBulletins(files)).serialize();
  } else if (!job.previous) {
    index = fromCache?.index;
  }
  signal?.throwIfAborted();
  // With `previous` and the same bulletins there is no snapshot at hand to save (the engine lives in the
  // caller); the cache is left as it is and the next start re-reads only the touched files.
  if (index !== null && (cacheStale || index !== fromCache?.index)) {
    // The cache only saves time; failing to write it (disk full, no permission) must not fail the load.
    const save = () => cache.write({ files, index }).catch(() => undefined);
    if (options.deferSave) options.deferSave(save);
    else await save();
  }
  return { ...outcome, index, changed };
}

/** A load with `known`: what changed since, read and handed back. */
async function checkChanges(
  job: LoadJob,
  knownStamps: readonly FileStamp[],
  deps: LoaderDeps,
  onProgress: (progress: LibraryProgress) => void,
  signal: AbortSignal | undefined,
): Promise<LoadOutcome> {
  const known = new Map(knownStamps.map((stamp) => [stamp.file, stamp]));
  const reread = new Set([...(job.reread ?? []), ...(job.only ?? []), ...(job.tryAgain ?? [])]);
  let candidates: FileEntry[] | null = null;
  let removed: string[] = [];
  let listProblems: Problem[] = [];
  let listed = false;

  if (job.only && deps.statBulletinFile) {
    const stat = deps.statBulletinFile;
    const looked = await Promise.all(
      job.only.map(async (file) => ({ file, result: await stat(job.root, file) })),
    );
    // A path gone that is not a known file may have been a folder, with files in it: list.
    const sure = looked.every(
      ({ file, result }) => result.kind !== 'unsure' && (result.kind !== 'gone' || known.has(file)),
    );
    if (sure) {
      candidates = looked.flatMap(({ result }) => (result.kind === 'file' ? [result.entry] : []));
      removed = looked.filter(({ result }) => result.kind === 'gone').map(({ file }) => file);
    }
  }
  if (candidates === null) {
    const listing = await deps.listBulletinFiles(job.root);
    candidates = listing.files;
    listProblems = listing.problems;
    listed = true;
    const names = new Set(listing.files.map((f) => f.file));
    removed = knownStamps.filter((stamp) => !names.has(stamp.file)).map((stamp) => stamp.file);
  }
  signal?.throwIfAborted();

  const toRead = candidates.filter((entry) => {
    const old = known.get(entry.file);
    return (
      old === undefined ||
      old.size !== entry.size ||
      old.mtimeMs !== entry.mtimeMs ||
      reread.has(entry.file) ||
      (job.retryFailed === true && old.failed)
    );
  });
  const files: CachedFile[] = new Array<CachedFile>(toRead.length);
  await readFiles(
    toRead,
    listed ? candidates.length : toRead.length,
    job,
    deps,
    (i, read) => {
      files[i] = withMailboxCounts(
        { ...(toRead[i] as FileEntry), bulletins: read.bulletins, problems: read.problems },
        read,
      );
    },
    onProgress,
    signal,
  );
  return {
    files,
    listProblems,
    index: null,
    readCount: toRead.length,
    // The caller compares what was read with what it holds; from here, reading anything may change it.
    changed: files.length > 0 || removed.length > 0,
    delta: { removed, listed },
  };
}

/**
 * Reads `toRead`, in parallel when there are many; progress counts `total` files, the others done. A file
 * whose reading was stopped before (stopped-files.ts) and has not changed since is not read again: its
 * problem is remembered, unless the user chose "Try again" for it.
 */
async function readFiles(
  toRead: readonly FileEntry[],
  total: number,
  job: LoadJob,
  deps: LoaderDeps,
  onRead: (index: number, read: FileRead) => void,
  onProgress: (progress: LibraryProgress) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  let done = total - toRead.length;
  // Mailbox files (electron/core/mailbox) are read after the others, one at a time on this thread: each
  // may take minutes, reports its own progress (messages, bulletins found) and is read from where it grew.
  // Where per-file reading gets time and memory limits, a mailbox needs its own, much longer time limit
  // (minutes for a 4 GB Google Takeout export); its memory stays bounded by one message.
  const mailboxes = deps.readMailbox ? toRead.flatMap((entry, i) => (entry.mailbox ? [i] : [])) : [];
  if (mailboxes.length > 0) {
    const plain = toRead.flatMap((entry, i) => (entry.mailbox ? [] : [i]));
    await readFiles(
      plain.map((i) => toRead[i] as FileEntry),
      total - mailboxes.length,
      job,
      deps,
      (index, read) => onRead(plain[index] as number, read),
      (progress) => onProgress({ ...progress, total }),
      signal,
    );
    done = total - mailboxes.length;
    for (const i of mailboxes) {
      const entry = toRead[i] as FileEntry;
      const read = await (deps.readMailbox as NonNullable<LoaderDeps['readMailbox']>)(job.root, entry, {
        stateDir: mailboxStateDir(job),
        signal,
        onProgress: (mailbox) => onProgress({ done, total, current: entry.file, mailbox }),
      });
      onRead(i, read);
      done++;
    }
    signal?.throwIfAborted();
    onProgress({ done: total, total, current: '' });
    return;
  }
  const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  onProgress({ done, total, current: '' });
  const parallel = toRead.length >= PARALLEL_FROM;
  const stopped = toRead.length > 0 ? await openStoppedFiles(job.userDataDir, job.root) : null;
  const tryAgain = new Set(job.tryAgain);
  const own: FileReader = {
    read: (entry) =>
      readRemembering(entry, (e) => deps.readBulletinFile(job.root, e), stopped, tryAgain.has(entry.file)),
    lanes: deps.readLanes ?? (parallel ? LANES : 1),
  };
  await readAll(
    toRead,
    [own],
    (index, read) => {
      onRead(index, read);
      done++;
    },
    (index) => {
      if (index % step === 0) onProgress({ done, total, current: (toRead[index] as FileEntry).file });
    },
    signal,
  ).finally(() => stopped?.saved());
  signal?.throwIfAborted();
  onProgress({ done: total, total, current: '' });
}

/** A date ('YYYY-MM-DD', or 'YYYY' from a year folder) read from a file's path, or '' when none shows. */
export function dateInPath(file: string): string {
  const day = /(?:^|\D)((?:19|20)\d\d)[-_. ]?(0[1-9]|1[0-2])[-_. ]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(file);
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  const year = /(?:^|\/)((?:19|20)\d\d)\//.exec(file);
  return year ? (year[1] as string) : '';
}

/** By the date in their paths, newest first (undated last), then in listing order. */
function sortNewestFirst(toRead: { entry: FileEntry; slot: number }[]): void {
  const dates = new Map(toRead.map((r) => [r, dateInPath(r.entry.file)]));
  toRead.sort((a, b) => {
    const da = dates.get(a) as string;
    const db = dates.get(b) as string;
    return da === db ? a.slot - b.slot : da < db ? 1 : -1;
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the caller knows of each file, to send with a `known` job. */
export function stampsOf(files: readonly CachedFile[]): FileStamp[] {
  return files.map(({ file, size, mtimeMs, bulletins }) => ({
    file,
    size,
    mtimeMs,
    failed: bulletins.length === 0,
  }));
}

/**
 * All bulletins of the loaded files in the one order everything relies on — the index snapshot is tied to
 * it: by date, oldest first, undated last, then by file (as scan-folder's sortBulletins; the sort is stable).
 * Items that repeat as a sender's standing text get `boilerplate` set here (standing-text.ts).
 */
export function collectBulletins(files: readonly CachedFile[]): Bulletin[] {
  // A bulletin both saved as a file and still in a mailbox (or in two mailboxes) counts once.
  const bulletins = withoutMailboxCopies(files.flatMap((f) => f.bulletins).sort(compareBulletins));
  // Standing text is known only from the whole library: marked (or cleared) on every collection.
  markStandingText(bulletins);
  return bulletins;
}

/** The search functions the service needs besides the loader's: building, and loading a saved snapshot. */
export interface SearchEngines {
  create: CreateSearchEngine;
  load: LoadSearchEngine;
}

/** Runs `loadLibrary` on the calling thread: for tests, the CLI and the tiny bundled sample library. */
export function createInProcessLoader(deps: LoaderDeps): LibraryLoader {
  return (job, onProgress, signal, hooks) => loadLibrary(job, deps, onProgress, signal, hooks);
}
