// A small in-memory window.prayerDesk for component tests: a few bulletins, a naive word-prefix search
// with the contract's filters, sorting and paging, and hooks to push library events and menu commands.
// It records what the UI asked so tests can check behaviour (e.g. the view state that was saved).
// Stories: threads are the groups a test plants (`stories`), changed in memory by link/unlink/confirm;
// verses, countries and the digest come from the same pure builders main uses.
import { buildCountryView, listCountries } from '../../electron/core/stories/country-view';
import { buildScriptureIndex } from '../../electron/core/stories/scripture-index';
import { summarizeBulletin } from '../../shared/bulletin-summary';
import { buildPraiseDigest } from '../../shared/praise-digest';
import { DEFAULT_VIEW_STATE } from '../../shared/ipc-contract';
import type { MenuCommand } from '../../shared/ipc-contract';
import type { LibraryEvent, LibraryState, ViewState } from '../../shared/library-types';
import type { Bulletin, Region } from '../../shared/model';
import type { PrayerDeskApi } from '../../shared/prayer-desk-api';
import type { MatchRange, SearchHit, SearchQuery, SearchResult } from '../../shared/search-types';
import { markOfThread } from '../../renderer/src/lib/story-marks';
import type { PrayerSheet } from '../../shared/prayer-sheet';
import type { AnswerCounts, StoryMark, Thread, ThreadMember } from '../../shared/story-types';

export interface FakeApi extends PrayerDeskApi {
  calls: { name: string; args: unknown[] }[];
  saved: ViewState[];
  emit(event: LibraryEvent): void;
  menu(command: MenuCommand): void;
  setState(patch: Partial<LibraryState>): void;
  /** Makes every search wait until `release` is called (to see pending states). */
  holdSearches(): { release(): void };
  /** The next call of `name` rejects with `message` (as main's plain-words errors do). */
  failNext(name: keyof PrayerDeskApi, message: string): void;
}

/** A story planted for a test: these requests (`${file}#${itemIndex}`) belong together, for `reason`. */
export interface FakeStory {
  ids: string[];
  reason?: string;
  /** Requests offered as possibly related to this story, closest first, each with its reason. */
  possible?: { id: string; reason: string }[];
}

