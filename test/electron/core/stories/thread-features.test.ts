import { describe, expect, it, vi } from 'vitest';
import { placesIn } from '../../../../electron/core/parse/find-places';
import { FeatureExtractor } from '../../../../electron/core/stories/term-extractor';
import {
  createFeatureCache,
  dayOf,
  extractFeatures,
  pseudonymKey,
} from '../../../../electron/core/stories/thread-features';
import { cosine, CosineScratch, intersectSorted } from '../../../../electron/core/stories/thread-similarity';
import { bulletin } from './story-bulletins';

/** The words kept for a request, as written (first seen form per term). */
function keptWords(text: string, countries: string[] = [], pseudonyms: string[] = []): string[] {
  const { items, termWords } = extractFeatures([bulletin('2024-01-07', [{ text, countries, pseudonyms }])]);
  return Array.from(items[0]!.terms, (term) => termWords[term]!).sort();
}

describe('extractFeatures', () => {
  it('keeps the content words, stemmed, without stop words, boilerplate or numbers', () => {
    expect(
      keptWords(
        'Please pray for our IJM staff and team as they prepare 3 cases for the land tribunal. Praise God!',
      ),
    ).toEqual(['cases', 'land', 'prepare', 'tribunal']);
  });

  it("leaves the request's own country, demonym and pseudonym words to their own features", () => {
    expect(
      keptWords(
        'Pray for Brianna*, a Ugandan girl in Uganda, whose uncle sold her cattle.',
        ['Uganda'],
        ['Brianna'],
      ),
    ).toEqual(['cattle', 'girl', 'sold', 'uncle', 'whose']);
  });

  it('compares a town or district as a place, not as wording', () => {
    const { items } = extractFeatures([
      bulletin('2024-01-07', [{ text: 'A widow in Mukono district and a farm near Guatemala City.' }]),
    ]);
    expect(items[0]!.places).toEqual(['guatemala city', 'mukono']);
    expect(keptWords('A widow in Mukono district.')).toEqual(['district', 'widow']);
  });

  it('reads curly quotes, dashes and accented words the same as plain ones', () => {
    const plain = keptWords("The judge's ruling - a \"first\" for Cote d'Ivoire's courts.");
    const curly = keptWords('The judge’s ruling – a “first” for Côte d’Ivoire’s courts.');
    expect(curly).toEqual(plain);
    expect(keptWords('Café owners and a señora met the prosecutor')).toEqual([
      'cafe',
      'met',
      'owners',
      'prosecutor',
      'senora',
    ]);
  });

  it('gives every request an id, its bulletin, day, sorted countries and folded pseudonyms', () => {
    const library = extractFeatures([
      bulletin('2024-01-07', ['Pray for Kenya.']),
      bulletin(null, [
        { text: 'One', countries: ['Kenya', 'Uganda', 'Kenya'], pseudonyms: ['Zoë', 'Amos', 'Amos'] },
        'Two',
      ]),
    ]);
    expect(library.items.map((item) => item.id)).toEqual([
      '2024-01-07.txt#0',
      'undated.txt#0',
      'undated.txt#1',
    ]);
    expect(library.byId.get('undated.txt#1')).toBe(2);
    const second = library.items[1]!;
    expect(second).toMatchObject({
      bulletin: 1,
      itemIndex: 0,
      countries: ['Kenya', 'Uganda'],
      pseudonyms: ['amos', 'zoe'],
    });
    expect(second.day).toBeNaN();
    expect(library.items[0]!.day).toBe(dayOf('2024-01-07'));
  });

  it('weights words by TF-IDF into vectors of length one', () => {
    const library = extractFeatures([
      bulletin('2024-01-07', [
        'Pray for the land tribunal hearing of the widow.',
        'Pray for the widow and her children.',
        'Pray for the widow as she rests.',
      ]),
    ]);
    for (const item of library.items) {
      const length = Math.hypot(...item.weights);
      expect(length).toBeCloseTo(1, 5);
    }
    const first = library.items[0]!;
    const weightOf = (word: string) => first.weights[first.terms.indexOf(library.termOf(word)!)]!;
    // "widow" is in every request, "tribunal" in one: the rare word weighs more.
    expect(weightOf('tribunal')).toBeGreaterThan(weightOf('widow'));
    expect(library.documentFrequency[library.termOf('widow')!]).toBe(3);
  });
});

