// The search engine behind search-engine.ts. Lunr's model — its stemmer and stop words, its BM25 field
// vectors, its query scoring, its token set for spelling correction — and around it what Lunr lacks for
// a church office: Unicode and British/American folding (analyzer.ts), prefix completion and spelling
// correction (query-plan.ts), phrases, a syntax that never throws (query-syntax.ts), filters, stable
// ordering, snippets and match ranges (highlight.ts), and a compact snapshot (snapshot.ts).
//
// One document per item, ref = the item's number in a flat list (item-table.ts). The index is kept as
// typed arrays (index-data.ts) and scored by scorer.ts exactly as lunr.Index#query would score it
// (lunr-reference.ts builds that lunr.Index; tests compare the two): Lunr's own query loop costs
// ~6 µs per matching document and its loaded index one object per posting, too slow and too big for
// archives of 10,000 bulletins.
//
// Every positive word becomes optional terms (its own, completions, or close spellings); a +word
// needs any of its terms, a phrase all its words and then the words side by side (forward index);
// -words exclude, as Lunr's prohibited clauses do.
//
// Changed bulletins are taken in by `update` (index-update.ts): the index is derived again from word
// numbers, the unchanged items' taken from the forward index, so the result is exactly the index built
// from scratch (Lunr's scores depend on the whole collection), in a fraction of the time.
import { findMatchRanges, makeSnippet, mergeRanges, phraseAt } from '../../../shared/highlight';
import { parseQuery } from '../../../shared/query-syntax';
import type { MatchRange, SearchHit, SearchQuery, SearchResult } from '../../../shared/search-types';
import { splitWords, wordSpans } from '../../../shared/text-fold';
import type { WordSpan } from '../../../shared/text-fold';
import { Analyzer } from './analyzer';
import type { Bulletin } from '../../../shared/model';
import type { IndexData, WordNumbers } from './index-data';
import { NAMES_FIELD, buildIndexData } from './index-data';
import { updateIndexData } from './index-update';
import type { ItemFilter } from './item-table';
import { ItemTable, makeFilter } from './item-table';
import type { PhrasePlan, QueryPlan } from './query-plan';
import { EXACT_BOOST, TermDictionary, planQuery } from './query-plan';
import type { ScoreTerm } from './scorer';
import { Scorer } from './scorer';
import type { CreateSearchEngine, LoadSearchEngine, SearchEngine } from './search-engine';
import { decodeSnapshot, encodeSnapshot } from './snapshot';
import { firstK } from './top-k';

const DEFAULT_LIMIT = 50;
// Each +word and each phrase word takes one bit of a 32-bit mask; the query syntax keeps far fewer words.
const MAX_REQUIRED_PARTS = 31;

/**
 * Builds the index of every item of `bulletins` (in the order given; the library gives them in the order
 * of bulletin-order.ts, which `update` keeps).
 */
export const createSearchEngine: CreateSearchEngine = (bulletins) => {
  const items = new ItemTable(bulletins);
  return new LunrSearchEngine(items, buildIndexData(items.entries.map((_entry, n) => items.fieldTexts(n))));
};

/**
 * An engine from a `serialize()` snapshot of the same bulletins, without re-indexing. Throws a plain
 * Error when the snapshot is malformed, from another version or of other bulletins: rebuild then.
 */
export const loadSearchEngine: LoadSearchEngine = (bulletins, snapshot) => {
  const items = new ItemTable(bulletins);
  const data = decodeSnapshot(snapshot, items.fingerprint());
  if (data.documentCount !== items.size) throw new Error('the saved search index is of other bulletins');
  return new LunrSearchEngine(items, data);
};

/** Matching items as parallel arrays (no object per match: a common word matches tens of thousands). */
interface Matches {
  n: number[];
  /** Empty for a listing: no scores. */
  score: number[];
  /** How many of the query's phrases the item has the words of but not side by side: fewer first. */
  tier: number[];
}

/** An index and everything the engine derives from it once, swapped as a whole by `update`. */
class LoadedIndex {
  readonly dictionary: TermDictionary;
  readonly scorer: Scorer;
  /** By forward-index number: the word's term number, or -1, and the word itself (folded). */
  readonly rankTerms: Int32Array;
  readonly rankWords: string[];

