// The counts beside each filter and the requests-per-month chart, for the current question.
// The contract has no facet request yet, so they are counted here from what it gives, cheapest first:
//   1. no words and no kind filter: straight from the bulletin list (each summary has items per region);
//   2. a question with few matches: one search for all of them, counted with shared/search-facets;
//   3. otherwise: small counting searches (limit 1, only `total` is read), cached, one at a time, and
//      abandoned as soon as the question changes, so typing never waits behind them.
import { useEffect, useRef, useState } from 'react';
import type { BulletinSummary, ViewState } from '../../../shared/library-types';
import type { Kind, Region } from '../../../shared/model';
import { KINDS, organisationOf, REGIONS } from '../../../shared/model';
import type { PrayerDeskApi } from '../../../shared/prayer-desk-api';
import { countFacets, emptyRegionCounts } from '../../../shared/search-facets';
import type { SearchQuery } from '../../../shared/search-types';
import { useApi } from '../api/api-context';
import type { ChartSeries, ChartSpan } from '../lib/chart-series';
import { barBounds, chartSpan, seriesFromCounts, seriesFromMonths } from '../lib/chart-series';
import { inDateRange } from '../lib/timeline-rows';
import { trustedDate } from '../../../shared/undated';
import { hasQueryText } from '../lib/view-query';

export interface Facets {
  regions: Record<Region, number> | null;
  kinds: Record<Kind, number> | null;
  series: ChartSeries | null;
  /** Requests per sender ('IJM', 'Open Doors', 'Unknown'), under every filter except the sender filter. */
  organisations?: Record<string, number> | null;
}

/** Questions with at most this many matches are fetched whole and counted in one go. */
export const FETCH_ALL_LIMIT = 200;
/**
 * Counting waits for typing to pause this long: longer than the gap between a steady typist's keys
 * (about 200 ms), so the counts never compete with the results of the word being typed.
 */
export const FACET_DELAY_MS = 350;

type FacetView = Pick<ViewState, 'query' | 'regions' | 'kinds' | 'from' | 'to' | 'organisations'>;

/** The senders of the library's bulletins, each with no requests counted yet. */
function emptyOrganisationCounts(bulletins: readonly BulletinSummary[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const bulletin of bulletins) counts[organisationOf(bulletin)] = 0;
  return counts;
}

export function libraryDateSpan(bulletins: readonly BulletinSummary[]): {
  first: string | null;
  last: string | null;
} {
  let first: string | null = null;
  let last: string | null = null;
  for (const bulletin of bulletins) {
    const date = trustedDate(bulletin);
    if (date === null) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { first, last };
}

/** Facets straight from the bulletin list: exact when no words are typed and no kind is chosen. */
export function facetsFromSummaries(
  bulletins: readonly BulletinSummary[],
  view: FacetView,
  span: ChartSpan | null,
): Pick<Facets, 'regions' | 'series' | 'organisations'> {
  const regions = emptyRegionCounts();
  const organisations = emptyOrganisationCounts(bulletins);
  const months: Record<string, number> = {};
  const chosen = view.organisations ?? [];
  for (const bulletin of bulletins) {
    if (!inDateRange(bulletin.date, view.from, view.to)) continue;
    const organisation = organisationOf(bulletin);
    const senderOk = chosen.length === 0 || chosen.includes(organisation);
    let counted = 0;
    for (const region of REGIONS) {
      const count = bulletin.regionCounts[region] ?? 0;
      if (senderOk) regions[region] += count;
      if (view.regions.length === 0 || view.regions.includes(region)) counted += count;
    }
    organisations[organisation] = (organisations[organisation] ?? 0) + counted;
    const date = trustedDate(bulletin);
    if (senderOk && date !== null && counted > 0) {
      const month = date.slice(0, 7);
      months[month] = (months[month] ?? 0) + counted;
    }
  }
  return { regions, organisations, series: span === null ? null : seriesFromMonths(span, months) };
}

function baseQuery(view: FacetView): SearchQuery {
  const query: SearchQuery = { text: view.query.trim(), sort: 'date' };
  if ((view.organisations ?? []).length > 0) query.organisations = [...view.organisations!];
  if (view.from !== null) query.from = view.from;
  if (view.to !== null) query.to = view.to;
  return query;
}

export class CountCache {
  private readonly totals = new Map<string, number>();
  constructor(private readonly limit = 2000) {}

  async total(api: Pick<PrayerDeskApi, 'search'>, query: SearchQuery): Promise<number> {
    const key = JSON.stringify(query);
    const known = this.totals.get(key);
    if (known !== undefined) return known;
    const { total } = await api.search({ ...query, limit: 1 });
    if (this.totals.size >= this.limit) this.totals.delete(this.totals.keys().next().value!);
    this.totals.set(key, total);
    return total;
  }
}

/**
 * Works out the facets for `view`, reporting partial results as they come; `isCurrent` is checked
 * between requests so an outdated count stops at once.
 */
export async function computeFacets(
  api: Pick<PrayerDeskApi, 'search'>,
  view: FacetView,
  bulletins: readonly BulletinSummary[],
  cache: CountCache,
  report: (facets: Facets) => void,
  isCurrent: () => boolean,
): Promise<void> {
  const { first, last } = libraryDateSpan(bulletins);
  const span = chartSpan(first, last, view.from, view.to);
  const base = baseQuery(view);
  const facets: Facets = { regions: null, kinds: null, series: null };
  // Senders are few: one counting search each, under the other filters but not the sender filter.
  const organisationCounts = async (): Promise<Record<string, number> | null> => {
    const counts = emptyOrganisationCounts(bulletins);
    const { organisations: _chosen, ...others } = base;
    for (const organisation of Object.keys(counts)) {
      counts[organisation] = await cache.total(
        api,
        withKinds(withRegions({ ...others, organisations: [organisation] })),
      );
      if (!isCurrent()) return null;
    }
    return counts;
  };
  const withRegions = (query: SearchQuery): SearchQuery =>
    view.regions.length > 0 ? { ...query, regions: [...view.regions] } : query;
  const withKinds = (query: SearchQuery): SearchQuery =>
    view.kinds.length > 0 ? { ...query, kinds: [...view.kinds] } : query;

  if (!hasQueryText(view) && view.kinds.length === 0) {
    Object.assign(facets, facetsFromSummaries(bulletins, view, span));
    report({ ...facets });
  } else {
    const all = await api.search({ ...base, limit: FETCH_ALL_LIMIT });
    if (!isCurrent()) return;
    if (all.total <= all.hits.length) {
      const counted = countFacets(all.hits, { regions: view.regions, kinds: view.kinds });
      report({
        regions: counted.regions,
        kinds: counted.kinds,
        series: span === null ? null : seriesFromMonths(span, counted.months),
        organisations: await organisationCounts(),
      });
      return;
    }
    const regions = emptyRegionCounts();
    for (const region of REGIONS) {
      regions[region] = await cache.total(api, withKinds({ ...base, regions: [region] }));
      if (!isCurrent()) return;
    }
    facets.regions = regions;
    report({ ...facets });
  }

  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const kind of KINDS) {
    kinds[kind] = await cache.total(api, withRegions({ ...base, kinds: [kind] }));
    if (!isCurrent()) return;
  }
  facets.kinds = kinds;
  report({ ...facets });
  if (facets.organisations === undefined) {
    const organisations = await organisationCounts();
    if (!isCurrent()) return;
    facets.organisations = organisations;
    report({ ...facets });
  }

  if (facets.series === null && span !== null) {
    const counts = new Map<string, number>();
    for (const key of span.keys) {
      const bounds = barBounds(span.unit, key);
      const from = view.from !== null && view.from > bounds.from ? view.from : bounds.from;
      const to = view.to !== null && view.to < bounds.to ? view.to : bounds.to;
      counts.set(key, await cache.total(api, withKinds(withRegions({ ...base, from, to }))));
      if (!isCurrent()) return;
    }
    facets.series = seriesFromCounts(span, counts);
    report({ ...facets });
  }
}

