// What a new prayer sheet starts with, worked out from the user's locale and today's date: a title naming
// the coming Sunday, the paper size the local printers use, and a dated file name for "Save as PDF…".
// Pure (Intl and Date only) so the renderer, main and tests all get the same answers.
import type { PaperSize } from './prayer-sheet';

/** A calendar day, without a time or a time zone. */
export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/** Where US Letter is the usual paper (Unicode CLDR supplemental measurementData); A4 everywhere else. */
export const LETTER_REGIONS: readonly string[] = [
  'BZ',
  'CA',
  'CL',
  'CO',
  'CR',
  'GT',
  'MX',
  'NI',
  'PA',
  'PH',
  'PR',
  'SV',
  'US',
  'VE',
];

/** Longest PDF file name offered (well under every file system's 255). */
export const MAX_PDF_FILE_NAME_LENGTH = 150;

/**
 * The coming Sunday as seen on the user's calendar (their local date of `now`). On a Sunday that is the
 * same day: the sheet is usually printed on Sunday morning, or during the week before.
 */
export function comingSunday(now: Date): CalendarDay {
  const daysAhead = (7 - now.getDay()) % 7;
  // Date.UTC does the month and year roll-over without any time-zone or daylight-saving shift.
  const sunday = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + daysAhead));
  return { year: sunday.getUTCFullYear(), month: sunday.getUTCMonth() + 1, day: sunday.getUTCDate() };
}

/** 'YYYY-MM-DD'. */
export function isoDay(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${pad2(day.month)}-${pad2(day.day)}`;
}

/** "Sunday 29 November 2026" in the user's locale ("Sunday, November 29, 2026" in en-US, …). */
export function formatLongDay(day: CalendarDay, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  };
  return dateFormat(locale, options).format(new Date(Date.UTC(day.year, day.month - 1, day.day)));
}

/** "Prayer requests — Sunday 29 November 2026", the date in the user's locale. */
export function defaultSheetTitle(locale: string | undefined, now: Date): string {
  return `Prayer requests — ${formatLongDay(comingSunday(now), locale)}`;
}

/** Letter in the US, Canada, Mexico, the Philippines and the other CLDR Letter regions; A4 elsewhere. */
export function defaultPaperSize(locale: string | undefined): PaperSize {
  const region = regionOf(locale);
  return region !== null && LETTER_REGIONS.includes(region) ? 'Letter' : 'A4';
}

/** "Prayer sheet 2026-11-29.pdf", dated with the coming Sunday. */
export function defaultPdfFileName(now: Date): string {
  return `Prayer sheet ${isoDay(comingSunday(now))}.pdf`;
}

/** The starting values for a new sheet (see createSheet in ./prayer-sheet). */
export interface LocaleSheetDefaults {
  title: string;
  paperSize: PaperSize;
}

/** Title and paper size for a new sheet, from the user's locale (navigator.language) and the date. */
export function sheetDefaults(locale: string | undefined, now: Date): LocaleSheetDefaults {
  return { title: defaultSheetTitle(locale, now), paperSize: defaultPaperSize(locale) };
}

/**
 * Why `name` cannot be offered as the PDF's file name, in plain words; null when it can. A plain file name
 * (never a path) that is valid on Windows, macOS and Linux alike and ends in ".pdf".
 */
export function pdfFileNameProblem(name: string): string | null {
  if (name.length === 0) return 'The file name is empty.';
  if (name.length > MAX_PDF_FILE_NAME_LENGTH) return 'The file name is too long.';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'The file name contains control characters.';
  if (/[<>:"/\\|?*]/.test(name)) return 'The file name contains a character Windows does not allow.';
  if (!/\.pdf$/i.test(name)) return 'The file name must end in ".pdf".';
  if (name.startsWith('.') || name.startsWith(' ')) return 'The file name must start with a letter or digit.';
  if (isWindowsDeviceName(name)) return 'That file name is reserved by Windows.';
  return null;
}

/**
 * A file name for the PDF made from a sheet's title ("Prayer requests — Sunday 29 November 2026.pdf"):
 * characters Windows refuses become spaces, and it is shortened to fit. Falls back to the dated default.
 */
export function pdfFileNameFromTitle(title: string, now: Date): string {
  const stem = title
    // eslint-disable-next-line no-control-regex -- control characters cannot be in file names
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_PDF_FILE_NAME_LENGTH - '.pdf'.length)
    // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const name = `${stem}.pdf`;
  return stem.length > 0 && pdfFileNameProblem(name) === null ? name : defaultPdfFileName(now);
}

function isWindowsDeviceName(name: string): boolean {
  const base = name.split('.')[0]?.trim().toUpperCase() ?? '';
  return /^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$/.test(base);
}

function regionOf(locale: string | undefined): string | null {
  if (!locale) return null;
  try {
    // 'en' alone maximizes to en-Latn-US, 'fil' to the Philippines: the region people there expect.
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    // A malformed locale tag (RangeError) must not stop a sheet from being made.
    return new Intl.DateTimeFormat(undefined, options);
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
