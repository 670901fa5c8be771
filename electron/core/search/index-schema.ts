// The shape of the index (typed arrays) and the constants of Lunr's model it is built with. A leaf module:
// the builder (index-data.ts), the tokenizer (tokens.ts), the deriver (derive-index.ts), the snapshot and
// the engine all import it, and it imports nothing.

export interface FieldSpec {
  name: string;
  boost: number;
}

// t: the item's text. c: the countries and pseudonyms the parser found, so "Philippines" finds an item
// that only says "Manila"; boosted lower, so an item that names the country in its text ranks first.
// Boosts stay ≤ 1: scores × 1000 must fit 16 bits (BM25 caps a score at idf × 2.2).
export const FIELDS: readonly FieldSpec[] = [
  { name: 't', boost: 1 },
  { name: 'c', boost: 0.4 },
];
export const TEXT_FIELD = 0;
export const NAMES_FIELD = 1;

// lunr.Builder's defaults.
export const K1 = 1.2;
export const B = 0.75;
/** Lunr rounds scores to three decimals; stored as integers (score × 1000) they round-trip exactly. */
export const SCORE_SCALE = 1000;

/** Term → documents, for one field: term t's entries are [offsets[t], offsets[t + 1]), documents ascending. */
export interface FieldPostings {
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Lunr's score × 1000. */
  scores: Uint16Array;
}

/** 16 bits a word while the vocabulary allows (it does up to tens of thousands of bulletins). */
export type WordNumbers = Uint16Array | Uint32Array;

export function wordNumbers(vocabulary: number, length: number): WordNumbers {
  return vocabulary <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
}

/**
 * How the indexed words were written, with how often: "Philippines" 900 times, "PHILIPPINES" twice. Kept so
 * that each term's most common written form (surfaces) stays right when bulletins change, without reading
 * every text again. Sorted by word, then form.
 */
export interface WrittenForms {
  /** Each form as written (NFC). */
  forms: string[];
  /** By form: its word's place in IndexData.words. */
  words: Uint32Array;
  /** By form: how many times it occurs, in all fields of all documents. */
  counts: Uint32Array;
}

export interface IndexData {
  documentCount: number;
  /** Index terms (stems) by term number, in first-seen order, as lunr.Builder numbers them. */
  terms: string[];
  /** By term number: the way the term was most often written ("Philippines" for "philippin"). */
  surfaces: string[];
  /** Every word of the texts, folded and unstemmed, sorted (prefix completion searches it). */
  words: string[];
  /** By word: its term number, or -1 for words not indexed (stop words, single letters). */
  wordTerms: Int32Array;
  /** By word: its number in the forward index (most frequent words get the smallest numbers). */
  wordRanks: Uint32Array;
  /** In FIELDS order. */
  postings: FieldPostings[];
  /** Document d's text as word numbers: [offsets[d], offsets[d + 1]) of ranks. */
  forward: { offsets: Uint32Array; ranks: WordNumbers };
  forms: WrittenForms;
}

/** JavaScript's default string order (UTF-16 code units), which Lunr's token set also requires. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
