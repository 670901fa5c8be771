// The rest of a long result list, fetched a page at a time as the virtual list scrolls towards it.
// The first page comes with the search answer; later pages are asked for only when rows need them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/search-types';
import { useApi } from '../api/api-context';
import type { SearchAnswer } from './use-search';
import { PAGE_SIZE } from '../lib/view-query';

/** The list stops here; past it, people narrow the search rather than scroll. */
export const MAX_LISTED_HITS = 10_000;

export interface PagedHits {
  /** Rows in the list: all matches, up to MAX_LISTED_HITS. */
  count: number;
  hit(index: number): SearchHit | undefined;
  /** Makes sure the pages covering rows [start, end] are loaded or on their way. */
  ensure(start: number, end: number): void;
}

interface PageStore {
  key: string | null;
  pages: ReadonlyMap<number, SearchHit[]>;
}

function storeFor(answer: SearchAnswer | null): PageStore {
  return answer === null
    ? { key: null, pages: new Map() }
    : { key: answer.key, pages: new Map([[0, answer.result.hits]]) };
}

export function usePagedHits(answer: SearchAnswer | null): PagedHits {
  const api = useApi();
  const [stored, setStored] = useState<PageStore>(() => storeFor(answer));
  let store = stored;
  if (stored.key !== (answer?.key ?? null)) {
    // A new answer starts a new list: its own first page, nothing else yet (React's "adjust state
    // while rendering" pattern, so no frame ever shows the old pages under the new answer).
    store = storeFor(answer);
    setStored(store);
  }

  const answerRef = useRef(answer);
  const loading = useRef(new Set<string>());
  const loaded = useRef(store);
  useEffect(() => {
    answerRef.current = answer;
    loaded.current = store;
  });

  const count = answer === null ? 0 : Math.min(answer.result.total, MAX_LISTED_HITS);
  const pages = store.pages;
  const hit = useCallback(
    (index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [pages],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      const current = answerRef.current;
      if (current === null) return;
      const firstPage = Math.max(0, Math.floor(start / PAGE_SIZE));
      const lastPage = Math.floor(Math.min(end, MAX_LISTED_HITS - 1) / PAGE_SIZE);
      for (let page = firstPage; page <= lastPage; page += 1) {
        if (page * PAGE_SIZE >= current.result.total) break;
        const id = `${current.key}#${page}`;
        if (loaded.current.pages.has(page) || loading.current.has(id)) continue;
        loading.current.add(id);
        const key = current.key;
        api.search({ ...current.query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
          (result) => {
            loading.current.delete(id);
            // Only into the list this page was asked for.
            setStored((previous) =>
              previous.key === key
                ? { key, pages: new Map(previous.pages).set(page, result.hits) }
                : previous,
            );
          },
          () => loading.current.delete(id),
        );
      }
    },
    [api],
  );

  return { count, hit, ensure };
}
