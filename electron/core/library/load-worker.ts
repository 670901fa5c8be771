// Worker-thread entry, in two roles:
// - 'load' (started by worker-loader.ts): runs load jobs one after another (the LoadJob of each 'job'
//   message), posting progress, the files as soon as a full load has read them (the timeline), then the
//   outcome. For a large folder it starts helper threads in the 'read' role so that every core parses.
// - 'read': reads and parses the files it is sent, a few at a time, and posts each result back.
// The shell's build bundles this file to dist-electron/load-worker.cjs; tests run the source.
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { defaultLoaderDeps } from './default-deps';
import type { CachedFile } from './library-cache';
import type { LoadJob } from './library-loader';
import { loadLibrary } from './library-loader';
import type { FileReader } from './read-pool';
import type { FileEntry, FileRead } from './scan-folder';
import { answersQuickly, listBulletinFiles, readBulletinFile } from './scan-folder';
import { statBulletinFile } from './stat-bulletin-file';
import type { LoadWorkerMessage, WorkerData, WorkerEntry } from './worker-loader';

// A worker thread may wait for the disk itself, which costs far less than Node's thread pool (see
// scan-folder's FolderAccessOptions); the main thread, which answers the window, never does.
const deps = {
  ...defaultLoaderDeps,
  listBulletinFiles: (root: string) => listBulletinFiles(root, { direct: true }),
  readBulletinFile: (root: string, entry: FileEntry) => readBulletinFile(root, entry, { direct: true }),
  statBulletinFile,
};

/** Sent to a helper: a file to read. */
interface ReadRequest {
  id: number;
  root: string;
  entry: FileEntry;
}
/** A helper's answer. */
interface ReadReply {
  id: number;
  read: FileRead;
}

/** Reads a helper keeps in flight on its own thread, so file I/O overlaps parsing there too. */
const HELPER_LANES = 4;
/** How often the files read so far go to the main thread (worker-loader.ts shows them once a second). */
const HAND_OVER_EVERY_MS = 250;
/** At most this many helpers: beyond a few cores, the disk is the limit. */
const MAX_HELPERS = 3;

function runLoader(port: NonNullable<typeof parentPort>, entry: WorkerEntry): void {
  const post = (message: LoadWorkerMessage) => port.postMessage(message);
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (message: { type: 'job'; id: number; job: LoadJob }) => {
    if (message.type !== 'job') return;
    const { id, job } = message;
    queue = queue.then(async () => {
      currentRoot = job.root;
      const helpers: Worker[] = [];
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
            helpers: () => startHelpers(entry, helpers),
            readsDirectly: () => answersQuickly(job.root),
            handOverEveryMs: HAND_OVER_EVERY_MS,
            deferSave: (run) => (save = run),
          },
        );
        for (const helper of helpers.splice(0)) void helper.terminate();
        // The files went ahead already (the bulk of the outcome): not copied twice.
        post({ type: 'done', id, outcome: filesSent ? { ...outcome, files: [] } : outcome, filesSent });
        // The cache is saved after the outcome is on its way: the user waits for the one, not the other.
        if (save) await (save as () => Promise<void>)();
      } catch (error) {
        post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
      } finally {
        for (const helper of helpers) void helper.terminate();
        post({ type: 'idle', id });
      }
    });
  });
}

/** Helper threads for the cores this thread leaves free, each a FileReader. */
function startHelpers(entry: WorkerEntry, started: Worker[]): FileReader[] {
  const count = Math.min(MAX_HELPERS, Math.max(0, availableParallelism() - 1));
  return Array.from({ length: count }, () => {
    const worker = new Worker(entry.code, {
      eval: entry.eval,
      workerData: { role: 'read' } satisfies WorkerData,
    });
    started.push(worker);
    const waiting = new Map<number, { resolve: (read: FileRead) => void; reject: (error: Error) => void }>();
    let nextId = 0;
    const failAll = (error: Error) => {
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    };
    worker.on('message', ({ id, read }: ReadReply) => {
      waiting.get(id)?.resolve(read);
      waiting.delete(id);
    });
    worker.on('error', failAll);
    worker.on('exit', () => failAll(new Error('A reading thread stopped unexpectedly.')));
    return {
      // Enough in flight that the helper never waits for the next file, even while this thread is busy for
      // a moment (handing files over to the main thread, collecting garbage): 16 files are a few
      // milliseconds of work, and an unlucky last file (a large PDF) holds up only a few others.
      lanes: 4 * HELPER_LANES,
      read: (file) =>
        new Promise<FileRead>((resolve, reject) => {
          const id = nextId++;
          waiting.set(id, { resolve, reject });
          worker.postMessage({ id, root: currentRoot, entry: file } satisfies ReadRequest);
        }),
    } satisfies FileReader;
  });
}

// The folder of the job being loaded (helpers live for one job; jobs run one at a time).
let currentRoot = '';

function runReader(port: NonNullable<typeof parentPort>): void {
  const pending: ReadRequest[] = [];
  let running = 0;
  const pump = () => {
    while (running < HELPER_LANES && pending.length > 0) {
      const request = pending.shift() as ReadRequest;
      running++;
      void deps.readBulletinFile(request.root, request.entry).then((read) => {
        running--;
        port.postMessage({ id: request.id, read } satisfies ReadReply);
        pump();
      });
    }
  };
  port.on('message', (request: ReadRequest) => {
    pending.push(request);
    pump();
  });
}

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('load-worker must run in a worker thread.');
  const data = workerData as WorkerData;
  if (data.role === 'read') runReader(port);
  else runLoader(port, data.entry);
}

main();
