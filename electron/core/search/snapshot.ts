// The saved form of an index: JSON-safe, and refused (with a plain Error, so the caller rebuilds) when it
// comes from another format, another Lunr, other text analysis, another byte order or other bulletins.
//
// Lunr's own toJSON writes every posting as an object keyed by document ref (86 MB and a 6.5 s
// JSON.parse at 10,000 bulletins). Here word lists are single strings, and postings, the forward index
// and the written forms are packed integers (varint.ts, document numbers as gaps): loading is one pass
// over their characters straight into typed arrays, with range checks. (Version 1 had no written forms,
// and unpacked every list into an array first and then read it through a cursor: four times slower.)
import { analyzeWord } from './analyzer';
import type { FieldPostings, IndexData } from './index-schema';
import { FIELDS, wordNumbers } from './index-schema';
import { LUNR_VERSION } from './lunr-internals';
import { PackedReader, VarintWriter } from './varint';

const FORMAT = 'prayer-desk-search-index';
const VERSION = 2;

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

// Terms, words and written forms are runs of letters and digits, so a newline can separate them.
const SEPARATOR = '\n';

interface SnapshotV2 {
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
  forms: string;
  // The rest: packed numbers (varint.ts).
  /** By word: term number + 1 (0: not indexed). */
  wordTerms: string;
  wordRanks: string;
  /** By written form: its word (as the gap from the previous form's), and its count. */
  formWords: string;
  formCounts: string;
  /** Per field, in FIELDS order: for each term its document count, then (document gap, score × 1000) pairs. */
  postings: string[];
  /** Per field, how many postings: arrays are sized from these before reading (checked as read). */
  postingCounts: number[];
  /** For each document its word count, then its words as forward-index numbers. */
  forward: string;
  /** How many words the forward index holds in all. */
  forwardLength: number;
}

export function encodeSnapshot(data: IndexData, fingerprint: string): SnapshotV2 {
  const pack = (write: (out: VarintWriter) => void): string => {
    const out = new VarintWriter();
    write(out);
    return out.toString();
  };
  const { offsets, ranks } = data.forward;
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
    forms: data.forms.forms.join(SEPARATOR),
    wordTerms: pack((out) => data.wordTerms.forEach((id) => out.write(id + 1))),
    wordRanks: pack((out) => data.wordRanks.forEach((rank) => out.write(rank))),
    formWords: pack((out) =>
      data.forms.words.forEach((word, i) =>
        out.write(word - (i === 0 ? 0 : (data.forms.words[i - 1] as number))),
      ),
    ),
    formCounts: pack((out) => data.forms.counts.forEach((count) => out.write(count))),
    postings: data.postings.map((field) => pack((out) => encodePostings(out, field, data.terms.length))),
    postingCounts: data.postings.map((field) => field.docs.length),
    forward: pack((out) => {
      for (let d = 0; d < data.documentCount; d += 1) {
        out.write((offsets[d + 1] as number) - (offsets[d] as number));
        for (let k = offsets[d] as number; k < (offsets[d + 1] as number); k += 1)
          out.write(ranks[k] as number);
      }
    }),
    forwardLength: ranks.length,
  };
}

function encodePostings(
  out: VarintWriter,
  { offsets, docs, scores }: FieldPostings,
  termCount: number,
): void {
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
}

