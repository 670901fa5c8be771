// Child process of the benchmark: a first-ever load of a folder through the library service, as the app's
// main process meets it — a fresh process with nothing else in memory, the service bundled by app-bench.ts
// and run by plain Node, the load worker bundled as the app ships it. Reports, as one JSON line
// (AppFirstLoad): when the timeline is first shown, when it is whole, and when everything is searchable.
//   first-load-app <archive> <user-data> <load-worker.cjs>
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createLibraryService } from '../../electron/core/library/library-service';
import type { LibraryEvent } from '../../shared/library-types';
import type { AppFirstLoad } from './app-bench';
import { now } from './measure';

/** Cores two busy threads get for half a second: process processor time over wall-clock time. */
async function coresFreeNow(): Promise<number> {
  const spin = `const end = Date.now() + 500; while (Date.now() < end); require('node:worker_threads').parentPort.postMessage(0);`;
  const cpu = process.cpuUsage();
  const started = now();
  await Promise.all(
    [0, 1].map(
      () =>
        new Promise((resolve) => {
          const worker = new Worker(spin, { eval: true });
          worker.once('message', () => void worker.terminate().then(resolve));
        }),
    ),
  );
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / (now() - started);
}

/** Processor time of this whole process so far, in ms. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** A first-ever load of `archiveDir` through the library service, in this process. */
async function firstLoad(archiveDir: string, userDataDir: string, workerPath: string): Promise<AppFirstLoad> {
  const samplesDir = path.join(userDataDir, '..', 'no-samples');
  await mkdir(samplesDir, { recursive: true });
  const service = await createLibraryService({
    userDataDir,
    samplesDir,
    appVersion: 'bench',
    workerPath,
    watch: false,
  });
  try {
    await new Promise<void>((resolve) => {
      const off = service.onEvent((e: LibraryEvent) => {
        if (e.type === 'ready') {
          off();
          resolve();
        }
      });
      if (service.getState().status === 'ready') resolve();
    });
    const coresFree = await coresFreeNow();
    let timelineMs: number | null = null;
    let readyMs: number | null = null;
    let lastShown: { at: number; count: number; cpu: number } | null = null;
    const startCpu = cpuMs();
    const start = now();
    const off = service.onEvent((e) => {
      if (e.type === 'changed' && e.state.status === 'loading' && e.state.bulletinCount > 0) {
        timelineMs ??= now() - start;
        lastShown = { at: now() - start, count: e.state.bulletinCount, cpu: cpuMs() - startCpu };
      }
      if (readyMs === null && e.type === 'ready' && e.state.folder !== samplesDir) readyMs = now() - start;
    });
    // Resolves once the cache is saved too, after 'ready'.
    const state = await service.openFolder(archiveDir);
    off();
    const shown = lastShown as { at: number; count: number; cpu: number } | null;
    const complete = shown && shown.count === state.bulletinCount ? shown : null;
    return {
      timelineMs,
      timelineCompleteMs: complete?.at ?? null,
      readyMs: readyMs ?? now() - start,
      bulletins: state.bulletinCount,
      timelineCpuMs: complete?.cpu ?? null,
      coresFree,
    };
  } finally {
    // Closing saves nothing more here: the load worker wrote the cache after building the index.
    await service.close();
  }
}

async function main(): Promise<void> {
  const [archiveDir, userDataDir, workerPath] = process.argv.slice(2);
  if (!archiveDir || !userDataDir || !workerPath) {
    throw new Error('usage: first-load-app <archive> <user-data> <load-worker.cjs>');
  }
  const result = await firstLoad(archiveDir, userDataDir, workerPath);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `app first load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
