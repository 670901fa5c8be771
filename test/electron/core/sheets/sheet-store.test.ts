// The saved-sheet store on real temporary folders: create, update, list, duplicate, delete; damaged files
// set aside and reported, never a crash; a sheet keeps its own text whatever happens to the bulletins.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  copyTitle,
  createSheetStore,
  SHEET_FILE_VERSION,
  SheetStoreError,
  sheetsFolder,
} from '../../../../electron/core/sheets/sheet-store';
import type { SheetProblem, SheetStoreOptions } from '../../../../electron/core/sheets/sheet-store';
import { addEntry, createSheet, editEntryText, MAX_TITLE_LENGTH } from '../../../../shared/prayer-sheet';
import type { SheetDraft, SheetEntry } from '../../../../shared/prayer-sheet';

let base: string;
let dir: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'pd-sheets-'));
  dir = sheetsFolder(base);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

function setup(overrides: Partial<SheetStoreOptions> = {}) {
  let tick = 0;
  let nextId = 0;
  const problems: SheetProblem[] = [];
  const store = createSheetStore({
    dir,
    // Each call a second later, so updatedAt orders saves without waiting.
    now: () => new Date(Date.UTC(2026, 10, 24, 9, 0, tick++)),
    newId: () => `sheet-${++nextId}`,
    onProblem: (problem) => problems.push(problem),
    ...overrides,
  });
  return { store, problems };
}

const ENTRY: SheetEntry = {
  id: '2026/2026-11-15.txt#2',
  source: {
    file: '2026/2026-11-15.txt',
    itemIndex: 2,
    date: '2026-11-15',
    region: 'Southeast Asia & Pacific',
    kind: 'prayer',
    countries: ['Philippines'],
    pseudonyms: ['Lira'],
    heading: 'Southeast Asia & Pacific',
  },
  originalText: 'Pray for Lira* as she prepares to testify in Iloilo.',
  text: 'Pray for Lira* as she prepares to testify in Iloilo.',
};

function draft(title = 'Prayer requests — Sunday 29 November 2026'): SheetDraft {
  return addEntry(createSheet({ title, paperSize: 'A4' }), ENTRY);
}

