// The reading pane highlights with the search helper's own highlighter (shared/highlight.ts), given the
// same Porter stemmer the index uses, so the reader marks the words search matched ("trafficking" lights
// up "trafficked") and nothing else.
import lunr from 'lunr';
import { createQueryHighlighter } from '../../../shared/highlight';
import type { MatchRange } from '../../../shared/search-types';

const stems = new Map<string, string>();

/** Lunr's stemmer on an already folded word, remembered: a bulletin repeats its words. */
export function stemWord(folded: string): string {
  let stemmed = stems.get(folded);
  if (stemmed === undefined) {
    if (stems.size > 20_000) stems.clear();
    stemmed = lunr.stemmer(new lunr.Token(folded, {})).toString();
    stems.set(folded, stemmed);
  }
  return stemmed;
}

/** A function giving the ranges to mark in a text for `query` (and any close spellings search used). */
export function readerHighlighter(
  query: string,
  extraWords: readonly string[] = [],
): (text: string) => MatchRange[] {
  if (query.trim() === '' && extraWords.length === 0) return () => [];
  return createQueryHighlighter(query, { stem: stemWord, extraWords });
}
