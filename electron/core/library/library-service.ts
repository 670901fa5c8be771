// The library as the app sees it: which folder is open (the bundled samples until the user picks one),
// its bulletins and search engine, loading with progress, the start-up cache, and watching the folder.
// Plain Node so tests and the CLI can run it; the Electron shell wires it to IPC and menus.
// It never writes into the library folder: its only files are settings and cache in the user-data folder.
//
// How a folder opens (issue 7: instant start at 10,000 bulletins):
// - with a usable cache, here on the main thread: bulletins and index read, the engine loaded, searches
//   answered at once; meanwhile the loader checks the folder against the cache (stamps only) and what
//   changed is read and applied to the engine (SearchEngine.update) — then 'ready';
// - without one, the loader reads every file with all cores, hands the bulletins over as soon as they
//   are parsed (a large library's timeline can show while the index is built), then the index.
// Later changes (watcher, reload) are checks against what is in memory, applied the same way, and the
// cache is saved from here a little later (one write for a burst of changes).
import { summarizeBulletin } from '../../../shared/bulletin-summary';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  BulletinSummary,
  LibraryEvent,
  LibraryProgress,
  LibraryState,
} from '../../../shared/library-types';
import type { Bulletin, Problem } from '../../../shared/model';
import type { SearchQuery, SearchResult } from '../../../shared/search-types';
import type { SearchEngine } from '../search/search-engine';
import type { CachedFile } from './library-cache';
import { openLibraryCache } from './library-cache';
import type { LibraryLoader, LoadHooks, LoadJob, LoadOutcome, SearchEngines } from './library-loader';
import { collectBulletins, createInProcessLoader, stampsOf } from './library-loader';
import { mailboxSummaries } from '../mailbox/mailbox-hook';

/** `mailboxes` for the state, when the folder has any (an additive field: absent otherwise). */
function mailboxState(files: readonly CachedFile[]): Pick<LibraryState, 'mailboxes'> {
  const mailboxes = mailboxSummaries(files);
  return mailboxes ? { mailboxes } : {};
}

function hasMailbox(files: readonly CachedFile[]): boolean {
  return files.some((f) => f.mailboxCounts !== undefined);
}
import { confinePath } from './confine-path';
import type { SettingsStore } from './settings-store';
import { openSettingsStore } from './settings-store';
import type { WatchHandle } from './watch-folder';
import { watchFolder } from './watch-folder';
import type { ParsePool, SpawnChild } from './parse-pool';
import { createParsePool, forkChild } from './parse-pool';
import type { ReadLimits } from './read-limits';
import { createWorkerLoader, parseChildBeside } from './worker-loader';

export interface LibraryService {
  getState(): LibraryState;
  openFolder(folder: string): Promise<LibraryState>;
  reload(): Promise<LibraryState>;
  /**
   * Stops the load under way (a large mailbox takes minutes): what is shown stays, and the next load goes
   * on from where it got to (a mailbox saves how far it was read). Nothing happens when nothing is loading.
   */
  stopReading(): LibraryState;
  search(q: SearchQuery): SearchResult;
  listBulletins(): BulletinSummary[];
  /**
   * Every bulletin loaded, read-only. A new array whenever the library changes, so callers can keep what
   * they derive from it (threads, the verse index) until the array they derived it from is replaced.
   */
  allBulletins(): readonly Bulletin[];
  getBulletin(file: string): Bulletin | null;
  /** Absolute path inside the library folder (realpath + path.relative check; symlinks out refused); throws on escape. */
  resolveFile(file: string): Promise<string>;
  onEvent(cb: (e: LibraryEvent) => void): () => void;
  close(): Promise<void>;
  /**
   * Reads one file of the open folder again (the Problems list's "Try again"), even one whose reading was
   * stopped before and that has not changed since (see stopped-files.ts).
   */
  tryAgain(file: string): Promise<LibraryState>;
}

