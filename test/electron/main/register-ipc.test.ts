import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerHandlers, UntrustedSenderError } from '../../../electron/main/register-ipc';
import type { HandlerTable } from '../../../electron/main/handlers';
import { DEFAULT_VIEW_STATE, INVOKE_CHANNELS, INVOKE_NAMES } from '../../../shared/ipc-contract';
import type { InvokeName } from '../../../shared/ipc-contract';
import {
  createSheet,
  MAX_ENTRY_TEXT_LENGTH,
  MAX_SHEET_ENTRIES,
  MAX_TITLE_LENGTH,
  sheetEntryId,
} from '../../../shared/prayer-sheet';
import type { PrayerSheet, SheetEntry } from '../../../shared/prayer-sheet';

function sheetEntry(n: number, text = `Pray for the hearing in case ${n}.`): SheetEntry {
  return {
    id: sheetEntryId(`2026/requests-${n}.txt`, 0),
    source: {
      file: `2026/requests-${n}.txt`,
      itemIndex: 0,
      date: '2026-11-15',
      region: 'Africa',
      kind: 'prayer',
      countries: ['Kenya'],
      pseudonyms: [],
      heading: null,
    },
    originalText: text,
    text,
  };
}

const SAVED_SHEET: PrayerSheet = {
  ...createSheet({ title: 'Prayer requests — Sunday 29 November 2026', paperSize: 'A4' }),
  id: 'mfx1k2-0a1b2c3d4e',
  entries: [sheetEntry(1), sheetEntry(2)],
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T09:05:00.000Z',
};
const withFirstEntry = (change: Partial<SheetEntry>) => ({
  ...SAVED_SHEET,
  entries: [{ ...SAVED_SHEET.entries[0]!, ...change }],
});

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup(trusted = true) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  const table = Object.fromEntries(
    INVOKE_NAMES.map((name) => [name, vi.fn(async () => `${name} answered`)]),
  ) as unknown as {
    [K in InvokeName]: ReturnType<typeof vi.fn> & HandlerTable[K];
  };
  const unregister = registerHandlers(ipcMain as never, table, () => trusted);
  const event = {} as IpcMainInvokeEvent;
  const invoke = async (name: InvokeName, ...args: unknown[]) => {
    const handler = handlers.get(INVOKE_CHANNELS[name]);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler(event, ...args);
  };
  return { handlers, table, invoke, unregister };
}

