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

/** Where a bulletin's date came from, most to least trustworthy. */
export type DateSource = 'text' | 'filename' | 'file-time';

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
}

export interface Bulletin {
  /** Path relative to the library folder, '/' separators. */
  file: string;
  title: string | null;
  /** 'YYYY-MM-DD'. */
  date: string | null;
  dateSource: DateSource;
  scripture: Scripture | null;
  items: Item[];
  /** What was guessed or skipped, in plain words. */
  warnings: string[];
  /**
   * How the file's characters were stored ('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252', …; 'pdf' for
   * PDF text). Set by the folder scan; absent for text parsed on its own.
   */
  encoding?: string;
}

/** A file that could not be read, and why, in plain words. */
export interface Problem {
  file: string;
  error: string;
}

export interface ParseOutput {
  bulletins: Bulletin[];
  problems: Problem[];
}
