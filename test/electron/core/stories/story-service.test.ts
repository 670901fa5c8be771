import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStoryService } from '../../../../electron/core/stories/story-service';
import type { BulletinSummary } from '../../../../shared/library-types';
import type { Bulletin } from '../../../../shared/model';
import type { SearchHit, SearchResult } from '../../../../shared/search-types';
import type { AnswerStatus } from '../../../../shared/story-types';
import { bulletin } from './story-bulletins';

// The verse index, the country view and the digest are another module's work: here only how the service
// feeds them (the library's bulletins, the answer status of each request) and keeps what they give.
const calls = vi.hoisted(() => ({
  scripture: 0,
  countries: 0,
  statusOf: null as ((itemId: string) => AnswerStatus | null) | null,
}));
vi.mock('../../../../electron/core/stories/scripture-index', () => ({
  buildScriptureIndex: (bulletins: readonly Bulletin[]) => {
    calls.scripture++;
    return { entries: [], unrecognised: [], bulletins: bulletins.length };
  },
}));
vi.mock('../../../../electron/core/stories/country-view', () => ({
  listCountries: (bulletins: readonly Bulletin[]) => {
    calls.countries++;
    return [{ country: 'Uganda', region: 'Africa', count: bulletins.length, latest: null }];
  },
  buildCountryView: (
    _bulletins: readonly Bulletin[],
    country: string,
    statusOf: (id: string) => AnswerStatus | null,
  ) => {
    calls.statusOf = statusOf;
    return country === 'Uganda' ? { country } : null;
  },
}));
vi.mock('../../../../shared/praise-digest', () => ({
  buildPraiseDigest: (bulletins: readonly Bulletin[], options: { from: string; to: string }) => ({
    draft: { title: `${options.from}…${options.to}` },
    total: bulletins.length,
    omitted: 0,
  }),
}));

const widow = (text: string) => ({ text, countries: ['Uganda'] });
const story = [
  bulletin('2016-03-06', [
    widow(
      'Pray for a widow in Mukono whose brothers-in-law fenced off her family plot and took the land title.',
    ),
    'Pray for our leaders as they plan the year.',
  ]),
  bulletin('2016-06-19', [
    widow(
      'The tribunal in Mukono postponed the hearing about the widow’s fenced family plot and land title.',
    ),
  ]),
  bulletin('2017-01-15', [
    widow('Give thanks: the tribunal in Mukono gave the widow her fenced family plot and land title back.'),
  ]),
];
const first = '2016-03-06.txt#0';
const leaders = '2016-03-06.txt#1';

let userDataDir: string;
let current: readonly Bulletin[];
beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(tmpdir(), 'prayer-desk-stories-'));
  current = story;
  calls.scripture = 0;
  calls.countries = 0;
  calls.statusOf = null;
});
afterEach(async () => {
  await rm(userDataDir, { recursive: true, force: true });
});

const open = (onProblem?: (message: string) => void) =>
  createStoryService({ bulletins: () => current, userDataDir, onProblem });

function hit(id: string): SearchHit {
  const [file, index] = id.split('#') as [string, string];
  return {
    id,
    file,
    itemIndex: Number(index),
    date: null,
    region: 'Africa',
    kind: 'prayer',
    score: 1,
    snippet: '',
    snippetRanges: [],
    text: '',
    ranges: [],
  };
}
const result = (...ids: string[]): SearchResult => ({
  total: ids.length,
  hits: ids.map(hit),
  didYouMean: [],
});
const summary = (file: string): BulletinSummary => ({
  file,
  title: null,
  date: null,
  dateSource: 'text',
  scriptureReference: null,
  regionCounts: {},
  itemCount: 1,
});

