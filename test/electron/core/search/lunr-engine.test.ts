import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../../electron/core/search/lunr-engine';
import type { SearchEngine } from '../../../../electron/core/search/search-engine';
import type { SearchHit, SearchQuery, SearchResult } from '../../../../shared/search-types';
import { LIBRARY, bulletin, idOf, item } from './library-fixture';

const engine = createSearchEngine(LIBRARY);
const search = (text: string, more: Omit<SearchQuery, 'text'> = {}): SearchResult =>
  engine.search({ text, ...more });
const ids = (result: SearchResult): string[] => result.hits.map((hit) => hit.id);
const marked = (hit: SearchHit): string[] => hit.ranges.map((r) => hit.text.slice(r.start, r.end));

const KENYA = idOf('2019/2019-04-27.txt', 0);
const BONDED_LABOUR = idOf('2019/2019-04-27.txt', 1);
const MANILA = idOf('2019/2019-04-27.txt', 2);
const TRAFFICKERS = idOf('2020/2020-06-05.txt', 0);
const BONDED_LABOR = idOf('2020/2020-06-05.txt', 1);
const COTE_ACCENT = idOf('2020/2020-06-05.txt', 2);
const HEADQUARTERS = idOf('undated.txt', 0);
const PHILIPPINES = idOf('undated.txt', 1);
const INSPECTORS = idOf('2018/2018-01-12.txt', 0);
const COTE_PLAIN = idOf('2018/2018-01-12.txt', 1);
const MARIA = idOf('2018/2018-01-12.txt', 2);
const BONDED_APART = idOf('2018/2018-01-12.txt', 3);

describe('word forms', () => {
  it('finds trafficked and traffickers for trafficking', () => {
    const found = ids(search('trafficking'));
    expect(found).toEqual(expect.arrayContaining([MANILA, TRAFFICKERS, COTE_ACCENT, PHILIPPINES]));
    const hit = search('trafficking').hits.find((h) => h.id === MANILA) as SearchHit;
    expect(marked(hit)).toEqual(['trafficked']);
  });
});

describe('prefixes while typing', () => {
  it('finds trafficking for "traff"', () => {
    expect(ids(search('traff'))).toEqual(
      expect.arrayContaining([COTE_ACCENT, PHILIPPINES, MANILA, TRAFFICKERS]),
    );
  });

  it('marks the completed words', () => {
    const hit = search('traff').hits.find((h) => h.id === COTE_ACCENT) as SearchHit;
    expect(marked(hit)).toEqual(['trafficking']);
  });

  it('ranks a whole-word match above a match on a longer word', () => {
    const found = ids(search('court'));
    expect(found).toContain(KENYA); // "court"
    expect(found).toContain(MARIA); // only "courtroom"
    expect(found.indexOf(KENYA)).toBeLessThan(found.indexOf(MARIA));
  });

  it('completes a word typed with British spelling', () => {
    expect(ids(search('organis'))).toContain(BONDED_APART);
  });
});

describe('misspellings', () => {
  it('widens to close spellings when nothing matches, and says which words it used', () => {
    const result = search('Phillipines');
    expect(ids(result)).toEqual(expect.arrayContaining([PHILIPPINES, MANILA]));
    expect(result.didYouMean).toEqual(['Philippines']);
    const hit = result.hits.find((h) => h.id === PHILIPPINES) as SearchHit;
    expect(marked(hit)).toEqual(['Philippines']);
  });

  it('never widens a word the bulletins contain', () => {
    const result = search('farms');
    expect(ids(result)).toEqual([INSPECTORS]); // not the item with "forms"
    expect(result.didYouMean).toEqual([]);
    expect(search('Philippines').didYouMean).toEqual([]);
  });

  it('widens a short word by one edit only', () => {
    const result = search('ferms');
    expect(ids(result)).toEqual(expect.arrayContaining([INSPECTORS, MARIA]));
    expect(result.didYouMean.length).toBe(1);
  });

  it('never lets a close spelling outrank an exact word', () => {
    const found = ids(search('Kenya Phillipines'));
    expect(found[0]).toBe(KENYA);
    expect(found).toEqual(expect.arrayContaining([PHILIPPINES, MANILA]));
  });

  it('gives up quietly on a word with nothing close', () => {
    expect(search('xqzvw')).toEqual({ total: 0, hits: [], didYouMean: [] });
  });
});

