// What the renderer asks of search and what it gets back. Plain data, so it crosses IPC unchanged.
import type { Kind, Region } from './model';
import type { StoryMark } from './story-types';

/** 'date': newest first; 'date-asc': oldest first. */
export type SortOrder = 'relevance' | 'date' | 'date-asc';

export interface SearchQuery {
  /** What the user typed, verbatim: words, "quoted phrases", +must, -mustNot, prefixes. */
  text: string;
  regions?: Region[];
  kinds?: Kind[];
  /** Inclusive 'YYYY-MM-DD' bounds on the bulletin date. */
  from?: string;
  to?: string;
  /** Default: relevance when there is query text, date (newest first) when there is none. */
  sort?: SortOrder;
  /** Default 50. */
  limit?: number;
  /** Default 0; for paging through long result lists. */
  offset?: number;
  /** Only requests of bulletins from these senders ('IJM', 'Open Doors', 'Unknown'); empty or absent: all. */
  organisations?: string[];
}

/** A half-open range [start, end) of UTF-16 code units in a text. */
export interface MatchRange {
  start: number;
  end: number;
}

export interface SearchHit {
  /** Stable id of the item: `${file}#${itemIndex}`. */
  id: string;
  file: string;
  itemIndex: number;
  date: string | null;
  region: Region;
  kind: Kind;
  score: number;
  /** A short window of the text around the best match, with '…' where it was cut. */
  snippet: string;
  /** Matches inside `snippet`. */
  snippetRanges: MatchRange[];
  /** The item's whole text. */
  text: string;
  /** Matches inside `text`. */
  ranges: MatchRange[];
  /** The countries the request names (English short names), for country chips. */
  countries?: string[];
  /** Its thread and answer status, added by main once the library's threads are known. */
  story?: StoryMark;
}

export interface SearchResult {
  /** How many items match in all (hits holds one page of them). */
  total: number;
  hits: SearchHit[];
  /** When nothing matched exactly and the query was widened to close spellings: the words that were used. */
  didYouMean: string[];
}
