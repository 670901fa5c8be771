// A small window.prayerDesk for the sheet's component tests: two bulletins (written for these tests, every
// person and event made up), saved sheets in memory, and printing whose answers a test chooses. It keeps
// every call so tests can check what the sheet asked of main.
import type { MenuCommand } from '../../../shared/ipc-contract';
import type { Bulletin, Item, Region } from '../../../shared/model';
import type { PrayerDeskApi } from '../../../shared/prayer-desk-api';
import type { PrayerSheet, PrintOutcome, SheetDraft } from '../../../shared/prayer-sheet';
import {
  addEntries,
  createSheet,
  entryFromItem,
  sheetDraftSchema,
  summarizeSheet,
} from '../../../shared/prayer-sheet';
import type { PraiseDigest, PraiseDigestOptions } from '../../../shared/story-types';
import type { SearchHit, SearchQuery } from '../../../shared/search-types';

function item(region: Region, text: string, pseudonyms: string[] = []): Item {
  const kind = /^(praise|thank|rejoice)/i.test(text) ? 'praise' : /^pray/i.test(text) ? 'prayer' : 'info';
  return { region, heading: region, kind, text, countries: [], pseudonyms };
}

export const BULLETINS: Bulletin[] = [
  {
    file: '2026/2026-03-01 requests.txt',
    title: 'Prayer Requests',
    date: '2026-03-01',
    dateSource: 'text',
    scripture: { text: 'Learn to do good; seek justice.', reference: 'Isaiah 1:17' },
    items: [
      item('Africa', 'Pray for the widows in Gulu whose land case is heard in court this week.'),
      item(
        'South Asia',
        'Praise God for nine workers who left a rice mill where they had been held for years.',
      ),
      item(
        'Latin America & Caribbean',
        'Pray for Lucia* as she tells her story to the judge in Lima, aged 15.',
        ['Lucia'],
      ),
    ],
    warnings: [],
  },
  {
    file: '2026/2026-03-08 requests.txt',
    title: 'Prayer Requests',
    date: '2026-03-08',
    dateSource: 'text',
    scripture: { text: 'The Lord is a refuge for the oppressed.', reference: 'Psalm 9:9' },
    items: [
      item(
        'Southeast Asia & Pacific',
        'Pray for the new aftercare staff in Cebu as they welcome three families.',
      ),
      item('Global', 'Thank God for the churches that gave their Sunday to prayer for justice.'),
    ],
    warnings: [],
  },
];

export function hitOf(bulletin: Bulletin, itemIndex: number): SearchHit {
  const it = bulletin.items[itemIndex]!;
  return {
    id: `${bulletin.file}#${itemIndex}`,
    file: bulletin.file,
    itemIndex,
    date: bulletin.date,
    region: it.region,
    kind: it.kind,
    score: 1,
    snippet: it.text,
    snippetRanges: [],
    text: it.text,
    ranges: [],
  };
}

export const ALL_HITS: SearchHit[] = BULLETINS.flatMap((b) => b.items.map((_i, index) => hitOf(b, index)));

export interface FakeSheetApi extends PrayerDeskApi {
  calls: { name: string; args: unknown[] }[];
  sheets: Map<string, PrayerSheet>;
  /** What printSheet answers; default: printed. */
  printAnswer: PrintOutcome;
  /** What saveSheetPdf answers; default: saved under /home/office with the suggested name. */
  pdfAnswer: PrintOutcome | null;
  /** Makes saveSheet fail with this message while set. */
  saveFailure: string | null;
  menu(command: MenuCommand): void;
  /** The saveSheet calls, in order. */
  saves(): SheetDraft[];
  /** What makePraiseDigest answers; default: the praise items of BULLETINS in the range. */
  digestAnswer: ((options: PraiseDigestOptions) => PraiseDigest) | null;
}

/** The praise items of BULLETINS dated in the range, as main's digest would put them on a sheet. */
export function fakeDigest(options: PraiseDigestOptions): PraiseDigest {
  const entries = BULLETINS.filter((b) => b.date !== null && b.date >= options.from && b.date <= options.to)
    .flatMap((b) => b.items.map((it, index) => (it.kind === 'praise' ? entryFromItem(b, index) : null)))
    .filter((entry) => entry !== null);
  const sheet = createSheet({
    title: options.title ?? `Answers to prayer, ${options.from} to ${options.to}`,
    paperSize: 'A4',
    layout: { grouping: 'region', showDates: true },
  });
  return { draft: addEntries(sheet, entries), total: entries.length, omitted: 0 };
}

