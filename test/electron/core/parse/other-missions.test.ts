// Other missions' letters (fixtures written in our own words after the shapes of real ones): each item's
// countries and world region, labels that name a region rather than a country, and the sender.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../../../shared/model';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';

const dir = path.resolve(import.meta.dirname, '../../../fixtures/missions');
const parse = (file: string): Bulletin =>
  parseBulletin(readFileSync(path.join(dir, file), 'utf8'), { file, mtimeMs: 0 });

/** The item whose text contains `words`. */
function itemWith(bulletin: Bulletin, words: string) {
  const item = bulletin.items.find((i) => i.text.includes(words));
  expect(item, words).toBeDefined();
  return item!;
}

describe('an Open Doors prayer diary', () => {
  const b = parse('open-doors-diary.txt');

  it('is from Open Doors', () => {
    expect(b.organisation).toBe('Open Doors');
  });

  it('files North Korea under East Asia and Iran under the Middle East & North Africa', () => {
    expect(itemWith(b, 'labour camp')).toMatchObject({ countries: ['North Korea'], region: 'East Asia' });
    expect(itemWith(b, 'summoned for questioning')).toMatchObject({
      countries: ['Iran'],
      region: 'Middle East & North Africa',
    });
  });

  it('reads WORLDWIDE as the whole world, not a place', () => {
    const item = itemWith(b, 'prepare this diary');
    expect(item.countries).toEqual([]);
    expect(item.region).toBe('Global');
  });
});

describe('a TEAM monthly prayer journal', () => {
  const b = parse('team-prayer-journal.txt');

  it('is from TEAM, though "team" is an everyday word', () => {
    expect(b.organisation).toBe('TEAM');
  });

  it('files each numbered request by its country or region label', () => {
    expect(itemWith(b, 'Sapporo')).toMatchObject({ countries: ['Japan'], region: 'East Asia' });
    expect(itemWith(b, 'language centre').region).toBe('Middle East & North Africa');
    expect(itemWith(b, 'nurses').region).toBe('South Asia');
    // The label decides, not a region named later in the text ("… the growing cities of Central Asia").
    expect(itemWith(b, 'review team').region).toBe('North America');
  });
});

describe('a Voice of the Martyrs calendar', () => {
  const b = parse('vom-calendar.txt');

  it('is from the Voice of the Martyrs', () => {
    expect(b.organisation).toBe('Voice of the Martyrs');
  });

  it('files Kuwait, Qatar, Syria and Jordan under the Middle East & North Africa', () => {
    for (const words of ['Kuwaiti who follows', 'crowded camps', 'Aleppo', 'refugees, and local churches']) {
      expect(itemWith(b, words).region, words).toBe('Middle East & North Africa');
    }
    expect(itemWith(b, 'Kuwaiti who follows').countries).toEqual(['Kuwait']);
  });
});

describe('a Wycliffe prayer update', () => {
  const b = parse('wycliffe-update.txt');

  it('is from Wycliffe', () => {
    expect(b.organisation).toBe('Wycliffe');
  });

  it('finds Chad in capitals, Vanuatu in the Pacific and the DRC by its abbreviation', () => {
    expect(itemWith(b, 'first draft of Luke')).toMatchObject({ countries: ['Chad'], region: 'Africa' });
    expect(itemWith(b, 'solar players')).toMatchObject({
      countries: ['Vanuatu'],
      region: 'Southeast Asia & Pacific',
    });
    expect(itemWith(b, 'French-speaking consultants').countries).toContain('DR Congo');
  });
});

describe('a church’s own prayer page', () => {
  const b = parse('church-prayer-page.txt');

  it('names no mission: Unknown', () => {
    expect(b.organisation).toBe('Unknown');
  });

  it('reads "The World" as a heading for the whole world, not a place in Africa', () => {
    const item = itemWith(b, 'war has driven families');
    expect(item.countries).toEqual([]);
    expect(item.region).toBe('Global');
    expect(itemWith(b, 'reading club')).toMatchObject({
      countries: ['Peru'],
      region: 'Latin America & Caribbean',
    });
  });
});
