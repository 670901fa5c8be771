// The praise digest: every praise report in a date range, grouped by region, as a prayer sheet the user can
// edit, preview and print like any other ("Answers to prayer, April to June 2024"). Pure, so main builds it
// from the library and the renderer's range buttons use the same quarter arithmetic.
import type { Bulletin } from './model';
import { addEntries, createSheet, entryFromItem, MAX_SHEET_ENTRIES } from './prayer-sheet';
import type { SheetEntry } from './prayer-sheet';
import type { PraiseDigest, PraiseDigestOptions } from './story-types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface Day {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar day written 'YYYY-MM-DD'; null for anything else. */
function readDay(text: string | null): Day | null {
  const m = text === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar quarter holding a 'YYYY-MM-DD' day: '2024-05-09' → 2024-04-01 to 2024-06-30. */
export function quarterRange(date: string): { from: string; to: string } {
  const day = readDay(date);
  if (!day) return { from: date, to: date };
  const first = Math.floor((day.month - 1) / 3) * 3 + 1;
  return {
    from: isoDay(day.year, first, 1),
    to: isoDay(day.year, first + 2, daysInMonth(day.year, first + 2)),
  };
}

/** The quarter before the one holding `date`: "last quarter". */
export function previousQuarterRange(date: string): { from: string; to: string } {
  const day = readDay(date);
  if (!day) return { from: date, to: date };
  const first = Math.floor((day.month - 1) / 3) * 3 + 1;
  return first === 1
    ? quarterRange(isoDay(day.year - 1, 10, 1))
    : quarterRange(isoDay(day.year, first - 3, 1));
}

/**
 * A title naming the range: 'Answers to prayer in 2024' (a whole year), 'Answers to prayer in March 2024'
 * (a month), 'Answers to prayer, April to June 2024' (whole months: a quarter), otherwise the days:
 * 'Answers to prayer, 3 March to 9 June 2024'.
 */
export function digestTitle(from: string, to: string): string {
  const a = readDay(from);
  const b = readDay(to);
  if (!a || !b) return 'Answers to prayer';
  const month = (d: Day) => MONTHS[d.month - 1]!;
  const sameYear = a.year === b.year;
  if (a.day === 1 && b.day === daysInMonth(b.year, b.month)) {
    if (a.month === 1 && b.month === 12) {
      return sameYear ? `Answers to prayer in ${a.year}` : `Answers to prayer, ${a.year} to ${b.year}`;
    }
    if (sameYear && a.month === b.month) return `Answers to prayer in ${month(a)} ${a.year}`;
    return sameYear
      ? `Answers to prayer, ${month(a)} to ${month(b)} ${b.year}`
      : `Answers to prayer, ${month(a)} ${a.year} to ${month(b)} ${b.year}`;
  }
  if (from === to) return `Answers to prayer, ${a.day} ${month(a)} ${a.year}`;
  return sameYear
    ? `Answers to prayer, ${a.day} ${month(a)} to ${b.day} ${month(b)} ${b.year}`
    : `Answers to prayer, ${a.day} ${month(a)} ${a.year} to ${b.day} ${month(b)} ${b.year}`;
}

/**
 * Every praise item whose bulletin is dated within [from, to] (undated bulletins are left out), as an
 * unsaved sheet grouped by region with dates shown, oldest first within each region so it reads as the
 * story of the period. Paper is A4: the renderer swaps in the user's own defaults. When there are more than
 * a sheet holds (MAX_SHEET_ENTRIES), the newest are kept and `omitted` says how many were left out.
 */
export function buildPraiseDigest(
  bulletins: readonly Bulletin[],
  options: PraiseDigestOptions,
): PraiseDigest {
  const [from, to] = options.from <= options.to ? [options.from, options.to] : [options.to, options.from];
  const found = new Map<string, SheetEntry>();
  for (const bulletin of bulletins) {
    if (!readDay(bulletin.date) || bulletin.date! < from || bulletin.date! > to) continue;
    bulletin.items.forEach((item, index) => {
      if (item.kind !== 'praise') return;
      const entry = entryFromItem(bulletin, index);
      if (entry && !found.has(entry.id)) found.set(entry.id, entry);
    });
  }
  const all = [...found.values()];
  const kept = all
    .sort((a, b) => oldestFirst(b, a))
    .slice(0, MAX_SHEET_ENTRIES)
    .sort(oldestFirst);
  const title = options.title?.trim() ? options.title.trim() : digestTitle(from, to);
  const sheet = createSheet({ title, paperSize: 'A4', layout: { grouping: 'region', showDates: true } });
  return { draft: addEntries(sheet, kept), total: all.length, omitted: all.length - kept.length };
}

/** By bulletin date, then file and position, so the same library always gives the same sheet. */
function oldestFirst(a: SheetEntry, b: SheetEntry): number {
  const [x, y] = [a.source, b.source];
  if (x.date !== y.date) return (x.date ?? '') < (y.date ?? '') ? -1 : 1;
  if (x.file !== y.file) return x.file < y.file ? -1 : 1;
  return x.itemIndex - y.itemIndex;
}
