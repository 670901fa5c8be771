// The library service on temporary folders, with a small fake parser and search engine (see helpers):
// loading with progress, the start-up cache, folder switching, watching, settings and path confinement.
// library-service.e2e.test.ts runs the same service with the real parser, Lunr and the worker thread.
import {
  mkdir,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFolder } from '../../../helpers/folder-snapshot';
import { cacheDirFor } from '../../../../electron/core/library/library-cache';
import { createInProcessLoader } from '../../../../electron/core/library/library-loader';
import type {
  LibraryService,
  LibraryServiceOptions,
} from '../../../../electron/core/library/library-service';
import { createLibraryService } from '../../../../electron/core/library/library-service';
import { SETTINGS_FILE } from '../../../../electron/core/library/settings-store';
import {
  fakeBulletin,
  fakeDeps,
  fakeEngines,
  recordEvents,
  removeDirs,
  tempDir,
  writeFiles,
} from './helpers/fake-library';

let userData: string;
let samples: string;
let library: string;
let outside: string;
const services: LibraryService[] = [];

beforeEach(async () => {
  userData = await tempDir('user');
  samples = await tempDir('samples');
  library = await tempDir('library');
  outside = await tempDir('outside');
  await writeFiles(samples, { 'sample-1.txt': fakeBulletin('2024-03-03', 'Sample prayer for Uganda') });
  await writeFiles(library, {
    '2019/2019-04-27.txt': fakeBulletin(
      '2019-04-27',
      'Pray for the courts in Kenya',
      'Praise God for Guatemala',
    ),
    '2019/2019-05-04.txt': fakeBulletin('2019-05-04', 'Pray for bonded labour survivors'),
    '2020-01-05.txt': fakeBulletin('2020-01-05', 'Pray for the team in Manila'),
  });
});

afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
  await removeDirs(userData, samples, library, outside);
});

/** A service on the fake parser and engine; `reads` lists the files it parsed, `counts` the index work. */
async function start(overrides: Partial<LibraryServiceOptions> = {}) {
  const { deps, reads } = fakeDeps();
  const { engines, counts } = fakeEngines();
  const service = await createLibraryService({
    userDataDir: userData,
    samplesDir: samples,
    appVersion: '1.0.0',
    loader: createInProcessLoader(deps),
    engines,
    watch: false,
    watchDebounceMs: 50,
    ...overrides,
  });
  services.push(service);
  const events = recordEvents(service);
  return { service, events, reads, counts };
}

async function startOnLibrary(overrides: Partial<LibraryServiceOptions> = {}) {
  const first = await start({ watch: false });
  await first.events.next('ready');
  await first.service.openFolder(library);
  await first.service.close();
  return start(overrides);
}

const texts = (service: LibraryService, text: string) =>
  service
    .search({ text })
    .hits.map((h) => `${h.file}: ${h.text}`)
    .sort();

describe('first start', () => {
  it('opens the bundled samples when no folder was chosen, with progress, then ready', async () => {
    const { service, events } = await start();
    expect(service.getState()).toMatchObject({ folder: samples, isSample: true, status: 'loading' });
    const ready = await events.next('ready');
    expect(ready.state).toEqual({
      folder: samples,
      isSample: true,
      status: 'ready',
      progress: null,
      bulletinCount: 1,
      problems: [],
      recentFolders: [],
      notice: null,
    });
    const progress = events.events.filter((e) => e.type === 'progress').map((e) => e.progress);
    expect(progress.at(-1)).toEqual({ done: 1, total: 1, current: '' });
    expect(texts(service, 'uganda')).toEqual(['sample-1.txt: Sample prayer for Uganda']);
  });
});