describe('similarity helpers', () => {
  const library = extractFeatures([
    bulletin('2024-01-07', [
      'Pray for the stateless children waiting for citizenship papers.',
      'Rejoice: the stateless children were granted citizenship!',
      'Pray for rain for the farmers.',
    ]),
  ]);
  const [a, b, c] = library.items as [never, never, never];

  it('scores shared wording high and unrelated wording zero, the same in both ways of working it out', () => {
    expect(cosine(a, b)).toBeGreaterThan(0.4);
    expect(cosine(a, c)).toBe(0);
    const scratch = new CosineScratch(library.documentFrequency.length);
    scratch.load(a);
    expect(scratch.against(b)).toBeCloseTo(cosine(a, b), 6);
    scratch.load(c);
    expect(scratch.against(a)).toBe(0);
    expect(scratch.against(c)).toBeCloseTo(1, 5);
  });

  it('intersects sorted name lists', () => {
    expect(intersectSorted(['amos', 'zoe'], ['zoe'])).toEqual(['zoe']);
    expect(intersectSorted([], ['zoe'])).toEqual([]);
    expect(intersectSorted(['amos'], ['zoe'])).toEqual([]);
  });

  it('folds pseudonyms and dates', () => {
    expect(pseudonymKey(' Zoë ')).toBe('zoe');
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf(null)).toBeNaN();
    expect(dayOf('not a date')).toBeNaN();
  });

  it('finds gazetteer places, longest first', () => {
    expect(placesIn('From Santa Cruz de la Sierra to La Paz, then Kampala.')).toEqual([
      'kampala',
      'la paz',
      'santa cruz de la sierra',
    ]);
    expect(placesIn('No places here.')).toEqual([]);
  });

  it('looks a word up the same way whether it was met in a plain or an accented text', () => {
    const extractor = new FeatureExtractor();
    const plain = extractor.analyse('widow land widow');
    const accented = extractor.analyse('widow land widow é');
    expect(Array.from(accented.terms)).toEqual(Array.from(plain.terms));
    expect(Array.from(plain.counts)).toEqual([2, 1]);
  });
});

describe('the feature cache', () => {
  const first = bulletin('2024-01-07', ['Pray for the widow whose plot was fenced off.', 'Pray for rain.']);
  const second = bulletin('2024-01-14', ['The tribunal heard the widow about her plot.']);
  const changed = bulletin('2024-01-14', ['The tribunal ruled the plot is the widow’s.']);

  /** Each request's words and weights, whatever the term ids. */
  const weighted = (library: ReturnType<typeof extractFeatures>) =>
    library.items.map((item) =>
      Object.fromEntries(item.terms.map((term, k) => [library.termWords[term], item.weights[k]!.toFixed(6)])),
    );

  it('reads only new or changed bulletins again, and gives what a fresh build gives', () => {
    const cache = createFeatureCache();
    extractFeatures([first, second], cache);
    const analyse = vi.spyOn(FeatureExtractor.prototype, 'analyse');
    const again = extractFeatures([first, changed], cache);
    expect(analyse).toHaveBeenCalledTimes(1);
    analyse.mockRestore();
    expect(weighted(again)).toEqual(weighted(extractFeatures([first, changed])));
    expect(again.items.map((item) => item.id)).toEqual([
      '2024-01-07.txt#0',
      '2024-01-07.txt#1',
      '2024-01-14.txt#0',
    ]);
  });
});
