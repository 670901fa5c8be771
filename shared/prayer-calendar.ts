// The prayer calendar: chosen requests spread over the days of a week or a month, to print as a calendar
// page ("pray for one region a day"). Pure and deterministic: the same requests and options always give the
// same days, so a preview and its print agree. Dates are calendar days, worked out in UTC so the user's
// time zone and summer time never shift a day.
import { REGIONS } from './model';
import type { Region } from './model';
import type { SheetEntry } from './prayer-sheet';

export type CalendarSpan = 'week' | 'month';

/**
 * 'region-per-day': each day is given to one region, in REGIONS order, cycling over the days (regions with no
 * chosen request are skipped); 'in-order': the requests in the order given, spread evenly over the days.
 */
export type CalendarRule = 'region-per-day' | 'in-order';

export interface CalendarOptions {
  span: CalendarSpan;
  /** 'YYYY-MM-DD', the first day; for a month, any day of it (the calendar starts on the 1st). */
  start: string;
  rule: CalendarRule;
}

export interface PrayerDay {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
  /** The day's region ('region-per-day'); null for 'in-order' and for days with no requests. */
  region: Region | null;
  /** Further regions the day holds when there are more regions with requests than days; else absent. */
  alsoRegions?: Region[];
  /** Sheet entry ids, in the order to pray them. */
  entryIds: string[];
}

const DAY_MS = 86_400_000;

/** The first day as a UTC time, or null when `start` is not a real 'YYYY-MM-DD' day. */
function readStart(start: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2024-02-30 over into March: a day that does not exist is refused instead.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The days the calendar covers: a week from `start`, or every day of `start`'s month. */
function calendarDays(options: CalendarOptions): Date[] {
  const start = readStart(options.start);
  if (!start) return [];
  if (options.span === 'week')
    return Array.from({ length: 7 }, (_, i) => new Date(start.getTime() + i * DAY_MS));
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const count = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month, i + 1)));
}

/**
 * Spreads the requests over the days. Every request appears at least once; when there are fewer requests
 * than days they come round again, so no day is left empty while there is anything to pray for.
 * An invalid `start` gives no days; no requests give days with nothing on them.
 */
export function spreadOverCalendar(entries: readonly SheetEntry[], options: CalendarOptions): PrayerDay[] {
  const dates = calendarDays(options);
  const days: PrayerDay[] = dates.map((date) => ({
    date: isoDay(date),
    weekday: date.getUTCDay(),
    region: null,
    entryIds: [],
  }));
  // A request chosen twice is prayed for as one.
  const seen = new Set<string>();
  const unique = entries.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
  if (days.length === 0 || unique.length === 0) return days;

  if (options.rule === 'in-order') {
    spread(
      unique.map((entry) => entry.id),
      days,
      'runs',
    );
    return days;
  }
  const regions = REGIONS.filter((region) => unique.some((entry) => entry.source.region === region));
  // Usually one region a day. With more regions than days (a week of requests from eleven regions) each
  // day holds neighbouring regions, in REGIONS order.
  const groups: Region[][] =
    regions.length <= days.length
      ? regions.map((region) => [region])
      : days.map((_, d) =>
          regions.slice(
            Math.floor((d * regions.length) / days.length),
            Math.floor(((d + 1) * regions.length) / days.length),
          ),
        );
  groups.forEach((group, r) => {
    // There are at least 7 days and at most as many groups, so every group gets a day.
    const groupDays = days.filter((_, i) => i % groups.length === r);
    for (const day of groupDays) {
      day.region = group[0]!;
      if (group.length > 1) day.alsoRegions = group.slice(1);
    }
    spread(
      group.flatMap((region) =>
        unique.filter((entry) => entry.source.region === region).map((entry) => entry.id),
      ),
      groupDays,
      'round-robin',
    );
  });
  return days;
}

/**
 * Puts `ids` on `days`. With fewer ids than days: one a day, starting over when they run out. Otherwise
 * each day gets the same number give or take one: 'runs' in consecutive runs, so reading day by day keeps
 * the order given; 'round-robin' dealt out like cards (a region's first requests fall on its first days).
 */
function spread(ids: readonly string[], days: readonly PrayerDay[], how: 'runs' | 'round-robin'): void {
  if (ids.length < days.length) {
    days.forEach((day, i) => day.entryIds.push(ids[i % ids.length]!));
  } else if (how === 'round-robin') {
    ids.forEach((id, i) => days[i % days.length]!.entryIds.push(id));
  } else {
    days.forEach((day, i) => {
      const from = Math.floor((i * ids.length) / days.length);
      const to = Math.floor(((i + 1) * ids.length) / days.length);
      day.entryIds.push(...ids.slice(from, to));
    });
  }
}

/**
 * The days as the rows of a printed month: weeks Sunday to Saturday, null where a row has no day (before the
 * 1st, after the last day). A new row starts whenever the weekday does not move forward.
 */
export function calendarGrid(days: PrayerDay[]): (PrayerDay | null)[][] {
  const rows: (PrayerDay | null)[][] = [];
  let row: (PrayerDay | null)[] | null = null;
  let lastWeekday = 7;
  for (const day of days) {
    const weekday = Number.isInteger(day.weekday) ? Math.min(6, Math.max(0, day.weekday)) : 0;
    if (row === null || weekday <= lastWeekday) {
      row = Array.from({ length: 7 }, () => null);
      rows.push(row);
    }
    row[weekday] = day;
    lastWeekday = weekday;
  }
  return rows;
}
