// Turns a word as written into the term the index stores. It replaces Lunr's whole pipeline (trimmer,
// stop-word filter, stemmer), for two reasons:
// - Lunr's trimmer strips non-ASCII letters ("Côte" loses its "ô") and nothing folds accents or British
//   spellings: here words are split on Unicode letters (text-fold.ts), folded, then stemmed.
// - Speed: a bulletin archive repeats the same few tens of thousands of words millions of times, and the
//   Porter stemmer is the costliest step of plain Lunr's indexing. Each distinct word is analysed once
//   and remembered.
import { foldWord } from '../../../shared/text-fold';
import { isStopWord, stem } from './lunr-internals';

export interface Analysis {
  /** Folded, American spelling: what phrases and prefixes compare. */
  folded: string;
  /** The index term (stemmed), or null for words not indexed: stop words, single letters, junk. */
  term: string | null;
}

// Longer "words" are URLs, base64 leftovers or run-together text: nobody searches for them.
const MAX_WORD_LENGTH = 40;

export function analyzeWord(word: string): Analysis {
  const folded = foldWord(word);
  if (folded.length < 2 || folded.length > MAX_WORD_LENGTH || isStopWord(folded)) {
    return { folded, term: null };
  }
  return { folded, term: stem(folded) };
}

/** analyzeWord with a memory: the engine keeps one for query words, countries and pseudonyms. */
export class Analyzer {
  private readonly cache = new Map<string, Analysis>();

  constructor(private readonly maxEntries = 50_000) {}

  analyze(word: string): Analysis {
    let analysis = this.cache.get(word);
    if (analysis === undefined) {
      // Bounded so that a long-running app reading many different results does not grow without end.
      if (this.cache.size >= this.maxEntries) this.cache.clear();
      analysis = analyzeWord(word);
      this.cache.set(word, analysis);
    }
    return analysis;
  }

  fold = (word: string): string => this.analyze(word).folded;

  term = (word: string): string | null => this.analyze(word).term;
}
