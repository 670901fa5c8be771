// Following a story across weeks (issue 8): threads of requests about the same story, whether a prayer was
// answered, the verses the bulletins used, each country's requests over time, and the praise digest.
// Plain data only: these cross the IPC bridge unchanged and are shared by main, preload and renderer.
import type { Kind, Region } from './model';
import type { SheetDraft } from './prayer-sheet';

/**
 * A prayer request's answer: 'answered' when a later praise of its thread reports the outcome it asked for
 * (a conviction for a prayer for a trial, a rescue for a prayer to find a girl), else 'waiting'.
 * Praise and info items have no answer status (null).
 */
export type AnswerStatus = 'answered' | 'waiting';

/** One request of a thread, with enough to show it on the thread's small timeline. */
export interface ThreadMember {
  /** The item id search hits and sheet entries carry: `${file}#${itemIndex}`. */
  id: string;
  file: string;
  itemIndex: number;
  /** The bulletin's date, 'YYYY-MM-DD', or null when it has none. */
  date: string | null;
  /** The bulletin's title. */
  title: string | null;
  region: Region;
  kind: Kind;
  text: string;
  countries: string[];
  pseudonyms: string[];
  /** 'found': linked by Prayer Desk; 'linked': the user linked it by hand. */
  link: 'found' | 'linked';
  /** Why it belongs, in plain words: 'Same name: Brianna*', 'Same country and subject: Uganda, land'. */
  reasons: string[];
  /**
   * Other files holding the same bulletin (a church's web copy and the e-mail of one week): one bulletin
   * saved twice, counted once. Absent when there are none.
   */
  alsoSavedAs?: string[];
}

export interface Thread {
  /** The id of the request this thread was asked for. */
  itemId: string;
  /** Oldest first (undated requests last). A request in no thread gives a thread of one. */
  members: ThreadMember[];
  /** Of the request asked for: null unless it is a prayer. */
  status: AnswerStatus | null;
  /** The first later praise in the thread, when the request asked for is a prayer that was answered. */
  answeredBy: string | null;
  /** True when the user confirmed this thread as it is. */
  confirmed: boolean;
  /**
   * Requests that may be part of this story but are not asserted (weaker evidence: similar wording, the
   * same country and subject), strongest first, each with its reasons; the user confirms (links) or
   * dismisses each. Requests the user dismissed or separated are not offered again.
   */
  possible: ThreadMember[];
  /** Other files holding the bulletin of the request asked for (see ThreadMember.alsoSavedAs). */
  alsoSavedAs: string[];
}

/** What a search hit or a timeline line shows about its thread. */
export interface StoryMark {
  /** Requests in the thread, this one included (1: none found). */
  threadSize: number;
  status: AnswerStatus | null;
  /** Requests possibly related to it, outside its thread (absent: none, or not known). */
  possible?: number;
}

/** Per bulletin: how many of its prayers were answered later and how many are still waiting. */
export interface AnswerCounts {
  answered: number;
  waiting: number;
}

// ---------------------------------------------------------------------------------------------------------
// Scripture index

/** One week that used a verse. */
export interface VerseUse {
  file: string;
  date: string | null;
  title: string | null;
  /** The verse's words as the bulletin printed them. */
  text: string;
  /** The reference as the bulletin wrote it ('Ps. 89:1-2'). */
  written: string;
}

export interface ScriptureEntry {
  /** Canonical: 'Micah 6:8', 'Psalm 89:1–2', '1 Corinthians 13'. Unique in the index. */
  reference: string;
  /** Canonical book name: 'Micah', 'Psalms', '1 Corinthians'. */
  book: string;
  /** 1 (Genesis) … 66 (Revelation): the index is sorted by this, then chapter, then verse. */
  bookOrder: number;
  chapter: number;
  /** null for a whole chapter ('Psalm 89'). */
  verseStart: number | null;
  /** Last verse of a range (in `chapterEnd` when set); equals verseStart for one verse; null for a whole chapter. */
  verseEnd: number | null;
  /** The last chapter of a passage over several chapters ('John 3:16–4:2': 4; 'Psalms 89–90': 90). */
  chapterEnd?: number;
  /** Newest first. */
  uses: VerseUse[];
}

export interface ScriptureIndex {
  entries: ScriptureEntry[];
  /** Verses whose reference could not be read as a Bible reference (kept so nothing is lost). */
  unrecognised: VerseUse[];
}

// ---------------------------------------------------------------------------------------------------------
// Country view

export interface CountrySummary {
  country: string;
  region: Region;
  /** Requests naming the country. */
  count: number;
  /** Newest bulletin date naming it. */
  latest: string | null;
}

/** Requests naming the country in one period ('2024' for a year, '2024-03' for a month). */
export interface CountryPeriod {
  period: string;
  praise: number;
  prayer: number;
  info: number;
}

export interface CountryRequest {
  id: string;
  file: string;
  itemIndex: number;
  date: string | null;
  title: string | null;
  region: Region;
  kind: Kind;
  text: string;
  status: AnswerStatus | null;
}

export interface CountryView {
  country: string;
  region: Region;
  total: number;
  praise: number;
  prayer: number;
  info: number;
  answered: number;
  waiting: number;
  /** Every year from the first to the last request, empty years included, oldest first. */
  byYear: CountryPeriod[];
  /** Every month from the first to the last request, empty months included, oldest first. */
  byMonth: CountryPeriod[];
  /** Newest first; undated last. */
  requests: CountryRequest[];
}

// ---------------------------------------------------------------------------------------------------------
// Praise digest

export interface PraiseDigestOptions {
  /** Inclusive 'YYYY-MM-DD' bounds. */
  from: string;
  to: string;
  /** Default: a title naming the range ('Answers to prayer this quarter', 'Answers to prayer, 2024'). */
  title?: string;
}

export interface PraiseDigest {
  /** A sheet grouped by region, ready for the prayer-sheet editor, preview and print. */
  draft: SheetDraft;
  /** Praise reports in the range. */
  total: number;
  /** Left out because a sheet holds at most MAX_SHEET_ENTRIES requests (the newest are kept). */
  omitted: number;
}
