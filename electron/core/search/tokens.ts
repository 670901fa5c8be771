// The corpus as word numbers: each document's words, field by field, as numbers into a vocabulary, and
// how often each indexed word was written in each way. Reading texts into numbers (splitting, folding,
// stemming) is the costly part of indexing; everything else is derived from the numbers alone
// (derive-index.ts). So a changed bulletin is read on its own, and the index derived again from its new
// numbers and everyone else's old ones (index-update.ts), without analysing the rest of the archive.
import { splitWords } from '../../../shared/text-fold';
import type { Analysis } from './analyzer';
import { analyzeWord } from './analyzer';
import { FIELDS } from './index-schema';

/** One written form (NFC) of an indexed word, and how many times it occurs. */
export interface FormCount {
  word: number;
  count: number;
}

/** A growable list of word numbers (millions at 10,000 bulletins: no boxed numbers). */
export class NumberList {
  private data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Appends values[from, to). */
  append(values: Uint16Array | Uint32Array, from: number, to: number): void {
    const count = to - from;
    if (this.length + count > this.data.length) this.grow(this.length + count);
    this.data.set(values.subarray(from, to), this.length);
    this.length += count;
  }

  /** The values, trimmed to their length (a copy). */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }

  /** The values without copying: valid until the next push. */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private grow(needed: number): void {
    let size = this.data.length * 2;
    while (size < needed) size *= 2;
    const grown = new Uint32Array(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

export interface FieldTokens {
  /** Document d's words are ids[offsets[d], offsets[d + 1]). */
  offsets: Uint32Array;
  ids: Uint32Array;
}

export interface TokenizedCorpus {
  /** By word number: the word, folded (what prefixes and phrases compare). */
  words: readonly string[];
  /** By word number: its term's key into `terms`, or -1 for words not indexed. */
  wordTerms: ArrayLike<number>;
  /** Terms by key. Their numbering in the index is derived (first seen), not this one. */
  terms: readonly string[];
  /** Word numbers in the order of their words (JavaScript string order), or null to sort them here. */
  sortedWords: ArrayLike<number> | null;
  documentCount: number;
  /** In FIELDS order. */
  fields: FieldTokens[];
  forms: ReadonlyMap<string, FormCount>;
}

/** What a written word (as it appears in a text) was found to be. */
interface Written {
  word: number;
  /** Its form's count, or null for a word not indexed (stop words are not written forms of a term). */
  form: FormCount | null;
}

/** A vocabulary to start from: word numbers keep their meaning, new words get the next numbers. */
export interface VocabularyStart {
  words: string[];
  wordTerms: number[];
  terms: string[];
  forms: Map<string, FormCount>;
}

export class Tokenizer {
  readonly words: string[];
  readonly wordTerms: number[];
  readonly terms: string[];
  readonly forms: Map<string, FormCount>;
  private readonly wordIds = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  // Written word → what it is: one Map lookup per token after the first sighting.
  private readonly written = new Map<string, Written>();

  constructor(
    private readonly analyze: (word: string) => Analysis = analyzeWord,
    start?: VocabularyStart,
  ) {
    this.words = start?.words ?? [];
    this.wordTerms = start?.wordTerms ?? [];
    this.terms = start?.terms ?? [];
    this.forms = start?.forms ?? new Map();
    this.words.forEach((word, id) => this.wordIds.set(word, id));
    this.terms.forEach((term, key) => this.termIds.set(term, key));
  }

  /** Appends the numbers of the words of `text` to `out` (when given) and counts each written form `sign` times. */
  read(text: string, out: NumberList | null, sign: number): void {
    if (text === '') return;
    for (const word of splitWords(text)) {
      const entry = this.written.get(word) ?? this.learn(word);
      out?.push(entry.word);
      if (entry.form !== null) entry.form.count += sign;
    }
  }

  private learn(word: string): Written {
    const { folded, term } = this.analyze(word);
    let id = this.wordIds.get(folded);
    if (id === undefined) {
      id = this.words.length;
      this.wordIds.set(folded, id);
      this.words.push(folded);
      let key = -1;
      if (term !== null) {
        key = this.termIds.get(term) ?? -1;
        if (key === -1) {
          key = this.terms.length;
          this.termIds.set(term, key);
          this.terms.push(term);
        }
      }
      this.wordTerms.push(key);
    }
    let form: FormCount | null = null;
    if (this.wordTerms[id] !== -1) {
      // Forms that differ only in Unicode normalisation are one form.
      const nfc = word.normalize('NFC');
      form = this.forms.get(nfc) ?? null;
      if (form === null) {
        form = { word: id, count: 0 };
        this.forms.set(nfc, form);
      }
    }
    const entry: Written = { word: id, form };
    this.written.set(word, entry);
    return entry;
  }
}

/** Reads `documents` (each the text of every field in FIELDS order) into numbers. */
export function tokenizeDocuments(documents: readonly (readonly string[])[]): TokenizedCorpus {
  const tokenizer = new Tokenizer();
  const lists = FIELDS.map(() => new NumberList());
  const offsets = FIELDS.map(() => new Uint32Array(documents.length + 1));
  documents.forEach((texts, d) => {
    lists.forEach((list, f) => {
      tokenizer.read(texts[f] ?? '', list, 1);
      (offsets[f] as Uint32Array)[d + 1] = list.length;
    });
  });
  return {
    words: tokenizer.words,
    wordTerms: tokenizer.wordTerms,
    terms: tokenizer.terms,
    sortedWords: null,
    documentCount: documents.length,
    fields: lists.map((list, f) => ({ offsets: offsets[f] as Uint32Array, ids: list.view() })),
    forms: tokenizer.forms,
  };
}
