// Section headings: the known region headings in any of their spellings, and unknown ones recognised by
// shape (a short title-like line with no sentence punctuation, standing alone, with text after it).
import { regionsOfHeading } from './region-of-heading';

// A sentence ends with . ! ? or … and maybe closing quotes or brackets: /[.!?…]["”’')\]]*$/.
const SENTENCE_ENDERS = '.!?…';
const SENTENCE_CLOSERS = '"”’\')]';
const SMALL_WORDS = new Set(
  'a an and as at by for from in into of on or the to with & + – — - vs'.split(' '),
);
// Verbs that open requests: a line starting with one and reading like a sentence is an item, not a heading.
const OPENERS = /^(?:please|pray|praise|thank|give|ask|continue|lift|rejoice|join|celebrate|we|let|may)\b/i;

/** A heading without its trailing colon, as written. */
export function headingText(line: string): string {
  // Without a colon at the end there is nothing to remove but spaces (and the regex would try every position).
  if (!line.endsWith(':')) return line.trim();
  return line.replace(/\s*:+$/, '').trim();
}

/** A line that is one of the known region headings: 'Africa', 'Asia Pacific', 'IJM HQ & Global Partners'. */
export function isKnownHeading(line: string): boolean {
  if (line.length > 60 || /[.!?;,]$/.test(line)) return false;
  const text = headingText(line);
  // More than eight words (counted by their spaces, without splitting: every short line comes here).
  if (text === '' || spacesIn(text) > 7) return false;
  return regionsOfHeading(text).known;
}

function spacesIn(text: string): number {
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) spaces++;
  return spaces;
}

/**
 * The shape of an unknown heading: 1–6 words, at most 50 characters, starting with a capital, no sentence
 * punctuation at the end, and title-like (every longer word capitalised). Whether it stands alone and has
 * text after it is for the caller to check.
 */
export function hasHeadingShape(line: string): boolean {
  const text = headingText(line);
  if (text.length === 0 || text.length > 50 || /[.!?;,]$/.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text) || !/\p{L}/u.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 6) return false;
  let smallSeen = false;
  for (const word of words) {
    if (SMALL_WORDS.has(word.toLowerCase())) {
      smallSeen ||= /^\p{Ll}/u.test(word);
      continue;
    }
    if (/^\p{Ll}/u.test(word) && word.replace(/[^\p{L}]/gu, '').length >= 4) return false;
  }
  // "Pray for Kenya" is a short request; "Praise Reports" is a heading.
  return !(smallSeen && OPENERS.test(text));
}

/**
 * Whether a line ends a sentence (so the next line may begin a new paragraph or be a heading): the regex
 * above, read backwards from the end by hand (the regex would try every position of every line).
 */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && SENTENCE_CLOSERS.includes(line[i]!)) i--;
  return i >= 0 && SENTENCE_ENDERS.includes(line[i]!);
}
