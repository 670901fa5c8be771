import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../../electron/core/parse/find-countries';
import {
  COUNTRIES,
  countryKey,
  lookupCountryKey,
  MAX_PHRASE_WORDS,
  NOT_COUNTRIES,
} from '../../../../shared/countries';

describe('findCountries', () => {
  it.each([
    ['IJM Bangkok supports Thai authorities.', ['Thailand']],
    ['Our team in Manila helped Philippine officials and Filipino families in Cebu.', ['Philippines']],
    [
      'six Venezuelan women in the Dominican Republic, recruited in Venezuela',
      ['Venezuela', 'Dominican Republic'],
    ],
    ['Pray for U.S. advocates and U.S. leaders.', ['United States']],
    ['offices in the USA, the United States of America and among Americans', ['United States']],
    ['the U.K., the UK, Britain and British churches', ['United Kingdom']],
    ["Côte d'Ivoire, Cote d’Ivoire and the Ivory Coast", ["Côte d'Ivoire"]],
    ['the DRC, the Democratic Republic of the Congo and Congolese judges', ['DR Congo']],
    ['Brazzaville, in the Republic of the Congo', ['Republic of the Congo']],
    ['Papua New Guinea, not Guinea', ['Papua New Guinea', 'Guinea']],
    ['Guinea-Bissau and Timor-Leste', ['Guinea-Bissau', 'Timor-Leste']],
    ["Kenya's courts and Uganda’s police", ['Kenya', 'Uganda']],
    ['Dar es Salaam and Phnom Penh', ['Tanzania', 'Cambodia']],
    ['Romanian, Moldovan and Ukrainian survivors', ['Romania', 'Moldova', 'Ukraine']],
    ['Kenyans, Ugandans and Thais', ['Kenya', 'Uganda', 'Thailand']],
    ['Washington, D.C. and Chicago', ['United States']],
    ['the Netherlands, Holland and the Dutch office in The Hague', ['Netherlands']],
    ['a Zambian widow in Lusaka, then Ghana, then Zambia again', ['Zambia', 'Ghana']],
    ['Phillipines, misspelt', ['Philippines']],
    ['IJM US office', ['United States']],
  ])('%s', (text, countries) => {
    expect(findCountries(text)).toEqual(countries);
  });

  it.each([
    'Pray for our friends in Indiana.',
    'Jordan and Chad are interns from Georgia.',
    'across Latin America and South America',
    'Latin American churches',
    'the Indian Ocean',
    'a turkey dinner on china plates',
    'pray for us; the uk office is in a drc building', // abbreviations need their case
    'PRAY FOR US',
    'JOIN US AND OUR TEAMS',
    'McKenya and Kenyaville', // whole words only
    'Sofia* and Santiago* were freed', // names, not cities
    'Guinea pigs',
    '',
  ])('no country in: %s', (text) => {
    expect(findCountries(text)).toEqual([]);
  });

  it('New Mexico is in the United States', () => {
    expect(findCountries('a church in New Mexico')).toEqual(['United States']);
  });
});

// findCountries reads words with a hand-written scanner and skips phrases that cannot become known ones.
// It must find exactly what the plain definition finds: capitalised words and the words after them read by
// the regular expressions below, every known phrase looked up, longest first.
const CAPITAL_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{M}'’]/u;
const NEXT_WORD = /[ -]{1,3}([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)/uy;

function byDefinition(text: string): string[] {
  const lookup = (key: string) => {
    const country = lookupCountryKey(key);
    return country !== undefined ? country : lookupCountryKey(key.replace(/'s$/, ''));
  };
  const hits: Array<{ at: number; country: string }> = [];
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(text); m; m = CAPITAL_WORD.exec(text)) {
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) continue;
    const keys = [countryKey(m[0])];
    const ends = [m.index + m[0].length];
    for (let pos = ends[0]!; keys.length < MAX_PHRASE_WORDS;) {
      NEXT_WORD.lastIndex = pos;
      const next = NEXT_WORD.exec(text);
      if (!next) break;
      keys.push(countryKey(next[1]!));
      pos = NEXT_WORD.lastIndex;
      ends.push(pos);
    }
    for (let n = keys.length; n > 0; n--) {
      const country = lookup(keys.slice(0, n).join(' '));
      if (country === undefined) continue;
      if (country !== null) hits.push({ at: m.index, country });
      CAPITAL_WORD.lastIndex = ends[n - 1]!;
      break;
    }
  }
  return [...new Set(hits.sort((a, b) => a.at - b.at).map((h) => h.country))];
}

/** The text with every abbreviation broken up, so that only named countries are compared. */
function withoutAbbreviations(text: string): string {
  return text.replace(/\b(?:U\.?S\.?A?|U\.?K\.?|D\.?R\.?C\.?|U\.?A\.?E\.?|D\.?C\.?)/g, (a) =>
    a.toLowerCase(),
  );
}

describe('findCountries reads words as the plain definition does', () => {
  it('finds every name, place and demonym of the gazetteer, alone, in a sentence, possessive and plural', () => {
    const phrases = [
      ...NOT_COUNTRIES,
      ...COUNTRIES.flatMap((c) => [c.name, ...(c.names ?? []), ...(c.places ?? []), ...(c.demonyms ?? [])]),
    ];
    for (const phrase of phrases) {
      for (const text of [
        phrase,
        `Pray for ${phrase} today.`,
        `${phrase}'s courts and ${phrase}’s police`,
        `the ${phrase}s and ${phrase}-based teams`,
      ]) {
        const plain = withoutAbbreviations(text);
        expect(findCountries(plain), plain).toEqual(byDefinition(plain));
      }
    }
  });

  it('agrees on random text of names, separators, apostrophes, accents, marks and surrogate pairs', () => {
    const pieces = [
      ...[
        'Papua',
        'New',
        'Guinea',
        'Bissau',
        'Latin',
        'America',
        'Côte',
        "d'Ivoire",
        'd’Ivoire',
        'Dar',
        'es',
      ],
      ...['Salaam', 'Sierra', 'Leone', "Leone's", 'Kenya', "Kenya's", 'Uganda’s', 'The', 'the', 'Democratic'],
      ...['Republic', 'of', 'Congo', 'Pan', 'American', 'Mc', 'CÔTE', 'İ', 'ǅ', 'Σ', 'И', 'é', 'É', '\u0301'],
      ...[' ', ' ', '  ', '    ', '-', '--', ' - ', "'", '’', '.', ',', '*', '\u00a0', '1', 'x', 'Q'],
      ...['𝐀', '𝐚', '😀', '\ud835', '\udc00'],
    ];
    let seed = 1;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return ((seed >>> 8) & 0xffff) % n;
    };
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let k = 1 + random(12); k > 0; k--) text += pieces[random(pieces.length)];
      expect(findCountries(text), JSON.stringify(text)).toEqual(byDefinition(text));
    }
  });
});
