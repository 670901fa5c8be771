// The same bulletin found twice — forwarded to the office twice, or saved as an .eml and still in the
// mailbox — counts once. Two bulletins are the same when nearly all the requests of the shorter one are in
// the other, word for word once case, spacing and punctuation are set aside: a forward's covering note or
// its quoted headers add a paragraph, they do not change the requests.
import type { Bulletin } from '../../../shared/model';

/** Requests shorter than this (a greeting, a "Fwd:" line) say too little to match on. */
const MIN_KEY_CHARS = 40;
/** Share of the shorter bulletin's requests that must be in the other. */
const SAME_SHARE = 0.8;

function keysOf(bulletin: Bulletin): string[] {
  const keys = new Set<string>();
  for (const item of bulletin.items) {
    if (item.boilerplate) continue;
    const key = item.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .slice(0, 200);
    if (key.length >= MIN_KEY_CHARS) keys.add(key);
  }
  return [...keys];
}

/** Remembers bulletins kept so far; tells whether another is one of them. */
export class SameBulletins {
  private readonly byKey = new Map<string, number[]>();
  private readonly sizes: number[] = [];

  /** Whether `bulletin` is the same as one added before; if not, it is added. */
  seenOrAdd(bulletin: Bulletin): boolean {
    const keys = keysOf(bulletin);
    if (keys.length === 0) return false;
    const hits = new Map<number, number>();
    for (const key of keys) {
      for (const id of this.byKey.get(key) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    for (const [id, count] of hits) {
      const smaller = Math.min(keys.length, this.sizes[id] as number);
      if (count >= Math.max(1, Math.ceil(smaller * SAME_SHARE))) return true;
    }
    this.add(keys);
    return false;
  }

  add(keysOrBulletin: string[] | Bulletin): void {
    const keys = Array.isArray(keysOrBulletin) ? keysOrBulletin : keysOf(keysOrBulletin);
    if (keys.length === 0) return;
    const id = this.sizes.length;
    this.sizes.push(keys.length);
    for (const key of keys) {
      const ids = this.byKey.get(key);
      if (ids) ids.push(id);
      else this.byKey.set(key, [id]);
    }
  }
}

/**
 * The library's bulletins with second copies of a mailbox's bulletins left out (those with an `origin`):
 * a bulletin saved as its own file is the one kept. `bulletins` unchanged (the same array) when no
 * bulletin comes from a mailbox.
 */
export function withoutMailboxCopies(bulletins: Bulletin[]): Bulletin[] {
  if (!bulletins.some((b) => b.origin !== undefined)) return bulletins;
  const seen = new SameBulletins();
  for (const b of bulletins) if (b.origin === undefined) seen.add(b);
  const copies = new Set<Bulletin>();
  for (const b of bulletins) if (b.origin !== undefined && seen.seenOrAdd(b)) copies.add(b);
  return copies.size === 0 ? bulletins : bulletins.filter((b) => !copies.has(b));
}
