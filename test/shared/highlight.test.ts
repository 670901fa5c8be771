import { describe, expect, it } from 'vitest';
import {
  createQueryHighlighter,
  findMatchRanges,
  makeSnippet,
  mergeRanges,
  phraseAt,
} from '../../shared/highlight';
import type { MatchRange } from '../../shared/search-types';

const slices = (text: string, ranges: readonly MatchRange[]): string[] =>
  ranges.map((r) => text.slice(r.start, r.end));

describe('findMatchRanges', () => {
  it('marks whole words that match and every occurrence of a phrase', () => {
    const text = 'Bonded labour ends; bonded labor, too. Labour laws.';
    const ranges = findMatchRanges(text, {
      isMatch: (word) => word.toLowerCase() === 'laws',
      phrases: [['bonded', 'labor']],
    });
    expect(slices(text, ranges)).toEqual(['Bonded labour', 'bonded labor', 'laws']);
  });

  it('joins overlapping matches', () => {
    const text = 'pray for Kenya';
    const ranges = findMatchRanges(text, {
      isMatch: (word) => word === 'Kenya',
      phrases: [['for', 'kenya']],
    });
    expect(slices(text, ranges)).toEqual(['for Kenya']);
  });
});

describe('phraseAt', () => {
  it('finds consecutive words', () => {
    expect(phraseAt(['a', 'b', 'a', 'c'], ['a', 'c'])).toBe(2);
    expect(phraseAt(['a', 'b'], ['b', 'c'])).toBe(-1);
    expect(phraseAt(['a'], [])).toBe(-1);
    expect(phraseAt(['a', 'b', 'a', 'b'], ['a', 'b'], 1)).toBe(2);
  });
});

describe('mergeRanges', () => {
  it('sorts and joins overlaps, keeping touching ranges apart', () => {
    expect(
      mergeRanges([
        { start: 10, end: 12 },
        { start: 0, end: 4 },
        { start: 2, end: 6 },
        { start: 6, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 6 },
      { start: 6, end: 8 },
      { start: 10, end: 12 },
    ]);
  });
});

describe('createQueryHighlighter', () => {
  it('marks typed words folded, as prefixes and as phrases, never -words', () => {
    const highlight = createQueryHighlighter('cote traff "bonded labour" -Kenya');
    const text = "Côte d'Ivoire: trafficking and bonded labor in Kenya.";
    expect(slices(text, highlight(text))).toEqual(['Côte', 'trafficking', 'bonded labor']);
  });

  it('uses the stemmer it is given, and extra words such as did-you-mean', () => {
    const stem = (word: string) => word.replace(/(ed|ing|ers)$/, '');
    const highlight = createQueryHighlighter('trafficking', { stem, extraWords: ['Philippines'] });
    const text = 'Traffickers trafficked people in the Philippines.';
    expect(slices(text, highlight(text))).toEqual(['Traffickers', 'trafficked', 'Philippines']);
  });

  it('marks nothing for single letters, stop words or an empty query', () => {
    expect(createQueryHighlighter('a')('a cat')).toEqual([]);
    const text = 'pray for the forced';
    expect(slices(text, createQueryHighlighter('pray for the')(text))).toEqual(['pray']);
    expect(createQueryHighlighter('')('a cat')).toEqual([]);
  });
});

describe('makeSnippet', () => {
  const sentence = 'Volunteers met each week to write letters of hope to the staff in the field office. ';
  const long = `${sentence.repeat(5)}A judge in Gulu heard the case of two widows at last. ${sentence.repeat(5)}`;
  const at = (word: string): MatchRange => ({
    start: long.indexOf(word),
    end: long.indexOf(word) + word.length,
  });

  it('shows a short text whole', () => {
    const ranges = [{ start: 0, end: 4 }];
    expect(makeSnippet('Pray for rain.', ranges)).toEqual({
      snippet: 'Pray for rain.',
      snippetRanges: ranges,
    });
  });

  it('cuts a window around the best match at word boundaries, starting at its sentence', () => {
    const { snippet, snippetRanges } = makeSnippet(long, [at('Gulu'), at('widows')]);
    expect(snippet.length).toBeGreaterThanOrEqual(160);
    expect(snippet.length).toBeLessThanOrEqual(242);
    expect(snippet.startsWith('…A judge in Gulu')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(slices(snippet, snippetRanges)).toEqual(['Gulu', 'widows']);
    // Cut between words: the last word before the '…' is a whole word of the text.
    const lastWord = snippet.slice(0, -1).trim().split(/\s+/).pop() as string;
    expect(long).toMatch(new RegExp(`\\b${lastWord.replace(/[.,]/g, '')}\\b`));
  });

  it('prefers the place where most matches fall together', () => {
    const lone = at('Volunteers');
    const { snippetRanges, snippet } = makeSnippet(long, [lone, at('judge'), at('Gulu'), at('widows')]);
    expect(slices(snippet, snippetRanges)).toEqual(['judge', 'Gulu', 'widows']);
  });

  it('starts at the beginning without matches, and ends at the end near the end', () => {
    const start = makeSnippet(long, []);
    expect(start.snippet.startsWith('Volunteers')).toBe(true);
    expect(start.snippet.endsWith('…')).toBe(true);
    const lastWord = long.lastIndexOf('office');
    const end = makeSnippet(long, [{ start: lastWord, end: lastWord + 6 }]);
    expect(end.snippet.startsWith('…')).toBe(true);
    expect(end.snippet.endsWith('office.')).toBe(true);
    expect(slices(end.snippet, end.snippetRanges)).toEqual(['office']);
  });

  it('never cuts a very long word it must show', () => {
    const word = 'x'.repeat(300);
    const text = `a ${word} b`;
    const { snippet } = makeSnippet(text, [{ start: 2, end: 302 }]);
    expect(snippet).toContain(word);
  });

  it('starts at the sentence of the match when it begins up to about a line before it', () => {
    const text =
      'Praise God for the survivors who testified last spring in a long and difficult trial. ' +
      'We stopped visits while the roads were closed, and the district court will hear the ' +
      'defense arguments in January. Thank God for every survivor who spoke up and for the lawyers ' +
      'who stood beside them through each hearing of the case.';
    const at = text.indexOf('court');
    const { snippet } = makeSnippet(text, [{ start: at, end: at + 5 }]);
    expect(snippet.startsWith('…We stopped visits while the roads')).toBe(true);
    expect(snippet).toContain('court');
  });
});
