// The saved form of an index: JSON-safe, compact, and refused (with a plain Error, so the caller
// rebuilds) when it comes from another format, another Lunr, other text analysis or other bulletins.
//
// Lunr's own toJSON writes every posting as an object keyed by document ref (86 MB and a 6.5 s
// JSON.parse at 10,000 bulletins). Here: word lists as single strings, and postings and the forward
// index as packed integers (varint.ts), document numbers as gaps; loading is decoding into typed arrays.
import { analyzeWord } from './analyzer';
import type { FieldPostings, IndexData } from './index-data';
import { FIELDS, wordNumbers } from './index-data';
import { LUNR_VERSION } from './lunr-internals';
import { NumberCursor, VarintWriter, unpack } from './varint';

const FORMAT = 'prayer-desk-search-index';
const VERSION = 1;

// Bump when the analysis (text-fold.ts, analyzer.ts) changes in a way the probe words below miss: a saved
// index holds analysed terms, and queries analysed differently would silently miss them.
const ANALYSIS_VERSION = 1;
const PROBE_WORDS = [
  'Côte',
  'Ivoire',
  'Straße',
  'Labourers',
  'judgement',
  'organisation',
  'praise',
  'trafficking',
  'centred',
  'the',
  'a',
];
const ANALYSIS = `${ANALYSIS_VERSION}:${PROBE_WORDS.map((word) => analyzeWord(word).term ?? '-').join(',')}`;
const FIELD_SPEC = FIELDS.map((field) => `${field.name}^${field.boost}`).join(',');

// Terms and written forms are runs of letters and digits, so a newline can separate them.
const SEPARATOR = '\n';

interface SnapshotV1 {
  format: typeof FORMAT;
  version: typeof VERSION;
  lunr: string;
  analysis: string;
  fields: string;
  fingerprint: string;
  documentCount: number;
  terms: string;
  surfaces: string;
  words: string;
  /** By word: term number + 1 (0: not indexed). */
  wordTerms: string;
  wordRanks: string;
  /** Per field, in FIELDS order: for each term its document count, then (document gap, score × 1000) pairs. */
  postings: string[];
  /** For each document its word count, then its words as forward-index numbers. */
  forward: string;
}

export function encodeSnapshot(data: IndexData, fingerprint: string): SnapshotV1 {
  const wordTerms = new VarintWriter();
  for (const id of data.wordTerms) wordTerms.write(id + 1);
  const wordRanks = new VarintWriter();
  for (const rank of data.wordRanks) wordRanks.write(rank);
  const forward = new VarintWriter();
  const { offsets, ranks } = data.forward;
  for (let d = 0; d < data.documentCount; d += 1) {
    forward.write((offsets[d + 1] as number) - (offsets[d] as number));
    for (let k = offsets[d] as number; k < (offsets[d + 1] as number); k += 1)
      forward.write(ranks[k] as number);
  }
  return {
    format: FORMAT,
    version: VERSION,
    lunr: LUNR_VERSION,
    analysis: ANALYSIS,
    fields: FIELD_SPEC,
    fingerprint,
    documentCount: data.documentCount,
    terms: data.terms.join(SEPARATOR),
    surfaces: data.surfaces.join(SEPARATOR),
    words: data.words.join(SEPARATOR),
    wordTerms: wordTerms.toString(),
    wordRanks: wordRanks.toString(),
    postings: data.postings.map((field) => encodePostings(field, data.terms.length)),
    forward: forward.toString(),
  };
}

function encodePostings({ offsets, docs, scores }: FieldPostings, termCount: number): string {
  const out = new VarintWriter();
  for (let t = 0; t < termCount; t += 1) {
    const start = offsets[t] as number;
    const end = offsets[t + 1] as number;
    out.write(end - start);
    let previous = -1;
    for (let k = start; k < end; k += 1) {
      out.write((docs[k] as number) - previous - 1);
      out.write(scores[k] as number);
      previous = docs[k] as number;
    }
  }
  return out.toString();
}