describe('opening a folder', () => {
  it('loads it with progress events, remembers it and lists, finds and returns its bulletins', async () => {
    const { service, events, reads } = await start();
    await events.next('ready');
    const state = await service.openFolder(library);
    expect(state).toMatchObject({
      folder: library,
      isSample: false,
      status: 'ready',
      progress: null,
      bulletinCount: 3,
      problems: [],
      recentFolders: [library],
    });
    expect(reads).toEqual(['sample-1.txt', '2019/2019-04-27.txt', '2019/2019-05-04.txt', '2020-01-05.txt']);
    const progress = events.events.filter((e) => e.type === 'progress').map((e) => e.progress);
    expect(progress).toContainEqual({ done: 0, total: 3, current: '2019/2019-04-27.txt' });
    expect(progress).toContainEqual({ done: 2, total: 3, current: '2020-01-05.txt' });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3, current: '' });
    expect((await events.next('ready')).state.folder).toBe(library);

    expect(service.listBulletins()).toEqual([
      {
        file: '2019/2019-04-27.txt',
        title: null,
        date: '2019-04-27',
        dateSource: 'text',
        scriptureReference: null,
        regionCounts: { Other: 2 },
        itemCount: 2,
        organisation: 'Unknown',
      },
      expect.objectContaining({ file: '2019/2019-05-04.txt', itemCount: 1 }),
      expect.objectContaining({ file: '2020-01-05.txt', date: '2020-01-05' }),
    ]);
    expect(texts(service, 'kenya')).toEqual(['2019/2019-04-27.txt: Pray for the courts in Kenya']);
    expect(service.getBulletin('2020-01-05.txt')?.items[0]?.text).toBe('Pray for the team in Manila');
    expect(service.getBulletin('nope.txt')).toBeNull();

    // Remembered: the next start opens it, not the samples.
    await service.close();
    const again = await start();
    const ready = await again.events.next('ready');
    expect(ready.state).toMatchObject({
      folder: library,
      isSample: false,
      bulletinCount: 3,
      recentFolders: [library],
    });
  });

  it('refuses a folder that does not exist or is a file, and keeps the open one', async () => {
    const { service, events } = await start();
    await events.next('ready');
    await expect(service.openFolder(path.join(library, 'missing'))).rejects.toThrow(/cannot be found/);
    await expect(service.openFolder(path.join(library, '2020-01-05.txt'))).rejects.toThrow(/not a folder/);
    expect(service.getState()).toMatchObject({
      folder: samples,
      isSample: true,
      status: 'ready',
      bulletinCount: 1,
    });
  });

  it('keeps recent folders most recent first, without duplicates', async () => {
    const { service, events } = await start();
    await events.next('ready');
    await service.openFolder(library);
    await service.openFolder(outside);
    const state = await service.openFolder(library);
    expect(state.recentFolders).toEqual([library, outside]);
  });

  it('cancels a load that is still running when another folder is opened', async () => {
    const { service, events } = await start();
    const first = service.openFolder(library);
    const second = service.openFolder(samples);
    const [a, b] = await Promise.all([first, second]);
    expect(b).toMatchObject({ folder: samples, status: 'ready', bulletinCount: 1 });
    expect(a.folder).toBe(samples);
    expect(service.getState().folder).toBe(samples);
    expect(events.events.filter((e) => e.type === 'ready').at(-1)).toMatchObject({
      state: { folder: samples },
    });
  });

  it('shows a remembered folder that has gone missing as a problem, and recovers on reload', async () => {
    const first = await start();
    await first.events.next('ready');
    await first.service.openFolder(library);
    await first.service.close();
    const moved = `${library}-moved`;
    await rename(library, moved);
    try {
      const { service, events } = await start();
      const error = await events.next('error');
      expect(error.message).toMatch(/could not be read: it cannot be found/);
      const ready = await events.next('ready');
      expect(ready.state).toMatchObject({ folder: library, status: 'ready', bulletinCount: 0 });
      expect(ready.state.problems).toEqual([{ file: '', error: error.message }]);
      await rename(moved, library);
      expect(await service.reload()).toMatchObject({ bulletinCount: 3, problems: [] });
    } finally {
      await rename(moved, library).catch(() => undefined);
    }
  });
});

