// Worker-thread entry: loads one library folder (the LoadJob in workerData) and posts progress, then the
// outcome. The shell's build bundles this file to dist-electron/load-worker.cjs; tests run the source.
import { parentPort, workerData } from 'node:worker_threads';
import { defaultLoaderDeps } from './default-deps';
import type { LoadJob } from './library-loader';
import { loadLibrary } from './library-loader';
import type { LoadWorkerMessage } from './worker-loader';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('load-worker must run in a worker thread.');
  const post = (message: LoadWorkerMessage) => port.postMessage(message);
  try {
    const outcome = await loadLibrary(workerData as LoadJob, defaultLoaderDeps, (progress) =>
      post({ type: 'progress', progress }),
    );
    post({ type: 'done', outcome });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

void main();
