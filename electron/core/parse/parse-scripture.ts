// The week's verse: quoted text and a reference such as 'Micah 6:8', after an em dash, an en dash or a
// hyphen, on the verse's own line or the next. References are read by bible-passage-reference-parser
// (shared/bible-parser.ts, the one home of book names), so "— see below 3:15" or "Kenya - 2:1" are not
// mistaken for one, and capitals, versions and several ranges are read ('MARK 8:35 (NLT)', 'Psalm 80:1-2, 8-19').
import { findBibleBook } from '../../../shared/scripture-reference';

export interface ReferenceMatch {
  /** Normalised: 'Romans 3:25-26' (dashes in ranges become '-', the translation is dropped). */
  reference: string;
}

const OPENING_QUOTES = '“"‘\'«„';
const CLOSING_QUOTES = '”"’\'»“';
const DASHES = '—–-';

// A reference: the book as written (one to four words, a number before a numbered book), then the chapter
// and verses (6:8 · 3:25-26 · 3:25–4:2 · 80:1-2, 8-19 · 1:14a · a chapter alone: Psalm 23), then maybe a
// translation ('(NLT)', 'ESV', ', NIV', '(New Living Translation)') and closing punctuation. Only the
// book's name is asked of the parser (shared/bible-parser, cached per name); the numbers are read here, as
// the parser would take a millisecond per line and bulletins have many.
const REFERENCE = new RegExp(
  '^((?:[1-3]|I{1,3}|First|Second|Third|1st|2nd|3rd)?\\s?\\.?\\s?\\p{L}[\\p{L}.]*(?: [\\p{L}.]+){0,3}?)\\.?\\s?' +
    '(\\d{1,3}(?: ?: ?\\d{1,3}[a-c]?(?: ?[-–—] ?\\d{1,3}[a-c]?(?::\\d{1,3}[a-c]?)?)?(?: ?, ?\\d{1,3}[a-c]?(?: ?[-–—] ?\\d{1,3}[a-c]?)?){0,8})?)' +
    '(?:,? ?\\((?:[A-Z]{2,6}|[A-Za-z ]{3,40})\\)|,? [A-Z]{2,6}|,? ?(?:NIV|ESV|NLT|KJV|NKJV|NASB|NRSV|CSB|MSG|NET|AMP|RSV|CEV|GNT|TLB|NIRV|NIrV))?' +
    '[\\s.,;)\\]]*$',
  'iu',
);

/** The one reference that `text` is, from `from` to its end, as 'Book chapter:verses'; null when it is none. */
function referenceAt(text: string, from: number): { reference: string; start: number } | null {
  let start = from;
  while (start < text.length && (DASHES.includes(text[start]!) || text[start] === ' ' || text[start] === '('))
    start++;
  const rest = text.slice(start);
  if (rest.length > 90) return null;
  const m = REFERENCE.exec(rest);
  if (!m) return null;
  const written = m[1]!.trim();
  // A book's name starts with a capital (or its number): "he is 2 years old" names no book.
  if (!/^(?:[1-3]|I{1,3}\b|First|Second|Third|1st|2nd|3rd)?\s?\.?\s?\p{Lu}/u.test(written)) return null;
  const book = findBibleBook(written);
  if (!book) return null;
  const verses = m[2]!
    .replace(/ ?[–—-] ?/g, '-')
    .replace(/ ?, ?/g, ', ')
    .replace(/ ?: ?/g, ':');
  const name = book.name === 'Psalms' && !/^\d+-\d+$/.test(verses) ? 'Psalm' : book.name;
  return { reference: `${name} ${verses}`, start };
}

/** A line that is only a reference: '— Micah 6:8', 'Isaiah 1:17 (NIV)', '- 1 John 3:18', 'MARK 8:35 (NLT)'. */
export function matchReferenceLine(line: string): ReferenceMatch | null {
  if (line.length > 90 || !/\d/.test(line)) return null;
  let from = 0;
  while (from < line.length && (DASHES.includes(line[from]!) || line[from] === ' ' || line[from] === '('))
    from++;
  const found = referenceAt(line, from);
  return found && found.start === from ? { reference: found.reference } : null;
}

/** A verse with its reference at the end of the same line: '“…” — Jeremiah 39:17', '“…” (Psalm 46:9)'. */
export function splitSameLineReference(line: string): { verse: string; reference: string } | null {
  if (line.length > 5000 || !/\d/.test(line)) return null;
  // Only what follows the last dash or closing quotation mark is asked about: a reference is short. A dash
  // between two digits is a range inside the reference ('89:1–2'), not the dash before it.
  const tail = /(?:[—–-]{1,2}|["”’])\s?\(?(?:[^"”’—–]|(?<=\d)[—–](?=\d)){2,80}$/.exec(
    line.length > 120 ? line.slice(-120) : line,
  );
  if (!tail) return null;
  const from = line.length - tail[0].length + 1;
  const found = referenceAt(line, from);
  if (!found) return null;
  let cut = found.start;
  while (cut > 0 && (line[cut - 1] === ' ' || line[cut - 1] === '(')) cut--;
  let dashes = 0;
  while (cut > 0 && DASHES.includes(line[cut - 1]!)) {
    cut--;
    dashes++;
  }
  // After a dash, or right after a closing quotation mark (“…” Jeremiah 39:17).
  if (dashes === 0 && (cut === 0 || !CLOSING_QUOTES.includes(line[cut - 1]!))) return null;
  if (dashes > 2) return null;
  const verse = line.slice(0, cut).trimEnd();
  if (!/\p{L}/u.test(verse)) return null;
  return { verse, reference: found.reference };
}

/** Whether a line opens with a quotation mark, as verses do. */
export function startsWithQuote(line: string): boolean {
  return line !== '' && OPENING_QUOTES.includes(line[0]!);
}

/** Whether a line ends a quotation (closing mark, maybe followed by punctuation). */
export function endsWithQuote(line: string): boolean {
  const trimmed = line.replace(/[.,;!?]+$/, '');
  return trimmed.length > 1 && CLOSING_QUOTES.includes(trimmed[trimmed.length - 1]!);
}

/** The verse's words without the quotation marks around them, on one line. */
export function cleanVerse(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t && OPENING_QUOTES.includes(t[0]!)) t = t.slice(1);
  t = t.replace(/ ?[—–-]{1,2}$/, '').trim();
  const last = t[t.length - 1];
  if (last && CLOSING_QUOTES.includes(last)) t = t.slice(0, -1);
  else if (t.length > 1 && /[.,;!?]/.test(last ?? '') && CLOSING_QUOTES.includes(t[t.length - 2]!)) {
    t = t.slice(0, -2) + last;
  }
  return t.trim();
}
