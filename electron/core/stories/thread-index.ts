// The library's threads, answers and marks, derived from its bulletins and the user's choices. Built in two
// steps so a choice only redoes the cheap one: the features and scored pairs depend on the bulletins alone
// (prepareThreads), the threads on those plus the choices (buildThreadIndex).
import type { Bulletin, Region } from '../../../shared/model';
import type { AnswerCounts, StoryMark, Thread, ThreadMember } from '../../../shared/story-types';
import { splitWords } from '../../../shared/text-fold';
import type { Answers } from './answer-status';
import { answerStatusesInSteps } from './answer-status';
import type { BulletinCopies } from './bulletin-copies';
import { findCopiesInSteps } from './bulletin-copies';
import type { ThreadChoices } from './thread-choices';
import { clusterItemsInSteps } from './thread-clusters';
import type { FeatureCache, LibraryFeatures } from './thread-features';
import { extractFeaturesInSteps, pseudonymKey, runToEnd } from './thread-features';
import { sharedTerms } from './thread-similarity';
import { nameTitle } from '../parse/find-names';
import { placeName } from '../parse/find-places';
import type { ScoredPair } from './thread-pairs';
import { pairEvidence, scoreCandidatePairsInSteps } from './thread-pairs';

/** What depends on the bulletins only. */
export interface ThreadBase {
  bulletins: readonly Bulletin[];
  features: LibraryFeatures;
  /** Asserted pairs: they join threads. */
  pairs: ScoredPair[];
  /** Weaker pairs, offered as possibly related. */
  possiblePairs: ScoredPair[];
  /** Bulletins saved twice: the second copies are read as their first. */
  copies: BulletinCopies;
}

export interface ThreadIndex {
  base: ThreadBase;
  choices: ThreadChoices;
  threadOf: Int32Array;
  /** Members (positions) of each thread, oldest first, undated last. */
  members: number[][];
  answers: Answers;
  /** Pairs of positions ('a:b', a < b) the user linked. */
  userLinks: Set<string>;
  /** Positions in a thread the user confirmed. */
  confirmed: Set<number>;
  /** The pairs that joined threads, strongest first (for reasons; the user's links are not among them). */
  joins: ScoredPair[];
  /** Answered and waiting prayers per bulletin file (a second copy has its first's). */
  answersByFile: Map<string, AnswerCounts>;
  /** Pairs of positions ('a:b', a < b) the user separated or dismissed. */
  separated: Set<string>;
  /** Every scored pair by the positions it joins: built when a thread is first asked for. */
  pairsByItem?: Map<number, ScoredPair[]>;
}

/** "Possibly related" requests offered with a thread. */
const MAX_POSSIBLE = 6;

/** Cosine similarity from which the wording alone is worth naming as a reason. */
const SIMILAR_WORDING = 0.3;
/** Subject words named in a reason. */
const REASON_WORDS = 3;

export function prepareThreads(bulletins: readonly Bulletin[], cache?: FeatureCache): ThreadBase {
  return runToEnd(prepareThreadsInSteps(bulletins, cache));
}

/**
 * prepareThreads, pausing (yielding) every few milliseconds of work: the story service spreads it over
 * the event loop so that searches and the rest of the app never wait for it.
 */
export function* prepareThreadsInSteps(
  bulletins: readonly Bulletin[],
  cache?: FeatureCache,
): Generator<void, ThreadBase> {
  const copies = yield* findCopiesInSteps(bulletins);
  const features = yield* extractFeaturesInSteps(bulletins, cache, copies.skipped);
  const regions: Region[] = features.items.map(
    (item) => bulletins[item.bulletin]!.items[item.itemIndex]!.region,
  );
  const scored = yield* scoreCandidatePairsInSteps(features, (i) => regions[i]!);
  const pairs: ScoredPair[] = [];
  const possiblePairs: ScoredPair[] = [];
  for (let k = 0; k < scored.length; k++) {
    if (k > 0 && k % REQUESTS_PER_STEP === 0) yield;
    const pair = scored[k]!;
    (pair.asserted ? pairs : possiblePairs).push(pair);
  }
  return { bulletins, features, pairs, possiblePairs, copies };
}

const linkKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

export function buildThreadIndex(base: ThreadBase, choices: ThreadChoices): ThreadIndex {
  return runToEnd(buildThreadIndexInSteps(base, choices));
}