  constructor(
    readonly items: ItemTable,
    readonly data: IndexData,
  ) {
    this.dictionary = new TermDictionary(data);
    this.scorer = new Scorer(data);
    this.rankTerms = new Int32Array(data.words.length);
    this.rankWords = new Array<string>(data.words.length);
    data.wordRanks.forEach((rank, i) => {
      this.rankTerms[rank] = data.wordTerms[i] as number;
      this.rankWords[rank] = data.words[i] as string;
    });
  }
}

class LunrSearchEngine implements SearchEngine {
  private index: LoadedIndex;
  private readonly analyzer = new Analyzer();
  private readonly foldedNames = new Map<string, string[]>();

  constructor(items: ItemTable, data: IndexData) {
    this.index = new LoadedIndex(items, data);
  }

  private get items(): ItemTable {
    return this.index.items;
  }

  private get data(): IndexData {
    return this.index.data;
  }

  private get dictionary(): TermDictionary {
    return this.index.dictionary;
  }

  private get scorer(): Scorer {
    return this.index.scorer;
  }

  serialize(): unknown {
    return encodeSnapshot(this.data, this.items.fingerprint());
  }

  update(changed: readonly Bulletin[], removedFiles: readonly string[]): void {
    if (changed.length === 0 && removedFiles.length === 0) return;
    const next = updateIndexData(
      { bulletins: this.items.bulletins, data: this.data },
      changed,
      removedFiles,
      (word) => this.analyzer.analyze(word),
    );
    // Swapped only once complete: a failure above leaves the engine answering as before.
    this.index = new LoadedIndex(new ItemTable(next.bulletins), next.data);
  }

  search(query: SearchQuery): SearchResult {
    try {
      return this.run(query ?? { text: '' });
    } catch {
      // The interface promises an answer for any input. Nothing known reaches here (the syntax cannot
      // fail, and only terms of the index's own vocabulary are looked up): a last line of defence.
      return { total: 0, hits: [], didYouMean: [] };
    }
  }

  private run(query: SearchQuery): SearchResult {
    const plan = planQuery(parseQuery(query.text), this.analyzer, this.dictionary);
    const filter = makeFilter(query, this.items);
    const matches = plan.positive ? this.match(plan, filter) : this.list(plan, filter);
    const limit = wholeNumber(query.limit, DEFAULT_LIMIT);
    const offset = wholeNumber(query.offset, 0);
    const count = matches.n.length;
    const wordTerms = new Set([...plan.optional, ...plan.required].flatMap((word) => [...word.terms.keys()]));

    let page: number[];
    if (!plan.positive) {
      // Listed in date order already (newest first; read from the end for oldest first).
      page = [];
      const oldestFirst = query.sort === 'date-asc';
      for (let i = offset; i < Math.min(count, offset + limit); i += 1)
        page.push(oldestFirst ? count - 1 - i : i);
    } else {
      const sort = query.sort === 'date' || query.sort === 'date-asc' ? query.sort : 'relevance';
      const rank = this.items.dateRank;
      const { dates } = this.items;
      const { n, score, tier } = matches;
      // Phrase tier first; then score (relevance) or nothing (date); ties newest first, then file, then
      // place in the file (that is the date rank), so the order is total and stable across runs,
      // builds and snapshot loads.
      const compare =
        sort === 'date'
          ? (a: number, b: number) =>
              (tier[a] as number) - (tier[b] as number) ||
              (rank[n[a] as number] as number) - (rank[n[b] as number] as number)
          : sort === 'date-asc'
            ? // Oldest first; requests without a date still come last.
              (a: number, b: number) =>
                (tier[a] as number) - (tier[b] as number) ||
                Number(dates[n[a] as number] === null) - Number(dates[n[b] as number] === null) ||
                (rank[n[b] as number] as number) - (rank[n[a] as number] as number)
            : (a: number, b: number) =>
                (tier[a] as number) - (tier[b] as number) ||
                (score[b] as number) - (score[a] as number) ||
                (rank[n[a] as number] as number) - (rank[n[b] as number] as number);
      page = firstK(count, Math.min(count, offset + limit), compare).slice(offset);
    }
    return {
      total: count,
      hits: page.map((i) => this.hit(matches.n[i] as number, matches.score[i] ?? 0, plan, wordTerms)),
      didYouMean: [...plan.didYouMean],
    };
  }

