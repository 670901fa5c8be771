// The parser on one fixture per quirk of the real archives (test/fixtures/bulletins, written for the tests).
import { describe, expect, it } from 'vitest';
import { parseFixture, parseText } from './fixtures';

const texts = (name: string) => parseFixture(name).items.map((i) => i.text);

describe('title', () => {
  it.each([
    ['basic-layout.txt', 'IJM Prayer Requests'],
    ['headline-title.txt', 'Freedom Sunday Is Coming Soon'],
    ['no-title.txt', null],
    ['title-with-date.txt', 'IJM Prayer Requests'],
  ])('%s → %s', (file, title) => {
    expect(parseFixture(file).title).toBe(title);
  });

  it.each([
    ['IJM Prayer Request', 'IJM Prayer Request'],
    ['IJM PRAYER REQUESTS', 'IJM PRAYER REQUESTS'],
    ['International Justice Mission Prayer Requests', 'International Justice Mission Prayer Requests'],
    ['IJM Prayer Requests for the week of May 5, 2019', 'IJM Prayer Requests'],
  ])('recognises "%s"', (first, title) => {
    expect(parseText(`${first}\n\nPray for Kenya.\n`).title).toBe(title);
  });

  it('a first line that is a request, a date, a verse or a heading is no headline', () => {
    expect(parseText('Pray for the team in Kenya\n\nAfrica\n\nPray for Uganda.').title).toBeNull();
    expect(parseText('Africa\n\nPray for Uganda.').title).toBeNull();
    expect(parseText('Kenya\n\nPray for the court in Nairobi.').title).toBeNull();
    expect(parseText('“Seek justice.” — Isaiah 1:17\n\nPray for Uganda.').title).toBeNull();
  });

  it('the title line is not an item', () => {
    expect(texts('headline-title.txt')).not.toContain('Freedom Sunday Is Coming Soon');
  });

  it('uses the title hint (an e-mail subject) only when the text has no title', () => {
    const hinted = parseFixture('no-title.txt', { titleHint: 'Fwd: IJM Prayer Requests' });
    expect(hinted.title).toBe('IJM Prayer Requests');
    expect(hinted.warnings).toContain('No title in the text; used the e-mail subject.');
    expect(parseFixture('basic-layout.txt', { titleHint: 'Something else' }).title).toBe(
      'IJM Prayer Requests',
    );
  });
});

