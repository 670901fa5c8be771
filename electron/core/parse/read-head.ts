// The head of a bulletin: everything before the first heading or request. It holds the title, the date, the
// verse, forwarded-e-mail headers and a church's introduction, in varying order; none of it is an item.
import type { Scripture } from '../../../shared/model';
import { isKnownHeading } from './detect-headings';
import { looksLikeHeadline, matchIjmTitle } from './detect-title';
import { findCountries } from './find-countries';
import { findDate, findMonthDay, findMonthYear, isDateLine, isMonthLine, readDayMarker } from './parse-date';
import type { DayMarker, MonthDay } from './parse-date';
import {
  cleanVerse,
  endsWithQuote,
  matchReferenceLine,
  splitSameLineReference,
  startsWithQuote,
} from './parse-scripture';
import { stripBullet } from './split-blocks';

export interface DateCandidate {
  iso: string;
  /**
   * Higher is more trustworthy: a date line 4, the title line 3, an introduction 2, an e-mail header 1; a
   * month without a day ("December 2024 Prayer Guide") 0.5, below any full date.
   */
  priority: number;
  /** 'month' when only the month and year are written; `iso` is then the 1st of the month. */
  precision?: 'month';
}

export interface Head {
  /** Index of the first line after the head. */
  end: number;
  title: string | null;
  /** The title found in a forwarded e-mail's Subject line, if any. */
  subject: string | null;
  dates: DateCandidate[];
  /** A date line without a year ("April 27"), kept to complete it from a fallback's year. */
  dateWithoutYear: MonthDay | null;
  impossibleDates: string[];
  scripture: Scripture | null;
  warnings: string[];
  /**
   * The day of a diary's first entry, when the head ends with its date line ("3 March 2024" right before
   * the first request): the body's later day lines date the later requests, this one the first.
   */
  trailingDay: DayMarker | null;
  /** Countries named in an introduction ("Join us this week as we pray for Kenya:"), for what follows. */
  leadCountries: string[];
}

const FORWARD_MARKER = /^-*\s?(?:forwarded message|original message|begin forwarded message)\b/i;
const HEADER = /^(from|sent|date|to|cc|bcc|subject|reply-to):\s?(.*)$/i;
const GREETING = /^(?:dear|hi|hello|greetings|good morning|good afternoon)\b/i;
const MAX_HEADER_SCAN = 400;
// A church's note before the bulletin sits in its first lines.
const MAX_PREAMBLE_LINE = 12;

/**
 * A church's own words before the bulletin: a short line ending in ':', a greeting ("Dear friends, …"), or,
 * before the bulletin has begun, any short paragraph followed closely by its title, date or verse.
 */
function isPreamble(lines: readonly string[], i: number, bulletinStarted: boolean): boolean {
  const line = lines[i]!;
  if (line.length > 300 || stripBullet(line).bullet) return false;
  if (line.endsWith(':') && !isKnownHeading(line)) return true;
  if (GREETING.test(line)) return true;
  if (bulletinStarted || i > MAX_PREAMBLE_LINE) return false;
  for (
    let k = nextNonBlank(lines, i + 1), seen = 0;
    k < lines.length && seen < 3;
    k = nextNonBlank(lines, k + 1), seen++
  ) {
    const next = lines[k]!;
    if (matchIjmTitle(next) || isDateLine(next) || matchReferenceLine(next) || startsWithQuote(next))
      return true;
    if (splitSameLineReference(next)) return true;
  }
  return false;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k] === '') k++;
  return k;
}

interface Verse {
  /** null for a quotation attributed to a person ("— Max Lucado"): no verse, but not a request either. */
  scripture: Scripture | null;
  next: number;
  warning?: string;
}

