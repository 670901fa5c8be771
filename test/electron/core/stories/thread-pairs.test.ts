import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../../electron/core/stories/thread-features';
import {
  BACK_REFERENCE,
  LINK_THRESHOLD,
  pairEvidence,
  pseudonymWeight,
  pseudonymWeights,
  scoreCandidatePairs,
} from '../../../../electron/core/stories/thread-pairs';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';
import { generateBulletin } from '../../../bench/generate-archive';
import type { Bulletin } from '../../../../shared/model';
import { bulletin } from './story-bulletins';

function evidenceOf(bulletins: Bulletin[], x = 0, y = 1) {
  const { items } = extractFeatures(bulletins);
  return pairEvidence(items[x]!, items[y]!);
}

const courtCase = 'Pray for the court hearing about the stolen cattle.';

describe('pairEvidence', () => {
  it('counts a shared pseudonym strongly, and different pseudonyms strongly against', () => {
    const same = evidenceOf([
      bulletin('2024-01-07', [{ text: courtCase, pseudonyms: ['Amos'] }]),
      bulletin('2024-02-04', [{ text: 'Pray for rest for the family.', pseudonyms: ['Amos'] }]),
    ]);
    expect(same.sharedPseudonyms).toEqual(['amos']);
    expect(same.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    const other = evidenceOf([
      bulletin('2024-01-07', [{ text: courtCase, pseudonyms: ['Amos'] }]),
      bulletin('2024-02-04', [{ text: courtCase, pseudonyms: ['Ruth'] }]),
    ]);
    expect(other.cosine).toBeCloseTo(1, 5);
    expect(other.score).toBeLessThan(LINK_THRESHOLD);
  });

  it('links close wording in one country, and not the same wording in two', () => {
    const oneCountry = evidenceOf([
      bulletin('2024-01-07', [{ text: courtCase, countries: ['Kenya'] }]),
      bulletin('2024-01-14', [{ text: courtCase, countries: ['Kenya'] }]),
    ]);
    expect(oneCountry.sharedCountries).toEqual(['Kenya']);
    expect(oneCountry.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    const twoCountries = evidenceOf([
      bulletin('2024-01-07', [{ text: courtCase, countries: ['Kenya'] }]),
      bulletin('2024-01-14', [{ text: courtCase, countries: ['Ghana'] }]),
    ]);
    expect(twoCountries.score).toBeLessThan(LINK_THRESHOLD);
  });

  it('counts the same district for, and two districts of one country against', () => {
    const text = (place: string) => ({
      text: `Pray for the widow in ${place} whose plot was fenced off.`,
      countries: ['Uganda'],
    });
    const { items } = extractFeatures([
      bulletin('2024-01-07', [text('Mukono')]),
      bulletin('2024-03-07', [text('Mukono')]),
      bulletin('2024-03-14', [text('Gulu')]),
    ]);
    const sameDistrict = pairEvidence(items[0]!, items[1]!);
    const twoDistricts = pairEvidence(items[0]!, items[2]!);
    expect(sameDistrict.sharedPlaces).toEqual(['mukono']);
    // The place is not wording: both pairs read alike, and only the districts tell them apart.
    expect(twoDistricts.cosine).toBeCloseTo(sameDistrict.cosine, 6);
    expect(sameDistrict.score - twoDistricts.score).toBeCloseTo(0.4, 6);
  });

  it('never links two requests of one bulletin unless they name the same person', () => {
    const twoRequests = evidenceOf([
      bulletin('2024-01-07', [
        { text: courtCase, countries: ['Kenya'] },
        { text: courtCase, countries: ['Kenya'] },
      ]),
    ]);
    expect(twoRequests.score).toBe(-Infinity);
    const samePerson = evidenceOf([
      bulletin('2024-01-07', [
        { text: courtCase, pseudonyms: ['Amos'] },
        { text: 'Amos* also starts school.', pseudonyms: ['Amos'] },
      ]),
    ]);
    expect(samePerson.score).toBeGreaterThan(0);
  });

  it('lowers the score with the years between, and gives up beyond five', () => {
    const apart = (date: string) =>
      evidenceOf([
        bulletin('2016-01-03', [{ text: courtCase, countries: ['Kenya'] }]),
        bulletin(date, [{ text: courtCase, countries: ['Kenya'] }]),
      ]).score;
    expect(apart('2016-06-05')).toBeCloseTo(apart('2016-12-04'), 5);
    expect(apart('2018-01-07')).toBeLessThan(apart('2016-12-04'));
    expect(apart('2022-01-02')).toBe(-Infinity);
  });

  it('values a pseudonym less the more requests use it', () => {
    expect(pseudonymWeight(3, 60_000)).toBe(pseudonymWeight(20, 60_000));
    expect(pseudonymWeight(200, 60_000)).toBeLessThan(pseudonymWeight(20, 60_000));
    expect(pseudonymWeight(2000, 60_000)).toBeLessThan(pseudonymWeight(200, 60_000));
    expect(pseudonymWeight(2000, 60_000)).toBeGreaterThan(0);
  });
});

describe('scoreCandidatePairs', () => {
  it('finds pairs through a shared pseudonym, a shared place and a shared rare subject word', () => {
    const bulletins = [
      bulletin('2023-01-08', [
        {
          text: 'Pray for Anjali* as she settles into the shelter.',
          countries: ['India'],
          pseudonyms: ['Anjali'],
        },
        { text: 'Pray for the widow whose plot was fenced off in Mukono.', countries: ['Uganda'] },
        { text: 'Pray for 47 stateless children waiting for citizenship.', countries: ['Thailand'] },
        'Pray for our leaders as they plan the year.',
      ]),
      bulletin('2023-06-25', [
        { text: 'The man who sold Anjali* is out on bail.', pseudonyms: ['Anjali'] },
        {
          text: 'The tribunal in Mukono postponed the hearing on the widow’s fenced plot.',
          countries: ['Uganda'],
        },
        { text: 'Rejoice: 47 stateless children were granted citizenship!', countries: ['Thailand'] },
        'Pray for good health for everyone travelling.',
      ]),
    ];
    const library = extractFeatures(bulletins);
    const pairs = scoreCandidatePairs(library, (i) => (i % 4 === 3 ? 'Global' : 'Africa'));
    const found = pairs.map(({ a, b }) => `${library.items[a]!.id} ${library.items[b]!.id}`).sort();
    expect(found).toEqual([
      '2023-01-08.txt#0 2023-06-25.txt#0',
      '2023-01-08.txt#1 2023-06-25.txt#1',
      '2023-01-08.txt#2 2023-06-25.txt#2',
    ]);
    for (const pair of pairs) {
      expect(pair.a).toBeLessThan(pair.b);
      expect(pair.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    }
  });

  it('stays near-linear on a common key: each request meets its neighbours in time, not everyone', () => {
    const weeks = Array.from({ length: 300 }, (_, week) =>
      bulletin(new Date(Date.UTC(2020, 0, 5 + 7 * week)).toISOString().slice(0, 10), [
        {
          text: `Pray for Maria* and her court case number ${week}.`,
          countries: ['Peru'],
          pseudonyms: ['Maria'],
        },
      ]),
    );
    const library = extractFeatures(weeks);
    const pairs = scoreCandidatePairs(library, () => 'Latin America & Caribbean');
    // 300 requests in one block would be 44,850 pairs compared; neighbours in time keep it to a few each.
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.length).toBeLessThanOrEqual(300 * 10);
    for (const { a, b } of pairs)
      expect(Math.abs(library.items[a]!.day - library.items[b]!.day)).toBeLessThanOrEqual(10 * 7);
  });

  it('scores every candidate exactly as pairEvidence does, on a generated archive', () => {
    const archive = Array.from({ length: 150 }, (_, index) => {
      const { file, text } = generateBulletin(index);
      return parseBulletin(text, { file, mtimeMs: 0 });
    });
    const library = extractFeatures(archive);
    const regions = archive.flatMap((b) => b.items.map((item) => item.region));
    const nameWeight = pseudonymWeights(library);
    // Every candidate, whatever its score.
    const pairs = scoreCandidatePairs(library, (i) => regions[i]!, -Infinity);
    expect(pairs.length).toBeGreaterThan(500);
    for (const { a, b, score, named, backReference } of pairs) {
      const evidence = pairEvidence(library.items[a]!, library.items[b]!, nameWeight);
      // A reference back adds its weight to the one earlier request it fits best.
      const own = score - (backReference === true ? BACK_REFERENCE : 0);
      if (evidence.score === -Infinity) expect(own).toBe(-Infinity);
      else expect(own).toBeCloseTo(evidence.score, 5);
      expect(named).toBe(evidence.sharedPseudonyms.length > 0 || evidence.sharedNames.length > 0);
    }
  }, 60_000);
});