describe('date', () => {
  it.each([
    ['basic-layout.txt', '2019-03-03'],
    ['date-day-month-year.txt', '2019-04-27'],
    ['date-iso.txt', '2019-04-27'],
    ['date-us-slash.txt', '2019-04-27'],
    ['date-abbreviated-month.txt', '2019-09-08'],
    ['date-with-weekday.txt', '2019-06-15'],
    ['title-with-date.txt', '2019-03-03'],
    ['no-blank-lines.txt', '2019-06-02'],
  ])('%s: %s from the text', (file, date) => {
    const b = parseFixture(file);
    expect(b.date).toBe(date);
    expect(b.dateSource).toBe('text');
  });

  it('the date line is not an item', () => {
    expect(texts('date-day-month-year.txt')).toEqual([
      'Pray for the investigators in Uganda who are following up new reports this week.',
    ]);
  });

  it('falls back to the date in the file name', () => {
    const b = parseFixture('date-only-in-filename-2018_03_04.txt');
    expect([b.date, b.dateSource]).toEqual(['2018-03-04', 'filename']);
    expect(b.warnings).toContain('No date in the text; used the date in the file name.');
  });

  it.each([
    ['2019/2019-04-27 IJM Prayer Requests.txt', '2019-04-27'],
    ['IJM Prayer Request 20190427.txt', '2019-04-27'],
    ['2019_04_27 prayer requests.txt', '2019-04-27'],
    ['2019.04.27.txt', '2019-04-27'],
    ['archive/April 27, 2019.txt', '2019-04-27'],
    ['2019-04-27/requests.txt', '2019-04-27'],
  ])('reads the file name %s', (file, date) => {
    const b = parseText('Pray for Kenya.', { file });
    expect([b.date, b.dateSource]).toEqual([date, 'filename']);
  });

  it('then the date hint; else the bulletin is undated (never the file time)', () => {
    const hinted = parseText('Pray for Kenya.', { dateHint: 'Sat, 27 Apr 2019 10:00:00 -0400' });
    expect([hinted.date, hinted.dateSource]).toEqual(['2019-04-27', 'text']);
    const timed = parseText('Pray for Kenya.', { mtimeMs: Date.UTC(2021, 11, 31, 23, 30) });
    expect([timed.date, timed.dateSource]).toEqual([null, 'none']);
    expect(timed.warnings).toContain('No date in the text or the file name: the bulletin is undated.');
    const none = parseText('Pray for Kenya.', { mtimeMs: Number.NaN });
    expect([none.date, none.dateSource]).toEqual([null, 'none']);
  });

  it('never takes a date from inside a request', () => {
    const b = parseFixture('date-inside-item-only.txt');
    expect(b.dateSource).toBe('none');
    expect(b.items).toHaveLength(2);
  });

  it('prefers a date on its own line to one in the title line', () => {
    const b = parseText('IJM Prayer Requests – May 5, 2019\n\nMay 12, 2019\n\nPray for Kenya.');
    expect(b.date).toBe('2019-05-12');
  });

  it('ignores an impossible date, and says so', () => {
    const b = parseFixture('impossible-date.txt');
    expect(b.dateSource).toBe('none');
    expect(b.warnings).toContain('Ignored the date "February 30, 2019": there is no such day.');
    expect(b.items).toHaveLength(1);
  });

  it('completes a date line without a year from the file time', () => {
    const b = parseFixture('date-without-year.txt');
    expect([b.date, b.dateSource]).toEqual(['2020-04-28', 'file-time']);
    expect(b.items.map((i) => i.countries)).toEqual([['Nepal']]);
  });
});