export interface LibraryServiceOptions {
  /** The app's user-data folder: settings and cache live here. */
  userDataDir: string;
  /** The bundled sample library, shown until the user chooses a folder. */
  samplesDir: string;
  /** The cache is thrown away when this changes (a new parser may read files differently). */
  appVersion: string;
  /** How a chosen folder is loaded; default: a worker when `workerPath` is given, else in-process. */
  loader?: LibraryLoader;
  /** The worker entry (dist-electron/load-worker.cjs in the app); used when no `loader` is given. */
  workerPath?: string | URL;
  /** Default: Lunr (electron/core/search/lunr-engine). */
  engines?: SearchEngines;
  /** Watch the open folder for changes (not the samples). Default true. */
  watch?: boolean;
  /** Quiet time after the last change before updating; default 300 ms. */
  watchDebounceMs?: number;
  /** An already open settings store, when the shell needs one too (one writer per file). */
  settings?: SettingsStore;
  /** Quiet time after a change before the cache is saved (a burst of changes is saved once); default 5 s. */
  cacheSaveDelayMs?: number;
  /**
   * How the parse pool's children are started (parse-pool.ts): Electron's utilityProcess in the app.
   * Default, with `workerPath`: child_process.fork of parse-child beside the worker entry.
   */
  spawnParser?: SpawnChild;
  /** The parse pool's limits per file; default read-limits.ts' readLimitsFor (tests shorten them). */
  readLimits?: (file: string, size: number) => ReadLimits;
}

const EMPTY_RESULT: SearchResult = { total: 0, hits: [], didYouMean: [] };
/**
 * From this many bulletins, a library whose bulletins are known before it is fully ready (from the cache,
 * or parsed with the index still to build) says so with a 'changed' event (status still 'loading'): its
 * timeline can show and searches are answered meanwhile. Smaller ones are ready in a moment anyway.
 */
const EARLY_STATE_FROM = 200;

