// An in-memory LibraryService for the shell's tests: a folder with two bulletins, recent folders,
// and an event emitter the test drives; and a StoryService fake that marks what passes through it.
import { confinePath } from '../../../electron/core/library/confine-path';
import { vi } from 'vitest';
import type { LibraryService } from '../../../electron/main/library-port';
import type { StoryService } from '../../../electron/core/stories/story-service';
import type { Bulletin } from '../../../shared/model';
import type { LibraryEvent, LibraryState } from '../../../shared/library-types';
import type { SearchResult } from '../../../shared/search-types';
import type { Thread } from '../../../shared/story-types';
import { createSheet } from '../../../shared/prayer-sheet';
import type { BulletinSummary } from '../../../shared/library-types';

export const SAMPLE_BULLETIN: Bulletin = {
  file: '2024/2024-03-17.txt',
  title: 'Prayer requests (sample)',
  date: '2024-03-17',
  dateSource: 'text',
  scripture: { text: 'A sample verse.', reference: 'Psalm 10:17' },
  items: [
    {
      region: 'Africa',
      heading: null,
      kind: 'prayer',
      text: 'Pray for the sample court hearing in Kampala.',
      countries: ['Uganda'],
      pseudonyms: [],
    },
  ],
  warnings: [],
};

export function createFakeLibrary(folder: string, recentFolders: string[] = []) {
  let state: LibraryState = {
    folder,
    isSample: false,
    status: 'ready',
    progress: null,
    bulletinCount: 1,
    problems: [],
    recentFolders,
    notice: null,
  };
  const listeners = new Set<(event: LibraryEvent) => void>();
  const result: SearchResult = { total: 0, hits: [], didYouMean: [] };
  const bulletins: readonly Bulletin[] = [SAMPLE_BULLETIN];
  const library = {
    getState: vi.fn(() => state),
    openFolder: vi.fn(async (next: string) => {
      state = {
        ...state,
        folder: next,
        recentFolders: [next, ...state.recentFolders.filter((f) => f !== next)],
      };
      return state;
    }),
    reload: vi.fn(async () => state),
    search: vi.fn(() => result),
    listBulletins: vi.fn(() => [
      {
        file: SAMPLE_BULLETIN.file,
        title: SAMPLE_BULLETIN.title,
        date: SAMPLE_BULLETIN.date,
        dateSource: SAMPLE_BULLETIN.dateSource,
        scriptureReference: 'Psalm 10:17',
        regionCounts: { Africa: 1 },
        itemCount: 1,
      },
    ]),
    allBulletins: vi.fn((): readonly Bulletin[] => bulletins),
    getBulletin: vi.fn((file: string) => (file === SAMPLE_BULLETIN.file ? SAMPLE_BULLETIN : null)),
    // The real confinement: the handler tests then show that hostile paths never reach the shell.
    resolveFile: vi.fn(async (file: string) => confinePath(folder, file)),
    onEvent: vi.fn((listener: (event: LibraryEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    close: vi.fn(async () => undefined),
    stopReading: vi.fn((): LibraryState => state),
    tryAgain: vi.fn(async (_file: string) => state),
  } satisfies LibraryService;
  return {
    library,
    emit: (event: LibraryEvent) => listeners.forEach((listener) => listener(event)),
    listenerCount: () => listeners.size,
    setState: (next: Partial<LibraryState>) => {
      state = { ...state, ...next };
    },
  };
}

export const SAMPLE_ITEM_ID = `${SAMPLE_BULLETIN.file}#0`;

/** The thread of one the fake stories answer for the sample request. */
export function sampleThread(overrides: Partial<Thread> = {}): Thread {
  const item = SAMPLE_BULLETIN.items[0]!;
  return {
    itemId: SAMPLE_ITEM_ID,
    members: [
      {
        id: SAMPLE_ITEM_ID,
        file: SAMPLE_BULLETIN.file,
        itemIndex: 0,
        date: SAMPLE_BULLETIN.date,
        title: SAMPLE_BULLETIN.title,
        region: item.region,
        kind: item.kind,
        text: item.text,
        countries: item.countries,
        pseudonyms: item.pseudonyms,
        link: 'found',
        reasons: [],
      },
    ],
    status: 'waiting',
    answeredBy: null,
    confirmed: false,
    possible: [],
    alsoSavedAs: [],
    ...overrides,
  };
}

/** A StoryService fake: marks every hit and summary, answers the sample thread, records calls. */
export function createFakeStories() {
  const changeListeners = new Set<() => void>();
  const stories = {
    /** Plays main's "the marks changed" news to whoever listens (the shell forwards it to the window). */
    emitChange: () => {
      for (const listener of changeListeners) listener();
    },
    thread: vi.fn((itemId: string) => (itemId === SAMPLE_ITEM_ID ? sampleThread() : null)),
    link: vi.fn(async (_itemId: string, _otherId: string) => sampleThread()),
    unlink: vi.fn(async (_itemId: string, _threadItemId: string) => sampleThread()),
    confirm: vi.fn(async (_itemId: string) => sampleThread({ confirmed: true })),
    markHits: vi.fn((found: SearchResult) => ({
      ...found,
      hits: found.hits.map((hit) => ({ ...hit, story: { threadSize: 1, status: 'waiting' as const } })),
    })),
    marksOf: vi.fn((file: string) =>
      file === SAMPLE_ITEM_ID.replace(/#\d+$/, '') ? [{ threadSize: 2, status: 'answered' as const }] : [],
    ),
    markSummaries: vi.fn((summaries: BulletinSummary[]) =>
      summaries.map((s) => ({ ...s, answers: { answered: 0, waiting: 1 } })),
    ),
    scriptureIndex: vi.fn(() => ({ entries: [], unrecognised: [] })),
    countries: vi.fn(() => [
      { country: 'Uganda', region: 'Africa' as const, count: 1, latest: '2024-03-17' },
    ]),
    countryView: vi.fn((_country: string) => null),
    praiseDigest: vi.fn((options: { from: string; to: string; title?: string }) => ({
      draft: createSheet({ title: options.title ?? 'Answers to prayer', paperSize: 'Letter' }),
      total: 0,
      omitted: 0,
    })),
    onChange: vi.fn((listener: () => void) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    }),
  } satisfies StoryService & { emitChange(): void };
  return stories;
}
