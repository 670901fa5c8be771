// Other missions' letters (test/fixtures/mission-shapes, written for the tests in the shapes of real prayer
// diaries, calendars, journals and guides): month dates, a diary's days, labelled requests, page leftovers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../../../shared/model';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';
import { FIXED_MTIME, parseText } from './fixtures';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/mission-shapes');

function letter(name: string): Bulletin {
  return parseBulletin(readFileSync(path.join(dir, name), 'utf8'), { file: name, mtimeMs: FIXED_MTIME });
}

describe('month dates', () => {
  it.each([
    ['month-title-prayer-guide.txt', 'December 2024 Prayer Guide', '2024-12-01'],
    ['monthly-journal-numbered-days.txt', 'Monthly Prayer Journal: December 2015', '2015-12-01'],
    ['diary-weekday-country.txt', 'PRAYER DIARY — January/February 2020', '2020-01-01'],
    ['week-ranges.txt', 'October 2023 Prayer Journal', '2023-10-01'],
  ])('%s: titled "%s", dated the month of %s', (file, title, date) => {
    const b = letter(file);
    expect([b.title, b.date, b.dateSource, b.datePrecision]).toEqual([title, date, 'text', 'month']);
  });

  it('a month line alone is a date, not a title; a full date wins over a month', () => {
    const alone = parseText('April 2024\n\nPray for the clinic in Kenya as it reopens after the floods.');
    expect([alone.title, alone.date, alone.datePrecision]).toEqual([null, '2024-04-01', 'month']);
    const both = parseText(
      'December 2024 Prayer Guide\n\nDecember 8, 2024\n\nPray for Kenya and its courts.',
    );
    expect([both.date, both.datePrecision]).toEqual(['2024-12-08', undefined]);
  });

  it('a day-month-year title dates the bulletin to the day', () => {
    const b = parseText('Coronavirus Prayer Update 22 May 2020\n\nPray for the nurses in Nepal this week.');
    expect([b.title, b.date, b.datePrecision]).toEqual([
      'Coronavirus Prayer Update 22 May 2020',
      '2020-05-22',
      undefined,
    ]);
  });

  it('a year inside a request is no date', () => {
    const b = parseText(
      'Prayer Update\n\nNorth Korea has topped the list since 2002. Pray for the believers in its labour camps.',
    );
    expect([b.date, b.dateSource]).toEqual([null, 'none']);
  });
});

describe('diaries and calendars: each request carries its own day', () => {
  it('weekday ~ country, weekday and ordinal – country, COUNTRY N', () => {
    const b = letter('diary-weekday-country.txt');
    expect(b.items.map((i) => [i.date, i.heading, i.countries])).toEqual([
      ['2020-01-01', 'Egypt', ['Egypt']],
      ['2020-01-02', 'Iran', ['Iran']],
      ['2020-01-03', 'DR Congo', b.items[2]!.countries],
      ['2020-01-04', 'KUWAIT', ['Kuwait']],
    ]);
    expect(b.items[2]!.countries).toHaveLength(1);
    // The calendar grid's weekday row is neither title nor item.
    expect(b.items.map((i) => i.text).join(' ')).not.toMatch(/Sunday Monday/);
  });

  it('dated entries, newest first', () => {
    const b = letter('dated-entries-newest-first.txt');
    expect(b.date).toBe('2024-03-03');
    expect(b.items.map((i) => i.date)).toEqual(['2024-03-03', '2024-02-27', '2024-02-24']);
  });

  it('numbered days of a monthly journal, with their labels; the introduction is no request', () => {
    const b = letter('monthly-journal-numbered-days.txt');
    expect(b.items.map((i) => [i.date, i.heading])).toEqual([
      ['2015-12-01', 'GLOBAL'],
      ['2015-12-02', 'EAST ASIA'],
      ['2015-12-03', 'MEXICO'],
      ['2015-12-04', 'JAPAN'],
    ]);
    expect(b.items[2]!.text).toMatch(/^Carlos and Ana write/);
    expect(b.items[0]!.region).toBe('Global');
  });

  it('week ranges date their requests to the first day of the week', () => {
    const b = letter('week-ranges.txt');
    expect(b.items.map((i) => [i.date, i.heading])).toEqual([
      ['2023-10-01', 'SOUTH ASIA'],
      ['2023-10-08', 'Greece'],
    ]);
  });

  it('one date line inside a letter does not date its requests', () => {
    const b = parseText(
      'IJM Prayer Requests\n\nMay 5, 2019\n\nPray for Kenya.\n\nMay 12, 2019\n\nPraise God for Peru.',
    );
    expect(b.items.every((i) => i.date !== undefined)).toBe(true);
    const single = parseText('IJM Prayer Requests\n\nMay 5, 2019\n\nPray for Kenya.\n\nPraise God for Peru.');
    expect(single.items.map((i) => i.date)).toEqual([undefined, undefined]);
  });
});

