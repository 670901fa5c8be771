// An in-memory LibraryService for the shell's tests: a folder with two bulletins, recent folders,
// and an event emitter the test drives.
import { confinePath } from '../../../electron/core/library/confine-path';
import { vi } from 'vitest';
import type { LibraryService } from '../../../electron/main/library-port';
import type { Bulletin } from '../../../shared/model';
import type { LibraryEvent, LibraryState } from '../../../shared/library-types';
import type { SearchResult } from '../../../shared/search-types';

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
    getBulletin: vi.fn((file: string) => (file === SAMPLE_BULLETIN.file ? SAMPLE_BULLETIN : null)),
    // The real confinement: the handler tests then show that hostile paths never reach the shell.
    resolveFile: vi.fn(async (file: string) => confinePath(folder, file)),
    onEvent: vi.fn((listener: (event: LibraryEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    close: vi.fn(async () => undefined),
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
