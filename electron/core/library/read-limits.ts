// How long one file may take to read and how much memory its reader may use, and how many readers run at
// once. The one home of these numbers: the parse pool (parse-pool.ts) asks here for every file it reads.
// A reader that needs more for its kind (a big mailbox read by streaming, say) gets its own line in
// `readLimitsFor`, and nowhere else.
import { availableParallelism } from 'node:os';
import { extensionOf } from '../readers/reader-registry';

export interface ReadLimits {
  /** After this long the file's reader is stopped and the file named "took too long to read". */
  timeMs: number;
  /** V8 heap cap, in megabytes, of the process reading the file (--max-old-space-size). */
  heapMb: number;
}

/** A weekly bulletin reads in well under a second on an old office PC; this is a wide margin. */
const BASE_TIME_MS = 20_000;
/** A big PDF (a year's collection, hundreds of pages) takes longer: this much more per megabyte. */
const PDF_TIME_PER_MB_MS = 4_000;
const MAX_PDF_TIME_MS = 60_000;
/**
 * Room for the largest file a reader accepts (scan-folder's MAX_FILE_BYTES, 20 MB) with its text capped
 * (parse-bulletin's limits): a few hundred megabytes at most. Far beyond what any bulletin needs.
 */
export const DEFAULT_HEAP_MB = 384;
/**
 * All readers together: heap caps summed stay under this, so that a load (with the app's own memory) stays
 * within about a gigabyte on an office PC.
 */
export const OVERALL_HEAP_BUDGET_MB = 768;

/** The limits for one file, by its kind (extension) and size in bytes. */
export function readLimitsFor(file: string, size: number): ReadLimits {
  const ext = extensionOf(file);
  if (ext === '.pdf') {
    const mb = size / (1024 * 1024);
    return {
      timeMs: Math.min(MAX_PDF_TIME_MS, BASE_TIME_MS + Math.ceil(mb) * PDF_TIME_PER_MB_MS),
      heapMb: DEFAULT_HEAP_MB,
    };
  }
  return { timeMs: BASE_TIME_MS, heapMb: DEFAULT_HEAP_MB };
}

/**
 * How many reader processes run at once: one per core, at most two (the machine is also answering the
 * window and building the index), and never more than the overall memory budget allows.
 */
export function readerCount(cores = availableParallelism()): number {
  const byBudget = Math.max(1, Math.floor(OVERALL_HEAP_BUDGET_MB / DEFAULT_HEAP_MB));
  return Math.max(1, Math.min(2, cores, byBudget));
}
