import { describe, expect, it, vi } from 'vitest';
import { viewReducer } from '../../renderer/src/hooks/use-view-state';
import { computeFacets, CountCache } from '../../renderer/src/hooks/use-facets';
import { LatestRunner } from '../../renderer/src/lib/latest-runner';
import { buildTimeline } from '../../renderer/src/lib/timeline-rows';
import { PAGE_SIZE, quotedQuery, showsResults, toSearchQuery } from '../../renderer/src/lib/view-query';
import { DEFAULT_VIEW_STATE } from '../../shared/ipc-contract';
import type { BulletinSummary } from '../../shared/library-types';
import { countFacets } from '../../shared/search-facets';
import { createFakeApi, FAKE_BULLETINS } from './fake-prayer-desk';

function summary(file: string, date: string | null): BulletinSummary {
  return {
    file,
    title: null,
    date,
    dateSource: 'text',
    scriptureReference: null,
    regionCounts: { Africa: 1 },
    itemCount: 1,
  };
}

describe('the view', () => {
  it('becomes a search request without empty parts, relevance only with words', () => {
    expect(toSearchQuery(DEFAULT_VIEW_STATE)).toEqual({ text: '', sort: 'date', limit: PAGE_SIZE });
    expect(
      toSearchQuery({
        ...DEFAULT_VIEW_STATE,
        query: ' uganda ',
        regions: ['Europe', 'Africa'],
        from: '2020-01-01',
      }),
    ).toEqual({
      text: 'uganda',
      regions: ['Africa', 'Europe'],
      from: '2020-01-01',
      sort: 'relevance',
      limit: PAGE_SIZE,
    });
  });

  it('shows the timeline until words, a region or a kind are asked for', () => {
    expect(showsResults(DEFAULT_VIEW_STATE)).toBe(false);
    expect(showsResults({ ...DEFAULT_VIEW_STATE, query: '  ' })).toBe(false);
    expect(showsResults({ ...DEFAULT_VIEW_STATE, regions: ['Global'] })).toBe(true);
    expect(showsResults({ ...DEFAULT_VIEW_STATE, kinds: ['praise'] })).toBe(true);
  });

  it('toggles filters, keeps a range the right way round and clears filters but not the words', () => {
    let view = viewReducer(DEFAULT_VIEW_STATE, { type: 'query', text: 'kiln' });
    view = viewReducer(view, { type: 'toggle-region', region: 'South Asia' });
    view = viewReducer(view, { type: 'toggle-region', region: 'Africa' });
    expect(view.regions).toEqual(['Africa', 'South Asia']);
    view = viewReducer(view, { type: 'range', from: '2024-12-31', to: '2020-01-01' });
    expect([view.from, view.to]).toEqual(['2020-01-01', '2024-12-31']);
    view = viewReducer(view, { type: 'clear-filters' });
    expect(view).toEqual({ ...DEFAULT_VIEW_STATE, query: 'kiln' });
  });
});

describe('the timeline rows', () => {
  it('groups newest first by year and month, undated last', () => {
    const timeline = buildTimeline([
      summary('a.txt', '2023-12-03'),
      summary('b.txt', null),
      summary('c.txt', '2024-03-10'),
      summary('d.txt', '2024-03-03'),
    ]);
    expect(timeline.rows.map((row) => (row.type === 'bulletin' ? row.bulletin.file : row.key))).toEqual([
      'y:2024',
      'm:2024-3',
      'c.txt',
      'd.txt',
      'y:2023',
      'm:2023-12',
      'a.txt',
      'y:none',
      'b.txt',
    ]);
    expect(timeline.bulletinRows).toEqual([2, 3, 6, 8]);
  });

  it('keeps only bulletins in the date range', () => {
    const timeline = buildTimeline([summary('a.txt', '2023-12-03'), summary('b.txt', null)], {
      from: '2023-01-01',
      to: null,
    });
    expect(timeline.bulletinCount).toBe(1);
  });
});

