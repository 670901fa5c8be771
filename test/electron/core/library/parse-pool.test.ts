// The parse pool (issue 12): files read in child processes that can be stopped. A child that runs past
// the time limit is killed, one that runs out of heap or crashes is gone; the file it was on is named in
// plain words, the files behind it are read by a fresh child, and the pool keeps going.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildExit, ChildPort, SpawnChild } from '../../../../electron/core/library/parse-pool';
import { createParsePool, forkChild } from '../../../../electron/core/library/parse-pool';
import type { FileEntry } from '../../../../electron/core/library/scan-folder';

const HOSTILE = path.join(__dirname, 'helpers/hostile-parse-child.ts');
const REAL = path.join(__dirname, '../../../../electron/core/library/parse-child.ts');

let root: string;
const week = (country: string) =>
  `IJM Prayer Requests\nMarch 3, 2024\n\n${country}\nPray for the survivors in ${country} who begin aftercare this week, and for the social workers who sit with them through every hearing and every long wait in the corridor of the court.\n`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pd-pool-'));
  for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'hang.txt', 'oom.txt', 'crash.txt']) {
    await writeFile(path.join(root, name), week(name.startsWith('a') ? 'Kenya' : 'Uganda'));
  }
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const entry = (file: string): FileEntry => ({ file, size: 300, mtimeMs: 1 });

/** Counts the children started and how each ended. */
function counting(spawn: SpawnChild) {
  const exits: ChildExit[] = [];
  let started = 0;
  const counted: SpawnChild = (options) => {
    started++;
    const port: ChildPort = spawn(options);
    port.onExit((exit) => exits.push(exit));
    return port;
  };
  return { spawn: counted, exits, started: () => started };
}

describe('the parse pool', { timeout: 120_000 }, () => {
  it('reads files in child processes, two children at once', async () => {
    const children = counting(forkChild(REAL));
    const pool = createParsePool({ spawn: children.spawn, concurrency: 2 });
    try {
      const reads = await Promise.all(
        ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((f) => pool.read(root, entry(f))),
      );
      expect(reads.map((r) => r.bulletins[0]?.items[0]?.heading)).toEqual([
        'Kenya',
        'Uganda',
        'Uganda',
        'Uganda',
      ]);
      expect(children.started()).toBe(2);
      expect(pool.lanes).toBe(4);
    } finally {
      pool.close();
    }
  });

  it('names a file that hangs, a file that fills memory and a file that crashes; reads the rest', async () => {
    const children = counting(forkChild(HOSTILE));
    const pool = createParsePool({
      spawn: children.spawn,
      concurrency: 2,
      limitsFor: () => ({ timeMs: 3000, heapMb: 48 }),
    });
    try {
      const names = ['hang.txt', 'a.txt', 'oom.txt', 'b.txt', 'crash.txt', 'c.txt', 'd.txt'];
      const reads = await Promise.all(names.map((f) => pool.read(root, entry(f))));
      const byName = new Map(names.map((name, i) => [name, reads[i]!]));
      expect(byName.get('hang.txt')?.problems).toEqual([
        {
          file: 'hang.txt',
          error: expect.stringMatching(/took too long to read \(more than 3 seconds\)/),
          stopped: 'time',
        },
      ]);
      expect(byName.get('oom.txt')?.problems).toEqual([
        {
          file: 'oom.txt',
          error: expect.stringMatching(/needs more memory than a bulletin can/),
          stopped: 'memory',
        },
      ]);
      expect(byName.get('crash.txt')?.problems).toEqual([
        { file: 'crash.txt', error: expect.stringMatching(/reader stopped unexpectedly/), stopped: 'crash' },
      ]);
      for (const good of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
        expect(byName.get(good)?.problems).toEqual([]);
        expect(byName.get(good)?.bulletins).toHaveLength(1);
      }
      // Each bad file cost a child of its own (three children at least, with two at a time); how many fresh
      // ones were started besides depends on which files were still queued when each bad one stopped.
      expect(
        children.exits.filter((e) => e.signal === 'SIGKILL' || e.outOfMemory || e.code === 3),
      ).toHaveLength(3);
      expect(children.started()).toBeGreaterThanOrEqual(3);
    } finally {
      pool.close();
    }
  });

  it('says so when its reader cannot start at all', async () => {
    const pool = createParsePool({ spawn: forkChild(path.join(root, 'no-such-child.cjs')), concurrency: 1 });
    try {
      const read = await pool.read(root, entry('a.txt'));
      expect(read.problems[0]?.error).toMatch(/could not start its file reader/);
    } finally {
      pool.close();
    }
  });
});
