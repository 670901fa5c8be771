// Dates as bulletins and their file names write them. Every match is checked against the real calendar, so
// "February 30, 2019" is reported rather than silently turned into March 2.

export interface FoundDate {
  /** 'YYYY-MM-DD'. */
  iso: string;
  /** Where the date was written, as [start, end) in the searched text. */
  start: number;
  end: number;
}

export interface DateSearch {
  /** The first real calendar date in the text, if any. */
  found: FoundDate | null;
  /** Dates that were written like dates but do not exist ('February 30, 2019'), as written. */
  impossible: string[];
}

const MONTH_NUMBER: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
// Between the parts: "April 27, 2019", "Apr. 27 2019", "27-Apr-2019", "April_27_2019" (file names).
const SEP = '[ ,._-]{1,3}';
const ORDINAL = '(?:st|nd|rd|th)?';

/** The patterns, each with a function from its match to [year, month, day]. */
const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }> = [
  // April 27, 2019 · Apr. 27th 2019 · Sept 8, 2019
  {
    re: new RegExp(`\\b${MONTH}${SEP}(\\d{1,2})${ORDINAL}${SEP}(\\d{4})(?!\\d)`, 'gi'),
    parts: (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])],
  },
  // 27 April 2019 · 27th of April, 2019 · Sat, 27 Apr 2019 10:00:00 (e-mail headers)
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}(?: of)?${SEP}${MONTH}${SEP}(\\d{4})(?!\\d)`, 'gi'),
    parts: (m) => [Number(m[3]), monthOf(m[2]), Number(m[1])],
  },
  // 2019-04-27 · 2019/04/27 · 2019.04.27 · 2019_04_27
  {
    re: /(?<![\d.])(\d{4})[-/._](\d{1,2})[-/._](\d{1,2})(?!\d)/g,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // 4/27/2019 · 4-27-2019 (US order; a first number over 12 can only be a day: 27/4/2019)
  {
    re: /(?<![\d/.])(\d{1,2})([-/._])(\d{1,2})\2(\d{4})(?!\d)/g,
    parts: (m) => usOrder(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  // 4/27/19 (two-digit years, slashes only: bulletins are from this century)
  {
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/g,
    parts: (m) => usOrder(Number(m[1]), Number(m[2]), 2000 + Number(m[3])),
  },
];

const DIGIT = /\d/;

// 20190427, only looked for in file names: in a text, eight digits are more often a number than a date.
const COMPACT = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;

// "April 27" with no year: only used to recognise a date line, never as a full date.
const MONTH_DAY = new RegExp(
  `\\b${MONTH}${SEP}(\\d{1,2})${ORDINAL}(?![\\d])|(?<!\\d)(\\d{1,2})${ORDINAL}(?: of)?${SEP}${MONTH}\\b`,
  'i',
);

function monthOf(name: string | undefined): number {
  return MONTH_NUMBER[(name ?? '').slice(0, 3).toLowerCase()] ?? 0;
}

function usOrder(first: number, second: number, year: number): [number, number, number] {
  return first > 12 ? [year, second, first] : [year, first, second];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 'YYYY-MM-DD' for a real calendar date between 1990 and 2100, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function search(
  text: string,
  patterns: RegExp[],
  partsOf: Array<(m: RegExpExecArray) => [number, number, number]>,
) {
  const result: DateSearch = { found: null, impossible: [] };
  patterns.forEach((re, i) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = partsOf[i]!(m);
      const iso = isoDate(y, mo, d);
      if (iso) {
        if (!result.found || m.index < result.found.start) {
          result.found = { iso, start: m.index, end: m.index + m[0].length };
        }
        break;
      }
      // Only a plausible year makes an impossible day worth telling about ("Feb 30, 2019", not "3/45/1234").
      if (y >= 1990 && y <= 2100) result.impossible.push(m[0]);
    }
  });
  return result;
}

/** The first real date written in a text (month names, ISO or US numeric forms), and impossible ones seen. */
export function findDate(text: string): DateSearch {
  // Every form has digits; most lines asked about (is it a date line?) have none.
  if (!DIGIT.test(text)) return { found: null, impossible: [] };
  return search(
    text,
    PATTERNS.map((p) => p.re),
    PATTERNS.map((p) => p.parts),
  );
}

/** A date written in a file name: '2019-04-27', '20190427', '2019_04_27', '2019.04.27', 'April 27 2019'. */
export function dateFromFileName(file: string): string | null {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  for (const candidate of [base, file]) {
    const inText = findDate(candidate).found;
    if (inText) return inText.iso;
    const compact = search(candidate, [COMPACT], [(m) => [Number(m[1]), Number(m[2]), Number(m[3])]]).found;
    if (compact) return compact.iso;
  }
  return null;
}

/**
 * The calendar date of a moment, read in UTC: the same file gives the same date on every computer, whatever
 * its time zone (a file saved late on Saturday evening in America may read as Sunday).
 */
export function dateFromTime(ms: number): string | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// Words that may stand next to a date on a line of its own: weekdays and labels.
const DATE_LINE_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'week weekly of the for on date dated sent updated published posted prayer prayers request requests ijm ' +
    'update updates edition bulletin at am pm a m p'
  ).split(' '),
);

/**
 * A line that is a date and nothing more than a weekday or a label: "April 27, 2019", "Saturday, 27 April
 * 2019", "Week of 4/27/2019". With allowNoYear, "April 27" counts too (it is still not a request).
 */
export function isDateLine(line: string, allowNoYear = false): boolean {
  // A date, with a year or without, has digits.
  if (line.length > 80 || !DIGIT.test(line)) return false;
  let rest: string | null = null;
  const full = findDate(line).found;
  if (full) rest = line.slice(0, full.start) + ' ' + line.slice(full.end);
  else if (allowNoYear) {
    const m = MONTH_DAY.exec(line);
    if (m) rest = line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length);
  }
  if (rest === null) return false;
  if (/[.!?]\s*\S/.test(rest.replace(/\b[ap]\.m\./gi, ''))) return false;
  const words = rest.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.every((w) => DATE_LINE_WORDS.has(w));
}

export interface MonthDay {
  month: number;
  day: number;
}

/** "April 27" or "27 April" without a year, as month and day numbers. */
export function findMonthDay(line: string): MonthDay | null {
  const m = MONTH_DAY.exec(line);
  if (!m) return null;
  const month = monthOf(m[1] ?? m[4]);
  const day = Number(m[2] ?? m[3]);
  return month >= 1 && day >= 1 && day <= 31 ? { month, day } : null;
}