interface StoryGroup {
  ids: Set<string>;
  linked: Set<string>;
  reason: string;
  confirmed: boolean;
  possible: { id: string; reason: string }[];
  /** Possibly related requests the user said are not related. */
  dismissed: Set<string>;
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
        'Southeast Asia & Pacific',
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
      item(
        'Latin America & Caribbean',
        'Pray for witnesses in Guatemala who will speak at a hearing next week.',
      ),
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
  options: {
    bulletins?: Bulletin[];
    state?: Partial<LibraryState>;
    view?: Partial<ViewState>;
    /** Threads to plant; without them every request is on its own. */
    stories?: FakeStory[];
  } = {},
): FakeApi {
  const bulletins = options.bulletins ?? FAKE_BULLETINS;
  const groups: StoryGroup[] = (options.stories ?? []).map((story) => ({
    ids: new Set(story.ids),
    linked: new Set(),
    reason: story.reason ?? 'Same country and subject',
    confirmed: false,
    possible: story.possible ?? [],
    dismissed: new Set<string>(),
  }));
  const failures = new Map<string, string>();

  const itemOf = (id: string) => {
    const at = id.lastIndexOf('#');
    const bulletin = bulletins.find((b) => b.file === id.slice(0, at));
    const item = bulletin?.items[Number(id.slice(at + 1))];
    return bulletin && item ? { bulletin, item, itemIndex: Number(id.slice(at + 1)) } : null;
  };
  const groupOf = (id: string) => groups.find((group) => group.ids.has(id));
  const threadOf = (itemId: string): Thread | null => {
    if (itemOf(itemId) === null) return null;
    const group = groupOf(itemId);
    const ids = group ? [...group.ids] : [itemId];
    const memberOf = (id: string, reasons: string[]): ThreadMember => {
      const found = itemOf(id)!;
      return {
        id,
        file: found.bulletin.file,
        itemIndex: found.itemIndex,
        date: found.bulletin.date,
        title: found.bulletin.title,
        region: found.item.region,
        kind: found.item.kind,
        text: found.item.text,
        countries: found.item.countries,
        pseudonyms: found.item.pseudonyms,
        link: 'found',
        reasons,
      };
    };
    const possible = (group?.possible ?? [])
      .filter((p) => !group!.ids.has(p.id) && !group!.dismissed.has(p.id) && itemOf(p.id) !== null)
      .map((p) => memberOf(p.id, [p.reason]));
    const members: ThreadMember[] = ids
      .map((id) => {
        const found = itemOf(id)!;
        const linked = group?.linked.has(id) ?? false;
        return {
          id,
          file: found.bulletin.file,
          itemIndex: found.itemIndex,
          date: found.bulletin.date,
          title: found.bulletin.title,
          region: found.item.region,
          kind: found.item.kind,
          text: found.item.text,
          countries: found.item.countries,
          pseudonyms: found.item.pseudonyms,
          link: linked ? ('linked' as const) : ('found' as const),
          reasons: id === itemId || linked ? [] : [group!.reason],
        };
      })
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
    const asked = members.find((member) => member.id === itemId)!;
    const answer =
      asked.kind === 'prayer'
        ? members.find((m) => m.kind === 'praise' && (m.date ?? '') > (asked.date ?? ''))
        : undefined;
    return {
      itemId,
      members,
      status: asked.kind === 'prayer' ? (answer ? 'answered' : 'waiting') : null,
      answeredBy: answer?.id ?? null,
      confirmed: group?.confirmed ?? false,
      possible,
      alsoSavedAs: [],
    };
  };
  const markOf = (id: string): StoryMark => {
    const thread = threadOf(id)!;
    return { threadSize: thread.members.length, status: thread.status };
  };
  const answersOf = (bulletin: Bulletin): AnswerCounts => {
    const counts = { answered: 0, waiting: 0 };
    bulletin.items.forEach((entry, index) => {
      if (entry.kind !== 'prayer') return;
      counts[markOf(`${bulletin.file}#${index}`).status === 'answered' ? 'answered' : 'waiting'] += 1;
    });
    return counts;
  };
  const groupFor = (id: string): StoryGroup => {
    const known = groupOf(id);
    if (known) return known;
    const group: StoryGroup = {
      ids: new Set([id]),
      linked: new Set<string>(),
      reason: '',
      confirmed: false,
      possible: [],
      dismissed: new Set<string>(),
    };
    groups.push(group);
    return group;
  };
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
  // As main's story service: after a choice is saved, a 'stories' event says the marks changed.
  const announceStories = () =>
    setTimeout(() => {
      for (const listener of libraryListeners) listener({ type: 'stories' });
    }, 0);
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const calls: FakeApi['calls'] = [];
  const saved: ViewState[] = [];
  let hold: Promise<void> | null = null;
  const sheets = new Map<string, PrayerSheet>();

  const record = (name: string, args: unknown[]) => {
    calls.push({ name, args });
    const failure = failures.get(name);
    if (failure !== undefined) {
      failures.delete(name);
      throw new Error(failure);
    }
  };

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
      const result = fakeSearch(bulletins, query);
      return { ...result, hits: result.hits.map((hit) => ({ ...hit, story: markOf(hit.id) })) };
    },
    async listBulletins() {
      record('listBulletins', []);
      return bulletins.map((bulletin) => ({ ...summarizeBulletin(bulletin), answers: answersOf(bulletin) }));
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
    async saveSheetDocx(sheet, options) {
      record('saveSheetDocx', [sheet, options]);
      return { ok: true, path: `/home/office/${options.suggestedName}` };
    },
    async openSavedFile(file) {
      record('openSavedFile', [file]);
    },
    async showSavedFile(file) {
      record('showSavedFile', [file]);
    },
    async getThread(itemId) {
      record('getThread', [itemId]);
      return threadOf(itemId);
    },
    async getStoryMarks(file) {
      record('getStoryMarks', [file]);
      const marks: (StoryMark | null)[] = [];
      for (let index = 0; itemOf(`${file}#${index}`) !== null; index += 1) {
        const thread = threadOf(`${file}#${index}`);
        marks.push(thread === null ? null : markOfThread(thread));
      }
      return marks;
    },
    async linkRequests(itemId, otherId) {
      record('linkRequests', [itemId, otherId]);
      announceStories();
      if (itemOf(itemId) === null || itemOf(otherId) === null) throw new Error('That request is gone.');
      const group = groupFor(itemId);
      groupOf(otherId)?.ids.delete(otherId);
      group.ids.add(otherId);
      group.linked.add(otherId);
      return threadOf(itemId)!;
    },
    async unlinkRequest(itemId, threadItemId) {
      record('unlinkRequest', [itemId, threadItemId]);
      announceStories();
      const group = groupOf(threadItemId);
      if (group && itemId !== threadItemId) {
        group.ids.delete(itemId);
        group.linked.delete(itemId);
        group.dismissed.add(itemId);
      }
      const thread = threadOf(threadItemId);
      if (thread === null) throw new Error('That request is gone.');
      return thread;
    },
    async confirmThread(itemId) {
      record('confirmThread', [itemId]);
      announceStories();
      if (itemOf(itemId) === null) throw new Error('That request is gone.');
      groupFor(itemId).confirmed = true;
      return threadOf(itemId)!;
    },
    async getScriptureIndex() {
      record('getScriptureIndex', []);
      return buildScriptureIndex(bulletins);
    },
    async listCountries() {
      record('listCountries', []);
      return listCountries(bulletins);
    },
    async getCountryView(country) {
      record('getCountryView', [country]);
      return buildCountryView(bulletins, country, (id) => threadOf(id)?.status ?? null);
    },
    async makePraiseDigest(digestOptions) {
      record('makePraiseDigest', [digestOptions]);
      return buildPraiseDigest(bulletins, digestOptions);
    },
    async stopReading() {
      record('stopReading', []);
      return state;
    },
    async tryAgainFile(file) {
      record('tryAgainFile', [file]);
      return state;
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
    failNext(name, message) {
      failures.set(name, message);
    },
  };
  return api;
}