describe('saving and opening', () => {
  it('gives a new sheet its id and times, writes <id>.json atomically, and opens it again', async () => {
    const { store } = setup();
    const saved = await store.save(draft());
    expect(saved).toMatchObject({
      id: 'sheet-1',
      createdAt: '2026-11-24T09:00:00.000Z',
      updatedAt: '2026-11-24T09:00:00.000Z',
      title: 'Prayer requests — Sunday 29 November 2026',
    });
    expect(await readdir(dir)).toEqual(['sheet-1.json']);
    const onDisk = JSON.parse(await readFile(path.join(dir, 'sheet-1.json'), 'utf8'));
    expect(onDisk).toEqual({ version: SHEET_FILE_VERSION, sheet: saved });
    expect(await store.get('sheet-1')).toEqual(saved);
    // A second store (the next start) reads the same.
    expect(await setup().store.get('sheet-1')).toEqual(saved);
  });

  it('updates in place: same id, first createdAt kept, updatedAt moved on', async () => {
    const { store } = setup();
    const first = await store.save(draft());
    const second = await store.save({
      ...editEntryText(first, ENTRY.id, 'Pray for her hearing.'),
      title: 'Advent',
    });
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(await store.get(first.id)).toEqual(second);
    expect(await readdir(dir)).toEqual(['sheet-1.json']);
  });

  it('keeps its own copy of the text, edited and original, with nothing read from the bulletins', async () => {
    const { store } = setup();
    const saved = await store.save(editEntryText(draft(), ENTRY.id, 'Pray for her hearing on Thursday.'));
    // The bulletin folder never existed here: the sheet does not need it.
    const reopened = await setup().store.get(saved.id);
    expect(reopened?.entries[0]).toMatchObject({
      text: 'Pray for her hearing on Thursday.',
      originalText: ENTRY.originalText,
      source: ENTRY.source,
    });
  });

  it('recreates a sheet saved with an id whose file is gone', async () => {
    const { store } = setup();
    const saved = await store.save(draft());
    await store.delete(saved.id);
    const again = await store.save(saved);
    expect(again.id).toBe(saved.id);
    expect(again.createdAt).toBe(saved.createdAt);
    expect(await store.get(saved.id)).toEqual(again);
  });

  it('answers null for a sheet that is not there', async () => {
    const { store } = setup();
    expect(await store.get('never-saved')).toBeNull();
  });

  it('refuses a sheet that does not fit the model, writing nothing', async () => {
    const { store } = setup();
    const bad = { ...draft(), title: 'x'.repeat(MAX_TITLE_LENGTH + 1) };
    await expect(store.save(bad)).rejects.toThrow(SheetStoreError);
    await expect(store.save(bad)).rejects.toThrow(/could not be saved/);
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each(['../settings', 'a/b', '..', 'CON', 'con', 'Sheet-1', ''])(
    'refuses the id %j everywhere',
    async (id) => {
      const { store } = setup();
      await expect(store.get(id)).rejects.toThrow(SheetStoreError);
      await expect(store.delete(id)).rejects.toThrow(SheetStoreError);
      await expect(store.duplicate(id)).rejects.toThrow(SheetStoreError);
      await expect(store.save({ ...draft(), id })).rejects.toThrow(SheetStoreError);
    },
  );

  it('runs overlapping saves of one sheet one after another: the last one wins', async () => {
    const { store } = setup();
    const saved = await store.save(draft());
    const titles = Array.from({ length: 8 }, (_, n) => `Version ${n}`);
    const results = await Promise.all(titles.map((title) => store.save({ ...saved, title })));
    expect(results.map((r) => r.title)).toEqual(titles);
    expect((await store.get(saved.id))?.title).toBe('Version 7');
    expect(await readdir(dir)).toEqual(['sheet-1.json']);
  });

  it('says plainly when the data folder cannot be written', async () => {
    await writeFile(dir, 'a file where the folder should be');
    const { store } = setup();
    await expect(store.save(draft())).rejects.toThrow(
      /The prayer sheet could not be saved \(a file is in the way/,
    );
  });
});

describe('listing', () => {
  it('lists nothing before the first save', async () => {
    expect(await setup().store.list()).toEqual([]);
  });

  it('lists id, title, time and count, most recently changed first', async () => {
    const { store } = setup();
    const a = await store.save(draft('Harvest'));
    const b = await store.save(createSheet({ title: 'Empty one', paperSize: 'Letter' }));
    const a2 = await store.save({ ...a, title: 'Harvest (revised)' });
    expect(await store.list()).toEqual([
      { id: a.id, title: 'Harvest (revised)', updatedAt: a2.updatedAt, entryCount: 1 },
      { id: b.id, title: 'Empty one', updatedAt: b.updatedAt, entryCount: 0 },
    ]);
  });

  it('runs alongside saves without losing either', async () => {
    const { store } = setup();
    const saved = await store.save(draft());
    const [listed] = await Promise.all([store.list(), store.save({ ...saved, title: 'During a list' })]);
    expect(listed).toHaveLength(1);
    expect((await store.get(saved.id))?.title).toBe('During a list');
  });

  it('sets a damaged file aside, reports it once, and lists the rest', async () => {
    const { store, problems } = setup();
    const good = await store.save(draft());
    await writeFile(path.join(dir, 'broken-1.json'), '{"version":1,"sheet":{"title":"cut of');
    await writeFile(path.join(dir, 'wrong-shape.json'), JSON.stringify({ version: 1, sheet: { title: 42 } }));
    const listed = await store.list();
    expect(listed.map((s) => s.id)).toEqual([good.id]);
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem.message).toMatch(
        /damaged and could not be opened\. It was kept as .*\.corrupt-.*\.json/,
      );
      expect(problem.reason).toMatch(/JSON|content/);
      expect(problem.backup).not.toBeNull();
    }
    const names = await readdir(dir);
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
    expect(names).not.toContain('broken-1.json');
    // Set aside: not reported again.
    expect((await store.list()).map((s) => s.id)).toEqual([good.id]);
    expect(problems).toHaveLength(2);
  });

  it('opens a damaged sheet as null, reported, instead of failing', async () => {
    const { store, problems } = setup();
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'sheet-9.json'), 'not json at all');
    expect(await store.get('sheet-9')).toBeNull();
    expect(problems).toHaveLength(1);
  });

  it('skips a file it cannot read at all, reporting it', async () => {
    const { store, problems } = setup();
    const good = await store.save(draft());
    await mkdir(path.join(dir, 'a-folder.json'));
    expect((await store.list()).map((s) => s.id)).toEqual([good.id]);
    expect(problems).toEqual([
      expect.objectContaining({ backup: null, message: expect.stringMatching(/could not be read/) }),
    ]);
    await expect(store.get('a-folder')).rejects.toThrow(SheetStoreError);
  });

  it('reads kindly: unknown keys dropped, a bad layout setting reset, the file name as id', async () => {
    const { store, problems } = setup();
    const saved = await store.save(draft());
    const onDisk = JSON.parse(await readFile(path.join(dir, `${saved.id}.json`), 'utf8'));
    onDisk.sheet.fromTheFuture = true;
    onDisk.sheet.layout.columns = 4;
    await writeFile(path.join(dir, 'copied-by-hand.json'), JSON.stringify(onDisk));
    const copied = await store.get('copied-by-hand');
    expect(copied).toEqual({ ...saved, id: 'copied-by-hand', layout: { ...saved.layout, columns: 1 } });
    expect(problems).toEqual([]);
  });

  it('clears temp files left by a crash, and ignores files that are not sheets', async () => {
    const { store } = setup();
    const saved = await store.save(draft());
    await writeFile(path.join(dir, `${saved.id}.json.12345`), 'half');
    await writeFile(path.join(dir, 'gone.json.777'), 'half of a sheet never finished');
    await writeFile(path.join(dir, 'notes.txt'), 'someone’s note');
    await writeFile(path.join(dir, 'UPPER.json'), '{}');
    expect((await store.list()).map((s) => s.id)).toEqual([saved.id]);
    expect((await readdir(dir)).sort()).toEqual(['UPPER.json', 'notes.txt', `${saved.id}.json`].sort());
  });
});

