// A request's content words as term ids with counts: folded and stemmed as search does, without the
// bulletin boilerplate (./feature-words.ts), numbers, and the request's own country, place and pseudonym
// words (those are compared as features of their own). This runs over every request of the library (65,000
// at 10,000 bulletins), so the word loop is written for speed: see FeatureExtractor.scan.
import { COUNTRIES } from '../../../shared/countries';
import { foldWord, splitWords } from '../../../shared/text-fold';
import { findPlaces, placesByFirstWord } from '../parse/find-places';
import { Analyzer } from '../search/analyzer';
import { BOILERPLATE_WORDS } from './feature-words';

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
