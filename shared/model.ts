// The bulletin model: what one saved prayer bulletin becomes once parsed.
// Shared by the main process (which builds it) and the renderer (which shows it), so it is plain data only.

export const REGIONS = [
  'Africa',
  'Europe',
  'Latin America',
  'South Asia',
  'Southeast Asia',
  'Global',
  'Other',
] as const;
export type Region = (typeof REGIONS)[number];

export const KINDS = ['praise', 'prayer', 'info'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Where a bulletin's date came from, most to least trustworthy. 'user': set by the user in the app (kept in
 * app data); 'none': the bulletin names no date anywhere, so it is undated (never guessed as "today").
 */
export type DateSource = 'user' | 'text' | 'filename' | 'message' | 'file-time' | 'none';

/** How much of `date` the bulletin actually states: a whole day, or only a month ("December 2024"). */
export type DatePrecision = 'day' | 'month';

export interface Scripture {
  text: string;
  /** Like 'Romans 3:25-26'. */
  reference: string;
}

export interface Item {
  region: Region;
  /** The heading as written, null before the first heading. */
  heading: string | null;
  kind: Kind;
  /** Whole paragraph: bullets and leftovers removed, line breaks inside a paragraph joined. */
  text: string;
  /** English short names: 'Kenya', 'Philippines', 'Dominican Republic', 'United States'. */
  countries: string[];
  /** Names marked with '*', without the star. */
  pseudonyms: string[];
  /** 'YYYY-MM-DD' when the item carries a date of its own (a diary's or calendar's day); else absent. */
  date?: string;
  /**
   * True for standing text that repeats nearly unchanged across many bulletins of one sender (an office
   * footer, a church's standing introduction): kept readable, but never a request on sheets, in counts,
   * stories or search facets.
   */
  boilerplate?: boolean;
}

export interface Bulletin {
  /** Path relative to the library folder, '/' separators. */
  file: string;
  title: string | null;
  /** 'YYYY-MM-DD'. */
  date: string | null;
  dateSource: DateSource;
  /** Absent means 'day'. A month-precision bulletin has `date` set to the 1st of its month. */
  datePrecision?: DatePrecision;
  /** The mission that sent it ('IJM', 'Open Doors', 'Voice of the Martyrs', …), or 'Unknown'; absent in old caches. */
  organisation?: string;
  scripture: Scripture | null;
  items: Item[];
  /** What was guessed or skipped, in plain words. */
  warnings: string[];
  /**
   * How the file's characters were stored ('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252', …; 'pdf' for
   * PDF text). Set by the folder scan; absent for text parsed on its own.
   */
  encoding?: string;
  /** Set when the bulletin was read from a message in a mailbox file (mbox, Outlook .pst): where it came from. */
  origin?: MessageOrigin;
}

/** The message in a mailbox file that a bulletin was read from. */
export interface MessageOrigin {
  /** The mailbox file, relative to the library folder, '/' separators ("Show in folder" shows it). */
  mailbox: string;
  /** The message's number in the mailbox, from 1. */
  message: number;
  /** The Subject, decoded; '' when it has none. */
  subject: string;
  /** The Date header as written ('' when missing): the sender's own day and time. */
  sent: string;
  /** The From header, decoded. */
  from: string;
}

/** A file that could not be read, and why, in plain words. */
export interface Problem {
  file: string;
  error: string;
  /**
   * Set when reading the file was stopped (it took too long, needed too much memory, or its reader
   * crashed): the file is remembered and skipped at the next start until it changes or the user asks to
   * try again.
   */
  stopped?: 'time' | 'memory' | 'crash';
}

export interface ParseOutput {
  bulletins: Bulletin[];
  problems: Problem[];
}
