// Where a query matches inside a text, and a short snippet around the best match. Pure and shared: the
// search engine computes ranges for the hits it returns, and the renderer reuses the same functions to
// highlight the reading pane, so both mark exactly the same words.
import { parseQuery } from './query-syntax';
import type { MatchRange } from './search-types';
import { foldWord, isStopWord, wordSpans } from './text-fold';
import type { WordSpan } from './text-fold';

export interface HighlightSpec {
  /** Does this word of the text, as written, match on its own? */
  isMatch?: (word: string) => boolean;
  /** Phrases, each a sequence of folded words (see foldWord); every occurrence becomes one range. */
  phrases?: readonly (readonly string[])[];
  /** How a word of the text is folded to compare with phrases; foldWord unless given (the engine passes its cache). */
  fold?: (word: string) => string;
}

/** Ranges of whole matching words and phrases in `text`, sorted, overlaps merged. */
export function findMatchRanges(text: string, spec: HighlightSpec): MatchRange[] {
  const spans = wordSpans(text);
  const ranges: MatchRange[] = [];
  const { isMatch } = spec;
  if (isMatch) {
    for (const span of spans) if (isMatch(span.word)) ranges.push({ start: span.start, end: span.end });
  }
  const phrases = (spec.phrases ?? []).filter((phrase) => phrase.length > 0);
  if (phrases.length > 0) {
    const fold = spec.fold ?? foldWord;
    const folded = spans.map((span) => fold(span.word));
    for (const phrase of phrases) {
      for (let at = phraseAt(folded, phrase, 0); at !== -1; at = phraseAt(folded, phrase, at + 1)) {
        const first = spans[at] as WordSpan;
        const last = spans[at + phrase.length - 1] as WordSpan;
        ranges.push({ start: first.start, end: last.end });
      }
    }
  }
  return mergeRanges(ranges);
}

