// The prayer calendar: chosen requests spread over a week or a month, one region a day or in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../shared/model';
import type { Region } from '../../shared/model';
import { calendarGrid, spreadOverCalendar } from '../../shared/prayer-calendar';
import type { CalendarOptions, PrayerDay } from '../../shared/prayer-calendar';
import { entry } from './story-bulletins';

const week = (rule: CalendarOptions['rule']): CalendarOptions => ({
  span: 'week',
  start: '2024-03-03',
  rule,
});

describe('spreadOverCalendar: the days', () => {
  it('gives seven days from the start of a week, with weekdays', () => {
    const days = spreadOverCalendar([], { span: 'week', start: '2024-02-27', rule: 'in-order' });
    expect(days.map((day) => [day.date, day.weekday])).toEqual([
      ['2024-02-27', 2],
      ['2024-02-28', 3],
      ['2024-02-29', 4],
      ['2024-03-01', 5],
      ['2024-03-02', 6],
      ['2024-03-03', 0],
      ['2024-03-04', 1],
    ]);
    expect(days.every((day) => day.region === null && day.entryIds.length === 0)).toBe(true);
  });

  it('gives every day of the month, whichever day it starts on', () => {
    const days = spreadOverCalendar([], { span: 'month', start: '2024-02-17', rule: 'in-order' });
    expect(days).toHaveLength(29);
    expect(days[0]).toMatchObject({ date: '2024-02-01', weekday: 4 });
    expect(days[28]!.date).toBe('2024-02-29');
    expect(spreadOverCalendar([], { span: 'month', start: '2023-12-31', rule: 'in-order' })).toHaveLength(31);
  });

  it('gives no days for a start that is not a date', () => {
    const options = { span: 'week', rule: 'in-order' } as const;
    expect(spreadOverCalendar([entry('a', 'Africa')], { ...options, start: 'next Sunday' })).toEqual([]);
    expect(spreadOverCalendar([entry('a', 'Africa')], { ...options, start: '2024-02-30' })).toEqual([]);
  });
});

describe('spreadOverCalendar: region per day', () => {
  it('gives each day one region in REGIONS order, cycling, skipping regions with nothing chosen', () => {
    const entries = [
      entry('s1', 'South Asia'),
      entry('a1', 'Africa'),
      entry('l1', 'Latin America & Caribbean'),
      entry('a2', 'Africa'),
    ];
    const days = spreadOverCalendar(entries, week('region-per-day'));
    expect(days.map((day) => [day.region, day.entryIds])).toEqual([
      ['Africa', ['a1.txt#0']],
      ['South Asia', ['s1.txt#0']],
      ['Latin America & Caribbean', ['l1.txt#0']],
      ['Africa', ['a2.txt#0']],
      ['South Asia', ['s1.txt#0']],
      ['Latin America & Caribbean', ['l1.txt#0']],
      ['Africa', ['a1.txt#0']],
    ]);
  });

  it('deals a region’s requests round its days like cards', () => {
    const entries = ['a1', 'a2', 'a3', 'a4', 'a5'].map((name) => entry(name, 'Africa'));
    entries.push(entry('e1', 'Europe'));
    const days = spreadOverCalendar(entries, week('region-per-day'));
    // Africa has days 0, 2, 4, 6; Europe 1, 3, 5.
    expect(days.filter((day) => day.region === 'Africa').map((day) => day.entryIds)).toEqual([
      ['a1.txt#0', 'a5.txt#0'],
      ['a2.txt#0'],
      ['a3.txt#0'],
      ['a4.txt#0'],
    ]);
    expect(days.filter((day) => day.region === 'Europe').map((day) => day.entryIds)).toEqual([
      ['e1.txt#0'],
      ['e1.txt#0'],
      ['e1.txt#0'],
    ]);
  });

  it('shares a week’s days between neighbouring regions when more regions than days have requests', () => {
    const entries = REGIONS.map((region, i) => entry(`r${i}`, region));
    const days = spreadOverCalendar(entries, week('region-per-day'));
    expect(days.map((day) => [day.region, ...(day.alsoRegions ?? [])])).toEqual([
      ['Africa'],
      ['Middle East & North Africa', 'Europe'],
      ['Central Asia'],
      ['South Asia', 'East Asia'],
      ['Southeast Asia & Pacific'],
      ['Latin America & Caribbean', 'North America'],
      ['Global', 'Other'],
    ]);
    expect(days.flatMap((day) => day.entryIds)).toEqual(entries.map((e) => e.id));
  });

  it('fills a month with one region', () => {
    const days = spreadOverCalendar([entry('only', 'Global')], {
      span: 'month',
      start: '2024-04-01',
      rule: 'region-per-day',
    });
    expect(days).toHaveLength(30);
    expect(days.every((day) => day.region === 'Global' && day.entryIds.join() === 'only.txt#0')).toBe(true);
  });
});