describe('British and American spellings', () => {
  it('finds "bonded labor" for "bonded labour" and the reverse', () => {
    expect(ids(search('bonded labour'))).toEqual(expect.arrayContaining([BONDED_LABOUR, BONDED_LABOR]));
    expect(ids(search('bonded labor'))).toEqual(expect.arrayContaining([BONDED_LABOUR, BONDED_LABOR]));
    expect(ids(search('organization'))).toContain(BONDED_APART);
  });
});

describe('accents', () => {
  it("finds Côte d'Ivoire for Cote d'Ivoire and the reverse, whatever the apostrophe", () => {
    expect(ids(search("Cote d'Ivoire")).slice(0, 2).sort()).toEqual([COTE_ACCENT, COTE_PLAIN].sort());
    expect(ids(search('Côte d’Ivoire')).slice(0, 2).sort()).toEqual([COTE_ACCENT, COTE_PLAIN].sort());
    const hit = search('cote').hits.find((h) => h.id === COTE_ACCENT) as SearchHit;
    expect(marked(hit)).toEqual(['Côte']);
  });
});

describe('quoted phrases', () => {
  it('ranks items with the exact phrase first, then items with its words apart', () => {
    const result = search('"bonded labor"');
    expect(ids(result).slice(0, 2).sort()).toEqual([BONDED_LABOUR, BONDED_LABOR].sort());
    expect(ids(result)[2]).toBe(BONDED_APART);
    expect(result.total).toBe(3);
  });

  it('marks the phrase as one range, and its words one by one where they are apart', () => {
    const result = search('"bonded labour"');
    const together = result.hits.find((h) => h.id === BONDED_LABOR) as SearchHit;
    expect(marked(together)).toEqual(['bonded labor']);
    const apart = result.hits.find((h) => h.id === BONDED_APART) as SearchHit;
    expect(marked(apart)).toEqual(['bonded', 'labor']);
  });

  it('compares phrases with stop words and accents folded', () => {
    // The other item has the words "Cote" and "Ivoire" but not the phrase: it comes second.
    expect(ids(search('"Cote d’Ivoire as they"'))).toEqual([COTE_ACCENT, COTE_PLAIN]);
    expect(ids(search('"team in Côte"'))[0]).toBe(COTE_ACCENT);
  });

  it('finds a phrase in the countries the parser found', () => {
    expect(ids(search('"Dominican Republic"'))).toEqual([TRAFFICKERS]);
  });

  it('finds nothing for a phrase with a word no bulletin has', () => {
    expect(search('"bonded zebras"').total).toBe(0);
  });

  it('keeps items with the phrase first when sorting by date', () => {
    const found = ids(search('"bonded labor"', { sort: 'date' }));
    expect(found).toEqual([BONDED_LABOR, BONDED_LABOUR, BONDED_APART]);
  });

  it('excludes items with a -"phrase" but keeps those with its words apart', () => {
    const found = ids(search('bonded -"bonded labor"'));
    expect(found).toEqual([BONDED_APART]);
  });
});

describe('+required and -prohibited words', () => {
  it('keeps only items with a +word', () => {
    expect(ids(search('pray +Kenya'))).toEqual([KENYA]);
    expect(ids(search('+traff +Philippines')).sort()).toEqual([MANILA, PHILIPPINES].sort());
  });

  it('drops items with a -word', () => {
    const found = ids(search('pray -Philippines'));
    expect(found).not.toContain(PHILIPPINES);
    expect(found).not.toContain(MANILA); // Philippines only among its countries
    expect(found).toContain(KENYA);
  });

  it('lists everything else, newest first, for -words alone', () => {
    const found = ids(search('-labor -labour'));
    expect(found).not.toContain(BONDED_LABOR);
    expect(found).not.toContain(INSPECTORS);
    expect(found[0]).toBe(TRAFFICKERS);
    expect(found[found.length - 1]).toBe(PHILIPPINES); // undated last
  });

  it('ignores stop words, even as +words, as Lunr does', () => {
    expect(ids(search('+the Kenya'))).toEqual([KENYA]);
    expect(ids(search('the of'))).toEqual(ids(search('')));
  });

  it('finds nothing when a +word is in no bulletin', () => {
    expect(search('pray +zzzzqq').total).toBe(0);
  });
});

