// Stories across weeks (issue 8), as the handlers use them: threads and answers, the verse index, the
// country view and the praise digest, all derived from the library's bulletins. Plain Node, no Electron.
//
// Everything is derived lazily and kept until the library's bulletin array is replaced (the library
// service makes a new one on every change), so a search decorates its hits from memory.
// The user's link, unlink and confirm choices live in userData (./thread-choices-store.ts), never in the
// bulletin folder.
import type { BulletinSummary } from '../../../shared/library-types';
import type { Bulletin } from '../../../shared/model';
import type { SearchResult } from '../../../shared/search-types';
import type {
  CountrySummary,
  CountryView,
  PraiseDigest,
  PraiseDigestOptions,
  ScriptureIndex,
  Thread,
} from '../../../shared/story-types';

export interface StoryService {
  /** null when the library has no such request. */
  thread(itemId: string): Thread | null;
  link(itemId: string, otherId: string): Promise<Thread>;
  unlink(itemId: string, threadItemId: string): Promise<Thread>;
  confirm(itemId: string): Promise<Thread>;
  /** Adds `story` to each hit (when the threads are known; never delays a search to work them out). */
  markHits(result: SearchResult): SearchResult;
  /** Adds `answers` to each summary (when the threads are known). */
  markSummaries(summaries: BulletinSummary[]): BulletinSummary[];
  scriptureIndex(): ScriptureIndex;
  countries(): CountrySummary[];
  countryView(country: string): CountryView | null;
  praiseDigest(options: PraiseDigestOptions): PraiseDigest;
}

export interface StoryServiceOptions {
  /** The library's bulletins now (LibraryService.allBulletins). */
  bulletins(): readonly Bulletin[];
  /** The app's user-data folder: the user's thread choices are kept in it. */
  userDataDir: string;
}

export async function createStoryService(_options: StoryServiceOptions): Promise<StoryService> {
  throw new Error('Stories are not built yet.');
}
