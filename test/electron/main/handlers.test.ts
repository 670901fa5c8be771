import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers, NotAllowedError } from '../../../electron/main/handlers';
import type { HandlerDeps } from '../../../electron/main/handlers';
import { DEFAULT_VIEW_STATE, INVOKE_NAMES } from '../../../shared/ipc-contract';
import type { ViewState } from '../../../shared/library-types';
import { createSheetStore } from '../../../electron/core/sheets/sheet-store';
import type { PrintOutcome, PrintSheetOptions, SaveSheetPdfOptions } from '../../../shared/prayer-sheet';
import { addEntry, createSheet, entryFromItem } from '../../../shared/prayer-sheet';
import { createFakeLibrary, createFakeStories, SAMPLE_BULLETIN, SAMPLE_ITEM_ID } from './fake-library';

let base: string;
let folder: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'prayer-desk-handlers-')));
  folder = path.join(base, 'bulletins');
  await mkdir(path.join(folder, '2024'), { recursive: true });
  await writeFile(path.join(folder, '2024', '2024-03-17.txt'), 'sample');
  await writeFile(path.join(base, 'private.txt'), 'not a bulletin');
  await symlink(path.join(base, 'private.txt'), path.join(folder, 'escape.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

let sheetCount = 0;

function setup() {
  const fake = createFakeLibrary(folder, ['/home/office/Bulletins']);
  let view: ViewState = { ...DEFAULT_VIEW_STATE };
  const sheets = createSheetStore({ dir: path.join(base, `sheets-${++sheetCount}`) });
  const printer = {
    print: vi.fn(async (_options: PrintSheetOptions): Promise<PrintOutcome> => ({ ok: true, path: null })),
    savePdf: vi.fn(async (_options: SaveSheetPdfOptions): Promise<PrintOutcome> => ({
      ok: true,
      path: '/home/office/sheet.pdf',
    })),
  };
  const deps = {
    library: fake.library,
    pickFolder: vi.fn<() => Promise<string | null>>(async () => '/home/office/New bulletins'),
    showItemInFolder: vi.fn(),
    viewState: {
      get: () => view,
      set: (next: ViewState) => {
        view = next;
      },
    },
    sheets,
    printer,
    stories: createFakeStories(),
  };
  return { fake, deps, table: createHandlers(deps satisfies HandlerDeps) };
}

describe('createHandlers', () => {
  it('has exactly one function per contract entry', () => {
    const { table } = setup();
    expect(Object.keys(table).sort()).toEqual([...INVOKE_NAMES].sort());
    for (const name of INVOKE_NAMES) expect(typeof table[name]).toBe('function');
  });

  it('answers state, search, list and bulletin from the library', async () => {
    const { table, fake } = setup();
    expect((await table.getLibraryState()).folder).toBe(folder);
    await expect(table.search({ text: 'Uganda' })).resolves.toEqual({ total: 0, hits: [], didYouMean: [] });
    expect(fake.library.search).toHaveBeenCalledWith({ text: 'Uganda' });
    expect(await table.listBulletins()).toHaveLength(1);
    expect(await table.getBulletin(SAMPLE_BULLETIN.file)).toEqual(SAMPLE_BULLETIN);
    expect(await table.getBulletin('2020/missing.txt')).toBeNull();
    await table.reloadLibrary();
    expect(fake.library.reload).toHaveBeenCalledOnce();
  });

  it('chooseFolder opens what the native dialog returns, and nothing when cancelled', async () => {
    const { table, fake, deps } = setup();
    expect((await table.chooseFolder())?.folder).toBe('/home/office/New bulletins');
    expect(fake.library.openFolder).toHaveBeenCalledWith('/home/office/New bulletins');
    deps.pickFolder.mockResolvedValueOnce(null);
    expect(await table.chooseFolder()).toBeNull();
    expect(fake.library.openFolder).toHaveBeenCalledOnce();
  });

  it('openFolder opens recent folders only', async () => {
    const { table, fake } = setup();
    expect((await table.openFolder('/home/office/Bulletins')).folder).toBe('/home/office/Bulletins');
    await expect(table.openFolder('/etc')).rejects.toBeInstanceOf(NotAllowedError);
    await expect(table.openFolder('/etc')).rejects.toThrow(/Choose Bulletin Folder/);
    expect(fake.library.openFolder).toHaveBeenCalledOnce();
  });

  it('showInFolder reveals the real path of a file inside the library', async () => {
    const { table, deps } = setup();
    await table.showInFolder('2024/2024-03-17.txt');
    expect(deps.showItemInFolder).toHaveBeenCalledWith(path.join(folder, '2024', '2024-03-17.txt'));
  });

  it('showInFolder reveals the file behind the second week of a several-week file', async () => {
    const { table, deps } = setup();
    await table.showInFolder('2024/2024-03-17.txt#2');
    expect(deps.showItemInFolder).toHaveBeenCalledWith(path.join(folder, '2024', '2024-03-17.txt'));
  });

  it.each(['../private.txt', 'escape.txt', '/etc/passwd', 'C:\\Windows', '2024', 'gone.txt'])(
    'showInFolder refuses %j and reveals nothing',
    async (file) => {
      const { table, deps } = setup();
      await expect(table.showInFolder(file)).rejects.toThrow();
      expect(deps.showItemInFolder).not.toHaveBeenCalled();
    },
  );

  it('keeps the view state', async () => {
    const { table } = setup();
    expect(await table.getViewState()).toEqual(DEFAULT_VIEW_STATE);
    const view: ViewState = { ...DEFAULT_VIEW_STATE, query: 'bonded labour', regions: ['South Asia'] };
    await table.setViewState(view);
    expect(await table.getViewState()).toEqual(view);
  });

  it('saves, lists, opens, duplicates and deletes prayer sheets through the sheet store', async () => {
    const { table } = setup();
    const entry = entryFromItem(SAMPLE_BULLETIN, 0);
    if (!entry) throw new Error('sample has no item');
    const draft = addEntry(createSheet({ title: 'Sunday sheet', paperSize: 'A4' }), entry);
    expect(await table.listSheets()).toEqual([]);
    const saved = await table.saveSheet(draft);
    expect(saved.id).toMatch(/^[a-z0-9-]+$/);
    expect(saved.createdAt).not.toBeNull();
    expect(await table.getSheet(saved.id)).toEqual(saved);
    const copy = await table.duplicateSheet(saved.id);
    expect(copy.title).toBe('Sunday sheet (copy)');
    expect((await table.listSheets()).map((s) => s.id).sort()).toEqual([saved.id, copy.id].sort());
    await table.deleteSheet(saved.id);
    expect(await table.getSheet(saved.id)).toBeNull();
    await expect(table.duplicateSheet(saved.id)).rejects.toThrow(/no longer there/);
  });

  it('prints and saves the PDF through the printer, passing its answer back', async () => {
    const { table, deps } = setup();
    await expect(table.printSheet({ paperSize: 'Letter' })).resolves.toEqual({ ok: true, path: null });
    expect(deps.printer.print).toHaveBeenCalledWith({ paperSize: 'Letter' });
    const noPrinter: PrintOutcome = { ok: false, reason: 'no-printer', message: 'No printer is set up.' };
    deps.printer.print.mockResolvedValueOnce(noPrinter);
    await expect(table.printSheet({ paperSize: 'A4' })).resolves.toEqual(noPrinter);
    const options = { paperSize: 'A4' as const, suggestedName: 'Prayer sheet 2026-11-29.pdf' };
    await expect(table.saveSheetPdf(options)).resolves.toEqual({ ok: true, path: '/home/office/sheet.pdf' });
    expect(deps.printer.savePdf).toHaveBeenCalledWith(options);
  });
});

describe('the story entries', () => {
  it('marks search hits and timeline summaries with their threads', async () => {
    const { table, fake, deps } = setup();
    const hit = {
      id: SAMPLE_ITEM_ID,
      file: SAMPLE_BULLETIN.file,
      itemIndex: 0,
      date: SAMPLE_BULLETIN.date,
      region: 'Africa' as const,
      kind: 'prayer' as const,
      score: 1,
      snippet: 'Pray for the sample court hearing',
      snippetRanges: [],
      text: SAMPLE_BULLETIN.items[0]!.text,
      ranges: [],
    };
    fake.library.search.mockReturnValueOnce({ total: 1, hits: [hit], didYouMean: [] });
    const result = await table.search({ text: 'court' });
    expect(deps.stories.markHits).toHaveBeenCalledWith({ total: 1, hits: [hit], didYouMean: [] });
    expect(result.hits[0]?.story).toEqual({ threadSize: 1, status: 'waiting' });

    const summaries = await table.listBulletins();
    expect(deps.stories.markSummaries).toHaveBeenCalledOnce();
    expect(summaries[0]?.answers).toEqual({ answered: 0, waiting: 1 });
  });

  it("passes thread requests and the user's choices to the story service", async () => {
    const { table, deps } = setup();
    expect((await table.getThread(SAMPLE_ITEM_ID))?.itemId).toBe(SAMPLE_ITEM_ID);
    expect(await table.getThread('2020/missing.txt#0')).toBeNull();
    await table.linkRequests(SAMPLE_ITEM_ID, '2024/other.txt#1');
    expect(deps.stories.link).toHaveBeenCalledWith(SAMPLE_ITEM_ID, '2024/other.txt#1');
    await table.unlinkRequest('2024/other.txt#1', SAMPLE_ITEM_ID);
    expect(deps.stories.unlink).toHaveBeenCalledWith('2024/other.txt#1', SAMPLE_ITEM_ID);
    expect((await table.confirmThread(SAMPLE_ITEM_ID)).confirmed).toBe(true);
    expect(deps.stories.confirm).toHaveBeenCalledWith(SAMPLE_ITEM_ID);
  });

  it('serves verses, countries, a country view and the praise digest', async () => {
    const { table, deps } = setup();
    expect(await table.getScriptureIndex()).toEqual({ entries: [], unrecognised: [] });
    expect((await table.listCountries())[0]?.country).toBe('Uganda');
    expect(await table.getCountryView('Uganda')).toBeNull();
    expect(deps.stories.countryView).toHaveBeenCalledWith('Uganda');
    const digest = await table.makePraiseDigest({
      from: '2024-01-01',
      to: '2024-03-31',
      title: 'Spring answers',
    });
    expect(deps.stories.praiseDigest).toHaveBeenCalledWith({
      from: '2024-01-01',
      to: '2024-03-31',
      title: 'Spring answers',
    });
    expect(digest.draft.title).toBe('Spring answers');
  });

  it('lets a story service failure reach the caller as it is', async () => {
    const { table, deps } = setup();
    deps.stories.link.mockRejectedValueOnce(new Error('That request is no longer in the library.'));
    await expect(table.linkRequests(SAMPLE_ITEM_ID, '2024/gone.txt#0')).rejects.toThrow(
      'no longer in the library',
    );
  });
});
