// Child process of the benchmark: what starting the app on an unchanged folder costs, in a fresh process so
// that memory is not polluted by the builds before it. Checks the folder is unchanged (lists and stats every
// file), reads the cached bulletins and index, loads the engine and answers a first query, then reports its
// timings and memory as one JSON line on stdout.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Bulletin } from '../../shared/model';
import type { EngineName } from './engines';
import { createEngineRun, preloadEngineCode } from './engines';
import { memoryAfterGc, now } from './measure';
import { benchQueries } from './queries';

export interface ColdStartResult {
  engine: EngineName;
  statMs: number;
  files: number;
  readCacheMs: number;
  /** Importing the engine's code, before the clock starts: transpiled by tsx here, bundled in the app. */
  importMs: number;
  loadMs: number;
  firstQueryMs: number;
  /** From the start of this script's work to the first answer (no process boot, no code import). */
  workMs: number;
  /** From process start (node and tsx boot included) to the first answer. */
  sinceProcessStartMs: number;
  hits: number | null;
  rss: number;
  heapUsed: number;
  external: number;
}

async function statAll(dir: string): Promise<number> {
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files += await statAll(full);
    else {
      await stat(full);
      files++;
    }
  }
  return files;
}

async function main(): Promise<void> {
  const [engineArg, archiveDir, cacheDir] = process.argv.slice(2);
  if (!engineArg || !archiveDir || !cacheDir) throw new Error('usage: cold-start <engine> <archive> <cache>');
  const engine = engineArg as EngineName;
  let t = now();
  await preloadEngineCode(engine);
  const importMs = now() - t;
  const start = now();

  t = now();
  const files = await statAll(archiveDir);
  const statMs = now() - t;

  t = now();
  const bulletins = JSON.parse(await readFile(path.join(cacheDir, 'bulletins.json'), 'utf8')) as Bulletin[];
  let snapshot: string | null = await readFile(path.join(cacheDir, `index-${engine}.json`), 'utf8');
  const readCacheMs = now() - t;

  t = now();
  const run = await createEngineRun(engine, bulletins);
  run.parse(snapshot);
  snapshot = null; // the app would not keep the text once parsed; neither should the memory reading
  run.load();
  const loadMs = now() - t;

  const first = benchQueries().find((q) => q.category === 'common word');
  if (!first) throw new Error('no common-word query');
  t = now();
  const hits = run.search(first);
  const end = now();

  const memory = memoryAfterGc();
  const result: ColdStartResult = {
    engine,
    statMs,
    files,
    readCacheMs,
    importMs,
    loadMs,
    firstQueryMs: end - t,
    workMs: end - start,
    sinceProcessStartMs: end,
    hits,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    external: memory.external,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `cold start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
