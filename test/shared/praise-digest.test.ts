// The praise digest: every praise report in a date range as a sheet grouped by region, with a title
// naming the range, and the quarter arithmetic behind the "this quarter" and "last quarter" buttons.
import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../shared/model';
import {
  buildPraiseDigest,
  digestTitle,
  previousQuarterRange,
  quarterRange,
} from '../../shared/praise-digest';
import { groupEntries, MAX_SHEET_ENTRIES, sheetDraftSchema } from '../../shared/prayer-sheet';
import { bulletin, item } from './story-bulletins';

const library: Bulletin[] = [
  bulletin('2024/2024-03-31.txt', '2024-03-31', [
    item('praise', 'Africa', 'Praise God for a ruling in March, just before the range.', ['Kenya']),
  ]),
  bulletin('2024/2024-04-07.txt', '2024-04-07', [
    item('praise', 'South Asia', 'Praise God: eleven workers walked free from a brick kiln.', ['India']),
    item('prayer', 'South Asia', 'Pray for the workers as they settle in their village.', ['India']),
    item('praise', 'Africa', 'Praise God that Tumaini* testified with courage.', ['Tanzania'], ['Tumaini']),
  ]),
  bulletin('2024/2024-05-19.txt', '2024-05-19', [
    item('info', 'Global', 'Our annual report is out.'),
    item('praise', 'Latin America & Caribbean', 'Praise God for a new shelter opening in the hills.', [
      'Guatemala',
    ]),
    item('praise', 'Africa', 'Praise God for a conviction in a long-running case.', ['Uganda']),
  ]),
  bulletin('2024/2024-06-30.txt', '2024-06-30', [
    item('praise', 'Southeast Asia & Pacific', 'Praise God for officers trained to listen to children.', [
      'Philippines',
    ]),
  ]),
  bulletin('2024/2024-07-07.txt', '2024-07-07', [
    item('praise', 'Europe', 'Praise God for a partner in July.'),
  ]),
  bulletin('loose.txt', null, [item('praise', 'Africa', 'Praise from a week with no date.')]),
];

describe('buildPraiseDigest', () => {
  it('takes the praise items dated within the range, bounds included, and nothing else', () => {
    const digest = buildPraiseDigest(library, { from: '2024-04-01', to: '2024-06-30' });
    expect(digest.total).toBe(5);
    expect(digest.omitted).toBe(0);
    expect(digest.draft.entries.map((entry) => entry.id).sort()).toEqual([
      '2024/2024-04-07.txt#0',
      '2024/2024-04-07.txt#2',
      '2024/2024-05-19.txt#1',
      '2024/2024-05-19.txt#2',
      '2024/2024-06-30.txt#0',
    ]);
    expect(digest.draft.entries.every((entry) => entry.source.kind === 'praise')).toBe(true);
  });

  it('makes a valid unsaved sheet grouped by region with dates shown, oldest first in each region', () => {
    const { draft } = buildPraiseDigest(library, { from: '2024-04-01', to: '2024-06-30' });
    expect(sheetDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.id).toBeNull();
    expect(draft.layout).toMatchObject({ grouping: 'region', showDates: true, paperSize: 'A4' });
    expect(draft.title).toBe('Answers to prayer, April to June 2024');
    const groups = groupEntries(draft).map((group) => [
      group.region,
      group.entries.map((n) => n.entry.source.date),
    ]);
    expect(groups).toEqual([
      ['Africa', ['2024-04-07', '2024-05-19']],
      ['South Asia', ['2024-04-07']],
      ['Southeast Asia & Pacific', ['2024-06-30']],
      ['Latin America & Caribbean', ['2024-05-19']],
    ]);
    // The sheet keeps the request's names, so the notice-board option can leave them out.
    const tumaini = draft.entries.find((entry) => entry.id === '2024/2024-04-07.txt#2')!;
    expect(tumaini.source.pseudonyms).toEqual(['Tumaini']);
    expect(tumaini.text).toBe(tumaini.originalText);
  });

  it('uses a title the user gave', () => {
    const digest = buildPraiseDigest(library, {
      from: '2024-04-01',
      to: '2024-06-30',
      title: 'Our thanksgiving',
    });
    expect(digest.draft.title).toBe('Our thanksgiving');
    const blank = buildPraiseDigest(library, { from: '2024-04-01', to: '2024-06-30', title: '   ' });
    expect(blank.draft.title).toBe('Answers to prayer, April to June 2024');
  });

  it('gives an empty sheet for a range with no praise', () => {
    const digest = buildPraiseDigest(library, { from: '2020-01-01', to: '2020-12-31' });
    expect(digest).toMatchObject({ total: 0, omitted: 0 });
    expect(digest.draft.entries).toEqual([]);
    expect(digest.draft.title).toBe('Answers to prayer in 2020');
  });

  it('reads a range given backwards the right way round', () => {
    const digest = buildPraiseDigest(library, { from: '2024-06-30', to: '2024-04-01' });
    expect(digest.total).toBe(5);
  });

  it('keeps the newest when there are more than a sheet holds, and says how many were left out', () => {
    const weeks = Array.from({ length: 60 }, (_, week) => {
      const date = new Date(Date.UTC(2023, 0, 1 + week * 7)).toISOString().slice(0, 10);
      return bulletin(`2023/${date}.txt`, date, [
        item('praise', 'Africa', `Praise for week ${week}, first.`),
        item('praise', 'Europe', `Praise for week ${week}, second.`),
      ]);
    });
    const digest = buildPraiseDigest(weeks, { from: '2023-01-01', to: '2024-12-31' });
    expect(digest.total).toBe(120);
    expect(digest.omitted).toBe(120 - MAX_SHEET_ENTRIES);
    expect(digest.draft.entries).toHaveLength(MAX_SHEET_ENTRIES);
    const kept = new Set(digest.draft.entries.map((entry) => entry.source.date));
    // 100 of 120 is the newest 50 weeks: weeks 10 to 59.
    expect(kept.has(weeks[9]!.date)).toBe(false);
    expect(kept.has(weeks[10]!.date)).toBe(true);
    expect(kept.has(weeks[59]!.date)).toBe(true);
    expect(sheetDraftSchema.safeParse(digest.draft).success).toBe(true);
  });
});

