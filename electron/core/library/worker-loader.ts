// Runs loads in a worker thread (load-worker.ts), so listing and indexing thousands of files never blocks
// the main process that answers the window; the files themselves are parsed in the parse pool's child
// processes (parse-pool.ts), which live here: the worker asks for each file ('read') and this thread hands
// the request to the pool and the answer back. The worker is kept between loads for a while (a save in the
// folder then costs no thread start-up: the bundle takes a moment to evaluate) and ended when idle;
// cancelling a load ends it at once, and the next load starts a fresh one.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LibraryProgress } from '../../../shared/library-types';
import type { Problem } from '../../../shared/model';
import type { CachedFile } from './library-cache';
import type { LibraryLoader, LoadJob, LoadOutcome } from './library-loader';
import type { ParsePool } from './parse-pool';
import { createParsePool, forkChild } from './parse-pool';
import type { FileEntry, FileRead } from './scan-folder';

/** What load-worker.ts posts back, for the job `id`. */
export type LoadWorkerMessage =
  | { type: 'progress'; id: number; progress: LibraryProgress }
  /** Files read so far in a long full load, not sent before. */
  | { type: 'some-files'; id: number; files: CachedFile[] }
  /** All files read (those not sent before, and the order of all), before the index is built. */
  | { type: 'files'; id: number; files: CachedFile[]; order: string[]; listProblems: Problem[] }
  | { type: 'done'; id: number; outcome: LoadOutcome; filesSent: boolean }
  | { type: 'failed'; id: number; message: string }
  /** The job's work is all done (a full load saves the cache after 'done'). */
  | { type: 'idle'; id: number }
  /** A file to read in the parse pool (answered with 'read-reply'). */
  | { type: 'read'; readId: number; root: string; entry: FileEntry }
  /** A folder's first load is starting: the pool may start its children. */
  | { type: 'warm-up' };

/** What this thread posts to load-worker.ts. */
export type ToLoadWorker =
  | { type: 'job'; id: number; job: LoadJob; readLanes: number }
  | { type: 'read-reply'; readId: number; read: FileRead };

/** The files read so far are shown (LoadHooks.onSomeFiles) at most this often during a long load. */
const SHOW_EVERY_MS = 1000;

export interface WorkerLoaderOptions {
  /** Node options for the worker thread. */
  execArgv?: string[];
  /** How long an idle worker is kept for the next load (a burst of saves); default 5 s. */
  idleMs?: number;
  /**
   * Where files are parsed. Default: a pool of forked Node processes running parse-child (.ts or .cjs, as
   * the worker entry) from the worker's folder.
   */
  pool?: ParsePool;
}

/** parse-child next to the worker entry: the source beside load-worker.ts, or the bundle beside its bundle. */
export function parseChildBeside(workerFile: string): string {
  return path.join(path.dirname(workerFile), `parse-child${path.extname(workerFile)}`);
}

/**
 * `workerPath`: the worker entry, a path or file URL: the bundled dist-electron/load-worker.cjs in the app,
 * or the load-worker.ts source in development and tests, which is then run through tsx.
 */
