// From what the user typed to the index terms to look up, and how much each counts:
// - the word's own term (stemmed, so "trafficking" also finds "trafficked"), boosted highest;
// - prefix completions ("traff" → trafficking, traffickers, traffic), looked up among the indexed words
//   as written (unstemmed), so a half-typed word completes even where its stem is spelt differently;
// - only for a word the index does not know at all (no term, no completion): the closest index terms
//   by edit distance ("Phillipines" → Philippines), boosted well below an exact term, and reported as
//   "did you mean". A word the index knows is never widened, so a fuzzy match never pushes aside an
//   exact one.
// Stop words and single letters are ignored, as Lunr's pipeline drops them: "+the" asks for nothing.
import type lunr from 'lunr';
import type { ParsedQuery } from '../../../shared/query-syntax';
import { foldWord } from '../../../shared/text-fold';
import type { Analyzer } from './analyzer';
import type { IndexData } from './index-data';
import { compareStrings } from './index-data';
import { fuzzyMatches, tokenSetFromSorted } from './lunr-internals';

export const EXACT_BOOST = 10;
export const FUZZY_BOOST = 2;
export const PREFIX_BOOST = 1;
// Completions of a short prefix can run into thousands of words; the most common ones are kept.
const MAX_COMPLETIONS = 40;
const MIN_PREFIX_LENGTH = 2;
const MAX_FUZZY_TERMS = 8;
// Lunr's fuzzy automaton grows steeply with word length (a 40-letter word at 2 edits takes ~0.3 s):
// longer "words" are pasted junk, not misspellings. And a query of many unknown words widens only the
// first few.
const MAX_FUZZY_LENGTH = 20;
const MAX_FUZZY_WORDS = 4;

