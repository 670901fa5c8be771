// The bars of the requests chart: per month when the span is short enough to read month by month,
// per year otherwise. Every month or year of the span gets a bar, empty ones too, so gaps show as gaps.
import { formatMonth, shortMonthName } from './dates';

export type ChartUnit = 'month' | 'year';

export interface ChartBar {
  /** 'YYYY' or 'YYYY-MM'. */
  key: string;
  /** Short axis label: '2019' or 'Mar'. */
  label: string;
  /** Full words for summaries and tooltips: '2019' or 'Mar 2019'. */
  longLabel: string;
  count: number;
  /** Inclusive date bounds of the bar. */
  from: string;
  to: string;
}

export interface ChartSeries {
  unit: ChartUnit;
  bars: ChartBar[];
  total: number;
}

export interface ChartSpan {
  unit: ChartUnit;
  /** 'YYYY' or 'YYYY-MM' keys, oldest first. */
  keys: string[];
}

/** Up to this many months are drawn month by month. */
export const MAX_MONTH_BARS = 24;

function monthIndex(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

function lastDayOfMonth(key: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${key}-${String(day).padStart(2, '0')}`;
}

/**
 * The span to draw: the library's first to last bulletin date, narrowed by the date filter.
 * Null when there is nothing dated to draw.
 */
export function chartSpan(
  libraryFirst: string | null,
  libraryLast: string | null,
  from: string | null,
  to: string | null,
): ChartSpan | null {
  if (libraryFirst === null || libraryLast === null) return null;
  const start = from !== null && from > libraryFirst ? from : libraryFirst;
  const end = to !== null && to < libraryLast ? to : libraryLast;
  if (start > end) return null;
  const first = monthIndex(start);
  const last = monthIndex(end);
  if (last - first + 1 <= MAX_MONTH_BARS) {
    const keys: string[] = [];
    for (let index = first; index <= last; index += 1) keys.push(monthKey(index));
    return { unit: 'month', keys };
  }
  const keys: string[] = [];
  for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year += 1) keys.push(String(year));
  return { unit: 'year', keys };
}

export function barBounds(unit: ChartUnit, key: string): { from: string; to: string } {
  return unit === 'year'
    ? { from: `${key}-01-01`, to: `${key}-12-31` }
    : { from: `${key}-01`, to: lastDayOfMonth(key) };
}

/** Builds the bars of `span` from counts keyed by month ('YYYY-MM'); years add up their months. */
export function seriesFromMonths(span: ChartSpan, months: Readonly<Record<string, number>>): ChartSeries {
  const counts = new Map<string, number>();
  for (const [month, count] of Object.entries(months)) {
    const key = span.unit === 'year' ? month.slice(0, 4) : month.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return seriesFromCounts(span, counts);
}

/** Builds the bars of `span` from counts keyed exactly as the span's keys. */
export function seriesFromCounts(span: ChartSpan, counts: ReadonlyMap<string, number>): ChartSeries {
  let total = 0;
  const bars = span.keys.map((key): ChartBar => {
    const count = counts.get(key) ?? 0;
    total += count;
    const month = Number(key.slice(5, 7));
    return {
      key,
      label: span.unit === 'year' ? key : shortMonthName(month),
      longLabel: span.unit === 'year' ? key : formatMonth(key),
      count,
      ...barBounds(span.unit, key),
    };
  });
  return { unit: span.unit, bars, total };
}

/** One sentence that says what the chart shows, for screen readers and as its caption. */
export function describeSeries(series: ChartSeries, subject = 'requests'): string {
  if (series.bars.length === 0) return `No dated ${subject} to chart.`;
  const first = series.bars[0]!;
  const last = series.bars[series.bars.length - 1]!;
  const span = first.key === last.key ? first.longLabel : `${first.longLabel} to ${last.longLabel}`;
  if (series.total === 0) return `No ${subject} from ${span}.`;
  let peak = first;
  for (const bar of series.bars) if (bar.count > peak.count) peak = bar;
  const unitWord = series.unit === 'year' ? 'year' : 'month';
  const busiest =
    series.bars.length > 1 ? `; most in ${peak.longLabel} (${peak.count.toLocaleString()})` : '';
  const noun = series.total === 1 ? subject.replace(/s$/, '') : subject;
  return `${series.total.toLocaleString()} ${noun} from ${span}, by ${unitWord}${busiest}.`;
}