describe('labelled requests', () => {
  it.each([
    ['KENYA — Pray for the magistrates hearing three cases this week.', 'KENYA', ['Kenya']],
    ['Kenya - Pray for the magistrates hearing three cases this week.', 'Kenya', ['Kenya']],
    ['UGANDA Pray for the magistrates hearing three cases this week.', 'UGANDA', ['Uganda']],
    ['CENTRAL ASIA | A worker asks us to pray for a new school programme.', 'CENTRAL ASIA', []],
  ])('%s', (line, heading, countries) => {
    const b = parseText(`Prayer Points\n\n${line}\n`);
    expect(b.items.map((i) => [i.heading, i.countries])).toEqual([[heading, countries]]);
    expect(b.items[0]!.text).not.toContain(heading);
  });

  it('a label lasts for the paragraphs after it, up to the next label', () => {
    const b = parseText(
      'Prayer Points\n\nPERU — The team writes about a hard month.\n\nPlease pray for their rest.\n\nNEPAL — Praise God for the new clinic.',
    );
    expect(b.items.map((i) => i.countries)).toEqual([['Peru'], ['Peru'], ['Nepal']]);
  });

  it('"Topic: Place" headings file their requests under the place', () => {
    const b = letter('topic-place-headings.txt');
    expect(b.items.map((i) => [i.countries, i.region])).toEqual([
      [['Central African Republic'], 'Africa'],
      [['Papua New Guinea'], b.items[1]!.region],
    ]);
  });

  it('a country named only in the introduction or the title files the requests that name none', () => {
    expect(letter('month-title-prayer-guide.txt').items.map((i) => [i.countries, i.region])).toEqual([
      [['Kenya'], 'Africa'],
      [['Kenya'], 'Africa'],
    ]);
  });

  it('numbered sections with bullets take their kind from the heading', () => {
    const b = letter('numbered-kind-sections.txt');
    expect(b.items.map((i) => [i.heading, i.kind])).toEqual([
      ['Praise for the Nation', 'praise'],
      ['Praise for the Nation', 'praise'],
      ['Prayer Requests for the Nation', 'prayer'],
      ['Prayer Requests for the Nation', 'prayer'],
    ]);
    expect(b.items.every((i) => i.countries.includes('Colombia'))).toBe(true);
  });
});

describe('web-page leftovers are neither title nor request', () => {
  it('skip links, navigation, bylines, photo credits, read more, statistics', () => {
    const b = letter('month-title-prayer-guide.txt');
    expect(b.title).toBe('December 2024 Prayer Guide');
    const all = b.items.map((i) => i.text).join('\n');
    for (const leftover of ['Skip to content', 'Home', 'By Ruth', 'Photo by', 'Read more']) {
      expect(all).not.toContain(leftover);
    }
    expect(b.items).toHaveLength(2);
    expect(
      letter('week-ranges.txt')
        .items.map((i) => i.text)
        .join(' '),
    ).not.toContain('Team members');
  });

  it.each([
    'Skip to content',
    'Printable PDF',
    'Read more',
    'map',
    'Photo courtesy of the field team',
    'Mon Tue Wed Thu Fri Sat Sun',
    'Teams: 25 | Team members: 126',
    'Home » Resources » Prayer Calendar',
    'Posted by admin on May 4, 2020',
  ])('"%s"', (line) => {
    const b = parseText(`${line}\n\nPray for the judges in Kenya who hear trafficking cases this week.\n`);
    expect(b.title).toBeNull();
    expect(b.items.map((i) => i.text)).toEqual([
      'Pray for the judges in Kenya who hear trafficking cases this week.',
    ]);
  });
});

describe('verses', () => {
  it.each([
    ['MARK 8:35 (NLT)', 'Mark 8:35'],
    ['Psalm 40:8 ESV', 'Psalm 40:8'],
    ['John 1:14a (ESV)', 'John 1:14a'],
    ['— Psalm 80:1-2, 8-19', 'Psalm 80:1-2, 8-19'],
    ['Ps. 89:1–2', 'Psalm 89:1-2'],
    ['1 Cor 13:4-7 (New Living Translation)', '1 Corinthians 13:4-7'],
  ])('a reference on its own line: %s → %s', (line, reference) => {
    const b = parseText(
      `Prayer Update\n\n“The words of the verse go here, as the letter quotes them.”\n${line}\n\nPray for Kenya.`,
    );
    expect(b.scripture).toEqual({
      text: 'The words of the verse go here, as the letter quotes them.',
      reference,
    });
  });

  it('a reference after the closing quotation mark, on the same line, without a dash', () => {
    const b = letter('blog-verse-then-bulletin-verse.txt');
    expect(b.scripture).toEqual({
      text: 'I desire to do your will, my God; your law is within my heart.',
      reference: 'Psalm 40:8',
    });
  });

  it("a web page's own verse before the title gives way to the bulletin's", () => {
    const b = letter('blog-verse-then-bulletin-verse.txt');
    expect(b.title).toBe('Monthly Prayer Journal: March 2022');
    expect(b.warnings.some((w) => w.includes('Colossians 4:2'))).toBe(true);
    expect(b.items.map((i) => [i.date, i.heading, i.countries])).toEqual([
      ['2022-03-01', 'PERU', ['Peru']],
      ['2022-03-01', 'NEPAL', ['Nepal']],
      ['2022-03-08', 'GLOBAL', []],
    ]);
  });

  it('a quotation attributed to a person is no verse and no request', () => {
    const b = letter('quote-by-a-person.txt');
    expect(b.scripture).toBeNull();
    expect(b.items.map((i) => i.countries)).toEqual([['Myanmar'], ['Senegal']]);
    expect(b.warnings).toContain('Skipped a quotation by A. Pastor Quoted: it is not a verse.');
  });

  it('a word that only looks like a book is no reference', () => {
    const b = parseText('Prayer Update\n\nPray for Kenya. He is 2 years old.\n\nKenya - 2:1');
    expect(b.scripture).toBeNull();
  });
});
