// A small in-memory window.prayerDesk for component tests: a few bulletins, a naive word-prefix search
// with the contract's filters, sorting and paging, and hooks to push library events and menu commands.
// It records what the UI asked so tests can check behaviour (e.g. the view state that was saved).
import { summarizeBulletin } from '../../shared/bulletin-summary';
import { DEFAULT_VIEW_STATE } from '../../shared/ipc-contract';
import type { MenuCommand } from '../../shared/ipc-contract';
import type { LibraryEvent, LibraryState, ViewState } from '../../shared/library-types';
import type { Bulletin, Region } from '../../shared/model';
import type { PrayerDeskApi } from '../../shared/prayer-desk-api';
import type { MatchRange, SearchHit, SearchQuery, SearchResult } from '../../shared/search-types';
import type { PrayerSheet } from '../../shared/prayer-sheet';

export interface FakeApi extends PrayerDeskApi {
  calls: { name: string; args: unknown[] }[];
  saved: ViewState[];
  emit(event: LibraryEvent): void;
  menu(command: MenuCommand): void;
  setState(patch: Partial<LibraryState>): void;
  /** Makes every search wait until `release` is called (to see pending states). */
  holdSearches(): { release(): void };
}

export function item(
  region: Region,
  text: string,
  heading: string | null = region,
): Bulletin['items'][number] {
  const kind = /^(praise|thank|rejoice|give thanks)/i.test(text)
    ? 'praise'
    : /^pray/i.test(text)
      ? 'prayer'
      : 'info';
  return { region, heading, kind, text, countries: [], pseudonyms: [] };
}

/** Written for these tests: fictional requests, no real cases. */
export const FAKE_BULLETINS: Bulletin[] = [
  {
    file: '2025/2025-06-08 requests.txt',
    title: 'Prayer Requests',
    date: '2025-06-08',
    dateSource: 'text',
    scripture: { text: 'Let justice roll on like a river.', reference: 'Amos 5:24' },
    items: [
      item('Africa', 'Pray for the families in Uganda waiting for a court to rule on their land.', null),
      item(
        'South Asia',
        'Praise God for twelve workers freed from a brick kiln after years of bonded labour.',
      ),
      item(
        'Southeast Asia',
        'Pray for the new hotline team in the Philippines as they answer their first calls.',
      ),
    ],
    warnings: [],
  },
  {
    file: '2025/2025-05-11 requests.txt',
    title: 'Prayer Requests',
    date: '2025-05-11',
    dateSource: 'text',
    scripture: { text: 'Defend the weak and the fatherless.', reference: 'Psalm 82:3' },
    items: [
      item('Latin America', 'Pray for witnesses in Guatemala who will speak at a hearing next week.'),
      item('Africa', 'Thank God that a school in Uganda opened a safe room for children.'),
    ],
    warnings: [],
  },
  {
    file: '2024/undated notes.txt',
    title: null,
    date: '2024-11-03',
    dateSource: 'filename',
    scripture: null,
    items: [item('Global', 'Our offices are closed for the week of training.', 'Global Partners')],
    warnings: ['No date in the text; the date comes from the file name.'],
  },
];

function rangesOf(text: string, words: string[]): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLowerCase();
    if (words.some((w) => word.startsWith(w)))
      ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** Tiny edit distance for the "did you mean" of the fake. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function fakeSearch(bulletins: readonly Bulletin[], query: SearchQuery): SearchResult {
  const run = (words: string[]) => {
    const hits: SearchHit[] = [];
    for (const bulletin of bulletins) {
      bulletin.items.forEach((entry, itemIndex) => {
        if (query.regions && query.regions.length > 0 && !query.regions.includes(entry.region)) return;
        if (query.kinds && query.kinds.length > 0 && !query.kinds.includes(entry.kind)) return;
        if (query.from && (bulletin.date === null || bulletin.date < query.from)) return;
        if (query.to && (bulletin.date === null || bulletin.date > query.to)) return;
        const ranges = rangesOf(entry.text, words);
        if (words.length > 0 && ranges.length === 0) return;
        hits.push({
          id: `${bulletin.file}#${itemIndex}`,
          file: bulletin.file,
          itemIndex,
          date: bulletin.date,
          region: entry.region,
          kind: entry.kind,
          score: ranges.length,
          snippet: entry.text,
          snippetRanges: ranges,
          text: entry.text,
          ranges,
        });
      });
    }
    return hits;
  };
  const words = query.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let hits = run(words);
  let didYouMean: string[] = [];
  if (hits.length === 0 && words.length > 0) {
    const vocabulary = new Set(
      bulletins.flatMap((b) =>
        b.items.flatMap((entry) => entry.text.toLowerCase().match(/[\p{L}]+/gu) ?? []),
      ),
    );
    const close = words.map((word) => [...vocabulary].find((known) => distance(word, known) <= 2) ?? word);
    if (close.some((word, i) => word !== words[i])) {
      didYouMean = close;
      hits = run(close);
    }
  }
  const sort = query.sort ?? (words.length > 0 ? 'relevance' : 'date');
  hits.sort((a, b) =>
    sort === 'relevance'
      ? b.score - a.score
      : (b.date ?? '').localeCompare(a.date ?? '') || a.itemIndex - b.itemIndex,
  );
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  return { total: hits.length, hits: hits.slice(offset, offset + limit), didYouMean };
}

