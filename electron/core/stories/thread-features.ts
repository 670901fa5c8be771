// What the thread finder compares about each request: its content words (./term-extractor.ts, TF-IDF
// weighted over the whole library), its countries, the towns and districts it names, its pseudonyms, the
// people it names in full, its identifying numbers, whether it refers back to an earlier week, its kind
// and its day. Requests of a bulletin saved twice are read once (./bulletin-copies.ts); boilerplate never.
import type { Bulletin, Kind } from '../../../shared/model';
import { foldWord } from '../../../shared/text-fold';
import { findPersonNames } from '../parse/find-names';
import { identifyingNumbers, isPraiseReport, refersBack } from './story-signals';
import { MAX_TERMS, MAX_WORDS, FeatureExtractor } from './term-extractor';

/** One request as the finder sees it. */
export interface ItemFeatures {
  /** `${file}#${itemIndex}`. */
  id: string;
  /** Index of its bulletin in the library's array. */
  bulletin: number;
  itemIndex: number;
  kind: Kind;
  /** Days since 1970-01-01 of the bulletin's date; NaN when it has none. */
  day: number;
  /** Country names as the parser gives them, sorted. */
  countries: readonly string[];
  /** Pseudonyms folded ('brianna'), sorted, without duplicates. */
  pseudonyms: readonly string[];
  /** Places inside a country the text names ('mukono', 'lake volta'), folded, sorted, no duplicates. */
  places: readonly string[];
  /** People named in full without a star ('daniel kiptoo'), folded, sorted, no duplicates. */
  names: readonly string[];
  /** Head counts that can identify the story ('37', '640'), sorted, no duplicates. */
  numbers: readonly string[];
  /** It refers back to an earlier week of its story ("Last month we asked you to pray for…"). */
  refersBack: boolean;
  /** It opens by recalling an earlier request and reports its outcome: a praise report, whatever its kind. */
  praiseReport: boolean;
  /** Term ids, ascending, no duplicates. (Plain arrays: 65,000 small typed arrays cost more to make.) */
  terms: readonly number[];
  /** TF-IDF weight of each term, the vector normalised to length 1 (all zero when it has no terms). */
  weights: number[];
}

export interface LibraryFeatures {
  items: ItemFeatures[];
  /** Item position by id. */
  byId: Map<string, number>;
  /** Documents (requests) each term appears in. */
  documentFrequency: Int32Array;
  /** A word as written for each term id (the first seen), for reasons shown to the user. */
  termWords: string[];
  /** The term id of a word as written, undefined when it is not a content word of the library. */
  termOf(word: string): number | undefined;
}

const MS_PER_DAY = 86_400_000;

export function dayOf(date: string | null): number {
  if (date === null) return NaN;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? NaN : Math.round(ms / MS_PER_DAY);
}

export function itemIdOf(file: string, itemIndex: number): string {
  return `${file}#${itemIndex}`;
}

/** Folded pseudonym, the key two requests are compared by ('Brianna' = 'brianna' = 'Bríanna'). */
export function pseudonymKey(name: string): string {
  return foldWord(name.trim());
}

const NO_STRINGS: string[] = [];

/** Bulletins read, and requests weighted, between two pauses of a step-by-step build (a few ms of work). */
const BULLETINS_PER_STEP = 40;
const REQUESTS_PER_WEIGHTING_STEP = 3000;

/** What one request's text gives, before the library-wide weighting: kept per bulletin between builds. */
interface AnalysedRequest {
  countries: readonly string[];
  pseudonyms: readonly string[];
  places: readonly string[];
  names: readonly string[];
  numbers: readonly string[];
  refersBack: boolean;
  praiseReport: boolean;
  terms: number[];
  counts: number[];
}

/**
 * What earlier builds worked out, for the next one. The library gives a new bulletin array on every
 * change but keeps the Bulletin objects of unchanged files, so only new or changed bulletins are read
 * again. Term ids stay the same for as long as the cache lives.
 */
export interface FeatureCache {
  readonly extractor: FeatureExtractor;
  readonly bulletins: WeakMap<Bulletin, AnalysedRequest[]>;
}

export function createFeatureCache(): FeatureCache {
  return { extractor: new FeatureExtractor(), bulletins: new WeakMap() };
}

/** Features of every request of the library, TF-IDF weighted over the library itself. */
export function extractFeatures(bulletins: readonly Bulletin[], cache?: FeatureCache): LibraryFeatures {
  return runToEnd(extractFeaturesInSteps(bulletins, cache));
}

/**
 * extractFeatures, pausing (yielding) every few milliseconds of work so a caller can spread it out.
 * `skip`: positions of bulletins left out (second copies of a bulletin saved twice). Boilerplate items (an
 * office footer) are left out too: they are no request of any story.
 */
