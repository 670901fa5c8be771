// Turns what the reader shows (the remembered ViewState) into the search request it stands for,
// and answers the small questions the screen asks about it (is a filter on, which view to show).
import type { Kind, Region } from '../../../shared/model';
import { KINDS, REGIONS } from '../../../shared/model';
import type { ViewState } from '../../../shared/library-types';
import type { SearchQuery, SortOrder } from '../../../shared/search-types';

/**
 * Hits fetched per request; a page is what the list asks for as it scrolls. Small on purpose: the first
 * page is on the keystroke's critical path (the engine makes a snippet for each hit, and each hit crosses
 * IPC), and 25 cards fill even a tall window.
 */
export const PAGE_SIZE = 25;

export type FilterState = Pick<ViewState, 'regions' | 'kinds' | 'from' | 'to' | 'organisations'>;

export function hasQueryText(view: Pick<ViewState, 'query'>): boolean {
  return view.query.trim().length > 0;
}

/**
 * The timeline (bulletins by month) is the view with nothing asked; typing, or picking a region or a kind,
 * asks for requests, so the list becomes one card per request. A date range alone narrows the timeline.
 */
export function showsResults(
  view: Pick<ViewState, 'query' | 'regions' | 'kinds' | 'organisations'>,
): boolean {
  return (
    hasQueryText(view) ||
    view.regions.length > 0 ||
    view.kinds.length > 0 ||
    (view.organisations ?? []).length > 0
  );
}

export function hasFilters(view: FilterState): boolean {
  return (
    view.regions.length > 0 ||
    view.kinds.length > 0 ||
    (view.organisations ?? []).length > 0 ||
    view.from !== null ||
    view.to !== null
  );
}

/** The search request for the current view; empty arrays and nulls are left out. */
export function toSearchQuery(view: ViewState, page: { limit?: number; offset?: number } = {}): SearchQuery {
  const query: SearchQuery = { text: view.query.trim() };
  if (view.regions.length > 0) query.regions = sortedRegions(view.regions);
  if (view.kinds.length > 0) query.kinds = sortedKinds(view.kinds);
  if ((view.organisations ?? []).length > 0) query.organisations = [...view.organisations!].sort();
  if (view.from !== null) query.from = view.from;
  if (view.to !== null) query.to = view.to;
  const sort = effectiveSort(view);
  query.sort = sort;
  query.limit = page.limit ?? PAGE_SIZE;
  if (page.offset !== undefined && page.offset > 0) query.offset = page.offset;
  return query;
}

/** Relevance only means something when words were typed; otherwise newest first. */
export function effectiveSort(view: Pick<ViewState, 'query' | 'sort'>): SortOrder {
  if (!hasQueryText(view)) return 'date';
  return view.sort ?? 'relevance';
}

/** A stable key for a request without its paging, to tell "same question" from "new question". */
export function queryKey(query: SearchQuery): string {
  const { limit: _limit, offset: _offset, ...rest } = query;
  return JSON.stringify(rest);
}

export function sortedRegions(regions: readonly Region[]): Region[] {
  return REGIONS.filter((region) => regions.includes(region));
}

export function sortedKinds(kinds: readonly Kind[]): Kind[] {
  return KINDS.filter((kind) => kinds.includes(kind));
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];
}

/**
 * The query as a heading quotes it: “uganda”. A query that has quotes of its own ("bonded labour" india)
 * is shown with its own quotes, curled, and no second pair around it.
 */
export function quotedQuery(text: string): string {
  const trimmed = text.trim();
  if (!/["“”]/.test(trimmed)) return `“${trimmed}”`;
  let open = true;
  return trimmed.replace(/["“”]/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}
