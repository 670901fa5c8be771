// Search as you type: the first page of results for the current question, kept until the next answer
// arrives (no flicker to empty), re-asked when the library changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchQuery, SearchResult } from '../../../shared/search-types';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-message';
import { LatestRunner } from '../lib/latest-runner';
import { currentKeySeq } from '../lib/perf-marks';
import { queryKey } from '../lib/view-query';

/** A burst of keystrokes closer together than this becomes one search. */
export const SEARCH_DEBOUNCE_MS = 120;

export interface SearchAnswer {
  query: SearchQuery;
  key: string;
  result: SearchResult;
  /** The last keystroke this answer reflects (for the keystroke-to-results measure). */
  keySeq: number;
}

export interface SearchView {
  answer: SearchAnswer | null;
  /** True while the shown answer is not for the current question. */
  pending: boolean;
  error: string | null;
  /** Sends a waiting search at once. */
  flush(): void;
}

function onlyTextChanged(a: SearchQuery | null, b: SearchQuery): boolean {
  return a !== null && a.text !== b.text && queryKey({ ...a, text: '' }) === queryKey({ ...b, text: '' });
}

/** `query` null: no search is wanted (the timeline shows). */
export function useSearch(query: SearchQuery | null, generation: number): SearchView {
  const api = useApi();
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const runnerRef = useRef<LatestRunner<{ query: SearchQuery; keySeq: number }, SearchResult> | null>(null);
  const last = useRef<{ query: SearchQuery | null; typedAt: number; generation: number }>({
    query: null,
    typedAt: -Infinity,
    generation,
  });

  useEffect(() => {
    const runner = new LatestRunner<{ query: SearchQuery; keySeq: number }, SearchResult>({
      run: ({ query: asked }) => api.search(asked),
      onResult: ({ query: asked, keySeq }, result, key) => {
        setAnswer({ query: asked, key, result, keySeq });
        setError(null);
      },
      onError: (_asked, cause, key) => setError({ key, message: errorMessage(cause) }),
    });
    runnerRef.current = runner;
    return () => {
      runner.dispose();
      runnerRef.current = null;
    };
  }, [api]);

  const key = query === null ? null : `${generation}|${queryKey(query)}`;

  useEffect(() => {
    const runner = runnerRef.current;
    if (runner === null || query === null || key === null) {
      last.current.query = query;
      return;
    }
    const now = performance.now();
    const previous = last.current;
    if (previous.generation !== generation) runner.invalidate();
    let delay = 0;
    if (onlyTextChanged(previous.query, query)) {
      // Typing: the first key after a pause searches at once; keys in a quick burst wait for the pause.
      if (now - previous.typedAt < SEARCH_DEBOUNCE_MS || runner.waiting) delay = SEARCH_DEBOUNCE_MS;
      previous.typedAt = now;
    }
    previous.query = query;
    previous.generation = generation;
    runner.request({ query, keySeq: currentKeySeq() }, key, delay);
    // `query` is described completely by `key`; depending on the object would re-run on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const flush = useCallback(() => runnerRef.current?.flush(), []);

  const pending = key !== null && (answer === null || answer.key !== key);
  return {
    answer: key === null ? null : answer,
    pending,
    error: error !== null && error.key === key ? error.message : null,
    flush,
  };
}
