import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryProgress } from '../../../../shared/library-types';
import {
  listBulletinFiles,
  loadFolder,
  MAX_FILE_BYTES,
  readBulletinFile,
} from '../../../../electron/core/library/scan-folder';

const bulletin = (date: string, country: string) =>
  `IJM Prayer Requests\n\n${date}\n\nPray for the courts in ${country} this week.\n`;

let root: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pd-scan-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'pd-outside-'));
});

afterEach(async () => {
  await chmod(path.join(root, 'locked'), 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('listBulletinFiles', () => {
  it('walks sub-folders, sorts by path, skips hidden files and ignores images silently', async () => {
    await mkdir(path.join(root, '2020'));
    await mkdir(path.join(root, '.git'));
    await writeFile(path.join(root, '2020', 'b.txt'), bulletin('May 3, 2020', 'Kenya'));
    await writeFile(path.join(root, 'a.md'), bulletin('May 1, 2020', 'Peru'));
    await writeFile(path.join(root, '.git', 'config.txt'), 'x');
    await writeFile(path.join(root, '~$draft.txt'), 'x');
    await writeFile(path.join(root, 'photo.jpg'), 'x');
    const { files, problems } = await listBulletinFiles(root);
    expect(files.map((f) => f.file)).toEqual(['2020/b.txt', 'a.md']);
    expect(files[0]).toMatchObject({ size: expect.any(Number), mtimeMs: expect.any(Number) });
    expect(problems).toEqual([]);
  });

  it('follows links to files inside the folder, refuses links outside and dangling links', async () => {
    await writeFile(path.join(root, 'real.txt'), bulletin('May 3, 2020', 'Kenya'));
    await writeFile(path.join(outside, 'secret.txt'), bulletin('May 3, 2020', 'Kenya'));
    await symlink(path.join(root, 'real.txt'), path.join(root, 'alias.txt'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
    await symlink(path.join(root, 'gone.txt'), path.join(root, 'dangling.txt'));
    await symlink(root, path.join(root, 'loop'));
    const { files, problems } = await listBulletinFiles(root);
    expect(files.map((f) => f.file)).toEqual(['alias.txt', 'real.txt']);
    expect(problems).toEqual([
      { file: 'dangling.txt', error: expect.stringMatching(/no longer exists/) },
      { file: 'escape.txt', error: expect.stringMatching(/outside the folder/) },
    ]);
  });

  it('reports a folder it may not open and goes on', async () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to show here
    await mkdir(path.join(root, 'locked'));
    await writeFile(path.join(root, 'ok.txt'), bulletin('May 3, 2020', 'Kenya'));
    await chmod(path.join(root, 'locked'), 0o000);
    const { files, problems } = await listBulletinFiles(root);
    expect(files.map((f) => f.file)).toEqual(['ok.txt']);
    expect(problems).toEqual([{ file: 'locked', error: expect.stringMatching(/permission denied/) }]);
  });
});

describe('readBulletinFile', () => {
  it('reports a file that vanished after listing, naming it', async () => {
    const read = await readBulletinFile(root, { file: 'gone.txt', size: 10, mtimeMs: 0 });
    expect(read).toEqual({
      bulletins: [],
      problems: [{ file: 'gone.txt', error: expect.stringMatching(/disappeared/) }],
    });
  });

  it('skips a file larger than any bulletin without reading it', async () => {
    const read = await readBulletinFile(root, { file: 'huge.txt', size: MAX_FILE_BYTES + 1, mtimeMs: 0 });
    expect(read.problems[0]?.error).toMatch(/too large/);
  });

  it('calls a text file without any request a problem, not a bulletin', async () => {
    await writeFile(path.join(root, 'shopping.txt'), 'IJM Prayer Requests\n');
    const read = await readBulletinFile(root, { file: 'shopping.txt', size: 20, mtimeMs: 0 });
    expect(read.bulletins).toEqual([]);
    expect(read.problems[0]?.error).toMatch(/No prayer requests/);
  });
});

describe('loadFolder', () => {
  it('reports progress for every file, then sorts bulletins by date with undated last', async () => {
    await writeFile(path.join(root, 'c.txt'), bulletin('June 7, 2020', 'Ghana'));
    await writeFile(path.join(root, 'a.txt'), bulletin('June 21, 2020', 'Peru'));
    await writeFile(path.join(root, 'b.txt'), bulletin('June 14, 2020', 'Nepal'));
    const progress: LibraryProgress[] = [];
    const out = await loadFolder(root, { onProgress: (p) => progress.push(p) });
    expect(out.bulletins.map((b) => b.file)).toEqual(['c.txt', 'b.txt', 'a.txt']);
    expect(progress).toEqual([
      { done: 0, total: 3, current: 'a.txt' },
      { done: 1, total: 3, current: 'b.txt' },
      { done: 2, total: 3, current: 'c.txt' },
      { done: 3, total: 3, current: '' },
    ]);
  });
});

describe('reading directly (a worker thread), as through the pool', () => {
  it('lists the same files and problems, links included', async () => {
    await mkdir(path.join(root, '2020'));
    await writeFile(path.join(root, '2020', 'b.txt'), bulletin('May 3, 2020', 'Kenya'));
    await writeFile(path.join(root, 'real.txt'), bulletin('May 10, 2020', 'Peru'));
    await writeFile(path.join(outside, 'secret.txt'), bulletin('May 3, 2020', 'Kenya'));
    await symlink(path.join(root, 'real.txt'), path.join(root, 'alias.txt'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
    await symlink(path.join(root, 'gone.txt'), path.join(root, 'dangling.txt'));
    await writeFile(path.join(root, 'old.doc'), 'x');
    const pooled = await listBulletinFiles(root);
    expect(await listBulletinFiles(root, { direct: true })).toEqual(pooled);
    expect(pooled.files.map((f) => f.file)).toEqual(['2020/b.txt', 'alias.txt', 'real.txt']);
  });

  it('reads the same bulletins and reports the same problems', async () => {
    await mkdir(path.join(root, '2020'));
    await writeFile(path.join(root, '2020', 'b.txt'), bulletin('May 3, 2020', 'Kenya'));
    await writeFile(path.join(root, 'empty.txt'), '');
    await writeFile(path.join(root, 'shopping.txt'), 'IJM Prayer Requests\n');
    await writeFile(path.join(outside, 'secret.txt'), bulletin('May 3, 2020', 'Kenya'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
    await mkdir(path.join(root, 'folder.txt'));
    const entries = ['2020/b.txt', 'empty.txt', 'shopping.txt', 'escape.txt', 'folder.txt', 'gone.txt'].map(
      (file) => ({ file, size: 100, mtimeMs: 0 }),
    );
    for (const entry of entries) {
      const direct = await readBulletinFile(root, entry, { direct: true });
      expect(direct, entry.file).toEqual(await readBulletinFile(root, entry));
    }
    const read = await readBulletinFile(root, entries[0]!, { direct: true });
    expect(read.bulletins[0]?.items[0]?.countries).toEqual(['Kenya']);
  });

  it('notices a file swapped for a link to outside the folder after it was listed', async () => {
    await writeFile(path.join(root, 'week.txt'), bulletin('May 3, 2020', 'Kenya'));
    const [entry] = (await listBulletinFiles(root, { direct: true })).files;
    expect((await readBulletinFile(root, entry!, { direct: true })).bulletins).toHaveLength(1);
    await writeFile(path.join(outside, 'secret.txt'), bulletin('May 3, 2020', 'Peru'));
    await rm(path.join(root, 'week.txt'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'week.txt'));
    const read = await readBulletinFile(root, entry!, { direct: true });
    expect(read).toEqual({
      bulletins: [],
      problems: [{ file: 'week.txt', error: expect.stringMatching(/outside the folder/) }],
    });
  });
});
