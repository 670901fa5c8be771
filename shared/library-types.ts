// What the library service (main process) tells the renderer about the open bulletin folder.
// Plain data only: these cross the IPC bridge unchanged and are shared by main, preload and renderer.
import type { DateSource, Kind, Problem, Region } from './model';
import type { SortOrder } from './search-types';
import type { AnswerCounts } from './story-types';

/** Loading progress: files read so far, files in all, and the file being read now. */
export interface LibraryProgress {
  done: number;
  total: number;
  /** Path relative to the library folder, '/' separators; '' between files. */
  current: string;
  /** While a mailbox file is being read (it can take minutes): how far, and what was found so far. */
  mailbox?: MailboxProgress;
}

/** Reading one mailbox file (mbox, Outlook .pst): its bytes read so far, messages seen, bulletins found. */
export interface MailboxProgress {
  /** The mailbox, relative to the library folder. */
  file: string;
  bytesDone: number;
  bytesTotal: number;
  messages: number;
  bulletins: number;
}

/** What one mailbox file held: "412 prayer bulletins found in 18,904 messages". */
export interface MailboxSummary {
  /** The mailbox, relative to the library folder. */
  file: string;
  messages: number;
  /** Bulletins found in it (copies of bulletins found elsewhere included). */
  bulletins: number;
}

export interface LibraryState {
  /** Absolute path of the open folder (the bundled samples on first start). */
  folder: string;
  /** True while the bundled sample library is shown because no folder was chosen yet. */
  isSample: boolean;
  status: 'loading' | 'ready';
  /** Non-null while loading. */
  progress: LibraryProgress | null;
  bulletinCount: number;
  /** Files that could not be read, in plain words. */
  problems: Problem[];
  /** Most recent first; absolute paths. */
  recentFolders: string[];
  /** A one-off message for the user (e.g. "Your settings file was damaged; defaults are used."), else null. */
  notice: string | null;
  /** The mailbox files of the folder and what each held; absent when it has none. */
  mailboxes?: MailboxSummary[];
}

/** One line of the bulletin list: enough to draw a timeline without sending every item's text. */
export interface BulletinSummary {
  /** Path relative to the library folder, '/' separators. */
  file: string;
  title: string | null;
  /** 'YYYY-MM-DD'. */
  date: string | null;
  dateSource: DateSource;
  /** Like 'Romans 3:25-26', or null when the bulletin has no verse. */
  scriptureReference: string | null;
  /** Items per region; regions without items are left out. */
  regionCounts: Partial<Record<Region, number>>;
  itemCount: number;
  /** The mission that sent it ('IJM', 'Open Doors', …, 'Unknown'). */
  organisation?: string;
  /** Its prayers answered later and still waiting, added by main once the library's threads are known. */
  answers?: AnswerCounts;
}

export type LibraryEvent =
  | { type: 'progress'; progress: LibraryProgress }
  | { type: 'ready'; state: LibraryState }
  | { type: 'changed'; state: LibraryState }
  | { type: 'error'; message: string }
  /** The answer marks of the library's requests became known or changed: ask for them again. */
  | { type: 'stories' };

/** What the reader UI shows, remembered between starts so the user comes back to where they were. */
export interface ViewState {
  /** The search box text, verbatim. */
  query: string;
  regions: Region[];
  kinds: Kind[];
  /** Inclusive 'YYYY-MM-DD' bounds, or null for open-ended. */
  from: string | null;
  to: string | null;
  /** null: automatic (relevance with query text, newest first without). */
  sort: SortOrder | null;
  /** The bulletin open in the reader pane, relative path, or null. */
  selectedFile: string | null;
  /** The requests-per-year chart is unfolded (folded when absent). */
  chartOpen?: boolean;
  /** The list's share of the window's width beside the reader, 0.2–0.8 (the default split when absent). */
  listWidth?: number;
  /** Senders chosen in the filter bar ('IJM', 'Open Doors', 'Unknown'); absent or empty: all. */
  organisations?: string[];
}
