// The paper in numbers: sheet sizes, the printable box inside the page margin, the column gap and the
// type sizes a sheet may use. The preview, the measuring and the print stylesheet all work from these, so
// what the preview shows is what the printer gets.
import { SHEET_PAGE_MARGIN_MM } from '../../../shared/prayer-sheet';
import type { PaperSize, PrintSize, SheetColumns } from '../../../shared/prayer-sheet';

export interface SizeMm {
  width: number;
  height: number;
}

export const PAPER_MM: Record<PaperSize, SizeMm> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** CSS pixels per millimetre (CSS fixes 96 px to the inch on screen and on paper alike). */
export const PX_PER_MM = 96 / 25.4;

/** Between the two columns of a two-column sheet. */
export const COLUMN_GAP_MM = 8;

/**
 * Kept free at the foot of every page: screen and print lay text out the same way, but rounding of line
 * boxes may differ by a fraction of a pixel per line, and a page that is a hair too full prints as two.
 */
export const PAGE_SLACK_MM = 2;

/**
 * Body type sizes, largest first. A sheet is set at the first size; when it does not fit on one page it is
 * shrunk step by step, never below the last size (a readable minimum for reading aloud: 10.5 pt, and 14 pt
 * for large print). A sheet too long for one page even then prints at the first size over several pages.
 */
export const FONT_STEPS_PT: Record<PrintSize, readonly number[]> = {
  normal: [12, 11.5, 11, 10.5],
  large: [16, 15.5, 15, 14.5, 14],
};

export function minimumFontPt(printSize: PrintSize): number {
  const steps = FONT_STEPS_PT[printSize];
  return steps[steps.length - 1]!;
}

/** The sheet of paper as it is printed: upright, or turned sideways (a month calendar). */
export function paperMm(paper: PaperSize, landscape = false): SizeMm {
  const { width, height } = PAPER_MM[paper];
  return landscape ? { width: height, height: width } : { width, height };
}

/** The printable box: the paper less SHEET_PAGE_MARGIN_MM on every side. */
export function contentBoxMm(paper: PaperSize, landscape = false): SizeMm {
  const { width, height } = paperMm(paper, landscape);
  return { width: width - 2 * SHEET_PAGE_MARGIN_MM, height: height - 2 * SHEET_PAGE_MARGIN_MM };
}

/** The width one column of requests gets. */
export function columnWidthMm(paper: PaperSize, columns: SheetColumns): number {
  const { width } = contentBoxMm(paper);
  return columns === 1 ? width : (width - COLUMN_GAP_MM) / 2;
}

/** The height the content of one page may fill, in CSS pixels (slack taken off). */
export function pageHeightPx(paper: PaperSize): number {
  return pageHeightMm(paper) * PX_PER_MM;
}

/** The height the content of one page may fill, in millimetres (slack taken off). */
export function pageHeightMm(paper: PaperSize, landscape = false): number {
  return contentBoxMm(paper, landscape).height - PAGE_SLACK_MM;
}

/**
 * Type sizes for a calendar page, largest first: a week's day boxes are roomy, a month's are small. The
 * month's smallest sizes are small indeed; before going below them each request is cut to its first
 * sentence (see calendar-content.ts).
 */
export const CALENDAR_FONT_STEPS_PT: Record<'week' | 'month', Record<PrintSize, readonly number[]>> = {
  week: { normal: [11, 10.5, 10, 9.5, 9, 8.5, 8], large: [14, 13.5, 13, 12.5, 12, 11.5, 11] },
  month: { normal: [8.5, 8, 7.5, 7, 6.5], large: [10, 9.5, 9, 8.5, 8] },
};
