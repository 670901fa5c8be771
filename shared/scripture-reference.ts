// Bible references as bulletins and people write them ('Ps. 89:1-2', '1Cor 13:4–7', 'Micah 6:8 (NIV)'),
// read into a canonical form that can be printed, sorted in Bible order and compared. Shared so the scripture
// index (main) and its search box (renderer) read references the same way.
//
// Lists ('Psalm 89:1-2, 5', 'Micah 6:8; 7:18') have several parts. parseScriptureReference answers the
// first part (a ScriptureRef is one passage); parseScriptureReferenceParts answers them all, so the index can
// file a week under every passage it used and a search for 'Psalm 89:5' still finds it.
//
// Never throws: anything that is not a reference to a real book and chapter gives null.

import { bookInfos, bookOsis } from './bible-parser';

export interface ScriptureRef {
  /** Canonical book name: 'Psalms', '1 Corinthians', 'Song of Songs'. */
  book: string;
  /** 1 (Genesis) … 66 (Revelation). */
  bookOrder: number;
  chapter: number;
  /** null for a whole chapter (or whole chapters, with chapterEnd). */
  verseStart: number | null;
  /** Last verse; equals verseStart for one verse; null for a whole chapter. In chapterEnd when set. */
  verseEnd: number | null;
  /** Last chapter of a passage over several chapters ('Psalm 89–90', 'John 3:16–4:2'); absent otherwise. */
  chapterEnd?: number;
}

export interface BibleBook {
  /** Canonical name. */
  name: string;
  /** 1 … 66, Protestant order. */
  order: number;
  chapters: number;
  /** The code bible-passage-reference-parser gives it: 'Gen', 'Ps', '1Cor'. */
  osis: string;
}

// The books, their order, chapter counts and every name and abbreviation people write come from
// bible-passage-reference-parser (its English data): the one home of Bible book names in Prayer Desk.
// Only the canonical name printed for each book is kept here, keyed by the parser's OSIS code.
const CANONICAL_NAMES: Readonly<Record<string, string>> = {
  Gen: 'Genesis',
  Exod: 'Exodus',
  Lev: 'Leviticus',
  Num: 'Numbers',
  Deut: 'Deuteronomy',
  Josh: 'Joshua',
  Judg: 'Judges',
  Ruth: 'Ruth',
  '1Sam': '1 Samuel',
  '2Sam': '2 Samuel',
  '1Kgs': '1 Kings',
  '2Kgs': '2 Kings',
  '1Chr': '1 Chronicles',
  '2Chr': '2 Chronicles',
  Ezra: 'Ezra',
  Neh: 'Nehemiah',
  Esth: 'Esther',
  Job: 'Job',
  Ps: 'Psalms',
  Prov: 'Proverbs',
  Eccl: 'Ecclesiastes',
  Song: 'Song of Songs',
  Isa: 'Isaiah',
  Jer: 'Jeremiah',
  Lam: 'Lamentations',
  Ezek: 'Ezekiel',
  Dan: 'Daniel',
  Hos: 'Hosea',
  Joel: 'Joel',
  Amos: 'Amos',
  Obad: 'Obadiah',
  Jonah: 'Jonah',
  Mic: 'Micah',
  Nah: 'Nahum',
  Hab: 'Habakkuk',
  Zeph: 'Zephaniah',
  Hag: 'Haggai',
  Zech: 'Zechariah',
  Mal: 'Malachi',
  Matt: 'Matthew',
  Mark: 'Mark',
  Luke: 'Luke',
  John: 'John',
  Acts: 'Acts',
  Rom: 'Romans',
  '1Cor': '1 Corinthians',
  '2Cor': '2 Corinthians',
  Gal: 'Galatians',
  Eph: 'Ephesians',
  Phil: 'Philippians',
  Col: 'Colossians',
  '1Thess': '1 Thessalonians',
  '2Thess': '2 Thessalonians',
  '1Tim': '1 Timothy',
  '2Tim': '2 Timothy',
  Titus: 'Titus',
  Phlm: 'Philemon',
  Heb: 'Hebrews',
  Jas: 'James',
  '1Pet': '1 Peter',
  '2Pet': '2 Peter',
  '1John': '1 John',
  '2John': '2 John',
  '3John': '3 John',
  Jude: 'Jude',
  Rev: 'Revelation',
};

/** The 66 books in Protestant order, as the parser's default versification gives them. */
export const BIBLE_BOOKS: readonly BibleBook[] = bibleBooks();

function bibleBooks(): BibleBook[] {
  return bookInfos().map(({ osis, order, chapters }) => ({
    name: CANONICAL_NAMES[osis] ?? osis,
    order,
    chapters,
    osis,
  }));
}

// The longest psalm (119) has 176 verses: nothing higher is a verse anywhere.
const MAX_VERSE = 176;
// A reference is short; anything longer is prose, refused before any pattern runs on it.
const MAX_REFERENCE_LENGTH = 200;

const BOOK_BY_OSIS: ReadonlyMap<string, BibleBook> = new Map(BIBLE_BOOKS.map((b) => [b.osis, b]));

