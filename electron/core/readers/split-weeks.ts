// One file, several bulletins: a church web page that lists many weeks, or a saved e-mail thread in which
// each message carries one. The text is cut where a new bulletin begins:
//
// 1. at e-mail boundaries ("---------- Forwarded message ---------", "-----Original Message-----",
//    "On Sun, 3 Mar 2024, … wrote:", or a From: line followed by Sent:/Date:/Subject: lines), and at
//    bulletin titles ("IJM Prayer Requests", "Prayer Requests – March 3, 2024") that come with a date;
// 2. failing two of those, at date lines standing alone ("Sunday, March 3, 2024"), if their dates differ.
//
// A boundary only counts when real text (a request, a verse) separates it from the previous one, so a
// title followed by its date, or forwarded headers followed by the title, stay one bulletin. Whatever comes
// before the first boundary (a church's note) stays with the first bulletin, as it would in a single file.
import { matchIjmTitle } from '../parse/detect-title';
import { findDate, isDateLine } from '../parse/parse-date';

/** More weeks than any real page holds (20 years of Sundays); beyond it the rest stays in the last one. */
export const MAX_WEEKS_PER_FILE = 1000;

const HEADER = /^(from|sent|date|to|cc|subject)\s*:\s*\S/i;
const FORWARD_MARKER = /^-*\s*(?:forwarded message|original message|begin forwarded message)\b/i;
const REPLY_INTRO = /^on\b.{6,200}\bwrote:$/i;
const IJM_NAME = /^(?:IJM|International Justice Mission)\b/i;
/** How far after a title its date may stand (non-blank lines). */
const DATE_REACH = 4;

/** The text cut into one piece per bulletin; [text] when it holds only one. */
export function splitWeeks(text: string): string[] {
  if (!maySplit(text)) return [text];
  const lines = text.split(/\r\n?|\n/);
  if (lines.length < 4) return [text];
  const cleaned = lines.map(cleanLine);
  const dateLine = memo((i) => isDateLine(cleaned[i]!));
  let starts = keepSubstantial(boundaryStarts(cleaned, dateLine), cleaned);
  if (starts.length < 2) starts = distinctDates(keepSubstantial(dateStarts(cleaned), cleaned), cleaned);
  if (starts.length < 2) return [text];
  starts = starts.slice(0, MAX_WEEKS_PER_FILE);
  // Text before the first boundary belongs to the first bulletin.
  starts[0] = 0;
  return starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length).join('\n'));
}

// What every boundary line has, whatever cleanLine would take off it (quote marks and emphasis at its ends,
// white space collapsed): an e-mail header's or a title's words, or a date's digits. White space other than
// a line break stands in for the spaces cleanLine would leave.
const BOUNDARY_HINT =
  /forwarded[^\S\r\n]+message|original[^\S\r\n]+message|wrote:|from[^\S\r\n]*:|prayer[^\S\r\n]+(?:request|update|point|guide|bulletin)/gi;
const DATE_HINT = /\d{4}|\d\/\d{1,2}\/\d\d/g;

/**
 * False when the text cannot hold two bulletins: fewer than two lines could begin one by an e-mail header
 * or a title, and fewer than two by a date. That is most files, which are then not cut into cleaned lines
 * at all (the one pass over the text this costs is a fraction of cleaning every line).
 */
function maySplit(text: string): boolean {
  return atLeastTwo(BOUNDARY_HINT, text) || atLeastTwo(DATE_HINT, text);
}

function atLeastTwo(hint: RegExp, text: string): boolean {
  hint.lastIndex = 0;
  const two = hint.test(text) && hint.test(text);
  hint.lastIndex = 0;
  return two;
}

// Nothing for cleanLine to do: no quote mark, emphasis or space at either end, and no spacing but single
// spaces. Most lines are like this, and one test is cheaper than the replacements (every line of every file
// comes here).
const NEEDS_CLEANING = /^[\s>*_]|[\s*_]$|[^\S ]| {2}/;

