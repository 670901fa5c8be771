// Runs each load in a worker thread (load-worker.ts), so reading, parsing and indexing thousands of files
// never blocks the main process that answers the window. One short-lived worker per load: no state to keep
// in sync, and cancelling is just terminating it.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LibraryProgress } from '../../../shared/library-types';
import type { LibraryLoader, LoadJob, LoadOutcome } from './library-loader';

/** What load-worker.ts posts back. */
export type LoadWorkerMessage =
  | { type: 'progress'; progress: LibraryProgress }
  | { type: 'done'; outcome: LoadOutcome }
  | { type: 'failed'; message: string };

export interface WorkerLoaderOptions {
  /** Node options for the worker thread. */
  execArgv?: string[];
}

/**
 * `workerPath`: the worker entry, a path or file URL: the bundled dist-electron/load-worker.cjs in the app,
 * or the load-worker.ts source in development and tests, which is then run through tsx.
 */
export function createWorkerLoader(workerPath: string | URL, opts: WorkerLoaderOptions = {}): LibraryLoader {
  const file = workerPath instanceof URL ? fileURLToPath(workerPath) : workerPath;
  const entry = file.endsWith('.ts') ? { code: tsxBootstrap(file), eval: true } : { code: file, eval: false };
  return (job: LoadJob, onProgress, signal) =>
    new Promise<LoadOutcome>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const worker = new Worker(entry.code, { eval: entry.eval, workerData: job, execArgv: opts.execArgv });
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        fn();
      };
      const onAbort = () => {
        finish(() => reject(signal?.reason));
        void worker.terminate();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: LoadWorkerMessage) => {
        if (message.type === 'progress') {
          if (!settled) onProgress(message.progress);
        } else if (message.type === 'done') {
          finish(() => resolve(message.outcome));
        } else {
          finish(() => reject(new Error(message.message)));
        }
      });
      worker.on('error', (error) => finish(() => reject(error)));
      worker.on('exit', (code) =>
        finish(() => reject(new Error(`The loading worker stopped unexpectedly (exit code ${code}).`))),
      );
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
