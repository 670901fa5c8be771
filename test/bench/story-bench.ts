// Stories at archive scale: how long the threads take to build in the main process's background, and the
// longest single task the main thread runs meanwhile (searches and the window wait at most that long).
// Measured as the longest gap between turns of the event loop while the story service builds.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Bulletin } from '../../shared/model';

export interface StoryBuildResult {
  /** From the first request for marks to the 'stories' change that says they are known. */
  buildMs: number;
  /** Longest gap between two turns of the event loop during the build (wall clock). */
  longestTaskMs: number;
  /** The processor time the process spent in that longest gap (less than the wall clock on a busy machine). */
  longestTaskCpuMs: number;
  /** Opening the first story after the build (its "possibly related" index is made then). */
  firstThreadMs: number;
  threads: number;
  asserted: number;
  possible: number;
}

export async function measureStoryBuild(bulletins: readonly Bulletin[]): Promise<StoryBuildResult> {
  const { createStoryService } = await import('../../electron/core/stories/story-service');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'prayer-desk-stories-bench-'));
  try {
    const service = await createStoryService({ bulletins: () => bulletins, userDataDir });
    const known = new Promise<void>((resolve) => service.onChange(() => resolve()));
    let longest = 0;
    let longestCpu = 0;
    let building = true;
    const started = performance.now();
    let last = started;
    let lastCpu = process.cpuUsage();
    const tick = (): void => {
      const now = performance.now();
      const cpu = process.cpuUsage(lastCpu);
      if (now - last > longest) {
        longest = now - last;
        longestCpu = (cpu.user + cpu.system) / 1000;
      }
      last = now;
      lastCpu = process.cpuUsage();
      if (building) setImmediate(tick);
    };
    service.marksOf(bulletins[0]?.file ?? '');
    last = performance.now();
    lastCpu = process.cpuUsage();
    setImmediate(tick);
    await known;
    building = false;
    const buildMs = performance.now() - started;
    const first = bulletins.find((b) => b.items.length > 0);
    const opened = performance.now();
    const thread = first ? service.thread(`${first.file}#0`) : null;
    const firstThreadMs = performance.now() - opened;
    const { prepareThreads } = await import('../../electron/core/stories/thread-index');
    const base = prepareThreads(bulletins);
    return {
      buildMs,
      longestTaskMs: longest,
      longestTaskCpuMs: longestCpu,
      firstThreadMs,
      threads: thread === null ? 0 : 1,
      asserted: base.pairs.length,
      possible: base.possiblePairs.length,
    };
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
}

// `npx tsx test/bench/story-bench.ts 10000`: this measurement alone, on a generated archive parsed in memory.
if (process.argv[1]?.endsWith('story-bench.ts')) {
  const count = Number(process.argv[2] ?? 10_000);
  void (async () => {
    const { generateBulletin } = await import('./generate-archive');
    const { parseBulletin } = await import('../../electron/core/parse/parse-bulletin');
    const bulletins = Array.from({ length: count }, (_, index) => {
      const { file, text } = generateBulletin(index);
      return parseBulletin(text, { file, mtimeMs: 0 });
    });
    const result = await measureStoryBuild(bulletins);
    process.stdout.write(`${count} bulletins: ${JSON.stringify(result)}\n`);
  })();
}
