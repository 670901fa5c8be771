// The countries a paragraph names, by name, demonym, place or abbreviation, in order of first mention.
// Whole words only, the longest phrase wins ('Papua New Guinea' over 'Guinea', 'Latin America' over
// 'America'), names need a capital first letter ('turkey', 'china plates'), and abbreviations need their
// exact case ('U.S.', 'UK', 'DRC'; never 'us').
//
// Speed matters (every item of 10,000+ bulletins): only capitalised words that can begin a known phrase are
// looked at, and the words after them are read only while they can still make one.
import {
  countryAbbreviations,
  countryFirstWords,
  countryKey,
  isCountryPhrasePrefix,
  isAllCapitals,
  lookupCountryKey,
  lookupShoutedKey,
  MAX_PHRASE_WORDS,
  startsCountryPhrase,
} from '../../../shared/countries';

// The words are found by a hand-written scanner rather than regular expressions: it runs over every item of
// 10,000+ bulletins, and a Unicode-aware regex (with its result arrays and substrings for every capitalised
// word) cost about as much as the rest of the parser together. It reads exactly what these would match:
//   a capitalised word:   /\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu, skipped when a [\p{L}\p{M}'’]
//                         comes right before it (the 'I' of "d'Ivoire", the 'D' of "McDonald");
//   the next word:        /[ -]{1,3}([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)/uy ("Guinea-Bissau", "Dar es Salaam").
// test/electron/core/parse/find-countries.test.ts checks the scanner against those expressions.

/** Character classes of one UTF-16 unit, worked out once: a capital letter (\p{Lu}), a letter or mark. */
const UPPER = 1;
const LETTER = 2;
const KNOWN = 4;
const UNIT_CLASS = new Uint8Array(0x10000);
const IS_UPPER = /\p{Lu}/u;
const IS_LETTER = /[\p{L}\p{M}]/u;

function classOfChar(char: string): number {
  return KNOWN | (IS_UPPER.test(char) ? UPPER : 0) | (IS_LETTER.test(char) ? LETTER : 0);
}

// Every read is within the text: a read past its end (NaN) makes V8 throw away the optimised code of these
// functions and compile them again, in every thread that parses.

/** The class of the code point at `i` (0 past the end or for a lone surrogate, which is no letter). */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdfff) {
    const known = UNIT_CLASS[unit]!;
    return known !== 0 ? known : (UNIT_CLASS[unit] = classOfChar(String.fromCharCode(unit)));
  }
  return unit <= 0xdbff && isLowSurrogateAt(text, i + 1) ? classOfChar(text.slice(i, i + 2)) : 0;
}

function isLowSurrogateAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const unit = text.charCodeAt(i);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** UTF-16 units of the code point at `i` (within the text). */
function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && isLowSurrogateAt(text, i + 1) ? 2 : 1;
}

/** The end of a word's letters from `i` on: [\p{L}\p{M}]* then (?:['’][\p{L}\p{M}]+)*. */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    while ((classAt(text, end) & LETTER) !== 0) end += widthAt(text, end);
    if (end >= text.length) return end;
    const unit = text.charCodeAt(end);
    if ((unit !== 0x27 && unit !== 0x2019) || (classAt(text, end + 1) & LETTER) === 0) return end;
    end++;
  }
}

// A capital letter of ASCII, or any other character: the few of those are looked at one by one.
const CANDIDATE = /[A-Z\u0080-\uffff]/g;

/** Where the next capitalised word starts, from `i` on; -1 when there is none. */
function nextCapital(text: string, i: number): number {
  for (;;) {
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) return -1;
    const at = CANDIDATE.lastIndex - 1;
    if (text.charCodeAt(at) < 0x80 || (classAt(text, at) & UPPER) !== 0) return at;
    i = at + widthAt(text, at);
  }
}

/** A letter, mark or apostrophe right before `i`: the capital there is inside a word. */
function insideWord(text: string, i: number): boolean {
  if (i === 0) return false;
  const unit = text.charCodeAt(i - 1);
  if (unit === 0x27 || unit === 0x2019) return true;
  // Half of a surrogate pair on its own is no letter (as the regex /[\p{L}\p{M}'’]/u reads it).
  if (unit >= 0xd800 && unit <= 0xdfff) return false;
  return (classAt(text, i - 1) & LETTER) !== 0;
}

/** The next word of a phrase after `pos`: one to three spaces or hyphens, then a word; null when none. */
function nextWord(text: string, pos: number): { start: number; end: number } | null {
  let start = pos;
  const limit = Math.min(pos + 4, text.length);
  while (start < limit && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x2d)) start++;
  if (start === pos || start - pos > 3 || (classAt(text, start) & LETTER) === 0) return null;
  return { start, end: wordEnd(text, start) };
}

/** countryKey, without its regular expression for the usual plain word of ASCII letters. */
function keyOf(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i) | 0x20;
    if (unit < 0x61 || unit > 0x7a) return countryKey(word);
  }
  return word.toLowerCase();
}

