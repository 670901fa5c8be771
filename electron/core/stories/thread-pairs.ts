// Which pairs of requests may be about the same story, and how strongly. Comparing every request with
// every other is 2 billion pairs at 65,000 requests, so candidates come from blocks, as record linkage
// does: requests sharing a pseudonym, a person named in full, an identifying number, a town or district,
// and requests sharing a country or region and one of their rarest subject words. Each candidate pair is
// then scored on all the evidence.
//
// Precision first: a pair is asserted (joins a thread) only when it scores enough AND something identifies
// the story — the same pseudonym or person, the same head count, the same town, a reference back to an
// earlier week that this pair is the best answer to, or near-identical wording. Weaker pairs are kept as
// "possibly related", for the user to confirm or dismiss.
import type { Region } from '../../../shared/model';
import type { ItemFeatures, LibraryFeatures } from './thread-features';
import { runToEnd } from './thread-features';
import { CosineScratch, cosine, intersectSorted } from './thread-similarity';

/** Two requests (positions in LibraryFeatures.items, a < b) and the evidence that they tell one story. */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  /** They name the same person (a shared pseudonym or full name). */
  named?: boolean;
  /** Asserted: joins a thread (unless a constraint refuses it when clustering); else possibly related. */
  asserted: boolean;
  /** The later request refers back to an earlier week, and this is its best earlier match. */
  backReference?: boolean;
}

/** Pairs scoring at least this, with something that identifies the story, are linked. */
export const LINK_THRESHOLD = 0.4;
/** Pairs scoring at least this (and not linked) are offered as possibly related. */
export const POSSIBLE_THRESHOLD = 0.15;
/** Wording this alike (cosine) is the same request told again: it identifies the story by itself. */
export const SAME_WORDING = 0.5;
/** A person named in full in both (not a pseudonym): as strong as a pseudonym. */
const SAME_NAME = 0.6;
/** Both name people in full, none the same: most likely two people's cases. */
const OTHER_NAMES = -0.3;
/** The same head count ('37 workers' … 'the 37 survivors'). */
const SAME_NUMBER = 0.3;
/** The later request refers back to an earlier week, and this earlier request is its best match. */
export const BACK_REFERENCE = 0.3;
/** A reference back reaches this far ("Last year we asked you to pray…"). */
const BACK_REFERENCE_DAYS = 2 * 365;
/** A back-referenced pair needs at least this much other evidence, so it points at the story, not anything. */
const BACK_REFERENCE_FLOOR = 0.08;

// Weights of the evidence, on the scale of the wording's cosine similarity (0 … 1).
/** The same pseudonym: IJM gives each survivor one, and repeats it when it reports on them again. */
const SAME_PSEUDONYM = 0.55;
/**
 * A pseudonym used by more requests than this is worth less and less: a name given to many people over
 * the years ('Maria*') says less than one given once.
 */
const RARE_PSEUDONYM_USES = 20;
/** Both name people, none the same: most likely two different people's cases. */
const OTHER_PSEUDONYMS = -0.7;
const SAME_COUNTRY = 0.1;
/**
 * Both name countries, none the same: one subject in two places, or a pseudonym reused far away. Even the
 * same words in two countries are two requests; a survivor named again in another country still links.
 */
const OTHER_COUNTRIES = -0.65;
/** The same town or district, on top of the same country. */
const SAME_PLACE = 0.15;
/** Both name towns or districts, none the same: most likely two cases (one place each) of one country. */
const OTHER_PLACES = -0.25;

/** Stories run from weeks to a few years: no penalty within a year, then a growing one. */
const FREE_GAP_DAYS = 365;
const PENALTY_PER_YEAR = 0.15;
/** Beyond this, two requests are never linked by Prayer Desk (the user still can). */
export const MAX_GAP_DAYS = 5 * 365;

/** Subject words per request and place used as blocking keys: its rarest ones. */
const SUBJECT_KEYS = 3;
/**
 * Blocks larger than this pair each request only with its nearest neighbours in time, where a story's
 * next request is. A pseudonym is the strongest evidence and gets the most room, then a place, then a
 * subject word. [compare all with all up to this many requests, else this many neighbours]
 */
const NAME_BLOCK: BlockLimit = [40, 5];
const NUMBER_BLOCK: BlockLimit = [16, 3];
const PLACE_BLOCK: BlockLimit = [24, 3];
const SUBJECT_BLOCK: BlockLimit = [12, 2];
type BlockLimit = readonly [allWithAll: number, neighbours: number];

