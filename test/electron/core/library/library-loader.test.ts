import { rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryProgress } from '../../../../shared/library-types';
import type { LoadJob } from '../../../../electron/core/library/library-loader';
import { collectBulletins, loadLibrary } from '../../../../electron/core/library/library-loader';
import { fakeBulletin, fakeDeps, removeDirs, tempDir, writeFiles } from './helpers/fake-library';

let root: string;
let userData: string;
let job: LoadJob;

beforeEach(async () => {
  root = await tempDir('lib');
  userData = await tempDir('user');
  job = { root, userDataDir: userData, appVersion: '1.0.0' };
  await writeFiles(root, {
    '2024/a.txt': fakeBulletin('2024-02-01', 'Pray for Kenya'),
    '2024/b.txt': fakeBulletin('2024-01-01', 'Praise for Peru'),
    'undated.txt': fakeBulletin('someday', 'Pray for the team'),
  });
});
afterEach(async () => {
  await removeDirs(root, userData);
});

describe('loadLibrary', () => {
  it('reads every file on a first load, with progress from 0 to all, and builds the index', async () => {
    const { deps, reads } = fakeDeps();
    const progress: LibraryProgress[] = [];
    const outcome = await loadLibrary(job, deps, (p) => progress.push(p));
    expect(reads).toEqual(['2024/a.txt', '2024/b.txt', 'undated.txt']);
    expect(outcome.readCount).toBe(3);
    expect(outcome.changed).toBe(true);
    expect(outcome.files.map((f) => f.file)).toEqual(['2024/a.txt', '2024/b.txt', 'undated.txt']);
    expect(progress[0]).toEqual({ done: 0, total: 3, current: '' });
    expect(progress).toContainEqual({ done: 1, total: 3, current: '2024/b.txt' });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3, current: '' });
    // The index is built over the bulletins in date order, undated last.
    expect(outcome.index).toEqual({ fake: 1, files: ['2024/b.txt', '2024/a.txt', 'undated.txt'] });
  });

  it('reads nothing and reuses the saved index when the folder is unchanged', async () => {
    await loadLibrary(job, fakeDeps().deps, () => undefined);
    const { deps, reads } = fakeDeps();
    const progress: LibraryProgress[] = [];
    const outcome = await loadLibrary(job, deps, (p) => progress.push(p));
    expect(reads).toEqual([]);
    expect(outcome).toMatchObject({ readCount: 0, changed: false });
    expect(outcome.index).toEqual({ fake: 1, files: ['2024/b.txt', '2024/a.txt', 'undated.txt'] });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3, current: '' });
  });

  it('reads again only files whose size or time changed, and new ones', async () => {
    await loadLibrary(job, fakeDeps().deps, () => undefined);
    await writeFile(
      path.join(root, '2024', 'a.txt'),
      fakeBulletin('2024-02-01', 'Pray for Kenya and Uganda'),
    );
    await utimes(path.join(root, 'undated.txt'), new Date('2020-01-01'), new Date('2020-01-01'));
    await writeFiles(root, { 'new.txt': fakeBulletin('2025-01-01', 'Pray for Ghana') });
    const { deps, reads } = fakeDeps();
    const outcome = await loadLibrary(job, deps, () => undefined);
    expect(reads.sort()).toEqual(['2024/a.txt', 'new.txt', 'undated.txt']);
    expect(outcome.changed).toBe(true);
    expect(outcome.index).toEqual({ fake: 1, files: ['2024/b.txt', '2024/a.txt', 'new.txt', 'undated.txt'] });
  });

  it('with results in memory: a touched file is read again but changes nothing; a removed one does', async () => {
    const first = await loadLibrary(job, fakeDeps().deps, () => undefined);
    const later = { ...job, previous: first.files };
    await utimes(path.join(root, 'undated.txt'), new Date('2021-01-01'), new Date('2021-01-01'));
    const touched = await loadLibrary(later, fakeDeps().deps, () => undefined);
    expect(touched).toMatchObject({ readCount: 1, changed: false, index: null });

    await rm(path.join(root, '2024', 'b.txt'));
    const { deps, reads } = fakeDeps();
    const removed = await loadLibrary({ ...job, previous: touched.files }, deps, () => undefined);
    expect(reads).toEqual([]);
    expect(removed.changed).toBe(true);
    expect(removed.index).toEqual({ fake: 1, files: ['2024/a.txt', 'undated.txt'] });
  });

  it('reads a renamed file under its new name only', async () => {
    const first = await loadLibrary(job, fakeDeps().deps, () => undefined);
    await rename(path.join(root, '2024', 'a.txt'), path.join(root, 'renamed.txt'));
    const { deps, reads } = fakeDeps();
    const outcome = await loadLibrary({ ...job, previous: first.files }, deps, () => undefined);
    expect(reads).toEqual(['renamed.txt']);
    expect(outcome.files.map((f) => f.file)).toEqual(['2024/b.txt', 'renamed.txt', 'undated.txt']);
  });

  it('reads a file again when told to (same size and time), and retries failed files on request', async () => {
    await writeFiles(root, { 'broken.txt': 'BROKEN' });
    const first = await loadLibrary(job, fakeDeps().deps, () => undefined);
    expect(first.files.find((f) => f.file === 'broken.txt')?.problems).toHaveLength(1);
    const { deps, reads } = fakeDeps();
    await loadLibrary({ ...job, previous: first.files, reread: ['2024/b.txt'] }, deps, () => undefined);
    expect(reads).toEqual(['2024/b.txt']);
    reads.length = 0;
    await loadLibrary({ ...job, previous: first.files, retryFailed: true }, deps, () => undefined);
    expect(reads).toEqual(['broken.txt']);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const { deps, reads } = fakeDeps();
    const load = loadLibrary(
      job,
      deps,
      (p) => {
        if (p.done === 1) controller.abort();
      },
      controller.signal,
    );
    await expect(load).rejects.toThrow();
    expect(reads.length).toBeLessThan(3);
  });

  it('orders bulletins by date, undated last, then by file', () => {
    const b = (file: string, date: string | null) => ({
      file,
      title: null,
      date,
      dateSource: 'text' as const,
      scripture: null,
      items: [],
      warnings: [],
    });
    const files = [
      {
        file: 'x',
        size: 1,
        mtimeMs: 1,
        problems: [],
        bulletins: [b('z.txt', null), b('y.txt', '2024-01-01')],
      },
      {
        file: 'w',
        size: 1,
        mtimeMs: 1,
        problems: [],
        bulletins: [b('a.txt', null), b('c.txt', '2023-01-01')],
      },
    ];
    expect(collectBulletins(files).map((x) => x.file)).toEqual(['c.txt', 'y.txt', 'a.txt', 'z.txt']);
  });
});
