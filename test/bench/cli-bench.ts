// A cold `prayer-desk-cli search` (the built bundle, dist-cli/, in a fresh Node process: start, read and
// parse every file, index, answer, print) beside plain Lunr doing the least it can to answer the same query
// over the same files in a fresh process (plain-lunr-search.mjs). Each is timed from spawn to exit,
// alternately, and the median kept: on a shared machine the load shifts between runs. Goal: at most half
// of plain Lunr's time.
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { log } from './bench-engine';
import { now, percentile } from './measure';
import { benchQueries } from './queries';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(root, 'dist-cli', 'prayer-desk-cli.mjs');
const PLAIN_LUNR = path.join(root, 'test', 'bench', 'plain-lunr-search.mjs');

export const CLI_GOAL_RATIO = 0.5;

export interface CliBenchResult {
  skipped?: string;
  query?: string;
  runs?: number;
  /** Median wall time from spawn to exit. */
  cliMs?: number;
  lunrMs?: number;
  cliMinMs?: number;
  lunrMinMs?: number;
  cliHits?: number;
  lunrHits?: number;
}

let built: string | null | undefined;

/** Builds the CLI bundle once per bench run (npm run build does the same); the reason when it fails. */
function buildCli(): string | null {
  if (built !== undefined) return built;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], {
    encoding: 'utf8',
  });
  built = result.status === 0 ? null : `scripts/build-cli.mjs failed: ${result.stderr.trim()}`;
  return built;
}

async function timedRun(args: string[]): Promise<{ ms: number; total: number }> {
  const start = now();
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = now() - start;
  return { ms, total: (JSON.parse(stdout) as { total: number }).total };
}

export async function benchCli(archiveDir: string, runs = 5): Promise<CliBenchResult> {
  const failed = buildCli();
  if (failed) return { skipped: failed };
  const first = benchQueries().find((q) => q.category === 'common word');
  if (!first) return { skipped: 'no common-word query' };
  const query = first.query.text;
  const cli: number[] = [];
  const lunr: number[] = [];
  let cliHits = 0;
  let lunrHits = 0;
  for (let i = 0; i < runs; i++) {
    log(`cold CLI search vs plain Lunr, run ${i + 1} of ${runs}`);
    // --limit 20: a page of results, as a person reading the output would ask for.
    const ours = await timedRun([CLI, 'search', archiveDir, query, '--limit', '20']);
    const theirs = await timedRun([PLAIN_LUNR, archiveDir, query]);
    cli.push(ours.ms);
    lunr.push(theirs.ms);
    cliHits = ours.total;
    lunrHits = theirs.total;
  }
  return {
    query,
    runs,
    cliMs: percentile(cli, 50),
    lunrMs: percentile(lunr, 50),
    cliMinMs: Math.min(...cli),
    lunrMinMs: Math.min(...lunr),
    cliHits,
    lunrHits,
  };
}
