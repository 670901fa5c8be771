import { describe, expect, it } from 'vitest';
import { buildIndexData } from '../../../../electron/core/search/index-data';
import { ItemTable } from '../../../../electron/core/search/item-table';
import { createSearchEngine, loadSearchEngine } from '../../../../electron/core/search/lunr-engine';
import { toLunrIndex } from '../../../../electron/core/search/lunr-reference';
import type { SearchQuery } from '../../../../shared/search-types';
import { LIBRARY, bulletin, item } from './library-fixture';

const QUERIES: SearchQuery[] = [
  { text: '' },
  { text: 'trafficking' },
  { text: 'traff' },
  { text: 'Phillipines' },
  { text: 'bonded labour' },
  { text: '"bonded labor"' },
  { text: "Cote d'Ivoire" },
  { text: 'pray +Kenya -Philippines' },
  { text: '-labor' },
  { text: 'pray', regions: ['Africa', 'South Asia'], sort: 'date', limit: 3, offset: 1 },
  { text: '', kinds: ['praise'], from: '2019-01-01' },
];

describe('serialize() and loadSearchEngine', () => {
  const built = createSearchEngine(LIBRARY);
  const snapshot = built.serialize();

  it('give back an engine that answers exactly as the one saved, through JSON', () => {
    const loaded = loadSearchEngine(LIBRARY, JSON.parse(JSON.stringify(snapshot)));
    for (const query of QUERIES) expect(loaded.search(query)).toEqual(built.search(query));
  });

  it('save the same snapshot again from a loaded engine', () => {
    const loaded = loadSearchEngine(LIBRARY, snapshot);
    expect(loaded.serialize()).toEqual(snapshot);
  });

  it('save more compactly than Lunr serializes the same index, even with the forward index', () => {
    const words = 'pray for the court in Kenya and the families freed from bonded labour near Chennai'.split(
      ' ',
    );
    const items = Array.from({ length: 400 }, (_value, n) =>
      item(
        Array.from({ length: 30 }, (_word, k) => words[(n * 7 + k * k) % words.length]).join(' '),
        'Africa',
        'prayer',
      ),
    );
    const library = [bulletin('big.txt', '2021-01-01', items)];
    const table = new ItemTable(library);
    const lunrJson = JSON.stringify(
      toLunrIndex(buildIndexData(table.entries.map((_e, n) => table.fieldTexts(n)))),
    );
    const ours = JSON.stringify(createSearchEngine(library).serialize());
    expect(ours.length * 1.5).toBeLessThan(lunrJson.length);
  });

  it('refuse a snapshot of other bulletins', () => {
    const other = [...LIBRARY.slice(1), LIBRARY[0] as (typeof LIBRARY)[number]];
    expect(() => loadSearchEngine(other, snapshot)).toThrow(Error);
    const changed = [bulletin('x.txt', null, [item('Pray for rain.', 'Africa', 'prayer')])];
    expect(() => loadSearchEngine(changed, snapshot)).toThrow(/other bulletins/);
  });

  it('refuse a snapshot from another version', () => {
    const old = { ...(snapshot as Record<string, unknown>), version: 0 };
    expect(() => loadSearchEngine(LIBRARY, old)).toThrow(/another version/);
    const otherLunr = { ...(snapshot as Record<string, unknown>), lunr: '2.3.8' };
    expect(() => loadSearchEngine(LIBRARY, otherLunr)).toThrow(/another version/);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'index'],
    ['an array', []],
    ['a plain Lunr index', { version: '2.3.9', fields: ['t'], fieldVectors: [], invertedIndex: [] }],
  ])('refuse %s with a plain Error', (_label, value) => {
    expect(() => loadSearchEngine(LIBRARY, value)).toThrow(Error);
  });

  it.each([
    [
      'a cut postings list',
      (s: Record<string, unknown>) => ({
        ...s,
        postings: (s.postings as string[]).map((p) => p.slice(0, -3)),
      }),
    ],
    ['a stray character', (s: Record<string, unknown>) => ({ ...s, forward: `${String(s.forward)}"` })],
    ['missing postings', (s: Record<string, unknown>) => ({ ...s, postings: undefined })],
    ['a term list of the wrong length', (s: Record<string, unknown>) => ({ ...s, surfaces: 'a\nb' })],
    ['words out of order', (s: Record<string, unknown>) => ({ ...s, words: 'b\na' })],
    ['a negative document count', (s: Record<string, unknown>) => ({ ...s, documentCount: -1 })],
  ])('refuse a damaged snapshot (%s) with a plain Error', (_label, damage) => {
    const damaged = damage(snapshot as Record<string, unknown>);
    expect(() => loadSearchEngine(LIBRARY, damaged)).toThrow(Error);
  });

  it('still mark matches if a text changed without changing the fingerprint', () => {
    // Same length, start and end: the cheap fingerprint does not notice; the marks must still be right.
    const first = LIBRARY[0] as (typeof LIBRARY)[number];
    const edited = first.items.map((it, i) =>
      i === 1 ? { ...it, text: it.text.replace('labour at a brick', 'labourXatXa brick') } : it,
    );
    const library = [{ ...first, items: edited }, ...LIBRARY.slice(1)];
    const loaded = loadSearchEngine(library, snapshot);
    const hit = loaded.search({ text: 'kiln' }).hits[0];
    expect(hit && hit.ranges.map((r) => hit.text.slice(r.start, r.end))).toEqual(['kiln']);
  });

  it('round-trip an empty library', () => {
    const empty = createSearchEngine([]);
    const loaded = loadSearchEngine([], JSON.parse(JSON.stringify(empty.serialize())));
    expect(loaded.search({ text: 'pray' })).toEqual({ total: 0, hits: [], didYouMean: [] });
  });
});
