// One file can hold several bulletins (a church page with many weeks, a saved e-mail thread). Each bulletin
// needs its own `file` value, because item ids and the timeline are keyed on it: the first bulletin keeps the
// plain path, the n-th (n >= 2) gets `path#n`. Anything that goes back to the file on disk (open it, show it
// in its folder) must strip that suffix first.
//
// No real library path ends in `#<digits>`: only files with a known extension (.txt, .pdf, …) are read,
// so the suffix can always be told apart from the name.

const PART_SUFFIX = /#([2-9]|[1-9]\d+)$/;

/** The `file` value of the n-th bulletin (1-based) read from `file`. */
export function bulletinFileId(file: string, n: number): string {
  return n >= 2 && Number.isInteger(n) ? `${file}#${n}` : file;
}

/** A bulletin read from a message of a mailbox file: `Inbox.mbox#msg-12`, its second one `…#msg-12.2`. */
const MESSAGE_SUFFIX = /#msg-[1-9]\d*(?:\.[2-9]|\.[1-9]\d+)?$/;

/** The library file a bulletin came from: its `file` without a trailing `#n` (or a mailbox's `#msg-n`). */
export function sourceFileOf(file: string): string {
  return file.replace(PART_SUFFIX, '').replace(MESSAGE_SUFFIX, '');
}

/** Which bulletin of its file this is: 1 for the plain path, n for `path#n`. */
export function partOf(file: string): number {
  const match = PART_SUFFIX.exec(file);
  return match ? Number(match[1]) : 1;
}