describe('registerHandlers', () => {
  it('registers every contract channel, and unregisters them', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes valid arguments through to the handler', async () => {
    const { invoke, table } = setup();
    await expect(
      invoke('search', { text: 'Phillipines', regions: ['Southeast Asia & Pacific'], limit: 20 }),
    ).resolves.toBe('search answered');
    expect(table.search).toHaveBeenCalledWith({
      text: 'Phillipines',
      regions: ['Southeast Asia & Pacific'],
      limit: 20,
    });
    await invoke('getBulletin', '2019/2019-05-12.txt');
    expect(table.getBulletin).toHaveBeenCalledWith('2019/2019-05-12.txt');
    await invoke('openFolder', 'C:\\Users\\office\\Bulletins');
    await invoke('setViewState', { ...DEFAULT_VIEW_STATE, from: '2019-01-01', selectedFile: 'a/b.txt' });
    await invoke('getLibraryState');
    expect(table.getLibraryState).toHaveBeenCalledWith();
  });

  it('passes prayer sheets, sheet ids and print options through', async () => {
    const { invoke, table } = setup();
    await invoke('saveSheet', SAVED_SHEET);
    expect(table.saveSheet).toHaveBeenCalledWith(SAVED_SHEET);
    const fresh = createSheet({ title: 'New', paperSize: 'Letter' });
    await invoke('saveSheet', fresh);
    expect(table.saveSheet).toHaveBeenLastCalledWith(fresh);
    for (const name of ['getSheet', 'duplicateSheet', 'deleteSheet'] as const) {
      await invoke(name, SAVED_SHEET.id);
      expect(table[name]).toHaveBeenCalledWith(SAVED_SHEET.id);
    }
    await invoke('listSheets');
    expect(table.listSheets).toHaveBeenCalledWith();
    await invoke('printSheet', { paperSize: 'Letter' });
    expect(table.printSheet).toHaveBeenCalledWith({ paperSize: 'Letter' });
    await invoke('saveSheetPdf', { paperSize: 'A4', suggestedName: 'Prayer sheet 2026-11-29.pdf' });
    expect(table.saveSheetPdf).toHaveBeenCalledWith({
      paperSize: 'A4',
      suggestedName: 'Prayer sheet 2026-11-29.pdf',
    });
  });

  it('passes request ids, country names and digest ranges through', async () => {
    const { invoke, table } = setup();
    // A file holding several weeks gives bulletin ids like 'thread.eml#2', so item ids end in two '#n'.
    for (const id of ['2024/2024-03-10.txt#0', 'saved/thread.eml#2#5']) {
      await invoke('getThread', id);
      expect(table.getThread).toHaveBeenLastCalledWith(id);
    }
    await invoke('linkRequests', 'a.txt#1', 'b.txt#0');
    expect(table.linkRequests).toHaveBeenCalledWith('a.txt#1', 'b.txt#0');
    await invoke('unlinkRequest', 'b.txt#0', 'a.txt#1');
    expect(table.unlinkRequest).toHaveBeenCalledWith('b.txt#0', 'a.txt#1');
    await invoke('confirmThread', 'a.txt#1');
    await invoke('getCountryView', "Côte d'Ivoire");
    expect(table.getCountryView).toHaveBeenCalledWith("Côte d'Ivoire");
    await invoke('makePraiseDigest', { from: '2024-04-01', to: '2024-06-30', title: 'Answers to prayer' });
    expect(table.makePraiseDigest).toHaveBeenCalledWith({
      from: '2024-04-01',
      to: '2024-06-30',
      title: 'Answers to prayer',
    });
    await invoke('getScriptureIndex');
    await invoke('listCountries');
  });

  it.each<[string, InvokeName, unknown[]]>([
    ['a request id without an item number', 'getThread', ['2024/a.txt']],
    ['a request id climbing out of the folder', 'getThread', ['../secrets.txt#0']],
    ['a request id naming a drive', 'confirmThread', ['C:/x.txt#0']],
    ['a request id that is not text', 'getThread', [42]],
    ['one request id for linking', 'linkRequests', ['a.txt#1']],
    ['an empty country', 'getCountryView', ['']],
    ['an overlong country', 'getCountryView', ['x'.repeat(101)]],
    ['a digest range backwards', 'makePraiseDigest', [{ from: '2024-06-30', to: '2024-04-01' }]],
    ['a digest with an impossible date', 'makePraiseDigest', [{ from: '2024-13-01', to: '2024-12-31' }]],
    ['a digest with an unknown key', 'makePraiseDigest', [{ from: '2024-01-01', to: '2024-03-31', x: 1 }]],
  ])('refuses %s', async (_label, name, args) => {
    const { invoke, table } = setup();
    await expect(invoke(name, ...args)).rejects.toThrow(/refused/);
    expect(table[name]).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['an id with path characters', { ...SAVED_SHEET, id: '../settings' }],
    ['an id naming a Windows device', { ...SAVED_SHEET, id: 'nul' }],
    ['an overlong title', { ...SAVED_SHEET, title: 't'.repeat(MAX_TITLE_LENGTH + 1) }],
    ['an overlong request', withFirstEntry({ text: 'x'.repeat(MAX_ENTRY_TEXT_LENGTH + 1) })],
    ['an overlong original', withFirstEntry({ originalText: 'x'.repeat(MAX_ENTRY_TEXT_LENGTH + 1) })],
    [
      'too many requests',
      { ...SAVED_SHEET, entries: Array.from({ length: MAX_SHEET_ENTRIES + 1 }, (_, n) => sheetEntry(n)) },
    ],
    ['a request twice', { ...SAVED_SHEET, entries: [sheetEntry(1), sheetEntry(1)] }],
    ['an entry id not matching its source', withFirstEntry({ id: 'elsewhere.txt#3' })],
    ['an unknown key', { ...SAVED_SHEET, script: '<img onerror=alert(1)>' }],
    [
      'a prototype key',
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(SAVED_SHEET).slice(1)}`),
    ],
    ['no layout', { ...SAVED_SHEET, layout: null }],
    ['a string', 'sheet'],
  ])('saveSheet refuses %s', async (_what, sheet) => {
    const { invoke, table } = setup();
    await expect(invoke('saveSheet', sheet)).rejects.toThrow(/Prayer Desk refused "saveSheet"/);
    expect(table.saveSheet).not.toHaveBeenCalled();
  });

  it.each(['Notes: March 2019.txt', 'draft.', '2019 /old bulletin.txt', 'con.txt', 'ünïcödé/Ñandú.txt'])(
    'getBulletin accepts the odd but legal name %j (served from memory; disk access checks more)',
    async (file) => {
      const { invoke, table } = setup();
      await invoke('getBulletin', file);
      expect(table.getBulletin).toHaveBeenCalledWith(file);
    },
  );

  it.each<[InvokeName, unknown[]]>([
    ['getLibraryState', ['extra']],
    ['search', []],
    ['search', ['Uganda']],
    ['search', [{ text: 42 }]],
    ['search', [{ text: 'x', regions: ['Atlantis'] }]],
    ['search', [{ text: 'x', kinds: ['gossip'] }]],
    ['search', [{ text: 'x', from: '17/03/2024' }]],
    ['search', [{ text: 'x', from: '2024-13-01' }]],
    ['search', [{ text: 'x', limit: -1 }]],
    ['search', [{ text: 'x', limit: 1.5 }]],
    ['search', [{ text: 'x', sort: 'random' }]],
    ['search', [{ text: 'x', __proto__: { polluted: true }, constructor: 'x' }]],
    ['search', [{ text: 'x', unknownKey: 1 }]],
    ['search', [{ text: 'x'.repeat(5000) }]],
    ['getBulletin', ['../../etc/passwd']],
    ['getBulletin', ['/etc/passwd']],
    ['getBulletin', ['C:\\Windows\\win.ini']],
    ['getBulletin', ['\\\\server\\share\\x']],
    ['getBulletin', ['a\0b']],
    ['getBulletin', [{ file: 'a' }]],
    ['getBulletin', []],
    ['showInFolder', ['..']],
    ['showInFolder', ['a', 'b']],
    ['openFolder', ['relative/folder']],
    ['openFolder', ['']],
    ['openFolder', ['/x\0y']],
    ['openFolder', [null]],
    ['setViewState', [{ ...DEFAULT_VIEW_STATE, selectedFile: '../x' }]],
    ['setViewState', [{ query: '' }]],
    ['setViewState', [{ ...DEFAULT_VIEW_STATE, extra: true }]],
    ['listSheets', ['extra']],
    ['getSheet', []],
    ['getSheet', ['../settings']],
    ['getSheet', ['a/b']],
    ['getSheet', ['..\\..\\x']],
    ['getSheet', ['C:\\x']],
    ['getSheet', ['Upper-Case']],
    ['getSheet', ['con']],
    ['getSheet', ['x'.repeat(65)]],
    ['getSheet', [42]],
    ['duplicateSheet', ['a.json']],
    ['deleteSheet', ['../../etc/passwd']],
    ['deleteSheet', ['']],
    ['saveSheet', []],
    ['printSheet', []],
    ['printSheet', [{}]],
    ['printSheet', [{ paperSize: 'A3' }]],
    ['printSheet', [{ paperSize: 'A4', silent: true }]],
    ['printSheet', [{ paperSize: 'A4', deviceName: 'Office_Laser' }]],
    ['saveSheetPdf', [{ paperSize: 'A4' }]],
    ['saveSheetPdf', [{ paperSize: 'A4', suggestedName: '../../Startup/evil.pdf' }]],
    ['saveSheetPdf', [{ paperSize: 'A4', suggestedName: 'C:\\Users\\x.pdf' }]],
    ['saveSheetPdf', [{ paperSize: 'A4', suggestedName: 'run.exe' }]],
    ['saveSheetPdf', [{ paperSize: 'A4', suggestedName: `${'x'.repeat(300)}.pdf` }]],
  ])('%s rejects %j with a clear error, without calling the handler', async (name, args) => {
    const { invoke, table } = setup();
    await expect(invoke(name, ...args)).rejects.toThrow(new RegExp(`Prayer Desk refused "${name}"`));
    expect(table[name]).not.toHaveBeenCalled();
  });

  it('refuses every channel for a foreign sender, before looking at the arguments', async () => {
    const { invoke, table } = setup(false);
    for (const name of INVOKE_NAMES) {
      await expect(invoke(name)).rejects.toBeInstanceOf(UntrustedSenderError);
      expect(table[name]).not.toHaveBeenCalled();
    }
  });
});