/** The first words of the gazetteer's phrases, by hash (see plainWordEnd). */
const FIRST_WORD_HASHES = new Set<number>();
for (const word of countryFirstWords()) {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = nextHash(hash, word.charCodeAt(i));
  FIRST_WORD_HASHES.add(hash);
}

function nextHash(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

/**
 * Most capitalised words are plain ASCII ("Pray", "God", "IJM") and begin no phrase; their hash (of the
 * word in lower case) says so without a string being made for them. The end of such a word, when it is
 * plain ASCII letters and its hash is no first word's; else -1, and the word is read in full.
 */
function plainWordEnd(text: string, at: number): number {
  let hash = 0;
  let end = at;
  for (; end < text.length; end++) {
    const unit = text.charCodeAt(end);
    if (!isAsciiLetter(unit)) break;
    hash = nextHash(hash, unit | 0x20);
  }
  const after = end < text.length ? text.charCodeAt(end) : -1;
  // An apostrophe or a letter beyond ASCII may carry the word on ("Kenya's", "Côte").
  if (after >= 0x80 || after === 0x27 || FIRST_WORD_HASHES.has(hash)) return -1;
  return end;
}

function isAsciiLetter(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a);
}

const ABBREVIATIONS = countryAbbreviations();
const ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${ABBREVIATIONS.map(([a]) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const ABBREVIATION_COUNTRY = new Map(ABBREVIATIONS);

// "Kenya's", "Uganda’s": the possessive does not change the country.
function withoutPossessive(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

function lookup(key: string): string | null | undefined {
  const country = lookupCountryKey(key);
  return country !== undefined ? country : lookupCountryKey(withoutPossessive(key));
}

// In a shouted line ("PRAY FOR US", "JOIN US AND OUR TEAMS") 'US' is a pronoun: an all-capital word before
// it and an all-capital word or nothing after it. "IJM US office" still names the country.
function isShouted(text: string, start: number, end: number): boolean {
  const before = /([\p{L}]+)[^\p{L}]{1,3}$/u.exec(text.slice(Math.max(0, start - 20), start));
  const after = /^[^\p{L}]{1,3}([\p{L}]+)/u.exec(text.slice(end, end + 20));
  const caps = (w: string | undefined) => w !== undefined && w.length > 1 && w === w.toUpperCase();
  return caps(before?.[1]) && (after === null || caps(after[1]));
}

/** English short names of the countries a text names, in order of first mention, each once. */
export function findCountries(text: string): string[] {
  const hits: Array<{ at: number; country: string }> = [];
  for (let at = nextCapital(text, 0); at >= 0;) {
    const plainEnd = text.charCodeAt(at) < 0x80 ? plainWordEnd(text, at) : -1;
    if (plainEnd >= 0) {
      at = nextCapital(text, plainEnd);
      continue;
    }
    let resume = wordEnd(text, at + widthAt(text, at));
    if (!insideWord(text, at)) {
      const first = keyOf(text.slice(at, resume));
      if (startsCountryPhrase(first) || startsCountryPhrase(withoutPossessive(first))) {
        const keys = [first];
        const ends = [resume];
        // The words read so far, while they can still begin a longer phrase.
        let prefix: string | null = isCountryPhrasePrefix(first) ? first : null;
        for (let pos = resume; prefix !== null && keys.length < MAX_PHRASE_WORDS;) {
          const next = nextWord(text, pos);
          if (!next) break;
          const key = keyOf(text.slice(next.start, next.end));
          // No longer phrase can match once this one begins none. A possessive may end one ("Sierra
          // Leone's"), and then nothing follows it.
          const longer = `${prefix} ${key}`;
          const continues = isCountryPhrasePrefix(longer);
          if (!continues && !isCountryPhrasePrefix(`${prefix} ${withoutPossessive(key)}`)) break;
          keys.push(key);
          pos = next.end;
          ends.push(pos);
          prefix = continues ? longer : null;
        }
        let found = false;
        for (let n = keys.length; n > 0 && !found; n--) {
          const country = lookup(n === 1 ? first : keys.slice(0, n).join(' '));
          if (country === undefined) continue;
          if (country !== null) hits.push({ at, country });
          // The phrase's words are used up: "Latin America" must not also give "America".
          resume = ends[n - 1]!;
          found = true;
        }
        // 'JORDAN', 'CHAD': names that are places only when written in capitals.
        const shouted = found ? undefined : lookupShoutedKey(withoutPossessive(first));
        if (shouted !== undefined && isAllCapitals(text.slice(at, ends[0]!)))
          hits.push({ at, country: shouted });
      }
    }
    at = nextCapital(text, resume);
  }
  ABBREVIATION_RE.lastIndex = 0;
  for (let m = ABBREVIATION_RE.exec(text); m; m = ABBREVIATION_RE.exec(text)) {
    if (m[0] === 'US' && isShouted(text, m.index, m.index + 2)) continue;
    const country = ABBREVIATION_COUNTRY.get(m[0]);
    if (country) hits.push({ at: m.index, country });
  }
  // Most items name one country or none.
  if (hits.length < 2) return hits.map((h) => h.country);
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.country))];
}