/** The book a name or abbreviation stands for ('Ps.', '1 Cor', 'First Corinthians'); null when none. */
export function findBibleBook(text: string): BibleBook | null {
  if (text.length > 40) return null;
  const osis = bookOsis(text);
  return osis === null ? null : (BOOK_BY_OSIS.get(osis) ?? null);
}

// Translations printed after a reference without brackets ('Micah 6:8 ESV').
const VERSIONS = new Set(
  (
    'niv nivuk kjv nkjv esv nlt nasb nrsv nrsvue rsv csb hcsb msg net amp cev gnt gnb tlb nirv ncv asv ' +
    'web erv icb ceb nabre nab jb njb tpt bsb lsb akjv'
  ).split(' '),
);

/** The text without dashes before it, a translation after it, or trailing punctuation. */
function trimReference(text: string): string {
  let s = text
    // Every kind of dash and minus reads as a hyphen.
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-"“”'‘’«»(]+/, '');
  for (;;) {
    const before = s;
    s = s
      .replace(/\s*[([][a-z][a-z0-9 .,]{1,39}[)\]]$/i, '')
      .replace(/\s+([a-z]{2,6})$/i, (whole, word: string) => (VERSIONS.has(word.toLowerCase()) ? '' : whole))
      .replace(/[\s.,;:\-"“”'‘’«»]+$/, '');
    // A closing bracket whose opening one went with the leading punctuation: '(Micah 6:8)'.
    if (/[)\]]$/.test(s) && !/[([]/.test(s)) s = s.slice(0, -1);
    if (s === before) return s;
  }
}

interface Passage {
  chapter: number;
  verseStart: number | null;
  chapterEnd: number;
  verseEnd: number | null;
}

/** One piece of a list; `chapter` is the chapter a bare number belongs to (null: bare numbers are chapters). */
function readPiece(piece: string, chapter: number | null): Passage | null {
  let m: RegExpExecArray | null;
  // C:V, C:V-V, C:V-C:V
  if ((m = /^(\d{1,3}):(\d{1,3})(?:-(?:(\d{1,3}):)?(\d{1,3}))?$/.exec(piece))) {
    const c = Number(m[1]);
    const v = Number(m[2]);
    const ce = m[3] === undefined ? c : Number(m[3]);
    return { chapter: c, verseStart: v, chapterEnd: ce, verseEnd: m[4] === undefined ? v : Number(m[4]) };
  }
  // V-C:V (inside a list whose chapter is known)
  if (chapter !== null && (m = /^(\d{1,3})-(\d{1,3}):(\d{1,3})$/.exec(piece))) {
    return { chapter, verseStart: Number(m[1]), chapterEnd: Number(m[2]), verseEnd: Number(m[3]) };
  }
  // N, N-N: verses of `chapter`, or whole chapters when no chapter is known
  if ((m = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(piece))) {
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    return chapter === null
      ? { chapter: first, verseStart: null, chapterEnd: last, verseEnd: null }
      : { chapter, verseStart: first, chapterEnd: chapter, verseEnd: last };
  }
  return null;
}

function toRef(book: BibleBook, passage: Passage): ScriptureRef | null {
  const { chapter, chapterEnd, verseStart, verseEnd } = passage;
  if (chapter < 1 || chapterEnd < chapter || chapterEnd > book.chapters) return null;
  if (verseStart !== null && verseEnd !== null) {
    if (verseStart < 1 || verseEnd < 1 || verseStart > MAX_VERSE || verseEnd > MAX_VERSE) return null;
    if (chapterEnd === chapter && verseEnd < verseStart) return null;
  }
  const ref: ScriptureRef = { book: book.name, bookOrder: book.order, chapter, verseStart, verseEnd };
  if (chapterEnd !== chapter) ref.chapterEnd = chapterEnd;
  return ref;
}

/** The passages after the book name, up to any ';': '89:1-2, 5', '3:16-4:2', '23', '89-90', '6:8'. */
function readPassages(book: BibleBook, rest: string): ScriptureRef[] | null {
  const s = rest
    .toLowerCase()
    // 'Psalm 89 vv. 1-2', 'Psalm 89, verse 3': the verse words stand for the colon.
    .replace(/\s*,?\s*\b(?:verses?|vv?)\b\.?\s*/g, ':')
    // 'John 3.16' is written that way in Britain.
    .replace(/(\d)\s*\.\s*(?=\d)/g, '$1:')
    .replace(/\s*([:,-])\s*/g, '$1')
    // Half verses ('3:25a', '8b') are filed under the whole verse.
    .replace(/(\d)[a-c](?![a-z])/g, '$1')
    // 'and' joins list items like a comma ('Psalm 89:1 and 5').
    .replace(/\s+(?:and|&)\s+/g, ',');
  // A one-chapter book's bare numbers are verses ('Jude 24-25'), so its chapter is always known. Otherwise
  // a bare number is a chapter at first and after whole chapters ('Psalm 23, 24'), and a verse of the last
  // chapter after verses ('Psalm 89:1-2, 5').
  const singleChapter = book.chapters === 1 ? 1 : null;
  let chapter: number | null = singleChapter;
  const refs: ScriptureRef[] = [];
  for (const piece of s.split(',')) {
    const passage = readPiece(piece, chapter);
    const ref = passage && toRef(book, passage);
    if (!ref) return null;
    refs.push(ref);
    chapter = ref.verseStart === null ? singleChapter : (ref.chapterEnd ?? ref.chapter);
  }
  return refs;
}

/**
 * Every passage of a reference, in the order written: 'Psalm 89:1-2, 5' gives Psalm 89:1–2 and Psalm 89:5;
 * 'Micah 6:8; Isaiah 1:17' gives both. null when any part is not a reference.
 */
export function parseScriptureReferenceParts(text: string): ScriptureRef[] | null {
  if (typeof text !== 'string' || text.length > MAX_REFERENCE_LENGTH) return null;
  const s = trimReference(text);
  const refs: ScriptureRef[] = [];
  let book: BibleBook | null = null;
  // ';' may start a new book ('Micah 6:8; Isaiah 1:17') or go on in the same one ('Micah 6:8; 7:18').
  for (const segment of s.split(';')) {
    const m = /^(.*?[\p{L}.])\s*(\d[\s\S]*)$/u.exec(segment.trim());
    if (m) {
      book = findBibleBook(m[1]!);
      if (!book) return null;
    }
    if (!book) return null;
    const passages = readPassages(book, m ? m[2]! : segment.trim());
    if (!passages) return null;
    refs.push(...passages);
  }
  return refs.length > 0 ? refs : null;
}

/** The first passage of a reference ('Psalm 89:1-2, 5' → Psalm 89:1–2); null when it is not one. */
export function parseScriptureReference(text: string): ScriptureRef | null {
  return parseScriptureReferenceParts(text)?.[0] ?? null;
}

/**
 * Canonical form: 'Psalm 89:1–2', '1 Corinthians 13:4–7', 'Micah 6:8', 'Psalms 89–90', 'John 3:16–4:2'.
 * A single psalm is 'Psalm', several 'Psalms'. A one-chapter book shows verses only ('Jude 24–25'), as it
 * is written and read back.
 */
export function formatScriptureReference(ref: ScriptureRef): string {
  const chapterEnd = ref.chapterEnd !== undefined && ref.chapterEnd !== ref.chapter ? ref.chapterEnd : null;
  const name = ref.book === 'Psalms' && chapterEnd === null ? 'Psalm' : ref.book;
  const book = BIBLE_BOOKS[ref.bookOrder - 1];
  const singleChapter = book !== undefined && book.chapters === 1 && chapterEnd === null;
  if (ref.verseStart === null || ref.verseEnd === null) {
    if (singleChapter) return name;
    return chapterEnd === null ? `${name} ${ref.chapter}` : `${name} ${ref.chapter}–${chapterEnd}`;
  }
  const start = singleChapter ? `${ref.verseStart}` : `${ref.chapter}:${ref.verseStart}`;
  if (chapterEnd !== null) return `${name} ${start}–${chapterEnd}:${ref.verseEnd}`;
  return ref.verseEnd === ref.verseStart ? `${name} ${start}` : `${name} ${start}–${ref.verseEnd}`;
}

// A passage as a span of (chapter, verse) places: a whole chapter runs from verse 0 to verse Infinity.
function startOf(ref: ScriptureRef): [number, number] {
  return [ref.chapter, ref.verseStart ?? 0];
}
function endOf(ref: ScriptureRef): [number, number] {
  return [
    ref.chapterEnd ?? ref.chapter,
    ref.verseStart === null ? Infinity : (ref.verseEnd ?? ref.verseStart),
  ];
}
function comparePlaces(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || (a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1);
}

/**
 * Bible order: book, chapter, first verse (a whole chapter before its verses), then the shorter passage
 * first ('Psalm 89', 'Psalms 89–90', 'Psalm 89:1', 'Psalm 89:1–2', 'Psalm 89:2', 'Psalm 90').
 */
export function compareScriptureRefs(a: ScriptureRef, b: ScriptureRef): number {
  return (
    a.bookOrder - b.bookOrder || comparePlaces(startOf(a), startOf(b)) || comparePlaces(endOf(a), endOf(b))
  );
}

/**
 * Whether a search for `query` should find `ref`: the two passages share at least one verse. Overlap, not
 * containment, so it works both ways: 'Psalm 89' finds 'Psalm 89:1–2', 'Micah 6:8' finds 'Micah 6:6–8', and
 * 'Psalm 89:3' finds a week that used the whole of 'Psalm 89'. 'Micah 6:8' does not find 'Micah 6:1–7'.
 */
export function scriptureRefCovers(query: ScriptureRef, ref: ScriptureRef): boolean {
  if (query.bookOrder !== ref.bookOrder) return false;
  return comparePlaces(startOf(query), endOf(ref)) <= 0 && comparePlaces(startOf(ref), endOf(query)) <= 0;
}