/** The index data in `snapshot`; throws a plain Error when it cannot be used for these bulletins. */
export function decodeSnapshot(snapshot: unknown, fingerprint: string): IndexData {
  const s = snapshot as Partial<SnapshotV2> | null;
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

function decodeData(s: Partial<SnapshotV2>): IndexData {
  const { documentCount, postings } = s;
  if (!Number.isSafeInteger(documentCount) || (documentCount as number) < 0) {
    throw new Error('bad document count');
  }
  const n = documentCount as number;
  const terms = splitList(s.terms, 'terms');
  const surfaces = splitList(s.surfaces, 'surfaces');
  const words = splitList(s.words, 'words');
  const forms = splitList(s.forms, 'written forms');
  if (surfaces.length !== terms.length) throw new Error('term lists differ in length');
  if (new Set(terms).size !== terms.length) throw new Error('repeated terms');
  for (let i = 1; i < words.length; i += 1) {
    if (!((words[i - 1] as string) < (words[i] as string))) throw new Error('words out of order');
  }
  if (!Array.isArray(postings) || postings.length !== FIELDS.length) throw new Error('missing postings');
  const postingCounts = s.postingCounts;
  if (
    !Array.isArray(postingCounts) ||
    postingCounts.length !== FIELDS.length ||
    !postingCounts.every(isSize)
  ) {
    throw new Error('missing posting counts');
  }
  if (!isSize(s.forwardLength)) throw new Error('missing forward index length');

  const termReader = reader(s.wordTerms, 'word terms');
  const wordTerms = Int32Array.from(words, () => below(termReader.next(), terms.length + 1) - 1);
  const rankReader = reader(s.wordRanks, 'word ranks');
  const taken = new Uint8Array(words.length);
  const wordRanks = Uint32Array.from(words, () => {
    const rank = below(rankReader.next(), words.length);
    if (taken[rank]) throw new Error('repeated word numbers');
    taken[rank] = 1;
    return rank;
  });
  const formReader = reader(s.formWords, 'written forms');
  let word = 0;
  const formWords = Uint32Array.from(forms, () => (word = below(word + formReader.next(), words.length)));
  const countReader = reader(s.formCounts, 'written forms');
  const formCounts = Uint32Array.from(forms, () => countReader.next());
  if (!termReader.done || !rankReader.done || !formReader.done || !countReader.done) {
    throw new Error('extra word data');
  }

  return {
    documentCount: n,
    terms,
    surfaces,
    words,
    wordTerms,
    wordRanks,
    postings: postings.map((packed: unknown, f) =>
      decodePostings(packed, terms.length, n, postingCounts[f] as number),
    ),
    forward: decodeForward(s.forward, n, words.length, s.forwardLength as number),
    forms: { forms, words: formWords, counts: formCounts },
  };
}

function decodePostings(
  packed: unknown,
  termCount: number,
  documentCount: number,
  capacity: number,
): FieldPostings {
  const read = reader(packed, 'postings');
  // Two packed numbers a posting (and a count per term): a count beyond that is a damaged snapshot, not
  // an allocation to attempt.
  if (capacity > read.length / 2) throw new Error('posting count out of range');
  const offsets = new Uint32Array(termCount + 1);
  const docs = new Uint32Array(capacity);
  const scores = new Uint16Array(capacity);
  let total = 0;
  for (let t = 0; t < termCount; t += 1) {
    const count = read.next();
    if (total + count > capacity) throw new Error('postings run over');
    read.readPostings(docs, scores, total, count, documentCount);
    total += count;
    offsets[t + 1] = total;
  }
  if (!read.done || total !== capacity) throw new Error('extra postings data');
  return { offsets, docs, scores };
}

function decodeForward(
  packed: unknown,
  documentCount: number,
  wordCount: number,
  length: number,
): IndexData['forward'] {
  const read = reader(packed, 'forward index');
  if (length > read.length) throw new Error('forward index length out of range');
  const offsets = new Uint32Array(documentCount + 1);
  const ranks = wordNumbers(wordCount, length);
  let total = 0;
  for (let d = 0; d < documentCount; d += 1) {
    const count = read.next();
    if (total + count > length) throw new Error('forward index runs over');
    read.readInto(ranks, total, count, wordCount);
    total += count;
    offsets[d + 1] = total;
  }
  if (!read.done || total !== length) throw new Error('extra forward index data');
  return { offsets, ranks };
}

function splitList(joined: unknown, name: string): string[] {
  if (typeof joined !== 'string') throw new Error(`missing ${name}`);
  return joined === '' ? [] : joined.split(SEPARATOR);
}

function reader(packed: unknown, name: string): PackedReader {
  if (typeof packed !== 'string') throw new Error(`missing ${name}`);
  return new PackedReader(packed);
}

function isSize(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function below(value: number, limit: number): number {
  if (value >= limit) throw new Error('number out of range');
  return value;
}