  /** Items for a query with words or phrases. */
  private match(plan: QueryPlan, filter: ItemFilter | null): Matches {
    const none: Matches = { n: [], score: [], tier: [] };
    if (
      plan.required.some((word) => word.terms.size === 0) ||
      plan.phrases.some((phrase) => phrase.impossible)
    ) {
      return none;
    }
    const terms = new Map<number, ScoreTerm>();
    const want = (id: number, boost: number, mask: number): void => {
      const term = terms.get(id);
      if (term) {
        term.boost = Math.max(term.boost, boost);
        term.mask |= mask;
      } else terms.set(id, { id, boost, mask });
    };
    let required = 0;
    let bit = 0;
    const nextBit = (): number => {
      if (bit >= MAX_REQUIRED_PARTS) return 0;
      const mask = 1 << bit++;
      required |= mask;
      return mask;
    };
    for (const word of plan.optional) for (const [id, boost] of word.terms) want(id, boost, 0);
    for (const word of plan.required) {
      const mask = nextBit();
      for (const [id, boost] of word.terms) want(id, boost, mask);
    }
    for (const phrase of plan.phrases) for (const id of phrase.terms) want(id, EXACT_BOOST, nextBit());
    if (terms.size === 0) return none;

    const scored = this.scorer.score([...terms.values()]);
    const phrases = plan.phrases.map((phrase) => this.phraseTest(phrase));
    const excludedPhrases = plan.prohibitedPhrases.map((phrase) => this.phraseTest(phrase));
    const excluded = this.itemsWith(plan.prohibitedTerms);
    const matches: Matches = { n: [], score: [], tier: [] };
    for (let i = 0; i < scored.docs.length; i += 1) {
      const n = scored.docs[i] as number;
      if (((scored.masks[i] as number) & required) !== required || excluded.has(n)) continue;
      if (filter && !filter(n)) continue;
      if (excludedPhrases.some((hasPhrase) => hasPhrase(n))) continue;
      let tier = 0;
      for (const hasPhrase of phrases) if (!hasPhrase(n)) tier += 1;
      matches.n.push(n);
      matches.score.push(scored.scores[i] as number);
      matches.tier.push(tier);
    }
    return matches;
  }

  /** Items for a query without words: all (filtered), newest first, minus -words and -"phrases" (no scores). */
  private list(plan: QueryPlan, filter: ItemFilter | null): Matches {
    const excluded = this.itemsWith(plan.prohibitedTerms);
    const excludedPhrases = plan.prohibitedPhrases.map((phrase) => this.phraseTest(phrase));
    const matches: Matches = { n: [], score: [], tier: [] };
    for (const n of this.items.dateOrder) {
      if (excluded.has(n) || (filter && !filter(n))) continue;
      if (excludedPhrases.some((hasPhrase) => hasPhrase(n))) continue;
      matches.n.push(n);
    }
    return matches;
  }

  private hit(n: number, score: number, plan: QueryPlan, wordTerms: ReadonlySet<number>): SearchHit {
    const { bulletin, item, itemIndex } = this.items.entry(n);
    const { text } = item;
    const ranges = this.matchRanges(n, text, plan, wordTerms);
    const { snippet, snippetRanges } = makeSnippet(text, ranges);
    return {
      id: `${bulletin.file}#${itemIndex}`,
      file: bulletin.file,
      itemIndex,
      date: item.date ?? bulletin.date,
      region: item.region,
      kind: item.kind,
      score,
      snippet,
      snippetRanges,
      text,
      ranges,
      countries: item.countries,
    };
  }

