import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedQuery } from '../../shared/query-syntax';
import { MAX_QUERY_WORDS, hasPositiveParts, parseQuery } from '../../shared/query-syntax';

const parsed = (parts: Partial<ParsedQuery>): ParsedQuery => ({
  terms: [],
  phrases: [],
  required: [],
  prohibited: [],
  prohibitedPhrases: [],
  ...parts,
});

describe('parseQuery', () => {
  it('takes plain words as written', () => {
    expect(parseQuery('bonded Labour  Chennai')).toEqual(parsed({ terms: ['bonded', 'Labour', 'Chennai'] }));
  });

  it('takes quoted phrases, straight or curly', () => {
    expect(parseQuery('"bonded labour" kiln')).toEqual(
      parsed({ terms: ['kiln'], phrases: [['bonded', 'labour']] }),
    );
    expect(parseQuery('“Cote d’Ivoire”')).toEqual(parsed({ phrases: [['Cote', 'd', 'Ivoire']] }));
    expect(parseQuery('+"social workers"')).toEqual(parsed({ phrases: [['social', 'workers']] }));
  });

  it('takes +required and -prohibited words and -"phrases"', () => {
    expect(parseQuery('pray +Kenya -Uganda -"land grabbing"')).toEqual(
      parsed({
        terms: ['pray'],
        required: ['Kenya'],
        prohibited: ['Uganda'],
        prohibitedPhrases: [['land', 'grabbing']],
      }),
    );
  });

  it('reads a hyphen inside a word as part of it, not as a sign', () => {
    expect(parseQuery('anti-trafficking')).toEqual(parsed({ terms: ['anti', 'trafficking'] }));
    expect(parseQuery('-anti-trafficking')).toEqual(parsed({ prohibited: ['anti', 'trafficking'] }));
  });

  it('ignores lone signs, empty quotes and an unclosed quote (its words stay plain words)', () => {
    expect(parseQuery('+ - "" ++')).toEqual(parsed({}));
    expect(parseQuery('"bonded lab')).toEqual(parsed({ terms: ['bonded', 'lab'] }));
    expect(parseQuery('kiln "')).toEqual(parsed({ terms: ['kiln'] }));
  });

  it("treats Lunr's syntax as separators", () => {
    expect(parseQuery('title:Kenya labor^10 traff* Philipines~2 ^ :')).toEqual(
      parsed({ terms: ['title', 'Kenya', 'labor', 'traff', 'Philipines'] }),
    );
  });

  it('drops emoji and symbols', () => {
    expect(parseQuery('🙏 Kenya 🌍!!')).toEqual(parsed({ terms: ['Kenya'] }));
  });

  it('does not repeat a word', () => {
    expect(parseQuery('pray pray Pray')).toEqual(parsed({ terms: ['pray', 'Pray'] }));
  });

  it('caps long inputs', () => {
    expect(parseQuery('x'.repeat(10_000)).terms[0]?.length).toBeLessThanOrEqual(500);
    const many = parseQuery(Array.from({ length: 200 }, (_v, i) => `w${i}`).join(' '));
    expect(many.terms).toHaveLength(MAX_QUERY_WORDS);
    expect(parseQuery('a b c d', { maxWords: 2 }).terms).toEqual(['a', 'b']);
  });

  it('answers anything, even what is not a string', () => {
    expect(parseQuery(undefined)).toEqual(parsed({}));
    expect(parseQuery(42)).toEqual(parsed({}));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseQuery(text);
        const words = [
          ...result.terms,
          ...result.required,
          ...result.prohibited,
          ...result.phrases.flat(),
          ...result.prohibitedPhrases.flat(),
        ];
        return words.length <= MAX_QUERY_WORDS && words.every((word) => word.length > 0 && !/\s/.test(word));
      }),
    );
  });
});

describe('hasPositiveParts', () => {
  it('tells a search from a listing', () => {
    expect(hasPositiveParts(parseQuery('kiln'))).toBe(true);
    expect(hasPositiveParts(parseQuery('"bonded labour"'))).toBe(true);
    expect(hasPositiveParts(parseQuery('-kiln -"bonded labour"'))).toBe(false);
    expect(hasPositiveParts(parseQuery(''))).toBe(false);
  });
});