export function* extractFeaturesInSteps(
  bulletins: readonly Bulletin[],
  cache: FeatureCache = createFeatureCache(),
  skip: ReadonlySet<number> = new Set(),
): Generator<void, LibraryFeatures> {
  const { extractor } = cache;
  const items: ItemFeatures[] = [];
  const byId = new Map<string, number>();
  for (let b = 0; b < bulletins.length; b++) {
    if (b > 0 && b % BULLETINS_PER_STEP === 0) yield;
    if (skip.has(b)) continue;
    const bulletin = bulletins[b]!;
    let analysed = cache.bulletins.get(bulletin);
    if (analysed === undefined) {
      const month = bulletin.date === null ? undefined : Number(bulletin.date.slice(5, 7));
      analysed = bulletin.items.map((item) => {
        const countries = uniqueSorted(item.countries);
        const pseudonyms =
          item.pseudonyms.length === 0
            ? NO_STRINGS
            : uniqueSorted(item.pseudonyms.map(pseudonymKey).filter((p) => p !== ''));
        return {
          countries,
          pseudonyms,
          names: uniqueSorted(findPersonNames(item.text)),
          numbers: uniqueSorted(identifyingNumbers(item.text)),
          refersBack: refersBack(item.text, month),
          praiseReport: item.kind === 'prayer' && isPraiseReport(item.text),
          ...extractor.analyse(item.text, countries, pseudonyms),
        };
      });
      cache.bulletins.set(bulletin, analysed);
    }
    const day = dayOf(bulletin.date);
    analysed.forEach((request, itemIndex) => {
      if (bulletin.items[itemIndex]!.boilerplate === true) return;
      const id = itemIdOf(bulletin.file, itemIndex);
      byId.set(id, items.length);
      items.push({
        id,
        bulletin: b,
        itemIndex,
        kind: bulletin.items[itemIndex]!.kind,
        day,
        countries: request.countries,
        pseudonyms: request.pseudonyms,
        places: request.places,
        names: request.names,
        numbers: request.numbers,
        refersBack: request.refersBack,
        praiseReport: request.praiseReport,
        terms: request.terms,
        // The term counts until every request is read and the TF-IDF weights can be worked out (a copy:
        // the counts stay in the cache).
        weights: request.counts.slice(),
      });
    });
  }
  yield;
  keepIdentifying(items);
  yield;

  const documentFrequency = new Int32Array(extractor.termCount);
  for (const item of items) for (const term of item.terms) documentFrequency[term]!++;
  const total = Math.max(1, items.length);
  const idf = Float64Array.from(documentFrequency, (df) => Math.log(1 + total / Math.max(1, df)));
  // Sub-linear term frequency: a word said twice in one paragraph is not twice the evidence.
  const tf = Float64Array.from({ length: MAX_WORDS + 1 }, (_, count) =>
    count > 0 ? 1 + Math.log(count) : 0,
  );
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % REQUESTS_PER_WEIGHTING_STEP === 0) yield;
    const item = items[i]!;
    const { terms, weights } = item;
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const weight = tf[weights[k]!]! * idf[terms[k]!]!;
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    // The norm stays that of the whole vector: the kept terms weigh what they weighed.
    if (terms.length > MAX_TERMS) Object.assign(item, strongestTerms(terms, weights, MAX_TERMS));
  }
  return {
    items,
    byId,
    documentFrequency,
    termWords: extractor.termWords,
    termOf: (word) => extractor.termOf(word),
  };
}

/**
 * A head count or a name identifies a story only when few requests of the library give it: "2,700
 * churches" told once is one story; a number or a name many requests give (a city the gazetteer lacks read
 * as a name, a standard programme size) says nothing. Such ones are dropped from the requests' features.
 */
export const MAX_NUMBER_USES = 8;
export const MAX_NAME_USES = 30;

function keepIdentifying(items: ItemFeatures[]): void {
  const numberUses = new Map<string, number>();
  const nameUses = new Map<string, number>();
  for (const item of items) {
    for (const n of item.numbers) numberUses.set(n, (numberUses.get(n) ?? 0) + 1);
    for (const n of item.names) nameUses.set(n, (nameUses.get(n) ?? 0) + 1);
  }
  for (const item of items) {
    if (item.numbers.some((n) => numberUses.get(n)! > MAX_NUMBER_USES))
      item.numbers = item.numbers.filter((n) => numberUses.get(n)! <= MAX_NUMBER_USES);
    if (item.names.some((n) => nameUses.get(n)! > MAX_NAME_USES))
      item.names = item.names.filter((n) => nameUses.get(n)! <= MAX_NAME_USES);
  }
}

/** The `count` heaviest terms, ascending by id (of equal weights at the cut, the lower ids). */
function strongestTerms(
  terms: readonly number[],
  weights: readonly number[],
  count: number,
): { terms: number[]; weights: number[] } {
  // The weight of the count-th heaviest, by sorting a copy; then one pass keeps what is above it, and
  // as many of those equal to it as fit, in id order.
  const cut = Float64Array.from(weights).sort()[weights.length - count]!;
  let above = 0;
  for (const weight of weights) if (weight > cut) above++;
  let equalRoom = count - above;
  const keptTerms: number[] = [];
  const keptWeights: number[] = [];
  for (let k = 0; k < terms.length; k++) {
    const weight = weights[k]!;
    if (weight < cut || (weight === cut && equalRoom-- <= 0)) continue;
    keptTerms.push(terms[k]!);
    keptWeights.push(weight);
  }
  return { terms: keptTerms, weights: keptWeights };
}

/** Sorted without duplicates; a list that already is one is shared, not copied (none of them is changed). */
function uniqueSorted(values: readonly string[]): readonly string[] {
  if (values.length === 0) return NO_STRINGS;
  if (values.length === 1) return values;
  return [...new Set(values)].sort();
}

/** Runs a step-by-step computation without pausing. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
