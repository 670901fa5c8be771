// Prints the benchmark's results: per size a cost table and a query table, then the issue-7 targets and how
// each figure grows with size.
import os from 'node:os';
import type { BenchOptions, EngineResult, SizeResult } from './bench-types';
import type { CliBenchResult } from './cli-bench';
import { CLI_GOAL_RATIO } from './cli-bench';
import { gcAvailable } from './measure';
import { CATEGORIES } from './queries';
import { formatBytes, formatCount, formatMs, formatQueryMs, formatRatio, table } from './report';

function sum(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a + b;
}

/** Other work on the machine skews every figure: print it so readers can judge. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

export function machineLine(): string {
  const cpus = os.cpus();
  return (
    `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ` +
    `${os.platform()} ${os.arch()}, Node ${process.version}; gc ${gcAvailable() ? 'forced before memory readings' : 'NOT available'}; ` +
    `load average ${loadAverage()}`
  );
}

export function printSize(size: number, r: SizeResult, opts: BenchOptions): void {
  const out: string[] = [];
  out.push('');
  out.push(
    `=== ${formatCount(size)} bulletins: ${formatCount(r.items)} items, ${formatBytes(r.textBytes)} of text, ` +
      `seed ${opts.seed}, load average ${loadAverage()} ===`,
  );
  out.push(`generate + write archive              ${formatMs(r.generateMs)}`);
  out.push(
    `read + parse (fs + parseBulletin)     ${formatMs(r.readParseMs)}  (read ${formatMs(r.readMs)}, ` +
      `parse ${formatMs(r.parseMs)}; ${formatCount(r.files)} files, ${r.emptyFiles} without items)`,
  );
  out.push(
    `loadFolder (the app's reading path)   ${formatMs(r.loadFolderMs)}` +
      (r.loadFolderBulletins === null ? '' : `  (${formatCount(r.loadFolderBulletins)} bulletins)`),
  );
  out.push(
    `parser vs generator                   item counts agree for ${(r.itemCountAgreement * 100).toFixed(1)}% of ` +
      `bulletins, dates for ${(r.dateAgreement * 100).toFixed(1)}% of dated ones`,
  );
  if (r.storyBuild) {
    out.push(
      `stories: longest main-thread task      ${formatMs(r.storyBuild.longestTaskMs)}  (processor time in it ` +
        `${formatMs(r.storyBuild.longestTaskCpuMs)}; built in ${formatMs(r.storyBuild.buildMs)} in slices, ` +
        `${formatCount(r.storyBuild.asserted)} asserted and ${formatCount(r.storyBuild.possible)} possible pairs)`,
    );
  }
  out.push('');

  const names = opts.engines;
  const header = ['', ...names.flatMap((n) => (n === 'ours' ? ['ours'] : [n, 'ours/' + n]))];
  const ours = r.engines.ours;
  const row = (
    label: string,
    pick: (e: EngineResult) => number | null | undefined,
    format: (v: number | null | undefined) => string,
  ): string[] => [
    label,
    ...names.flatMap((n) => {
      const e = r.engines[n];
      const cell = !e ? '—' : e.skipped ? 'skipped' : format(pick(e));
      if (n === 'ours') return [cell];
      const mine = ours && !ours.skipped ? pick(ours) : null;
      return [cell, e && !e.skipped ? formatRatio(mine, pick(e)) : ''];
    }),
  ];
  const rows: string[][] = [
    row('index build', (e) => e.buildMs, formatMs),
    row('serialize (JSON.stringify)', (e) => e.serializeMs, formatMs),
    row('serialized size', (e) => e.sizeBytes, formatBytes),
    row('load (JSON.parse + load)', (e) => e.loadMs, formatMs),
    row('  of which JSON.parse', (e) => e.jsonParseMs, formatMs),
    row('heap + external growth from load', (e) => sum(e.heapDeltaBytes, e.externalDeltaBytes), formatBytes),
    row('RSS after load (this process)', (e) => e.rssBytes, formatBytes),
    row('first load: read+parse+build', (e) => e.firstLoadMs, formatMs),
    row(
      '1 file changed → searchable',
      (e) => (e.changeOneMs === null ? e.buildMs : e.changeOneMs),
      (v) => formatMs(v),
    ),
    row('cold start → first answer', (e) => e.cold?.workMs, formatMs),
    row('  stat folder', (e) => e.cold?.statMs, formatMs),
    row('  read cache', (e) => e.cold?.readCacheMs, formatMs),
    row('  load', (e) => e.cold?.loadMs, formatMs),
    row('  first query', (e) => e.cold?.firstQueryMs, formatMs),
    row('  not counted: engine code import', (e) => e.cold?.importMs, formatMs),
    row('  from process start (boot + all)', (e) => e.cold?.sinceProcessStartMs, formatMs),
    row('RSS after load (new process)', (e) => e.cold?.rss, formatBytes),
    row('heap + external (new process)', (e) => sum(e.cold?.heapUsed, e.cold?.external), formatBytes),
  ];
  out.push(table(header, rows));
  const notes: string[] = [];
  for (const n of names) {
    const e = r.engines[n];
    if (e?.skipped) notes.push(`${n} skipped: ${e.skipped}`);
    if (e && !e.skipped && e.changeOneMs === null)
      notes.push(`${n}: immutable index, a change is a full rebuild (shown: build time)`);
    if (e?.changeFound === false)
      notes.push(`${n}: the changed file's new word was NOT found after the change`);
  }
  if (ours && !ours.skipped)
    notes.push('ours: 1 file changed = read + parse that file + make it searchable + a query');
  notes.push(
    'cold start: a new process stats every file, reads bulletins + index JSON, loads, answers one query',
  );
  out.push(...notes.map((n) => `  note: ${n}`));
  out.push('');
  if (r.cli) out.push(...cliLines(r.cli), '');
  const app = ours?.app;
  if (app) {
    out.push(
      table(
        ['the app (library service, bundled load worker)', 'ours'],
        [
          ['first-ever load → timeline shown (newest weeks first)', formatMs(app.firstLoad?.timelineMs)],
          ['first-ever load → whole timeline shown', formatMs(app.firstLoad?.timelineCompleteMs)],
          ['  processor time until then, all threads', formatMs(app.firstLoad?.timelineCpuMs)],
          [
            '  cores free just before (2 busy threads got)',
            app.firstLoad ? app.firstLoad.coresFree.toFixed(2) : '—',
          ],
          ['first-ever load → all searchable (ready)', formatMs(app.firstLoad?.readyMs)],
          ['start, folder unchanged → first answer', formatMs(app.cold?.firstAnswerMs)],
          ['start → folder checked against the cache (ready)', formatMs(app.cold?.readyMs)],
          ['file saved → searchable (watcher, its quiet time incl.)', formatMs(app.cold?.watcherChangeMs)],
          ['Reload Library after 1 change → searchable', formatMs(app.cold?.reloadChangeMs)],
          ['RSS right after start (load worker still there)', formatBytes(app.cold?.rss)],
          ['RSS after load, at rest (load worker ended)', formatBytes(app.cold?.restRss)],
          ['RSS after 2 changes and the cache saved', formatBytes(app.cold?.afterChangesRss)],
          ['  not counted: code import before the clock', formatMs(app.cold?.importMs)],
        ],
      ),
    );
    if (app.failed) out.push(`  note: the app run failed: ${app.failed}`);
    out.push(
      '  note: a start answers from the cache, then checks the folder (stat of every file) in the worker; ' +
        'the watcher waits for ~450 ms of quiet (150 ms write-finish + 300 ms debounce) before updating',
    );
    out.push('');
  }

  const qHeader = [
    'query p50 / p95 ms',
    ...names.flatMap((n) => (n === 'ours' ? ['ours', 'hits'] : [n, 'hits', 'p95 ratio'])),
  ];
  const qRows = CATEGORIES.map((category) => [
    category,
    ...names.flatMap((n) => {
      const e = r.engines[n];
      const s = e?.queries?.[category];
      const cell =
        !e || e.skipped ? 'skipped' : s ? `${formatQueryMs(s.p50)} / ${formatQueryMs(s.p95)}` : 'n/a';
      const hits = s ? formatCount(Math.round(s.hits)) : '';
      if (n === 'ours') return [cell, hits];
      const mine = ours?.queries?.[category]?.p95;
      return [cell, hits, s ? formatRatio(mine, s.p95) : ''];
    }),
  ]);
  out.push(table(qHeader, qRows));
  const counts = names
    .map((n) => {
      const qs = r.engines[n]?.queries;
      if (!qs) return null;
      const ns = Object.values(qs).flatMap((s) => (s ? [s.n] : []));
      return `${n} ${Math.min(...ns)}–${Math.max(...ns)}`;
    })
    .filter((x) => x !== null);
  out.push(
    `  note: warm, same process; queries per category: ${counts.join(', ')}. Ours includes snippets and match ` +
      'ranges for the first page of hits; Lunr and MiniSearch return ids and scores only, filters applied to ' +
      'their results. Lunr queries use its syntax (traff*, Phillipines~2, +bonded +labor).',
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

const TARGETS: Record<
  number,
  { start: number; firstLoad: number; p95: number; change: number; rss: number }
> = {
  1000: { start: 200, firstLoad: 2000, p95: 3, change: 300, rss: 150e6 },
  10000: { start: 1000, firstLoad: 20000, p95: 20, change: 1000, rss: 400e6 },
};

export function printTargets(results: Map<number, SizeResult>): void {
  const rows: string[][] = [];
  for (const [size, r] of results) {
    const target = TARGETS[size];
    const ours = r.engines.ours;
    if (!target || !ours || ours.skipped) continue;
    const worstP95 = Math.max(...Object.values(ours.queries ?? {}).flatMap((s) => (s ? [s.p95] : [])));
    const check = (value: number | null | undefined, limit: number): string =>
      value === null || value === undefined ? '?' : value <= limit ? 'ok' : 'MISSED';
    const at = formatCount(size);
    const app = ours.app;
    const startMs = app?.cold?.firstAnswerMs ?? ours.cold?.workMs;
    rows.push([
      `${at}: start, unchanged folder → first answer`,
      `≤ ${formatMs(target.start)}`,
      formatMs(startMs),
      check(startMs, target.start),
    ]);
    const firstLoadMs = app?.firstLoad?.readyMs ?? ours.firstLoadMs;
    rows.push([
      `${at}: first-ever load → all searchable`,
      `≤ ${formatMs(target.firstLoad)}`,
      formatMs(firstLoadMs),
      check(firstLoadMs, target.firstLoad),
    ]);
    if (size === 10000) {
      const timelineMs = app?.firstLoad ? app.firstLoad.timelineCompleteMs : r.readParseMs;
      rows.push([
        `${at}: timeline visible (every bulletin parsed)`,
        `≤ ${formatMs(3000)}`,
        formatMs(timelineMs),
        check(timelineMs, 3000),
      ]);
      if (app?.firstLoad) {
        rows.push([
          `${at}:   timeline first shown (newest weeks, filling in)`,
          `≤ ${formatMs(3000)}`,
          formatMs(app.firstLoad.timelineMs),
          check(app.firstLoad.timelineMs, 3000),
        ]);
      }
    }
    rows.push([
      `${at}: query p95 incl. snippets (worst category)`,
      `≤ ${formatMs(target.p95)}`,
      formatMs(worstP95),
      check(worstP95, target.p95),
    ]);
    rows.push([
      `${at}: 1 file changed → searchable`,
      `≤ ${formatMs(target.change)}`,
      formatMs(ours.changeOneMs),
      check(ours.changeOneMs, target.change),
    ]);
    if (app?.cold) {
      rows.push([
        `${at}:   same, app: Reload Library`,
        `≤ ${formatMs(target.change)}`,
        formatMs(app.cold.reloadChangeMs),
        check(app.cold.reloadChangeMs, target.change),
      ]);
      rows.push([
        `${at}:   same, app: watcher (incl. its ~450 ms quiet time)`,
        '',
        formatMs(app.cold.watcherChangeMs),
        '',
      ]);
    }
    const rss = app?.cold?.restRss ?? ours.cold?.rss;
    rows.push([
      `${at}: RSS after load (new process, at rest)`,
      `≤ ${formatBytes(target.rss)}`,
      formatBytes(rss),
      check(rss, target.rss),
    ]);
  }
  for (const [size, r] of results) {
    const cli = r.cli;
    if (!cli || cli.skipped || cli.cliMs === undefined || cli.lunrMs === undefined) continue;
    const ratio = cli.cliMs / cli.lunrMs;
    rows.push([
      `${formatCount(size)}: cold CLI search / plain Lunr read+index+answer`,
      `≤ ${CLI_GOAL_RATIO.toFixed(2)}×`,
      formatRatio(cli.cliMs, cli.lunrMs),
      ratio <= CLI_GOAL_RATIO ? 'ok' : 'MISSED',
    ]);
  }
  if (rows.length === 0) return;
  process.stdout.write(`\n${table(['issue 7 targets (ours)', 'target', 'measured', ''], rows)}\n`);
  process.stdout.write(
    "  note: with the app run (default), start, first load, timeline and RSS are the library service's own " +
      'paths (see "the app" above; RSS at rest = once the load worker has ended, 5 s after its last job); ' +
      '1 file changed = read + parse that file + SearchEngine.update + a query. Start excludes Node boot ' +
      'and code import (the app is bundled, as here); Electron boot is not measured\n',
  );
}

/** The cold CLI search beside plain Lunr (cli-bench.ts). */
function cliLines(cli: CliBenchResult): string[] {
  if (cli.skipped) return [`cold CLI search                        skipped: ${cli.skipped}`];
  return [
    `cold CLI search (dist-cli bundle)      ${formatMs(cli.cliMs)}  (fastest ${formatMs(cli.cliMinMs)}; ` +
      `${formatCount(cli.cliHits ?? 0)} requests found)`,
    `plain Lunr: read + index + answer      ${formatMs(cli.lunrMs)}  (fastest ${formatMs(cli.lunrMinMs)}; ` +
      `${formatCount(cli.lunrHits ?? 0)} paragraphs found)`,
    `cold CLI / plain Lunr                  ${formatRatio(cli.cliMs, cli.lunrMs)}  (goal ≤ ${CLI_GOAL_RATIO.toFixed(2)}×)`,
    `  note: each a new Node process from spawn to exit, median of ${cli.runs} alternating runs, query ` +
      `"${cli.query}"; the CLI parses bulletins into requests, Lunr indexes paragraphs as they are`,
  ];
}

