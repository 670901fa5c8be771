// SearchEngine.update derives the index again from word numbers instead of reading every text: these
// tests hold it to the index built from scratch, field for field, and to the answers of a fresh engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../../../electron/core/search/analyzer';
import { compareBulletins } from '../../../../electron/core/search/bulletin-order';
import { buildIndexData } from '../../../../electron/core/search/index-data';
import type { IndexedBulletins } from '../../../../electron/core/search/index-update';
import { updateIndexData } from '../../../../electron/core/search/index-update';
import { ItemTable } from '../../../../electron/core/search/item-table';
import { createSearchEngine, loadSearchEngine } from '../../../../electron/core/search/lunr-engine';
import type { Bulletin } from '../../../../shared/model';
import type { SearchQuery } from '../../../../shared/search-types';
import { LIBRARY, bulletin, item } from './library-fixture';

const sorted = (bulletins: readonly Bulletin[]) => [...bulletins].sort(compareBulletins);

function built(bulletins: readonly Bulletin[]) {
  const table = new ItemTable(bulletins);
  return buildIndexData(table.entries.map((_entry, n) => table.fieldTexts(n)));
}

const QUERIES: SearchQuery[] = [
  { text: '' },
  { text: 'pray' },
  { text: 'trafficking' },
  { text: 'traff' },
  { text: 'Phillipines' },
  { text: 'quokkaberry' },
  { text: 'quokk' },
  { text: 'bonded labour' },
  { text: '"bonded labor"' },
  { text: 'Wakanda' },
  { text: 'pray +Kenya -Philippines' },
  { text: 'court', sort: 'date', limit: 5 },
  { text: '', kinds: ['praise'], from: '2019-01-01' },
];

const NEW = bulletin('2021/2021-03-07.txt', '2021-03-07', [
  item('Pray for the quokkaberry growers of Wakanda, freed from bonded labour.', 'Africa', 'prayer', {
    countries: ['Wakanda'],
    pseudonyms: ['Zola*'],
  }),
  item('QUOKKABERRY farmers give thanks: the court in Kenya ruled for them.', 'Africa', 'praise'),
]);

describe('updateIndexData', () => {
  it('gives the index built from scratch, after adding, changing and removing bulletins', () => {
    let state: IndexedBulletins = { bulletins: sorted(LIBRARY), data: built(sorted(LIBRARY)) };
    const first = state.bulletins[0] as Bulletin;
    const steps: [Bulletin[], string[]][] = [
      [[NEW], []],
      [[{ ...first, items: [item('A new text about kilns and courts.', 'South Asia', 'prayer')] }], []],
      // Moved in the order: the date changed.
      [[{ ...NEW, date: '2010-01-01' }], []],
      [[{ ...NEW, date: null }], [first.file]],
      [[bulletin('empty.txt', '2022-02-02', [])], []],
      [[], state.bulletins.map((b) => b.file)],
    ];
    for (const [changed, removed] of steps) {
      state = updateIndexData(state, changed, removed, analyzeWord);
      expect(state.bulletins).toEqual(sorted(state.bulletins));
      expect(state.data).toEqual(built(state.bulletins));
    }
  });

  it('keeps to the index built from scratch through any sequence of changes', () => {
    const words = [
      'pray',
      'court',
      'Kenya',
      'labour',
      'labor',
      'Côte',
      'the',
      'rescue',
      'kiln',
      'Manila',
      'a',
    ];
    const text = fc
      .array(fc.constantFrom(...words), { minLength: 0, maxLength: 12 })
      .map((list) => list.join(' '));
    const aBulletin = fc.record({
      file: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'),
      date: fc.constantFrom(null, '2019-01-01', '2020-05-05', '2021-12-31'),
      items: fc.array(
        fc.record({
          text,
          names: fc.constantFrom<string[][]>([], ['Kenya'], ['India', 'Maria*'], ['Côte d’Ivoire']),
        }),
        { maxLength: 3 },
      ),
    });
    const toBulletin = (b: {
      file: string;
      date: string | null;
      items: { text: string; names: string[] }[];
    }) =>
      bulletin(
        b.file,
        b.date,
        b.items.map((i) =>
          item(i.text, 'Africa', 'prayer', { countries: i.names.slice(0, 1), pseudonyms: i.names.slice(1) }),
        ),
      );
    const step = fc.record({
      changed: fc.array(aBulletin, { maxLength: 3 }),
      removed: fc.array(fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        let state: IndexedBulletins = { bulletins: [], data: built([]) };
        for (const { changed, removed } of steps) {
          state = updateIndexData(state, changed.map(toBulletin), removed, analyzeWord);
          expect(state.data).toEqual(built(state.bulletins));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('SearchEngine.update', () => {
  it('answers exactly as an engine created from the resulting bulletins', () => {
    const engine = createSearchEngine(sorted(LIBRARY));
    const removed = (LIBRARY[2] as Bulletin).file;
    engine.update?.([NEW], [removed]);
    const expected = createSearchEngine(sorted([...LIBRARY.filter((b) => b.file !== removed), NEW]));
    for (const query of QUERIES) expect(engine.search(query)).toEqual(expected.search(query));
    expect(engine.search({ text: 'quokkaberry' }).total).toBe(2);
  });

  it('updates an engine loaded from a snapshot, whose snapshot then loads again', () => {
    const snapshot = JSON.parse(JSON.stringify(createSearchEngine(sorted(LIBRARY)).serialize())) as unknown;
    const engine = loadSearchEngine(sorted(LIBRARY), snapshot);
    engine.update?.([NEW], []);
    const after = sorted([...LIBRARY, NEW]);
    const expected = createSearchEngine(after);
    for (const query of QUERIES) expect(engine.search(query)).toEqual(expected.search(query));
    const again = loadSearchEngine(after, JSON.parse(JSON.stringify(engine.serialize())));
    for (const query of QUERIES) expect(again.search(query)).toEqual(expected.search(query));
    expect(engine.serialize()).toEqual(expected.serialize());
  });

  it('forgets a removed bulletin and changes nothing for an empty update', () => {
    const engine = createSearchEngine(sorted([...LIBRARY, NEW]));
    const before = engine.search({ text: 'pray' });
    engine.update?.([], []);
    expect(engine.search({ text: 'pray' })).toEqual(before);
    engine.update?.([], [NEW.file, 'not-there.txt']);
    expect(engine.search({ text: 'quokkaberry' }).total).toBe(0);
    expect(engine.search({ text: 'Wakanda' }).didYouMean).not.toContain('Wakanda');
  });
});