describe('the start-up cache', () => {
  it('serves a second start with an unchanged folder without parsing or indexing anything', async () => {
    const { events, reads, counts } = await startOnLibrary();
    const ready = await events.next('ready');
    expect(ready.state).toMatchObject({ folder: library, bulletinCount: 3, problems: [] });
    expect(reads).toEqual([]);
    expect(counts).toEqual({ created: 0, loaded: 1, refused: 0 });
  });

  it.each([
    ['garbage', () => 'garbage'],
    ['a truncated file', (text: string) => text.slice(0, text.length - 40)],
    ['another version', (text: string) => text.replace('"appVersion":"1.0.0"', '"appVersion":"0.9.0"')],
  ])('rebuilds a cache holding %s silently: no error, no prompt, same library', async (_label, damage) => {
    const first = await start();
    await first.events.next('ready');
    await first.service.openFolder(library);
    await first.service.close();
    const file = path.join(cacheDirFor(userData, library), 'bulletins.json');
    await writeFile(file, damage(await readFile(file, 'utf8')));

    const { service, events, reads, counts } = await start();
    const ready = await events.next('ready');
    expect(ready.state).toMatchObject({
      folder: library,
      status: 'ready',
      bulletinCount: 3,
      problems: [],
      notice: null,
    });
    expect(events.events.filter((e) => e.type === 'error')).toEqual([]);
    expect(reads).toHaveLength(3);
    expect(counts.refused).toBe(0);
    expect(texts(service, 'manila')).toEqual(['2020-01-05.txt: Pray for the team in Manila']);
    // …and the rebuilt cache serves the start after that.
    await service.close();
    const third = await start();
    await third.events.next('ready');
    expect(third.reads).toEqual([]);
  });

  it('rebuilds an index snapshot the engine cannot load, in place, and saves it', async () => {
    const first = await start();
    await first.events.next('ready');
    await first.service.openFolder(library);
    await first.service.close();
    const file = path.join(cacheDirFor(userData, library), 'index.json');
    // A snapshot this engine refuses (as after an engine upgrade that kept the cache format).
    const saved = JSON.parse(await readFile(file, 'utf8')) as { snapshot: { files: string[] } };
    saved.snapshot.files = ['other.txt'];
    await writeFile(file, JSON.stringify(saved));

    const { service, events, reads, counts } = await start();
    await events.next('ready');
    expect(reads).toEqual([]);
    expect(counts).toMatchObject({ refused: 1, created: 1 });
    expect(texts(service, 'kenya')).toHaveLength(1);
    await service.close();
    const third = await start();
    await third.events.next('ready');
    expect(third.counts).toEqual({ created: 0, loaded: 1, refused: 0 });
  });

  it('reads only the changed file on reload', async () => {
    const { service, events, reads } = await startOnLibrary();
    await events.next('ready');
    await writeFile(path.join(library, '2020-01-05.txt'), fakeBulletin('2020-01-05', 'Pray for Cebu'));
    const state = await service.reload();
    expect(state).toMatchObject({ status: 'ready', bulletinCount: 3 });
    expect(reads).toEqual(['2020-01-05.txt']);
    expect(texts(service, 'cebu')).toEqual(['2020-01-05.txt: Pray for Cebu']);
  });
});

describe('settings', () => {
  it('tells the user once when the settings file was damaged, and starts on the samples', async () => {
    await writeFile(path.join(userData, SETTINGS_FILE), '{"libraryFolder": "/x", "recentFol');
    const { service, events } = await start();
    const ready = await events.next('ready');
    expect(ready.state.isSample).toBe(true);
    expect(ready.state.notice).toMatch(
      /^Your settings file was damaged and has been reset; the old one was kept as .*settings\.corrupt-.*\.json\.$/,
    );
    expect((await readdir(userData)).filter((n) => n.startsWith('settings.corrupt-'))).toHaveLength(1);
    await service.close();
    const again = await start();
    expect((await again.events.next('ready')).state.notice).toBeNull();
  });
});

