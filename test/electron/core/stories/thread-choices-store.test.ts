import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CHOICES } from '../../../../electron/core/stories/thread-choices';
import type { ThreadChoices } from '../../../../electron/core/stories/thread-choices';
import {
  createThreadChoicesStore,
  threadChoicesFile,
  THREAD_CHOICES_VERSION,
} from '../../../../electron/core/stories/thread-choices-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'prayer-desk-threads-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const choices: ThreadChoices = {
  links: [['2024/a.txt#0', '2024/b.txt#2']],
  unlinks: [['2024/a.txt#0', '2025/gone.txt#1']],
  confirmed: [['2024/a.txt#0', '2024/b.txt#2']],
};

describe('the thread choices store', () => {
  it('starts empty when there is no file yet', async () => {
    const store = createThreadChoicesStore({ file: threadChoicesFile(dir) });
    expect(store.file).toBe(path.join(dir, 'threads.json'));
    await expect(store.load()).resolves.toEqual({ choices: EMPTY_CHOICES, problem: null });
  });

  it('saves into userData (creating the folder) and reads back, choices for missing files included', async () => {
    const file = threadChoicesFile(path.join(dir, 'user-data'));
    await createThreadChoicesStore({ file }).save(choices);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: THREAD_CHOICES_VERSION, choices });
    await expect(createThreadChoicesStore({ file }).load()).resolves.toEqual({ choices, problem: null });
    // Written through a temp file and renamed: nothing else is left beside it.
    expect(await readdir(path.dirname(file))).toEqual(['threads.json']);
  });

  it('sets a damaged file aside, says so in plain words, and starts over', async () => {
    const file = threadChoicesFile(dir);
    await writeFile(file, '{"version":1,"choices":{"links":[["a#0"');
    const store = createThreadChoicesStore({ file, now: () => new Date('2025-02-03T04:05:06.789Z') });
    const read = await store.load();
    expect(read.choices).toEqual(EMPTY_CHOICES);
    expect(read.problem).toMatch(
      /thread choices were damaged.*kept as .*threads\.corrupt-2025-02-03T04-05-06-789Z\.json/,
    );
    expect((await readdir(dir)).sort()).toEqual(['threads.corrupt-2025-02-03T04-05-06-789Z.json']);
    await store.save(choices);
    await expect(store.load()).resolves.toEqual({ choices, problem: null });
  });

  it('treats a file of the wrong shape as damaged', async () => {
    const file = threadChoicesFile(dir);
    await writeFile(file, JSON.stringify({ version: 1, choices: { links: 'all of them' } }));
    const read = await createThreadChoicesStore({ file }).load();
    expect(read.choices).toEqual(EMPTY_CHOICES);
    expect(read.problem).toMatch(/damaged/);
  });

  it('clears the temp file an interrupted save left behind', async () => {
    const file = threadChoicesFile(dir);
    await createThreadChoicesStore({ file }).save(choices);
    await writeFile(`${file}.12345`, '{"half":');
    await expect(createThreadChoicesStore({ file }).load()).resolves.toEqual({ choices, problem: null });
    expect(await readdir(dir)).toEqual(['threads.json']);
  });

  it('refuses a save it cannot make with a plain-words message', async () => {
    // A file where the data folder should be: the folder cannot be made.
    const blocked = path.join(dir, 'blocked');
    await writeFile(blocked, 'not a folder');
    const store = createThreadChoicesStore({ file: threadChoicesFile(blocked) });
    await expect(store.save(choices)).rejects.toThrow(/^Your thread choice could not be saved \(/);
  });
});