describe('duplicate and delete', () => {
  it('duplicates under a new id, titled as a copy, with its own copy of everything', async () => {
    const { store } = setup();
    const original = await store.save(draft('Harvest'));
    const copy = await store.duplicate(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({
      title: 'Harvest (copy)',
      entries: original.entries,
      layout: original.layout,
    });
    expect(copy.createdAt > original.createdAt).toBe(true);
    await store.save({ ...copy, entries: [] });
    expect((await store.get(original.id))?.entries).toHaveLength(1);
    expect((await store.list()).map((s) => s.id).sort()).toEqual([original.id, copy.id].sort());
  });

  it('says plainly when the sheet to duplicate is gone', async () => {
    const { store } = setup();
    await expect(store.duplicate('sheet-404')).rejects.toThrow(/no longer there/);
  });

  it('deletes, and deleting again does nothing', async () => {
    const { store } = setup();
    const saved = await store.save(draft());
    await store.delete(saved.id);
    expect(await store.get(saved.id)).toBeNull();
    expect(await store.list()).toEqual([]);
    await expect(store.delete(saved.id)).resolves.toBeUndefined();
  });

  it('keeps a copy’s title within the limit', () => {
    expect(copyTitle('Advent')).toBe('Advent (copy)');
    const long = copyTitle('x'.repeat(MAX_TITLE_LENGTH));
    expect(long).toHaveLength(MAX_TITLE_LENGTH);
    expect(long.endsWith('… (copy)')).toBe(true);
  });
});

describe('ids', () => {
  it('makes ids that are safe file names, without a custom generator', async () => {
    const store = createSheetStore({ dir });
    const a = await store.save(draft());
    const b = await store.save(draft());
    expect(a.id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
    expect(b.id).not.toBe(a.id);
    expect((await readdir(dir)).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
  });

  it('skips a generated id that is already taken', async () => {
    const ids = ['taken', 'taken', 'fresh'];
    const store = createSheetStore({ dir, newId: () => ids.shift() ?? 'spare' });
    expect((await store.save(draft())).id).toBe('taken');
    expect((await store.save(draft())).id).toBe('fresh');
  });
});