/** Requests gone through between two pauses of a step-by-step build. */
const REQUESTS_PER_STEP = 20_000;

/** buildThreadIndex, pausing (yielding) every few milliseconds of work. */
export function* buildThreadIndexInSteps(
  base: ThreadBase,
  choices: ThreadChoices,
): Generator<void, ThreadIndex> {
  const { features } = base;
  const { items, byId } = features;
  const positionOf = (id: string) => byId.get(id);

  const mustLinks: [number, number][] = [];
  const userLinks = new Set<string>();
  for (const [a, b] of choices.links) {
    const pa = positionOf(a);
    const pb = positionOf(b);
    if (pa === undefined || pb === undefined) continue;
    mustLinks.push([pa, pb]);
    userLinks.add(linkKey(pa, pb));
  }
  const confirmed = new Set<number>();
  for (const group of choices.confirmed) {
    const present = group.map(positionOf).filter((p): p is number => p !== undefined);
    for (const p of present) confirmed.add(p);
    for (let k = 1; k < present.length; k++) mustLinks.push([present[0]!, present[k]!]);
  }
  const cannotLinks: [number, number][] = [];
  const separated = new Set<string>();
  for (const [a, b] of choices.unlinks) {
    const pa = positionOf(a);
    const pb = positionOf(b);
    if (pa === undefined || pb === undefined) continue;
    cannotLinks.push([pa, pb]);
    separated.add(linkKey(pa, pb));
  }

  const clusters = yield* clusterItemsInSteps({
    count: items.length,
    pairs: base.pairs,
    mustLinks,
    cannotLinks,
    frozen: confirmed,
    pseudonymsOf: (i) => items[i]!.pseudonyms,
    countriesOf: (i) => items[i]!.countries,
    dayOf: (i) => items[i]!.day,
  });
  yield;

  const members: number[][] = Array.from({ length: clusters.threadCount }, () => []);
  for (let i = 0; i < items.length; i++) members[clusters.threadOf[i]!]!.push(i);
  for (const list of members) {
    if (list.length > 1) list.sort((x, y) => dayOrder(items[x]!.day, items[y]!.day) || x - y);
  }
  yield;
  const answers = yield* answerStatusesInSteps(items, members, (i) => {
    const item = items[i]!;
    return base.bulletins[item.bulletin]!.items[item.itemIndex]!.text;
  });
  yield;

  const answersByFile = new Map<string, AnswerCounts>();
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % REQUESTS_PER_STEP === 0) yield;
    const item = items[i]!;
    const file = base.bulletins[item.bulletin]!.file;
    let counts = answersByFile.get(file);
    if (!counts) {
      counts = { answered: 0, waiting: 0 };
      answersByFile.set(file, counts);
    }
    const status = answers.status[i];
    if (status === 'answered') counts.answered++;
    else if (status === 'waiting') counts.waiting++;
  }
  // A bulletin saved twice shows the same marks in both files; its prayers are counted once (above).
  for (const [copy, kept] of base.copies.copyOf) {
    const counts = answersByFile.get(kept);
    if (counts) answersByFile.set(copy, counts);
  }

  return {
    base,
    choices,
    threadOf: clusters.threadOf,
    members,
    answers,
    userLinks,
    confirmed,
    joins: clusters.joins,
    answersByFile,
    separated,
    pairsByItem: yield* pairsByItemInSteps(base),
  };
}

/** The request a possibly copied request id stands for: the first copy's, when its bulletin was saved twice. */
function resolve(index: ThreadIndex, itemId: string): string {
  return index.base.copies.itemOf.get(itemId) ?? itemId;
}

function dayOrder(x: number, y: number): number {
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
  if (Number.isNaN(y)) return -1;
  return x - y;
}

/** The ids of the members of a request's thread, oldest first; [] when there is no such request. */
export function threadMemberIds(index: ThreadIndex, itemId: string): string[] {
  const position = index.base.features.byId.get(resolve(index, itemId));
  if (position === undefined) return [];
  return index.members[index.threadOf[position]!]!.map((i) => index.base.features.items[i]!.id);
}