export function printGrowth(results: Map<number, SizeResult>, opts: BenchOptions): void {
  const sizes = [...results.keys()];
  if (sizes.length < 2) return;
  const metrics: [
    string,
    (r: SizeResult, e: EngineResult) => number | null | undefined,
    (v: number | null | undefined) => string,
  ][] = [
    ['read + parse', (r) => r.readParseMs, formatMs],
    ['index build', (_, e) => e.buildMs, formatMs],
    ['serialized size', (_, e) => e.sizeBytes, formatBytes],
    ['load', (_, e) => e.loadMs, formatMs],
    ['heap + external growth from load', (_, e) => sum(e.heapDeltaBytes, e.externalDeltaBytes), formatBytes],
    ['1 file changed', (_, e) => e.changeOneMs ?? e.buildMs, formatMs],
    ['cold start → first answer', (_, e) => e.cold?.workMs, formatMs],
    ['RSS after load (new process)', (_, e) => e.cold?.rss, formatBytes],
    ['app: first load → timeline shown', (_, e) => e.app?.firstLoad?.timelineMs, formatMs],
    ['app: first load → whole timeline', (_, e) => e.app?.firstLoad?.timelineCompleteMs, formatMs],
    ['app: first load → ready', (_, e) => e.app?.firstLoad?.readyMs, formatMs],
    ['app: start → first answer', (_, e) => e.app?.cold?.firstAnswerMs, formatMs],
    ['app: start → ready', (_, e) => e.app?.cold?.readyMs, formatMs],
    ['app: Reload after 1 change', (_, e) => e.app?.cold?.reloadChangeMs, formatMs],
    ['app: RSS right after start', (_, e) => e.app?.cold?.rss, formatBytes],
    ['app: RSS after load, at rest', (_, e) => e.app?.cold?.restRss, formatBytes],
    ...CATEGORIES.map(
      (c) =>
        [`p95 ${c}`, (_: SizeResult, e: EngineResult) => e.queries?.[c]?.p95, formatMs] as [
          string,
          (r: SizeResult, e: EngineResult) => number | null | undefined,
          (v: number | null | undefined) => string,
        ],
    ),
  ];
  for (const name of opts.engines) {
    const rows = metrics.flatMap(([label, pick, format]) => {
      const values = sizes.map((s) => {
        const r = results.get(s) as SizeResult;
        const e = r.engines[name];
        return e && !e.skipped ? pick(r, e) : undefined;
      });
      const growth = values.slice(1).map((v, i) => {
        const prev = values[i];
        return typeof v === 'number' && typeof prev === 'number' && prev > 0
          ? `×${(v / prev).toFixed(1)}`
          : '';
      });
      // Rows an engine has no figure for (the app's, for the reference engines) are left out.
      if (values.every((v) => v === undefined || v === null)) return [];
      return [[label, ...values.map((v) => format(v)), ...growth]];
    });
    const header = [
      `growth: ${name}`,
      ...sizes.map(formatCount),
      ...sizes.slice(1).map((s, i) => `${formatCount(sizes[i] as number)}→${formatCount(s)}`),
    ];
    process.stdout.write(`\n${table(header, rows)}\n`);
  }
}
