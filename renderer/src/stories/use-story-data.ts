// Asking main for one piece of story data (the verse index, the countries, a country's view) and keeping
// the answer until the library changes (a new `generation`) or the question does. An answer that comes
// back after a newer question was asked is dropped, so a slow answer never replaces a newer one.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/error-message';

export interface StoryData<T> {
  /** null until the first answer; while the same question is asked again the last answer stays. */
  data: T | null;
  loading: boolean;
  /** Why the last question failed, in plain words. */
  error: string | null;
  retry(): void;
}

interface Answer<T> {
  /** Which asking this answers (question, generation and attempt). */
  of: string;
  key: string;
  data: T | null;
  error: string | null;
}

/** `load` is called again whenever `key` or `generation` changes (or on retry); it must depend on `key` only. */
export function useStoryData<T>(load: () => Promise<T>, key: string, generation: number): StoryData<T> {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const of = `${key}\u0000${generation}\u0000${attempt}`;

  useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (live) setAnswer({ of, key, data, error: null });
      },
      (error: unknown) => {
        if (live)
          setAnswer((previous) => ({
            of,
            key,
            data: previous?.key === key ? previous.data : null,
            error: errorMessage(error),
          }));
      },
    );
    return () => {
      live = false;
    };
    // `load` is keyed by `key`: a new function for the same key must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [of]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Another question's answer is never shown under this one.
  const mine = answer !== null && answer.key === key ? answer : null;
  return {
    data: mine?.data ?? null,
    loading: mine?.of !== of,
    error: mine?.of === of ? mine.error : null,
    retry,
  };
}
