// The periods "Praise digest…" offers: this quarter, last quarter, this year and last year, each with the
// months it covers in words, worked out from today's date on the user's calendar.
import { quarterRange } from '../../../shared/praise-digest';
import { formatDate, monthName } from '../lib/dates';

export interface DigestRange {
  key: 'this-quarter' | 'last-quarter' | 'this-year' | 'last-year';
  label: string;
  /** "July to September 2026", "2025". */
  detail: string;
  from: string;
  to: string;
}

function utc(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Today on the user's calendar, 'YYYY-MM-DD'. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day before an ISO date. */
function dayBefore(isoDate: string): string {
  const date = utc(isoDate);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** "July to September 2026"; "December 2025 to February 2026" across a new year. */
export function describeMonths(from: string, to: string): string {
  const fromYear = from.slice(0, 4);
  const toYear = to.slice(0, 4);
  const first = monthName(Number(from.slice(5, 7)));
  const last = monthName(Number(to.slice(5, 7)));
  if (from.slice(0, 7) === to.slice(0, 7)) return `${first} ${toYear}`;
  return fromYear === toYear ? `${first} to ${last} ${toYear}` : `${first} ${fromYear} to ${last} ${toYear}`;
}

/** "3 March 2024 to 9 June 2024", for two chosen dates. */
export function describeDays(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)} to ${formatDate(to)}`;
}

export function digestRanges(today: string): DigestRange[] {
  const thisQuarter = quarterRange(today);
  const lastQuarter = quarterRange(dayBefore(thisQuarter.from));
  const year = Number(today.slice(0, 4));
  return [
    {
      key: 'this-quarter',
      label: 'This quarter',
      detail: describeMonths(thisQuarter.from, thisQuarter.to),
      ...thisQuarter,
    },
    {
      key: 'last-quarter',
      label: 'Last quarter',
      detail: describeMonths(lastQuarter.from, lastQuarter.to),
      ...lastQuarter,
    },
    {
      key: 'this-year',
      label: 'This year',
      detail: String(year),
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    },
    {
      key: 'last-year',
      label: 'Last year',
      detail: String(year - 1),
      from: `${year - 1}-01-01`,
      to: `${year - 1}-12-31`,
    },
  ];
}
