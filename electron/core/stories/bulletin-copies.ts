// One bulletin saved twice: a church's web copy and the raw e-mail of the same week, or the same e-mail in
// two folders. Such files are one bulletin in two files, never a story: the stories read the first of them
// and count it once, and tell the user where else it is saved.
//
// Two bulletins are copies when they carry the same date and most requests of the shorter one are, word for
// word (letters and digits only, case aside), requests of the other: a web copy adds a page header or a
// "Posted by" line, an e-mail a footer, and each reader keeps slightly different punctuation.
import type { Bulletin } from '../../../shared/model';
import { runToEnd } from './thread-features';

export interface BulletinCopies {
  /** The file of a second copy → the file the stories read (the first of the two in the library's order). */
  copyOf: Map<string, string>;
  /** The file read → its other copies, in the library's order. */
  copiesOf: Map<string, string[]>;
  /** A request of a second copy (`file#index`) → the same request in the file read. */
  itemOf: Map<string, string>;
  /** Positions (in the bulletin array) of the second copies. */
  skipped: Set<number>;
}

/** Requests of the shorter bulletin that must be found in the other for the two to be one. */
const SHARED_SHARE = 0.8;
/** Fewer requests than this say too little to call two bulletins one. */
const MIN_REQUESTS = 2;
/** Characters of a request compared (its opening names it). */
const KEY_LENGTH = 240;

function keyOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, KEY_LENGTH);
}

function requestKeys(bulletin: Bulletin): Map<string, number> {
  const keys = new Map<string, number>();
  bulletin.items.forEach((item, index) => {
    if (item.boilerplate === true) return;
    const key = keyOf(item.text);
    // A line of a few words ("Posted by the prayer team") is no request to compare.
    if (key.split(' ').length < 8 || keys.has(key)) return;
    keys.set(key, index);
  });
  return keys;
}

/** Bulletins whose requests are read between two pauses of a step-by-step build. */
const BULLETINS_PER_STEP = 40;

export function findCopies(bulletins: readonly Bulletin[]): BulletinCopies {
  return runToEnd(findCopiesInSteps(bulletins));
}

/** findCopies, pausing (yielding) every few milliseconds of work. */
export function* findCopiesInSteps(bulletins: readonly Bulletin[]): Generator<void, BulletinCopies> {
  const copies: BulletinCopies = {
    copyOf: new Map(),
    copiesOf: new Map(),
    itemOf: new Map(),
    skipped: new Set(),
  };
  const byDate = new Map<string, number[]>();
  bulletins.forEach((bulletin, position) => {
    if (bulletin.date === null) return;
    const list = byDate.get(bulletin.date);
    if (list) list.push(position);
    else byDate.set(bulletin.date, [position]);
  });
  let read = 0;
  for (const positions of byDate.values()) {
    if (positions.length < 2) continue;
    if (read > BULLETINS_PER_STEP) {
      read = 0;
      yield;
    }
    read += positions.length;
    const keys = positions.map((position) => requestKeys(bulletins[position]!));
    for (let x = 0; x < positions.length; x++) {
      if (x > 0 && x % BULLETINS_PER_STEP === 0) yield;
      if (copies.skipped.has(positions[x]!)) continue;
      for (let y = x + 1; y < positions.length; y++) {
        if (copies.skipped.has(positions[y]!)) continue;
        const kept = keys[x]!;
        const other = keys[y]!;
        const smaller = Math.min(kept.size, other.size);
        if (smaller < MIN_REQUESTS) continue;
        let shared = 0;
        for (const key of other.keys()) if (kept.has(key)) shared++;
        if (shared < smaller * SHARED_SHARE) continue;
        const keptFile = bulletins[positions[x]!]!.file;
        const copyFile = bulletins[positions[y]!]!.file;
        copies.skipped.add(positions[y]!);
        copies.copyOf.set(copyFile, keptFile);
        copies.copiesOf.set(keptFile, [...(copies.copiesOf.get(keptFile) ?? []), copyFile]);
        for (const [key, index] of other) {
          const keptIndex = kept.get(key);
          if (keptIndex !== undefined) copies.itemOf.set(`${copyFile}#${index}`, `${keptFile}#${keptIndex}`);
        }
      }
    }
  }
  return copies;
}
