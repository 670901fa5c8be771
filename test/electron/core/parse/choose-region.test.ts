import { describe, expect, it } from 'vitest';
import { chooseRegion, regionFromCountries } from '../../../../electron/core/parse/choose-region';

describe('regionFromCountries', () => {
  it.each([
    [['Kenya'], 'Africa'],
    [['Romania', 'Moldova', 'Ukraine'], 'Europe'],
    [['United States', 'Kenya'], 'Africa'],
    [['Thailand', 'Kenya', 'Uganda'], 'Africa'],
    [['Thailand', 'Kenya'], 'Southeast Asia & Pacific'],
    [['United States', 'Canada'], 'North America'],
    [['United Kingdom', 'Romania'], 'Europe'],
    [['Iraq'], 'Middle East & North Africa'],
    [['North Korea'], 'East Asia'],
    [['Antarctica'], null],
    [[], null],
  ])('%j → %s', (countries, region) => {
    expect(regionFromCountries(countries)).toBe(region);
  });

  it('can be limited to the regions of a combined heading', () => {
    expect(regionFromCountries(['Thailand', 'Romania'], ['Africa', 'Europe'])).toBe('Europe');
    expect(regionFromCountries(['United States'], ['Africa', 'Europe'])).toBeNull();
  });
});

describe('chooseRegion', () => {
  const none = { regions: [], countries: [] };
  it('a heading with one region decides', () => {
    expect(chooseRegion({ regions: ['Global'], countries: [] }, ['Kenya'], 'Kenya')).toBe('Global');
  });

  it('without one, countries decide, then region names in the text, then Other', () => {
    expect(chooseRegion(none, ['Ghana'], '')).toBe('Africa');
    expect(chooseRegion(none, [], 'our teams across Latin America')).toBe('Latin America & Caribbean');
    expect(chooseRegion(none, [], 'the whole staff')).toBe('Other');
    expect(chooseRegion({ regions: [], countries: ['Kenya'] }, ['Peru'], '')).toBe('Africa');
  });

  it('under a combined heading, prefers the heading’s regions', () => {
    const combined = { regions: ['Africa', 'Europe'] as const, countries: [] };
    expect(chooseRegion(combined, ['United States', 'Romania'], '')).toBe('Europe');
    expect(chooseRegion(combined, [], 'teams across Africa')).toBe('Africa');
    expect(chooseRegion(combined, [], 'all staff')).toBe('Other');
  });
});
