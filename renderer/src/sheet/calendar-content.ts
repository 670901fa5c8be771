// What a prayer calendar page holds, worked out from the sheet: the days of the week or month with the
// requests spread over them (shared/prayer-calendar decides which request goes on which day), the month as
// Sunday-first weeks, and for each request both its printed wording and a shortened one (its first
// sentence) for when a month is too full to print every word.
import type { CalendarOptions, PrayerDay } from '../../../shared/prayer-calendar';
import { calendarGrid, spreadOverCalendar } from '../../../shared/prayer-calendar';
import type { SheetDraft, SheetEntry } from '../../../shared/prayer-sheet';
import { formatDate, formatDayMonth, formatLongMonth } from '../lib/dates';

export interface CalendarRequest {
  /** Unique on the page: a request may be prayed for on more than one day. */
  key: string;
  text: string;
  /** The first sentence (or the first words), for a page too full for every word. */
  short: string;
}

export interface CalendarCell {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  day: number;
  /** The day's region, or its regions joined ("Central Asia · South Asia") when it holds several. */
  region: string | null;
  requests: CalendarRequest[];
}

export interface CalendarContent {
  span: CalendarOptions['span'];
  rule: CalendarOptions['rule'];
  /** A month is printed sideways: seven columns of day boxes need the width. */
  landscape: boolean;
  /** "December 2026", or "29 November to 5 December 2026" for a week. */
  heading: string;
  days: CalendarCell[];
  /** Sunday-first weeks of the month, null where a day belongs to the month before or after. */
  weeks: (CalendarCell | null)[][];
}

/** Longest shortened request, in characters. */
export const SHORT_REQUEST_LENGTH = 140;

const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });

/** 'Sunday' for 0 … 'Saturday' for 6 (1 January 2023 was a Sunday). */
export function weekdayName(weekday: number, style: 'long' | 'short' = 'long'): string {
  const date = new Date(Date.UTC(2023, 0, 1 + weekday));
  return (style === 'long' ? weekdayLong : weekdayShort).format(date);
}

/** "December 2026" for a month; "29 November to 5 December 2026" for a week. */
export function calendarHeading(options: CalendarOptions, days: readonly { date: string }[]): string {
  if (options.span === 'month') return formatLongMonth(options.start);
  const first = days[0]?.date ?? options.start;
  const last = days[days.length - 1]?.date ?? options.start;
  if (first === last) return formatDate(first);
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return `${sameYear ? formatDayMonth(first) : formatDate(first)} to ${formatDate(last)}`;
}

/** The first sentence of a request, or its first words when that is still long. */
export function shortRequest(text: string, max = SHORT_REQUEST_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = flat.slice(0, firstSentenceEnd(flat));
  if (sentence.length <= max) return sentence;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Titles written with a full stop that do not end a sentence ("St. Mary's", "Dr. Okello"). */
const ABBREVIATION = /(?:^|\s)(?:St|Sts|Mr|Mrs|Ms|Dr|Rev|Fr|Sr|Mt|Ft|No|Jr|Gen|Lt|Col|Sgt|Hon)\.$/;

/** Where the first sentence ends: at . ! or ? before a space and a capital, titles aside. */
function firstSentenceEnd(text: string): number {
  const ends = /[.!?]["”’)]?\s+(?=[A-Z“"‘(])/g;
  for (let match = ends.exec(text); match !== null; match = ends.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    if (!ABBREVIATION.test(text.slice(0, match.index + 1))) return end;
  }
  return text.length;
}

export function calendarContent(
  sheet: Pick<SheetDraft, 'entries'>,
  options: CalendarOptions,
  printedText: (entry: SheetEntry) => string,
): CalendarContent {
  const byId = new Map(sheet.entries.map((entry) => [entry.id, entry]));
  const texts = new Map<string, { text: string; short: string }>();
  const wording = (entry: SheetEntry) => {
    let known = texts.get(entry.id);
    if (!known) {
      const text = printedText(entry).trim();
      known = { text, short: shortRequest(text) };
      texts.set(entry.id, known);
    }
    return known;
  };
  const spread: PrayerDay[] = spreadOverCalendar(sheet.entries, options);
  const cellOf = new Map<PrayerDay, CalendarCell>();
  const days = spread.map((day) => {
    const cell: CalendarCell = {
      date: day.date,
      weekday: day.weekday,
      day: Number(day.date.slice(8, 10)),
      region: day.region && [day.region, ...(day.alsoRegions ?? [])].join(' · '),
      requests: day.entryIds
        .map((id) => byId.get(id))
        .filter((entry): entry is SheetEntry => entry !== undefined)
        .map((entry) => ({ key: `${day.date}|${entry.id}`, ...wording(entry) })),
    };
    cellOf.set(day, cell);
    return cell;
  });
  const weeks =
    options.span === 'month'
      ? calendarGrid(spread).map((week) =>
          week.map((day) => (day === null ? null : (cellOf.get(day) ?? null))),
        )
      : [days];
  return {
    span: options.span,
    rule: options.rule,
    landscape: options.span === 'month',
    heading: calendarHeading(options, spread),
    days,
    weeks,
  };
}
