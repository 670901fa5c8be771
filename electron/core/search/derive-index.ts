// The index derived from the corpus as word numbers (tokens.ts): Lunr's term numbering, its BM25 scores,
// the sorted word list, the forward index and each term's most common written form. Only arithmetic on
// typed arrays here, no text analysis: O(words in the archive), a few hundred milliseconds at 10,000
// bulletins. The result depends only on the documents and their order, never on how the vocabulary
// happened to be numbered, so an index derived after an update equals the one built from scratch.
//
// The scores are Lunr's own BM25, computed with the very expression of lunr.Builder#createFieldVectors,
// so a lunr.Index assembled from this data (lunr-reference.ts) is the one lunr.Builder would build;
// tests check both that and that the engine's scorer ranks exactly as lunr.Index#query.
import type { FieldPostings, IndexData, WrittenForms } from './index-schema';
import { B, FIELDS, K1, SCORE_SCALE, TEXT_FIELD, compareStrings, wordNumbers } from './index-schema';
import type { TokenizedCorpus } from './tokens';

export function deriveIndexData(corpus: TokenizedCorpus): IndexData {
  const { words, terms: termKeys, documentCount, fields } = corpus;
  const wordCount = words.length;
  const wordTerms = Int32Array.from(corpus.wordTerms);
  // Term key → term number, in first-seen order over documents, fields and words, as lunr.Builder
  // numbers terms (its vectors and, through them, the order scores are summed in depend on it).
  const termOf = new Int32Array(termKeys.length).fill(-1);
  const terms: string[] = [];
  const textCounts = new Uint32Array(wordCount);
  const used = new Uint8Array(wordCount);
  // Term frequencies of the field being read, by term number, and which are set.
  const frequencies = new Uint32Array(termKeys.length);
  let present = new Uint32Array(1024);
  // Each field's (document, term, frequency) triples, documents ascending. A document has at most as
  // many terms as words: the word lists bound the sizes.
  const perField = fields.map(({ ids }) => ({
    offsets: new Uint32Array(documentCount + 1),
    termIds: new Uint32Array(ids.length),
    tfs: new Uint32Array(ids.length),
    lengths: new Uint32Array(documentCount),
    count: 0,
  }));

  for (let d = 0; d < documentCount; d += 1) {
    for (let f = 0; f < FIELDS.length; f += 1) {
      const { offsets, ids } = fields[f] as TokenizedCorpus['fields'][number];
      const out = perField[f] as (typeof perField)[number];
      const isText = f === TEXT_FIELD;
      let length = 0;
      let distinct = 0;
      const start = offsets[d] as number;
      const end = offsets[d + 1] as number;
      if (end - start > present.length) present = new Uint32Array(2 * (end - start));
      for (let k = start; k < end; k += 1) {
        const w = ids[k] as number;
        used[w] = 1;
        if (isText) textCounts[w] = (textCounts[w] as number) + 1;
        const key = wordTerms[w] as number;
        if (key === -1) continue;
        let id = termOf[key] as number;
        if (id === -1) {
          id = terms.length;
          termOf[key] = id;
          terms.push(termKeys[key] as string);
        }
        length += 1;
        const seen = frequencies[id] as number;
        if (seen === 0) present[distinct++] = id;
        frequencies[id] = seen + 1;
      }
      // The document's terms in first-seen order: the transposition below lists each term's documents
      // in document order whatever the order of terms within a document.
      let count = out.count;
      for (let i = 0; i < distinct; i += 1) {
        const id = present[i] as number;
        out.termIds[count] = id;
        out.tfs[count] = frequencies[id] as number;
        count += 1;
        frequencies[id] = 0;
      }
      out.count = count;
      out.offsets[d + 1] = count;
      out.lengths[d] = length;
    }
  }

  // As lunr.idf: documents with the term, counted once per field that has it.
  const withTerm = new Uint32Array(terms.length);
  for (const { termIds, count } of perField) {
    for (let k = 0; k < count; k += 1)
      withTerm[termIds[k] as number] = (withTerm[termIds[k] as number] as number) + 1;
  }
  const idf = Float64Array.from(withTerm, (n) =>
    Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))),
  );

  const postings = FIELDS.map((field, f): FieldPostings => {
    const out = perField[f] as (typeof perField)[number];
    const { termIds, tfs, count } = out;
    let total = 0;
    for (let d = 0; d < documentCount; d += 1) total += out.lengths[d] as number;
    const average = total / documentCount;
    // Transpose document → terms into term → documents, documents ascending.
    const offsets = new Uint32Array(terms.length + 1);
    for (let k = 0; k < count; k += 1)
      offsets[(termIds[k] as number) + 1] = (offsets[(termIds[k] as number) + 1] as number) + 1;
    for (let t = 0; t < terms.length; t += 1)
      offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    const fill = offsets.slice(0, terms.length);
    const docs = new Uint32Array(count);
    const scores = new Uint16Array(count);
    for (let d = 0; d < documentCount; d += 1) {
      const fieldLength = out.lengths[d] as number;
      // The document's part of the denominator, the same expression evaluated once rather than per term.
      const norm = K1 * (1 - B + B * (fieldLength / average));
      const end = out.offsets[d + 1] as number;
      for (let k = out.offsets[d] as number; k < end; k += 1) {
        const id = termIds[k] as number;
        const tf = tfs[k] as number;
        // lunr.Builder#createFieldVectors, term for term (the document boost is always 1).
        let score = ((idf[id] as number) * ((K1 + 1) * tf)) / (norm + tf);
        score *= field.boost;
        const at = fill[id] as number;
        fill[id] = at + 1;
        docs[at] = d;
        scores[at] = Math.min(0xffff, Math.round(score * SCORE_SCALE));
      }
    }
    return { offsets, docs, scores };
  });

  // The most common written form of each term; between equally common ones, the first in string order
  // (an order that does not depend on which bulletin came first, so updates keep it).
  const surfaces = terms.slice();
  const surfaceCounts = new Uint32Array(terms.length);
  for (const [form, { word, count }] of corpus.forms) {
    if (count <= 0) continue;
    const key = wordTerms[word] as number;
    const id = key === -1 ? -1 : (termOf[key] as number);
    if (id === -1) continue;
    const best = surfaceCounts[id] as number;
    if (count > best || (count === best && form < (surfaces[id] as string))) {
      surfaceCounts[id] = count;
      surfaces[id] = form;
    }
  }

  // Words in string order (prefix completion), only those some document still has.
  const sorted: number[] = [];
  const order =
    corpus.sortedWords ??
    Array.from(words, (_word, w) => w).sort((a, b) => compareStrings(words[a] as string, words[b] as string));
  for (let i = 0; i < order.length; i += 1) {
    const w = order[i] as number;
    if (used[w] === 1) sorted.push(w);
  }
  const position = new Uint32Array(wordCount);
  sorted.forEach((w, i) => (position[w] = i));
  // Forward-index numbers by frequency in the texts, so the saved index is smaller (frequent words pack
  // into one character); ties in string order.
  const byFrequency = sorted
    .slice()
    .sort(
      (a, b) =>
        (textCounts[b] as number) - (textCounts[a] as number) ||
        (position[a] as number) - (position[b] as number),
    );
  const rankOf = new Uint32Array(wordCount);
  byFrequency.forEach((w, rank) => (rankOf[w] = rank));
  const text = fields[TEXT_FIELD] as TokenizedCorpus['fields'][number];
  const textIds = text.ids;
  const textLength = text.offsets[documentCount] as number;
  const forwardRanks = wordNumbers(sorted.length, textLength);
  for (let k = 0; k < textLength; k += 1) forwardRanks[k] = rankOf[textIds[k] as number] as number;

  return {
    documentCount,
    terms,
    surfaces,
    words: sorted.map((w) => words[w] as string),
    wordTerms: Int32Array.from(sorted, (w) => {
      const key = wordTerms[w] as number;
      return key === -1 ? -1 : (termOf[key] as number);
    }),
    wordRanks: Uint32Array.from(sorted, (w) => rankOf[w] as number),
    postings,
    forward: { offsets: text.offsets.slice(0, documentCount + 1), ranks: forwardRanks },
    forms: writtenForms(corpus, used, position),
  };
}

/** The written forms still in use, by word (in string order), then form. */
function writtenForms(corpus: TokenizedCorpus, used: Uint8Array, position: Uint32Array): WrittenForms {
  const list: { at: number; form: string; count: number }[] = [];
  for (const [form, { word, count }] of corpus.forms) {
    if (count > 0 && used[word] === 1) list.push({ at: position[word] as number, form, count });
  }
  list.sort((a, b) => a.at - b.at || compareStrings(a.form, b.form));
  return {
    forms: list.map((entry) => entry.form),
    words: Uint32Array.from(list, (entry) => entry.at),
    counts: Uint32Array.from(list, (entry) => entry.count),
  };
}
