// The bulletin model: what one saved prayer bulletin becomes once parsed.
// Shared by the main process (which builds it) and the renderer (which shows it), so it is plain data only.

/**
 * The world regions every mission's letters are filed under. The label is the id (stored in caches, sheets
 * and view state); IJM's headings map onto them ("Asia Pacific" and "Southeast Asia" are 'Southeast Asia &
 * Pacific', "Latin America" is 'Latin America & Caribbean', "IJM HQ & Global Partners" is 'Global').
 * Ids of older versions are read through migrateRegion.
 */
export const REGIONS = [
  'Africa',
  'Middle East & North Africa',
  'Europe',
  'Central Asia',
  'South Asia',
  'East Asia',
  'Southeast Asia & Pacific',
  'Latin America & Caribbean',
  'North America',
  'Global',
  'Other',
] as const;
export type Region = (typeof REGIONS)[number];

/** Region ids of older versions and the regions they became (an old 'Southeast Asia' held East Asia too). */
const OLD_REGIONS: Readonly<Record<string, readonly Region[]>> = {
  'Latin America': ['Latin America & Caribbean'],
  'Southeast Asia': ['Southeast Asia & Pacific', 'East Asia'],
};

/**
 * The regions a stored region id stands for today: itself when current, its successors when it is an id of
 * an older version ('Latin America' → 'Latin America & Caribbean'), none when unknown.
 */
export function migrateRegion(id: string): Region[] {
  if ((REGIONS as readonly string[]).includes(id)) return [id as Region];
  return [...(OLD_REGIONS[id] ?? [])];
}

// Short and everyday names people type for a region (the CLI's --region): 'mena', 'asia-pacific'.
const REGION_NICKNAMES: Readonly<Record<string, Region>> = {
  mena: 'Middle East & North Africa',
  middleeast: 'Middle East & North Africa',
  northafrica: 'Middle East & North Africa',
  asiapacific: 'Southeast Asia & Pacific',
  apac: 'Southeast Asia & Pacific',
  pacific: 'Southeast Asia & Pacific',
  southeastasia: 'Southeast Asia & Pacific',
  latinamerica: 'Latin America & Caribbean',
  latam: 'Latin America & Caribbean',
  caribbean: 'Latin America & Caribbean',
  world: 'Global',
  worldwide: 'Global',
};

/**
 * The region a typed name stands for, case, spaces, hyphens and '&'/'and' aside: 'east-asia', 'Latin
 * America & Caribbean', 'latin-america-and-caribbean', 'mena', 'southeast asia'; null when none.
 */
export function regionFromName(name: string): Region | null {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/[^a-z]+/g, '');
  const wanted = key(name);
  if (wanted === '') return null;
  return REGIONS.find((r) => key(r) === wanted) ?? REGION_NICKNAMES[wanted] ?? null;
}

/** A stored list of region ids (a saved filter) in today's ids, each once, in REGIONS order. */
export function migrateRegions(ids: readonly string[]): Region[] {
  const wanted = new Set(ids.flatMap(migrateRegion));
  return REGIONS.filter((r) => wanted.has(r));
}

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

/** The organisation of a bulletin that names no sender. */
export const UNKNOWN_ORGANISATION = 'Unknown';

/** The mission that sent a bulletin; 'Unknown' when it names none (or was cached before senders were read). */
export function organisationOf(bulletin: Pick<Bulletin, 'organisation'>): string {
  return bulletin.organisation || UNKNOWN_ORGANISATION;
}
