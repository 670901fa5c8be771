// Child process of the benchmark: the app starting on a folder it has cached, unchanged, in a fresh
// process — the library service as the Electron shell creates it (watching on, the load worker bundled),
// itself bundled by app-bench.ts as the app's main process is (no TypeScript loader in the way).
// Reports, as one JSON line: the time to the first search answered, the time until the folder has been
// checked ('ready'), memory, and then a file saved in the folder until it is searchable (through the
// watcher, then through Reload Library).
//   cold-start-app <archive> <user-data> <load-worker.cjs> <file to change, relative>
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryEvent } from '../../shared/library-types';
import type { AppColdStart } from './app-bench';
import { memoryAfterGc, now } from './measure';

const FIRST_QUERY = { text: 'court' };
const SENTENCE = (word: string) =>
  `\n\nPray for the new ${word} cooperative in Kenya, whose members left bonded labor last week.\n`;

async function main(): Promise<void> {
  const [archiveDir, userDataDir, workerPath, changeFile] = process.argv.slice(2);
  if (!archiveDir || !userDataDir || !workerPath || !changeFile) {
    throw new Error('usage: cold-start-app <archive> <user-data> <load-worker.cjs> <file>');
  }
  let t = now();
  const { createLibraryService } = await import('../../electron/core/library/library-service');
  // What the app's bundle has evaluated before the window opens: the engine, the watcher.
  await import('../../electron/core/search/lunr-engine');
  await import('../../electron/core/library/watch-folder');
  const importMs = now() - t;

  const start = now();
  let firstAnswerMs: number | null = null;
  let hits: number | null = null;
  let readyAt: number | null = null;
  let service: Awaited<ReturnType<typeof createLibraryService>> | null = null;
  const events: ((e: LibraryEvent) => void)[] = [];
  const tryAnswer = () => {
    if (firstAnswerMs !== null || !service) return;
    const result = service.search(FIRST_QUERY);
    if (result.total > 0) {
      firstAnswerMs = now() - start;
      hits = result.total;
    }
  };
  const ready = new Promise<void>((resolve) =>
    events.push((e) => {
      if (e.type === 'changed' || e.type === 'ready') tryAnswer();
      if (e.type === 'ready' && readyAt === null) {
        readyAt = now();
        resolve();
      }
    }),
  );
  service = await createLibraryService({
    userDataDir,
    samplesDir: path.join(userDataDir, '..', 'no-samples'),
    appVersion: 'bench',
    workerPath,
    watch: true,
  });
  service.onEvent((e) => events.forEach((listener) => listener(e)));
  await ready;
  tryAnswer();
  const readyMs = (readyAt ?? now()) - start;
  const memory = memoryAfterGc();
  // At rest: the load worker ends after a few idle seconds (worker-loader.ts).
  await new Promise((resolve) => setTimeout(resolve, 6500));
  const rest = memoryAfterGc();

  // A file saved in the folder: through the watcher, as the user meets it.
  const full = path.join(archiveDir, ...changeFile.split('/'));
  const original = await readFile(full, 'utf8');
  const live = service;
  const found = (word: string) => live.search({ text: word }).total > 0;
  const waitFor = (word: string, limitMs: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), limitMs);
      const off = live.onEvent(() => {
        if (found(word)) {
          clearTimeout(timer);
          off();
          resolve(true);
        }
      });
    });
  t = now();
  const seen = waitFor('quokkaberry', 30_000);
  await writeFile(full, original + SENTENCE('quokkaberry'), 'utf8');
  const watcherChangeMs = (await seen) ? now() - t : null;

  // The same through Reload Library.
  await writeFile(full, original + SENTENCE('wallabyfern'), 'utf8');
  t = now();
  await live.reload();
  const reloadChangeMs = found('wallabyfern') ? now() - t : null;
  await writeFile(full, original, 'utf8');
  // The cache is saved after changes (a few seconds later, or on closing): part of what an update costs.
  await live.close();
  const afterChanges = memoryAfterGc();

  const result: AppColdStart = {
    importMs,
    firstAnswerMs,
    readyMs,
    hits,
    rss: memory.rss,
    restRss: rest.rss,
    afterChangesRss: afterChanges.rss,
    heapUsed: memory.heapUsed,
    external: memory.external,
    sinceProcessStartMs: start + (firstAnswerMs ?? readyMs),
    watcherChangeMs,
    reloadChangeMs,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `app cold start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
