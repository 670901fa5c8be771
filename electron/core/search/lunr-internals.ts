// The few Lunr 2.3.9 internals the engine builds directly, typed in one place. @types/lunr describes an
// older shape (documentVectors, TokenSet factories as instance methods), so the casts live here and
// nowhere else. Lunr 2.3.9 is the last release, so these shapes are fixed; the snapshot records the
// version and refuses any other.
import lunr from 'lunr';

export const LUNR_VERSION: string = (lunr as unknown as { version: string }).version;

/** lunr.Index's inverted index entry: the term's number in the vectors, then field → doc ref → metadata. */
export type Posting = { _index: number } & Record<string, Record<string, object> | number>;

export interface IndexParts {
  invertedIndex: Record<string, Posting>;
  /** Keyed `${field}/${docRef}`, as lunr.FieldRef prints itself. */
  fieldVectors: Record<string, lunr.Vector>;
  tokenSet: lunr.TokenSet;
  fields: string[];
}

interface TokenSetStatics {
  fromArray(sorted: string[]): lunr.TokenSet;
  fromFuzzyString(word: string, editDistance: number): lunr.TokenSet;
}
const TokenSet = lunr.TokenSet as unknown as TokenSetStatics;

export function createIndex(parts: IndexParts): lunr.Index {
  // An empty pipeline: every term is analysed by the engine before it reaches Lunr (see analyzer.ts).
  return new lunr.Index({ ...parts, pipeline: new lunr.Pipeline() } as unknown as lunr.Index.Attributes);
}

export function createVector(elements: number[]): lunr.Vector {
  return new lunr.Vector(elements);
}

/** The token set of an index's terms; `sorted` must be in JavaScript's default string order. */
export function tokenSetFromSorted(sorted: string[]): lunr.TokenSet {
  return TokenSet.fromArray(sorted);
}

/** Terms of `tokenSet` within `editDistance` edits (insert, delete, substitute, transpose) of `word`. */
export function fuzzyMatches(tokenSet: lunr.TokenSet, word: string, editDistance: number): string[] {
  return tokenSet.intersect(TokenSet.fromFuzzyString(word, editDistance)).toArray();
}

export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}
