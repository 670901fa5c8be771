// Which region a section heading stands for. The headings changed over the years ("Asia Pacific" became
// "Southeast Asia", "IJM HQ & Global Partners" became "IJM Global Office & Partners") and are written with
// '&', '+' or 'and', in any case; a heading naming two regions ("Africa + Europe") is combined.
import type { Region } from '../../../shared/model';

export interface HeadingRegions {
  /** Every word of the heading is a region name or a filler word ('IJM', 'the', 'office'…). */
  known: boolean;
  /** The distinct regions it names, in order: one for a plain heading, two or more for a combined one. */
  regions: readonly Region[];
}

const MENA: Region = 'Middle East & North Africa';
const SEA: Region = 'Southeast Asia & Pacific';
const LATAM: Region = 'Latin America & Caribbean';

const PHRASES: Array<[string, Region]> = [
  ['sub saharan africa', 'Africa'],
  ['east africa', 'Africa'],
  ['west africa', 'Africa'],
  ['southern africa', 'Africa'],
  ['central africa', 'Africa'],
  ['horn of africa', 'Africa'],
  ['sahel', 'Africa'],
  ['africa', 'Africa'],
  ['middle east and north africa', MENA],
  ['middle east', MENA],
  ['north africa', MENA],
  ['northern africa', MENA],
  ['mena', MENA],
  ['arabian peninsula', MENA],
  ['eastern europe', 'Europe'],
  ['western europe', 'Europe'],
  ['europe', 'Europe'],
  ['central asia', 'Central Asia'],
  ['caucasus', 'Central Asia'],
  ['latin america and the caribbean', LATAM],
  ['latin america and caribbean', LATAM],
  ['latin america', LATAM],
  ['central america', LATAM],
  ['south america', LATAM],
  ['caribbean', LATAM],
  ['latam', LATAM],
  ['south east asia', SEA],
  ['southeast asia', SEA],
  ['southeast asia and pacific', SEA],
  ['southeast asia and the pacific', SEA],
  ['asia and the pacific', SEA],
  ['asia pacific', SEA],
  ['oceania', SEA],
  ['pacific', SEA],
  ['east asia', 'East Asia'],
  ['north east asia', 'East Asia'],
  ['northeast asia', 'East Asia'],
  ['south asia', 'South Asia'],
  ['north america', 'North America'],
  ['global office', 'Global'],
  ['global offices', 'Global'],
  ['global partners', 'Global'],
  ['global partner', 'Global'],
  ['global partnership', 'Global'],
  ['global partnerships', 'Global'],
  ['global team', 'Global'],
  ['global', 'Global'],
  ['world', 'Global'],
  ['worldwide', 'Global'],
  ['the nations', 'Global'],
  ['headquarters', 'Global'],
  ['head office', 'Global'],
  ['hq', 'Global'],
  ['partners', 'Global'],
  ['partner offices', 'Global'],
];
const BY_PHRASE = new Map(PHRASES);
const LONGEST = Math.max(...PHRASES.map(([p]) => p.split(' ').length));

// Words a heading may have besides region names and still be a known one.
const FILLER = new Set(
  'ijm the and region regions office offices team teams field update updates news prayer prayers request requests our in of'.split(
    ' ',
  ),
);

// eslint-disable-next-line no-control-regex -- every ASCII character
const ASCII = /^[\u0000-\u007f]*$/;

/** Lower case, no accents, '&', '+' and '/' read as 'and', other punctuation as spaces. */
export function headingWords(heading: string): string[] {
  // Plain ASCII (nearly every line asked about) has no accents to take off.
  const folded = ASCII.test(heading)
    ? heading.toLowerCase()
    : heading
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
  return folded
    .replace(/[&+/,]/g, ' and ')
    .replace(/[^a-z ]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

/**
 * Answers already given, by heading: every short line of every bulletin is asked about (is it a heading?),
 * and the same few dozen headings and dates come back thousands of times. Emptied when it grows large.
 */
const known = new Map<string, HeadingRegions>();
const KNOWN_MAX = 4096;

/** The regions a heading names and whether it is one of the known headings (nothing but regions and filler). */
export function regionsOfHeading(heading: string): HeadingRegions {
  let answer = known.get(heading);
  if (answer === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    answer = readHeading(heading);
    Object.freeze(answer.regions);
    known.set(heading, Object.freeze(answer));
  }
  return answer;
}

function readHeading(heading: string): HeadingRegions {
  const words = headingWords(heading);
  const regions: Region[] = [];
  let unknownWords = 0;
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(LONGEST, words.length - i); n > 0 && !matched; n--) {
      const region = BY_PHRASE.get(words.slice(i, i + n).join(' '));
      if (region) {
        if (!regions.includes(region)) regions.push(region);
        matched = n;
      }
    }
    if (!matched) {
      if (!FILLER.has(words[i]!)) unknownWords++;
      matched = 1;
    }
    i += matched;
  }
  return { known: regions.length > 0 && unknownWords === 0, regions };
}

const TEXT_REGIONS: Array<[RegExp, Region]> = [
  [/\bLatin America\b|\bCentral America\b|\bSouth America\b|\bCaribbean\b/, LATAM],
  [/\bSouth ?east Asia\b|\bAsia Pacific\b/i, SEA],
  [/\bSouth Asia\b/, 'South Asia'],
  [/(?<!South[ -]?)\bEast Asia\b/, 'East Asia'],
  [/\bCentral Asia\b/, 'Central Asia'],
  [/\bMiddle East\b|\bNorth Africa\b/, MENA],
  [/(?<!North )\bAfrica\b/, 'Africa'],
  [/\bEurope\b/, 'Europe'],
  [/\bNorth America\b/, 'North America'],
];

// A paragraph's leading label: "2 MIDDLE EAST Workers write…", "EAST ASIA — …", "Southern Africa: …".
const CAPS_LABEL = /^(?:\d{1,3}[.)]?\s+)?((?:[A-Z][A-Z&+/'’.-]*\s+){1,5})(?=\S)/;
const REGION_WORD =
  /africa|europe|asia|america|caribbean|pacific|oceania|middle east|caucasus|sahel|mena|latam|global|world|nations|headquarters|\bhq\b|partner/i;
const PUNCTUATED_LABEL = /^(?:\d{1,3}[.)]?\s+)?([^:–—\n]{3,40}?)\s*(?::|\s[–—-])\s/;

/**
 * The region a paragraph's leading label names ("4 NORTH AMERICA Members of…", "Middle East: pray…"),
 * when the label is nothing but one region; null otherwise. A label decides like a heading does.
 */
export function regionOfLabel(text: string): Region | null {
  for (const re of [CAPS_LABEL, PUNCTUATED_LABEL]) {
    const label = re.exec(text)?.[1];
    // Most paragraphs lead with no region word: those never reach (and never crowd) the heading cache.
    if (!label || !REGION_WORD.test(label)) continue;
    const { known, regions } = regionsOfHeading(label.trim());
    if (known && regions.length === 1) return regions[0]!;
  }
  return null;
}

/**
 * The one field region a paragraph names in words ("our teams across Latin America"), if it names exactly
 * one; used only when it names no country.
 */
export function regionNamedInText(text: string): Region | null {
  const named = TEXT_REGIONS.filter(([re]) => re.test(text)).map(([, region]) => region);
  return named.length === 1 ? named[0]! : null;
}
