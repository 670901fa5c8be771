import { describe, expect, it } from 'vitest';
import {
  endsSentence,
  hasHeadingShape,
  headingText,
  isKnownHeading,
} from '../../../../electron/core/parse/detect-headings';

describe('isKnownHeading', () => {
  it.each([
    'Africa',
    'Europe',
    'Latin America',
    'South Asia',
    'Southeast Asia',
    'South East Asia',
    'Asia Pacific',
    'Asia-Pacific',
    'Africa + Europe',
    'Africa & Europe',
    'Africa and Europe',
    'IJM HQ & Global Partners',
    'IJM HQ and Global Partners',
    'IJM Global Office & Partners',
    'Global Office',
    'IJM Headquarters',
    'LATIN AMERICA',
    'latin america',
    'Latin America:',
    'Latin America and the Caribbean',
    'East Africa',
  ])('%s', (line) => {
    expect(isKnownHeading(line)).toBe(true);
  });

  it.each([
    'Survivor Stories',
    'Pray for Africa.',
    'Africa, where our teams work,',
    'Kenya',
    'Pray for our teams across Latin America and Southeast Asia this week',
    '',
  ])('not: %s', (line) => {
    expect(isKnownHeading(line)).toBe(false);
  });
});

describe('hasHeadingShape', () => {
  it.each([
    'Survivor Stories',
    'Field Updates',
    'Praise Reports',
    'Kenya',
    'Special Request:',
    'A Week of Rescues',
  ])('%s', (line) => {
    expect(hasHeadingShape(line)).toBe(true);
  });

  it.each([
    'Pray for Kenya',
    'Pray for the children',
    'the judges of the high court',
    'Thank you.',
    'A very long line that goes on and on with many words in it',
    '1,000',
    '',
  ])('not: %s', (line) => {
    expect(hasHeadingShape(line)).toBe(false);
  });
});

describe('helpers', () => {
  it('headingText drops a trailing colon', () => {
    expect(headingText('Latin America:')).toBe('Latin America');
  });

  it.each([
    ['A sentence.', true],
    ['A question?', true],
    ['A quote.”', true],
    ['(In brackets.)', true],
    ['no end', false],
    ['a colon:', false],
    ['Wait…', true],
    ['He said “Pray!”)', true],
    ['”)', false],
    ['', false],
    ['Pray. Then', false],
  ])('endsSentence(%s) → %s', (line, ends) => {
    expect(endsSentence(line)).toBe(ends);
  });
});
