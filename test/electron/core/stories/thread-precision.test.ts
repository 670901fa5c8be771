// How well the thread finder links requests about one story, measured on test/fixtures/threads: ten years
// of bulletins with planted stories (pseudonym stories, stories told without names, a trial postponed then
// won, the same request repeated in consecutive weeks) and look-alikes that must stay apart (same country
// and another subject, the same subject in another country, two named people's court cases in one
// country, the same pseudonym in two countries, "pray for the staff in …"). The library is read the way
// the app reads it (scan, readers, parser); threads.truth.json names each story's requests by file and a
// phrase only that request has. Scored over pairs of requests: a pair is linked when both are in one thread.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFolder } from '../../../../electron/core/library/scan-folder';
import { EMPTY_CHOICES } from '../../../../electron/core/stories/thread-choices';
import { buildThreadIndex, prepareThreads } from '../../../../electron/core/stories/thread-index';
import type { Bulletin } from '../../../../shared/model';

const LIBRARY = path.resolve(__dirname, '../../../fixtures/threads');

interface Truth {
  stories: { name: string; requests: { file: string; phrase: string }[] }[];
}

let bulletins: Bulletin[];
let storyOf: Map<string, string>;
let truth: Truth;

beforeAll(async () => {
  const loaded = await loadFolder(LIBRARY);
  expect(loaded.problems).toEqual([]);
  bulletins = loaded.bulletins;
  truth = JSON.parse(await readFile(path.join(LIBRARY, 'threads.truth.json'), 'utf8')) as Truth;
  storyOf = new Map();
  for (const story of truth.stories) {
    for (const { file, phrase } of story.requests) {
      const bulletin = bulletins.find((b) => b.file === file);
      const found = (bulletin?.items ?? []).flatMap((item, index) =>
        item.text.includes(phrase) ? [index] : [],
      );
      expect(found, `${file}: "${phrase}"`).toHaveLength(1);
      storyOf.set(`${file}#${found[0]!}`, story.name);
    }
  }
});

describe('the fixture library of planted threads', () => {
  it('is ten years of bulletins under changing headings, with enough stories and look-alikes', () => {
    const years = new Set(bulletins.map((b) => b.date?.slice(0, 4)));
    expect([...years].sort()).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const headings = new Set(bulletins.flatMap((b) => b.items.map((item) => item.heading)));
    for (const heading of [
      'Africa + Europe',
      'Africa & Europe',
      'Asia Pacific',
      'Southeast Asia',
      'IJM HQ & Global Partners',
      'IJM Global Office & Partners',
      null,
    ]) {
      expect(headings).toContain(heading);
    }
    expect(truth.stories.length).toBeGreaterThanOrEqual(12);
    for (const story of truth.stories) expect(story.requests.length).toBeGreaterThanOrEqual(2);
    expect(truth.stories.every((story) => story.requests.length <= 5)).toBe(true);
  });
});

describe('thread links on the fixture library', () => {
  it('has precision and recall of at least 0.9 over pairs of requests', () => {
    const base = prepareThreads(bulletins);
    const index = buildThreadIndex(base, EMPTY_CHOICES);
    const { items } = base.features;
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const wrong: string[] = [];
    const describe = (i: number) =>
      `${items[i]!.id} "${bulletins[items[i]!.bulletin]!.items[items[i]!.itemIndex]!.text.slice(0, 50)}…"`;
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        const linked = index.threadOf[a] === index.threadOf[b];
        const story = storyOf.get(items[a]!.id);
        const sameStory = story !== undefined && story === storyOf.get(items[b]!.id);
        if (linked && sameStory) truePositives++;
        else if (linked) {
          falsePositives++;
          wrong.push(`linked but not one story: ${describe(a)} / ${describe(b)}`);
        } else if (sameStory) {
          falseNegatives++;
          wrong.push(`one story (${story}) but not linked: ${describe(a)} / ${describe(b)}`);
        }
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.info(
      `Thread links on test/fixtures/threads (${items.length} requests, ${truth.stories.length} stories): ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(${truePositives} pairs right, ${falsePositives} wrongly linked, ${falseNegatives} missed)` +
        (wrong.length > 0 ? `\n  ${wrong.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('marks the answered prayers of the planted stories', () => {
    const index = buildThreadIndex(prepareThreads(bulletins), EMPTY_CHOICES);
    const { items } = index.base.features;
    const statusOf = (phrase: string) => {
      const position = items.findIndex((item) =>
        bulletins[item.bulletin]!.items[item.itemIndex]!.text.includes(phrase),
      );
      return index.answers.status[position];
    };
    // A trial postponed twice, then won; a near duplicate a week later; a look-alike never answered.
    expect(statusOf('The trial in Quetzaltenango has been postponed a second time')).toBe('answered');
    expect(statusOf('Keep praying for Anjali*')).toBe('answered');
    expect(statusOf('Pray for a grandmother in Gulu')).toBe('waiting');
    expect(statusOf('Pray for Lucía*, 9')).toBe('waiting');
  });
});
