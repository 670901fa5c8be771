// What the thread finder compares about each request: the content words of its opening (folded and
// stemmed as search does, weighted by TF-IDF over the whole library), its countries, the towns and
// districts it names, its pseudonyms, its kind and its day.
//
// Bulletin boilerplate ("pray", "praise God", "our IJM staff and team"), dates, and the request's own
// country, place and pseudonym names are left out of the words: every request has the former, and the
// latter are compared as features of their own, so "Uganda" in two unrelated Ugandan requests does not
// count as similar wording.
//
// This runs over every request of the library (65,000 at 10,000 bulletins), so the word loop is written
// for speed: see FeatureExtractor.scan.
import { COUNTRIES } from '../../../shared/countries';
import type { Bulletin, Kind } from '../../../shared/model';
import { foldWord, splitWords } from '../../../shared/text-fold';
import { Analyzer } from '../search/analyzer';

/** Words every bulletin request uses whatever its story; folded, before stemming. */
const BOILERPLATE_WORDS = [
  'pray',
  'prays',
  'prayed',
  'praying',
  'prayer',
  'prayers',
  'praise',
  'praised',
  'praises',
  'praising',
  'thank',
  'thanks',
  'thanked',
  'thankful',
  'thanksgiving',
  'grateful',
  'gratitude',
  'rejoice',
  'god',
  'gods',
  'lord',
  'jesus',
  'christ',
  'ijm',
  'ijms',
  'staff',
  'team',
  'teams',
  'please',
  'ask',
  'asking',
  'join',
  'continue',
  'continued',
  'continuing',
  'also',
  'request',
  'requests',
  'update',
  'week',
  'weeks',
  'today',
  'recently',
  'recent',
  'colleagues',
  'partners',
  'work',
  'working',
  'office',
  'offices',
  'amen',
  'bless',
  'blessing',
  'blessings',
  'faithful',
  'faithfulness',
  'wisdom',
  'strength',
  'protection',
  'peace',
  'grace',
  'heart',
  'hearts',
  'many',
  'one',
  'two',
  'three',
  'new',
  'good',
  'well',
  'help',
  'now',
  'still',
  // When, not what: every story has dates.
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'month',
  'months',
  'year',
  'years',
  'day',
  'days',
  'next',
  'last',
  'ago',
  'soon',
  'time',
];

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

/** What one word as written is to the finder; worked out once per distinct word. */
interface WordInfo {
  folded: string;
  /** Its term id; -1 when it is not a content word (stop word, boilerplate, number, single letter). */
  term: number;
  /** Some gazetteer place starts with this word. */
  startsPlace: boolean;
  /** The places starting with this word, longest first (folded words); undefined for most words. */
  placesFrom?: string[][];
  /** It is a word of some country's name or demonym ('uganda', 'ugandans', 'republic'). */
  namesCountry: boolean;
}

// Bounded so a library of unusual texts cannot grow the memory without end; cleared when full.
const MAX_CACHED_WORDS = 300_000;
/**
 * Words of a request read for its wording. A request names its story in its opening (who, where, what
 * happened); what follows is mostly the asking ("pray for healing for her family"). Its pseudonyms and
 * countries come from the whole text (the parser's). Keeps long requests from costing time and precision.
 */
export const MAX_WORDS = 60;
/** Terms kept per request: its strongest by TF-IDF. The rest add little to any similarity. */
export const MAX_TERMS = 24;

export class FeatureExtractor {
  private readonly analyzer = new Analyzer(1000);
  private readonly boilerplate: Set<string>;
  private readonly termIds = new Map<string, number>();
  private readonly words = new Map<string, WordInfo>();
  // The same words by a hash of their characters, in an open-addressing table: found while scanning,
  // without cutting each word out of the text. Slots hold an index into `known`, plus one.
  // Small to start (it doubles as needed): a table that fits the processor's cache is found faster.
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private checks = new Int32Array(1 << 12);
  private lengths = new Int32Array(1 << 12);
  private readonly known: WordInfo[] = [];
  private readonly scanned: WordInfo[] = [];
  private readonly places = placesByFirstWord();
  /** Counts of the text being analysed, by term id (zero again after each text). */
  private tally = new Int32Array(4096);
  private readonly touched: number[] = [];
  readonly termWords: string[] = [];

  constructor() {
    this.boilerplate = new Set<string>();
    for (const word of BOILERPLATE_WORDS) {
      this.boilerplate.add(word);
      const term = this.analyzer.term(word);
      if (term !== null) this.boilerplate.add(term);
    }
  }

