// The bulletin's title: "IJM Prayer Request(s)" in its spellings, or a headline (a short first line that is
// not a date, a verse, a heading or a request). A title line may carry the date: "IJM Prayer Requests – April
// 27, 2019".
import { findCountries } from './find-countries';
import { findDate, isDateLine } from './parse-date';
import { hasHeadingShape, isKnownHeading } from './detect-headings';
import { matchReferenceLine, startsWithQuote } from './parse-scripture';
import { stripBullet } from './split-blocks';

const IJM_TITLE =
  /^(?:(?:IJM|International Justice Mission)(?:['’]s)?(?: ?[-–—:|] ?| )?)?(?:Weekly |Monthly )?Prayer (?:Requests?|Updates?|Points?|Guide|Bulletin)\b/i;
const EDGE_PUNCTUATION = /^[\s\-–—:|,;]+|[\s\-–—:|,;(]+$/g;
// Words that link a title to its date: "for the week of", "on".
const LINKING_WORDS = /(?:\b(?:for|on|of|the|week|weekly)\b[\s,]*)+$/i;
// Requests and greetings begin like this; headlines do not.
const ITEM_OPENING =
  /^(?:please|pray|praise|thank|give thanks|ask|continue|lift|rejoice|join us|celebrate|we|dear|hi|hello)\b/i;

export interface TitleLine {
  title: string;
  /** 'YYYY-MM-DD' when the title line also gives the date. */
  date: string | null;
}

/** "IJM Prayer Requests" (also "– April 27, 2019" after it), or null when the line is not such a title. */
export function matchIjmTitle(line: string): TitleLine | null {
  if (line.length > 120 || !IJM_TITLE.test(line)) return null;
  const found = findDate(line).found;
  if (!found) return { title: line.replace(EDGE_PUNCTUATION, ''), date: null };
  const before = line.slice(0, found.start).replace(EDGE_PUNCTUATION, '').replace(LINKING_WORDS, '');
  const title = before.replace(EDGE_PUNCTUATION, '') || line.slice(found.end).replace(EDGE_PUNCTUATION, '');
  return { title: title || line, date: found.iso };
}

/**
 * A short first line that is none of the other things a bulletin begins with: not a date, verse, heading,
 * request, greeting or introduction. The caller checks that something follows it.
 */
export function looksLikeHeadline(line: string): boolean {
  if (line.length > 100 || line.split(' ').length > 16) return false;
  if (/[.,:;]$/.test(line) || startsWithQuote(line) || stripBullet(line).bullet) return false;
  if (ITEM_OPENING.test(line) || isDateLine(line, true) || matchReferenceLine(line) || isKnownHeading(line)) {
    return false;
  }
  // "Kenya" or "Uganda & Rwanda" on their own are section headings, not headlines.
  const countryHeading =
    hasHeadingShape(line) && line.split(' ').length <= 3 && findCountries(line).length > 0;
  return !countryHeading && /\p{L}/u.test(line);
}