describe('spreadOverCalendar: in order', () => {
  it('spreads requests evenly in the order given', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry(`r${i}`, REGIONS[i % REGIONS.length]!));
    const days = spreadOverCalendar(entries, week('in-order'));
    expect(days.map((day) => day.entryIds.map((id) => id.replace('.txt#0', '')))).toEqual([
      ['r0'],
      ['r1'],
      ['r2', 'r3'],
      ['r4'],
      ['r5', 'r6'],
      ['r7'],
      ['r8', 'r9'],
    ]);
    expect(days.every((day) => day.region === null)).toBe(true);
  });

  it('comes round again when there are fewer requests than days', () => {
    const days = spreadOverCalendar([entry('x', 'Africa'), entry('y', 'Europe')], week('in-order'));
    expect(days.map((day) => day.entryIds[0])).toEqual([
      'x.txt#0',
      'y.txt#0',
      'x.txt#0',
      'y.txt#0',
      'x.txt#0',
      'y.txt#0',
      'x.txt#0',
    ]);
  });

  it('counts a request chosen twice once', () => {
    const days = spreadOverCalendar(
      [entry('x', 'Africa'), entry('x', 'Africa'), entry('y', 'Africa')],
      week('in-order'),
    );
    expect(new Set(days.flatMap((day) => day.entryIds))).toEqual(new Set(['x.txt#0', 'y.txt#0']));
    expect(days.every((day) => day.entryIds.length === 1)).toBe(true);
  });
});

describe('spreadOverCalendar: for any requests', () => {
  const region = fc.constantFrom(...REGIONS);
  const requests = fc
    .array(region, { maxLength: 60 })
    .map((regions: Region[]) => regions.map((r, i) => entry(`q${i}`, r)));
  const options = fc.record({
    span: fc.constantFrom('week' as const, 'month' as const),
    start: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2060-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    rule: fc.constantFrom('region-per-day' as const, 'in-order' as const),
  });

  it('puts every request on some day, no day empty, each day once, the same every time', () => {
    fc.assert(
      fc.property(requests, options, (list, opts) => {
        const days = spreadOverCalendar(list, opts);
        expect(days.length).toBe(opts.span === 'week' ? 7 : days.length);
        const placed = new Set(days.flatMap((day) => day.entryIds));
        for (const request of list) expect(placed.has(request.id)).toBe(true);
        if (list.length > 0) expect(days.every((day) => day.entryIds.length > 0)).toBe(true);
        for (const day of days) expect(new Set(day.entryIds).size).toBe(day.entryIds.length);
        if (opts.rule === 'region-per-day') {
          const byId = new Map(list.map((request) => [request.id, request.source.region]));
          for (const day of days) {
            for (const id of day.entryIds)
              expect([day.region, ...(day.alsoRegions ?? [])]).toContain(byId.get(id));
          }
        }
        expect(spreadOverCalendar(list, opts)).toEqual(days);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendarGrid', () => {
  it('lays a month out in weeks from Sunday, padded with null', () => {
    // March 2024 starts on a Friday and ends on a Sunday.
    const grid = calendarGrid(
      spreadOverCalendar([], { span: 'month', start: '2024-03-01', rule: 'in-order' }),
    );
    expect(grid).toHaveLength(6);
    expect(grid.every((row) => row.length === 7)).toBe(true);
    expect(grid[0]!.map((day) => day?.date ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
      '2024-03-01',
      '2024-03-02',
    ]);
    expect(grid[1]![0]!.date).toBe('2024-03-03');
    expect(grid[5]!.map((day) => day?.date ?? null)).toEqual([
      '2024-03-31',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(grid.flat().filter((day): day is PrayerDay => day !== null)).toHaveLength(31);
  });

  it('puts a week that starts midweek on two rows', () => {
    const grid = calendarGrid(
      spreadOverCalendar([], { span: 'week', start: '2024-03-06', rule: 'in-order' }),
    );
    expect(grid.map((row) => row.map((day) => day?.weekday ?? null))).toEqual([
      [null, null, null, 3, 4, 5, 6],
      [0, 1, 2, null, null, null, null],
    ]);
  });

  it('gives no rows for no days', () => {
    expect(calendarGrid([])).toEqual([]);
  });
});
