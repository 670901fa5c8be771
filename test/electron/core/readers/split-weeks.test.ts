import { describe, expect, it } from 'vitest';
import { bulletinFileId, partOf, sourceFileOf } from '../../../../shared/bulletin-source';
import { MAX_WEEKS_PER_FILE, splitWeeks } from '../../../../electron/core/readers/split-weeks';
import { weekText, WEEKS } from '../../../fixtures/formats/make-fixtures';

const firstLines = (parts: string[]) => parts.map((p) => p.split('\n').find((l) => l.trim() !== ''));

describe('splitWeeks', () => {
  it('leaves a single bulletin whole', () => {
    const text = weekText(WEEKS[0]!);
    expect(splitWeeks(text)).toEqual([text]);
  });

  it('cuts at each repeated title that comes with a date', () => {
    const text = WEEKS.map(weekText).join('\n');
    const parts = splitWeeks(text);
    expect(parts).toHaveLength(3);
    expect(parts.join('\n')).toBe(text);
    expect(parts.map((p) => p.split('\n')[2])).toEqual(['March 3, 2024', 'March 10, 2024', 'March 17, 2024']);
  });

  it('keeps a church note before the first bulletin with the first one', () => {
    const text = `Our prayer team shares these each week.\n\n${WEEKS.map(weekText).join('\n')}`;
    expect(firstLines(splitWeeks(text))).toEqual([
      'Our prayer team shares these each week.',
      'IJM Prayer Requests',
      'IJM Prayer Requests',
    ]);
  });

  it('cuts at titles with the date on the same line', () => {
    const text = [
      'Prayer Requests – May 5, 2024',
      '',
      'Pray for the lawyers in Chennai preparing a case this week.',
      '',
      'Prayer Requests – May 12, 2024',
      '',
      'Thank God for new police officers in Uganda trained to listen.',
    ].join('\n');
    expect(splitWeeks(text)).toHaveLength(2);
  });

  it('cuts at forwarded e-mail boundaries, keeping each header block with its bulletin', () => {
    const forward = (date: string) =>
      `---------- Forwarded message ---------\nFrom: IJM <p@example.org>\nDate: ${date}\nSubject: IJM Prayer Requests\n\n`;
    const text =
      'Here are the last two weeks.\n\n' +
      forward('Sun, Mar 3, 2024') +
      weekText(WEEKS[0]!) +
      forward('Sun, Mar 10, 2024') +
      weekText(WEEKS[1]!);
    const parts = splitWeeks(text);
    expect(firstLines(parts)).toEqual([
      'Here are the last two weeks.',
      '---------- Forwarded message ---------',
    ]);
    expect(parts[1]).toContain('Date: Sun, Mar 10, 2024');
  });

  it('cuts at Outlook-style "From: / Sent:" headers and Gmail-style "On … wrote:" lines', () => {
    const outlook =
      'From: Office\nSent: Sunday, March 10, 2024 9:00 AM\nTo: Team\nSubject: IJM Prayer Requests\n\n';
    const text = `${weekText(WEEKS[1]!)}\nOn Sun, Mar 3, 2024 at 7:00 AM IJM <p@example.org> wrote:\n> ${weekText(
      WEEKS[0]!,
    ).replace(/\n/g, '\n> ')}\n${outlook}${weekText(WEEKS[2]!)}`;
    expect(splitWeeks(text)).toHaveLength(3);
  });

  it('does not cut a single forwarded bulletin at its own headers and title', () => {
    const text = `FYI\n\n-----Original Message-----\nFrom: IJM\nSent: Sunday, March 3, 2024\nSubject: IJM Prayer Requests\n\n${weekText(WEEKS[0]!)}`;
    expect(splitWeeks(text)).toEqual([text]);
  });

  it('does not cut at a title repeated as a footer with nothing after it', () => {
    const text = `${weekText(WEEKS[0]!)}\nIJM Prayer Requests – March 3, 2024\n`;
    expect(splitWeeks(text)).toEqual([text]);
  });

  it('falls back to date lines standing alone when there are no titles, if their dates differ', () => {
    const week = (date: string, country: string) =>
      `${date}\n\nPray for the courts in ${country} as they hear new cases this week.\n\n`;
    expect(splitWeeks(week('June 2, 2024', 'Kenya') + week('June 9, 2024', 'Peru'))).toHaveLength(2);
    const sameDate = week('June 2, 2024', 'Kenya') + week('June 2, 2024', 'Peru');
    expect(splitWeeks(sameDate)).toEqual([sameDate]);
  });

  it('stops at a bounded number of weeks, keeping all the text', () => {
    const week = `IJM Prayer Requests – March 3, 2024\n\nPray for the courts in Kenya this week, and for the staff.\n\n`;
    const text = week.repeat(MAX_WEEKS_PER_FILE + 5);
    const parts = splitWeeks(text);
    expect(parts).toHaveLength(MAX_WEEKS_PER_FILE);
    expect(parts.join('\n')).toBe(text);
  });

  it('handles 200,000 title lines with nothing between them', () => {
    const text = 'IJM Prayer Requests\n'.repeat(200_000);
    expect(splitWeeks(text)).toHaveLength(1);
  });
});

describe('splitWeeks on boundaries written unevenly', () => {
  const request = 'Pray for the team in Kenya this week and the next one.';
  const praise = 'Praise God for a rescue in Ghana last week and for the team.';

  it('cuts at forwarded headers quoted, emphasised and spaced with no-break spaces', () => {
    const text =
      `>  **Forwarded\u00a0message**\nFrom :\u00a0Office\nSubject: IJM Prayer Requests\n\n${request}\n\n` +
      `> ---------- Forwarded\u00a0 message ---------\nFrom: Office\nDate: March 10, 2024\n\n${praise}`;
    expect(splitWeeks(text)).toHaveLength(2);
  });

  it('cuts at titles in capitals with a no-break space', () => {
    const text =
      `IJM PRAYER REQUESTS\nSunday, March 3, 2024\n\n${request}\n\n` +
      `IJM PRAYER\u00a0REQUESTS\nSunday, March 10, 2024\n\n${praise}`;
    expect(splitWeeks(text)).toHaveLength(2);
  });

  it('cuts at short dates standing alone', () => {
    expect(splitWeeks(`Notes\n\n3/3/24\n\n${request}\n\n3/10/24\n\n${praise}`)).toHaveLength(2);
  });

  it('leaves whole a bulletin with one title and one date, however many lines it has', () => {
    const text = `IJM Prayer Requests\nMarch 3, 2024\n\n${Array(200).fill(request).join('\n\n')}`;
    expect(splitWeeks(text)).toEqual([text]);
  });
});

describe('bulletin ids for several bulletins from one file', () => {
  it('keeps the plain path for the first and adds #n from the second on', () => {
    expect([1, 2, 3].map((n) => bulletinFileId('2024/church page.html', n))).toEqual([
      '2024/church page.html',
      '2024/church page.html#2',
      '2024/church page.html#3',
    ]);
  });

  it('finds the file on disk and the part again', () => {
    expect(sourceFileOf('2024/church page.html#12')).toBe('2024/church page.html');
    expect(sourceFileOf('2024/church page.html')).toBe('2024/church page.html');
    expect(partOf('a.eml#3')).toBe(3);
    expect(partOf('a.eml')).toBe(1);
  });

  it('leaves names that merely contain "#" alone', () => {
    expect(sourceFileOf('Week #12.txt')).toBe('Week #12.txt');
    expect(sourceFileOf('notes#1')).toBe('notes#1');
    expect(partOf('Week #12.txt')).toBe(1);
  });
});
