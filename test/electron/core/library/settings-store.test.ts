import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_FOLDERS,
  normalizeRecent,
  openSettingsStore,
  SETTINGS_FILE,
} from '../../../../electron/core/library/settings-store';
import { removeDirs, tempDir } from './helpers/fake-library';
import { runCrashChild } from './helpers/run-crash-child';

let userData: string;
let file: string;
const now = () => new Date('2025-03-04T05:06:07.008Z');

beforeEach(async () => {
  userData = await tempDir('settings');
  file = path.join(userData, SETTINGS_FILE);
});
afterEach(async () => {
  await removeDirs(userData);
});

describe('settings store', () => {
  it('starts from defaults with no file and no notice, and writes nothing until something changes', async () => {
    const store = await openSettingsStore(userData);
    expect(store.get()).toEqual({ version: 1, libraryFolder: null, recentFolders: [] });
    expect(store.takeNotice()).toBeNull();
    expect(await readdir(userData)).toEqual([]);
  });

  it('remembers the folder, recent folders most recent first without duplicates, across restarts', async () => {
    const store = await openSettingsStore(userData);
    await store.rememberFolder('/a');
    await store.rememberFolder('/b');
    await store.rememberFolder('/a');
    expect(store.get()).toMatchObject({ libraryFolder: '/a', recentFolders: ['/a', '/b'] });
    await store.update({ windowBounds: { x: 10, y: 20, width: 800, height: 600 } });
    const again = await openSettingsStore(userData);
    expect(again.get()).toEqual({
      version: 1,
      libraryFolder: '/a',
      recentFolders: ['/a', '/b'],
      windowBounds: { x: 10, y: 20, width: 800, height: 600 },
    });
    expect(again.takeNotice()).toBeNull();
    await again.forgetRecentFolder('/b');
    expect(again.get().recentFolders).toEqual(['/a']);
  });

  it(`keeps at most ${MAX_RECENT_FOLDERS} recent folders`, async () => {
    const store = await openSettingsStore(userData);
    for (let i = 0; i < 12; i++) await store.rememberFolder(`/folder-${i}`);
    expect(store.get().recentFolders).toEqual(Array.from({ length: 8 }, (_, i) => `/folder-${11 - i}`));
    expect(normalizeRecent(['/x', '/x/', '/y', '/x/../x'])).toEqual(['/x', '/y']);
  });

  it('saves changes made in quick succession in order: the last one is on disk', async () => {
    const store = await openSettingsStore(userData);
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.rememberFolder(`/f${i}`)));
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ libraryFolder: '/f9' });
  });

  it('refuses an invalid update without changing anything', async () => {
    const store = await openSettingsStore(userData);
    await store.rememberFolder('/a');
    await expect(store.update({ windowBounds: { width: -1, height: 5 } })).rejects.toThrow();
    expect(store.get()).toMatchObject({ libraryFolder: '/a' });
    expect(store.get().windowBounds).toBeUndefined();
  });

  it('forgets only a damaged window position or view, keeping the folder and dropping unknown keys', async () => {
    const saved = {
      version: 1,
      libraryFolder: '/a',
      recentFolders: ['/a'],
      windowBounds: { width: 'wide', height: 600 },
      viewState: { query: 42 },
      fromANewerVersion: true,
    };
    await writeFile(file, JSON.stringify(saved));
    const store = await openSettingsStore(userData);
    expect(store.get()).toEqual({ version: 1, libraryFolder: '/a', recentFolders: ['/a'] });
    expect(store.takeNotice()).toBeNull();
  });

  it.each([
    ['garbage', 'this is not JSON at all'],
    ['a truncated file', '{"version":1,"libraryFolder":"/a","recentFol'],
    ['an empty file', ''],
    ['the wrong shape', '{"version":1,"libraryFolder":42,"recentFolders":"nope"}'],
    ['not an object', '[1,2,3]'],
  ])('keeps %s aside, uses defaults and says so once', async (_label, content) => {
    await writeFile(file, content);
    const store = await openSettingsStore(userData, { now });
    const backup = path.join(userData, 'settings.corrupt-2025-03-04T05-06-07-008Z.json');
    expect(store.get()).toEqual({ version: 1, libraryFolder: null, recentFolders: [] });
    expect(store.takeNotice()).toBe(
      `Your settings file was damaged and has been reset; the old one was kept as ${backup}.`,
    );
    expect(store.takeNotice()).toBeNull();
    expect(await readFile(backup, 'utf8')).toBe(content);
    // The next start finds no damaged file: no second notice.
    const next = await openSettingsStore(userData, { now });
    expect(next.takeNotice()).toBeNull();
    expect(await readdir(userData)).toEqual([path.basename(backup)]);
  });

  it('starts on defaults, with a notice, when the settings file cannot be read at all', async () => {
    await mkdir(file);
    const store = await openSettingsStore(userData);
    expect(store.get()).toEqual({ version: 1, libraryFolder: null, recentFolders: [] });
    expect(store.takeNotice()).toMatch(/could not be read \(EISDIR\); default settings are used\.$/);
    await expect(store.rememberFolder('/a')).rejects.toThrow();
  });

  it('keeps the old settings when the app is killed half-way through saving new ones', async () => {
    const store = await openSettingsStore(userData);
    await store.rememberFolder('/old/folder');
    const before = await readFile(file, 'utf8');

    const result = await runCrashChild('settings', userData);
    expect(result.stderr).toBe('');
    expect(result.signal).toBe('SIGKILL');

    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(userData)).some((name) => /^settings\.json\.\d+$/.test(name))).toBe(true);
    const after = await openSettingsStore(userData);
    expect(after.get()).toMatchObject({ libraryFolder: '/old/folder', recentFolders: ['/old/folder'] });
    expect(after.takeNotice()).toBeNull();
    // The interrupted write's temp file is cleared on the next start.
    expect(await readdir(userData)).toEqual([SETTINGS_FILE]);
  });
});
