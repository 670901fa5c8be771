// `npm run bench`: generates realistic archives, then measures reading, parsing, index build, serialized size,
// load, memory, a one-file change, a cold start in a fresh process and query latencies for our engine, with
// plain Lunr and MiniSearch on the same items as reference points. Prints tables, then one JSON summary line.
//
//   npm run bench -- [--sizes 1000,10000] [--only ours|lunr|minisearch] [--seed N] [--queries 300]
//                    [--budget-s 10] [--refs-max 20000] [--no-cold] [--no-app] [--no-cli] [--keep]
//                    [--mailbox-mb 2048]   (a generated mbox of that many MB, read as the app reads it; 0: none)
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Bulletin } from '../../shared/model';
import type { ParseBulletin } from './bench-engine';
import { benchEngine, log } from './bench-engine';
import type { BenchOptions, SizeResult } from './bench-types';
import { ENGINE_NAMES } from './engines';
import { DEFAULT_SEED, generateBulletin } from './generate-archive';
import { forceGc, now, timeAsync } from './measure';
import { machineLine, printGrowth, printSize, printTargets } from './print-results';
import { formatCount } from './report';
import { benchMailbox, printMailbox } from './mailbox-bench';

function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      only: { type: 'string', multiple: true },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      queries: { type: 'string', default: '300' },
      'budget-s': { type: 'string', default: '10' },
      'refs-max': { type: 'string', default: '20000' },
      'no-cold': { type: 'boolean', default: false },
      'no-app': { type: 'boolean', default: false },
      'no-cli': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'mailbox-mb': { type: 'string', default: '2048' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'npm run bench -- [--sizes 1000,10000] [--only ours|lunr|minisearch]... [--seed N] [--queries 300]\n' +
        '                 [--budget-s 10] [--refs-max 20000] [--no-cold] [--no-app] [--no-cli] [--keep]\n' +
        '                 [--mailbox-mb 2048]\n',
    );
    process.exit(0);
  }
  const positive = (text: string, name: string): number => {
    const n = Number(text.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`--${name} must be a positive whole number, got ${text}`);
    return n;
  };
  const engines = (values.only ?? [...ENGINE_NAMES]).flatMap((s) => s.split(',')).map((s) => s.trim());
  for (const e of engines) {
    if (!(ENGINE_NAMES as readonly string[]).includes(e))
      throw new Error(`--only must be ours, lunr or minisearch`);
  }
  return {
    sizes: values.sizes.split(',').map((s) => positive(s.trim(), 'sizes')),
    engines: ENGINE_NAMES.filter((e) => engines.includes(e)),
    seed: positive(values.seed, 'seed'),
    queriesPerCategory: positive(values.queries, 'queries'),
    budgetMs: positive(values['budget-s'], 'budget-s') * 1000,
    refsMax: positive(values['refs-max'], 'refs-max'),
    cold: !values['no-cold'],
    app: !values['no-app'],
    keep: values.keep,
    cli: !values['no-cli'],
    mailboxMb: values['mailbox-mb'] === '0' ? 0 : positive(values['mailbox-mb'], 'mailbox-mb'),
  };
}

async function listFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, child)));
    else out.push(child);
  }
  return out.sort();
}

/** Generates and writes the archive, keeping what the generator meant so the parser can be checked. */
async function writeBenchArchive(
  dir: string,
  count: number,
  seed: number,
): Promise<{ facts: Map<string, { items: number; date: string | null }>; bytes: number }> {
  const facts = new Map<string, { items: number; date: string | null }>();
  const made = new Set<string>();
  let bytes = 0;
  let pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const b = generateBulletin(i, { seed });
    facts.set(b.file, {
      items: b.facts.items.length,
      date: b.facts.dateIn === 'nowhere' ? null : b.facts.date,
    });
    bytes += Buffer.byteLength(b.text);
    const target = path.join(dir, ...b.file.split('/'));
    if (!made.has(path.dirname(target))) {
      await mkdir(path.dirname(target), { recursive: true });
      made.add(path.dirname(target));
    }
    pending.push(writeFile(target, b.text, 'utf8'));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return { facts, bytes };
}

