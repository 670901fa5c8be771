// The searchable items of a library as one flat list: item number n is Lunr document ref String(n).
// Also what the engine needs per item without touching the index: date order, filters, and a
// fingerprint that tells whether a saved index was built from these same bulletins.
import type { Bulletin, Item } from '../../../shared/model';
import { KINDS, organisationOf, REGIONS } from '../../../shared/model';
import type { SearchQuery } from '../../../shared/search-types';

export interface ItemEntry {
  bulletin: Bulletin;
  item: Item;
  /** The item's place in its bulletin. */
  itemIndex: number;
}

export class ItemTable {
  readonly entries: ItemEntry[] = [];
  /** By item number: its region's and kind's place in REGIONS and KINDS, and its bulletin's date. */
  readonly regionCodes: Uint8Array;
  readonly kindCodes: Uint8Array;
  readonly dates: (string | null)[];
  /** Item numbers, newest first (undated last), then by file and place in the file. */
  readonly dateOrder: Uint32Array;
  /** By item number: its place in dateOrder, the tie-breaker of every ranking. */
  readonly dateRank: Uint32Array;
  private fingerprintCache: string | null = null;

  /** `bulletins` in the order their items are numbered (bulletins without items included). */
  constructor(readonly bulletins: readonly Bulletin[]) {
    const firstItem: number[] = [];
    for (const bulletin of bulletins) {
      firstItem.push(this.entries.length);
      bulletin.items.forEach((item, itemIndex) => this.entries.push({ bulletin, item, itemIndex }));
    }
    // Plain arrays of small numbers, so that filtering 65,000 items is a tight loop, not 65,000 lookups.
    const size = this.entries.length;
    this.regionCodes = new Uint8Array(size);
    this.kindCodes = new Uint8Array(size);
    this.dates = new Array<string | null>(size);
    this.entries.forEach(({ bulletin, item }, n) => {
      this.regionCodes[n] = Math.max(0, REGIONS.indexOf(item.region));
      this.kindCodes[n] = Math.max(0, KINDS.indexOf(item.kind));
      // A diary's request carries its own day.
      this.dates[n] = item.date ?? bulletin.date;
    });
    this.dateOrder = dateOrder(bulletins, firstItem, this.entries);
    this.dateRank = new Uint32Array(size);
    this.dateOrder.forEach((n, rank) => (this.dateRank[n] = rank));
  }

  get size(): number {
    return this.entries.length;
  }

  entry(n: number): ItemEntry {
    return this.entries[n] as ItemEntry;
  }

  /** The item's fields as indexed, in FIELDS order: its text, then its countries and pseudonyms. */
  fieldTexts(n: number): string[] {
    return itemFieldTexts(this.entry(n).item);
  }

  /**
   * A cheap fingerprint of what the index is built from: files, item counts, and each item's text length,
   * start and end, countries and pseudonyms. Cheap on purpose (it runs before every load): an edit that
   * keeps a paragraph's length, start and end is not noticed, but callers rebuild a changed file anyway.
   * The characters hashed are those of `${length}:${first 16}:${last 16}`, fed in without building the
   * string (this runs over every item of the archive at start-up).
   */
  fingerprint(): string {
    if (this.fingerprintCache !== null) return this.fingerprintCache;
    let hash = 0x811c9dc5;
    let bulletin: Bulletin | null = null;
    for (const entry of this.entries) {
      if (entry.bulletin !== bulletin) {
        bulletin = entry.bulletin;
        hash = hashChars(hash, bulletin.file, 0, bulletin.file.length);
        hash = Math.imul(hash ^ END, PRIME);
        const count = String(bulletin.items.length);
        hash = hashChars(hash, count, 0, count.length);
        hash = Math.imul(hash ^ END, PRIME);
      }
      const { text, countries, pseudonyms } = entry.item;
      const length = String(text.length);
      hash = hashChars(hash, length, 0, length.length);
      hash = Math.imul(hash ^ COLON, PRIME);
      hash = hashChars(hash, text, 0, Math.min(16, text.length));
      hash = Math.imul(hash ^ COLON, PRIME);
      hash = hashChars(hash, text, Math.max(0, text.length - 16), text.length);
      hash = Math.imul(hash ^ END, PRIME);
      hash = hashList(hash, countries);
      hash = hashList(hash, pseudonyms);
    }
    this.fingerprintCache = `${this.entries.length}-${(hash >>> 0).toString(16)}`;
    return this.fingerprintCache;
  }
}

// FNV-1a over UTF-16 code units; END closes each hashed string.
const PRIME = 0x01000193;
const END = 0x1f;
const COLON = 0x3a;
const COMMA = 0x2c;

function hashChars(hash: number, text: string, from: number, to: number): number {
  let h = hash;
  for (let i = from; i < to; i += 1) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}

