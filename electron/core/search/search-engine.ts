// The search layer's small interface. The UI, the CLI and the IPC handlers only see this;
// the engine behind it (Lunr today, sharded or otherwise tuned later) can change freely.
import type { Bulletin } from '../../../shared/model';
import type { SearchQuery, SearchResult } from '../../../shared/search-types';

export interface SearchEngine {
  /** Never throws for any user input: bad syntax degrades to plain words. */
  search(query: SearchQuery): SearchResult;
  /** A JSON-safe snapshot that `loadSearchEngine` turns back into an engine without re-indexing. */
  serialize(): unknown;
}

export type CreateSearchEngine = (bulletins: readonly Bulletin[]) => SearchEngine;
export type LoadSearchEngine = (bulletins: readonly Bulletin[], snapshot: unknown) => SearchEngine;
