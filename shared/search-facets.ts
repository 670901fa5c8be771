// Counts that let the reader show "how many requests" beside each filter and draw the requests-per-month
// chart for the current question. Pure, so the renderer can count a fetched list of hits today and the
// main process can count every match in one pass once a `searchFacets` request joins the IPC contract.
import type { Kind, Region } from './model';
import { KINDS, REGIONS } from './model';

/** What a request needs for counting: where it is from, what it is, and when. */
export interface FacetItem {
  region: Region;
  kind: Kind;
  /** 'YYYY-MM-DD' or null. */
  date: string | null;
}

export interface FacetFilters {
  regions?: readonly Region[];
  kinds?: readonly Kind[];
}

export interface SearchFacets {
  /** Matching requests per region, under every filter except the region filter (so one can add regions). */
  regions: Record<Region, number>;
  /** Matching requests per kind, under every filter except the kind filter. */
  kinds: Record<Kind, number>;
  /** Matching requests per 'YYYY-MM', under every filter; undated requests are counted in `undated`. */
  months: Record<string, number>;
  undated: number;
  /** Matching requests under every filter. */
  total: number;
}

export function emptyRegionCounts(): Record<Region, number> {
  return Object.fromEntries(REGIONS.map((region) => [region, 0])) as Record<Region, number>;
}

export function emptyKindCounts(): Record<Kind, number> {
  return Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
}

/**
 * Counts `items` — every request that matches the query's text and date range, before the region and
 * kind filters — into facets. Region counts ignore the region filter and kind counts the kind filter,
 * as shops do with their filter counts; months and total honour both.
 */
export function countFacets(items: Iterable<FacetItem>, filters: FacetFilters = {}): SearchFacets {
  const regionFilter = filters.regions && filters.regions.length > 0 ? new Set(filters.regions) : null;
  const kindFilter = filters.kinds && filters.kinds.length > 0 ? new Set(filters.kinds) : null;
  const facets: SearchFacets = {
    regions: emptyRegionCounts(),
    kinds: emptyKindCounts(),
    months: {},
    undated: 0,
    total: 0,
  };
  for (const item of items) {
    const regionOk = regionFilter === null || regionFilter.has(item.region);
    const kindOk = kindFilter === null || kindFilter.has(item.kind);
    if (kindOk) facets.regions[item.region] += 1;
    if (regionOk) facets.kinds[item.kind] += 1;
    if (!regionOk || !kindOk) continue;
    facets.total += 1;
    if (item.date === null) {
      facets.undated += 1;
    } else {
      const month = item.date.slice(0, 7);
      facets.months[month] = (facets.months[month] ?? 0) + 1;
    }
  }
  return facets;
}
