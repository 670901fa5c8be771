// The same index as a real lunr.Index, and a query runner on it: the reference the engine's own scorer
// (scorer.ts) is checked against, term for term and score for score, by the tests (and by the speed
// work of later issues: same items, same order). Not used when searching: lunr.Index#query allocates
// sets, match data and field refs per matching document (~6 µs each, ~100 ms for a common word at
// 10,000 bulletins) and the loaded lunr.Index holds one object per posting.
import lunr from 'lunr';
import type { IndexData } from './index-data';
import { FIELDS, SCORE_SCALE, compareStrings } from './index-data';
import type { IndexParts, Posting } from './lunr-internals';
import { createIndex, createVector, tokenSetFromSorted } from './lunr-internals';

// Lunr copies a posting's metadata keys into its match data; with none kept, one empty object serves all.
const NO_METADATA: object = Object.freeze(Object.create(null) as object);

/** A lunr.Index over `data`, as lunr.Builder would have built it (refs are item numbers). */
export function toLunrIndex(data: IndexData): lunr.Index {
  const invertedIndex = Object.create(null) as Record<string, Posting>;
  const elements: number[][][] = FIELDS.map(() => Array.from({ length: data.documentCount }, () => []));
  data.terms.forEach((term, id) => {
    const posting = Object.create(null) as Posting;
    posting._index = id;
    FIELDS.forEach((field, f) => {
      const { offsets, docs, scores } = data.postings[f] as IndexData['postings'][number];
      const refs = Object.create(null) as Record<string, object>;
      for (let k = offsets[id] as number; k < (offsets[id + 1] as number); k += 1) {
        const d = docs[k] as number;
        refs[d] = NO_METADATA;
        // Terms are visited in number order, so each vector comes out sorted as Lunr requires.
        (elements[f]?.[d] as number[]).push(id, (scores[k] as number) / SCORE_SCALE);
      }
      posting[field.name] = refs;
    });
    invertedIndex[term] = posting;
  });
  const fieldVectors = Object.create(null) as IndexParts['fieldVectors'];
  FIELDS.forEach((field, f) => {
    elements[f]?.forEach((vector, d) => (fieldVectors[`${field.name}/${d}`] = createVector(vector)));
  });
  const tokenSet = tokenSetFromSorted(data.terms.slice().sort(compareStrings));
  return createIndex({ invertedIndex, fieldVectors, tokenSet, fields: FIELDS.map((field) => field.name) });
}

export interface ReferenceResult {
  n: number;
  score: number;
}

/** lunr.Index#query with each term once (at its boost) and the prohibited terms, as the engine asks. */
export function queryLunr(
  index: lunr.Index,
  terms: ReadonlyMap<string, number>,
  prohibited: readonly string[] = [],
): ReferenceResult[] {
  return index
    .query((q) => {
      for (const [term, boost] of terms) q.term(term, { usePipeline: false, boost });
      for (const term of prohibited)
        q.term(term, { usePipeline: false, presence: lunr.Query.presence.PROHIBITED });
    })
    .map((result) => ({ n: Number(result.ref), score: result.score }));
}