describe('resolveFile', () => {
  beforeEach(async () => {
    await writeFile(path.join(outside, 'secret.txt'), 'secret');
    await symlink(path.join(outside, 'secret.txt'), path.join(library, 'escape.txt'));
    await symlink(outside, path.join(library, 'escape-dir'));
    await symlink(path.join(library, '2020-01-05.txt'), path.join(library, 'alias.txt'));
    await mkdir(path.join(library, 'empty'));
  });

  it('resolves files inside the library folder to their real path', async () => {
    const { service, events } = await startOnLibrary();
    await events.next('ready');
    const real = await realpath(library);
    expect(await service.resolveFile('2019/2019-04-27.txt')).toBe(path.join(real, '2019', '2019-04-27.txt'));
    expect(await service.resolveFile('alias.txt')).toBe(path.join(real, '2020-01-05.txt'));
  });

  it.each([
    ['a parent folder', '../secret.txt'],
    ['a deeper climb', '2019/../../secret.txt'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows drive', 'C:\\Windows\\win.ini'],
    ['backslashes', '..\\secret.txt'],
    ['a UNC path', '\\\\server\\share\\x.txt'],
    ['a NUL byte', '2020-01-05.txt\0.png'],
    ['a link to a file outside', 'escape.txt'],
    ['a path through a link to a folder outside', 'escape-dir/secret.txt'],
    ['a missing file', 'missing.txt'],
    ['a folder', 'empty'],
    ['the folder itself', '.'],
    ['an empty path', ''],
    ['a device name', 'CON'],
  ])('refuses %s', async (_label, file) => {
    const { service, events } = await startOnLibrary();
    await events.next('ready');
    await expect(service.resolveFile(file)).rejects.toThrow();
  });
});

describe('watching the folder', () => {
  it('keeps up with files added, changed, renamed and removed, re-reading only those', async () => {
    const { service, events, reads } = await startOnLibrary({ watch: true });
    await events.next('ready');
    expect(reads).toEqual([]);

    await writeFile(path.join(library, '2021-02-07.txt'), fakeBulletin('2021-02-07', 'Pray for Rwanda'));
    let changed = await events.next('changed', (e) => e.state.bulletinCount === 4);
    expect(changed.state.status).toBe('ready');
    expect(texts(service, 'rwanda')).toEqual(['2021-02-07.txt: Pray for Rwanda']);
    expect(reads).toEqual(['2021-02-07.txt']);

    reads.length = 0;
    await writeFile(
      path.join(library, '2019', '2019-05-04.txt'),
      fakeBulletin('2019-05-04', 'Pray for Nepal'),
    );
    await events.next('changed', () => texts(service, 'nepal').length === 1);
    expect(texts(service, 'bonded')).toEqual([]);
    expect(reads).toEqual(['2019/2019-05-04.txt']);

    reads.length = 0;
    await mkdir(path.join(library, '2021'));
    await rename(path.join(library, '2021-02-07.txt'), path.join(library, '2021', 'x.txt'));
    changed = await events.next('changed', () => service.getBulletin('2021/x.txt') !== null);
    expect(service.getBulletin('2021-02-07.txt')).toBeNull();
    expect(changed.state.bulletinCount).toBe(4);
    expect(texts(service, 'rwanda')).toEqual(['2021/x.txt: Pray for Rwanda']);
    expect(reads).toEqual(['2021/x.txt']);

    reads.length = 0;
    await rm(path.join(library, '2020-01-05.txt'));
    changed = await events.next('changed', (e) => e.state.bulletinCount === 3);
    expect(texts(service, 'manila')).toEqual([]);
    expect(reads).toEqual([]);
    expect(service.listBulletins().map((b) => b.file)).toEqual([
      '2019/2019-04-27.txt',
      '2019/2019-05-04.txt',
      '2021/x.txt',
    ]);
  });

  it('notices a file rewritten with the same size and time', async () => {
    const { service, events } = await startOnLibrary({ watch: true });
    await events.next('ready');
    const file = path.join(library, '2020-01-05.txt');
    const before = await stat(file);
    await writeFile(file, fakeBulletin('2020-01-05', 'Pray for the team in Davao'));
    await utimes(file, before.atime, before.mtime);
    await events.next('changed', () => texts(service, 'davao').length === 1);
    expect(texts(service, 'manila')).toEqual([]);
  });

  it('turns a burst of changes into few updates', async () => {
    const { service, events, reads } = await startOnLibrary({ watch: true, watchDebounceMs: 400 });
    await events.next('ready');
    const burst: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      burst[`burst/${String(i).padStart(2, '0')}.txt`] = fakeBulletin('2022-01-01', `Item ${i}`);
    await writeFiles(library, burst);
    await events.next('changed', (e) => e.state.bulletinCount === 23);
    expect(events.events.filter((e) => e.type === 'changed').length).toBeLessThan(5);
    expect(reads).toHaveLength(20);
    expect(service.getState().bulletinCount).toBe(23);
  });

  it('does not watch the bundled samples', async () => {
    const { service, events, reads } = await start({ watch: true });
    await events.next('ready');
    await writeFile(path.join(samples, 'sample-2.txt'), fakeBulletin('2024-04-04', 'Another sample'));
    // Nothing to wait for: a reload proves the file is readable, and no 'changed' came before it.
    await service.reload();
    expect(events.events.filter((e) => e.type === 'changed')).toEqual([]);
    expect(reads).toEqual(['sample-1.txt', 'sample-2.txt']);
  });
});

describe('the library folder is read-only to the app', () => {
  it('has the same bytes and times after loading, caching, watching and reloading', async () => {
    await writeFiles(library, { 'broken.txt': 'BROKEN', 'notes/readme.md': 'not a bulletin' });
    const before = await snapshotFolder(library);
    const { service, events } = await startOnLibrary({ watch: true });
    await events.next('ready');
    service.search({ text: 'kenya' });
    service.listBulletins();
    await service.resolveFile('2020-01-05.txt');
    await service.reload();
    await service.close();
    expect(await snapshotFolder(library)).toEqual(before);
  });
});

describe('a large library (hundreds of bulletins)', () => {
  beforeEach(async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 240; i++) {
      const day = `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      many[`big/${String(i).padStart(3, '0')}.txt`] = fakeBulletin(day, `Pray for district ${i}`);
    }
    await writeFiles(library, many);
  });

  /** A service on the library with 240 more bulletins, whose engines can update in place. */
  async function startLarge(overrides: Partial<LibraryServiceOptions> = {}) {
    const { deps, reads } = fakeDeps();
    const { engines, counts, updates } = fakeEngines({ updatable: true });
    const service = await createLibraryService({
      userDataDir: userData,
      samplesDir: samples,
      appVersion: '1.0.0',
      loader: createInProcessLoader(deps),
      engines,
      watch: false,
      watchDebounceMs: 50,
      ...overrides,
    });
    services.push(service);
    return { service, events: recordEvents(service), reads, counts, updates };
  }

  it('shows its bulletins on a first load before the index is ready, then is ready', async () => {
    const { service, events } = await startLarge();
    await events.next('ready');
    const opening = service.openFolder(library);
    const early = await events.next('changed', (e) => e.state.folder === library);
    expect(early.state).toMatchObject({ status: 'loading', bulletinCount: 243 });
    await opening;
    expect((await events.next('ready', (e) => e.state.folder === library)).state.status).toBe('ready');
  });

  it('answers from the cache at once on the next start, then checks the folder and is ready', async () => {
    const first = await startLarge();
    await first.events.next('ready');
    await first.service.openFolder(library);
    await first.service.close();

    const { service, events, reads, counts } = await startLarge();
    const early = await events.next('changed');
    expect(early.state).toMatchObject({ folder: library, status: 'loading', bulletinCount: 243 });
    expect(service.search({ text: 'district 239' }).total).toBe(1);
    expect(service.listBulletins()).toHaveLength(243);
    await events.next('ready');
    expect(reads).toEqual([]);
    expect(counts).toEqual({ created: 0, loaded: 1, refused: 0 });
  });

  it('updates the engine in place with only what changed, and saves the cache for the next start', async () => {
    const first = await startLarge();
    await first.events.next('ready');
    await first.service.openFolder(library);
    await first.service.close();

    const { service, events, counts, updates } = await startLarge({ cacheSaveDelayMs: 60_000 });
    await events.next('ready');
    await writeFile(
      path.join(library, 'big', '007.txt'),
      fakeBulletin('2020-08-08', 'Pray for the ferry crew'),
    );
    await rm(path.join(library, 'big', '008.txt'));
    const state = await service.reload();
    expect(state.bulletinCount).toBe(242);
    expect(updates).toEqual([{ changed: ['big/007.txt'], removed: ['big/008.txt'] }]);
    expect(counts.created).toBe(0);
    expect(texts(service, 'ferry')).toEqual(['big/007.txt: Pray for the ferry crew']);
    // Saved on closing (the save waits for things to be quiet): the next start reads nothing.
    await service.close();
    const again = await startLarge();
    await again.events.next('ready');
    expect(again.reads).toEqual([]);
    expect(texts(again.service, 'ferry')).toEqual(['big/007.txt: Pray for the ferry crew']);
  });
});