export async function createLibraryService(opts: LibraryServiceOptions): Promise<LibraryService> {
  const settings = opts.settings ?? (await openSettingsStore(opts.userDataDir));
  let notice = settings.takeNotice();
  const { engines, inProcess, folderLoader, pool } = await resolveDeps(opts);
  const watchEnabled = opts.watch ?? true;
  const debounceMs = opts.watchDebounceMs ?? 300;

  const listeners = new Set<(e: LibraryEvent) => void>();
  const emit = (event: LibraryEvent) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // A failing listener (a closed window) must not stop the others or the service.
      }
    }
  };

  // What is open and loaded.
  const remembered = settings.get().libraryFolder;
  let folder = remembered ?? opts.samplesDir;
  let isSample = remembered === null;
  let status: LibraryState['status'] = 'loading';
  let progress: LibraryProgress | null = { done: 0, total: 0, current: '' };
  let files: CachedFile[] = [];
  let listProblems: Problem[] = [];
  let loadProblem: Problem | null = null;
  let bulletins: Bulletin[] = [];
  let byFile = new Map<string, Bulletin>();
  let summaries: BulletinSummary[] = [];
  let engine: SearchEngine | null = null;
  let closed = false;

  // Loads run one at a time, in order; opening another folder cancels the running one. `session` changes
  // with every folder opened, so late results for a previous folder are dropped.
  let session = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let running: AbortController | null = null;
  let watcher: WatchHandle | null = null;
  let pendingUpdate: { reread: Set<string>; queued: boolean } | null = null;
  let opening: Promise<unknown> = Promise.resolve();

  const getState = (): LibraryState => ({
    folder,
    isSample,
    status,
    progress: progress && { ...progress },
    bulletinCount: bulletins.length,
    problems: allProblems(),
    recentFolders: settings.get().recentFolders,
    notice,
    ...mailboxState(files),
  });

  const allProblems = (): Problem[] => [
    ...(loadProblem ? [loadProblem] : []),
    ...listProblems,
    ...files.flatMap((f) => f.problems),
  ];

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  const loaderFor = (sample: boolean) => (sample ? inProcess : folderLoader);

  const showBulletins = (nextFiles: CachedFile[], nextBulletins: Bulletin[]) => {
    files = nextFiles;
    bulletins = nextBulletins;
    byFile = new Map();
    for (const b of bulletins) if (!byFile.has(b.file)) byFile.set(b.file, b);
    summaries = bulletins.map(summarizeBulletin);
  };

  /** Announces bulletins known before the library is ready, when the library is large enough to care. */
  const announceEarly = (mySession: number) => {
    if (mySession === session && !closed && bulletins.length >= EARLY_STATE_FROM) {
      emit({ type: 'changed', state: getState() });
    }
  };

  /**
   * Opens the library from its cache, if it has a usable one: bulletins shown and searchable before the
   * folder is checked. False when there is no cache (or another folder was opened meanwhile).
   */
  const startFromCache = async (root: string, mySession: number): Promise<boolean> => {
    const cache = openLibraryCache({ userDataDir: opts.userDataDir, root, appVersion: opts.appVersion });
    const cached = await cache.read().catch(() => null);
    if (!cached || mySession !== session || closed) return false;
    const list = collectBulletins(cached.files);
    engine = loadEngine(list, cached.index, cached.files, root);
    loadProblem = null;
    showBulletins(cached.files, list);
    announceEarly(mySession);
    return true;
  };

  /** Runs one load of the open folder; `mode` says how it shows: 'open'/'reload' with progress, 'update' quietly. */
  const runLoad = async (
    mySession: number,
    mode: 'open' | 'reload' | 'update',
    extra: Pick<LoadJob, 'reread' | 'retryFailed' | 'only' | 'tryAgain'> = {},
  ): Promise<LibraryState> => {
    if (mySession !== session || closed) return getState();
    const target = folder;
    const sample = isSample;
    const controller = new AbortController();
    running = controller;
    let root: string;
    let outcome: LoadOutcome;
    let finishing: Promise<void> = Promise.resolve();
    try {
      root = await realpath(target);
      if (mySession !== session) return getState();
      const inMemory = mode !== 'open' || (await startFromCache(root, mySession));
      if (mySession !== session || closed) return getState();
      // Watching starts before the listing, so nothing changed during the load goes unnoticed (and after
      // the start from the cache: its first scan of the folder is not the first answer's to wait for).
      if (mode === 'open' && watchEnabled && !sample && !watcher) watcher = startWatching(root, mySession);
      const job: LoadJob = {
        root,
        userDataDir: opts.userDataDir,
        appVersion: opts.appVersion,
        // What is in memory is checked against the folder: only what changed comes back.
        ...(inMemory ? { known: stampsOf(files) } : {}),
        ...extra,
      };
      let early: (outcome: LoadOutcome) => void = () => undefined;
      const known = new Promise<LoadOutcome>((resolve) => (early = resolve));
      const hooks: LoadHooks = {
        onSomeFiles: (parsed) => {
          if (mySession !== session || closed) return;
          // The newest part of the timeline, while older files are still being read.
          showBulletins(parsed, collectBulletins(parsed));
          announceEarly(mySession);
        },
        onFiles: (parsed) => {
          if (mySession !== session || closed) return;
          // The timeline can show while the index is built; searches find nothing until it is.
          showBulletins(parsed, collectBulletins(parsed));
          announceEarly(mySession);
        },
        onOutcome: (o) => early(o),
      };
      const loading = loaderFor(sample)(
        job,
        (p) => {
          if (mySession !== session || mode === 'update') return;
          progress = p;
          emit({ type: 'progress', progress: { ...p } });
        },
        controller.signal,
        hooks,
      );
      // The outcome is applied as soon as it is known; this load (in the queue) still ends only when the
      // loader has saved the cache, so a close or the next load finds it written.
      outcome = await Promise.race([loading, known]);
      finishing = loading.then(
        () => undefined,
        () => undefined,
      );
      // Changes made while the watcher was still starting up must not be missed.
      await watcher?.ready;
    } catch (error) {
      if (controller.signal.aborted || mySession !== session) return getState();
      return failLoad(error, mode);
    } finally {
      if (running === controller) running = null;
    }
    if (mySession !== session || closed) return getState();
    const sameProblems = JSON.stringify(outcome.listProblems) === JSON.stringify(listProblems);
    const hadProblem = loadProblem !== null;
    const changed = outcome.delta
      ? applyDelta(outcome, root)
      : (applyOutcome(outcome, root), outcome.changed);
    status = 'ready';
    progress = null;
    if (mode === 'update') {
      if (changed || !sameProblems || hadProblem) emit({ type: 'changed', state: getState() });
    } else {
      emit({ type: 'ready', state: getState() });
    }
    const state = getState();
    await finishing;
    return state;
  };

  const applyOutcome = (outcome: LoadOutcome, root: string) => {
    const nextBulletins = collectBulletins(outcome.files);
    if (outcome.index !== null || !engine)
      engine = loadEngine(nextBulletins, outcome.index, outcome.files, root);
    listProblems = outcome.listProblems;
    loadProblem = null;
    showBulletins(outcome.files, nextBulletins);
  };

  /**
   * Applies a check's outcome (only what changed) to what is in memory: the engine is updated with the
   * changed bulletins (or built again, for an engine that cannot update) and the cache saved soon.
   * Whether anything the user can see changed.
   */
  const applyDelta = (outcome: LoadOutcome, root: string): boolean => {
    const delta = outcome.delta as NonNullable<LoadOutcome['delta']>;
    const byName = new Map(files.map((f) => [f.file, f]));
    const changedBulletins: Bulletin[] = [];
    const removedIds: string[] = [];
    let bulletinsChanged = false;
    let problemsChanged = false;
    for (const read of outcome.files) {
      const old = byName.get(read.file);
      if (!old || !sameJson(old.problems, read.problems)) problemsChanged = true;
      // A file saved again with the same content (or only touched) changes nothing the user can see.
      if (old && sameJson(old.bulletins, read.bulletins)) {
        byName.set(read.file, { ...read, bulletins: old.bulletins });
        continue;
      }
      bulletinsChanged = true;
      const kept = new Set(read.bulletins.map((b) => b.file));
      for (const b of old?.bulletins ?? []) if (!kept.has(b.file)) removedIds.push(b.file);
      changedBulletins.push(...read.bulletins);
      byName.set(read.file, read);
    }
    for (const name of delta.removed) {
      const old = byName.get(name);
      if (!old) continue;
      byName.delete(name);
      if (old.bulletins.length > 0) bulletinsChanged = true;
      if (old.problems.length > 0) problemsChanged = true;
      removedIds.push(...old.bulletins.map((b) => b.file));
    }
    if (delta.listed) {
      if (!sameJson(listProblems, outcome.listProblems)) problemsChanged = true;
      listProblems = outcome.listProblems;
    }
    const nextFiles = [...byName.values()].sort((a, b) => compareStrings(a.file, b.file));
    const nextBulletins = bulletinsChanged ? collectBulletins(nextFiles) : bulletins;
    if (bulletinsChanged || !engine) {
      // Mailbox copies of bulletins (electron/core/mailbox/same-bulletin.ts) are left out by collectBulletins,
      // and may come back when the other copy goes: only a rebuild knows which are in.
      if (engine?.update && !hasMailbox(nextFiles)) {
        try {
          engine.update(changedBulletins, removedIds);
        } catch {
          engine = engines.create(nextBulletins);
        }
      } else {
        engine = engines.create(nextBulletins);
      }
    }
    loadProblem = null;
    showBulletins(nextFiles, nextBulletins);
    if (outcome.files.length > 0 || delta.removed.length > 0) scheduleCacheSave(root);
    return bulletinsChanged || problemsChanged;
  };

  /** Loads the snapshot; one that does not fit this engine version is rebuilt here and the cache refreshed. */
  const loadEngine = (
    list: Bulletin[],
    index: unknown,
    snapshotFiles: CachedFile[],
    root: string,
  ): SearchEngine => {
    if (index != null) {
      try {
        return engines.load(list, index);
      } catch {
        // Fall through: rebuild.
      }
    }
    const fresh = engines.create(list);
    const cache = openLibraryCache({ userDataDir: opts.userDataDir, root, appVersion: opts.appVersion });
    void enqueue(() => cache.write({ files: snapshotFiles, index: fresh.serialize() })).catch(
      () => undefined,
    );
    return fresh;
  };

  // The cache is saved from memory after changes, once things are quiet (serialising 10,000 bulletins
  // takes a moment on this thread), and at the latest when the service closes.
  let saveTimer: NodeJS.Timeout | null = null;
  let saveRoot: string | null = null;
  const cacheSaveDelayMs = opts.cacheSaveDelayMs ?? 5000;
  const scheduleCacheSave = (root: string) => {
    saveRoot = root;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void enqueue(saveCacheNow).catch(() => undefined), cacheSaveDelayMs);
    saveTimer.unref?.();
  };
  const saveCacheNow = async () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    const root = saveRoot;
    saveRoot = null;
    if (root === null || !engine) return;
    const cache = openLibraryCache({ userDataDir: opts.userDataDir, root, appVersion: opts.appVersion });
    // The cache only saves time; failing to write it (disk full, no permission) must not fail anything.
    await cache.write({ files, index: engine.serialize() }).catch(() => undefined);
  };

  const failLoad = (error: unknown, mode: 'open' | 'reload' | 'update'): LibraryState => {
    const message = `The folder ${folder} could not be read: ${plainMessage(error)}`;
    if (mode !== 'update') {
      files = [];
      listProblems = [];
      bulletins = [];
      byFile = new Map();
      summaries = [];
      engine = null;
    }
    loadProblem = { file: '', error: message };
    status = 'ready';
    progress = null;
    emit({ type: 'error', message });
    emit({ type: mode === 'update' ? 'changed' : 'ready', state: getState() });
    return getState();
  };

  const startWatching = (root: string, mySession: number): WatchHandle =>
    watchFolder(root, {
      debounceMs,
      onChange: (changed) => {
        if (mySession !== session || closed) return;
        requestUpdate(mySession, changed);
      },
      onError: (error) => {
        if (mySession === session)
          emit({ type: 'error', message: `Watching the folder failed: ${plainMessage(error)}` });
      },
    });

  /** Changes seen by the watcher are gathered into one queued update; files seen changing are re-read. */
  const requestUpdate = (mySession: number, changed: readonly string[]) => {
    if (pendingUpdate?.queued) {
      for (const f of changed) pendingUpdate.reread.add(f);
      return;
    }
    const update = { reread: new Set(changed), queued: true };
    pendingUpdate = update;
    void enqueue(async () => {
      update.queued = false;
      if (pendingUpdate === update) pendingUpdate = null;
      const changed = [...update.reread];
      return runLoad(mySession, 'update', { reread: changed, only: changed });
    });
  };

  const stopWatching = async () => {
    const old = watcher;
    watcher = null;
    pendingUpdate = null;
    await old?.close().catch(() => undefined);
  };

  /** Switches to `target` (already resolved) and loads it. */
  const switchTo = async (target: string, sample: boolean): Promise<LibraryState> => {
    session++;
    const mySession = session;
    running?.abort();
    // The folder being left keeps its latest state in its cache.
    if (saveRoot !== null) void enqueue(saveCacheNow).catch(() => undefined);
    await stopWatching();
    folder = target;
    isSample = sample;
    status = 'loading';
    progress = { done: 0, total: 0, current: '' };
    files = [];
    listProblems = [];
    loadProblem = null;
    bulletins = [];
    byFile = new Map();
    summaries = [];
    engine = null;
    emit({ type: 'progress', progress: { ...progress } });
    return enqueue(() => runLoad(mySession, 'open'));
  };

  // The first load starts after the caller has had the chance to subscribe to events.
  const firstSession = session;
  const firstLoad = new Promise<LibraryState>((resolve) => {
    setImmediate(() => resolve(enqueue(() => runLoad(firstSession, 'open'))));
  });

  return {
    getState,

    async openFolder(requested) {
      if (closed) throw new Error('The library is closed.');
      // Checked one after another, in the order asked: the folder asked for last is the one that opens,
      // whichever check the disk happens to answer first.
      const checked = opening.then(() => checkFolder(requested));
      opening = checked.catch(() => undefined);
      const target = await checked;
      const saved = settings.rememberFolder(target).catch((error: unknown) => {
        emit({ type: 'error', message: `Your folder choice could not be saved: ${plainMessage(error)}` });
      });
      const state = await switchTo(target, false);
      await saved;
      return { ...state, recentFolders: settings.get().recentFolders };
    },

    async reload() {
      if (closed) throw new Error('The library is closed.');
      await firstLoad;
      const mySession = session;
      return enqueue(() => {
        if (mySession !== session) return Promise.resolve(getState());
        status = 'loading';
        progress = { done: 0, total: 0, current: '' };
        emit({ type: 'progress', progress: { ...progress } });
        return runLoad(mySession, loadProblem && files.length === 0 ? 'open' : 'reload', {
          retryFailed: true,
        });
      });
    },

    stopReading() {
      if (closed || status !== 'loading' || running === null) return getState();
      running.abort(new Error('Stopped by the user.'));
      status = 'ready';
      progress = null;
      notice =
        'Reading was stopped. What was read so far is shown; choose File › Reload Library to read the rest (a mailbox goes on from where it stopped).';
      emit({ type: 'ready', state: getState() });
      return getState();
    },

    search(q) {
      if (!engine) return EMPTY_RESULT;
      try {
        return engine.search(q);
      } catch (error) {
        emit({ type: 'error', message: `The search failed: ${plainMessage(error)}` });
        return EMPTY_RESULT;
      }
    },

    listBulletins: () => summaries.slice(),

    allBulletins: () => bulletins,

    getBulletin: (file) => byFile.get(file) ?? null,

    resolveFile: (file) => confinePath(folder, file),

    onEvent(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },

    async close() {
      if (closed) return;
      closed = true;
      session++;
      running?.abort();
      await stopWatching();
      if (saveRoot !== null) void enqueue(saveCacheNow).catch(() => undefined);
      await queue;
      pool?.close();
      listeners.clear();
    },

    async tryAgain(file) {
      if (closed) throw new Error('The library is closed.');
      await firstLoad;
      const mySession = session;
      const known = files.some((f) => f.file === file);
      if (typeof file !== 'string' || !known) return getState();
      return enqueue(() => runLoad(mySession, 'update', { tryAgain: [file], reread: [file], only: [file] }));
    },
  };
}

