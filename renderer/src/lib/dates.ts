// Dates as people read them. Bulletin dates are calendar days ('YYYY-MM-DD') with no time zone, so they
// are formatted in UTC: a bulletin of 8 June must never show as 7 June west of Greenwich.
import type { DateSource } from '../../../shared/model';
import type { Dated } from '../../../shared/undated';
import { isUndated } from '../../../shared/undated';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayMonthFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' });
const longMonthYearFormat = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYearFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortMonthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

function toUtc(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** '8 June 2025' (or the user's own order); 'No date' when there is none. */
export function formatDate(isoDate: string | null): string {
  if (isoDate === null) return 'No date';
  const date = toUtc(isoDate);
  return date ? dayFormat.format(date) : isoDate;
}

export function formatShortDate(isoDate: string | null): string {
  if (isoDate === null) return 'No date';
  const date = toUtc(isoDate);
  return date ? shortDayFormat.format(date) : isoDate;
}

/** '8 June' (or the user's own order), for a day whose year is said elsewhere. */
export function formatDayMonth(isoDate: string): string {
  const date = toUtc(isoDate);
  return date ? dayMonthFormat.format(date) : isoDate;
}

/** 'June 2025' for any day of that month, 'YYYY-MM-DD'. */
export function formatLongMonth(isoDate: string): string {
  const date = toUtc(isoDate);
  return date ? longMonthYearFormat.format(date) : isoDate;
}

/** 'June' for a month number 1–12. */
export function monthName(month: number): string {
  return monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
}

export function shortMonthName(month: number): string {
  return shortMonthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** 'Jun 2025' for '2025-06'. */
export function formatMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  return monthYearFormat.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** True when the date was not written in the bulletin but guessed (from the file name or its time). */
export function isEstimated(source: DateSource): boolean {
  return source !== 'text' && source !== 'user';
}

/**
 * A bulletin's date as shown: 'Undated' for one without a date of its own (shared/undated.ts), with
 * the file's saved day as a note, never as its date; the date otherwise.
 */
export function bulletinDateText(bulletin: Dated, short = false): { text: string; fileSaved: string | null } {
  if (!isUndated(bulletin)) {
    return { text: short ? formatShortDate(bulletin.date) : formatDate(bulletin.date), fileSaved: null };
  }
  const saved = bulletin.dateSource === 'file-time' && bulletin.date !== null ? bulletin.date : null;
  return { text: 'Undated', fileSaved: saved === null ? null : formatShortDate(saved) };
}

/** Why a date is marked as estimated, in plain words. */
export function estimateReason(source: DateSource): string {
  switch (source) {
    case 'filename':
      return 'Estimated from the file name: the bulletin itself gives no date.';
    case 'file-time':
      return 'Estimated from when the file was saved: the bulletin gives no date.';
    case 'message':
      return 'The day the e-mail was sent: the bulletin itself gives no date.';
    case 'user':
      return 'Date set by you in Prayer Desk.';
    case 'none':
      return 'The bulletin gives no date.';
    default:
      return 'Date as written in the bulletin.';
  }
}

export function yearOf(isoDate: string | null): number | null {
  if (isoDate === null) return null;
  const year = Number(isoDate.slice(0, 4));
  return Number.isFinite(year) && year > 0 ? year : null;
}

/** Human words for an inclusive date range of the filters. */
export function describeRange(from: string | null, to: string | null): string | null {
  if (from === null && to === null) return null;
  const fromYear = from !== null && from.endsWith('-01-01') ? from.slice(0, 4) : null;
  const toYear = to !== null && to.endsWith('-12-31') ? to.slice(0, 4) : null;
  const left = from === null ? null : (fromYear ?? formatShortDate(from));
  const right = to === null ? null : (toYear ?? formatShortDate(to));
  if (left !== null && right !== null) return left === right ? left : `${left} – ${right}`;
  if (left !== null) return `From ${left}`;
  return `Until ${right}`;
}
