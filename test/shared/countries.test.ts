import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  countryAbbreviations,
  countryFirstWords,
  countryKey,
  countryNames,
  lookupCountry,
  isCountryPhrasePrefix,
  lookupCountryKey,
  NOT_COUNTRIES,
  regionOfCountry,
  startsCountryPhrase,
} from '../../shared/countries';
import { REGIONS } from '../../shared/model';

describe('the gazetteer', () => {
  it('has each country once, with a region', () => {
    const names = countryNames();
    expect(new Set(names).size).toBe(names.length);
    for (const c of COUNTRIES) expect(REGIONS).toContain(c.region);
  });

  it('never gives one word to two countries', () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) {
      for (const phrase of [c.name, ...(c.names ?? []), ...(c.places ?? []), ...(c.demonyms ?? [])]) {
        const key = countryKey(phrase);
        expect(owner.get(key) ?? c.name, `${phrase} is listed twice`).toBe(c.name);
        owner.set(key, c.name);
      }
    }
  });

  it.each([
    [
      'Africa',
      ['Kenya', 'Uganda', 'Ghana', 'Zambia', 'Rwanda', 'Tanzania', "Côte d'Ivoire", 'DR Congo', 'Malawi'],
    ],
    ['Europe', ['Romania', 'Moldova', 'Ukraine', 'Bulgaria']],
    [
      'Latin America & Caribbean',
      ['Guatemala', 'Dominican Republic', 'Bolivia', 'Honduras', 'Ecuador', 'Peru', 'Venezuela'],
    ],
    ['South Asia', ['India', 'Bangladesh', 'Nepal', 'Sri Lanka']],
    [
      'Southeast Asia & Pacific',
      ['Thailand', 'Philippines', 'Cambodia', 'Myanmar', 'Vietnam', 'Indonesia', 'Malaysia'],
    ],
    ['North America', ['United States', 'Canada']],
    ['Europe', ['United Kingdom', 'Germany', 'Netherlands']],
    ['Southeast Asia & Pacific', ['Australia', 'New Zealand', 'Papua New Guinea', 'Fiji']],
    ['East Asia', ['North Korea', 'South Korea', 'China', 'Japan', 'Mongolia', 'Taiwan']],
    [
      'Middle East & North Africa',
      ['Kuwait', 'Qatar', 'Syria', 'Iran', 'Iraq', 'Egypt', 'Morocco', 'Türkiye', 'Saudi Arabia', 'Yemen'],
    ],
    ['Central Asia', ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan']],
    ['South Asia', ['Bangladesh', 'Pakistan', 'Afghanistan', 'Bhutan', 'Maldives']],
    ['Latin America & Caribbean', ['Mexico', 'Cuba', 'Haiti', 'Jamaica', 'Brazil', 'Colombia']],
  ])('files %s countries', (region, names) => {
    for (const name of names) expect(regionOfCountry(name), name).toBe(region);
  });

  it('leaves out words that are mostly not countries', () => {
    for (const word of [
      'Georgia',
      'Jordan',
      'Chad',
      'Turkey',
      'Korea',
      'Sofia',
      'Santiago',
      'French',
      'Spanish',
    ]) {
      expect(lookupCountry(word), word).toBeNull();
    }
  });
});

describe('lookupCountry', () => {
  it.each([
    ['Bangkok', 'Thailand'],
    ['Thai', 'Thailand'],
    ['Thais', 'Thailand'],
    ['Manila', 'Philippines'],
    ['Cebu', 'Philippines'],
    ['Filipino', 'Philippines'],
    ['Philippine', 'Philippines'],
    ['Venezuelan', 'Venezuela'],
    ['U.S.', 'United States'],
    ['USA', 'United States'],
    ['United States', 'United States'],
    ['American', 'United States'],
    ['U.K.', 'United Kingdom'],
    ['UK', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ["Côte d'Ivoire", "Côte d'Ivoire"],
    ['Cote d’Ivoire', "Côte d'Ivoire"],
    ['Ivory Coast', "Côte d'Ivoire"],
    ['DRC', 'DR Congo'],
    ['Congo', 'DR Congo'],
    ['  kenya  ', 'Kenya'],
    ['Chișinău', 'Moldova'],
    ['Chisinau', 'Moldova'],
  ])('%s → %s', (phrase, country) => {
    expect(lookupCountry(phrase)).toBe(country);
  });

  it('abbreviations need their exact case', () => {
    expect(lookupCountry('us')).toBeNull();
    expect(lookupCountry('uk')).toBeNull();
    expect(lookupCountry('drc')).toBeNull();
    expect(countryAbbreviations()[0]![0].length).toBeGreaterThanOrEqual(
      countryAbbreviations().at(-1)![0].length,
    );
  });

  it('knows phrases that are not countries', () => {
    expect(NOT_COUNTRIES).toContain('Latin America');
    expect(lookupCountryKey(countryKey('Latin America'))).toBeNull();
    expect(lookupCountryKey(countryKey('Narnia'))).toBeUndefined();
    expect(lookupCountry('Latin America')).toBeNull();
  });

  it('knows which words begin a phrase', () => {
    expect(startsCountryPhrase('dominican')).toBe(true);
    expect(startsCountryPhrase('republic')).toBe(true);
    expect(startsCountryPhrase('pray')).toBe(false);
  });

  it('knows which words can still become a phrase, and lists every first word', () => {
    expect(isCountryPhrasePrefix('papua')).toBe(true);
    expect(isCountryPhrasePrefix('papua new')).toBe(true);
    expect(isCountryPhrasePrefix('papua new guinea')).toBe(true);
    expect(isCountryPhrasePrefix('papua new guinea pray')).toBe(false);
    expect(isCountryPhrasePrefix('latin america')).toBe(true);
    expect(isCountryPhrasePrefix('pray for')).toBe(false);
    const firsts = countryFirstWords();
    expect(firsts).toContain('dominican');
    expect(firsts).not.toContain('pray');
    expect(firsts.every((word) => startsCountryPhrase(word))).toBe(true);
  });

  it('countryKey folds accents, case, apostrophes and hyphens', () => {
    expect(countryKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(countryKey('Guinea-Bissau')).toBe('guinea bissau');
    expect(countryKey('KENYA')).toBe('kenya');
  });

  it('regionOfCountry is null for unknown names', () => {
    expect(regionOfCountry('Narnia')).toBeNull();
  });
});
