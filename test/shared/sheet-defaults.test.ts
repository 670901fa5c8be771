import { describe, expect, it } from 'vitest';
import {
  comingSunday,
  defaultPaperSize,
  defaultPdfFileName,
  defaultSheetTitle,
  formatLongDay,
  isoDay,
  MAX_PDF_FILE_NAME_LENGTH,
  pdfFileNameFromTitle,
  pdfFileNameProblem,
  sheetDefaults,
} from '../../shared/sheet-defaults';

// Local times: the sheet's Sunday is the one on the user's own calendar.
const tuesday = new Date(2026, 10, 24, 9, 15); // Tuesday 24 November 2026
const lateSunday = new Date(2026, 10, 29, 23, 59); // Sunday 29 November 2026, just before midnight
const newYearsEve = new Date(2026, 11, 31, 12, 0); // Thursday 31 December 2026

describe('comingSunday', () => {
  it('is the next Sunday during the week, across month and year ends', () => {
    expect(comingSunday(tuesday)).toEqual({ year: 2026, month: 11, day: 29 });
    expect(comingSunday(newYearsEve)).toEqual({ year: 2027, month: 1, day: 3 });
    expect(comingSunday(new Date(2028, 1, 26))).toEqual({ year: 2028, month: 2, day: 27 });
    expect(comingSunday(new Date(2028, 1, 28))).toEqual({ year: 2028, month: 3, day: 5 });
  });

  it('is the same day on a Sunday, late in the evening too', () => {
    expect(comingSunday(lateSunday)).toEqual({ year: 2026, month: 11, day: 29 });
    expect(comingSunday(new Date(2026, 10, 29, 0, 0))).toEqual({ year: 2026, month: 11, day: 29 });
  });

  it('is always a Sunday within the next seven days', () => {
    for (let offset = 0; offset < 400; offset += 1) {
      const now = new Date(2026, 0, 1 + offset, 13);
      const sunday = comingSunday(now);
      const date = new Date(sunday.year, sunday.month - 1, sunday.day, 13);
      expect(date.getDay()).toBe(0);
      const days = Math.round((date.getTime() - now.getTime()) / 86_400_000);
      expect(days).toBeGreaterThanOrEqual(0);
      expect(days).toBeLessThan(7);
    }
  });
});

describe('defaultSheetTitle', () => {
  it('names the coming Sunday in the user’s locale', () => {
    const british = defaultSheetTitle('en-GB', tuesday);
    expect(british.startsWith('Prayer requests — ')).toBe(true);
    expect(british).toMatch(/Sunday,? 29 November 2026$/);
    expect(defaultSheetTitle('en-US', tuesday)).toBe('Prayer requests — Sunday, November 29, 2026');
    expect(defaultSheetTitle('de-DE', tuesday)).toContain('Sonntag');
    expect(defaultSheetTitle('fr-CA', tuesday)).toContain('dimanche 29 novembre 2026');
  });

  it('does not fail on a malformed or missing locale', () => {
    expect(defaultSheetTitle('not a locale!!', tuesday)).toMatch(/^Prayer requests — .*2026/);
    expect(defaultSheetTitle(undefined, tuesday)).toMatch(/^Prayer requests — .*2026/);
  });

  it('formats a day without shifting it by the time zone', () => {
    expect(formatLongDay({ year: 2027, month: 1, day: 3 }, 'en-US')).toBe('Sunday, January 3, 2027');
  });
});

describe('defaultPaperSize', () => {
  it.each(['en-US', 'en-CA', 'fr-CA', 'es-MX', 'en-PH', 'fil', 'es-CO', 'es-CL', 'es-PR', 'en'])(
    '%s uses Letter',
    (locale) => {
      expect(defaultPaperSize(locale)).toBe('Letter');
    },
  );

  it.each([
    'en-GB',
    'de-DE',
    'fr-FR',
    'en-AU',
    'en-IN',
    'es',
    'es-419',
    'sw-KE',
    'en-NZ',
    '',
    'not a locale!!',
  ])('%j uses A4', (locale) => {
    expect(defaultPaperSize(locale)).toBe('A4');
  });

  it('uses A4 without a locale', () => {
    expect(defaultPaperSize(undefined)).toBe('A4');
  });
});

describe('file names', () => {
  it('dates the default PDF name with the coming Sunday', () => {
    expect(defaultPdfFileName(tuesday)).toBe('Prayer sheet 2026-11-29.pdf');
    expect(defaultPdfFileName(newYearsEve)).toBe('Prayer sheet 2027-01-03.pdf');
    expect(isoDay({ year: 2027, month: 1, day: 3 })).toBe('2027-01-03');
    expect(pdfFileNameProblem(defaultPdfFileName(tuesday))).toBeNull();
  });

  it.each([
    'Prayer sheet 2026-11-29.pdf',
    'Prayer requests — Sunday 29 November 2026.PDF',
    'Gebetsanliegen für Sonntag.pdf',
    'console.pdf',
  ])('accepts %j', (name) => {
    expect(pdfFileNameProblem(name)).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['sheet', /\.pdf/],
    ['sheet.txt', /\.pdf/],
    ['../sheet.pdf', /character/],
    ['folder/sheet.pdf', /character/],
    ['C:\\Users\\sheet.pdf', /character/],
    ['a:b.pdf', /character/],
    ['what?.pdf', /character/],
    ['tab\there.pdf', /control/],
    ['nul\u0000.pdf', /control/],
    ['.hidden.pdf', /start/],
    ['CON.pdf', /reserved/],
    ['lpt1.pdf', /reserved/],
    [`${'x'.repeat(MAX_PDF_FILE_NAME_LENGTH)}.pdf`, /too long/],
  ])('refuses %j', (name, reason) => {
    expect(pdfFileNameProblem(name)).toMatch(reason);
  });

  it('makes a safe PDF name from a title, or falls back to the dated one', () => {
    expect(pdfFileNameFromTitle('Prayer requests — Sunday, 29 November 2026', tuesday)).toBe(
      'Prayer requests — Sunday, 29 November 2026.pdf',
    );
    expect(pdfFileNameFromTitle('Youth night: 3/12 "special"?', tuesday)).toBe(
      'Youth night 3 12 special.pdf',
    );
    expect(pdfFileNameFromTitle('  ...  ', tuesday)).toBe('Prayer sheet 2026-11-29.pdf');
    expect(pdfFileNameFromTitle('CON', tuesday)).toBe('Prayer sheet 2026-11-29.pdf');
    const long = pdfFileNameFromTitle('Intercession '.repeat(40), tuesday);
    expect(long.length).toBeLessThanOrEqual(MAX_PDF_FILE_NAME_LENGTH);
    expect(pdfFileNameProblem(long)).toBeNull();
  });
});

describe('sheetDefaults', () => {
  it('gives the title and paper size for a new sheet', () => {
    expect(sheetDefaults('en-US', tuesday)).toEqual({
      title: 'Prayer requests — Sunday, November 29, 2026',
      paperSize: 'Letter',
    });
    expect(sheetDefaults('en-GB', tuesday).paperSize).toBe('A4');
  });
});