export function createFakeApi(
  options: { bulletins?: Bulletin[]; state?: Partial<LibraryState>; view?: Partial<ViewState> } = {},
): FakeApi {
  const bulletins = options.bulletins ?? FAKE_BULLETINS;
  let state: LibraryState = {
    folder: '/home/office/Bulletins',
    isSample: false,
    status: 'ready',
    progress: null,
    bulletinCount: bulletins.length,
    problems: [],
    recentFolders: [],
    notice: null,
    ...options.state,
  };
  let view: ViewState = { ...DEFAULT_VIEW_STATE, ...options.view };
  const libraryListeners = new Set<(event: LibraryEvent) => void>();
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const calls: FakeApi['calls'] = [];
  const saved: ViewState[] = [];
  let hold: Promise<void> | null = null;
  const sheets = new Map<string, PrayerSheet>();

  const record = (name: string, args: unknown[]) => calls.push({ name, args });

  const api: FakeApi = {
    calls,
    saved,
    async getLibraryState() {
      record('getLibraryState', []);
      return state;
    },
    async chooseFolder() {
      record('chooseFolder', []);
      return null;
    },
    async openFolder(folder) {
      record('openFolder', [folder]);
      return state;
    },
    async reloadLibrary() {
      record('reloadLibrary', []);
      return state;
    },
    async search(query) {
      record('search', [query]);
      if (hold) await hold;
      return fakeSearch(bulletins, query);
    },
    async listBulletins() {
      record('listBulletins', []);
      return bulletins.map(summarizeBulletin);
    },
    async getBulletin(file) {
      record('getBulletin', [file]);
      return bulletins.find((bulletin) => bulletin.file === file) ?? null;
    },
    async showInFolder(file) {
      record('showInFolder', [file]);
    },
    async getViewState() {
      record('getViewState', []);
      return view;
    },
    async setViewState(next) {
      record('setViewState', [next]);
      view = next;
      saved.push(next);
    },
    // Saved sheets, kept in memory; printing "works" without a printer and says so.
    async listSheets() {
      record('listSheets', []);
      return [...sheets.values()].map((sheet) => ({
        id: sheet.id,
        title: sheet.title,
        updatedAt: sheet.updatedAt,
        entryCount: sheet.entries.length,
      }));
    },
    async getSheet(id) {
      record('getSheet', [id]);
      return sheets.get(id) ?? null;
    },
    async saveSheet(draft) {
      record('saveSheet', [draft]);
      const now = new Date().toISOString();
      const id = draft.id ?? `sheet-${sheets.size + 1}`;
      const sheet: PrayerSheet = { ...draft, id, createdAt: draft.createdAt ?? now, updatedAt: now };
      sheets.set(id, sheet);
      return sheet;
    },
    async duplicateSheet(id) {
      record('duplicateSheet', [id]);
      const original = sheets.get(id);
      if (!original) throw new Error('That sheet is gone.');
      return api.saveSheet({ ...original, id: null, title: `${original.title} (copy)` });
    },
    async deleteSheet(id) {
      record('deleteSheet', [id]);
      sheets.delete(id);
    },
    async printSheet(options) {
      record('printSheet', [options]);
      return { ok: false, reason: 'no-printer', message: 'No printer is set up.' };
    },
    async saveSheetPdf(options) {
      record('saveSheetPdf', [options]);
      return { ok: true, path: `/home/office/${options.suggestedName}` };
    },
    onLibraryEvent(listener) {
      libraryListeners.add(listener);
      return () => libraryListeners.delete(listener);
    },
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    emit(event) {
      if (event.type === 'ready' || event.type === 'changed') state = event.state;
      for (const listener of libraryListeners) listener(event);
    },
    menu(command) {
      for (const listener of menuListeners) listener(command);
    },
    setState(patch) {
      state = { ...state, ...patch };
    },
    holdSearches() {
      let release = () => {};
      hold = new Promise((resolve) => {
        release = () => {
          hold = null;
          resolve();
        };
      });
      return { release: () => release() };
    },
  };
  return api;
}
