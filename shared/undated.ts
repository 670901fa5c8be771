// One rule for "undated": a bulletin that names no date anywhere ('none', date null), or whose only date is
// the time its file was saved ('file-time') — a guess that says when someone saved it, not when it was
// written. Undated bulletins are listed apart (an "Undated" group at the end of the timeline), never count
// as the newest bulletin or a country's latest request, and their guessed date is never printed as fact.
import type { DateSource } from './model';

export interface Dated {
  date: string | null;
  dateSource: DateSource;
}

export function isUndated(bulletin: Dated): boolean {
  return bulletin.date === null || bulletin.dateSource === 'none' || bulletin.dateSource === 'file-time';
}

/** The date to sort, group, count and print by: null for an undated bulletin. */
export function trustedDate(bulletin: Dated): string | null {
  return isUndated(bulletin) ? null : bulletin.date;
}