  private info(word: string): WordInfo {
    let info = this.words.get(word);
    if (info !== undefined) return info;
    const { folded, term } = this.analyzer.analyze(word);
    let id = -1;
    if (term !== null && !this.boilerplate.has(folded) && !this.boilerplate.has(term) && !/\d/.test(folded)) {
      const known = this.termIds.get(term);
      if (known !== undefined) id = known;
      else {
        id = this.termWords.length;
        this.termIds.set(term, id);
        this.termWords.push(folded);
      }
    }
    info = {
      folded,
      term: id,
      startsPlace: this.places.has(folded),
      placesFrom: this.places.get(folded),
      namesCountry: countryWordSet().has(folded),
    };
    if (this.words.size >= MAX_CACHED_WORDS) {
      this.words.clear();
      this.slots.fill(0);
      this.known.length = 0;
    }
    this.words.set(word, info);
    return info;
  }

  /**
   * The term ids of a text with their counts, and the gazetteer places it names. The words of the
   * request's own countries and pseudonyms (folded) are left out of the terms: they are compared as such.
   */
  analyse(
    text: string,
    countries: readonly string[] = NO_STRINGS,
    pseudonyms: readonly string[] = NO_STRINGS,
  ): { terms: number[]; counts: number[]; places: readonly string[] } {
    const infos = this.scan(text);
    let placeWords = false;
    for (let k = 0; k < infos.length; k++) if (infos[k]!.startsPlace) placeWords = true;
    let places: readonly string[] = NO_STRINGS;
    let inPlace: boolean[] | null = null;
    if (placeWords) ({ places, inPlace } = findPlaces(infos));
    if (this.tally.length < this.termWords.length) {
      const grown = new Int32Array(Math.max(this.termWords.length, this.tally.length * 2));
      grown.set(this.tally);
      this.tally = grown;
    }
    const tally = this.tally;
    const touched = this.touched;
    touched.length = 0;
    for (let k = 0; k < infos.length; k++) {
      const info = infos[k]!;
      const term = info.term;
      if (term < 0) continue;
      // A place is compared as a place (thread-pairs.ts), not as wording: one district named in two
      // requests must not outweigh everything else they say.
      if (inPlace !== null && inPlace[k]) continue;
      if (info.namesCountry && countries.some((country) => wordsOfCountry(country).has(info.folded)))
        continue;
      if (pseudonyms.length > 0 && pseudonyms.includes(info.folded)) continue;
      if (tally[term] === 0) touched.push(term);
      tally[term]!++;
    }
    const terms = sortedTerms(touched);
    const counts = new Array<number>(terms.length);
    for (let k = 0; k < terms.length; k++) {
      counts[k] = tally[terms[k]!]!;
      tally[terms[k]!] = 0;
    }
    return { terms, counts, places };
  }

  /**
   * The words of a text as splitWords finds them, looked up. Bulletin text is mostly ASCII letters with
   * typographic quotes and dashes between them: a character loop finds those words several times faster
   * than the Unicode-aware pattern. Any other character (an accented letter) sends the text down the
   * pattern's path. The array is reused: read it before the next call.
   */
  private scan(text: string): WordInfo[] {
    const out = this.scanned;
    out.length = 0;
    let slots = this.slots;
    let hashes = this.hashes;
    let checks = this.checks;
    let lengths = this.lengths;
    const known = this.known;
    let start = -1;
    // Two hashes of the word's characters (FNV-1a and a polynomial one) and its length: for two of a
    // library's words to agree on all three is a chance of about one in ten billion, so the table trusts
    // them without comparing characters.
    let hash = 0;
    let check = 0;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5;
          check = 0;
        }
        hash = Math.imul(hash ^ c, 16777619);
        check = (Math.imul(check, 31) + c) | 0;
        continue;
      }
      if (c >= 128 && !SEPARATORS.has(c)) return this.scanSlowly(text);
      if (start < 0) continue;
      const mask = slots.length - 1;
      let slot = hash & mask;
      let info: WordInfo | undefined;
      for (;;) {
        const index = slots[slot]!;
        if (index === 0) break;
        if (hashes[slot] === hash && checks[slot] === check && lengths[slot] === i - start) {
          info = known[index - 1]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (info === undefined) {
        info = this.info(text.slice(start, i));
        known.push(info);
        slots[slot] = known.length;
        hashes[slot] = hash;
        checks[slot] = check;
        lengths[slot] = i - start;
        // Kept at most half full, so a probe ends soon.
        if (known.length * 2 > slots.length) {
          this.growSlots();
          slots = this.slots;
          hashes = this.hashes;
          checks = this.checks;
          lengths = this.lengths;
        }
      }
      out.push(info);
      start = -1;
      if (out.length >= MAX_WORDS) break;
    }
    return out;
  }

  private scanSlowly(text: string): WordInfo[] {
    const out = this.scanned;
    out.length = 0;
    for (const word of splitWords(text)) {
      out.push(this.info(word));
      if (out.length >= MAX_WORDS) break;
    }
    return out;
  }

  private growSlots(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const hashes = new Int32Array(size);
    const checks = new Int32Array(size);
    const lengths = new Int32Array(size);
    for (let slot = 0; slot < this.slots.length; slot++) {
      const index = this.slots[slot]!;
      if (index === 0) continue;
      let target = this.hashes[slot]! & (size - 1);
      while (slots[target] !== 0) target = (target + 1) & (size - 1);
      slots[target] = index;
      hashes[target] = this.hashes[slot]!;
      checks[target] = this.checks[slot]!;
      lengths[target] = this.lengths[slot]!;
    }
    this.slots = slots;
    this.hashes = hashes;
    this.checks = checks;
    this.lengths = lengths;
  }

  termOf(word: string): number | undefined {
    const term = this.info(word).term;
    return term < 0 ? undefined : term;
  }

  get termCount(): number {
    return this.termWords.length;
  }
}