/** The index data in `snapshot`; throws a plain Error when it cannot be used for these bulletins. */
export function decodeSnapshot(snapshot: unknown, fingerprint: string): IndexData {
  const s = snapshot as Partial<SnapshotV1> | null;
  if (typeof s !== 'object' || s === null || s.format !== FORMAT) throw new Error('not a saved search index');
  if (
    s.version !== VERSION ||
    s.lunr !== LUNR_VERSION ||
    s.analysis !== ANALYSIS ||
    s.fields !== FIELD_SPEC
  ) {
    throw new Error('the saved search index is from another version');
  }
  if (s.fingerprint !== fingerprint) throw new Error('the saved search index is of other bulletins');
  try {
    return decodeData(s);
  } catch (error) {
    throw new Error(
      `the saved search index is damaged: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function decodeData(s: Partial<SnapshotV1>): IndexData {
  const { documentCount, terms, surfaces, words, wordTerms, wordRanks, postings, forward } = s;
  if (!Number.isSafeInteger(documentCount) || (documentCount as number) < 0) {
    throw new Error('bad document count');
  }
  const n = documentCount as number;
  if (typeof terms !== 'string' || typeof surfaces !== 'string' || typeof words !== 'string') {
    throw new Error('missing word lists');
  }
  if (typeof wordTerms !== 'string' || typeof wordRanks !== 'string' || typeof forward !== 'string') {
    throw new Error('missing packed lists');
  }
  if (!Array.isArray(postings) || postings.length !== FIELDS.length) throw new Error('missing postings');
  const termList = splitList(terms);
  const surfaceList = splitList(surfaces);
  const wordList = splitList(words);
  if (surfaceList.length !== termList.length) throw new Error('term lists differ in length');
  if (new Set(termList).size !== termList.length) throw new Error('repeated terms');
  for (let i = 1; i < wordList.length; i += 1) {
    if (!((wordList[i - 1] as string) < (wordList[i] as string))) throw new Error('words out of order');
  }

  const termReader = new NumberCursor(unpack(wordTerms));
  const wordTermIds = Int32Array.from(wordList, () => below(termReader.next(), termList.length + 1) - 1);
  const rankReader = new NumberCursor(unpack(wordRanks));
  const taken = new Uint8Array(wordList.length);
  const wordRankList = Uint32Array.from(wordList, () => {
    const rank = below(rankReader.next(), wordList.length);
    if (taken[rank]) throw new Error('repeated word numbers');
    taken[rank] = 1;
    return rank;
  });
  if (!termReader.done || !rankReader.done) throw new Error('extra word data');

  const packedForward = unpack(forward);
  const forwardReader = new NumberCursor(packedForward);
  const forwardOffsets = new Uint32Array(n + 1);
  // At most this many words: the packed list holds them plus one count per document.
  const forwardRanks = wordNumbers(wordList.length, Math.max(0, packedForward.length - n));
  let wordCount = 0;
  for (let d = 0; d < n; d += 1) {
    const count = forwardReader.next();
    if (wordCount + count > forwardRanks.length) throw new Error('forward index runs over');
    for (let k = 0; k < count; k += 1)
      forwardRanks[wordCount++] = below(forwardReader.next(), wordList.length);
    forwardOffsets[d + 1] = wordCount;
  }
  if (!forwardReader.done) throw new Error('extra forward index data');

  return {
    documentCount: n,
    terms: termList,
    surfaces: surfaceList,
    words: wordList,
    wordTerms: wordTermIds,
    wordRanks: wordRankList,
    postings: postings.map((packed) => decodePostings(packed, termList.length, n)),
    forward: { offsets: forwardOffsets, ranks: forwardRanks.subarray(0, wordCount) },
  };
}

function decodePostings(packed: unknown, termCount: number, documentCount: number): FieldPostings {
  if (typeof packed !== 'string') throw new Error('missing postings');
  const values = unpack(packed);
  const reader = new NumberCursor(values);
  const offsets = new Uint32Array(termCount + 1);
  // At most this many postings: the packed list holds two numbers each plus one count per term.
  const capacity = Math.max(0, Math.floor((values.length - termCount) / 2));
  const docs = new Uint32Array(capacity);
  const scores = new Uint16Array(capacity);
  let total = 0;
  for (let t = 0; t < termCount; t += 1) {
    const count = reader.next();
    if (total + count > capacity) throw new Error('postings run over');
    let previous = -1;
    for (let k = 0; k < count; k += 1, total += 1) {
      previous = below(previous + 1 + reader.next(), documentCount);
      docs[total] = previous;
      scores[total] = below(reader.next(), 0x10000);
    }
    offsets[t + 1] = total;
  }
  if (!reader.done) throw new Error('extra postings data');
  return { offsets, docs: docs.subarray(0, total), scores: scores.subarray(0, total) };
}

function splitList(joined: string): string[] {
  return joined === '' ? [] : joined.split(SEPARATOR);
}

function below(value: number, limit: number): number {
  if (value >= limit) throw new Error('number out of range');
  return value;
}
