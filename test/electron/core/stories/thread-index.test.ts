import { describe, expect, it } from 'vitest';
import {
  addConfirmation,
  addLink,
  addUnlink,
  EMPTY_CHOICES,
} from '../../../../electron/core/stories/thread-choices';
import {
  buildThreadIndex,
  prepareThreads,
  prepareThreadsInSteps,
  storyMark,
  threadMemberIds,
  threadOfItem,
} from '../../../../electron/core/stories/thread-index';
import { bulletin } from './story-bulletins';

// Two years of a small library: Brianna*'s story (prayer, prayer, praise), a land case in one district told
// without names, a look-alike land case in another district, and requests about nothing in particular.
const library = [
  bulletin('2018-03-11', [
    {
      text: 'Pray for Brianna*, 14, rescued in Cebu from a house where she was abused for online customers, and for justice.',
      countries: ['Philippines'],
      pseudonyms: ['Brianna'],
    },
    {
      text: 'Pray for a widow in Mukono whose brothers-in-law fenced off her family plot and took the land title.',
      countries: ['Uganda'],
    },
    'Pray for our leaders as they plan the year.',
  ]),
  bulletin('2018-09-16', [
    {
      text: 'Brianna* gives her testimony in court next month. Pray she is calm.',
      kind: 'prayer',
      pseudonyms: ['Brianna'],
    },
    {
      text: 'The tribunal in Mukono postponed the hearing about the widow’s fenced family plot and land title.',
      kind: 'prayer',
      countries: ['Uganda'],
    },
    {
      text: 'Pray for a grandmother in Gulu chased from her home by in-laws who want her land.',
      countries: ['Uganda'],
    },
  ]),
  bulletin('2019-02-10', [
    {
      text: 'Praise God! The woman who abused Brianna* online was convicted.',
      countries: ['Philippines'],
      pseudonyms: ['Brianna'],
    },
    'Give thanks for the churches that gave at Easter.',
  ]),
];

const base = prepareThreads(library);
const index = buildThreadIndex(base, EMPTY_CHOICES);
const id = (date: string, item: number) => `${date}.txt#${item}`;

describe('buildThreadIndex and threadOfItem', () => {
  it('finds each story, oldest first, and leaves look-alikes and the rest alone', () => {
    expect(threadMemberIds(index, id('2018-09-16', 0))).toEqual([
      id('2018-03-11', 0),
      id('2018-09-16', 0),
      id('2019-02-10', 0),
    ]);
    expect(threadMemberIds(index, id('2018-03-11', 1))).toEqual([id('2018-03-11', 1), id('2018-09-16', 1)]);
    expect(threadMemberIds(index, id('2018-09-16', 2))).toEqual([id('2018-09-16', 2)]);
    expect(threadMemberIds(index, id('2018-03-11', 2))).toEqual([id('2018-03-11', 2)]);
    expect(threadMemberIds(index, 'nowhere.txt#0')).toEqual([]);
  });

  it('marks a prayer answered by the first later praise reporting what it asked for, and says why each member is there', () => {
    const thread = threadOfItem(index, id('2018-03-11', 0))!;
    expect(thread).toMatchObject({
      itemId: id('2018-03-11', 0),
      status: 'answered',
      answeredBy: id('2019-02-10', 0),
      confirmed: false,
    });
    const [first, second, third] = thread.members;
    expect(first).toMatchObject({
      file: '2018-03-11.txt',
      itemIndex: 0,
      date: '2018-03-11',
      title: 'Prayer requests',
      region: 'Southeast Asia & Pacific',
      kind: 'prayer',
      pseudonyms: ['Brianna'],
      link: 'found',
      reasons: [],
    });
    expect(second!.reasons).toContain('Same name: Brianna*');
    expect(third!.reasons).toContain('Same name: Brianna*');
    expect(threadOfItem(index, id('2019-02-10', 0))).toMatchObject({ status: null, answeredBy: null });
  });

  it('names the country and subject words two requests share', () => {
    const thread = threadOfItem(index, id('2018-03-11', 1))!;
    const reasons = thread.members[1]!.reasons;
    expect(reasons.find((r) => r.startsWith('Same country and subject: Uganda, '))).toMatch(
      /plot|title|fenced/,
    );
    expect(thread.status).toBe('waiting');
  });

  it('answers null for a request the library does not have', () => {
    expect(threadOfItem(index, 'gone.txt#3')).toBeNull();
  });

  it('gives marks for hits and answer counts per bulletin', () => {
    expect(storyMark(index, id('2018-09-16', 0))).toEqual({ threadSize: 3, status: 'answered' });
    expect(storyMark(index, id('2018-09-16', 2))).toEqual({ threadSize: 1, status: 'waiting' });
    expect(storyMark(index, id('2019-02-10', 1))).toMatchObject({ threadSize: 1, status: null });
    expect(storyMark(index, 'gone.txt#0')).toBeNull();
    expect(index.answersByFile.get('2018-03-11.txt')).toEqual({ answered: 1, waiting: 2 });
    expect(index.answersByFile.get('2019-02-10.txt')).toEqual({ answered: 0, waiting: 0 });
  });
});

