// Bulletins arrive from e-mail clients, Word and web pages, each with its own invisible characters and line
// endings. Everything downstream works on plain lines with single spaces, so it is cleaned here, once.

// Line breaks of other kinds than '\n': "\r\n", '\r' and these.
const LINE_BREAKS = /[\u2028\u2029\u0085\f\v]/;
// Zero-width characters, byte-order marks and soft hyphens: invisible, but they split words.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
// No-break and other typographic spaces become plain spaces ("in\u00a0Freedom Sunday").
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
// Control characters (binary garbage, NULs from UTF-16 read as 8-bit) carry no text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
const MULTI_SPACE = / {2,}/g;
// E-mail quoting ("> ") in front of a forwarded bulletin.
const QUOTE_PREFIX = /^(?:> ?)+/;

// Every character replaced, as one character class: one quick pass over the text finds them all.
const ANY = new RegExp(
  `[\\r${[LINE_BREAKS, INVISIBLE, SPACES, CONTROLS].map((re) => re.source.slice(1, -1)).join('')}]`,
  'g',
);
const SPACES_ONE = new RegExp(`^${SPACES.source}$`);

/** What `found` (one character, at `at` in `text`) becomes; a line break first: U+0085 is also a control. */
function replacementOf(found: string, at: number, text: string): string {
  const unit = found.charCodeAt(0);
  // "\r\n" is one line break: its "\r" goes, its "\n" stays.
  if (unit === 0x0d) return at + 1 < text.length && text.charCodeAt(at + 1) === 0x0a ? '' : '\n';
  if (unit === 0x2028 || unit === 0x2029 || unit === 0x85 || unit === 0x0c || unit === 0x0b) return '\n';
  return SPACES_ONE.test(found) ? ' ' : '';
}

/**
 * The text with one kind of line break, no invisible characters and plain spaces: "\r\n", '\r' and
 * LINE_BREAKS → '\n', INVISIBLE → '', SPACES → ' ', CONTROLS → '' (in that order, as four passes would
 * do them: each makes nothing the later ones would find), in one pass.
 */
export function normalizeText(text: string): string {
  return text.replace(ANY, replacementOf);
}

// Nothing for toLines to do to a line: no space at either end, no quote mark first, no double space. (After
// normalizeText a line has no white space but plain spaces.)
const NEEDS_TIDYING = /^[\s>]|\s$| {2}/;

/** The text as trimmed lines with single spaces; e-mail quote marks at the start of a line removed. */
export function toLines(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map((line) =>
      NEEDS_TIDYING.test(line)
        ? line.replace(MULTI_SPACE, ' ').trim().replace(QUOTE_PREFIX, '').trim()
        : line,
    );
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