/** Quote marks of e-mail replies, Markdown emphasis and spacing removed, for recognising lines only. */
function cleanLine(line: string): string {
  if (!NEEDS_CLEANING.test(line)) return line;
  const spaced = line
    .replace(/^(?:\s*>)+/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  // Emphasis marks at both ends, stripped by hand: /[*_]+$/ takes quadratic time on a long run of them.
  let start = 0;
  let end = spaced.length;
  while (start < end && (spaced[start] === '*' || spaced[start] === '_')) start++;
  while (end > start && (spaced[end - 1] === '*' || spaced[end - 1] === '_')) end--;
  return spaced.slice(start, end).trim();
}

function isHeaderBlock(cleaned: readonly string[], i: number): boolean {
  const line = cleaned[i]!;
  if (FORWARD_MARKER.test(line) || REPLY_INTRO.test(line)) return true;
  const first = HEADER.exec(line);
  if (!first || first[1]!.toLowerCase() !== 'from') return false;
  for (let k = i + 1; k < cleaned.length && k <= i + 6; k++) {
    const key = HEADER.exec(cleaned[k]!)?.[1]?.toLowerCase();
    if (key === 'sent' || key === 'date' || key === 'subject') return true;
  }
  return false;
}

type LineTest = (i: number) => boolean;

/** A line test computed at most once per line: title lines look ahead at the same lines again and again. */
function memo(test: LineTest): LineTest {
  const known = new Map<number, boolean>();
  return (i) => {
    let value = known.get(i);
    if (value === undefined) known.set(i, (value = test(i)));
    return value;
  };
}

function isTitleStart(cleaned: readonly string[], i: number, dateLine: LineTest): boolean {
  const title = matchIjmTitle(cleaned[i]!);
  if (!title) return false;
  return title.date !== null || IJM_NAME.test(cleaned[i]!) || dateFollows(cleaned, i, dateLine);
}

function dateFollows(cleaned: readonly string[], i: number, dateLine: LineTest): boolean {
  for (let k = i + 1, seen = 0; k < cleaned.length && seen < DATE_REACH; k++) {
    if (cleaned[k] === '') continue;
    seen++;
    if (dateLine(k)) return true;
  }
  return false;
}

function boundaryStarts(cleaned: readonly string[], dateLine: LineTest): number[] {
  const starts: number[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    if (cleaned[i] === '') continue;
    if (isHeaderBlock(cleaned, i) || isTitleStart(cleaned, i, dateLine)) starts.push(i);
  }
  return starts;
}

function dateStarts(cleaned: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    const line = cleaned[i]!;
    if (line === '' || (i > 0 && cleaned[i - 1] !== '')) continue;
    if (isDateLine(line)) starts.push(i);
  }
  return starts;
}

/** A line of real content: not blank and not itself a title, date or e-mail header. */
function isSubstantial(line: string): boolean {
  if (line.length < 25 && line.split(' ').length < 5) return false;
  if (HEADER.test(line) || FORWARD_MARKER.test(line) || REPLY_INTRO.test(line)) return false;
  return !matchIjmTitle(line) && !isDateLine(line);
}

/** Boundaries with real content since the previous kept one; the others merge into it. One pass. */
function keepSubstantial(starts: readonly number[], cleaned: readonly string[]): number[] {
  const kept: number[] = [];
  let scanned = 0;
  let substantial = false;
  for (const start of starts) {
    for (; scanned < start; scanned++) substantial ||= isSubstantial(cleaned[scanned]!);
    if (kept.length === 0 || substantial) {
      kept.push(start);
      substantial = false;
    }
  }
  // The last bulletin needs content too, or it is only a trailing title (a page footer).
  for (; scanned < cleaned.length && !substantial; scanned++) substantial = isSubstantial(cleaned[scanned]!);
  if (kept.length > 1 && !substantial) kept.pop();
  return kept;
}

/** Date boundaries are trusted only when every one gives a different date. */
function distinctDates(starts: readonly number[], cleaned: readonly string[]): number[] {
  const dates = new Set(starts.map((i) => findDate(cleaned[i]!).found?.iso));
  return dates.size === starts.length && !dates.has(undefined) ? [...starts] : [];
}
