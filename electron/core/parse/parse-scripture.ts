// The week's verse: quoted text and a reference such as 'Micah 6:8', after an em dash, an en dash or a
// hyphen, on the verse's own line or the next. References are matched against the books of the Bible, so
// "— see below 3:15" or "Kenya - 2:1" are not mistaken for one.

export interface ReferenceMatch {
  /** Normalised: 'Romans 3:25-26' (dashes in ranges become '-', the translation is dropped). */
  reference: string;
}

// Full names and the usual abbreviations, longest first so 'Philemon' is not read as 'Phil'.
const BOOKS = (
  'Genesis Gen Exodus Exod Exo Ex Leviticus Lev Numbers Num Deuteronomy Deut Joshua Josh Judges Judg Ruth ' +
  'Samuel Sam Kings Kgs Chronicles Chron Chr Ezra Nehemiah Neh Esther Esth Job Psalms Psalm Pss Ps Proverbs Prov ' +
  'Ecclesiastes Eccl Eccles Isaiah Isa Jeremiah Jer Lamentations Lam Ezekiel Ezek Daniel Dan Hosea Hos Joel ' +
  'Amos Obadiah Obad Jonah Micah Mic Nahum Nah Habakkuk Hab Zephaniah Zeph Haggai Hag Zechariah Zech Malachi Mal ' +
  'Matthew Matt Mt Mark Mk Luke Lk John Jn Acts Romans Rom Corinthians Cor Galatians Gal Ephesians Eph ' +
  'Philippians Phil Colossians Col Thessalonians Thess Timothy Tim Titus Philemon Phlm Hebrews Heb James Jas ' +
  'Peter Pet Jude Revelation Rev'
)
  .split(' ')
  .concat(['Song of Songs', 'Song of Solomon', 'Song'])
  .sort((a, b) => b.length - a.length)
  .join('|');

const BOOK = `((?:[1-3]|I{1,3}) ?)?(${BOOKS})\\.?`;
// Chapter, then verses: 6:8 · 3:25-26 · 3:25–4:2 · 82:3-4, 8 · or a chapter alone (Psalm 23).
const VERSES =
  '(\\d{1,3})(?: ?: ?(\\d{1,3}[a-c]?(?: ?[-–—] ?\\d{1,3}[a-c]?(?::\\d{1,3})?)?(?: ?, ?\\d{1,3}(?: ?[-–] ?\\d{1,3})?){0,6}))?';
// A translation after the reference: (NIV), (New International Version), NIV, ESV.
const VERSION =
  '(?: ?\\((?:[A-Z]{2,6}|[A-Za-z ]{3,40})\\)| (?:NIV|ESV|NLT|KJV|NKJV|NASB|NRSV|CSB|HCSB|MSG|NET|AMP|RSV|CEV|GNT|TLB|NIRV|NIrV))?';
const REFERENCE = `${BOOK} ${VERSES}${VERSION}`;
const DASH = '[—–-]{1,2}';

const REFERENCE_LINE = new RegExp(`^(?:${DASH} ?)?${REFERENCE} ?[.,]?$`, 'i');
// The verse and its reference on one line: “…” — Jeremiah 39:17, or “…” Jeremiah 39:17 after a closing quote.
const SAME_LINE = new RegExp(`^(.*?)(?: ?${DASH} ?|(?<=["”’»]) ?)${REFERENCE} ?[.,]?$`, 'i');

const OPENING_QUOTES = '“"‘\'«„';
const CLOSING_QUOTES = '”"’\'»“';

function referenceOf(m: RegExpExecArray, offset: number): string {
  const number = (m[offset] ?? '').trim();
  const book = m[offset + 1] ?? '';
  const chapter = m[offset + 2] ?? '';
  const verses = (m[offset + 3] ?? '').replace(/ ?[–—-] ?/g, '-').replace(/ ?, ?/g, ', ');
  return `${number ? `${number} ` : ''}${book} ${chapter}${verses ? `:${verses}` : ''}`;
}

/** A line that is only a reference: '— Micah 6:8', 'Isaiah 1:17 (NIV)', '- 1 John 3:18'. */
export function matchReferenceLine(line: string): ReferenceMatch | null {
  if (line.length > 90) return null;
  const m = REFERENCE_LINE.exec(line);
  return m ? { reference: referenceOf(m, 1) } : null;
}

/** A verse with its reference at the end of the same line: '“…” — Jeremiah 39:17'. */
export function splitSameLineReference(line: string): { verse: string; reference: string } | null {
  if (line.length > 5000 || !/\d/.test(line)) return null;
  const m = SAME_LINE.exec(line);
  if (!m || !m[1] || !/[\p{L}]/u.test(m[1])) return null;
  return { verse: m[1], reference: referenceOf(m, 2) };
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