// "— Max Lucado", "- Corrie ten Boom": a dash and a name, no chapter or verse.
const ATTRIBUTION = /^[—–-]{1,2} ?(\p{Lu}[\p{L}\p{M}.'’ -]{1,60})$/u;
// A quotation and its author on one line: "“…” — Max Lucado".
const ATTRIBUTED_QUOTE = /["”’] ?[—–-]{1,2} ?(\p{Lu}[\p{L}\p{M}.'’ -]{1,60})$/u;

function attribution(line: string): string | null {
  if (line.length > 80 || /\d/.test(line)) return null;
  return ATTRIBUTION.exec(line)?.[1]?.trim() ?? null;
}

/** A verse starting at line i: quoted or not, with its reference on its last line or the next one. */
function readVerse(lines: readonly string[], i: number): Verse | null {
  const first = lines[i]!;
  const quoted = startsWithQuote(first);
  if (!quoted && (stripBullet(first).bullet || isKnownHeading(first))) return null;
  const run: string[] = [];
  let j = i;
  while (j < lines.length && lines[j] !== '' && run.length < (quoted ? 12 : 8)) {
    const line = lines[j]!;
    if (run.length > 0 && (matchReferenceLine(line) || isKnownHeading(line) || stripBullet(line).bullet))
      break;
    // An unquoted line before a quoted one is something else (a headline): the verse starts at the quote.
    if (run.length > 0 && !quoted && (startsWithQuote(line) || isDateLine(line, true))) return null;
    run.push(line);
    j++;
    if (
      splitSameLineReference(line) ||
      (quoted && endsWithQuote(line) && (run.length > 1 || line.length > 2))
    )
      break;
  }
  const last = run[run.length - 1]!;
  const quotedBy = quoted && !/\d/.test(last.slice(-70)) ? ATTRIBUTED_QUOTE.exec(last) : null;
  if (quotedBy) {
    return {
      scripture: null,
      next: j,
      warning: `Skipped a quotation by ${quotedBy[1]!.trim()}: it is not a verse.`,
    };
  }
  const same = splitSameLineReference(last);
  if (same) {
    const text = cleanVerse([...run.slice(0, -1), same.verse].join(' '));
    if (text) return { scripture: { text, reference: same.reference }, next: j };
  }
  const k = nextNonBlank(lines, j);
  const author = quoted && k < lines.length ? attribution(lines[k]!) : null;
  if (author && !matchReferenceLine(lines[k]!)) {
    return { scripture: null, next: k + 1, warning: `Skipped a quotation by ${author}: it is not a verse.` };
  }
  const reference = k < lines.length ? matchReferenceLine(lines[k]!) : null;
  if (reference)
    return { scripture: { text: cleanVerse(run.join(' ')), reference: reference.reference }, next: k + 1 };
  if (quoted && endsWithQuote(last)) {
    return {
      scripture: { text: cleanVerse(run.join(' ')), reference: '' },
      next: j,
      warning: 'The verse at the top has no reference.',
    };
  }
  return null;
}

/** Reads the head of a bulletin from its cleaned lines ('' for blank or removed lines). */
export function readHead(lines: readonly string[]): Head {
  const head: Head = {
    end: lines.length,
    title: null,
    subject: null,
    dates: [],
    dateWithoutYear: null,
    impossibleDates: [],
    scripture: null,
    warnings: [],
    trailingDay: null,
    leadCountries: [],
  };
  let seenSomething = false;
  let titleIsHeadline = false;
  // A web page's own verse (its banner's) can come before the bulletin's title; the bulletin's comes after.
  let verseBeforeTitle = false;
  let skippedHeaders = false;
  const noteDate = (line: string, priority: number) => {
    const search = findDate(line);
    head.impossibleDates.push(...search.impossible);
    if (search.found) head.dates.push({ iso: search.found.iso, priority });
    else noteMonth(line);
  };
  const noteMonth = (line: string) => {
    const month = findMonthYear(line);
    if (month) {
      const iso = `${month.year}-${String(month.month).padStart(2, '0')}-01`;
      head.dates.push({ iso, priority: 0.5, precision: 'month' });
    }
  };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    // Only a date line that is the last line of the head dates the first request.
    const trailing = head.trailingDay;
    head.trailingDay = null;
    if (i < MAX_HEADER_SCAN && FORWARD_MARKER.test(line)) {
      skippedHeaders = true;
      continue;
    }
    const header = line.length <= 300 ? HEADER.exec(line) : null;
    if (header) {
      const field = header[1]!.toLowerCase();
      if (field === 'date' || field === 'sent') noteDate(header[2]!, 1);
      if (field === 'subject')
        head.subject ??= matchIjmTitle(header[2]!.replace(/^(?:(?:re|fwd?) ?: ?)+/i, ''))?.title ?? null;
      skippedHeaders = true;
      continue;
    }
    // "IJM Prayer Requests" wins over a headline seen before it.
    const ijmTitle = head.title === null || titleIsHeadline ? matchIjmTitle(line) : null;
    if (ijmTitle) {
      head.title = ijmTitle.title;
      titleIsHeadline = false;
      if (ijmTitle.date) head.dates.push({ iso: ijmTitle.date, priority: 3 });
      else noteMonth(line);
      seenSomething = true;
      continue;
    }
    if (isDateLine(line, true)) {
      noteDate(line, 4);
      if (!findDate(line).found) head.dateWithoutYear ??= findMonthDay(line);
      head.trailingDay = readDayMarker(line);
      seenSomething = true;
      continue;
    }
    if (isMonthLine(line)) {
      noteMonth(line);
      // "December 2024 Prayer Guide" is the title as well; "April 2024" alone is only a date.
      if (head.title === null && /\p{L}{3,}.*\d|\d.*\p{L}{3,}/u.test(line.replace(/^\S+ ?\d{4}$/, ''))) {
        head.title = line;
        titleIsHeadline = true;
      }
      seenSomething = true;
      continue;
    }
    if (isKnownHeading(line)) {
      head.trailingDay = trailing;
      break;
    }
    const secondChance = verseBeforeTitle && head.title !== null;
    const verse = head.scripture === null || secondChance ? readVerse(lines, i) : null;
    if (verse) {
      if (verse.scripture && head.scripture !== null) {
        head.warnings.push(
          `Skipped the verse before the title (${head.scripture.reference || 'no reference'}): took the bulletin's own.`,
        );
        verseBeforeTitle = false;
      } else if (verse.scripture) verseBeforeTitle = head.title === null;
      if (verse.scripture) head.scripture = verse.scripture;
      if (verse.warning) head.warnings.push(verse.warning);
      i = verse.next - 1;
      seenSomething = true;
      continue;
    }
    const reference = matchReferenceLine(line);
    if (reference) {
      head.warnings.push(`Skipped the verse reference "${reference.reference}": no verse was found with it.`);
      continue;
    }
    if (
      !seenSomething &&
      head.title === null &&
      looksLikeHeadline(line) &&
      nextNonBlank(lines, i + 1) < lines.length
    ) {
      head.title = line;
      titleIsHeadline = true;
      noteDate(line, 3);
      seenSomething = true;
      continue;
    }
    if (isPreamble(lines, i, seenSomething)) {
      noteDate(line, 2);
      if (line.endsWith(':')) head.leadCountries = findCountries(line);
      head.warnings.push(`Skipped an introduction that is not a request: "${line}"`);
      continue;
    }
    head.trailingDay = trailing;
    break;
  }
  if (skippedHeaders) head.warnings.push('Skipped the headers of a forwarded e-mail.');
  // A letter about one country ("Praying for Colombia This Month") files requests that name none under it.
  if (head.leadCountries.length === 0 && head.title !== null) {
    const named = findCountries(head.title);
    if (named.length === 1) head.leadCountries = named;
  }
  head.end = i;
  return head;
}
