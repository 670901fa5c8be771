import { describe, expect, it } from 'vitest';
import { findPersonNames } from '../../../../electron/core/parse/find-names';
import { findCopies } from '../../../../electron/core/stories/bulletin-copies';
import {
  identifyingNumbers,
  isPraiseReport,
  outcomesAsked,
  outcomesReported,
  refersBack,
} from '../../../../electron/core/stories/story-signals';
import { bulletin } from './story-bulletins';

describe('findPersonNames', () => {
  it('finds people named in full, not places, countries, institutions or the bulletin’s own words', () => {
    expect(
      findPersonNames(
        'Pray for the families of Daniel Kiptoo and our driver Francis Mutua in Kenya. Praise God that the ' +
          'High Court in the Dominican Republic heard Kevin Barasa’s mother, near Lake Volta.',
      ),
    ).toEqual(['daniel kiptoo', 'francis mutua', 'kevin barasa']);
    expect(findPersonNames('Praise God for the Ministry of Justice in La Paz.')).toEqual([]);
  });
});

describe('identifyingNumbers', () => {
  it('keeps head counts of 11 or more; leaves out ages, years, dates, durations and money', () => {
    expect(
      identifyingNumbers(
        'The 37 survivors, aged 14 to 16, and 640+ families; 2,700 churches on 29 September 2019 after ' +
          '30 days; a 15-year-old; $1,400 each; two girls.',
      ),
    ).toEqual(['37', '640', '2700']);
  });
});

describe('refersBack', () => {
  it('reads references to an earlier week of the story', () => {
    expect(refersBack('Last month we asked you to pray for a girl who was moved.')).toBe(true);
    expect(refersBack('Update: the trial over the three minors opened.')).toBe(true);
    expect(refersBack('Thank you for praying for the open positions.')).toBe(true);
    expect(refersBack('The girls rescued in February gave evidence.', 10)).toBe(true);
    expect(refersBack('The girls rescued in February gave evidence.', 2)).toBe(false);
    expect(refersBack('Pray for 37 workers freed from a quarry last week.')).toBe(false);
  });
});

describe('outcomes', () => {
  it('matches what a prayer asks for with what a praise reports', () => {
    expect([...outcomesAsked('Pray for the trial of four officers.')]).toContain('verdict');
    expect([...outcomesReported('The court convicted three officers.')]).toContain('verdict');
    expect([...outcomesReported('The charge against him was withdrawn.')]).toEqual(['release']);
    expect(outcomesAsked('Pray for comfort for the family.').size).toBe(0);
  });

  it('reads "Last year we asked you to pray… now…" with an outcome as a praise report', () => {
    expect(
      isPraiseReport('Last year we asked you to pray for the trial. Now both men have been convicted.'),
    ).toBe(true);
    expect(isPraiseReport('Last year we asked you to pray for the trial. Please keep praying.')).toBe(false);
  });
});

describe('findCopies', () => {
  it('reads the same week saved twice as one bulletin, and leaves two weeks of one date apart', () => {
    const requests = [
      'Pray for the families of the workers freed from the quarry as they wait for their certificates.',
      'Praise God for the court in Kenya that acquitted four men wrongly accused of robbery last year.',
      'Pray for our team in Bangkok as it begins to support the authorities against forced labour at sea.',
    ];
    const email = bulletin('2021-06-12', requests, 'week.txt');
    const web = bulletin('2021-06-12', [...requests, 'Posted by the prayer team.'], 'web/week.html');
    const other = bulletin(
      '2021-06-12',
      [
        'Pray for another mission’s teachers as school starts again this week.',
        'Pray for rain in the north of the country where the harvest failed twice.',
      ],
      'other.txt',
    );
    const copies = findCopies([email, web, other]);
    expect([...copies.copyOf]).toEqual([['web/week.html', 'week.txt']]);
    expect(copies.itemOf.get('web/week.html#2')).toBe('week.txt#2');
    expect([...copies.skipped]).toEqual([1]);
  });
});
