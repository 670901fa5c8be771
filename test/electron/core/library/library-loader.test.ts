import { rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryProgress } from '../../../../shared/library-types';
import type { LoadJob } from '../../../../electron/core/library/library-loader';
import {
  PARALLEL_FROM,
  collectBulletins,
  dateInPath,
  loadLibrary,
  stampsOf,
} from '../../../../electron/core/library/library-loader';
import { statBulletinFile } from '../../../../electron/core/library/stat-bulletin-file';
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

describe('loadLibrary against what the caller holds (known)', () => {
  it('hands back only the files new or changed, and names those gone; no index, no cache', async () => {
    const first = await loadLibrary(job, fakeDeps().deps, () => undefined);
    const known = stampsOf(first.files);
    await writeFile(
      path.join(root, '2024', 'a.txt'),
      fakeBulletin('2024-02-01', 'Pray for Kenya and Uganda'),
    );
    await rm(path.join(root, 'undated.txt'));
    await writeFiles(root, { 'new.txt': fakeBulletin('2025-01-01', 'Pray for Ghana') });
    const { deps, reads } = fakeDeps();
    const outcome = await loadLibrary({ ...job, known }, deps, () => undefined);
    expect(reads.sort()).toEqual(['2024/a.txt', 'new.txt']);
    expect(outcome.files.map((f) => f.file).sort()).toEqual(['2024/a.txt', 'new.txt']);
    expect(outcome.delta).toEqual({ removed: ['undated.txt'], listed: true });
    expect(outcome).toMatchObject({ index: null, readCount: 2, changed: true });
  });

  it('reads nothing when nothing changed, and retries files that gave no bulletin on request', async () => {
    await writeFiles(root, { 'broken.txt': 'BROKEN' });
    const first = await loadLibrary(job, fakeDeps().deps, () => undefined);
    const { deps, reads } = fakeDeps();
    const same = await loadLibrary({ ...job, known: stampsOf(first.files) }, deps, () => undefined);
    expect(same).toMatchObject({ files: [], readCount: 0, changed: false, delta: { removed: [] } });
    await loadLibrary({ ...job, known: stampsOf(first.files), retryFailed: true }, deps, () => undefined);
    expect(reads).toEqual(['broken.txt']);
  });

  it('looks only at the files the watcher saw when it can tell them apart, and lists the folder when not', async () => {
    const first = await loadLibrary(job, fakeDeps().deps, () => undefined);
    const known = stampsOf(first.files);
    const { deps, reads } = fakeDeps();
    let listings = 0;
    const counted = {
      ...deps,
      listBulletinFiles: (r: string) => {
        listings++;
        return deps.listBulletinFiles(r);
      },
      statBulletinFile,
    };
    await writeFile(
      path.join(root, '2024', 'b.txt'),
      fakeBulletin('2024-01-01', 'Praise for Peru and Chile'),
    );
    const one = await loadLibrary({ ...job, known, only: ['2024/b.txt'] }, counted, () => undefined);
    expect(listings).toBe(0);
    expect(reads).toEqual(['2024/b.txt']);
    expect(one.delta).toEqual({ removed: [], listed: false });

    await rm(path.join(root, 'undated.txt'));
    const gone = await loadLibrary({ ...job, known, only: ['undated.txt'] }, counted, () => undefined);
    expect(listings).toBe(0);
    expect(gone.delta?.removed).toEqual(['undated.txt']);

    // A folder (or a path that is not a known file) needs the listing.
    await writeFiles(root, { 'more/c.txt': fakeBulletin('2025-02-02', 'Pray for Peru') });
    const folder = await loadLibrary({ ...job, known, only: ['more'] }, counted, () => undefined);
    expect(listings).toBe(1);
    expect(folder.files.map((f) => f.file)).toContain('more/c.txt');
    expect(folder.delta?.listed).toBe(true);
  });
});

describe('loadLibrary on many files', () => {
  it('reads as many at once as the reader takes, and gives the same files as one at a time', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < PARALLEL_FROM + 20; i++) {
      many[`many/${String(i).padStart(3, '0')}.txt`] = fakeBulletin('2023-03-03', `Pray for village ${i}`);
    }
    await writeFiles(root, many);
    const one = await loadLibrary(job, fakeDeps().deps, () => undefined);
    await rm(path.join(userData, 'library-cache'), { recursive: true, force: true });

    const { deps } = fakeDeps();
    const read = deps.readBulletinFile;
    let inFlight = 0;
    let most = 0;
    deps.readBulletinFile = async (dir, entry) => {
      most = Math.max(most, ++inFlight);
      try {
        return await read(dir, entry);
      } finally {
        inFlight--;
      }
    };
    deps.readLanes = 3;
    const progress: LibraryProgress[] = [];
    const timeline: string[][] = [];
    const outcome = await loadLibrary(job, deps, (p) => progress.push(p), undefined, {
      onFiles: (files) => timeline.push(files.map((f) => f.file)),
    });
    expect(outcome.files).toEqual(one.files);
    expect(most).toBe(3);
    expect(timeline).toEqual([one.files.map((f) => f.file)]);
    expect(progress.at(-1)).toEqual({ done: one.files.length, total: one.files.length, current: '' });
    expect(progress.every((p, i) => i === 0 || p.done >= (progress[i - 1] as LibraryProgress).done)).toBe(
      true,
    );
  });
});

