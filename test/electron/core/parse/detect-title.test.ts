import { describe, expect, it } from 'vitest';
import { looksLikeHeadline, matchIjmTitle } from '../../../../electron/core/parse/detect-title';

describe('matchIjmTitle', () => {
  it.each([
    ['IJM Prayer Requests', 'IJM Prayer Requests', null],
    ['IJM Prayer Request', 'IJM Prayer Request', null],
    ['IJM PRAYER REQUESTS', 'IJM PRAYER REQUESTS', null],
    ['IJM Prayer Requests – April 27, 2019', 'IJM Prayer Requests', '2019-04-27'],
    ['IJM Prayer Requests: Week of 4/27/2019', 'IJM Prayer Requests', '2019-04-27'],
    ['April 27, 2019 IJM Prayer Requests', null, null],
    ['Prayer Requests', 'Prayer Requests', null],
    ["IJM's Weekly Prayer Update", "IJM's Weekly Prayer Update", null],
  ])('%s', (line, title, date) => {
    const m = matchIjmTitle(line);
    expect(m === null ? null : m.title).toBe(title);
    if (m) expect(m.date).toBe(date);
  });

  it('a request about prayer is no title', () => {
    expect(matchIjmTitle('Pray for the prayer requests of our partners.')).toBeNull();
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    'Freedom Sunday Is Coming Soon',
    'Praying Through the Holidays',
    'Good News From Kenya',
    'A Week of Rescues',
  ])('%s', (line) => {
    expect(looksLikeHeadline(line)).toBe(true);
  });

  it.each([
    'Pray for Kenya',
    'Praise God for the rescue!',
    'Dear friends',
    'April 27, 2019',
    '“Seek justice.”',
    '— Micah 6:8',
    'Africa',
    'Kenya',
    'Uganda & Rwanda',
    'This week’s requests:',
    'A full sentence that ends with a full stop.',
    '• Bullet',
  ])('not: %s', (line) => {
    expect(looksLikeHeadline(line)).toBe(false);
  });
});