describe('any input at all', () => {
  it.each([
    ['nothing', ''],
    ['spaces', '   '],
    ['a lone quote', '"'],
    ['empty quotes', '""'],
    ['an unclosed quote', '"bonded'],
    ['a trailing colon', 'php:'],
    ['a lone caret', '^'],
    ['Lunr boosts, fuzziness and wildcards', 'labor^10 ~2 *traff*'],
    ['a Lunr field', 'title:Kenya'],
    ['a lone plus', '+'],
    ['a lone minus', '-'],
    ['signs only', '+-+'],
    ['emoji', '🙏🙏 Kenya 🌍'],
    ['punctuation only', ':::***~~~^^^'],
    ['control and lone surrogate characters', '\u0000\uffff\ud800'],
    ['10,000 letters', 'x'.repeat(10_000)],
    ['2,000 words', 'pray '.repeat(2_000)],
    ['many unknown long words', 'qwertyuiopasdfghjklzxcvbnm '.repeat(40)],
    ['phrases of every kind', '"a" "b" "c" -"d" +"e"'],
  ])('answers %s without an exception', (_label, text) => {
    const result = search(text);
    expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
    expect(Array.isArray(result.didYouMean)).toBe(true);
  });

  it('answers every string without an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = search(text);
        return result.total >= result.hits.length;
      }),
      { numRuns: 300 },
    );
  });

  it('treats Lunr syntax as plain words', () => {
    expect(ids(search('labor^10'))).toEqual(ids(search('labor')));
    expect(ids(search('text:Kenya'))).toContain(KENYA);
  });

  it('tolerates odd query objects', () => {
    const odd = {
      text: 42,
      limit: Number.NaN,
      offset: -3,
      regions: 'Africa',
      kinds: null,
    } as unknown as SearchQuery;
    expect(() => engine.search(odd)).not.toThrow();
  });
});

describe('filters, sorting and paging', () => {
  it('lists everything newest first, undated last, for an empty query', () => {
    const result = search('');
    expect(result.total).toBe(12);
    expect(ids(result).slice(0, 3)).toEqual([TRAFFICKERS, BONDED_LABOR, COTE_ACCENT]);
    expect(ids(result).slice(-2)).toEqual([HEADQUARTERS, PHILIPPINES]);
    expect(result.hits[0]?.score).toBe(0);
  });

  it('combines region, kind and date filters with the query', () => {
    expect(ids(search('pray', { regions: ['Africa'] })).sort()).toEqual([COTE_ACCENT, KENYA].sort());
    expect(ids(search('', { kinds: ['praise'] }))).toEqual([TRAFFICKERS, KENYA, MARIA]);
    expect(ids(search('', { from: '2019-04-27', to: '2019-04-27' }))).toEqual([KENYA, BONDED_LABOUR, MANILA]);
    expect(ids(search('labor', { from: '2019-01-01' })).sort()).toEqual([BONDED_LABOUR, BONDED_LABOR].sort());
    expect(ids(search('', { to: '2018' }))).toHaveLength(4);
    // An undated item is outside any date range; empty lists mean no filter.
    expect(ids(search('Philippines', { from: '2000-01-01' }))).toEqual([MANILA]);
    expect(search('', { regions: [], kinds: [] }).total).toBe(12);
  });

  it('sorts by date when asked, newest first', () => {
    const result = search('pray', { sort: 'date' });
    const dates = result.hits.map((hit) => hit.date);
    const dated = dates.filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf(null)).toBeGreaterThan(dates.lastIndexOf(dated[dated.length - 1] as string));
  });

  it('sorts oldest first when asked, the undated still last', () => {
    const newest = search('pray', { sort: 'date' }).hits.map((hit) => hit.id);
    const result = search('pray', { sort: 'date-asc' });
    const dates = result.hits.map((hit) => hit.date);
    const dated = dates.filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.indexOf(null)).toBeGreaterThan(dates.lastIndexOf(dated[dated.length - 1] as string));
    expect(result.hits.filter((hit) => hit.date !== null).map((hit) => hit.id)).toEqual(
      newest.filter((id) => result.hits.find((hit) => hit.id === id)?.date !== null).reverse(),
    );
  });

  it('breaks ties in relevance by date, then file, then place in the file', () => {
    const tied = createSearchEngine([
      bulletin('b.txt', '2020-01-01', [item('Pray for rain.', 'Africa', 'prayer')]),
      bulletin('a.txt', '2020-01-01', [
        item('Pray for rain.', 'Africa', 'prayer'),
        item('Pray for rain.', 'Africa', 'prayer'),
      ]),
      bulletin('c.txt', '2021-01-01', [item('Pray for rain.', 'Africa', 'prayer')]),
    ]);
    expect(ids(tied.search({ text: 'rain' }))).toEqual(['c.txt#0', 'a.txt#0', 'a.txt#1', 'b.txt#0']);
  });

  it('pages with limit and offset, counting all matches in total', () => {
    const all = search('pray', { limit: 100 });
    const page = search('pray', { limit: 3, offset: 2 });
    expect(page.total).toBe(all.total);
    expect(ids(page)).toEqual(ids(all).slice(2, 5));
    expect(search('pray', { limit: 0 }).hits).toEqual([]);
    expect(search('', { offset: 11 }).hits).toHaveLength(1);
    expect(search('pray').hits.length).toBe(Math.min(50, all.total));
  });
});