export interface PairEvidence {
  score: number;
  cosine: number;
  sharedPseudonyms: readonly string[];
  sharedNames: readonly string[];
  sharedNumbers: readonly string[];
  sharedCountries: readonly string[];
  sharedPlaces: readonly string[];
  gapDays: number;
}

/** How much a shared pseudonym used by `uses` requests of the library is worth. */
export function pseudonymWeight(uses: number, total: number): number {
  if (uses <= RARE_PSEUDONYM_USES) return SAME_PSEUDONYM;
  return SAME_PSEUDONYM * (Math.log(1 + total / uses) / Math.log(1 + total / RARE_PSEUDONYM_USES));
}

/**
 * Everything but the wording: a score to which the cosine is added; -Infinity when never linked. Called
 * for every candidate pair, so it allocates nothing: the name, country and place lists are a few entries.
 */
export function evidenceScore(
  a: ItemFeatures,
  b: ItemFeatures,
  nameWeight: (name: string) => number,
): number {
  let names = -1;
  if (a.pseudonyms.length > 0 && b.pseudonyms.length > 0) {
    for (const name of a.pseudonyms)
      if (b.pseudonyms.includes(name)) names = Math.max(names, nameWeight(name));
  }
  const fullNames = a.names.length > 0 && b.names.length > 0 ? (shareAny(a.names, b.names) ? 1 : -1) : 0;
  // Two requests of one bulletin are two requests, unless it names the same person twice.
  if (a.bulletin === b.bulletin && names < 0 && fullNames <= 0) return -Infinity;
  const gapDays = Math.abs(a.day - b.day);
  if (gapDays > MAX_GAP_DAYS) return -Infinity;
  let score = 0;
  if (names >= 0) score += names;
  else if (a.pseudonyms.length > 0 && b.pseudonyms.length > 0) score += OTHER_PSEUDONYMS;
  score += fullNames > 0 ? SAME_NAME : fullNames < 0 ? OTHER_NAMES : 0;
  if (shareAny(a.numbers, b.numbers)) score += SAME_NUMBER;
  if (a.countries.length > 0 && b.countries.length > 0) {
    score += shareAny(a.countries, b.countries) ? SAME_COUNTRY : OTHER_COUNTRIES;
  }
  if (a.places.length > 0 && b.places.length > 0) {
    score += shareAny(a.places, b.places) ? SAME_PLACE : OTHER_PLACES;
  }
  if (gapDays > FREE_GAP_DAYS) score -= ((gapDays - FREE_GAP_DAYS) / 365) * PENALTY_PER_YEAR;
  return score;
}