/** Term ids in ascending order. Insertion sort: a request has a few dozen. */
function sortedTerms(touched: readonly number[]): number[] {
  const terms = touched.slice();
  for (let k = 0; k < touched.length; k++) {
    const term = touched[k]!;
    let j = k;
    while (j > 0 && terms[j - 1]! > term) {
      terms[j] = terms[j - 1]!;
      j--;
    }
    terms[j] = term;
  }
  return terms;
}

// Characters beyond ASCII that only ever separate words: no-break space, dashes, quotes, bullet, ellipsis.
const SEPARATORS: ReadonlySet<number> = new Set([
  0xa0, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026,
]);

// The words naming each country or its people ('uganda', 'ugandan', 'ugandans'): two Ugandan requests
// both saying "Ugandan" share a country, not a story. Places ('Mukono') stay: they are good story evidence.
let countryWords: Map<string, ReadonlySet<string>> | null = null;
function wordsOfCountry(country: string): ReadonlySet<string> {
  if (countryWords === null) {
    countryWords = new Map();
    for (const c of COUNTRIES) {
      const words = new Set<string>();
      for (const phrase of [c.name, ...(c.names ?? []), ...(c.demonyms ?? [])]) {
        for (const word of splitWords(phrase)) {
          words.add(foldWord(word));
          words.add(`${foldWord(word)}s`);
        }
      }
      countryWords.set(c.name, words);
    }
  }
  let words = countryWords.get(country);
  if (words === undefined) {
    words = new Set(splitWords(country).map(foldWord));
    countryWords.set(country, words);
  }
  return words;
}

let allCountryWords: Set<string> | null = null;
function countryWordSet(): ReadonlySet<string> {
  if (allCountryWords === null) {
    allCountryWords = new Set();
    for (const c of COUNTRIES) for (const word of wordsOfCountry(c.name)) allCountryWords.add(word);
  }
  return allCountryWords;
}

// Places of the gazetteer (cities, districts, provinces), as folded word sequences, keyed by first word.
let placePhrases: Map<string, string[][]> | null = null;
/** A place's name as the gazetteer writes it, by its folded form ('lake volta' → 'Lake Volta'). */
const placeNames = new Map<string, string>();
function placesByFirstWord(): Map<string, string[][]> {
  if (placePhrases === null) {
    placePhrases = new Map();
    for (const c of COUNTRIES) {
      for (const place of c.places ?? []) {
        const words = splitWords(place).map(foldWord);
        if (words.length === 0) continue;
        if (!placeNames.has(words.join(' '))) placeNames.set(words.join(' '), place);
        const list = placePhrases.get(words[0]!) ?? [];
        list.push(words);
        placePhrases.set(words[0]!, list);
      }
    }
    // Longest first, so "Guatemala City" wins over a shorter place at the same word.
    for (const list of placePhrases.values()) list.sort((a, b) => b.length - a.length);
  }
  return placePhrases;
}

/** How the gazetteer writes a place found folded ('lake volta' → 'Lake Volta'). */
export function placeName(folded: string): string {
  placesByFirstWord();
  return placeNames.get(folded) ?? folded;
}

/** The gazetteer places a text names, folded ('santa cruz'), sorted, without duplicates. */
export function placesIn(text: string): string[] {
  return findPlaces(splitWords(text).map((word) => ({ folded: foldWord(word) }))).places;
}

