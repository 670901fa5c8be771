// Bulletins arrive from e-mail clients, Word and web pages, each with its own invisible characters and line
// endings. Everything downstream works on plain lines with single spaces, so it is cleaned here, once.

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085\f\v]/g;
// Zero-width characters, byte-order marks and soft hyphens: invisible, but they split words.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// No-break and other typographic spaces become plain spaces ("in\u00a0Freedom Sunday").
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Control characters (binary garbage, NULs from UTF-16 read as 8-bit) carry no text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const MULTI_SPACE = / {2,}/g;
// E-mail quoting ("> ") in front of a forwarded bulletin.
const QUOTE_PREFIX = /^(?:> ?)+/;

/** The text with one kind of line break, no invisible characters and plain spaces. */
export function normalizeText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(SPACES, ' ').replace(CONTROLS, '');
}

/** The text as trimmed lines with single spaces; e-mail quote marks at the start of a line removed. */
export function toLines(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map((line) => line.replace(MULTI_SPACE, ' ').trim().replace(QUOTE_PREFIX, '').trim());
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