describe('digestTitle', () => {
  it.each([
    ['2024-01-01', '2024-03-31', 'Answers to prayer, January to March 2024'],
    ['2024-04-01', '2024-06-30', 'Answers to prayer, April to June 2024'],
    ['2024-10-01', '2024-12-31', 'Answers to prayer, October to December 2024'],
    ['2024-01-01', '2024-12-31', 'Answers to prayer in 2024'],
    ['2023-01-01', '2024-12-31', 'Answers to prayer, 2023 to 2024'],
    ['2024-03-01', '2024-03-31', 'Answers to prayer in March 2024'],
    ['2024-02-01', '2024-02-29', 'Answers to prayer in February 2024'],
    ['2023-11-01', '2024-02-29', 'Answers to prayer, November 2023 to February 2024'],
    ['2024-03-03', '2024-06-09', 'Answers to prayer, 3 March to 9 June 2024'],
    ['2023-12-24', '2024-01-07', 'Answers to prayer, 24 December 2023 to 7 January 2024'],
    ['2024-03-03', '2024-03-03', 'Answers to prayer, 3 March 2024'],
    ['2024-02-01', '2024-02-28', 'Answers to prayer, 1 February to 28 February 2024'],
    ['not a date', '2024-02-28', 'Answers to prayer'],
  ])('%s to %s: %s', (from, to, title) => {
    expect(digestTitle(from, to)).toBe(title);
  });
});

describe('quarterRange and previousQuarterRange', () => {
  it.each([
    ['2024-01-01', '2024-01-01', '2024-03-31'],
    ['2024-02-29', '2024-01-01', '2024-03-31'],
    ['2024-05-09', '2024-04-01', '2024-06-30'],
    ['2024-09-30', '2024-07-01', '2024-09-30'],
    ['2024-12-31', '2024-10-01', '2024-12-31'],
  ])('%s is in %s to %s', (date, from, to) => {
    expect(quarterRange(date)).toEqual({ from, to });
  });

  it('gives the quarter before, across a new year', () => {
    expect(previousQuarterRange('2024-05-09')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(previousQuarterRange('2024-02-10')).toEqual({ from: '2023-10-01', to: '2023-12-31' });
  });

  it('gives back a date it cannot read instead of throwing', () => {
    expect(quarterRange('someday')).toEqual({ from: 'someday', to: 'someday' });
    expect(quarterRange('2024-02-30')).toEqual({ from: '2024-02-30', to: '2024-02-30' });
  });
});
