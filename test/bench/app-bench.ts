// The app's own paths, measured as the user meets them (issue 7): the library service with the load
// worker bundled as the app ships it (dist-electron/load-worker.cjs, built here with the same esbuild
// settings), on the generated archive, each in a fresh process as the app's main process would be: a
// first-ever load until the timeline can show and until everything is searchable (first-load-app.ts); then
// a start with the folder unchanged until the first search is answered, and a file saved in the folder
// until it is searchable (cold-start-app.ts).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { log } from './bench-engine';
import { now } from './measure';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COLD_START_APP_SCRIPT = fileURLToPath(new URL('./cold-start-app.ts', import.meta.url));
const FIRST_LOAD_APP_SCRIPT = fileURLToPath(new URL('./first-load-app.ts', import.meta.url));

export interface AppFirstLoad {
  /** From opening the folder to the first bulletins shown (the newest weeks are read first), or null. */
  timelineMs: number | null;
  /** From opening the folder to every bulletin known (the whole timeline), the index still to build. */
  timelineCompleteMs: number | null;
  /** From opening the folder to everything searchable (the 'ready' state). */
  readyMs: number;
  bulletins: number;
  /**
   * Processor time of the whole process (every thread: main, load worker, helpers, V8's own) from opening
   * the folder to the whole timeline shown: what the wall-clock figure costs, whatever else the machine
   * is doing. Null when the whole timeline was never shown before 'ready'.
   */
  timelineCpuMs: number | null;
  /**
   * How many cores two busy threads of this process got just before the load (of os.availableParallelism):
   * on a shared machine, wall-clock figures are only as good as this.
   */
  coresFree: number;
}

export interface AppColdStart {
  /** Importing the service and engine code before the clock starts (bundled in the app). */
  importMs: number;
  /** From creating the service to the first search answered with hits. */
  firstAnswerMs: number | null;
  /** From creating the service to 'ready': the folder checked against the cache. */
  readyMs: number;
  hits: number | null;
  /** Main-process memory after 'ready' (the load worker's thread still there), after a GC. */
  rss: number;
  /** The same a few seconds later, the load worker ended (idle): the app at rest after the load. */
  restRss: number;
  /** After the two changes below and the cache saved: what updates leave behind. */
  afterChangesRss: number;
  heapUsed: number;
  external: number;
  sinceProcessStartMs: number;
  /** A file saved in the folder until its new word is found, through the watcher (its quiet time included). */
  watcherChangeMs: number | null;
  /** The same through "Reload Library": list the folder, read the changed file, update, answer. */
  reloadChangeMs: number | null;
}

export interface AppResult {
  firstLoad?: AppFirstLoad;
  cold?: AppColdStart & { wallMs: number };
  failed?: string;
}

/** Bundles `entry` as scripts/build-electron.mjs bundles the app's entries, into `dir`; returns its path. */
async function bundle(entry: string, dir: string, name: string): Promise<string> {
  const outfile = path.join(dir, name);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
  });
  return outfile;
}

/** The load worker, bundled as the app ships it (dist-electron/load-worker.cjs). */
export function bundleLoadWorker(dir: string): Promise<string> {
  return bundle(path.join(ROOT, 'electron/core/library/load-worker.ts'), dir, 'load-worker.cjs');
}

/**
 * A first-ever load of `archiveDir` through the library service, in a new process (first-load-app.ts), as
 * the app's main process meets it: nothing else in memory (this process holds the parsed archive and the
 * engines measured before, whose garbage collection would weigh on the main thread's share of the load),
 * the service bundled and run by plain Node.
 */
export async function appFirstLoad(
  archiveDir: string,
  userDataDir: string,
  workerPath: string,
): Promise<AppFirstLoad> {
  const script = await bundle(FIRST_LOAD_APP_SCRIPT, path.dirname(workerPath), 'first-load-app.cjs');
  const child = spawn(process.execPath, [script, archiveDir, userDataDir, workerPath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = out.trim().split('\n').pop();
  if (code !== 0 || !line) throw new Error(`the first-load process failed (exit ${code})`);
  return JSON.parse(line) as AppFirstLoad;
}

/** A start on the cache `appFirstLoad` left, in a new process; see cold-start-app.ts. */
export async function appColdStart(
  archiveDir: string,
  userDataDir: string,
  workerPath: string,
  changeFile: string,
): Promise<(AppColdStart & { wallMs: number }) | undefined> {
  // Bundled and run by plain Node, as the app's main process runs: a TypeScript loader would add its own
  // time and tens of megabytes to what is measured.
  const script = await bundle(COLD_START_APP_SCRIPT, path.dirname(workerPath), 'cold-start-app.cjs');
  const started = now();
  const child = spawn(
    process.execPath,
    ['--expose-gc', script, archiveDir, userDataDir, workerPath, changeFile],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = now() - started;
  const line = out.trim().split('\n').pop();
  if (code !== 0 || !line) {
    log(`app cold start failed (exit ${code})`);
    return undefined;
  }
  return { ...(JSON.parse(line) as AppColdStart), wallMs };
}
