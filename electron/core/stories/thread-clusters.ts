// Groups requests into threads: the user's links first (must-links), then Prayer Desk's pairs from the
// strongest down, joined with union-find. Joining by single pairs lets one loose pair chain two stories
// together, so a join is refused when it would put together two requests the user separated
// (cannot-links), stories about different named people, or different countries unless the pair joining
// them names the same person (a survivor taken from Nepal and found in India), a thread the user
// confirmed with anything new, requests further apart in time than a story runs, or more requests than
// one story has. Deterministic: the same input always gives the same threads.
import type { ScoredPair } from './thread-pairs';

/** Longest time one thread found by Prayer Desk may cover (the user's own links may go beyond). */
export const MAX_THREAD_SPAN_DAYS = 4 * 365;
/** More requests than a story runs to, even told weekly for most of a year. */
export const MAX_THREAD_SIZE = 40;
/** Pseudonyms one story names: a survivor, family members, a few more. */
export const MAX_THREAD_NAMES = 4;

export interface ClusterInput {
  count: number;
  pairs: readonly ScoredPair[];
  /** Pairs of positions the user linked (their links, and every pair of a confirmed thread). */
  mustLinks: readonly (readonly [number, number])[];
  /** Pairs of positions the user said are not the same story. */
  cannotLinks: readonly (readonly [number, number])[];
  /** Positions in threads the user confirmed: such a thread takes in nothing Prayer Desk finds. */
  frozen?: ReadonlySet<number>;
  pseudonymsOf(i: number): readonly string[];
  countriesOf(i: number): readonly string[];
  /** Days since 1970 (NaN when undated). */
  dayOf(i: number): number;
}

export interface Clusters {
  /** Thread number per position, 0 … threadCount-1, numbered in order of each thread's first position. */
  threadOf: Int32Array;
  threadCount: number;
  /** The pairs that joined two threads (a spanning forest), strongest first; the user's links excluded. */
  joins: ScoredPair[];
}

interface RootState {
  /** Pseudonyms in the thread; empty when none. */
  names: Set<string>;
  /** Countries the thread's requests name; empty when none. */
  countries: Set<string>;
  size: number;
  /** Positions some member may never be joined with. */
  cannot: number[];
  first: number;
  last: number;
  frozen: boolean;
}

export function clusterItems(input: ClusterInput): Clusters {
  const steps = clusterItemsInSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Pairs joined between two pauses of a step-by-step build. */
const PAIRS_PER_STEP = 4000;

/** clusterItems, pausing (yielding) every few milliseconds of work. */
export function* clusterItemsInSteps(input: ClusterInput): Generator<void, Clusters> {
  const { count } = input;
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };

  // Per-root state, created only for requests that need it (most requests stay alone).
  const states = new Map<number, RootState>();
  const stateOf = (root: number): RootState => {
    let state = states.get(root);
    if (!state) {
      const day = input.dayOf(root);
      state = {
        names: new Set(input.pseudonymsOf(root)),
        countries: new Set(input.countriesOf(root)),
        size: 1,
        cannot: [],
        first: Number.isNaN(day) ? Infinity : day,
        last: Number.isNaN(day) ? -Infinity : day,
        frozen: input.frozen?.has(root) ?? false,
      };
      states.set(root, state);
    }
    return state;
  };
  for (const [a, b] of input.cannotLinks) {
    if (a === b) continue;
    stateOf(a).cannot.push(b);
    stateOf(b).cannot.push(a);
  }

  const union = (ra: number, rb: number): void => {
    const sa = stateOf(ra);
    const sb = stateOf(rb);
    // The lower position becomes the root: independent of the order joins happen in.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    const [keep, drop] = ra < rb ? [sa, sb] : [sb, sa];
    parent[child] = root;
    for (const name of drop.names) keep.names.add(name);
    for (const country of drop.countries) keep.countries.add(country);
    keep.size += drop.size;
    for (const other of drop.cannot) keep.cannot.push(other);
    keep.first = Math.min(keep.first, drop.first);
    keep.last = Math.max(keep.last, drop.last);
    keep.frozen ||= drop.frozen;
    states.delete(child);
  };

  for (const [a, b] of sortedLinks(input.mustLinks)) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) union(ra, rb);
  }

  const refuses = (ra: number, rb: number, named: boolean): boolean => {
    const sa = stateOf(ra);
    const sb = stateOf(rb);
    if (sa.frozen || sb.frozen) return true;
    if (sa.size + sb.size > MAX_THREAD_SIZE) return true;
    if (sa.names.size > 0 && sb.names.size > 0) {
      if (!shareAny(sa.names, sb.names) || unionSize(sa.names, sb.names) > MAX_THREAD_NAMES) return true;
    }
    if (!named && sa.countries.size > 0 && sb.countries.size > 0 && !shareAny(sa.countries, sb.countries)) {
      return true;
    }
    const first = Math.min(sa.first, sb.first);
    const last = Math.max(sa.last, sb.last);
    if (last - first > MAX_THREAD_SPAN_DAYS) return true;
    const [small, otherRoot] = sa.cannot.length <= sb.cannot.length ? [sa, rb] : [sb, ra];
    return small.cannot.some((other) => find(other) === otherRoot);
  };

  const joins: ScoredPair[] = [];
  const ordered = input.pairs.slice().sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  yield;
  let joined = 0;
  for (const pair of ordered) {
    if (++joined % PAIRS_PER_STEP === 0) yield;
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb || refuses(ra, rb, pair.named === true)) continue;
    union(ra, rb);
    joins.push(pair);
  }

  const threadOf = new Int32Array(count);
  const numberOfRoot = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    let n = numberOfRoot.get(root);
    if (n === undefined) {
      n = numberOfRoot.size;
      numberOfRoot.set(root, n);
    }
    threadOf[i] = n;
  }
  return { threadOf, threadCount: numberOfRoot.size, joins };
}

function sortedLinks(links: readonly (readonly [number, number])[]): [number, number][] {
  return links
    .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]))
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function shareAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const name of small) if (large.has(name)) return true;
  return false;
}

function unionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let size = a.size;
  for (const name of b) if (!a.has(name)) size++;
  return size;
}
