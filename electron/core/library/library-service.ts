// The library as the app sees it: which folder is open (the bundled samples until the user picks one),
// its bulletins and search engine, loading with progress, the start-up cache, and watching the folder.
// Plain Node so tests and the CLI can run it; the Electron shell wires it to IPC and menus.
// It never writes into the library folder: its only files are settings and cache in the user-data folder.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  BulletinSummary,
  LibraryEvent,
  LibraryProgress,
  LibraryState,
} from '../../../shared/library-types';
import type { Bulletin, Problem, Region } from '../../../shared/model';
import type { SearchQuery, SearchResult } from '../../../shared/search-types';
import type { SearchEngine } from '../search/search-engine';
import type { CachedFile } from './library-cache';
import { openLibraryCache } from './library-cache';
import type { LibraryLoader, LoadJob, LoadOutcome, SearchEngines } from './library-loader';
import { collectBulletins, createInProcessLoader } from './library-loader';
import { confinePath } from './confine-path';
import type { SettingsStore } from './settings-store';
import { openSettingsStore } from './settings-store';
import type { WatchHandle } from './watch-folder';
import { watchFolder } from './watch-folder';
import { createWorkerLoader } from './worker-loader';

export interface LibraryService {
  getState(): LibraryState;
  openFolder(folder: string): Promise<LibraryState>;
  reload(): Promise<LibraryState>;
  search(q: SearchQuery): SearchResult;
  listBulletins(): BulletinSummary[];
  getBulletin(file: string): Bulletin | null;
  /** Absolute path inside the library folder (realpath + path.relative check; symlinks out refused); throws on escape. */
  resolveFile(file: string): Promise<string>;
  onEvent(cb: (e: LibraryEvent) => void): () => void;
  close(): Promise<void>;
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
}

const EMPTY_RESULT: SearchResult = { total: 0, hits: [], didYouMean: [] };

export async function createLibraryService(opts: LibraryServiceOptions): Promise<LibraryService> {
  const settings = opts.settings ?? (await openSettingsStore(opts.userDataDir));
  const notice = settings.takeNotice();
  const { engines, inProcess, folderLoader } = await resolveDeps(opts);
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

  const getState = (): LibraryState => ({
    folder,
    isSample,
    status,
    progress: progress && { ...progress },
    bulletinCount: bulletins.length,
    problems: allProblems(),
    recentFolders: settings.get().recentFolders,
    notice,
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

  /** Runs one load of the open folder; `mode` says how it shows: 'open'/'reload' with progress, 'update' quietly. */
  const runLoad = async (
    mySession: number,
    mode: 'open' | 'reload' | 'update',
    extra: Pick<LoadJob, 'reread' | 'retryFailed'> = {},
  ): Promise<LibraryState> => {
    if (mySession !== session || closed) return getState();
    const target = folder;
    const sample = isSample;
    const controller = new AbortController();
    running = controller;
    let root: string;
    let outcome: LoadOutcome;
    try {
      root = await realpath(target);
      if (mySession !== session) return getState();
      const job: LoadJob = {
        root,
        userDataDir: opts.userDataDir,
        appVersion: opts.appVersion,
        ...(mode === 'open' ? {} : { previous: files }),
        ...extra,
      };
      // Watching starts before the listing, so nothing changed during the load goes unnoticed.
      if (mode === 'open' && watchEnabled && !sample && !watcher) watcher = startWatching(root, mySession);
      outcome = await loaderFor(sample)(
        job,
        (p) => {
          if (mySession !== session || mode === 'update') return;
          progress = p;
          emit({ type: 'progress', progress: { ...p } });
        },
        controller.signal,
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
    applyOutcome(outcome, root);
    status = 'ready';
    progress = null;
    if (mode === 'update') {
      if (outcome.changed || !sameProblems || hadProblem) emit({ type: 'changed', state: getState() });
    } else {
      emit({ type: 'ready', state: getState() });
    }
    return getState();
  };

  const applyOutcome = (outcome: LoadOutcome, root: string) => {
    const nextBulletins = collectBulletins(outcome.files);
    if (outcome.index !== null || !engine) engine = buildEngine(nextBulletins, outcome, root);
    files = outcome.files;
    listProblems = outcome.listProblems;
    loadProblem = null;
    bulletins = nextBulletins;
    byFile = new Map();
    for (const b of bulletins) if (!byFile.has(b.file)) byFile.set(b.file, b);
    summaries = bulletins.map(summarize);
  };

  /** Loads the snapshot; one that does not fit this engine version is rebuilt here and the cache refreshed. */
  const buildEngine = (list: Bulletin[], outcome: LoadOutcome, root: string): SearchEngine => {
    if (outcome.index !== null) {
      try {
        return engines.load(list, outcome.index);
      } catch {
        // Fall through: rebuild.
      }
    }
    const fresh = engines.create(list);
    const cache = openLibraryCache({ userDataDir: opts.userDataDir, root, appVersion: opts.appVersion });
    const snapshotFiles = outcome.files;
    void enqueue(() => cache.write({ files: snapshotFiles, index: fresh.serialize() })).catch(
      () => undefined,
    );
    return fresh;
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
      return runLoad(mySession, 'update', { reread: [...update.reread] });
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
      const target = await checkFolder(requested);
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
      await queue;
      listeners.clear();
    },
  };
}

/** The real parser and Lunr are imported only when not injected, so unit tests stay small and fast. */
async function resolveDeps(opts: LibraryServiceOptions) {
  if (opts.loader && opts.engines) {
    return { engines: opts.engines, inProcess: opts.loader, folderLoader: opts.loader };
  }
  const real = await import('./default-deps');
  const inProcess = opts.loader ?? createInProcessLoader(real.defaultLoaderDeps);
  // The samples are a handful of files inside the app bundle: loading them in-process is instant and
  // does not depend on a worker being able to read from the packaged app archive.
  const folderLoader = opts.loader ?? (opts.workerPath ? createWorkerLoader(opts.workerPath) : inProcess);
  return { engines: opts.engines ?? real.defaultSearchEngines, inProcess, folderLoader };
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

export function summarize(bulletin: Bulletin): BulletinSummary {
  const regionCounts: Partial<Record<Region, number>> = {};
  for (const item of bulletin.items) regionCounts[item.region] = (regionCounts[item.region] ?? 0) + 1;
  return {
    file: bulletin.file,
    title: bulletin.title,
    date: bulletin.date,
    dateSource: bulletin.dateSource,
    scriptureReference: bulletin.scripture?.reference ?? null,
    regionCounts,
    itemCount: bulletin.items.length,
  };
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