describe('readers and hand-overs on a large load', () => {
  const writeMany = async (count: number) => {
    const many: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      many[`many/${String(i).padStart(3, '0')}.txt`] = fakeBulletin('2023-03-03', `Pray for village ${i}`);
    }
    await writeFiles(root, many);
  };

  it('gets the readers ready while the folder is listed on a first load, once', async () => {
    await writeMany(PARALLEL_FROM + 5);
    const { deps } = fakeDeps();
    const events: string[] = [];
    const listed = deps.listBulletinFiles;
    deps.listBulletinFiles = async (dir) => {
      events.push('listing');
      const out = await listed(dir);
      events.push('listed');
      return out;
    };
    deps.warmUp = () => events.push('warm-up');
    await loadLibrary(job, deps, () => undefined);
    expect(events).toEqual(['warm-up', 'listing', 'listed']);
  });

  it('does not warm the readers up when the cache already holds the folder', async () => {
    await writeMany(PARALLEL_FROM + 5);
    await loadLibrary(job, fakeDeps().deps, () => undefined);
    await writeFiles(root, { 'new.txt': fakeBulletin('2025-01-01', 'Pray for Ghana') });
    const { deps, reads } = fakeDeps();
    let started = 0;
    deps.warmUp = () => started++;
    await loadLibrary(job, deps, () => undefined);
    expect(reads).toEqual(['new.txt']);
    expect(started).toBe(0);
  });

  it('keeps one read in flight when the reader takes one at a time', async () => {
    await writeMany(PARALLEL_FROM + 5);
    const { deps } = fakeDeps();
    const read = deps.readBulletinFile;
    let inFlight = 0;
    let most = 0;
    deps.readBulletinFile = async (dir, entry) => {
      most = Math.max(most, ++inFlight);
      try {
        return await read(dir, entry);
      } finally {
        inFlight--;
      }
    };
    deps.readLanes = 1;
    await loadLibrary(job, deps, () => undefined);
    expect(most).toBe(1);
  });

  it('hands over the files read so far as often as asked, each file once in the end', async () => {
    await writeMany(PARALLEL_FROM + 5);
    const { deps } = fakeDeps();
    const handedOver: number[] = [];
    const outcome = await loadLibrary(
      job,
      deps,
      () => undefined,
      undefined,
      { onSomeFiles: (files) => handedOver.push(files.length) },
      { handOverEveryMs: 0 },
    );
    // Every file read hands over all read so far: the counts grow by one.
    expect(handedOver.length).toBeGreaterThan(PARALLEL_FROM);
    expect(handedOver.every((n, i) => i === 0 || n === handedOver[i - 1]! + 1)).toBe(true);
    expect(handedOver.at(-1)).toBeLessThanOrEqual(outcome.files.length);
  });
});

describe('a first load of many files', () => {
  it('reads the newest first, as far as their names tell, so the top of the timeline fills first', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < PARALLEL_FROM + 10; i++) {
      const day = `${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`;
      many[`weeks/${String(i).padStart(3, '0')} ${day}.txt`] = fakeBulletin(day, `Pray for town ${i}`);
    }
    await writeFiles(root, many);
    const { deps, reads } = fakeDeps();
    await loadLibrary(job, deps, () => undefined);
    const dates = reads.map(dateInPath).filter((d) => d.length === 10);
    expect(dates.slice(0, 5)).toEqual([...dates].sort().reverse().slice(0, 5));
  });

  it('finds dates in paths the way archives name them', () => {
    expect(dateInPath('2019/2019-04-27 IJM Prayer Requests.txt')).toBe('2019-04-27');
    expect(dateInPath('2011/IJM Prayer Request 20110810.txt')).toBe('2011-08-10');
    expect(dateInPath('2011/2011_07_20 prayer requests.txt')).toBe('2011-07-20');
    expect(dateInPath('archive-2/2015/IJM Prayer Requests (241).txt')).toBe('2015');
    expect(dateInPath('notes/prayer-requests-959.txt')).toBe('');
    expect(dateInPath('scan 20231399.txt')).toBe('');
  });
});