describe('createStoryService', () => {
  it('answers a request’s thread, built on demand; null for a request it does not have', async () => {
    const stories = await open();
    const thread = stories.thread(first)!;
    expect(thread.members.map((m) => m.id)).toEqual([first, '2016-06-19.txt#0', '2017-01-15.txt#0']);
    expect(thread).toMatchObject({ status: 'answered', answeredBy: '2017-01-15.txt#0', confirmed: false });
    expect(stories.thread('2030-01-01.txt#0')).toBeNull();
  });

  it('never makes a search wait for the threads: unmarked at first, marked once built', async () => {
    const stories = await open();
    const found = result(first, leaders, 'gone.txt#0');
    expect(stories.markHits(found)).toBe(found);
    const summaries = [summary('2016-03-06.txt')];
    expect(stories.markSummaries(summaries)).toBe(summaries);
    await vi.waitFor(() => expect(stories.markHits(found)).not.toBe(found));
    expect(stories.markHits(found).hits.map((h) => h.story)).toEqual([
      { threadSize: 3, status: 'answered' },
      { threadSize: 1, status: 'waiting' },
      undefined,
    ]);
    expect(stories.markSummaries(summaries)).toEqual([
      { ...summaries[0], answers: { answered: 1, waiting: 1 } },
    ]);
  });

  it('says when the marks became known in the background, and after each choice', async () => {
    const stories = await open();
    const changed = vi.fn();
    const off = stories.onChange(changed);
    const found = result(first);
    stories.markHits(found);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect(stories.markHits(found).hits[0]!.story).toEqual({ threadSize: 3, status: 'answered' });
    await stories.confirm(first);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    off();
    await stories.link(first, leaders);
    await new Promise((resolve) => setImmediate(resolve));
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('says so too when a request that could not wait built the threads', async () => {
    const stories = await open();
    const changed = vi.fn();
    stories.onChange(changed);
    expect(stories.thread(first)!.members).toHaveLength(3);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    stories.thread(first);
    stories.markHits(result(first));
    await new Promise((resolve) => setImmediate(resolve));
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('gives a bulletin’s marks by item once the threads are built, never building them for it', async () => {
    const stories = await open();
    const file = first.replace(/#\d+$/, '');
    expect(stories.marksOf(file)).toEqual([]);
    await vi.waitFor(() => expect(stories.marksOf(file)).not.toEqual([]));
    expect(stories.marksOf(file)[0]).toEqual({ threadSize: 3, status: 'answered' });
    expect(stories.marksOf('not-there.txt')).toEqual([]);
  });

  it('keeps what it derived until the library gives a new bulletin array', async () => {
    const stories = await open();
    const verses = stories.scriptureIndex();
    expect(stories.scriptureIndex()).toBe(verses);
    expect(stories.countries()).toBe(stories.countries());
    expect(calls).toMatchObject({ scripture: 1, countries: 1 });
    stories.thread(first);
    expect(stories.markHits(result(first)).hits[0]!.story).toEqual({ threadSize: 3, status: 'answered' });

    // The library changed: the praise is gone. Nothing derived from the old array is served any more.
    current = story.slice(0, 2);
    expect(stories.markHits(result(first)).hits[0]!.story).toBeUndefined();
    expect(stories.scriptureIndex()).not.toBe(verses);
    expect(calls.scripture).toBe(2);
    await vi.waitFor(() => expect(stories.markHits(result(first)).hits[0]!.story).toBeDefined());
    expect(stories.markHits(result(first)).hits[0]!.story).toEqual({ threadSize: 2, status: 'waiting' });
  });

  it('gives the country view each request’s answer status, and passes the digest through', async () => {
    const stories = await open();
    expect(stories.countryView('Uganda')).toEqual({ country: 'Uganda' });
    expect(stories.countryView('Narnia')).toBeNull();
    expect(calls.statusOf?.(first)).toBe('answered');
    expect(calls.statusOf?.('2017-01-15.txt#0')).toBeNull();
    expect(calls.statusOf?.('gone.txt#0')).toBeNull();
    expect(stories.praiseDigest({ from: '2016-01-01', to: '2016-12-31' })).toMatchObject({
      draft: { title: '2016-01-01…2016-12-31' },
      total: 3,
    });
  });

  it('keeps the user’s link, unlink and confirm in userData, and a new start reads them back', async () => {
    const stories = await open();
    const linked = await stories.link(first, leaders);
    expect(linked.members.find((m) => m.id === leaders)).toMatchObject({
      link: 'linked',
      reasons: ['Linked by you'],
    });

    const without = await stories.unlink('2017-01-15.txt#0', first);
    expect(without.itemId).toBe(first);
    expect(without.members.map((m) => m.id)).toEqual([first, leaders, '2016-06-19.txt#0']);
    expect(without.status).toBe('waiting');

    const confirmed = await stories.confirm(first);
    expect(confirmed.confirmed).toBe(true);

    expect(await readdir(userDataDir)).toEqual(['threads.json']);
    const saved = JSON.parse(await readFile(path.join(userDataDir, 'threads.json'), 'utf8'));
    expect(saved.choices.links).toEqual([[first, leaders]]);

    const again = await open();
    expect(again.thread(first)).toEqual(confirmed);
    expect(again.thread('2017-01-15.txt#0')!.members).toHaveLength(1);
  });

  it('says in plain words when a request acted on is not in the library', async () => {
    const stories = await open();
    await expect(stories.link(first, 'gone.txt#0')).rejects.toThrow(
      'That request is no longer in the library',
    );
    await expect(stories.unlink('gone.txt#0', first)).rejects.toThrow('no longer in the library');
    await expect(stories.confirm('gone.txt#0')).rejects.toThrow('no longer in the library');
    // A refused choice does not stop the next one.
    await expect(stories.confirm(first)).resolves.toMatchObject({ confirmed: true });
  });

  it('starts over from a damaged choices file, set aside and reported once', async () => {
    await writeFile(path.join(userDataDir, 'threads.json'), 'not json at all');
    const problems: string[] = [];
    const stories = await open((message) => problems.push(message));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/thread choices were damaged/);
    expect(stories.thread(first)!.members).toHaveLength(3);
    expect((await readdir(userDataDir)).some((name) => name.startsWith('threads.corrupt-'))).toBe(true);
  });

  it('runs choices one after another, each saved before the next', async () => {
    const stories = await open();
    const both = await Promise.all([stories.link(first, leaders), stories.confirm(first)]);
    expect(both[1].members.map((m) => m.id)).toContain(leaders);
    const saved = JSON.parse(await readFile(path.join(userDataDir, 'threads.json'), 'utf8'));
    expect(saved.choices.confirmed[0]).toContain(leaders);
  });
});
