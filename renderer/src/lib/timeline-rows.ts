// The timeline as one flat list of rows (year heading, month heading, bulletin), newest first, so a
// virtual list can draw only the rows on screen even with 10,000 bulletins.
import type { BulletinSummary } from '../../../shared/library-types';
import { trustedDate } from '../../../shared/undated';

export type TimelineRow =
  | { type: 'year'; key: string; year: number | null; count: number }
  | { type: 'month'; key: string; year: number; month: number; count: number }
  | { type: 'bulletin'; key: string; bulletin: BulletinSummary; position: number };

export interface Timeline {
  rows: TimelineRow[];
  /** Row index of each bulletin, in order: what the arrow keys walk through. */
  bulletinRows: number[];
  bulletinCount: number;
}

/** Newest first; undated bulletins (shared/undated.ts) last, by file name. */
export function compareNewestFirst(a: BulletinSummary, b: BulletinSummary): number {
  const left = trustedDate(a);
  const right = trustedDate(b);
  if (left !== right) {
    if (left === null) return 1;
    if (right === null) return -1;
    return left < right ? 1 : -1;
  }
  return a.file.localeCompare(b.file);
}

export function inDateRange(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  return (from === null || date >= from) && (to === null || date <= to);
}

export function buildTimeline(
  bulletins: readonly BulletinSummary[],
  range: { from: string | null; to: string | null } = { from: null, to: null },
): Timeline {
  const shown = bulletins
    .filter((b) => inDateRange(trustedDate(b), range.from, range.to))
    .sort(compareNewestFirst);
  const rows: TimelineRow[] = [];
  const bulletinRows: number[] = [];
  let yearRow: Extract<TimelineRow, { type: 'year' }> | null = null;
  let monthRow: Extract<TimelineRow, { type: 'month' }> | null = null;

  for (const bulletin of shown) {
    // Undated bulletins come last, in one "Undated" group (a year row without a year).
    const date = trustedDate(bulletin);
    const year = date === null ? null : Number(date.slice(0, 4));
    const month = date === null ? null : Number(date.slice(5, 7));
    if (yearRow === null || yearRow.year !== year) {
      yearRow = { type: 'year', key: `y:${year ?? 'none'}`, year, count: 0 };
      rows.push(yearRow);
      monthRow = null;
    }
    if (year !== null && month !== null && (monthRow === null || monthRow.month !== month)) {
      monthRow = { type: 'month', key: `m:${year}-${month}`, year, month, count: 0 };
      rows.push(monthRow);
    }
    yearRow.count += 1;
    if (monthRow !== null && year !== null) monthRow.count += 1;
    bulletinRows.push(rows.length);
    rows.push({ type: 'bulletin', key: `b:${bulletin.file}`, bulletin, position: bulletinRows.length });
  }
  return { rows, bulletinRows, bulletinCount: shown.length };
}

/** Years that have bulletins, newest first: the choices of the year filter. */
export function libraryYears(bulletins: readonly BulletinSummary[]): number[] {
  const years = new Set<number>();
  for (const bulletin of bulletins) {
    const date = trustedDate(bulletin);
    if (date !== null) years.add(Number(date.slice(0, 4)));
  }
  return [...years].sort((a, b) => b - a);
}
