// Filtering the scripture index as the user types, in the renderer (no round trip to main). A query is read,
// in turn, as a reference ('Micah 6:8', 'Ps 89': the passages it overlaps), as a book alone ('Psalms',
// '1 Cor': that book's verses), or as plain words found in a reference, the verse's words or the reference
// as the bulletin wrote it ('mercy', 'Corinth').
import {
  findBibleBook,
  parseScriptureReference,
  parseScriptureReferenceParts,
  scriptureRefCovers,
} from './scripture-reference';
import type { ScriptureRef } from './scripture-reference';
import type { ScriptureEntry, ScriptureIndex } from './story-types';
import { foldCase, splitWords } from './text-fold';

// Each entry's searchable words, folded once: typing a query re-filters ~2,000 entries per keystroke.
const haystacks = new WeakMap<ScriptureEntry, string>();

function haystackOf(entry: ScriptureEntry): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    const parts = [entry.reference, entry.book];
    for (const use of entry.uses) parts.push(use.text, use.written);
    haystack = foldCase(parts.join('\n'));
    haystacks.set(entry, haystack);
  }
  return haystack;
}

// Each entry's passage, read back from its canonical reference once: only that holds the last chapter of a
// passage over two chapters ('John 3:16–4:2'), which ScriptureEntry has no field for.
const passages = new WeakMap<ScriptureEntry, ScriptureRef>();

function refOf(entry: ScriptureEntry): ScriptureRef {
  let ref = passages.get(entry);
  if (ref === undefined) {
    ref = parseScriptureReference(entry.reference) ?? {
      book: entry.book,
      bookOrder: entry.bookOrder,
      chapter: entry.chapter,
      verseStart: entry.verseStart,
      verseEnd: entry.verseEnd,
    };
    passages.set(entry, ref);
  }
  return ref;
}

/** The index's entries matching `query`, in the index's (Bible) order. An empty query gives them all. */
export function searchScriptureIndex(index: ScriptureIndex, query: string): ScriptureEntry[] {
  const text = query.trim();
  if (text === '') return index.entries;
  const refs = parseScriptureReferenceParts(text);
  if (refs) {
    return index.entries.filter((entry) => {
      const ref = refOf(entry);
      return refs.some((q) => scriptureRefCovers(q, ref));
    });
  }
  const book = findBibleBook(text);
  if (book) return index.entries.filter((entry) => entry.bookOrder === book.order);
  const words = splitWords(foldCase(text));
  if (words.length === 0) return index.entries;
  return index.entries.filter((entry) => {
    const haystack = haystackOf(entry);
    return words.every((word) => haystack.includes(word));
  });
}
