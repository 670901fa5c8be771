// Bulletins added, changed or removed, without indexing the archive again. Lunr's index cannot be
// patched in place: every score depends on the whole collection (idf, average field length) and terms
// are numbered in first-seen order. So the index is derived again (derive-index.ts), but from word
// numbers: the unchanged items' words are the forward index as it stands, and only the changed
// bulletins' texts are read and analysed. The result is exactly the index built from scratch over the
// new list of bulletins (a test compares them field by field), in a fraction of the time.
import type { Bulletin } from '../../../shared/model';
import type { Analysis } from './analyzer';
import { compareBulletins } from './bulletin-order';
import { deriveIndexData } from './derive-index';
import type { IndexData } from './index-schema';
import { FIELDS, NAMES_FIELD, TEXT_FIELD, compareStrings } from './index-schema';
import { itemFieldTexts, itemNames } from './item-table';
import type { FormCount } from './tokens';
import { NumberList, Tokenizer } from './tokens';

export interface IndexedBulletins {
  /** In the order their items are numbered. */
  bulletins: readonly Bulletin[];
  data: IndexData;
}

/**
 * The bulletins and index after `changed` bulletins replace those with the same `file` (or join) and
 * those named in `removedFiles` leave. The result is in the library's order (bulletin-order.ts).
 */
export function updateIndexData(
  before: IndexedBulletins,
  changed: readonly Bulletin[],
  removedFiles: readonly string[],
  analyze: (word: string) => Analysis,
): IndexedBulletins {
  const incoming = new Map<string, Bulletin>();
  for (const bulletin of changed) incoming.set(bulletin.file, bulletin);
  const leaving = new Set([...removedFiles, ...incoming.keys()]);

  // Where each kept bulletin's items are in the current index.
  const firstDoc = new Map<Bulletin, number>();
  const kept: Bulletin[] = [];
  const dropped: Bulletin[] = [];
  let doc = 0;
  for (const bulletin of before.bulletins) {
    firstDoc.set(bulletin, doc);
    doc += bulletin.items.length;
    (leaving.has(bulletin.file) ? dropped : kept).push(bulletin);
  }
  const bulletins = [...kept, ...incoming.values()].sort(compareBulletins);

  const { data } = before;
  const tokenizer = new Tokenizer(analyze, vocabularyOf(data));
  // The written forms of what leaves are counted out.
  for (const bulletin of dropped) {
    for (const item of bulletin.items)
      for (const text of itemFieldTexts(item)) tokenizer.read(text, null, -1);
  }

  const documentCount = bulletins.reduce((sum, b) => sum + b.items.length, 0);
  const offsets = FIELDS.map(() => new Uint32Array(documentCount + 1));
  const { offsets: forwardOffsets, ranks } = data.forward;
  const lists = FIELDS.map(
    (_field, f) => new NumberList(f === TEXT_FIELD ? ranks.length + 4096 : documentCount),
  );
  const text = lists[TEXT_FIELD] as NumberList;
  const names = lists[NAMES_FIELD] as NumberList;
  // Names (countries, pseudonyms) are a word or two and repeat across the archive: read once each.
  const namesRead = new Map<string, Uint32Array>();
  const scratch = new NumberList(64);
  // The kept items' words are copied from the forward index in runs (consecutive kept items usually
  // stay consecutive), not item by item.
  let runStart = 0;
  let runEnd = 0;
  const flush = (): void => {
    if (runEnd > runStart)
      text.append(ranks, forwardOffsets[runStart] as number, forwardOffsets[runEnd] as number);
    runStart = runEnd = 0;
  };
  let d = 0;
  for (const bulletin of bulletins) {
    const first = firstDoc.get(bulletin);
    const isKept = first !== undefined && !leaving.has(bulletin.file);
    bulletin.items.forEach((item, i) => {
      if (isKept) {
        // Forward-index numbers are the tokenizer's word numbers (vocabularyOf numbers words by rank).
        const at = first + i;
        if (runEnd !== at || runEnd === runStart) {
          flush();
          runStart = at;
        }
        runEnd = at + 1;
        const itemNamesText = itemNames(item);
        let read = namesRead.get(itemNamesText);
        if (read === undefined) {
          scratch.clear();
          tokenizer.read(itemNamesText, scratch, 0);
          read = scratch.toArray();
          namesRead.set(itemNamesText, read);
        }
        names.append(read, 0, read.length);
        // Offsets of the text field as if copied now: the run is flushed before anything else is added.
        recordEnds(
          offsets,
          d,
          text.length + (forwardOffsets[runEnd] as number) - (forwardOffsets[runStart] as number),
          names.length,
        );
      } else {
        flush();
        const [itemText = '', itemNamesText = ''] = itemFieldTexts(item);
        tokenizer.read(itemText, text, 1);
        tokenizer.read(itemNamesText, names, 1);
        recordEnds(offsets, d, text.length, names.length);
      }
      d += 1;
    });
  }
  flush();

  const next = deriveIndexData({
    words: tokenizer.words,
    wordTerms: tokenizer.wordTerms,
    terms: tokenizer.terms,
    sortedWords: sortedWords(data, tokenizer.words),
    documentCount,
    // Views, not copies: the lists are not touched again.
    fields: lists.map((list, f) => ({ offsets: offsets[f] as Uint32Array, ids: list.view() })),
    forms: tokenizer.forms,
  });
  return { bulletins, data: next };
}

/** Records where document d's words end in each field. */
function recordEnds(offsets: Uint32Array[], d: number, textEnd: number, namesEnd: number): void {
  (offsets[TEXT_FIELD] as Uint32Array)[d + 1] = textEnd;
  (offsets[NAMES_FIELD] as Uint32Array)[d + 1] = namesEnd;
}

/** The index's vocabulary, words numbered by their forward-index rank, terms keyed by their number. */
function vocabularyOf(data: IndexData) {
  const words = new Array<string>(data.words.length);
  const wordTerms = new Array<number>(data.words.length);
  data.wordRanks.forEach((rank, i) => {
    words[rank] = data.words[i] as string;
    wordTerms[rank] = data.wordTerms[i] as number;
  });
  const forms = new Map<string, FormCount>();
  data.forms.forms.forEach((form, j) => {
    const word = data.wordRanks[data.forms.words[j] as number] as number;
    forms.set(form, { word, count: data.forms.counts[j] as number });
  });
  return { words, wordTerms, terms: data.terms.slice(), forms };
}

/** All word numbers in string order: the index's, sorted already, merged with the new words. */
function sortedWords(data: IndexData, words: readonly string[]): Uint32Array {
  const known = data.words.length;
  const added = Array.from({ length: words.length - known }, (_v, i) => known + i).sort((a, b) =>
    compareStrings(words[a] as string, words[b] as string),
  );
  const out = new Uint32Array(words.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < known || j < added.length) {
    const old = i < known ? (data.wordRanks[i] as number) : -1;
    const fresh = j < added.length ? (added[j] as number) : -1;
    if (fresh === -1 || (old !== -1 && (data.words[i] as string) < (words[fresh] as string))) {
      out[k++] = old;
      i += 1;
    } else {
      out[k++] = fresh;
      j += 1;
    }
  }
  return out;
}