describe('running searches while typing', () => {
  it('keeps one request in flight and only ever reports the newest question', async () => {
    const resolvers: ((value: string) => void)[] = [];
    const asked: string[] = [];
    const results: string[] = [];
    const runner = new LatestRunner<string, string>({
      run: (query) => {
        asked.push(query);
        return new Promise((resolve) => resolvers.push(resolve));
      },
      onResult: (_query, result) => results.push(result),
      onError: () => {},
    });
    runner.request('u', 'u', 0);
    runner.request('ug', 'ug', 0);
    runner.request('uga', 'uga', 0);
    expect(asked).toEqual(['u']);
    resolvers[0]!('answer to u');
    await Promise.resolve();
    await Promise.resolve();
    // The answer to "u" is stale: dropped; the newest question goes out next, skipping "ug".
    expect(results).toEqual([]);
    expect(asked).toEqual(['u', 'uga']);
    resolvers[1]!('answer to uga');
    await vi.waitFor(() => expect(results).toEqual(['answer to uga']));
  });

  it('waits out a burst of keys, and Enter sends at once', async () => {
    vi.useFakeTimers();
    try {
      const asked: string[] = [];
      const runner = new LatestRunner<string, string>({
        run: async (query) => {
          asked.push(query);
          return query;
        },
        onResult: () => {},
        onError: () => {},
      });
      runner.request('p', 'p', 120);
      runner.request('pr', 'pr', 120);
      vi.advanceTimersByTime(100);
      expect(asked).toEqual([]);
      vi.advanceTimersByTime(30);
      expect(asked).toEqual(['pr']);
      await vi.advanceTimersByTimeAsync(0);
      runner.request('pra', 'pra', 120);
      runner.flush();
      expect(asked).toEqual(['pr', 'pra']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('facet counts', () => {
  it('count regions without the region filter, kinds without the kind filter, months with both', () => {
    const facets = countFacets(
      [
        { region: 'Africa', kind: 'praise', date: '2024-03-10' },
        { region: 'Africa', kind: 'prayer', date: '2024-03-17' },
        { region: 'Europe', kind: 'prayer', date: '2024-04-07' },
        { region: 'Europe', kind: 'praise', date: null },
      ],
      { regions: ['Africa'], kinds: ['prayer'] },
    );
    expect(facets.regions.Africa).toBe(1);
    expect(facets.regions.Europe).toBe(1);
    expect(facets.kinds).toEqual({ praise: 1, prayer: 1, info: 0 });
    expect(facets.months).toEqual({ '2024-03': 1 });
    expect(facets.total).toBe(1);
  });

  it('are worked out by small counting searches when a question matches too many to fetch', async () => {
    const api = createFakeApi();
    const summaries = await api.listBulletins();
    const reports: unknown[] = [];
    // A limit of 1 in the "fetch all" search forces the counting path.
    const search = vi.fn(api.search);
    const limited = {
      search: (q: Parameters<typeof api.search>[0]) => search({ ...q, limit: Math.min(q.limit ?? 50, 1) }),
    };
    await computeFacets(
      limited,
      { query: 'pray', regions: ['Africa'], kinds: [], from: null, to: null },
      summaries,
      new CountCache(),
      (facets) => reports.push(facets),
      () => true,
    );
    const last = reports[reports.length - 1] as Awaited<ReturnType<typeof countFacets>>;
    expect(last.regions?.Africa).toBe(1);
    expect(last.regions?.['Southeast Asia & Pacific']).toBe(1);
    expect(last.kinds?.prayer).toBe(1);
    expect(FAKE_BULLETINS).toHaveLength(3);
  });
});

describe('quotedQuery', () => {
  it('quotes plain words once, and keeps a query’s own quotes without doubling them', () => {
    expect(quotedQuery(' uganda ')).toBe('“uganda”');
    expect(quotedQuery('"bonded labour"')).toBe('“bonded labour”');
    expect(quotedQuery('"bonded labour" india')).toBe('“bonded labour” india');
    expect(quotedQuery('“court date”')).toBe('“court date”');
  });
});