function shareAny(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/**
 * The score of a pair with all its evidence; score -Infinity when the two must never be linked by us.
 * `nameWeight` gives what a shared pseudonym is worth (default: as a rare one).
 */
export function pairEvidence(
  a: ItemFeatures,
  b: ItemFeatures,
  nameWeight: (name: string) => number = () => SAME_PSEUDONYM,
): PairEvidence {
  const similarity = cosine(a, b);
  return {
    score: evidenceScore(a, b, nameWeight) + similarity,
    cosine: similarity,
    sharedPseudonyms: intersectSorted(a.pseudonyms, b.pseudonyms),
    sharedNames: intersectSorted(a.names, b.names),
    sharedNumbers: intersectSorted(a.numbers, b.numbers),
    sharedCountries: intersectSorted(a.countries, b.countries),
    sharedPlaces: intersectSorted(a.places, b.places),
    gapDays: Math.abs(a.day - b.day),
  };
}

/** What a shared pseudonym is worth in this library, by how many requests use it. */
export function pseudonymWeights(library: LibraryFeatures): (name: string) => number {
  const uses = new Map<string, number>();
  for (const item of library.items)
    for (const name of item.pseudonyms) uses.set(name, (uses.get(name) ?? 0) + 1);
  const total = library.items.length;
  return (name) => pseudonymWeight(uses.get(name) ?? 1, total);
}

/**
 * Where a request is, for blocking: its countries and its region (a later week often names no country:
 * "our team" in South Asia, "the three minors" in Latin America).
 */
function placesOf(features: ItemFeatures, region: Region): readonly string[] {
  return [...features.countries, `@${region}`];
}

/**
 * Every candidate pair scoring at least `threshold`, in no set order. `regionOf(i)` is the region of
 * request i (used as its place when it names no country).
 */
export function scoreCandidatePairs(
  library: LibraryFeatures,
  regionOf: (i: number) => Region,
  threshold = POSSIBLE_THRESHOLD,
): ScoredPair[] {
  return runToEnd(scoreCandidatePairsInSteps(library, regionOf, threshold));
}

const NONE = -1;
const MANY = -2;

/** Requests compared between two pauses of a step-by-step build (a few milliseconds of work). */
const REQUESTS_PER_STEP = 600;

/** scoreCandidatePairs, pausing (yielding) every few milliseconds of work so a caller can spread it out. */
export function* scoreCandidatePairsInSteps(
  library: LibraryFeatures,
  regionOf: (i: number) => Region,
  threshold = POSSIBLE_THRESHOLD,
): Generator<void, ScoredPair[]> {
  const { items, documentFrequency } = library;
  const nameWeight = pseudonymWeights(library);

  // Requests oldest first (undated last): blocks list their members in time order.
  const order = timeOrder(items);
  // Blocks: key → members in time order.
  // Ids per kind of key, so no key is built by joining strings: pseudonym keys are odd negative numbers,
  // place keys even negative ones, and a country-and-word key is country id × vocabulary size + word.
  const idIn = (ids: Map<string, number>, name: string) => {
    let id = ids.get(name);
    if (id === undefined) {
      id = ids.size;
      ids.set(name, id);
    }
    return id;
  };
  const pseudonymIds = new Map<string, number>();
  const placeIds = new Map<string, number>();
  const countryIds = new Map<string, number>();
  const vocabulary = Math.max(1, documentFrequency.length);
  const blockIds = new Map<number, number>();
  const blocks: number[][] = [];
  const blockLimits: BlockLimit[] = [];
  /** Per request, the blocks it is in and its index inside each: [block, index, block, index, …]. */
  const memberships: number[][] = items.map(() => []);
  const addTo = (key: number, i: number, limit: BlockLimit) => {
    let id = blockIds.get(key);
    if (id === undefined) {
      id = blocks.length;
      blockIds.set(key, id);
      blocks.push([]);
      blockLimits.push(limit);
    }
    const block = blocks[id]!;
    // Two of a request's keys can be the same (a country named twice over): keep it once.
    if (block[block.length - 1] === i) return;
    memberships[i]!.push(id, block.length);
    block.push(i);
  };
  // The evidence of every candidate pair compares names, countries and places: most requests have one
  // or none of each, so each gets one number per kind (its id; NONE; or MANY, which takes the general
  // evidenceScore), kept in flat arrays the comparison loop reads without touching the request objects.
  const compact = (list: readonly string[], ids: Map<string, number>) =>
    list.length === 0 ? NONE : list.length === 1 ? idIn(ids, list[0]!) : MANY;
  const nameOf = new Int32Array(items.length);
  const countryOf = new Int32Array(items.length);
  const placeOf = new Int32Array(items.length);
  const bulletinOf = new Int32Array(items.length);
  const dayOf = new Float64Array(items.length);
  // Requests naming people in full or giving head counts take the general evidenceScore.
  const general = new Uint8Array(items.length);
  items.forEach((item, i) => {
    general[i] = item.names.length > 0 || item.numbers.length > 0 ? 1 : 0;
    nameOf[i] = compact(item.pseudonyms, pseudonymIds);
    countryOf[i] = compact(item.countries, countryIds);
    placeOf[i] = compact(item.places, placeIds);
    bulletinOf[i] = item.bulletin;
    dayOf[i] = item.day;
  });
  const weightOfName = new Float64Array(pseudonymIds.size);
  for (const [name, id] of pseudonymIds) weightOfName[id] = nameWeight(name);
  const quickScore = (a: number, b: number): number => {
    const na = nameOf[a]!;
    const nb = nameOf[b]!;
    const ca = countryOf[a]!;
    const cb = countryOf[b]!;
    const pa = placeOf[a]!;
    const pb = placeOf[b]!;
    if (
      general[a] === 1 ||
      general[b] === 1 ||
      na === MANY ||
      nb === MANY ||
      ca === MANY ||
      cb === MANY ||
      pa === MANY ||
      pb === MANY
    ) {
      return evidenceScore(items[a]!, items[b]!, nameWeight);
    }
    const sameName = na >= 0 && na === nb;
    if (bulletinOf[a] === bulletinOf[b] && !sameName) return -Infinity;
    const gapDays = Math.abs(dayOf[a]! - dayOf[b]!);
    if (gapDays > MAX_GAP_DAYS) return -Infinity;
    let score = 0;
    if (sameName) score += weightOfName[na]!;
    else if (na >= 0 && nb >= 0) score += OTHER_PSEUDONYMS;
    if (ca >= 0 && cb >= 0) score += ca === cb ? SAME_COUNTRY : OTHER_COUNTRIES;
    if (pa >= 0 && pb >= 0) score += pa === pb ? SAME_PLACE : OTHER_PLACES;
    if (gapDays > FREE_GAP_DAYS) score -= ((gapDays - FREE_GAP_DAYS) / 365) * PENALTY_PER_YEAR;
    return score;
  };

  for (let n = 0; n < order.length; n++) {
    if (n > 0 && n % REQUESTS_PER_STEP === 0) yield;
    const i = order[n]!;
    const item = items[i]!;
    for (const name of item.pseudonyms) addTo(-1 - 2 * idIn(pseudonymIds, name), i, NAME_BLOCK);
    for (const name of item.names) addTo(-1 - 2 * idIn(pseudonymIds, `@${name}`), i, NAME_BLOCK);
    for (const number of item.numbers) addTo(-2 - 2 * idIn(placeIds, `#${number}`), i, NUMBER_BLOCK);
    // A town or district is rarer than a country: requests naming the same one are compared whatever
    // words they use ("the tribunal in Mukono" and "a widow in Mukono district").
    for (const place of item.places) addTo(-2 - 2 * idIn(placeIds, place), i, PLACE_BLOCK);
    // Its rarest words that some other request also uses: a story's own words (a district, "land title",
    // "brick kiln") are rarer than the words every request of its kind uses.
    const subject = rarestShared(item.terms, documentFrequency, SUBJECT_KEYS);
    if (subject.length === 0) continue;
    for (const place of placesOf(item, regionOf(i))) {
      const base = idIn(countryIds, place) * vocabulary;
      for (const term of subject) addTo(base + term, i, SUBJECT_BLOCK);
    }
  }

  // Each request against its later block mates (all of them in a small block, its next neighbours in a
  // large one: a very common key, where a story's next request is close in time), each pair once.
  const stamp = new Int32Array(items.length).fill(-1);
  const pairs: ScoredPair[] = [];
  const anchoredPairs = new Set<ScoredPair>();
  const later: number[] = [];
  const scratch = new CosineScratch(documentFrequency.length);
  // A request that refers back is compared with the earlier requests of its region within reach, the
  // nearest first, whatever words they share ("Update: the trial over the three minors…" names none of
  // the first week's subject words): those pairs are listed under the earlier request.
  const earlierOf = referringPairs(items, order, regionOf);
  yield;
  for (let n = 0; n < order.length; n++) {
    if (n > 0 && n % REQUESTS_PER_STEP === 0) yield;
    const a = order[n]!;
    const item = items[a]!;
    let loaded = false;
    later.length = 0;
    const own = memberships[a]!;
    for (let k = 0; k < own.length; k += 2) {
      const block = blocks[own[k]!]!;
      const [allWithAll, neighbours] = blockLimits[own[k]!]!;
      const at = own[k + 1]!;
      const end = block.length <= allWithAll ? block.length : Math.min(block.length, at + 1 + neighbours);
      for (let j = at + 1; j < end; j++) {
        const b = block[j]!;
        if (stamp[b] === a) continue;
        stamp[b] = a;
        later.push(b);
      }
    }
    for (const b of earlierOf.get(a) ?? NO_POSITIONS) {
      if (stamp[b] === a) continue;
      stamp[b] = a;
      later.push(b);
    }
    for (const b of later) {
      const rest = quickScore(a, b);
      const bonus = backReferenceBonus(item, items[b]!);
      // The wording adds at most 1: skip the cosine when even a perfect match would not be enough.
      if (rest + 1 + bonus < threshold) continue;
      if (!loaded) {
        scratch.load(item);
        loaded = true;
      }
      const other = items[b]!;
      const similarity = scratch.against(other);
      const score = rest + similarity;
      if (score + bonus < threshold) continue;
      const named = shareAny(item.pseudonyms, other.pseudonyms) || shareAny(item.names, other.names);
      const sameNumber = shareAny(item.numbers, other.numbers);
      // Near-identical wording with other head counts is another operation of the same kind (another
      // quarry, 52 workers freed, not 37): it is offered, not asserted.
      const otherNumbers = !sameNumber && item.numbers.length > 0 && other.numbers.length > 0;
      const anchored =
        named ||
        sameNumber ||
        (similarity >= SAME_WORDING && !otherNumbers) ||
        shareAny(item.places, other.places);
      const pair: ScoredPair =
        a < b ? { a, b, score, named, asserted: false } : { a: b, b: a, score, named, asserted: false };
      if (anchored) anchoredPairs.add(pair);
      pairs.push(pair);
    }
  }
  yield;
  return yield* settle(items, pairs, anchoredPairs, threshold);
}

const NO_POSITIONS: readonly number[] = [];
/** Pairs settled between two pauses. */
const SETTLED_PER_STEP = 20_000;
/** Earlier requests of its region one that refers back is compared with, at most: the nearest in time. */
const BACK_REFERENCE_REACH = 80;

/** Positions oldest first (undated last, then by position), by sorting numeric keys. */
function timeOrder(items: readonly ItemFeatures[]): number[] {
  const keys = new Float64Array(items.length);
  const scale = 2 ** 21;
  for (let i = 0; i < items.length; i++) {
    const day = items[i]!.day;
    keys[i] = (Number.isNaN(day) ? 2 ** 30 : day + 2 ** 29) * scale + i;
  }
  keys.sort();
  return Array.from(keys, (key) => key % scale);
}

/** For each request, the later requests of its region that refer back to a story it may tell. */
function referringPairs(
  items: readonly ItemFeatures[],
  order: readonly number[],
  regionOf: (i: number) => Region,
): Map<number, number[]> {
  const byRegion = new Map<Region, number[]>();
  const earlierOf = new Map<number, number[]>();
  for (const b of order) {
    const item = items[b]!;
    if (Number.isNaN(item.day)) continue;
    const region = regionOf(b);
    let list = byRegion.get(region);
    if (!list) byRegion.set(region, (list = []));
    if (item.refersBack) {
      for (let k = list.length - 1, seen = 0; k >= 0 && seen < BACK_REFERENCE_REACH; k--, seen++) {
        const a = list[k]!;
        const gap = item.day - items[a]!.day;
        if (gap > BACK_REFERENCE_DAYS) break;
        if (gap <= 0) continue;
        const later = earlierOf.get(a);
        if (later) later.push(b);
        else earlierOf.set(a, [b]);
      }
    }
    list.push(b);
  }
  return earlierOf;
}

/** What a reference back could add to a pair: the later request refers back, within reach. */
function backReferenceBonus(x: ItemFeatures, y: ItemFeatures): number {
  if (Number.isNaN(x.day) || Number.isNaN(y.day) || x.day === y.day) return 0;
  const later = x.day > y.day ? x : y;
  if (!later.refersBack || Math.abs(x.day - y.day) > BACK_REFERENCE_DAYS) return 0;
  return BACK_REFERENCE;
}

/**
 * A request that refers back ("Last month we asked you to pray for…") continues one earlier story: the
 * earlier request that matches it best gets the reference's weight, and that identifies the story; no other
 * pair of it does. Then each pair is asserted or offered as possibly related, or dropped.
 */
function* settle(
  items: readonly ItemFeatures[],
  pairs: ScoredPair[],
  anchored: ReadonlySet<ScoredPair>,
  threshold: number,
): Generator<void, ScoredPair[]> {
  const best = new Map<number, ScoredPair>();
  let seen = 0;
  for (const pair of pairs) {
    if (++seen % SETTLED_PER_STEP === 0) yield;
    if (pair.score < BACK_REFERENCE_FLOOR || backReferenceBonus(items[pair.a]!, items[pair.b]!) === 0)
      continue;
    const later = items[pair.a]!.day > items[pair.b]!.day ? pair.a : pair.b;
    const current = best.get(later);
    if (current === undefined || pair.score > current.score) best.set(later, pair);
  }
  for (const pair of best.values()) {
    pair.score += BACK_REFERENCE;
    pair.backReference = true;
  }
  const kept: ScoredPair[] = [];
  for (const pair of pairs) {
    if (++seen % SETTLED_PER_STEP === 0) yield;
    if (pair.score < threshold) continue;
    pair.asserted = pair.score >= LINK_THRESHOLD && (pair.backReference === true || anchored.has(pair));
    kept.push(pair);
  }
  return kept;
}

/** Up to `count` terms used by at least one other request, rarest first (ties: lower id). */
function rarestShared(terms: readonly number[], documentFrequency: Int32Array, count: number): number[] {
  const chosen: number[] = [];
  for (const term of terms) {
    const df = documentFrequency[term]!;
    if (df < 2) continue;
    // Insertion into a short sorted list: cheaper than sorting every request's terms.
    let k = chosen.length;
    while (k > 0 && isRarer(df, term, chosen[k - 1]!, documentFrequency)) k--;
    if (k >= count) continue;
    chosen.splice(k, 0, term);
    if (chosen.length > count) chosen.pop();
  }
  return chosen;
}

function isRarer(df: number, term: number, other: number, documentFrequency: Int32Array): boolean {
  const otherDf = documentFrequency[other]!;
  return df < otherDf || (df === otherDf && term < other);
}
