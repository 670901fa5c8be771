// The search layer's small interface. The UI, the CLI and the IPC handlers only see this;
// the engine behind it (Lunr's model, on a compact index that updates in place) can change freely.
import type { Bulletin } from '../../../shared/model';
import type { SearchQuery, SearchResult } from '../../../shared/search-types';

export interface SearchEngine {
  /** Never throws for any user input: bad syntax degrades to plain words. */
  search(query: SearchQuery): SearchResult;
  /** A JSON-safe snapshot that `loadSearchEngine` turns back into an engine without re-indexing. */
  serialize(): unknown;
  /**
   * Makes `changed` bulletins searchable (replacing those with the same `file`, or added) and forgets the
   * bulletins whose `file` is in `removedFiles`, without indexing the others again. Afterwards the engine
   * answers exactly as one created from the resulting bulletins, in the library's order (by date, oldest
   * first, undated last, then file). Optional: an engine without it is created again instead. Throws
   * only on a bug; the engine then still answers as before the call.
   */
  update?(changed: readonly Bulletin[], removedFiles: readonly string[]): void;
}

export type CreateSearchEngine = (bulletins: readonly Bulletin[]) => SearchEngine;
export type LoadSearchEngine = (bulletins: readonly Bulletin[], snapshot: unknown) => SearchEngine;
