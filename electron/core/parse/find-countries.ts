// The countries a paragraph names, by name, demonym, place or abbreviation, in order of first mention.
// Whole words only, the longest phrase wins ('Papua New Guinea' over 'Guinea', 'Latin America' over
// 'America'), names need a capital first letter ('turkey', 'china plates'), and abbreviations need their
// exact case ('U.S.', 'UK', 'DRC'; never 'us').
//
// Speed matters (every item of 10,000+ bulletins): only capitalised words that can begin a known phrase are
// looked at, and the words after them are read only then.
import {
  countryAbbreviations,
  countryKey,
  lookupCountryKey,
  MAX_PHRASE_WORDS,
  startsCountryPhrase,
} from '../../../shared/countries';

// A capitalised word with inner apostrophes ("Kenya's"); one that starts mid-word (the 'I' of "d'Ivoire",
// the 'D' of "McDonald") is skipped by the caller, which is cheaper than a lookbehind here.
const CAPITAL_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{M}'’]/u;
// The next word of a phrase: after one to three spaces or hyphens ("Guinea-Bissau", "Dar es Salaam").
const NEXT_WORD = /[ -]{1,3}([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)/uy;

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
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(text); m; m = CAPITAL_WORD.exec(text)) {
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) continue;
    const first = countryKey(m[0]);
    if (!startsCountryPhrase(first) && !startsCountryPhrase(withoutPossessive(first))) continue;
    const keys = [first];
    const ends = [m.index + m[0].length];
    for (let pos = ends[0]!; keys.length < MAX_PHRASE_WORDS;) {
      NEXT_WORD.lastIndex = pos;
      const next = NEXT_WORD.exec(text);
      if (!next) break;
      keys.push(countryKey(next[1]!));
      pos = NEXT_WORD.lastIndex;
      ends.push(pos);
    }
    for (let n = keys.length; n > 0; n--) {
      const country = lookup(keys.slice(0, n).join(' '));
      if (country === undefined) continue;
      if (country !== null) hits.push({ at: m.index, country });
      // The phrase's words are used up: "Latin America" must not also give "America".
      CAPITAL_WORD.lastIndex = ends[n - 1]!;
      break;
    }
  }
  ABBREVIATION_RE.lastIndex = 0;
  for (let m = ABBREVIATION_RE.exec(text); m; m = ABBREVIATION_RE.exec(text)) {
    if (m[0] === 'US' && isShouted(text, m.index, m.index + 2)) continue;
    const country = ABBREVIATION_COUNTRY.get(m[0]);
    if (country) hits.push({ at: m.index, country });
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.country))];
}
