// Worker-thread entry (started by worker-loader.ts): runs load jobs one after another (the LoadJob of each
// 'job' message), posting progress, the files as soon as a full load has read them (the timeline), then the
// outcome. It lists the folder and builds the index; the files themselves are read and parsed in the
// parse pool's child processes (parse-pool.ts), which the thread that started this one owns: each file is
// asked for with a 'read' message and answered with 'read-reply'. Untrusted bytes are never parsed here.
// The shell's build bundles this file to dist-electron/load-worker.cjs; tests run the source.
import { parentPort } from 'node:worker_threads';
import { defaultLoaderDeps } from './default-deps';
import type { CachedFile } from './library-cache';
import type { LoaderDeps } from './library-loader';
import { loadLibrary } from './library-loader';
import type { FileEntry, FileRead } from './scan-folder';
import { listBulletinFiles } from './scan-folder';
import { statBulletinFile } from './stat-bulletin-file';
import type { LoadWorkerMessage, ToLoadWorker } from './worker-loader';

/** How often the files read so far go to the main thread (worker-loader.ts shows them once a second). */
const HAND_OVER_EVERY_MS = 250;

function runLoader(port: NonNullable<typeof parentPort>): void {
  const post = (message: LoadWorkerMessage) => port.postMessage(message);
  let queue: Promise<void> = Promise.resolve();
  // Reads asked of the parent and not answered yet.
  const reads = new Map<number, (read: FileRead) => void>();
  let nextRead = 0;
  const readThroughParent = (root: string, entry: FileEntry) =>
    new Promise<FileRead>((resolve) => {
      const readId = nextRead++;
      reads.set(readId, resolve);
      post({ type: 'read', readId, root, entry });
    });

  port.on('message', (message: ToLoadWorker) => {
    if (message.type === 'read-reply') {
      reads.get(message.readId)?.(message.read);
      reads.delete(message.readId);
      return;
    }
    if (message.type !== 'job') return;
    const { id, job, readLanes } = message;
    // A worker thread may wait for the disk itself, which costs far less than Node's thread pool (see
    // scan-folder's FolderAccessOptions); the main thread, which answers the window, never does.
    const deps: LoaderDeps = {
      ...defaultLoaderDeps,
      listBulletinFiles: (root: string) => listBulletinFiles(root, { direct: true }),
      readBulletinFile: readThroughParent,
      statBulletinFile,
      readLanes,
      warmUp: () => post({ type: 'warm-up' }),
    };
    queue = queue.then(async () => {
      let filesSent = false;
      // Files handed over already: each file crosses to the main thread once.
      const posted = new Set<string>();
      const unposted = (files: CachedFile[]) => {
        const fresh = files.filter((f) => !posted.has(f.file));
        for (const f of fresh) posted.add(f.file);
        return fresh;
      };
      let save: (() => Promise<void>) | null = null;
      try {
        const outcome = await loadLibrary(
          job,
          deps,
          (progress) => post({ type: 'progress', id, progress }),
          undefined,
          {
            onSomeFiles: (files) => post({ type: 'some-files', id, files: unposted(files) }),
            onFiles: (files, listProblems) => {
              post({
                type: 'files',
                id,
                files: unposted(files),
                order: files.map((f) => f.file),
                listProblems,
              });
              filesSent = true;
            },
          },
          {
            handOverEveryMs: HAND_OVER_EVERY_MS,
            deferSave: (run) => (save = run),
          },
        );
        // The files went ahead already (the bulk of the outcome): not copied twice.
        post({ type: 'done', id, outcome: filesSent ? { ...outcome, files: [] } : outcome, filesSent });
        // The cache is saved after the outcome is on its way: the user waits for the one, not the other.
        if (save) await (save as () => Promise<void>)();
      } catch (error) {
        post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
      } finally {
        post({ type: 'idle', id });
      }
    });
  });
}

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('load-worker must run in a worker thread.');
  runLoader(port);
}

main();