/** The index's vocabulary: terms, the words that produced them, and how they were written. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  /** By term number: in how many document fields it occurs (Lunr's document frequency). */
  readonly documentFrequency: Uint32Array;
  // Lunr's token set (a trie automaton) is only needed for spelling correction: built on first use.
  private tokenSet: lunr.TokenSet | null = null;

  constructor(private readonly data: IndexData) {
    data.terms.forEach((term, id) => this.ids.set(term, id));
    this.documentFrequency = new Uint32Array(data.terms.length);
    for (const { offsets } of data.postings) {
      for (let id = 0; id < data.terms.length; id += 1) {
        this.documentFrequency[id] =
          (this.documentFrequency[id] as number) + (offsets[id + 1] as number) - (offsets[id] as number);
      }
    }
  }

  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.data.terms[id] as string;
  }

  surface(id: number): string {
    return this.data.surfaces[id] as string;
  }

  /** The forward-index number of a folded word, or undefined when no text has it. */
  wordRank(folded: string): number | undefined {
    const at = this.lowerBound(folded);
    return this.data.words[at] === folded ? (this.data.wordRanks[at] as number) : undefined;
  }

  /** Terms of the indexed words that start with `prefix` (folded), most frequent first. */
  completions(prefix: string): number[] {
    const { words, wordTerms } = this.data;
    const found = new Set<number>();
    for (
      let i = this.lowerBound(prefix);
      i < words.length && (words[i] as string).startsWith(prefix);
      i += 1
    ) {
      const id = wordTerms[i] as number;
      if (id !== -1) found.add(id);
    }
    return [...found]
      .sort((a, b) => (this.documentFrequency[b] as number) - (this.documentFrequency[a] as number) || a - b)
      .slice(0, MAX_COMPLETIONS);
  }

  /**
   * Index terms close to `term`: those at the smallest edit distance (up to `maxDistance`) that has any,
   * closest in writing to `folded` first, then the most frequent.
   */
  closeTerms(term: string, folded: string, maxDistance: number): number[] {
    if (maxDistance < 1) return [];
    this.tokenSet ??= tokenSetFromSorted(this.data.terms.slice().sort(compareStrings));
    for (let distance = 1; distance <= maxDistance; distance += 1) {
      const found = fuzzyMatches(this.tokenSet, term, distance).filter((candidate) => candidate !== term);
      if (found.length === 0) continue;
      const ranked = found.map((candidate) => {
        const id = this.ids.get(candidate) as number;
        return {
          id,
          closeness: editDistance(folded, foldWord(this.surface(id))),
          frequency: this.documentFrequency[id] as number,
        };
      });
      ranked.sort((a, b) => a.closeness - b.closeness || b.frequency - a.frequency || a.id - b.id);
      return ranked.slice(0, MAX_FUZZY_TERMS).map((r) => r.id);
    }
    return [];
  }

  private lowerBound(word: string): number {
    const { words } = this.data;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((words[mid] as string) < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

export interface WordPlan {
  /** Term number → boost; empty when nothing in the index can match the word. */
  terms: Map<number, number>;
  /** A stop word or single letter: it asks for nothing, not even as a +word. */
  ignored: boolean;
}

export interface PhrasePlan {
  /** The phrase's words, folded, stop words included: compared with an item's words in order. */
  folded: string[];
  /** The same as forward-index numbers, or null when some word occurs in no text at all. */
  ranks: number[] | null;
  /** Term numbers of its indexed words: an item must have all of them to be a candidate. */
  terms: number[];
  /** A word of the phrase is not in the index at all: no item can contain it. */
  impossible: boolean;
}

export interface QueryPlan {
  /** The query asks for words or phrases (otherwise it only lists, maybe with exclusions). */
  positive: boolean;
  /** Plain and +words, ignored ones (stop words) left out. */
  optional: WordPlan[];
  required: WordPlan[];
  phrases: PhrasePlan[];
  prohibitedTerms: number[];
  prohibitedPhrases: PhrasePlan[];
  /** Closest real words, as written in the bulletins, for words that were widened. */
  didYouMean: string[];
}

function maxEditDistance(folded: string): number {
  if (folded.length < 3 || folded.length > MAX_FUZZY_LENGTH || /^\d+$/.test(folded)) return 0;
  return folded.length < 7 ? 1 : 2;
}

export function planQuery(parsed: ParsedQuery, analyzer: Analyzer, dictionary: TermDictionary): QueryPlan {
  const didYouMean: string[] = [];
  let widened = 0;
  const planWord = (written: string): WordPlan => {
    const { folded, term } = analyzer.analyze(written);
    const terms = new Map<number, number>();
    if (term === null) return { terms, ignored: true };
    const exact = dictionary.termId(term);
    if (exact !== undefined) terms.set(exact, EXACT_BOOST);
    if (folded.length >= MIN_PREFIX_LENGTH) {
      for (const id of dictionary.completions(folded)) if (!terms.has(id)) terms.set(id, PREFIX_BOOST);
    }
    if (terms.size === 0 && widened < MAX_FUZZY_WORDS) {
      widened += 1;
      const close = dictionary.closeTerms(term, folded, maxEditDistance(folded));
      for (const id of close) terms.set(id, FUZZY_BOOST);
      const best = close[0];
      if (best !== undefined) {
        const surface = dictionary.surface(best);
        if (!didYouMean.includes(surface)) didYouMean.push(surface);
      }
    }
    return { terms, ignored: false };
  };
  const planPhrase = (words: readonly string[]): PhrasePlan => {
    const terms: number[] = [];
    let impossible = false;
    for (const word of words) {
      const { term } = analyzer.analyze(word);
      if (term === null) continue;
      const id = dictionary.termId(term);
      if (id === undefined) impossible = true;
      else if (!terms.includes(id)) terms.push(id);
    }
    const folded = words.map((word) => analyzer.fold(word));
    const ranks = folded.map((word) => dictionary.wordRank(word));
    const known = ranks.every((rank) => rank !== undefined);
    return { folded, ranks: known ? (ranks as number[]) : null, terms, impossible };
  };

  const prohibitedTerms: number[] = [];
  for (const word of parsed.prohibited) {
    const { term } = analyzer.analyze(word);
    const id = term === null ? undefined : dictionary.termId(term);
    if (id !== undefined && !prohibitedTerms.includes(id)) prohibitedTerms.push(id);
  }
  const optional = parsed.terms.map(planWord).filter((word) => !word.ignored);
  const required = parsed.required.map(planWord).filter((word) => !word.ignored);
  // A phrase of stop words only ("to be") has no term to find candidates by; it is left out rather
  // than scanning every item's text.
  const phrases = parsed.phrases
    .map(planPhrase)
    .filter((phrase) => phrase.terms.length > 0 || phrase.impossible);
  return {
    positive: optional.length > 0 || required.length > 0 || phrases.length > 0,
    optional,
    required,
    phrases,
    prohibitedTerms,
    // A prohibited phrase with a word the index lacks cannot occur anywhere: nothing to exclude.
    prohibitedPhrases: parsed.prohibitedPhrases
      .map(planPhrase)
      .filter((phrase) => phrase.terms.length > 0 && !phrase.impossible && phrase.ranks !== null),
    didYouMean,
  };
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), as Lunr's fuzzy matching counts. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] as number;
}
