// The one order of a library's bulletins that everything relies on: by date, oldest first, undated last,
// then by file. The library loader sorts by it, and an engine update keeps it, so that an index updated
// bulletin by bulletin is the very index built from scratch (Lunr numbers terms in first-seen order).
import type { Bulletin } from '../../../shared/model';

export function compareBulletins(a: Bulletin, b: Bulletin): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