/** As hashing list.join(','), then END. */
function hashList(hash: number, list: readonly string[]): number {
  let h = hash;
  for (let i = 0; i < list.length; i += 1) {
    if (i > 0) h = Math.imul(h ^ COMMA, PRIME);
    h = hashChars(h, list[i] as string, 0, (list[i] as string).length);
  }
  return Math.imul(h ^ END, PRIME);
}

/** An item's fields as indexed, in FIELDS order. */
export function itemFieldTexts(item: Item): string[] {
  return [item.text, itemNames(item)];
}

/** The names field: the item's countries and pseudonyms, space-separated. */
export function itemNames(item: Item): string {
  const { countries, pseudonyms } = item;
  if (pseudonyms.length === 0) return countries.length === 1 ? (countries[0] as string) : countries.join(' ');
  return [...countries, ...pseudonyms].join(' ');
}

/**
 * Item numbers newest first (undated last), then by file, then place in the file. Sorting the bulletins
 * rather than the items (65,000 at 10,000 bulletins) is several times faster; the items of a bulletin
 * follow in order. Two bulletins with the same date and file (never seen, but not impossible) interleave
 * their items in the full sort, which is then done instead.
 */
function dateOrder(bulletins: readonly Bulletin[], firstItem: number[], entries: ItemEntry[]): Uint32Array {
  const withItems = bulletins.map((_b, i) => i).filter((i) => (bulletins[i] as Bulletin).items.length > 0);
  withItems.sort(
    (a, b) => compareBulletinsNewestFirst(bulletins[a] as Bulletin, bulletins[b] as Bulletin) || a - b,
  );
  const order = new Uint32Array(entries.length);
  let at = 0;
  for (let k = 0; k < withItems.length; k += 1) {
    const i = withItems[k] as number;
    const bulletin = bulletins[i] as Bulletin;
    if (
      k > 0 &&
      compareBulletinsNewestFirst(bulletins[withItems[k - 1] as number] as Bulletin, bulletin) === 0
    ) {
      const all = entries.map((_entry, n) => n);
      all.sort((a, b) => compareByDate(entries[a] as ItemEntry, entries[b] as ItemEntry) || a - b);
      return Uint32Array.from(all);
    }
    for (let j = 0; j < bulletin.items.length; j += 1) order[at++] = (firstItem[i] as number) + j;
  }
  return order;
}

function compareBulletinsNewestFirst(a: Bulletin, b: Bulletin): number {
  const da = a.date;
  const db = b.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function compareByDate(a: ItemEntry, b: ItemEntry): number {
  const da = a.bulletin.date;
  const db = b.bulletin.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  if (a.bulletin.file !== b.bulletin.file) return a.bulletin.file < b.bulletin.file ? -1 : 1;
  return a.itemIndex - b.itemIndex;
}

/** A test of item numbers for the query's filters (standing text always fails it), or null for none. */
export type ItemFilter = (n: number) => boolean;

// 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': a shorter bound means the whole year or month.
const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function makeFilter(query: SearchQuery, items: ItemTable): ItemFilter | null {
  // An empty list means no filter (nothing ticked), not "match nothing".
  const regions = codeSet(query.regions, REGIONS);
  const kinds = codeSet(query.kinds, KINDS);
  const organisations =
    Array.isArray(query.organisations) && query.organisations.length > 0
      ? new Set(query.organisations)
      : null;
  const from = typeof query.from === 'string' && DATE_BOUND.test(query.from) ? query.from : null;
  const to = typeof query.to === 'string' && DATE_BOUND.test(query.to) ? query.to : null;
  const { regionCodes, kindCodes, dates, entries } = items;
  // Standing text (an office footer repeated in every bulletin) is no request: never a hit, so never in
  // the facets' counts either. Read live: the library marks it again whenever bulletins come or go.
  if (!regions && !kinds && !organisations && from === null && to === null) {
    return (n) => (entries[n] as ItemEntry).item.boilerplate !== true;
  }
  return (n) => {
    if ((entries[n] as ItemEntry).item.boilerplate === true) return false;
    if (regions && !regions[regionCodes[n] as number]) return false;
    if (kinds && !kinds[kindCodes[n] as number]) return false;
    if (organisations && !organisations.has(organisationOf(items.entry(n).bulletin))) return false;
    if (from !== null || to !== null) {
      // An undated bulletin cannot be said to fall inside a date range.
      const date = dates[n];
      if (date === null || date === undefined) return false;
      if (from !== null && date < from) return false;
      if (to !== null && date.slice(0, to.length) > to) return false;
    }
    return true;
  };
}

/** Which of `all` are in `values`, by place; null for no filter (not a list, or an empty one). */
function codeSet(values: unknown, all: readonly string[]): boolean[] | null {
  if (!Array.isArray(values) || values.length === 0) return null;
  return all.map((value) => values.includes(value));
}
