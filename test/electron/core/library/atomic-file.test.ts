import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  keepAside,
  readJsonFile,
  readJsonWithRecovery,
  removeStaleTempFiles,
  writeFileAtomic,
  writeJsonAtomic,
} from '../../../../electron/core/library/atomic-file';
import { removeDirs, tempDir } from './helpers/fake-library';
import { runCrashChild } from './helpers/run-crash-child';

let dir: string;
const asObject = (raw: unknown) => {
  if (typeof raw !== 'object' || raw === null) throw new Error('not an object');
  return raw as Record<string, unknown>;
};

beforeEach(async () => {
  dir = await tempDir('atomic');
});
afterEach(async () => {
  await removeDirs(dir);
});

describe('writeFileAtomic / writeJsonAtomic', () => {
  it('creates the folder, writes text, bytes and JSON, and leaves no temp file behind', async () => {
    const file = path.join(dir, 'deep', 'er', 'a.json');
    await writeJsonAtomic(file, { a: 1, s: 'ß “quotes”' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ a: 1, s: 'ß “quotes”' });
    await writeFileAtomic(file, new Uint8Array([123, 125]));
    expect(await readFile(file, 'utf8')).toBe('{}');
    await writeFileAtomic(file, 'plain');
    expect(await readFile(file, 'utf8')).toBe('plain');
    expect(await readdir(path.dirname(file))).toEqual(['a.json']);
  });

  it('keeps every write whole when many overlap: the last one wins', async () => {
    const file = path.join(dir, 'race.json');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => writeJsonAtomic(file, { i, pad: 'y'.repeat(i * 1000) })),
    );
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ i: 19 });
  });

  it('leaves the old file intact when the process is killed half-way through writing the new one', async () => {
    const file = path.join(dir, 'data.json');
    await writeJsonAtomic(file, { version: 1 });
    const result = await runCrashChild('json', file);
    expect(result.stderr).toBe('');
    expect(result.signal).toBe('SIGKILL');
    // The old content survives; the half-written temp file is what the crash left.
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1 });
    const leftovers = (await readdir(dir)).filter((name) => name !== 'data.json');
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(/^data\.json\.\d+$/);
    const partial = await readFile(path.join(dir, leftovers[0]!), 'utf8');
    expect(partial.length).toBeGreaterThan(100_000);
    expect(() => JSON.parse(partial)).toThrow();
    // Reading with recovery clears the leftover and returns the old content.
    const read = await readJsonWithRecovery(file, asObject, { onCorrupt: 'keep-aside' });
    expect(read).toEqual({ value: { version: 1 }, corrupt: null, backup: null });
    expect(await readdir(dir)).toEqual(['data.json']);
  });
});

describe('readJsonFile', () => {
  it('tells missing, corrupt (garbage, truncated, wrong shape) and good files apart', async () => {
    const file = path.join(dir, 'x.json');
    expect(await readJsonFile(file, asObject)).toEqual({ status: 'missing' });
    for (const bad of ['garbage', '{"a": [1, 2', '', '42']) {
      await writeFile(file, bad);
      expect(await readJsonFile(file, asObject)).toMatchObject({ status: 'corrupt' });
    }
    await writeFile(file, '{"a":1}');
    expect(await readJsonFile(file, asObject)).toEqual({ status: 'ok', value: { a: 1 } });
  });
});

describe('readJsonWithRecovery', () => {
  it('keeps a corrupt file aside under a dated name', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{ not json');
    const now = () => new Date('2025-02-03T04:05:06.789Z');
    const read = await readJsonWithRecovery(file, asObject, { onCorrupt: 'keep-aside', now });
    expect(read.value).toBeNull();
    expect(read.corrupt).toMatch(/not valid JSON/);
    expect(read.backup).toBe(path.join(dir, 'settings.corrupt-2025-02-03T04-05-06-789Z.json'));
    expect(await readFile(read.backup!, 'utf8')).toBe('{ not json');
    expect(await readdir(dir)).toEqual(['settings.corrupt-2025-02-03T04-05-06-789Z.json']);
  });

  it('deletes a corrupt file when asked (a cache), and reports nothing for a missing one', async () => {
    const file = path.join(dir, 'cache.json');
    expect(await readJsonWithRecovery(file, asObject, { onCorrupt: 'delete' })).toEqual({
      value: null,
      corrupt: null,
      backup: null,
    });
    await writeFile(file, '[1,2');
    const read = await readJsonWithRecovery(file, asObject, { onCorrupt: 'delete' });
    expect(read).toMatchObject({ value: null, backup: null, corrupt: expect.any(String) });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('keepAside and removeStaleTempFiles', () => {
  it('never overwrites an earlier backup made in the same millisecond', async () => {
    const file = path.join(dir, 's.json');
    const when = new Date('2025-01-01T00:00:00.000Z');
    await writeFile(file, 'one');
    const first = await keepAside(file, when);
    await writeFile(file, 'two');
    const second = await keepAside(file, when);
    expect(second).not.toBe(first);
    expect(await readFile(first, 'utf8')).toBe('one');
    expect(await readFile(second, 'utf8')).toBe('two');
  });

  it('removes only the temp files of that one file', async () => {
    const file = path.join(dir, 's.json');
    for (const name of ['s.json', 's.json.123456', 's.json.9', 's.json.bak', 'other.json.123', 's.jsonx.1']) {
      await writeFile(path.join(dir, name), 'x');
    }
    const removed = await removeStaleTempFiles(file);
    expect(removed.map((p) => path.basename(p)).sort()).toEqual(['s.json.123456', 's.json.9']);
    expect((await readdir(dir)).sort()).toEqual(['other.json.123', 's.json', 's.json.bak', 's.jsonx.1']);
  });
});
