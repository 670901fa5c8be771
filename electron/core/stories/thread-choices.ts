// The user's own say about threads: requests they linked by hand, requests they took out of a thread, and
// threads they confirmed. Pure functions over plain data; ./thread-choices-store.ts keeps it on disk.
// Choices name requests by id (`file#index`). A choice naming a request the library no longer has is kept
// (the file may come back) and simply has no effect meanwhile.
import { z } from 'zod';

export interface ThreadChoices {
  /** Pairs the user linked: always in one thread. Each pair sorted, the list sorted, no duplicates. */
  links: [string, string][];
  /** Pairs the user separated: never in one thread by Prayer Desk's finding. Same order rules. */
  unlinks: [string, string][];
  /** Threads the user confirmed, as their members then: kept together and closed to new findings. */
  confirmed: string[][];
}

export const EMPTY_CHOICES: ThreadChoices = { links: [], unlinks: [], confirmed: [] };

const itemId = z.string().min(1).max(1100);
export const threadChoicesSchema = z.object({
  links: z.array(z.tuple([itemId, itemId])).max(200_000),
  unlinks: z.array(z.tuple([itemId, itemId])).max(200_000),
  confirmed: z.array(z.array(itemId).max(10_000)).max(50_000),
});

function pair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

const pairKey = ([a, b]: readonly [string, string]): string => `${a}\u0000${b}`;

function normalisePairs(pairs: readonly (readonly [string, string])[]): [string, string][] {
  const unique = new Map<string, [string, string]>();
  for (const [a, b] of pairs) {
    if (a === b) continue;
    const sorted = pair(a, b);
    unique.set(pairKey(sorted), sorted);
  }
  return [...unique.values()].sort((x, y) =>
    pairKey(x) < pairKey(y) ? -1 : pairKey(x) > pairKey(y) ? 1 : 0,
  );
}

/** Sorted, without duplicates or self-pairs; confirmed groups sorted, empty or repeated ones dropped. */
export function normaliseChoices(choices: ThreadChoices): ThreadChoices {
  const groups = new Map<string, string[]>();
  for (const group of choices.confirmed) {
    const members = [...new Set(group)].sort();
    if (members.length > 0) groups.set(members.join('\u0000'), members);
  }
  return {
    links: normalisePairs(choices.links),
    unlinks: normalisePairs(choices.unlinks),
    confirmed: [...groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, g]) => g),
  };
}

/**
 * The user says `other` belongs to `item`'s story. Any separation between the two threads is lifted: the
 * user's latest word wins.
 */
export function addLink(
  choices: ThreadChoices,
  item: string,
  other: string,
  itemThread: readonly string[],
  otherThread: readonly string[],
): ThreadChoices {
  if (item === other) return choices;
  const left = new Set([item, ...itemThread]);
  const right = new Set([other, ...otherThread]);
  const unlinks = choices.unlinks.filter(
    ([a, b]) => !((left.has(a) && right.has(b)) || (left.has(b) && right.has(a))),
  );
  return normaliseChoices({ ...choices, links: [...choices.links, pair(item, other)], unlinks });
}

/**
 * The user says `item` is not part of the story of the thread `thread` (its members, `item` among them or
 * not): it is separated from every other member, and its own links to them are dropped.
 */
export function addUnlink(choices: ThreadChoices, item: string, thread: readonly string[]): ThreadChoices {
  const others = new Set(thread.filter((member) => member !== item));
  if (others.size === 0) return choices;
  const involves = ([a, b]: readonly [string, string]) =>
    (a === item && others.has(b)) || (b === item && others.has(a));
  const confirmed = choices.confirmed.map((group) =>
    group.includes(item) && group.some((member) => others.has(member))
      ? group.filter((member) => member !== item)
      : group,
  );
  return normaliseChoices({
    links: choices.links.filter((link) => !involves(link)),
    unlinks: [...choices.unlinks, ...[...others].map((other) => pair(item, other))],
    confirmed,
  });
}

/** The user confirms a thread as it is now (its members' ids). */
export function addConfirmation(choices: ThreadChoices, thread: readonly string[]): ThreadChoices {
  const members = new Set(thread);
  // An earlier confirmation of part of this thread is now part of this one.
  const confirmed = choices.confirmed.filter((group) => !group.every((member) => members.has(member)));
  return normaliseChoices({ ...choices, confirmed: [...confirmed, [...members]] });
}
