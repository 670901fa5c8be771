// The index in a compact, plain form (typed arrays, see index-schema.ts), and how it is built from the
// documents: read into word numbers (tokens.ts), then derived (derive-index.ts).
//
// Why not lunr.Builder: plain Lunr spent ~60 s on 65,000 items, mostly running its pipeline token by
// token (trimmer regexes, the Porter stemmer) and allocating a Token, position metadata and a posting
// object per token; its loaded index then held millions of small objects (500+ MB). Here each distinct
// word is analysed once (analyzer.ts), no per-token metadata is kept, and postings are typed arrays.
//
// Besides Lunr's postings, a forward index keeps each item's words (folded, stop words included) as
// numbers: a quoted phrase is checked on it without re-reading texts, ~2 bytes per word, and it is
// what an update re-derives the index from. Match positions are not stored: ranges are computed only
// for the hits shown.
import { deriveIndexData } from './derive-index';
import type { IndexData } from './index-schema';
import { tokenizeDocuments } from './tokens';

export type { FieldPostings, FieldSpec, IndexData, WordNumbers, WrittenForms } from './index-schema';
export {
  B,
  FIELDS,
  K1,
  NAMES_FIELD,
  SCORE_SCALE,
  TEXT_FIELD,
  compareStrings,
  wordNumbers,
} from './index-schema';

/** Builds the index of `documents`, each given as the text of every field in FIELDS order. */
export function buildIndexData(documents: readonly (readonly string[])[]): IndexData {
  return deriveIndexData(tokenizeDocuments(documents));
}