/** Index in `words` where `phrase` starts as consecutive words, searching from `from`; -1 if nowhere. */
export function phraseAt(words: readonly string[], phrase: readonly string[], from = 0): number {
  if (phrase.length === 0) return -1;
  const first = phrase[0] as string;
  const last = words.length - phrase.length;
  outer: for (let i = words.indexOf(first, from); i !== -1 && i <= last; i = words.indexOf(first, i + 1)) {
    for (let k = 1; k < phrase.length; k += 1) if (words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/** Sorted by start, with overlapping ranges joined. */
export function mergeRanges(ranges: readonly MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MatchRange[] = [];
  for (const range of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && range.start < previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

export interface HighlighterOptions {
  /** The stemmer the index uses, applied to folded words, so "trafficked" lights up for "trafficking". */
  stem?: (folded: string) => string;
  /** More words to mark, such as a result's didYouMean. */
  extraWords?: readonly string[];
}

/**
 * A highlighter for what the user typed, for texts the engine did not return ranges for (the reading
 * pane). Words match when equal after folding (and stemming, if a stemmer is given) or as a prefix of a
 * word, as the engine matches them; quoted phrases match as wholes; -words are never marked.
 */
export function createQueryHighlighter(
  queryText: string,
  options: HighlighterOptions = {},
): (text: string) => MatchRange[] {
  const stem = options.stem ?? ((folded: string) => folded);
  const parsed = parseQuery(queryText);
  const folded = [...parsed.terms, ...parsed.required, ...(options.extraWords ?? [])]
    .map(foldWord)
    // Stop words and single letters would light up everywhere; the index ignores them too.
    .filter((word) => word.length > 1 && !isStopWord(word));
  const keys = new Set(folded.map(stem));
  const spec: HighlightSpec = {
    isMatch: (word) => {
      const f = foldWord(word);
      return keys.has(stem(f)) || folded.some((prefix) => f.startsWith(prefix));
    },
    phrases: parsed.phrases.map((phrase) => phrase.map(foldWord)),
  };
  return (text) => findMatchRanges(text, spec);
}

export interface SnippetOptions {
  /** Target length in characters (default 200); the cut moves to word boundaries, so it varies a little. */
  length?: number;
  /** Texts up to this length (default 240) are shown whole. */
  wholeUpTo?: number;
}

export interface Snippet {
  snippet: string;
  snippetRanges: MatchRange[];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORD_ANYWHERE = /[\p{L}\p{N}]/u;
const TRAILING_PUNCTUATION = /[.,;:!?)"'’”]/;
const SENTENCE_END = /[.!?]["'’”)]?\s+/g;
/** How far before a match its sentence start is looked for: a snippet shows two or three lines. */
const SENTENCE_REACH = 70;

/**
 * A window of `text` around its best match: the place where most ranges fall within one window, starting
 * at a sentence start shortly before it when there is one, cut at word boundaries, '…' where cut.
 */
export function makeSnippet(
  text: string,
  matches: readonly MatchRange[],
  options: SnippetOptions = {},
): Snippet {
  const length = Math.max(20, options.length ?? 200);
  const wholeUpTo = Math.max(length, options.wholeUpTo ?? 240);
  const ranges = mergeRanges(matches);
  if (text.length <= wholeUpTo) return { snippet: text, snippetRanges: ranges };

  // The densest cluster: the range that starts a window holding the most ranges (earliest on ties).
  let anchor: MatchRange | undefined;
  let clusterEnd = 0;
  let best = 0;
  for (let i = 0, j = 0; i < ranges.length; i += 1) {
    const first = ranges[i] as MatchRange;
    // A window holds at least the range it starts with, however long that is.
    if (j <= i) j = i + 1;
    while (j < ranges.length && (ranges[j] as MatchRange).end <= first.start + length) j += 1;
    if (j - i > best) {
      best = j - i;
      anchor = first;
      clusterEnd = Math.max(first.end, (ranges[j - 1] ?? first).end);
    }
  }

  let start = 0;
  if (anchor) {
    // Some context before the match, as much as the cluster leaves room for, up to a sentence start.
    // The match's own sentence is looked for further back (up to SENTENCE_REACH characters, while the
    // cluster still fits), so the snippet reads from a sentence start; without one, a short lead and '…'.
    const lead = Math.min(60, Math.max(0, Math.floor((length - (clusterEnd - anchor.start)) / 2)));
    const reach = Math.min(SENTENCE_REACH, Math.max(lead, length - (clusterEnd - anchor.start)));
    const searchFrom = Math.max(0, anchor.start - reach);
    start = Math.max(0, anchor.start - lead);
    let sentenceStart = -1;
    for (const m of text.slice(searchFrom, anchor.start).matchAll(SENTENCE_END))
      sentenceStart = searchFrom + m.index + m[0].length;
    if (sentenceStart !== -1) start = sentenceStart;
  }
  // A cut a few words into the text reads worse ("…God for a case") than starting at the beginning.
  if (start <= 30) start = 0;
  let end = Math.min(text.length, start + length);
  if (anchor && end < clusterEnd) end = Math.min(text.length, clusterEnd);
  if (end === text.length) start = Math.min(start, Math.max(0, end - length));

  // Cut at word boundaries: move the start forward to a word start and the end back to a word end, but
  // never past the anchor's own word.
  if (start > 0 && WORD_CHAR.test(text[start - 1] as string)) {
    while (start < text.length && WORD_CHAR.test(text[start] as string)) start += 1;
  }
  while (start < text.length && !WORD_CHAR.test(text[start] as string)) start += 1;
  if (anchor && start > anchor.start) start = anchor.start;
  if (end < text.length && WORD_CHAR.test(text[end] as string)) {
    let back = end;
    while (back > start && WORD_CHAR.test(text[back - 1] as string)) back -= 1;
    if (back > start && back >= (anchor?.end ?? 0)) end = back;
    else while (end < text.length && WORD_CHAR.test(text[end] as string)) end += 1;
  }
  while (end > start && !WORD_CHAR.test(text[end - 1] as string)) end -= 1;
  if (end < text.length && TRAILING_PUNCTUATION.test(text[end] as string)) end += 1;

  // '…' only where words were left out, not mere spaces or punctuation.
  const lead = WORD_ANYWHERE.test(text.slice(0, start)) ? '…' : '';
  const snippet = lead + text.slice(start, end) + (WORD_ANYWHERE.test(text.slice(end)) ? '…' : '');
  const shift = start - lead.length;
  const snippetRanges: MatchRange[] = [];
  for (const r of ranges) {
    if (r.end > start && r.start < end) {
      snippetRanges.push({ start: Math.max(r.start, start) - shift, end: Math.min(r.end, end) - shift });
    }
  }
  return { snippet, snippetRanges };
}