/** The places among a text's words (folded), and which words belong to one. */
function findPlaces(words: readonly { folded: string; placesFrom?: string[][] }[]): {
  places: string[];
  inPlace: boolean[];
} {
  const table = placesByFirstWord();
  const found: string[] = [];
  const inPlace = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidates = 'placesFrom' in word ? word.placesFrom : table.get(word.folded);
    if (!candidates) continue;
    const match = candidates.find((place) => place.every((word, k) => words[i + k]?.folded === word));
    if (!match) continue;
    const name = match.length === 1 ? match[0]! : match.join(' ');
    if (!found.includes(name)) found.push(name);
    for (let k = 0; k < match.length; k++) inPlace[i + k] = true;
    i += match.length - 1;
  }
  return { places: found.length > 1 ? found.sort() : found, inPlace };
}

/** Bulletins read, and requests weighted, between two pauses of a step-by-step build (a few ms of work). */
const BULLETINS_PER_STEP = 250;
const REQUESTS_PER_WEIGHTING_STEP = 10_000;

/** What one request's text gives, before the library-wide weighting: kept per bulletin between builds. */
interface AnalysedRequest {
  countries: readonly string[];
  pseudonyms: readonly string[];
  places: readonly string[];
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

/** extractFeatures, pausing (yielding) every few milliseconds of work so a caller can spread it out. */
export function* extractFeaturesInSteps(
  bulletins: readonly Bulletin[],
  cache: FeatureCache = createFeatureCache(),
): Generator<void, LibraryFeatures> {
  const { extractor } = cache;
  const items: ItemFeatures[] = [];
  const byId = new Map<string, number>();
  for (let b = 0; b < bulletins.length; b++) {
    if (b > 0 && b % BULLETINS_PER_STEP === 0) yield;
    const bulletin = bulletins[b]!;
    let analysed = cache.bulletins.get(bulletin);
    if (analysed === undefined) {
      analysed = bulletin.items.map((item) => {
        const countries = uniqueSorted(item.countries);
        const pseudonyms =
          item.pseudonyms.length === 0
            ? NO_STRINGS
            : uniqueSorted(item.pseudonyms.map(pseudonymKey).filter((p) => p !== ''));
        return { countries, pseudonyms, ...extractor.analyse(item.text, countries, pseudonyms) };
      });
      cache.bulletins.set(bulletin, analysed);
    }
    const day = dayOf(bulletin.date);
    analysed.forEach((request, itemIndex) => {
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
        terms: request.terms,
        // The term counts until every request is read and the TF-IDF weights can be worked out (a copy:
        // the counts stay in the cache).
        weights: request.counts.slice(),
      });
    });
  }
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

/** Cosine similarity of two normalised sparse vectors. */
export function cosine(a: ItemFeatures, b: ItemFeatures): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) {
      sum += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Term ids both items use, ascending. */
export function sharedTerms(a: ItemFeatures, b: ItemFeatures): number[] {
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      shared.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * Cosine similarity of one request against many: its weights are spread once over a vector as long as the
 * vocabulary, and each other request is then one pass over its own terms.
 */
export class CosineScratch {
  private readonly dense: Float32Array;
  private current: ItemFeatures | null = null;

  constructor(termCount: number) {
    this.dense = new Float32Array(termCount);
  }

  /** Makes `item` the one the next `against` calls compare with. */
  load(item: ItemFeatures): void {
    if (this.current) for (const term of this.current.terms) this.dense[term] = 0;
    this.current = item;
    item.terms.forEach((term, k) => {
      this.dense[term] = item.weights[k]!;
    });
  }

  against(other: ItemFeatures): number {
    const { terms, weights } = other;
    const dense = this.dense;
    let sum = 0;
    for (let k = 0; k < terms.length; k++) sum += dense[terms[k]!]! * weights[k]!;
    return sum;
  }
}

const NONE: readonly string[] = [];

/** Elements of two sorted string arrays found in both (a shared empty array when none). */
export function intersectSorted(a: readonly string[], b: readonly string[]): readonly string[] {
  const al = a.length;
  const bl = b.length;
  if (al === 0 || bl === 0) return NONE;
  if (al === 1 && bl === 1) return a[0] === b[0] ? a : NONE;
  let shared: string[] | null = null;
  for (let i = 0; i < al; i++) {
    const x = a[i]!;
    for (let j = 0; j < bl; j++) {
      if (b[j] === x) {
        (shared ??= []).push(x);
        break;
      }
    }
  }
  return shared ?? NONE;
}