export interface FacetState extends Facets {
  /** True while the numbers shown are still those of an earlier question (they are being counted). */
  stale: boolean;
}

export function useFacets(
  view: FacetView,
  bulletins: readonly BulletinSummary[] | null,
  generation: number,
): FacetState {
  const api = useApi();
  const [facets, setFacets] = useState<Facets & { key: string | null }>({
    regions: null,
    kinds: null,
    series: null,
    key: null,
  });
  const cache = useRef<{ generation: number; counts: CountCache } | null>(null);
  const typedBefore = useRef<string | null>(null);
  const { query, regions, kinds, from, to, organisations } = view;
  const text = query.trim();
  const key = `${generation}|${JSON.stringify([text, regions, kinds, from, to, organisations ?? []])}`;

  useEffect(() => {
    if (bulletins === null) return;
    if (cache.current === null || cache.current.generation !== generation) {
      cache.current = { generation, counts: new CountCache() };
    }
    const counts = cache.current.counts;
    let current = true;
    const facetView: FacetView = { query, regions, kinds, from, to, organisations: organisations ?? [] };
    // The cheap path answers at once, and so does a click on a filter; only typing waits for a pause.
    const cheap = !hasQueryText(facetView) && kinds.length === 0;
    const typing = typedBefore.current !== null && typedBefore.current !== text;
    typedBefore.current = text;
    const timer = window.setTimeout(
      () => {
        // Counts not yet worked out keep their previous numbers (shown as outdated) rather than blinking away.
        const report = (next: Facets, done = false) => {
          if (!current) return;
          setFacets((previous) => ({
            regions: next.regions ?? previous.regions,
            kinds: next.kinds ?? previous.kinds,
            series: next.series ?? previous.series,
            organisations: next.organisations ?? previous.organisations ?? null,
            key: done ? key : previous.key,
          }));
        };
        computeFacets(api, facetView, bulletins, counts, report, () => current).then(
          () => report({ regions: null, kinds: null, series: null }, true),
          () => {
            // Counts are a help, not the answer: on failure the filters keep no fresher numbers.
          },
        );
      },
      cheap || !typing ? 0 : FACET_DELAY_MS,
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `key` stands for generation/query/regions/kinds/from/to by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, bulletins]);

  return {
    regions: facets.regions,
    kinds: facets.kinds,
    series: facets.series,
    organisations: facets.organisations ?? null,
    stale: facets.key !== key,
  };
}