  /**
   * Whole words of the text that matched (their term is one the query looked up: exact, completion or
   * close spelling), and phrases as one range each. Words typed on their own light up wherever they
   * occur; a phrase's words light up one by one only in an item that has them apart. Computed here,
   * for the hits shown, from the forward index: nothing about positions is stored.
   */
  private matchRanges(
    n: number,
    text: string,
    plan: QueryPlan,
    wordTerms: ReadonlySet<number>,
  ): MatchRange[] {
    let terms = wordTerms;
    const found: PhrasePlan[] = [];
    for (const phrase of plan.phrases) {
      if (this.hasPhraseInText(n, phrase)) found.push(phrase);
      else terms = new Set([...terms, ...phrase.terms]);
    }
    const { offsets, ranks } = this.data.forward;
    const start = offsets[n] as number;
    const end = offsets[n + 1] as number;
    // Which words matched, by their place among the text's words, from the forward index.
    const matched: [first: number, last: number][] = [];
    for (let k = start; k < end; k += 1) {
      if (terms.has(this.index.rankTerms[ranks[k] as number] as number)) matched.push([k - start, k - start]);
    }
    for (const { ranks: wanted } of found) {
      if (!wanted) continue;
      for (
        let at = rankPhraseAt(ranks, start, end, wanted);
        at !== -1;
        at = rankPhraseAt(ranks, at + 1, end, wanted)
      ) {
        matched.push([at - start, at - start + wanted.length - 1]);
      }
    }
    if (matched.length === 0) return [];
    // Then their places in the text: the words are read only as far as the last match. Each matched
    // word is checked against the index, in case the text is not the one indexed (edited without
    // changing its fingerprint): then the text is analysed afresh.
    const needed = Math.max(...matched.map(([, last]) => last)) + 1;
    const spans = wordSpans(text, needed);
    const indexed = (k: number): boolean =>
      spans[k] !== undefined &&
      this.analyzer.fold((spans[k] as WordSpan).word) === this.index.rankWords[ranks[start + k] as number];
    if (spans.length < needed || !matched.every(([first, last]) => indexed(first) && indexed(last))) {
      return this.reanalysedRanges(text, terms, found);
    }
    return mergeRanges(
      matched.map(([first, last]) => ({
        start: (spans[first] as WordSpan).start,
        end: (spans[last] as WordSpan).end,
      })),
    );
  }

  /** Match ranges from the text itself, for a text that is not the one indexed (see matchRanges). */
  private reanalysedRanges(
    text: string,
    terms: ReadonlySet<number>,
    found: readonly PhrasePlan[],
  ): MatchRange[] {
    const termSet = new Set([...terms].map((id) => this.dictionary.term(id)));
    return findMatchRanges(text, {
      isMatch: (word) => termSet.has(this.analyzer.term(word) ?? ''),
      phrases: found.map((phrase) => phrase.folded),
      fold: this.analyzer.fold,
    });
  }

  /** A test for: the phrase, word for word, is in item n's text or in one of its countries or pseudonyms. */
  private phraseTest(phrase: PhrasePlan): (n: number) => boolean {
    // Names are looked at only in items whose names have every word of the phrase (their postings say).
    let named: Set<number> | null = null;
    for (const id of phrase.terms) {
      const docs = this.scorer.documentsWith(id)[NAMES_FIELD] as Uint32Array;
      named = new Set(named === null ? docs : [...docs].filter((n) => (named as Set<number>).has(n)));
    }
    return (n) =>
      this.hasPhraseInText(n, phrase) || (named?.has(n) === true && this.hasPhraseInNames(n, phrase));
  }

  private hasPhraseInNames(n: number, phrase: PhrasePlan): boolean {
    const { countries, pseudonyms } = this.items.entry(n).item;
    for (const name of [...countries, ...pseudonyms]) {
      let folded = this.foldedNames.get(name);
      if (folded === undefined) {
        folded = splitWords(name).map(this.analyzer.fold);
        this.foldedNames.set(name, folded);
      }
      if (phraseAt(folded, phrase.folded) !== -1) return true;
    }
    return false;
  }

  private hasPhraseInText(n: number, phrase: PhrasePlan): boolean {
    const { offsets, ranks } = this.data.forward;
    return (
      phrase.ranks !== null &&
      rankPhraseAt(ranks, offsets[n] as number, offsets[n + 1] as number, phrase.ranks) !== -1
    );
  }

  /** Items having any of the terms, in any field. */
  private itemsWith(ids: readonly number[]): Set<number> {
    const found = new Set<number>();
    for (const id of ids) {
      for (const docs of this.scorer.documentsWith(id)) for (const n of docs) found.add(n);
    }
    return found;
  }
}

/** Where `wanted` starts as consecutive words within ranks[from, end), or -1. */
function rankPhraseAt(ranks: WordNumbers, from: number, end: number, wanted: readonly number[]): number {
  const first = wanted[0];
  if (first === undefined) return -1;
  const last = end - wanted.length;
  outer: for (let at = from; at <= last; at += 1) {
    if (ranks[at] !== first) continue;
    for (let k = 1; k < wanted.length; k += 1) if (ranks[at + k] !== wanted[k]) continue outer;
    return at;
  }
  return -1;
}

function wholeNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;
}