export function storyMark(index: ThreadIndex, itemId: string): StoryMark | null {
  const position = index.base.features.byId.get(resolve(index, itemId));
  if (position === undefined) return null;
  const threadSize = index.members[index.threadOf[position]!]!.length;
  const mark: StoryMark = { threadSize, status: index.answers.status[position] ?? null };
  // A request on its own says how many requests may be related to it: its story button offers them.
  if (threadSize === 1) {
    const byItem = (index.pairsByItem ??= pairsByItem(index.base));
    const others = new Set<number>();
    for (const pair of byItem.get(position) ?? []) {
      const other = pair.a === position ? pair.b : pair.a;
      if (!index.separated.has(linkKey(position, other))) others.add(other);
    }
    if (others.size > 0) mark.possible = Math.min(others.size, MAX_POSSIBLE);
  }
  return mark;
}

/**
 * The thread of a request, with each member's reasons and the requests possibly related to it; null when
 * the library has no such request. A request of a bulletin's second copy gives the thread of the first.
 */
export function threadOfItem(index: ThreadIndex, itemId: string): Thread | null {
  const { features, bulletins } = index.base;
  const asked = features.byId.get(resolve(index, itemId));
  if (asked === undefined) return null;
  const list = index.members[index.threadOf[asked]!]!;
  const inThread = new Set(list);
  const members = list.map((position): ThreadMember => {
    const linked = list.some((other) => other !== position && index.userLinks.has(linkKey(position, other)));
    return memberOf(
      index,
      position,
      linked ? 'linked' : 'found',
      position === asked ? [] : memberReasons(index, asked, position, inThread, linked),
    );
  });
  const answeredBy = index.answers.answeredBy[asked]!;
  return {
    itemId,
    members,
    status: index.answers.status[asked] ?? null,
    answeredBy: answeredBy >= 0 ? features.items[answeredBy]!.id : null,
    confirmed: index.confirmed.has(asked),
    possible: possiblyRelated(index, list, inThread),
    alsoSavedAs: index.base.copies.copiesOf.get(bulletins[features.items[asked]!.bulletin]!.file) ?? [],
  };
}

function memberOf(
  index: ThreadIndex,
  position: number,
  link: ThreadMember['link'],
  reasons: string[],
): ThreadMember {
  const { features, bulletins, copies } = index.base;
  const features_ = features.items[position]!;
  const bulletin = bulletins[features_.bulletin]!;
  const item = bulletin.items[features_.itemIndex]!;
  const member: ThreadMember = {
    id: features_.id,
    file: bulletin.file,
    itemIndex: features_.itemIndex,
    date: bulletin.date,
    title: bulletin.title,
    region: item.region,
    kind: item.kind,
    text: item.text,
    countries: item.countries.slice(),
    pseudonyms: item.pseudonyms.slice(),
    link,
    reasons,
  };
  const saved = copies.copiesOf.get(bulletin.file);
  if (saved) member.alsoSavedAs = saved.slice();
  return member;
}

/**
 * Requests outside the thread that some member's weaker (or refused) pair points at, strongest first,
 * without those the user separated from a member, each once with the reasons of its strongest pair.
 */
function possiblyRelated(
  index: ThreadIndex,
  list: readonly number[],
  inThread: ReadonlySet<number>,
): ThreadMember[] {
  const byItem = (index.pairsByItem ??= pairsByItem(index.base));
  const best = new Map<number, ScoredPair>();
  for (const member of list) {
    for (const pair of byItem.get(member) ?? []) {
      const other = pair.a === member ? pair.b : pair.a;
      if (inThread.has(other) || list.some((m) => index.separated.has(linkKey(m, other)))) continue;
      const current = best.get(other);
      if (current === undefined || pair.score > current.score) best.set(other, pair);
    }
  }
  return [...best.entries()]
    .sort(([x, px], [y, py]) => py.score - px.score || x - y)
    .slice(0, MAX_POSSIBLE)
    .map(([other, pair]) => {
      const via = pair.a === other ? pair.b : pair.a;
      const reasons = evidenceReasons(index, via, other);
      if (pair.backReference) reasons.push('Refers back to an earlier week');
      if (reasons.length === 0) reasons.push('Similar wording');
      return memberOf(index, other, 'found', reasons);
    });
}

function pairsByItem(base: ThreadBase): Map<number, ScoredPair[]> {
  return runToEnd(pairsByItemInSteps(base));
}

