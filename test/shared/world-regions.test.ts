// The world regions and the gazetteer behind them, as other missions' letters name places: aliases, old
// names, demonyms, capitals, words that are not places, and region ids of older versions.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, lookupCountry, regionOfCountry } from '../../shared/countries';
import { migrateRegion, migrateRegions, REGIONS, regionFromName } from '../../shared/model';
import { findCountries } from '../../electron/core/parse/find-countries';

describe('the gazetteer on the world-countries package', () => {
  it('knows every country and territory of the package, each in one of the regions', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(245);
    for (const c of COUNTRIES) expect(REGIONS, c.name).toContain(c.region);
    // Only Antarctica and its islands are nowhere.
    const other = COUNTRIES.filter((c) => c.region === 'Other').map((c) => c.code);
    expect(other.sort()).toEqual(['ATA', 'ATF', 'BVT', 'HMD', 'SGS']);
  });

  it.each([
    ['North Korea', 'East Asia'],
    ['DPRK', 'East Asia'],
    ['Kuwait', 'Middle East & North Africa'],
    ['Qatar', 'Middle East & North Africa'],
    ['Syria', 'Middle East & North Africa'],
    ['Iran', 'Middle East & North Africa'],
    ['Persia', 'Middle East & North Africa'],
    ['Bangladesh', 'South Asia'],
    ['Uzbekistan', 'Central Asia'],
    ['Kyrgyz', 'Central Asia'],
    ['Laos', 'Southeast Asia & Pacific'],
    ['Vanuatu', 'Southeast Asia & Pacific'],
    ['Cuba', 'Latin America & Caribbean'],
    ['Mexican', 'Latin America & Caribbean'],
    ['Canada', 'North America'],
    ['Algeria', 'Middle East & North Africa'],
    ['Eritrea', 'Africa'],
    ['Sudan', 'Africa'],
  ])('%s is in %s', (phrase, region) => {
    const country = lookupCountry(phrase);
    expect(country, phrase).not.toBeNull();
    expect(regionOfCountry(country!)).toBe(region);
  });

  it.each([
    ['DRC', 'DR Congo'],
    ['DR Congo', 'DR Congo'],
    ['Democratic Republic of the Congo', 'DR Congo'],
    ['Congo', 'DR Congo'],
    ['Congo-Brazzaville', 'Republic of the Congo'],
    ['Burma', 'Myanmar'],
    ['Burmese', 'Myanmar'],
    ['Türkiye', 'Türkiye'],
    ['Turkiye', 'Türkiye'],
    ['Ivory Coast', "Côte d'Ivoire"],
    ['Swaziland', 'Eswatini'],
    ['East Timor', 'Timor-Leste'],
    ['Holland', 'Netherlands'],
    ['Dominican', 'Dominican Republic'],
    ['American', 'United States'],
    ['Dutch', 'Netherlands'],
    ['Indian', 'India'],
    ['Saudi', 'Saudi Arabia'],
    ['UAE', 'United Arab Emirates'],
    ['Amman', 'Jordan'],
    ["N'Djamena", 'Chad'],
    ['Tbilisi', 'Georgia'],
    ['Ulan Bator', 'Mongolia'],
  ])('%s → %s', (phrase, country) => {
    expect(lookupCountry(phrase)).toBe(country);
  });

  it('gives each word to one country', () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) {
      for (const phrase of [...(c.names ?? []), ...(c.demonyms ?? []), ...(c.places ?? [])]) {
        expect(owner.get(phrase) ?? c.name, phrase).toBe(c.name);
        owner.set(phrase, c.name);
      }
    }
  });

  it('reads names that are also first names, a state or a bird only when written in capitals', () => {
    expect(findCountries('Jordan and Chad drove to Georgia to buy a turkey.')).toEqual([]);
    expect(findCountries('JORDAN 12 – Pray for refugees from Syria.')).toEqual(['Jordan', 'Syria']);
    expect(findCountries('CHAD: believers near the border')).toEqual(['Chad']);
    expect(lookupCountry('Jordan')).toBeNull();
    expect(lookupCountry('JORDAN')).toBe('Jordan');
  });

  it('does not take labels that are no place for countries', () => {
    for (const label of ['The World', 'Global', 'ENGLISH', 'EAST ASIA', 'Middle East', 'Central Asia']) {
      expect(findCountries(label), label).toEqual([]);
    }
    for (const text of [
      'Victoria* and Sofia* were baptised in Kingston last month.',
      'The bottom line is that the Reunion was a joy.',
      'Pray for the peace of Jerusalem.',
      'Pray for French and Spanish speakers.',
    ]) {
      expect(findCountries(text), text).toEqual([]);
    }
  });
});

describe('region ids', () => {
  it('reads ids of older versions as today’s', () => {
    expect(migrateRegion('Latin America')).toEqual(['Latin America & Caribbean']);
    expect(migrateRegion('Southeast Asia')).toEqual(['Southeast Asia & Pacific', 'East Asia']);
    expect(migrateRegion('Africa')).toEqual(['Africa']);
    expect(migrateRegion('Narnia')).toEqual([]);
    expect(migrateRegions(['Southeast Asia', 'Africa', 'Latin America', 'Africa'])).toEqual([
      'Africa',
      'East Asia',
      'Southeast Asia & Pacific',
      'Latin America & Caribbean',
    ]);
  });

  it.each([
    ['east-asia', 'East Asia'],
    ['EAST ASIA', 'East Asia'],
    ['Latin America & Caribbean', 'Latin America & Caribbean'],
    ['latin-america-and-caribbean', 'Latin America & Caribbean'],
    ['latin-america', 'Latin America & Caribbean'],
    ['mena', 'Middle East & North Africa'],
    ['middle-east', 'Middle East & North Africa'],
    ['asia-pacific', 'Southeast Asia & Pacific'],
    ['southeast-asia', 'Southeast Asia & Pacific'],
    ['north_america', 'North America'],
    ['global', 'Global'],
  ])('a typed %s is %s', (typed, region) => {
    expect(regionFromName(typed)).toBe(region);
  });

  it('a typed name of no region is null', () => {
    expect(regionFromName('Narnia')).toBeNull();
    expect(regionFromName('')).toBeNull();
  });
});