describe('scripture', () => {
  it.each([
    ['basic-layout.txt', 'Learn to do right; seek justice. Defend the oppressed.', 'Isaiah 1:17'],
    ['verse-same-line-em-dash.txt', 'Open your mouth for those who have no voice.', 'Proverbs 31:8'],
    [
      'verse-same-line-en-dash.txt',
      'Dear children, let us not love with words or speech but with actions and in truth.',
      '1 John 3:18',
    ],
    [
      'verse-hyphen-straight-quotes.txt',
      'Defend the weak and the fatherless; uphold the cause of the poor and the oppressed. Rescue the weak and the needy.',
      'Psalm 82:3-4',
    ],
    [
      'verse-no-quotes.txt',
      'Seek the Lord while he may be found; call on him while he is near.',
      'Isaiah 55:6',
    ],
    ['verse-with-version.txt', 'Learn to do right; seek justice.', 'Isaiah 1:17'],
    [
      'verse-range-en-dash.txt',
      'The Spirit of the Lord is on me, because he has anointed me to proclaim good news to the poor.',
      'Luke 4:18-19',
    ],
    [
      'no-blank-lines.txt',
      'He upholds the cause of the oppressed and gives food to the hungry.',
      'Psalm 146:7',
    ],
    [
      'verse-at-the-end.txt',
      'Speak up and judge fairly; defend the rights of the poor and needy.',
      'Proverbs 31:9',
    ],
  ])('%s', (file, text, reference) => {
    const b = parseFixture(file);
    expect(b.scripture).toEqual({ text, reference });
    for (const item of b.items) {
      expect(item.text).not.toContain(reference.split(' ')[0]);
      expect(item.text).not.toMatch(/^[“"‘]/);
    }
  });

  it('keeps a quoted verse with no reference, with an empty reference and a warning', () => {
    const b = parseFixture('verse-without-reference.txt');
    expect(b.scripture?.reference).toBe('');
    expect(b.scripture?.text).toMatch(/^Let justice roll on/);
    expect(b.warnings).toContain('The verse at the top has no reference.');
    expect(b.items).toHaveLength(1);
  });

  it('is null when there is no verse', () => {
    expect(parseFixture('date-iso.txt').scripture).toBeNull();
  });
});

describe('headings and regions', () => {
  const summary = (file: string) => parseFixture(file).items.map((i) => [i.heading, i.region]);

  it('items before the first heading take their region from the countries they name', () => {
    expect(summary('items-before-first-heading.txt')).toEqual([
      [null, 'Africa'],
      [null, 'Africa'],
      [null, 'Latin America & Caribbean'],
      ['Latin America', 'Latin America & Caribbean'],
    ]);
  });

  it.each([
    ['combined-heading-africa-plus-europe.txt', 'Africa + Europe', ['Europe', 'Africa', 'Other']],
    ['combined-heading-africa-and-europe.txt', 'Africa & Europe', ['Europe', 'Africa']],
  ])('%s: by country under a combined heading', (file, heading, regions) => {
    const b = parseFixture(file);
    expect(b.items.map((i) => i.heading)).toEqual(regions.map(() => heading));
    expect(b.items.map((i) => i.region)).toEqual(regions);
  });

  it('maps the headings of every period', () => {
    expect(summary('asia-pacific-heading.txt')).toEqual([
      ['Asia Pacific', 'Southeast Asia & Pacific'],
      ['IJM Global Office & Partners', 'Global'],
    ]);
    expect(summary('global-office-headings.txt')).toEqual([
      ['Global Office', 'Global'],
      ['IJM Headquarters', 'Global'],
      ['IJM HQ and Global Partners', 'Global'],
    ]);
    expect(summary('basic-layout.txt').map(([, r]) => r)).toEqual([
      'Africa',
      'Europe',
      'Latin America & Caribbean',
      'Global',
    ]);
  });

  it('reads headings in any order, case and with a colon', () => {
    expect(summary('headings-in-any-order.txt')).toEqual([
      ['SOUTHEAST ASIA', 'Southeast Asia & Pacific'],
      ['Latin America', 'Latin America & Caribbean'],
      ['south asia', 'South Asia'],
      ['AFRICA', 'Africa'],
    ]);
  });

  it('an unknown heading is kept as written; its items go by country, else Other', () => {
    const b = parseFixture('unknown-heading.txt');
    expect(b.items.map((i) => [i.heading, i.region])).toEqual([
      ['Survivor Stories', 'Africa'],
      ['Survivor Stories', 'Other'],
    ]);
    expect(b.warnings).toContain(
      'The heading "Survivor Stories" names no region; its requests are filed by the countries they name.',
    );
  });

  it('an empty section produces nothing', () => {
    const b = parseFixture('empty-section.txt');
    expect(b.items.map((i) => i.heading)).toEqual(['Latin America']);
    expect(b.warnings).toContain('Skipped "Europe": a heading with no requests under it.');
  });

  it('headings are not items', () => {
    for (const text of texts('basic-layout.txt')) expect(text).not.toMatch(/^(Europe|Latin America|IJM HQ)/);
  });
});

describe('paragraphs and bullets', () => {
  it('removes dash bullets; each bullet is an item', () => {
    expect(texts('dash-bullets.txt')).toEqual([
      'Praise God for a rescue in Pampanga that brought three children to safety.',
      'Pray for the children as they begin counselling.',
      'Pray for a just outcome for twelve labourers from Odisha.',
    ]);
  });

  it('removes •, *, – and numbered bullets, indented or not', () => {
    expect(texts('mixed-bullets.txt')).toEqual([
      'Pray for the caseworkers in Phnom Penh who visit survivors at home.',
      'Thank God for a new shelter opening in Siem Reap.',
      'Ask God to give the police in Bangkok courage to act on tips.',
      'Pray for good rest for the team after a busy quarter.',
      'Pray for the families who are waiting for news.',
      'Praise God for a donated van that brings children to school.',
    ]);
  });

  it('one item per plain paragraph', () => {
    expect(texts('plain-paragraphs.txt')).toHaveLength(3);
  });

  it('joins a hard-wrapped paragraph into one item', () => {
    const items = texts('hard-wrapped-72.txt');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(
      /^Praise God for a long-awaited verdict in Kenya! After nearly three years in court,/,
    );
    expect(items[0]).toMatch(/through every delay\.$/);
  });

  it('with no blank lines, a line that ends a sentence and stops short ends a paragraph', () => {
    expect(texts('hard-wrapped-no-blank-lines.txt')).toEqual([
      expect.stringMatching(/^Praise God for a long-awaited verdict in Uganda! .* ordered to repay them\.$/),
      expect.stringMatching(/^Pray for the tenants .* every hearing\.$/),
      'Pray for the caseworkers in Nepal who meet with children after they testify in court.',
    ]);
  });

  it('with no blank lines and unwrapped lines, each sentence-ending line is an item', () => {
    const b = parseFixture('no-blank-lines.txt');
    expect(b.title).toBe('IJM Prayer Requests');
    expect(b.items.map((i) => [i.heading, i.text])).toEqual([
      [null, 'Praise God for a verdict in Kenya that freed a man held for two years on false charges.'],
      [null, 'Pray for him and his family as they rebuild their lives.'],
      [
        'Latin America',
        'Pray for the prosecutors in Guatemala who have many cases this month and for the judges who will hear them.',
      ],
      ['South Asia', 'Give thanks for forty labourers freed from a brick kiln in Odisha.'],
    ]);
  });

  it('reads Windows line endings', () => {
    expect(texts('crlf-line-endings.txt')).toEqual([
      'Pray for the team in Ecuador as they prepare for trial.',
      'Praise God for a safe home in Kolkata.',
    ]);
  });

  it('turns no-break spaces into spaces and collapses whitespace', () => {
    const b = parseFixture('nbsp-and-spaces.txt');
    expect(b.date).toBe('2019-09-08');
    expect(b.items.map((i) => i.text)).toEqual([
      'Praise God for a new school year in Freedom Village, Tanzania. Pray for the teachers.',
    ]);
  });
});

describe('kind', () => {
  it('praise, prayer or info, by how the item opens', () => {
    expect(parseFixture('kinds.txt').items.map((i) => i.kind)).toEqual([
      ...Array(9).fill('praise'),
      ...Array(5).fill('prayer'),
      'info',
      'praise',
      'prayer',
    ]);
  });
});

describe('countries and pseudonyms', () => {
  it('finds countries by name, demonym, city and abbreviation, without false hits', () => {
    expect(parseFixture('countries-named-many-ways.txt').items.map((i) => i.countries)).toEqual([
      ['Philippines', 'Thailand'],
      ['Venezuela', 'United States', 'United Kingdom'],
      ['DR Congo', "Côte d'Ivoire"],
      [],
      ['United Kingdom'],
    ]);
  });

  it('lists starred names without the star and keeps the star in the text', () => {
    const b = parseFixture('pseudonyms.txt');
    expect(b.items.map((i) => i.pseudonyms)).toEqual([['Amara', 'Kofi'], ['Lina'], ['Mateo']]);
    expect(b.items[1]!.text).toBe("Pray for Lina*'s family as they prepare for her testimony in Cebu.");
  });
});

describe('leftovers and things that are not requests', () => {
  it('removes link labels from the end of a paragraph, and paragraphs that are only one', () => {
    expect(texts('read-full-story-leftover.txt')).toEqual([
      'Praise God for a verdict in the Dominican Republic that protects four girls.',
      'Pray for the survivors as they heal.',
      'Pray that the new law would be enforced.',
      'Pray that officers would keep learning more.',
    ]);
  });

  it('drops picture file names', () => {
    expect(texts('image-file-lines.txt')).toEqual([
      'Praise God for a new training centre in Nairobi.',
      'Pray for the instructors in Kenya who will teach the first class.',
    ]);
  });

  it('drops lone pipes and table borders; cells become text', () => {
    const b = parseFixture('table-pipes.txt');
    expect(b.items.map((i) => [i.heading, i.text])).toEqual([
      [null, 'Pray for the investigators in Honduras as they follow a new lead.'],
      ['Africa', 'Praise God for a safe return home for five boys in Ghana.'],
    ]);
  });

  it("skips a church's preamble, with a warning", () => {
    const b = parseFixture('church-preamble.txt');
    expect(b.title).toBe('IJM Prayer Requests');
    expect(b.date).toBe('2019-08-04');
    expect(b.items.map((i) => i.text)).toEqual([
      'Pray for the lawyers in Zambia preparing for three hearings this week.',
    ]);
    expect(b.warnings.filter((w) => w.startsWith('Skipped an introduction'))).toHaveLength(2);
  });

  it('skips a preamble that comes before the title even without a colon', () => {
    const b = parseText(
      'Dear friends, here are the latest requests from our partners.\n\nIJM Prayer Requests\n\nPray for Kenya.',
    );
    expect(b.title).toBe('IJM Prayer Requests');
    expect(b.items.map((i) => i.text)).toEqual(['Pray for Kenya.']);
  });

  it('skips forwarded-message headers and takes the date and title from them', () => {
    const b = parseFixture('forwarded-message.txt');
    expect([b.title, b.date, b.dateSource]).toEqual(['IJM Prayer Requests', '2019-08-10', 'text']);
    expect(b.items).toHaveLength(1);
    expect(b.warnings).toContain('Skipped the headers of a forwarded e-mail.');
  });

  it('keeps the partial last item of a file cut off mid-word, with a warning', () => {
    const b = parseFixture('cut-off-mid-word.txt');
    expect(b.items.map((i) => i.text)).toEqual([
      'Praise God for a rescue in Chennai that freed a family of five.',
      'Pray for the caseworkers who will help the family settle and find wo',
    ]);
    expect(b.warnings).toContain('The file seems to end mid-sentence; the last request may be cut off.');
  });

  it('gives no warnings for a clean bulletin', () => {
    expect(parseFixture('basic-layout.txt').warnings).toEqual([]);
  });

  it('says so when there is nothing', () => {
    const b = parseText('');
    expect(b.items).toEqual([]);
    expect(b.warnings).toContain('No prayer requests were found.');
  });
});

describe('the whole bulletin', () => {
  it('basic layout, field by field', () => {
    expect(parseFixture('basic-layout.txt')).toEqual({
      file: 'basic-layout.txt',
      title: 'IJM Prayer Requests',
      organisation: 'IJM',
      date: '2019-03-03',
      dateSource: 'text',
      scripture: { text: 'Learn to do right; seek justice. Defend the oppressed.', reference: 'Isaiah 1:17' },
      items: [
        {
          region: 'Africa',
          heading: null,
          kind: 'praise',
          text: 'Give thanks for a judge in Uganda who ruled for a grandmother whose land had been seized by neighbours.',
          countries: ['Uganda'],
          pseudonyms: [],
        },
        {
          region: 'Europe',
          heading: 'Europe',
          kind: 'prayer',
          text: 'Pray for the shelter staff in Moldova as they welcome three young women home this month.',
          countries: ['Moldova'],
          pseudonyms: [],
        },
        {
          region: 'Latin America & Caribbean',
          heading: 'Latin America',
          kind: 'prayer',
          text: 'Ask God to strengthen the prosecutors in Honduras who carry heavy caseloads.',
          countries: ['Honduras'],
          pseudonyms: [],
        },
        {
          region: 'Global',
          heading: 'IJM HQ & Global Partners',
          kind: 'info',
          text: "IJM's main office is in the United States, with supporters' offices in Canada and Australia.",
          countries: ['United States', 'Canada', 'Australia'],
          pseudonyms: [],
        },
      ],
      warnings: [],
    });
  });

  it('is deterministic', () => {
    expect(parseFixture('kinds.txt')).toEqual(parseFixture('kinds.txt'));
  });
});