function* pairsByItemInSteps(base: ThreadBase): Generator<void, Map<number, ScoredPair[]>> {
  const byItem = new Map<number, ScoredPair[]>();
  let done = 0;
  const add = (position: number, pair: ScoredPair) => {
    const list = byItem.get(position);
    if (list) list.push(pair);
    else byItem.set(position, [pair]);
  };
  for (const pairs of [base.pairs, base.possiblePairs]) {
    for (const pair of pairs) {
      if (++done % REQUESTS_PER_STEP === 0) yield;
      add(pair.a, pair);
      add(pair.b, pair);
    }
  }
  return byItem;
}

/** Why `position` is in the thread of `asked`, in plain words. */
function memberReasons(
  index: ThreadIndex,
  asked: number,
  position: number,
  inThread: ReadonlySet<number>,
  linked: boolean,
): string[] {
  const reasons: string[] = [];
  if (linked) reasons.push('Linked by you');
  const direct = evidenceReasons(index, asked, position);
  if (direct.length > 0) return [...reasons, ...direct];
  // Nothing in common with the request asked about: it joined through another member, say which.
  // The strongest pair that brought it in (joins are strongest first; both ends are in this thread).
  const best = index.joins.find(
    (join) => (join.a === position || join.b === position) && inThread.has(join.a) && inThread.has(join.b),
  );
  if (best) {
    const via = best.a === position ? best.b : best.a;
    const { bulletins, features } = index.base;
    const date = bulletins[features.items[via]!.bulletin]!.date;
    reasons.push(...evidenceReasons(index, via, position));
    reasons.push(date ? `Through the request of ${date}` : 'Through another request of this story');
  }
  if (reasons.length === 0)
    reasons.push(index.confirmed.has(position) ? 'Confirmed by you' : 'Linked by you');
  return reasons;
}

function evidenceReasons(index: ThreadIndex, from: number, to: number): string[] {
  const { features, bulletins } = index.base;
  const a = features.items[from]!;
  const b = features.items[to]!;
  const evidence = pairEvidence(a, b);
  const reasons: string[] = [];
  if (evidence.sharedPseudonyms.length > 0) {
    const written = bulletins[b.bulletin]!.items[b.itemIndex]!.pseudonyms;
    const names = evidence.sharedPseudonyms.map(
      (key) => written.find((name) => pseudonymKey(name) === key) ?? key,
    );
    reasons.push(`Same name: ${names.map((name) => `${name}*`).join(', ')}`);
  }
  if (evidence.sharedNames.length > 0) {
    reasons.push(`Same person: ${evidence.sharedNames.map(nameTitle).join(', ')}`);
  }
  if (evidence.sharedNumbers.length > 0) {
    reasons.push(
      `Same number: ${evidence.sharedNumbers.map((n) => Number(n).toLocaleString('en-GB')).join(', ')}`,
    );
  }
  if (evidence.sharedPlaces.length > 0) {
    reasons.push(`Same place: ${evidence.sharedPlaces.map(placeName).join(', ')}`);
  }
  const words = subjectWords(index, from, to);
  if (words.length > 0) {
    reasons.push(
      evidence.sharedCountries.length > 0
        ? `Same country and subject: ${evidence.sharedCountries.join(', ')}, ${words.join(', ')}`
        : `Same subject: ${words.join(', ')}`,
    );
  }
  if (evidence.cosine >= SIMILAR_WORDING) reasons.push('Similar wording');
  return reasons;
}

/** The rarest words two requests share, as the first one wrote them, in its order. */
function subjectWords(index: ThreadIndex, from: number, to: number): string[] {
  const { features, bulletins } = index.base;
  const a = features.items[from]!;
  const shared = sharedTerms(a, features.items[to]!);
  if (shared.length === 0) return [];
  const rarest = new Set(
    shared
      .sort((x, y) => features.documentFrequency[x]! - features.documentFrequency[y]! || x - y)
      .slice(0, REASON_WORDS),
  );
  const text = bulletins[a.bulletin]!.items[a.itemIndex]!.text;
  const words: string[] = [];
  const used = new Set<number>();
  for (const word of splitWords(text)) {
    const term = features.termOf(word);
    if (term === undefined || !rarest.has(term) || used.has(term)) continue;
    used.add(term);
    words.push(word);
  }
  return words;
}
