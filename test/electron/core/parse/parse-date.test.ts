import { describe, expect, it } from 'vitest';
import {
  dateFromFileName,
  dateFromTime,
  findDate,
  findMonthDay,
  isDateLine,
  isoDate,
} from '../../../../electron/core/parse/parse-date';

describe('findDate', () => {
  it.each([
    ['April 27, 2019', '2019-04-27'],
    ['April 27 2019', '2019-04-27'],
    ['April 27th, 2019', '2019-04-27'],
    ['Apr. 27, 2019', '2019-04-27'],
    ['Sept 8, 2019', '2019-09-08'],
    ['Sept. 8, 2019', '2019-09-08'],
    ['sep 8 2019', '2019-09-08'],
    ['27 April 2019', '2019-04-27'],
    ['27th of April, 2019', '2019-04-27'],
    ['Sat, 27 Apr 2019 10:00:00 -0400', '2019-04-27'],
    ['27-Apr-2019', '2019-04-27'],
    ['2019-04-27', '2019-04-27'],
    ['2019/4/27', '2019-04-27'],
    ['2019-04-27T08:00:00Z', '2019-04-27'],
    ['4/27/2019', '2019-04-27'],
    ['04-27-2019', '2019-04-27'],
    ['27/4/2019', '2019-04-27'],
    ['4/27/19', '2019-04-27'],
    ['Saturday, February 29, 2020', '2020-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text).found?.iso).toBe(iso);
  });

  it.each(['February 29, 2019', 'April 31, 2019', '2019-13-01', '2/30/2019'])('%s does not exist', (text) => {
    const search = findDate(text);
    expect(search.found).toBeNull();
    expect(search.impossible).toHaveLength(1);
  });

  it.each(['April 2019', 'in 2019', 'call 555-1234', '20190427', '12/2019', 'May I ask 3 things'])(
    '%s is no full date',
    (text) => {
      expect(findDate(text).found).toBeNull();
    },
  );

  it('gives the position of the first date', () => {
    expect(findDate('Sent on 5/12/2019, updated May 13, 2019').found).toEqual({
      iso: '2019-05-12',
      start: 8,
      end: 17,
    });
  });
});

describe('isoDate', () => {
  it.each([
    [2020, 2, 29, '2020-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [2100, 2, 29, null],
    [2019, 4, 31, null],
    [1989, 1, 1, null],
    [2019, 0, 1, null],
  ])('%i-%i-%i → %s', (y, m, d, iso) => {
    expect(isoDate(y, m, d)).toBe(iso);
  });
});

describe('dateFromFileName', () => {
  it.each([
    ['2019-04-27.txt', '2019-04-27'],
    ['20190427.txt', '2019-04-27'],
    ['2019_04_27 prayer.txt', '2019-04-27'],
    ['2019.04.27.txt', '2019-04-27'],
    ['IJM Prayer Request 20190427.txt', '2019-04-27'],
    ['bulletins/2019/2019-04-27 IJM.txt', '2019-04-27'],
    ['folder\\April 27 2019.txt', '2019-04-27'],
    ['000_e6569dc100948fb7.txt', null],
    ['IJM Prayer Requests (11).txt', null],
    ['20191345.txt', null],
    ['123201904275.txt', null],
  ])('%s → %s', (file, iso) => {
    expect(dateFromFileName(file)).toBe(iso);
  });
});

describe('dateFromTime', () => {
  it('reads the calendar date in UTC', () => {
    expect(dateFromTime(Date.UTC(2019, 3, 27, 23, 59))).toBe('2019-04-27');
    expect(dateFromTime(Date.UTC(2019, 3, 28, 0, 1))).toBe('2019-04-28');
  });

  it.each([Number.NaN, Infinity, -Infinity, 1e300, -1e16])('%s gives null', (ms) => {
    expect(dateFromTime(ms)).toBeNull();
  });
});

describe('isDateLine', () => {
  it.each([
    'April 27, 2019',
    'Saturday, April 27, 2019',
    'Week of 4/27/2019',
    'Prayer requests for the week of April 27, 2019',
    'Updated: 2019-04-27',
  ])('"%s" is a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    'On April 27, 2019, IJM lawyers won a case in Kenya.',
    'Pray for the hearing on April 27, 2019',
    'Africa',
    'April 27',
  ])('"%s" is not', (line) => {
    expect(isDateLine(line)).toBe(false);
  });

  it('"April 27" counts only when a year may be missing', () => {
    expect(isDateLine('Sunday, April 27', true)).toBe(true);
    expect(findMonthDay('Sunday, April 27')).toEqual({ month: 4, day: 27 });
    expect(findMonthDay('27 April')).toEqual({ month: 4, day: 27 });
  });
});

describe('lines without a digit', () => {
  it('hold no date, with or without a year', () => {
    expect(findDate('Sunday, the twenty-seventh of April')).toEqual({ found: null, impossible: [] });
    expect(isDateLine('April the first', true)).toBe(false);
    expect(isDateLine('April 1', true)).toBe(true);
  });
});