describe('prepareThreadsInSteps', () => {
  it('pauses along the way, and ends with what prepareThreads gives at once', () => {
    const many = Array.from({ length: 600 }, (_, week) =>
      bulletin(new Date(Date.UTC(2014, 0, 5 + 7 * week)).toISOString().slice(0, 10), [
        { text: `Pray for the hearing of case ${week % 7} about a stolen farm.`, countries: ['Kenya'] },
        { text: 'Praise God for a verdict in the case about a stolen farm.', countries: ['Kenya'] },
      ]),
    );
    const steps = prepareThreadsInSteps(many);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(2);
    const atOnce = prepareThreads(many);
    expect(step.value.pairs).toEqual(atOnce.pairs);
    expect(step.value.features.items.map((item) => item.id)).toEqual(
      atOnce.features.items.map((item) => item.id),
    );
  });
});

describe('the user’s choices in the threads', () => {
  it('links a request by hand, marked as linked by the user', () => {
    const leaders = id('2018-03-11', 2);
    const brianna = id('2018-03-11', 0);
    const choices = addLink(EMPTY_CHOICES, brianna, leaders, threadMemberIds(index, brianna), [leaders]);
    const linked = buildThreadIndex(base, choices);
    const thread = threadOfItem(linked, brianna)!;
    expect(thread.members.map((m) => m.id)).toContain(leaders);
    const member = thread.members.find((m) => m.id === leaders)!;
    expect(member.link).toBe('linked');
    expect(member.reasons[0]).toBe('Linked by you');
  });

  it('takes a request out of its thread, and keeps it out', () => {
    const praise = id('2019-02-10', 0);
    const choices = addUnlink(EMPTY_CHOICES, praise, threadMemberIds(index, praise));
    const separated = buildThreadIndex(base, choices);
    expect(threadMemberIds(separated, id('2018-03-11', 0))).toEqual([
      id('2018-03-11', 0),
      id('2018-09-16', 0),
    ]);
    expect(threadMemberIds(separated, praise)).toEqual([praise]);
    expect(threadOfItem(separated, id('2018-03-11', 0))!.status).toBe('waiting');
  });

  it('confirms a thread: kept as it is, and closed to new findings', () => {
    const widow = id('2018-03-11', 1);
    const choices = addConfirmation(EMPTY_CHOICES, threadMemberIds(index, widow));
    const confirmed = buildThreadIndex(base, choices);
    expect(threadOfItem(confirmed, widow)!.confirmed).toBe(true);
    expect(threadOfItem(confirmed, id('2018-09-16', 1))!.confirmed).toBe(true);
    expect(threadOfItem(confirmed, id('2018-03-11', 0))!.confirmed).toBe(false);
    expect(threadMemberIds(confirmed, widow)).toEqual(threadMemberIds(index, widow));
  });

  it('ignores choices naming requests that are gone', () => {
    const choices = addLink(EMPTY_CHOICES, 'gone.txt#0', id('2018-03-11', 2), [], []);
    const rebuilt = buildThreadIndex(base, choices);
    expect(threadMemberIds(rebuilt, id('2018-03-11', 2))).toEqual([id('2018-03-11', 2)]);
  });
});