async function readAndParse(
  root: string,
  parseBulletin: ParseBulletin,
): Promise<{ bulletins: Bulletin[]; files: number; readMs: number; parseMs: number; empty: number }> {
  const decoder = new TextDecoder('utf-8');
  const files = await listFiles(root);
  const bulletins: Bulletin[] = [];
  let readMs = 0;
  let parseMs = 0;
  let empty = 0;
  for (const file of files) {
    let t = now();
    const full = path.join(root, ...file.split('/'));
    const [bytes, info] = await Promise.all([readFile(full), stat(full)]);
    const text = decoder.decode(bytes);
    readMs += now() - t;
    t = now();
    const bulletin = parseBulletin(text, { file, mtimeMs: info.mtimeMs });
    parseMs += now() - t;
    if (bulletin.items.length > 0) bulletins.push(bulletin);
    else empty++;
  }
  return { bulletins, files: files.length, readMs, parseMs, empty };
}
async function benchSize(
  count: number,
  opts: BenchOptions,
  parseBulletin: ParseBulletin,
): Promise<SizeResult> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'prayer-desk-bench-'));
  if (!opts.keep) liveTempDirs.add(tmp);
  const archiveDir = path.join(tmp, 'archive');
  const cacheDir = path.join(tmp, 'cache');
  await mkdir(cacheDir);
  try {
    log(`${formatCount(count)} bulletins: generating into ${archiveDir}`);
    const generated = await timeAsync(() => writeBenchArchive(archiveDir, count, opts.seed));
    forceGc();
    log('reading and parsing');
    const read = await readAndParse(archiveDir, parseBulletin);
    const { bulletins } = read;
    let agreeItems = 0;
    let agreeDate = 0;
    let items = 0;
    for (const b of bulletins) {
      items += b.items.length;
      const fact = generated.value.facts.get(b.file);
      if (fact?.items === b.items.length) agreeItems++;
      if (fact && fact.date !== null && fact.date === b.date) agreeDate++;
    }
    const datedFacts = [...generated.value.facts.values()].filter((f) => f.date !== null).length;

    let loadFolderMs: number | null = null;
    let loadFolderBulletins: number | null = null;
    try {
      const { loadFolder } = await import('../../electron/core/library/scan-folder');
      forceGc();
      log('loadFolder (the app’s own reading path)');
      const loaded = await timeAsync(() => loadFolder(archiveDir));
      loadFolderMs = loaded.ms;
      loadFolderBulletins = loaded.value.bulletins.length;
    } catch (error) {
      log(`loadFolder unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }

    let storyBuild: SizeResult['storyBuild'] = null;
    try {
      const { measureStoryBuild } = await import('./story-bench');
      forceGc();
      log('stories: building the threads in the background, timing the main thread');
      storyBuild = await measureStoryBuild(bulletins);
    } catch (error) {
      log(`stories unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }

    await writeFile(path.join(cacheDir, 'bulletins.json'), JSON.stringify(bulletins), 'utf8');
    const readParseMs = read.readMs + read.parseMs;
    const result: SizeResult = {
      bulletins: bulletins.length,
      files: read.files,
      items,
      textBytes: generated.value.bytes,
      generateMs: generated.ms,
      readMs: read.readMs,
      parseMs: read.parseMs,
      readParseMs,
      loadFolderMs,
      loadFolderBulletins,
      emptyFiles: read.empty,
      itemCountAgreement: bulletins.length ? agreeItems / bulletins.length : 0,
      dateAgreement: datedFacts ? agreeDate / datedFacts : 0,
      engines: {},
      storyBuild,
    };
    for (const name of opts.engines) {
      if (name !== 'ours' && count > opts.refsMax) {
        result.engines[name] = { skipped: `above --refs-max ${formatCount(opts.refsMax)}` };
        continue;
      }
      try {
        result.engines[name] = await benchEngine(
          name,
          bulletins,
          { archiveDir, cacheDir, workDir: tmp, readParseMs, parseBulletin },
          opts,
        );
      } catch (error) {
        log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        result.engines[name] = {
          skipped: `failed: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      forceGc();
    }
    // Plain Lunr needs tens of seconds per cold run beyond 1,000 bulletins: the goal is set at 1,000.
    if (opts.cli && count <= 1000) {
      const { benchCli } = await import('./cli-bench');
      result.cli = await benchCli(archiveDir);
    }
    return result;
  } finally {
    if (opts.keep) log(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
    liveTempDirs.delete(tmp);
  }
}
/** Archives being measured: removed even when the bench is interrupted (an archive of 50,000 is 170 MB). */
const liveTempDirs = new Set<string>();

function removeTempDirsAndExit(code: number): never {
  for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}

async function main(): Promise<void> {
  process.once('SIGINT', () => removeTempDirsAndExit(130));
  process.once('SIGTERM', () => removeTempDirsAndExit(143));
  const opts = readOptions();
  const { parseBulletin } = await import('../../electron/core/parse/parse-bulletin');
  process.stdout.write(`Prayer Desk bench — ${machineLine()}\n`);
  process.stdout.write(
    `engines: ${opts.engines.join(', ')}; lunr ${await packageVersion('lunr')}, minisearch ${await packageVersion('minisearch')}\n`,
  );
  const results = new Map<number, SizeResult>();
  for (const size of opts.sizes) {
    const r = await benchSize(size, opts, parseBulletin);
    results.set(size, r);
    printSize(size, r, opts);
  }
  printTargets(results);
  printGrowth(results, opts);
  const mailbox = opts.mailboxMb ? await benchMailbox(opts.mailboxMb, log) : null;
  if (mailbox) printMailbox(mailbox);
  const summary = {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim(),
      memGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
    },
    seed: opts.seed,
    date: new Date().toISOString(),
    sizes: Object.fromEntries(results),
    ...(mailbox ? { mailbox } : {}),
  };
  process.stdout.write(
    `\nBENCH_JSON ${JSON.stringify(summary, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v))}\n`,
  );
}

async function packageVersion(name: string): Promise<string> {
  try {
    const file = fileURLToPath(new URL(`../../node_modules/${name}/package.json`, import.meta.url));
    return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
