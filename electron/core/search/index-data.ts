// The index in a compact, plain form (typed arrays), and how it is built from the documents.
//
// Why not lunr.Builder: plain Lunr spent ~60 s on 65,000 items, mostly running its pipeline token by
// token (trimmer regexes, the Porter stemmer) and allocating a Token, position metadata and a posting
// object per token; its loaded index then held millions of small objects (500+ MB). Here each distinct
// word is analysed once (analyzer.ts), no per-token metadata is kept, and postings are typed arrays.
// The scores are Lunr's own BM25, computed with the very expression of lunr.Builder#createFieldVectors,
// so a lunr.Index assembled from this data (lunr-reference.ts) is the one lunr.Builder would build;
// tests check both that and that the engine's scorer ranks exactly as lunr.Index#query.
//
// Besides Lunr's postings, a forward index keeps each item's words (folded, stop words included) as
// numbers: a quoted phrase is checked on it without re-reading texts, ~4 bytes per word. Match
// positions are not stored: ranges are computed only for the hits shown.
import { splitWords } from '../../../shared/text-fold';
import { analyzeWord } from './analyzer';

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
const K1 = 1.2;
const B = 0.75;
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
}

interface WordEntry {
  termId: number;
  wordId: number;
  count: number;
}

/** Builds the index of `documents`, each given as the text of every field in FIELDS order. */
export function buildIndexData(documents: readonly (readonly string[])[]): IndexData {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  const wordTermList: number[] = [];
  const wordCounts: number[] = [];
  // Written word → its analysis and how often it was seen: one Map lookup per token after the first.
  const seen = new Map<string, WordEntry>();
  const perField = FIELDS.map(() => ({
    offsets: [0],
    termIds: [] as number[],
    tfs: [] as number[],
    lengths: [] as number[],
  }));
  const forwardOffsets = [0];
  const forwardIds: number[] = [];
  // Term frequencies of the field being read, by term number (grown as terms appear), and which are set.
  let frequencies = new Uint32Array(4096);
  const present: number[] = [];

  for (const fields of documents) {
    for (let f = 0; f < FIELDS.length; f += 1) {
      const out = perField[f] as (typeof perField)[number];
      let length = 0;
      for (const word of splitWords(fields[f] ?? '')) {
        let entry = seen.get(word);
        if (entry === undefined) {
          const { folded, term } = analyzeWord(word);
          let termId = -1;
          if (term !== null) {
            termId = termIds.get(term) ?? -1;
            if (termId === -1) {
              termId = terms.length;
              termIds.set(term, termId);
              terms.push(term);
              if (termId >= frequencies.length) {
                const grown = new Uint32Array(frequencies.length * 2);
                grown.set(frequencies);
                frequencies = grown;
              }
            }
          }
          let wordId = wordIds.get(folded);
          if (wordId === undefined) {
            wordId = wordList.length;
            wordIds.set(folded, wordId);
            wordList.push(folded);
            wordTermList.push(termId);
            wordCounts.push(0);
          }
          entry = { termId, wordId, count: 0 };
          seen.set(word, entry);
        }
        entry.count += 1;
        if (f === TEXT_FIELD) {
          forwardIds.push(entry.wordId);
          wordCounts[entry.wordId] = (wordCounts[entry.wordId] as number) + 1;
        }
        const id = entry.termId;
        if (id === -1) continue;
        length += 1;
        if (frequencies[id] === 0) present.push(id);
        frequencies[id] = (frequencies[id] as number) + 1;
      }
      present.sort((a, b) => a - b);
      for (const id of present) {
        out.termIds.push(id);
        out.tfs.push(frequencies[id] as number);
        frequencies[id] = 0;
      }
      present.length = 0;
      out.offsets.push(out.termIds.length);
      out.lengths.push(length);
    }
    forwardOffsets.push(forwardIds.length);
  }

  const documentCount = documents.length;
  // As lunr.idf: documents with the term, counted once per field that has it.
  const withTerm = new Uint32Array(terms.length);
  for (const out of perField) for (const id of out.termIds) withTerm[id] = (withTerm[id] as number) + 1;
  const idf = Array.from(withTerm, (n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))));

  const postings = FIELDS.map((field, f): FieldPostings => {
    const out = perField[f] as (typeof perField)[number];
    const average = out.lengths.reduce((sum, n) => sum + n, 0) / documentCount;
    // Transpose document → terms into term → documents, documents ascending.
    const offsets = new Uint32Array(terms.length + 1);
    for (const id of out.termIds) offsets[id + 1] = (offsets[id + 1] as number) + 1;
    for (let t = 0; t < terms.length; t += 1)
      offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    const fill = offsets.slice(0, terms.length);
    const docs = new Uint32Array(out.termIds.length);
    const scores = new Uint16Array(out.termIds.length);
    for (let d = 0; d < documentCount; d += 1) {
      const fieldLength = out.lengths[d] as number;
      for (let k = out.offsets[d] as number; k < (out.offsets[d + 1] as number); k += 1) {
        const id = out.termIds[k] as number;
        const tf = out.tfs[k] as number;
        // lunr.Builder#createFieldVectors, term for term (the document boost is always 1).
        let score =
          ((idf[id] as number) * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / average)) + tf);
        score *= field.boost;
        const at = fill[id] as number;
        fill[id] = at + 1;
        docs[at] = d;
        scores[at] = Math.min(0xffff, Math.round(score * SCORE_SCALE));
      }
    }
    return { offsets, docs, scores };
  });

  // The most common written form of each term, for "did you mean" (first seen wins a tie).
  const surfaces = terms.slice();
  const surfaceCounts = new Uint32Array(terms.length);
  for (const [word, entry] of seen) {
    if (entry.termId !== -1 && entry.count > (surfaceCounts[entry.termId] as number)) {
      surfaceCounts[entry.termId] = entry.count;
      surfaces[entry.termId] = word.normalize('NFC');
    }
  }

  // Words sorted for prefix search; forward-index numbers by frequency, so the saved index is smaller
  // (frequent words pack into one character).
  const byWord = wordList
    .map((_word, id) => id)
    .sort((a, b) => compareStrings(wordList[a] as string, wordList[b] as string));
  const byFrequency = wordList
    .map((_word, id) => id)
    .sort(
      (a, b) =>
        (wordCounts[b] as number) - (wordCounts[a] as number) ||
        compareStrings(wordList[a] as string, wordList[b] as string),
    );
  const rankOf = new Uint32Array(wordList.length);
  byFrequency.forEach((id, rank) => (rankOf[id] = rank));
  const forwardRanks = wordNumbers(wordList.length, forwardIds.length);
  forwardIds.forEach((id, k) => (forwardRanks[k] = rankOf[id] as number));
  return {
    documentCount,
    terms,
    surfaces,
    words: byWord.map((id) => wordList[id] as string),
    wordTerms: Int32Array.from(byWord, (id) => wordTermList[id] as number),
    wordRanks: Uint32Array.from(byWord, (id) => rankOf[id] as number),
    postings,
    forward: {
      offsets: Uint32Array.from(forwardOffsets),
      ranks: forwardRanks,
    },
  };
}

/** JavaScript's default string order (UTF-16 code units), which Lunr's token set also requires. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
