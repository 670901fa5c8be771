// Scores the thread finder against a fixture library's hand-marked stories, over pairs of requests: a pair
// is linked when both requests are in one thread Prayer Desk asserts.
import type { Bulletin } from '../../../../shared/model';
import type { ThreadIndex } from '../../../../electron/core/stories/thread-index';

export interface PairScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Each wrong or missed pair, described for the test log. */
  wrong: string[];
}

/** The request (`file#index`) holding a phrase only it has; throws when there is not exactly one. */
export function itemWith(bulletins: readonly Bulletin[], file: string, phrase: string): string {
  const bulletin = bulletins.find((b) => b.file === file);
  const found = (bulletin?.items ?? []).flatMap((item, index) => (item.text.includes(phrase) ? [index] : []));
  if (found.length !== 1) throw new Error(`${file}: "${phrase}" found ${found.length} times`);
  return `${file}#${found[0]!}`;
}

export function scorePairs(index: ThreadIndex, storyOf: ReadonlyMap<string, string>): PairScore {
  const { items } = index.base.features;
  const { bulletins } = index.base;
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
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    truePositives,
    falsePositives,
    falseNegatives,
    wrong,
  };
}

export function scoreLine(name: string, requests: number, stories: number, score: PairScore): string {
  return (
    `Thread links on ${name} (${requests} requests, ${stories} stories): ` +
    `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
    `(${score.truePositives} pairs right, ${score.falsePositives} wrongly linked, ${score.falseNegatives} missed)` +
    (score.wrong.length > 0 ? `\n  ${score.wrong.join('\n  ')}` : '')
  );
}
