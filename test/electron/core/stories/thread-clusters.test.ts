import { describe, expect, it } from 'vitest';
import type { ClusterInput } from '../../../../electron/core/stories/thread-clusters';
import {
  clusterItems,
  MAX_THREAD_SIZE,
  MAX_THREAD_SPAN_DAYS,
} from '../../../../electron/core/stories/thread-clusters';
import type { ScoredPair } from '../../../../electron/core/stories/thread-pairs';

/** Threads as sorted lists of positions, in order of their first position. */
function threads(input: Partial<ClusterInput> & { count: number }): number[][] {
  const { threadOf, threadCount } = clusterItems({
    pairs: [],
    mustLinks: [],
    cannotLinks: [],
    pseudonymsOf: () => [],
    countriesOf: () => [],
    dayOf: (i) => i * 7,
    ...input,
  });
  const groups: number[][] = Array.from({ length: threadCount }, () => []);
  threadOf.forEach((thread, i) => groups[thread]!.push(i));
  return groups;
}

const pair = (a: number, b: number, score: number, named = false): ScoredPair => ({
  a,
  b,
  score,
  named,
  asserted: true,
});

describe('clusterItems', () => {
  it('joins pairs into threads and leaves the rest alone', () => {
    expect(threads({ count: 5, pairs: [pair(0, 1, 0.9), pair(1, 3, 0.5)] })).toEqual([[0, 1, 3], [2], [4]]);
  });

  it('gives the same threads whatever order the pairs come in', () => {
    const pairs = [pair(0, 1, 0.9), pair(1, 2, 0.8), pair(2, 3, 0.5), pair(3, 4, 0.5), pair(0, 4, 0.45)];
    const cannotLinks: [number, number][] = [[0, 3]];
    const forward = clusterItems({
      count: 5,
      pairs,
      mustLinks: [],
      cannotLinks,
      pseudonymsOf: () => [],
      countriesOf: () => [],
      dayOf: (i) => i,
    });
    const backward = clusterItems({
      count: 5,
      pairs: pairs.slice().reverse(),
      mustLinks: [],
      cannotLinks,
      pseudonymsOf: () => [],
      countriesOf: () => [],
      dayOf: (i) => i,
    });
    expect(Array.from(backward.threadOf)).toEqual(Array.from(forward.threadOf));
    expect(backward.joins).toEqual(forward.joins);
  });

  it('puts the user’s links first, whatever the scores say', () => {
    expect(threads({ count: 4, mustLinks: [[0, 3]] })).toEqual([[0, 3], [1], [2]]);
  });

  it('refuses a join that would put together two requests the user separated, even through others', () => {
    // 0–1 and 1–2 are both strong, but the user said 0 and 2 are not one story: the weaker join loses.
    expect(threads({ count: 3, pairs: [pair(0, 1, 0.9), pair(1, 2, 0.8)], cannotLinks: [[0, 2]] })).toEqual([
      [0, 1],
      [2],
    ]);
  });

  it('refuses to join stories about different people, or too many people', () => {
    const names: Record<number, string[]> = {
      0: ['amos'],
      1: [],
      2: ['ruth'],
      3: ['amos', 'joy', 'ben', 'eli'],
      4: ['kim'],
    };
    const pseudonymsOf = (i: number) => names[i] ?? [];
    // 1 (no name) joins Amos's thread; Ruth's thread is not joined to it through 1.
    expect(threads({ count: 3, pairs: [pair(0, 1, 0.9), pair(1, 2, 0.8)], pseudonymsOf })).toEqual([
      [0, 1],
      [2],
    ]);
    // Amos's thread may take in a request naming him with three others, but not a fifth name after.
    expect(threads({ count: 5, pairs: [pair(0, 3, 0.9, true), pair(3, 4, 0.8)], pseudonymsOf })).toEqual([
      [0, 3],
      [1],
      [2],
      [4],
    ]);
  });

  it('refuses to join threads in different countries, unless the pair names the same person', () => {
    const countries: Record<number, string[]> = { 0: ['Nepal'], 1: ['India'], 2: ['India'] };
    const countriesOf = (i: number) => countries[i] ?? [];
    expect(threads({ count: 2, pairs: [pair(0, 1, 0.9)], countriesOf })).toEqual([[0], [1]]);
    expect(threads({ count: 3, pairs: [pair(0, 1, 0.9, true), pair(1, 2, 0.5)], countriesOf })).toEqual([
      [0, 1, 2],
    ]);
  });

  it('keeps a thread within the years a story runs', () => {
    const dayOf = (i: number) => [0, 400, 800, 1200, 1600][i]!;
    const pairs = [pair(0, 1, 0.9), pair(1, 2, 0.9), pair(2, 3, 0.9), pair(3, 4, 0.9)];
    const found = threads({ count: 5, pairs, dayOf });
    expect(found).toEqual([[0, 1, 2, 3], [4]]);
    expect(1600 - 0).toBeGreaterThan(MAX_THREAD_SPAN_DAYS);
  });

  it('places undated requests by their pairs alone', () => {
    expect(
      threads({
        count: 3,
        pairs: [pair(0, 1, 0.9), pair(1, 2, 0.9)],
        dayOf: (i) => (i === 1 ? NaN : i * 5000),
      }),
    ).toEqual([[0, 1], [2]]);
  });

  it('stops a thread at the most requests a story has', () => {
    const count = MAX_THREAD_SIZE + 5;
    const pairs = Array.from({ length: count - 1 }, (_, i) => pair(i, i + 1, 0.9));
    const found = threads({ count, pairs, dayOf: () => 0 });
    expect(found[0]).toHaveLength(MAX_THREAD_SIZE);
  });

  it('takes nothing new into a thread the user confirmed, and keeps it together', () => {
    const frozen = new Set([0, 1]);
    expect(threads({ count: 3, mustLinks: [[0, 1]], pairs: [pair(1, 2, 0.95)], frozen })).toEqual([
      [0, 1],
      [2],
    ]);
  });

  it('lists the pairs that joined threads, strongest first', () => {
    const { joins } = clusterItems({
      count: 3,
      pairs: [pair(1, 2, 0.5), pair(0, 1, 0.9), pair(0, 2, 0.7)],
      mustLinks: [],
      cannotLinks: [],
      pseudonymsOf: () => [],
      countriesOf: () => [],
      dayOf: () => 0,
    });
    expect(joins).toEqual([pair(0, 1, 0.9), pair(0, 2, 0.7)]);
  });
});
