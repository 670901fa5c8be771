import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bulletin } from '../../../../shared/model';
import type { CachedFile } from '../../../../electron/core/library/library-cache';
import {
  CACHE_FOLDER,
  CACHE_FORMAT,
  cacheDirFor,
  openLibraryCache,
} from '../../../../electron/core/library/library-cache';
import { removeDirs, tempDir } from './helpers/fake-library';

let userData: string;
const root = '/library/bulletins';

const cachedFile = (file: string): CachedFile => ({
  file,
  size: 120,
  mtimeMs: 1_700_000_000_123.5,
  bulletins: [
    {
      file,
      title: 'IJM Prayer Requests',
      date: '2024-05-06',
      dateSource: 'text',
      scripture: { text: 'Seek justice.', reference: 'Isaiah 1:17' },
      items: [
        {
          region: 'Africa',
          heading: null,
          kind: 'praise',
          text: 'Praise God for a hearing in Kenya.',
          countries: ['Kenya'],
          pseudonyms: [],
        },
      ],
      warnings: [],
    },
  ],
  problems: [],
});

const contents = { files: [cachedFile('a.txt'), cachedFile('b/c.txt')], index: { lunr: 'snapshot' } };

beforeEach(async () => {
  userData = await tempDir('cache');
});
afterEach(async () => {
  await removeDirs(userData);
});

const open = (appVersion = '1.0.0', forRoot = root) =>
  openLibraryCache({ userDataDir: userData, root: forRoot, appVersion });

describe('library cache', () => {
  it('gives back exactly what was written, in one folder per library', async () => {
    await open().write(contents);
    expect(await open().read()).toEqual(contents);
    expect((await readdir(cacheDirFor(userData, root))).sort()).toEqual(['bulletins.json', 'index.json']);
    expect(await open('1.0.0', '/other').read()).toBeNull();
  });

  it('has nothing for a folder never cached', async () => {
    expect(await open().read()).toBeNull();
  });

  it.each([
    ['garbage', () => 'garbage'],
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['an empty file', () => ''],
    ['another cache format', (text: string) => text.replace(`"format":${CACHE_FORMAT}`, '"format":99')],
    ['a bulletin of the wrong shape', (text: string) => text.replace('"kind":"praise"', '"kind":"cheer"')],
  ])('discards %s silently and removes it', async (_label, damage) => {
    await open().write(contents);
    const file = path.join(cacheDirFor(userData, root), 'bulletins.json');
    await writeFile(file, damage(await readFile(file, 'utf8')));
    expect(await open().read()).toBeNull();
    expect(await readdir(cacheDirFor(userData, root))).toEqual([]);
  });

  it('discards a cache written by another version of the app', async () => {
    await open('1.0.0').write(contents);
    expect(await open('1.1.0').read()).toBeNull();
  });

  it('keeps the bulletins but drops an index that is damaged or belongs to another write', async () => {
    const cache = open();
    await cache.write(contents);
    const dir = cacheDirFor(userData, root);
    const firstIndex = await readFile(path.join(dir, 'index.json'), 'utf8');
    await cache.write({ ...contents, index: { lunr: 'newer' } });
    // As if a crash had left the index of one write next to the bulletins of another.
    await writeFile(path.join(dir, 'index.json'), firstIndex);
    expect(await open().read()).toEqual({ files: contents.files, index: null });

    await writeFile(path.join(dir, 'index.json'), '{"trunc');
    expect(await open().read()).toEqual({ files: contents.files, index: null });
  });

  it('stores a library without an index, and clears', async () => {
    const cache = open();
    await cache.write({ files: contents.files, index: null });
    expect(await cache.read()).toEqual({ files: contents.files, index: null });
    await cache.clear();
    expect(await cache.read()).toBeNull();
  });

  it('keeps the caches of only the few most recent other folders', async () => {
    for (let i = 0; i < 6; i++) await open('1.0.0', `/lib-${i}`).write(contents);
    const left = await readdir(path.join(userData, CACHE_FOLDER));
    expect(left).toHaveLength(4);
    expect(left).toContain(path.basename(cacheDirFor(userData, '/lib-5')));
    expect(await open('1.0.0', '/lib-5').read()).toEqual(contents);
  });

  it('clears temp files an interrupted write left', async () => {
    const dir = cacheDirFor(userData, root);
    await open().write(contents);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'bulletins.json.12345'), '{"half');
    expect(await open().read()).toEqual(contents);
    expect((await readdir(dir)).sort()).toEqual(['bulletins.json', 'index.json']);
  });
});

describe('library cache files', () => {
  it('are plain ASCII, and give back every character of the bulletins, for a folder of any name', async () => {
    const text = 'Praise God for “hope” in Côte d’Ivoire — 祈り… and 🙏 too';
    const file = cachedFile('accents.txt');
    (file.bulletins[0] as Bulletin).items[0]!.text = text;
    (file.bulletins[0] as Bulletin).encoding = 'windows-1252';
    const accented = '/bibliothèque/prières 祈り';
    await open('1.0.0', accented).write({ files: [file], index: { words: 'côte\nnaïve' } });
    const dir = cacheDirFor(userData, accented);
    for (const name of ['bulletins.json', 'index.json']) {
      const bytes = await readFile(path.join(dir, name));
      expect(bytes.every((b) => b < 0x80)).toBe(true);
    }
    expect(await open('1.0.0', accented).read()).toEqual({ files: [file], index: { words: 'côte\nnaïve' } });
  });

  it('refuse a bulletin or file of the wrong shape, whatever field is wrong', async () => {
    const damages: ((b: Record<string, unknown>, f: Record<string, unknown>) => void)[] = [
      (b) => (b.date = 20240506),
      (b) => (b.dateSource = 'guess'),
      (b) => (b.scripture = { text: 'x' }),
      (b) => (b.warnings = [1]),
      (b) => ((b.items as Record<string, unknown>[])[0]!.region = 'Atlantis'),
      (b) => ((b.items as Record<string, unknown>[])[0]!.countries = 'Kenya'),
      (_b, f) => (f.size = -1),
      (_b, f) => (f.problems = [{ file: 'x' }]),
    ];
    for (const damage of damages) {
      const file = structuredClone(cachedFile('a.txt')) as unknown as Record<string, unknown>;
      damage((file.bulletins as Record<string, unknown>[])[0] as Record<string, unknown>, file);
      await open().write({ files: [file as unknown as CachedFile], index: null });
      expect(await open().read()).toBeNull();
    }
  });
});
