// Measures one engine on one archive: build, serialize, load, memory, queries, a one-file change, and a
// cold start in a fresh process.
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bulletin } from '../../shared/model';
import { appColdStart, appFirstLoad, bundleLoadWorker } from './app-bench';
import type { BenchOptions, EngineResult, QueryStats } from './bench-types';
import type { ColdStartResult } from './cold-start';
import type { EngineName, EngineRun } from './engines';
import { createEngineRun } from './engines';
import { forceGc, memoryAfterGc, now, percentile, time } from './measure';
import type { BenchQuery, Category } from './queries';
import { benchQueries, CATEGORIES } from './queries';
import { formatBytes } from './report';

const COLD_START_SCRIPT = fileURLToPath(new URL('./cold-start.ts', import.meta.url));
const CHANGED_WORD = 'quokkaberry';

export type ParseBulletin = (text: string, meta: { file: string; mtimeMs: number }) => Bulletin;

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function measureQueries(
  search: (q: BenchQuery) => number | null,
  queries: readonly BenchQuery[],
  opts: BenchOptions,
): Partial<Record<Category, QueryStats | null>> {
  const out: Partial<Record<Category, QueryStats | null>> = {};
  for (const category of CATEGORIES) {
    const list = queries.filter((q) => q.category === category);
    // Warm-up: every query once (JIT, caches), which also gives the hit counts.
    const hits = list.map((q) => search(q));
    if (hits.some((h) => h === null)) {
      out[category] = null;
      continue;
    }
    const durations: number[] = [];
    const started = now();
    for (let i = 0; i < opts.queriesPerCategory; i++) {
      if (i >= 20 && now() - started > opts.budgetMs) break;
      const q = list[i % list.length] as BenchQuery;
      const t = now();
      search(q);
      durations.push(now() - t);
    }
    out[category] = {
      n: durations.length,
      p50: percentile(durations, 50),
      p95: percentile(durations, 95),
      hits: (hits as number[]).reduce((a, b) => a + b, 0) / hits.length,
    };
  }
  return out;
}

async function coldStart(
  engine: EngineName,
  archiveDir: string,
  cacheDir: string,
): Promise<(ColdStartResult & { wallMs: number }) | undefined> {
  const started = now();
  const child = spawn(
    process.execPath,
    [...process.execArgv, '--expose-gc', COLD_START_SCRIPT, engine, archiveDir, cacheDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = now() - started;
  const line = out.trim().split('\n').pop();
  if (code !== 0 || !line) {
    log(`cold start of ${engine} failed (exit ${code})`);
    return undefined;
  }
  return { ...(JSON.parse(line) as ColdStartResult), wallMs };
}

async function serializeToCache(run: EngineRun, file: string): Promise<{ ms: number; bytes: number }> {
  const { value, ms } = time(() => run.serialize());
  await writeFile(file, value, 'utf8');
  return { ms, bytes: Buffer.byteLength(value) };
}

/** Reads, parses and loads; the JSON text goes out of scope on return, as it would in the app. */
async function loadFromCache(run: EngineRun, file: string): Promise<{ jsonParseMs: number; loadMs: number }> {
  const json = await readFile(file, 'utf8');
  const jsonParseMs = time(() => run.parse(json)).ms;
  return { jsonParseMs, loadMs: jsonParseMs + time(() => run.load()).ms };
}

export async function benchEngine(
  name: EngineName,
  bulletins: Bulletin[],
  ctx: {
    archiveDir: string;
    cacheDir: string;
    /** A scratch folder for the app's own runs (user data, the bundled worker). */
    workDir: string;
    readParseMs: number;
    parseBulletin: ParseBulletin;
  },
  opts: BenchOptions,
): Promise<EngineResult> {
  const result: EngineResult = {};
  const run = await createEngineRun(name, bulletins);
  forceGc();
  log(`${name}: building`);
  result.buildMs = time(() => run.build()).ms;
  result.firstLoadMs = ctx.readParseMs + result.buildMs;
  const cacheFile = path.join(ctx.cacheDir, `index-${name}.json`);
  const saved = await serializeToCache(run, cacheFile);
  result.serializeMs = saved.ms;
  result.sizeBytes = saved.bytes;
  run.dropBuilt();
  // Neither the built engine nor any JSON text is left on the heap here, so the growth is what loading keeps.
  const before = memoryAfterGc();
  log(`${name}: loading ${formatBytes(result.sizeBytes)}`);
  const loaded = await loadFromCache(run, cacheFile);
  result.jsonParseMs = loaded.jsonParseMs;
  result.loadMs = loaded.loadMs;
  const after = memoryAfterGc();
  result.heapDeltaBytes = after.heapUsed - before.heapUsed;
  result.externalDeltaBytes = after.external - before.external;
  result.rssBytes = after.rss;

  log(`${name}: querying`);
  result.queries = measureQueries((q) => run.search(q), benchQueries(), opts);

  if (run.changeOne) {
    const index = Math.floor(bulletins.length / 2);
    const target = bulletins[index] as Bulletin;
    const full = path.join(ctx.archiveDir, ...target.file.split('/'));
    const original = await readFile(full, 'utf8');
    const addition = `\n\nPray for the new ${CHANGED_WORD} cooperative in Kenya, whose members left bonded labor last week.\n`;
    await writeFile(full, original + addition, 'utf8');
    log(`${name}: one file changed`);
    const t = now();
    const changedText = await readFile(full, 'utf8');
    const changed = ctx.parseBulletin(changedText, { file: target.file, mtimeMs: Date.now() });
    run.changeOne(index, changed);
    const found = run.search({
      category: 'rare word',
      query: { text: CHANGED_WORD },
      lunr: null,
      mini: CHANGED_WORD,
    });
    result.changeOneMs = now() - t;
    result.changeFound = (found ?? 0) > 0;
    await writeFile(full, original, 'utf8');
  } else {
    result.changeOneMs = null;
  }
  run.release();
  forceGc();

  if (opts.cold) {
    log(`${name}: cold start in a new process`);
    result.cold = await coldStart(name, ctx.archiveDir, ctx.cacheDir);
  }
  if (name === 'ours' && opts.app) {
    result.app = {};
    try {
      const userDataDir = path.join(ctx.workDir, 'app-user-data');
      await mkdir(userDataDir, { recursive: true });
      const workerPath = await bundleLoadWorker(ctx.workDir);
      log('ours: the app, first-ever load (library service, bundled load worker)');
      result.app.firstLoad = await appFirstLoad(ctx.archiveDir, userDataDir, workerPath);
      forceGc();
      if (opts.cold) {
        log('ours: the app, start on the cached folder in a new process; then a file saved');
        const target = bulletins[Math.floor(bulletins.length / 2)] as Bulletin;
        result.app.cold = await appColdStart(
          ctx.archiveDir,
          userDataDir,
          workerPath,
          target.file.split('#')[0] as string,
        );
      }
    } catch (error) {
      log(
        `ours: the app run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      result.app.failed = error instanceof Error ? error.message : String(error);
    }
  }
  return result;
}
