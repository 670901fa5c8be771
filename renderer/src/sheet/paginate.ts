// Which request goes on which page (and in which column), from the measured heights of the laid-out
// sheet. The print layout renders exactly these pages, and so does the preview: they cannot disagree.
// A request is never split; a region heading always stays with the request under it.

export interface PaperMeasures {
  /** The sheet's head (church, title, verse, introduction) on the first page, in CSS px. */
  head: number;
  /** The title repeated at the top of every following page. */
  runningHead: number;
  /** Each block (region heading or request) at its column width, in print order. */
  blocks: readonly number[];
  /** Whether a block must stay on the same page and column as the block after it (a heading). */
  keepWithNext: readonly boolean[];
  /** What one page's content may fill. */
  pageHeight: number;
  columns: 1 | 2;
}

export interface PaperPage {
  /** Block indexes per column, top to bottom; the first column is filled first. */
  columns: number[][];
}

export function paginate(measures: PaperMeasures): PaperPage[] {
  const { blocks, keepWithNext, pageHeight, columns } = measures;
  const emptyPage = (): PaperPage => ({ columns: Array.from({ length: columns }, () => []) });
  const pages: PaperPage[] = [emptyPage()];
  let column = 0;
  let used = 0;
  let room = pageHeight - measures.head;
  for (let index = 0; index < blocks.length; index += 1) {
    // A heading counts with the request it introduces, so it never ends a column alone.
    let need = blocks[index]!;
    for (let next = index; keepWithNext[next] && next + 1 < blocks.length; next += 1) {
      need += blocks[next + 1]!;
    }
    // An empty column takes a block whatever its height: there is nowhere better for it.
    if (used > 0 && used + need > room) {
      column += 1;
      used = 0;
      if (column >= columns) {
        pages.push(emptyPage());
        column = 0;
        room = pageHeight - measures.runningHead;
      }
    }
    pages[pages.length - 1]!.columns[column]!.push(index);
    used += blocks[index]!;
  }
  return pages;
}

/** Where a binary search for the largest type size that fits one page stands. */
export interface FitStep {
  /** The index into the size steps being measured now. */
  trial: number;
  /** The smallest index not yet known to overflow. */
  lo: number;
  /** The smallest index known to fit; null until one is. */
  hi: number | null;
}

export const FIRST_FIT_STEP: FitStep = { trial: 0, lo: 0, hi: null };

/**
 * The next size to measure after `step.trial` was measured (`fits`: the sheet then fits on one page), or
 * the size to settle on. Steps are ordered largest first. The largest size is tried first, then the
 * smallest; when even that needs several pages, the sheet keeps the largest size and runs on.
 */
export function advanceFit(step: FitStep, fits: boolean, count: number): FitStep | { settle: number } {
  const last = count - 1;
  if (step.trial === 0) {
    if (fits || last <= 0) return { settle: 0 };
    return { trial: last, lo: 1, hi: null };
  }
  if (step.hi === null) {
    if (!fits) return { settle: 0 };
    return bisect(step.lo, step.trial);
  }
  return fits ? bisect(step.lo, step.trial) : bisect(step.trial + 1, step.hi);
}

function bisect(lo: number, hi: number): FitStep | { settle: number } {
  if (lo >= hi) return { settle: hi };
  return { trial: Math.floor((lo + hi) / 2), lo, hi };
}
