// The scripture index: every verse the bulletins used, in Bible order, each with the weeks that used it.
// A reference is read into its canonical form ('Ps. 89:1-2' and 'Psalm 89:1–2' are one entry); a list
// ('Psalm 89:1-2, 5') files the week under each passage, so a search for any of them finds it. References
// that are not Bible references are kept in `unrecognised`, so no week's verse is lost.
import type { Bulletin } from '../../../shared/model';
import {
  compareScriptureRefs,
  formatScriptureReference,
  parseScriptureReferenceParts,
} from '../../../shared/scripture-reference';
import type { ScriptureRef } from '../../../shared/scripture-reference';
import type { ScriptureEntry, ScriptureIndex, VerseUse } from '../../../shared/story-types';

export function buildScriptureIndex(bulletins: readonly Bulletin[]): ScriptureIndex {
  const entries = new Map<string, { ref: ScriptureRef; uses: VerseUse[] }>();
  const unrecognised: VerseUse[] = [];
  for (const bulletin of bulletins) {
    const scripture = bulletin.scripture;
    if (!scripture || (scripture.text.trim() === '' && scripture.reference.trim() === '')) continue;
    const use: VerseUse = {
      file: bulletin.file,
      date: bulletin.date,
      title: bulletin.title,
      text: scripture.text,
      written: scripture.reference,
    };
    const parts = parseScriptureReferenceParts(scripture.reference);
    if (!parts) {
      unrecognised.push(use);
      continue;
    }
    // A list naming one passage twice ('Psalm 23, 23') still counts the week once.
    const seen = new Set<string>();
    for (const ref of parts) {
      const reference = formatScriptureReference(ref);
      if (seen.has(reference)) continue;
      seen.add(reference);
      const entry = entries.get(reference);
      if (entry) entry.uses.push(use);
      else entries.set(reference, { ref, uses: [use] });
    }
  }
  const sorted: ScriptureEntry[] = [...entries]
    .sort(([, a], [, b]) => compareScriptureRefs(a.ref, b.ref))
    .map(([reference, { ref, uses }]) => ({
      reference,
      book: ref.book,
      bookOrder: ref.bookOrder,
      chapter: ref.chapter,
      verseStart: ref.verseStart,
      verseEnd: ref.verseEnd,
      ...(ref.chapterEnd !== undefined && ref.chapterEnd !== ref.chapter
        ? { chapterEnd: ref.chapterEnd }
        : {}),
      uses: uses.sort(newestFirst),
    }));
  return { entries: sorted, unrecognised: unrecognised.sort(newestFirst) };
}

/** Newest first, undated last; ties by file so the order never depends on the folder scan's. */
function newestFirst(a: VerseUse, b: VerseUse): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