/**
 * The real parser and Lunr are imported only when not injected, so unit tests stay small and fast. The
 * parser and its readers (PDF, Word: tens of megabytes once loaded) only when this thread reads files:
 * a start from the cache with a worker never does.
 */
async function resolveDeps(opts: LibraryServiceOptions) {
  if (opts.loader && opts.engines) {
    return { engines: opts.engines, inProcess: opts.loader, folderLoader: opts.loader, pool: null };
  }
  const realEngines = async (): Promise<SearchEngines> => {
    const { createSearchEngine, loadSearchEngine } = await import('../search/lunr-engine');
    return { create: createSearchEngine, load: loadSearchEngine };
  };
  // With a worker, files are parsed in child processes (parse-pool.ts), the samples' too: no reader ever
  // runs on untrusted bytes in this process.
  const workerFile =
    opts.workerPath instanceof URL ? fileURLToPath(opts.workerPath) : (opts.workerPath ?? null);
  const pool: ParsePool | null =
    workerFile !== null && !opts.loader
      ? createParsePool({
          spawn: opts.spawnParser ?? forkChild(parseChildBeside(workerFile)),
          ...(opts.readLimits ? { limitsFor: opts.readLimits } : {}),
        })
      : null;
  let realLoader: Promise<LibraryLoader> | null = null;
  const lazyInProcess: LibraryLoader = async (job, onProgress, signal, hooks) => {
    realLoader ??= Promise.all([import('./default-deps'), import('./stat-bulletin-file')]).then(
      ([real, stat]) =>
        createInProcessLoader({
          ...real.defaultLoaderDeps,
          statBulletinFile: stat.statBulletinFile,
          ...(pool
            ? { readBulletinFile: pool.read, readLanes: pool.lanes, warmUp: () => pool.warmUp() }
            : {}),
        }),
    );
    return (await realLoader)(job, onProgress, signal, hooks);
  };
  const inProcess = opts.loader ?? lazyInProcess;
  // The samples are a handful of files inside the app bundle: listing and indexing them here is instant
  // and does not depend on a worker being able to read from the packaged app archive.
  const folderLoader =
    opts.loader ?? (workerFile !== null && pool ? createWorkerLoader(workerFile, { pool }) : inProcess);
  return { engines: opts.engines ?? (await realEngines()), inProcess, folderLoader, pool };
}

/** The folder as the user chose it, resolved; throws a plain-words error when it cannot be a library. */
async function checkFolder(requested: string): Promise<string> {
  if (typeof requested !== 'string' || requested.trim() === '' || requested.includes('\0')) {
    throw new Error('No folder was given.');
  }
  const absolute = path.resolve(requested);
  let info;
  try {
    info = await stat(absolute);
  } catch {
    throw new Error(`The folder ${absolute} cannot be found.`);
  }
  if (!info.isDirectory()) throw new Error(`${absolute} is a file, not a folder.`);
  return realpath(absolute);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plainMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return 'it cannot be found (was it moved, renamed or on a drive that is not connected?).';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
    return error.message;
  }
  return String(error);
}
