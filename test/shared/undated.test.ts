// Undated bulletins — no date anywhere ('none'), or only their file's saved time ('file-time') — are kept
// apart: the last group of the timeline, never the newest, never a year of the filter, never a country's
// latest, never a date printed on a sheet. Bulletins built here, as the parser will make them.
import { describe, expect, it } from 'vitest';
import type { BulletinSummary } from '../../shared/library-types';
import type { Bulletin, DateSource } from '../../shared/model';
import { entryFromHit, entryFromItem } from '../../shared/prayer-sheet';
import { isUndated, trustedDate } from '../../shared/undated';
import { buildTimeline, libraryYears } from '../../renderer/src/lib/timeline-rows';
import { listCountries } from '../../electron/core/stories/country-view';

const TEXT =
  'Pray for the families in Kenya who are waiting for a court to hear their case about the land they farm. ' +
  'Pray that the magistrate weighs the evidence with care and that neighbours who know the truth speak up.';

function bulletin(file: string, date: string | null, dateSource: DateSource): Bulletin {
  return {
    file,
    title: 'Prayer requests',
    date,
    dateSource,
    scripture: null,
    items: [
      {
        region: 'Africa',
        heading: 'Africa',
        kind: 'prayer',
        text: TEXT,
        countries: ['Kenya'],
        pseudonyms: [],
      },
    ],
    warnings: [],
  };
}

function summary(b: Bulletin): BulletinSummary {
  return {
    file: b.file,
    title: b.title,
    date: b.date,
    dateSource: b.dateSource,
    scriptureReference: null,
    regionCounts: { Africa: 1 },
    itemCount: 1,
  };
}

const DATED = bulletin('2024/2024-05-05.txt', '2024-05-05', 'text');
const OLDER = bulletin('2023/2023-01-08.txt', '2023-01-08', 'filename');
const NONE = bulletin('loose/letter.txt', null, 'none');
// Saved today: the file's time, which said "the newest bulletin" before.
const FILE_TIME = bulletin('loose/scan.txt', '2026-12-07', 'file-time');
const ALL = [NONE, DATED, FILE_TIME, OLDER];

describe('undated bulletins', () => {
  it('are those without a date of their own', () => {
    expect(ALL.map(isUndated)).toEqual([true, false, true, false]);
    expect(trustedDate(FILE_TIME)).toBeNull();
    expect(trustedDate(DATED)).toBe('2024-05-05');
  });

  it('come last in the timeline, in one "Undated" group, and never as the newest', () => {
    const timeline = buildTimeline(ALL.map(summary));
    const years = timeline.rows.filter((row) => row.type === 'year').map((row) => row.year);
    expect(years).toEqual([2024, 2023, null]);
    const order = timeline.bulletinRows.map((index) => {
      const row = timeline.rows[index]!;
      return row.type === 'bulletin' ? row.bulletin.file : '';
    });
    expect(order[0]).toBe(DATED.file);
    expect(order.slice(2).sort()).toEqual([FILE_TIME.file, NONE.file].sort());
    expect(libraryYears(ALL.map(summary))).toEqual([2024, 2023]);
  });

  it('never make a country\'s "latest"', () => {
    const kenya = listCountries(ALL).find((country) => country.country === 'Kenya');
    expect(kenya?.latest).toBe('2024-05-05');
  });

  it('never print a guessed date on a sheet', () => {
    expect(entryFromItem(FILE_TIME, 0)?.source.date).toBeNull();
    expect(entryFromItem(NONE, 0)?.source.date).toBeNull();
    expect(entryFromItem(DATED, 0)?.source.date).toBe('2024-05-05');
    const hit = {
      id: `${FILE_TIME.file}#0`,
      file: FILE_TIME.file,
      itemIndex: 0,
      date: FILE_TIME.date,
      region: 'Africa' as const,
      kind: 'prayer' as const,
      score: 1,
      snippet: TEXT,
      snippetRanges: [],
      text: TEXT,
      ranges: [],
    };
    expect(entryFromHit({ ...hit, dateSource: 'file-time' }).source.date).toBeNull();
    expect(entryFromHit(hit).source.date).toBe('2026-12-07');
  });
});