describe('results', () => {
  it('carry the bulletin date, region, kind, score, text and marked words', () => {
    const hit = search('traffickers Domingo').hits[0] as SearchHit;
    expect(hit).toMatchObject({
      id: TRAFFICKERS,
      file: '2020/2020-06-05.txt',
      itemIndex: 0,
      date: '2020-06-05',
      region: 'Latin America & Caribbean',
      kind: 'praise',
    });
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.text).toBe(LIBRARY[1]?.items[0]?.text);
    expect(marked(hit)).toEqual(['traffickers', 'Domingo']);
    expect(hit.snippet).toBe(hit.text);
    expect(hit.snippetRanges).toEqual(hit.ranges);
  });

  it('cut a long text into a snippet around the best match, with ranges into the snippet', () => {
    const filler = 'Volunteers met every week to pray and to write letters of encouragement to the staff. ';
    const long = createSearchEngine([
      bulletin('long.txt', '2022-02-02', [
        item(
          `${filler.repeat(6)}A judge in Kampala finally heard the land case of two widows. ${filler.repeat(6)}`,
          'Africa',
          'prayer',
        ),
      ]),
    ]);
    const hit = long.search({ text: 'widows Kampala' }).hits[0] as SearchHit;
    expect(hit.snippet.length).toBeGreaterThanOrEqual(160);
    expect(hit.snippet.length).toBeLessThanOrEqual(242);
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(hit.snippet.endsWith('…')).toBe(true);
    expect(hit.snippetRanges.map((r) => hit.snippet.slice(r.start, r.end))).toEqual(['Kampala', 'widows']);
    expect(marked(hit)).toEqual(['Kampala', 'widows']);
  });

  it('find an item by a country it names only by a city, below items naming the country', () => {
    const result = search('Philippines');
    expect(ids(result)).toEqual([PHILIPPINES, MANILA]);
    expect(marked(result.hits[1] as SearchHit)).toEqual([]);
  });

  it('find an item by a pseudonym', () => {
    expect(ids(search('Maria'))).toEqual([MARIA]);
  });
});

describe('an empty library', () => {
  it('answers every query with nothing', () => {
    const empty: SearchEngine = createSearchEngine([]);
    expect(empty.search({ text: 'pray' })).toEqual({ total: 0, hits: [], didYouMean: [] });
    expect(empty.search({ text: '' }).total).toBe(0);
    expect(empty.search({ text: 'Phillipines' }).didYouMean).toEqual([]);
  });
});