export function createWorkerLoader(workerPath: string | URL, opts: WorkerLoaderOptions = {}): LibraryLoader {
  const file = workerPath instanceof URL ? fileURLToPath(workerPath) : workerPath;
  const entry = file.endsWith('.ts') ? { code: tsxBootstrap(file), eval: true } : { code: file, eval: false };
  const pool = opts.pool ?? createParsePool({ spawn: forkChild(parseChildBeside(file)) });
  // Short: an idle worker holds tens of megabytes, and folders change seldom (a new bulletin a week).
  const idleMs = opts.idleMs ?? 5000;
  let worker: Worker | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let nextId = 0;
  // Jobs posted to the current worker and not finished: it is idle (and may be ended) only at zero.
  let active = 0;

  const stop = (which: Worker) => {
    if (worker === which) {
      worker = null;
      active = 0;
    }
    void which.terminate();
  };

  return (job: LoadJob, onProgress, signal, hooks) =>
    new Promise<LoadOutcome>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      if (!worker) {
        worker = new Worker(entry.code, {
          eval: entry.eval,
          // A bundle needs none of the parent's Node options; inheriting a development loader (tsx's
          // hooks, when the parent runs under tsx) would make every thread it starts load it too.
          execArgv: opts.execArgv ?? (entry.eval ? undefined : []),
        });
        // An idle worker must not keep a process (the CLI, a test) alive; a working one must.
        worker.unref();
        const started = worker;
        started.on('message', (message: LoadWorkerMessage) => {
          if (message.type === 'warm-up') pool.warmUp();
          if (message.type !== 'read') return;
          void pool.read(message.root, message.entry).then((read) => {
            // A worker ended meanwhile (a cancelled load) has no one to answer.
            if (worker === started) {
              started.postMessage({
                type: 'read-reply',
                readId: message.readId,
                read,
              } satisfies ToLoadWorker);
            }
          });
        });
        started.once('exit', () => {
          if (worker === started) {
            worker = null;
            active = 0;
          }
        });
      }
      const current = worker;
      current.ref();
      active++;
      const id = nextId++;
      // Files the worker handed over before its outcome, by name.
      const received = new Map<string, CachedFile>();
      let shownAt = -Infinity;
      let shownCount = 0;
      let files: CachedFile[] | null = null;
      let outcome: LoadOutcome | null = null;
      let settled = false;
      const finish = (fn: () => void, keep: boolean) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        current.off('error', onError);
        current.off('exit', onExit);
        if (!keep) {
          current.off('message', onMessage);
          stop(current);
        }
        fn();
      };
      const becameIdle = () => {
        current.off('message', onMessage);
        if (worker === current && --active === 0) {
          current.unref();
          idleTimer = setTimeout(() => stop(current), idleMs);
          idleTimer.unref();
        }
      };
      const onAbort = () => finish(() => reject(signal?.reason), false);
      const onMessage = (message: LoadWorkerMessage) => {
        if (!('id' in message) || message.id !== id) return;
        if (message.type === 'idle') {
          if (outcome) finish(() => resolve(outcome as LoadOutcome), true);
          else finish(() => reject(new Error('The loading worker gave no result.')), true);
          becameIdle();
        } else if (message.type === 'progress') {
          if (!settled) onProgress(message.progress);
        } else if (message.type === 'some-files') {
          for (const f of message.files) received.set(f.file, f);
          // The worker hands files over in small parts (see LoadOptions.handOverEveryMs). Showing them
          // sorts and sums up all received so far: worth it about once a second, and whenever there are
          // twice as many as last time (the first parts are small, and the caller may not show them).
          const grown = received.size >= 2 * shownCount;
          if (!settled && (grown || performance.now() - shownAt >= SHOW_EVERY_MS)) {
            shownAt = performance.now();
            shownCount = received.size;
            hooks?.onSomeFiles?.([...received.values()]);
          }
        } else if (message.type === 'files') {
          for (const f of message.files) received.set(f.file, f);
          files = message.order.map((name) => received.get(name) as CachedFile);
          received.clear();
          if (!settled) hooks?.onFiles?.(files, message.listProblems);
        } else if (message.type === 'done') {
          // Handed over at once; the promise settles at 'idle', once the worker has saved the cache.
          outcome = message.filesSent ? { ...message.outcome, files: files ?? [] } : message.outcome;
          if (!settled) hooks?.onOutcome?.(outcome);
        } else {
          finish(() => reject(new Error(message.message)), true);
        }
      };
      const onError = (error: Error) => finish(() => reject(error), false);
      const onExit = (code: number) =>
        finish(
          () => reject(new Error(`The loading worker stopped unexpectedly (exit code ${code}).`)),
          false,
        );
      signal?.addEventListener('abort', onAbort, { once: true });
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.postMessage({ type: 'job', id, job, readLanes: pool.lanes } satisfies ToLoadWorker);
    });
}

/**
 * A worker does not inherit the test runner's TypeScript support, and `--import tsx` in a worker's execArgv
 * does not reach its entry module on Node 20; registering tsx from a small script before loading does.
 */
function tsxBootstrap(file: string): string {
  const api = createRequire(file).resolve('tsx/cjs/api');
  return `require(${JSON.stringify(api)}).register(); require(${JSON.stringify(file)});`;
}
