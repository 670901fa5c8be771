// The searchable items of a library as one flat list: item number n is Lunr document ref String(n).
// Also what the engine needs per item without touching the index: date order, filters, and a
// fingerprint that tells whether a saved index was built from these same bulletins.
import type { Bulletin, Item } from '../../../shared/model';
import { KINDS, REGIONS } from '../../../shared/model';
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

  constructor(bulletins: readonly Bulletin[]) {
    for (const bulletin of bulletins) {
      bulletin.items.forEach((item, itemIndex) => this.entries.push({ bulletin, item, itemIndex }));
    }
    // Plain arrays of small numbers, so that filtering 65,000 items is a tight loop, not 65,000 lookups.
    this.regionCodes = Uint8Array.from(this.entries, ({ item }) => Math.max(0, REGIONS.indexOf(item.region)));
    this.kindCodes = Uint8Array.from(this.entries, ({ item }) => Math.max(0, KINDS.indexOf(item.kind)));
    this.dates = this.entries.map(({ bulletin }) => bulletin.date);
    const order = this.entries.map((_entry, n) => n);
    order.sort((a, b) => compareByDate(this.entries[a] as ItemEntry, this.entries[b] as ItemEntry) || a - b);
    this.dateOrder = Uint32Array.from(order);
    this.dateRank = new Uint32Array(order.length);
    order.forEach((n, rank) => (this.dateRank[n] = rank));
  }

  get size(): number {
    return this.entries.length;
  }

  entry(n: number): ItemEntry {
    return this.entries[n] as ItemEntry;
  }

  /** The item's fields as indexed, in FIELDS order: its text, then its countries and pseudonyms. */
  fieldTexts(n: number): string[] {
    const { item } = this.entry(n);
    return [item.text, [...item.countries, ...item.pseudonyms].join(' ')];
  }

  /**
   * A cheap fingerprint of what the index is built from: files, item counts, and each item's text length,
   * start and end, countries and pseudonyms. Cheap on purpose (it runs before every load): an edit that
   * keeps a paragraph's length, start and end is not noticed, but callers rebuild a changed file anyway.
   */
  fingerprint(): string {
    let hash = 0x811c9dc5;
    const add = (text: string): void => {
      for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0x1f, 0x01000193);
    };
    let bulletin: Bulletin | null = null;
    for (const entry of this.entries) {
      if (entry.bulletin !== bulletin) {
        bulletin = entry.bulletin;
        add(bulletin.file);
        add(String(bulletin.items.length));
      }
      const { text, countries, pseudonyms } = entry.item;
      add(`${text.length}:${text.slice(0, 16)}:${text.slice(-16)}`);
      add(countries.join(','));
      add(pseudonyms.join(','));
    }
    return `${this.entries.length}-${(hash >>> 0).toString(16)}`;
  }
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

/** A test of item numbers for the query's filters, or null when it has none. */
export type ItemFilter = (n: number) => boolean;

// 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': a shorter bound means the whole year or month.
const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function makeFilter(query: SearchQuery, items: ItemTable): ItemFilter | null {
  // An empty list means no filter (nothing ticked), not "match nothing".
  const regions = codeSet(query.regions, REGIONS);
  const kinds = codeSet(query.kinds, KINDS);
  const from = typeof query.from === 'string' && DATE_BOUND.test(query.from) ? query.from : null;
  const to = typeof query.to === 'string' && DATE_BOUND.test(query.to) ? query.to : null;
  if (!regions && !kinds && from === null && to === null) return null;
  const { regionCodes, kindCodes, dates } = items;
  return (n) => {
    if (regions && !regions[regionCodes[n] as number]) return false;
    if (kinds && !kinds[kindCodes[n] as number]) return false;
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
