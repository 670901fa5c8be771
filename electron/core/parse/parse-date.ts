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

// ---------------------------------------------------------------------------------------------------------
// Months and days of a diary or calendar: "December 2024", "January/February 2020", "1 Thursday ~ Egypt",
// "Sun 1st – DR Congo", "KUWAIT 1", "Wednesday 1 January …", "December 1 - 7", "Week 2".

export interface MonthYear {
  year: number;
  month: number;
  start: number;
  end: number;
}

// A month named with a capital (so "we may 2020" is no date), maybe a second month after a slash or dash
// ("January/February 2020", "Nov–Dec 2019"), then a four-digit year with no day before or after it.
const MONTH_YEAR = new RegExp(
  `(?<![\\d\\p{L}])(?:\\d{1,2}${ORDINAL}${SEP})?(${MONTH.replace('(', '(?:')})\\.?(?: ?[/–—&-] ?${MONTH.replace('(', '(?:')}\\.?)?,? (\\d{4})(?![\\d:])`,
  'giu',
);

const FOUR_DIGITS = /\d{4}/;

/** The first month-and-year written in a text ("December 2024", "January/February 2020"), not a full date. */
export function findMonthYear(text: string): MonthYear | null {
  if (text.length > 300 || !DIGIT.test(text)) return null;
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text); m; m = MONTH_YEAR.exec(text)) {
    // A day before it makes it a full date ("27 April 2019"), which findDate reads.
    if (/^\d/.test(m[0])) continue;
    const name = m[1]!;
    if (!/^\p{Lu}/u.test(name)) continue;
    const year = Number(m[2]);
    const month = monthOf(name);
    if (isoDate(year, month, 1)) return { year, month, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** A line that is a month and year and nothing more than a label: "April 2024", "Prayer Diary | May 2020". */
export function isMonthLine(line: string): boolean {
  if (line.length > 60 || !FOUR_DIGITS.test(line)) return false;
  const found = findMonthYear(line);
  if (!found) return false;
  const rest = (line.slice(0, found.start) + ' ' + line.slice(found.end)).toLowerCase();
  return (rest.match(/[a-z]+/g) ?? []).every((w) => DATE_LINE_WORDS.has(w) || MONTH_LINE_WORDS.has(w));
}

const MONTH_LINE_WORDS = new Set(
  'diary calendar guide journal focus points month monthly letter news'.split(' '),
);

/** A day of a diary or calendar, as its line gives it; what follows the day on the line is `rest`. */
export interface DayMarker {
  /** Day of the month; for a week ("Week 2", "December 8 - 14") its first day. */
  day: number;
  /** 1–12 when the line names the month, else null (the bulletin's month). */
  month: number | null;
  year: number | null;
  /** The rest of the line: a label ("Egypt") or the day's request; '' when the line is only the day. */
  rest: string;
}

const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)\\.?';
// The separators a calendar puts between a day and its label: ~ – — - | : , and spaces.
const LABEL_SEP = '(?:\\s*[~–—:|,-]\\s*|\\s+)';
const MONTH_G = MONTH.replace('(', '(?:');
const DAY_PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Omit<DayMarker, 'rest'> | null }> = [
  // "Wednesday 1 January 2020 …", "Wed 1st January …", "1 January 2020", "Sunday, 3 March 2024"
  {
    re: new RegExp(
      `^(?:${WEEKDAY},?\\s+)?(\\d{1,2})${ORDINAL}(?: of)?\\s+(${MONTH_G})\\.?(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])${LABEL_SEP}?`,
      'iu',
    ),
    read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]), year: m[3] ? Number(m[3]) : null }),
  },
  // "Wednesday, January 1, 2020 …", "January 1 …", "December 1 - 7", "Oct. 1–7"
  {
    re: new RegExp(
      `^(?:${WEEKDAY},?\\s+)?(${MONTH_G})\\.?\\s+(\\d{1,2})${ORDINAL}(?:\\s*[-–—]\\s*(?:${MONTH_G}\\.?\\s+)?\\d{1,2}${ORDINAL})?(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}:])${LABEL_SEP}?`,
      'iu',
    ),
    read: (m) => ({ day: Number(m[2]), month: monthOf(m[1]), year: m[3] ? Number(m[3]) : null }),
  },
  // "1 Thursday ~ Egypt", "1 Thu Egypt"
  {
    re: new RegExp(`^(\\d{1,2})${ORDINAL}\\s+${WEEKDAY}(?![\\p{L}])${LABEL_SEP}?`, 'iu'),
    read: (m) => ({ day: Number(m[1]), month: null, year: null }),
  },
  // "Sun 1st – DR Congo", "Saturday 2 | AUSTRALIA …" (the pipe is a space by now)
  {
    re: new RegExp(`^${WEEKDAY},?\\s+(\\d{1,2})${ORDINAL}(?![\\d\\p{L}:.])${LABEL_SEP}?`, 'iu'),
    read: (m) => ({ day: Number(m[1]), month: null, year: null }),
  },
  // "1 GLOBAL As the year …", "3 SOUTHERN AFRICA Wayne writes …": a monthly journal's day, then its label
  {
    re: /^(\d{1,2})\s+(?=\p{Lu}[\p{Lu}'’.&-]+(?:\s|$))/u,
    read: (m) => ({ day: Number(m[1]), month: null, year: null }),
  },
  // "Week 2", "Week 2:" (a month's second week starts on its 8th)
  {
    re: /^week\s+([1-5])(?![\d\p{L}])\s*[:–—-]?\s*/iu,
    read: (m) => ({ day: 1 + 7 * (Number(m[1]) - 1), month: null, year: null }),
  },
];
// "KUWAIT 1", "NORTH KOREA 14": a label in capitals, then the day, alone on the line ("Psalm 23" is a verse).
const LABEL_THEN_DAY = /^(\p{Lu}[\p{Lu}'’.&-]+(?: [\p{Lu}'’.&-]+){0,3}) (\d{1,2})$/u;
const NOT_A_DAY_LABEL = /^(?:WEEK|DAY|PART|CHAPTER|VERSE|PSALMS?|STEP|NO\.?|NUMBER|ISSUE|VOL\.?)$/;
const STARTS_LIKE_DAY = new RegExp(`^(?:\\d|${WEEKDAY}|${MONTH_G}|week\\b)`, 'iu');

/**
 * The day a diary or calendar line opens with, or null when the line does not begin with one. Prose that
 * merely starts with a number ("3 men were freed") is not a day: a day number needs a weekday or month
 * beside it, or stands alone after a label ("KUWAIT 1").
 */
export function readDayMarker(line: string): DayMarker | null {
  if (line.length > 2000 || !DIGIT.test(line.slice(0, 40))) return null;
  const labelled = line.length <= 40 ? LABEL_THEN_DAY.exec(line) : null;
  if (labelled && !NOT_A_DAY_LABEL.test(labelled[1]!)) {
    const day = Number(labelled[2]);
    return day >= 1 && day <= 31 ? { day, month: null, year: null, rest: labelled[1]! } : null;
  }
  if (!STARTS_LIKE_DAY.test(line)) return null;
  for (const { re, read } of DAY_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const marker = read(m);
    if (!marker || marker.day < 1 || marker.day > 31) return null;
    if (marker.year !== null && (marker.year < 1990 || marker.year > 2100)) return null;
    const rest = line.slice(m[0].length).trim();
    // "March 12 marks the anniversary …" is a sentence, not a diary day.
    if (rest !== '' && !/^[\p{Lu}"“‘'(\d]/u.test(rest)) return null;
    return { ...marker, rest };
  }
  return null;
}
