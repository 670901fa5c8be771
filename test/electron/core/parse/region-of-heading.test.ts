import { describe, expect, it } from 'vitest';
import { regionNamedInText, regionsOfHeading } from '../../../../electron/core/parse/region-of-heading';

describe('regionsOfHeading', () => {
  it.each([
    ['Africa', ['Africa']],
    ['Europe', ['Europe']],
    ['Latin America', ['Latin America & Caribbean']],
    ['South Asia', ['South Asia']],
    ['Southeast Asia', ['Southeast Asia & Pacific']],
    ['Asia Pacific', ['Southeast Asia & Pacific']],
    ['IJM HQ & Global Partners', ['Global']],
    ['IJM Global Office & Partners', ['Global']],
    ['Global Office', ['Global']],
    ['IJM Headquarters', ['Global']],
    ['Africa + Europe', ['Africa', 'Europe']],
    ['Africa & Europe', ['Africa', 'Europe']],
    ['Europe/Africa', ['Europe', 'Africa']],
    ['Latin America and the Caribbean', ['Latin America & Caribbean']],
  ])('%s → %j', (heading, regions) => {
    expect(regionsOfHeading(heading)).toEqual({ known: true, regions });
  });

  it.each([
    ['Survivor Stories', []],
    ['Kenya', []],
    ['Praise Reports From Africa', ['Africa']],
  ])('%s is unknown (regions %j)', (heading, regions) => {
    expect(regionsOfHeading(heading)).toEqual({ known: false, regions });
  });
});

describe('regionNamedInText', () => {
  it.each([
    ['our teams across Latin America', 'Latin America & Caribbean'],
    ['the South Asia team', 'South Asia'],
    ['in Southeast Asia and beyond', 'Southeast Asia & Pacific'],
    ['from Africa to Europe', null],
    ['nothing here', null],
  ])('%s → %s', (text, region) => {
    expect(regionNamedInText(text)).toBe(region);
  });
});

describe('regionsOfHeading, asked again', () => {
  it('gives the same answer each time, which no caller can change', () => {
    const first = regionsOfHeading('Africa + Europe');
    expect(regionsOfHeading('Africa + Europe')).toEqual({ known: true, regions: ['Africa', 'Europe'] });
    expect(Object.isFrozen(first) && Object.isFrozen(first.regions)).toBe(true);
  });

  it('reads accented headings as their plain spelling', () => {
    expect(regionsOfHeading('Latin Américá')).toEqual(regionsOfHeading('Latin America'));
    expect(regionsOfHeading('ÁFRICA').regions).toEqual(['Africa']);
  });
});