export function createFakeSheetApi(options: { sheets?: PrayerSheet[] } = {}): FakeSheetApi {
  const calls: FakeSheetApi['calls'] = [];
  const sheets = new Map<string, PrayerSheet>((options.sheets ?? []).map((s) => [s.id, s]));
  const menuListeners = new Set<(command: MenuCommand) => void>();
  let next = sheets.size + 1;
  let clock = Date.parse('2026-03-10T09:00:00.000Z');
  const record = (name: string, args: unknown[]) => calls.push({ name, args });
  const tick = () => new Date((clock += 1000)).toISOString();

  const notUsed = (name: string) => async () => {
    throw new Error(`${name} is not part of the sheet tests.`);
  };

  const api = {
    calls,
    sheets,
    printAnswer: { ok: true, path: null } as PrintOutcome,
    pdfAnswer: null as PrintOutcome | null,
    saveFailure: null as string | null,
    digestAnswer: null as ((options: PraiseDigestOptions) => PraiseDigest) | null,
    getLibraryState: notUsed('getLibraryState'),
    chooseFolder: notUsed('chooseFolder'),
    openFolder: notUsed('openFolder'),
    reloadLibrary: notUsed('reloadLibrary'),
    listBulletins: notUsed('listBulletins'),
    showInFolder: notUsed('showInFolder'),
    getViewState: notUsed('getViewState'),
    setViewState: notUsed('setViewState'),
    async search(query: SearchQuery) {
      record('search', [query]);
      const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
      const hits = ALL_HITS.filter((hit) => words.every((w) => hit.text.toLowerCase().includes(w)));
      const limit = query.limit ?? 50;
      return { total: hits.length, hits: hits.slice(0, limit), didYouMean: [] };
    },
    async getBulletin(file: string) {
      record('getBulletin', [file]);
      return BULLETINS.find((b) => b.file === file) ?? null;
    },
    async listSheets() {
      record('listSheets', []);
      return [...sheets.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(summarizeSheet);
    },
    async getSheet(id: string) {
      record('getSheet', [id]);
      return sheets.get(id) ?? null;
    },
    async saveSheet(draft: SheetDraft) {
      record('saveSheet', [draft]);
      // The contract's own check, as main does it: a draft the renderer sends must pass.
      sheetDraftSchema.parse(draft);
      if (api.saveFailure) throw new Error(`Error invoking remote method 'saveSheet': ${api.saveFailure}`);
      const now = tick();
      const id = draft.id ?? `sheet-${next++}`;
      const sheet: PrayerSheet = { ...draft, id, createdAt: draft.createdAt ?? now, updatedAt: now };
      sheets.set(id, sheet);
      return sheet;
    },
    async duplicateSheet(id: string) {
      record('duplicateSheet', [id]);
      const original = sheets.get(id);
      if (!original) throw new Error('That sheet is gone.');
      const now = tick();
      const copy: PrayerSheet = {
        ...original,
        id: `sheet-${next++}`,
        title: `${original.title} (copy)`,
        createdAt: now,
        updatedAt: now,
      };
      sheets.set(copy.id, copy);
      return copy;
    },
    async deleteSheet(id: string) {
      record('deleteSheet', [id]);
      sheets.delete(id);
    },
    async printSheet(options: unknown) {
      record('printSheet', [options]);
      return api.printAnswer;
    },
    async saveSheetPdf(options: { suggestedName: string }) {
      record('saveSheetPdf', [options]);
      return api.pdfAnswer ?? { ok: true, path: `/home/office/${options.suggestedName}` };
    },
    getThread: notUsed('getThread'),
    getStoryMarks: notUsed('getStoryMarks'),
    linkRequests: notUsed('linkRequests'),
    unlinkRequest: notUsed('unlinkRequest'),
    confirmThread: notUsed('confirmThread'),
    getScriptureIndex: notUsed('getScriptureIndex'),
    listCountries: notUsed('listCountries'),
    stopReading: notUsed('stopReading'),
    getCountryView: notUsed('getCountryView'),
    async makePraiseDigest(options: PraiseDigestOptions) {
      record('makePraiseDigest', [options]);
      return (api.digestAnswer ?? fakeDigest)(options);
    },
    async saveSheetDocx(sheet: SheetDraft, options: { suggestedName: string }) {
      record('saveSheetDocx', [sheet, options]);
      return { ok: true, path: `/home/office/${options.suggestedName}` };
    },
    async openSavedFile(file: string) {
      record('openSavedFile', [file]);
    },
    async showSavedFile(file: string) {
      record('showSavedFile', [file]);
    },
    onLibraryEvent() {
      return () => undefined;
    },
    onMenuCommand(listener: (command: MenuCommand) => void) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    menu(command: MenuCommand) {
      for (const listener of menuListeners) listener(command);
    },
    saves() {
      return calls.filter((c) => c.name === 'saveSheet').map((c) => c.args[0] as SheetDraft);
    },
  };
  return api as unknown as FakeSheetApi;
}
