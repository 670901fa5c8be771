// The engine keeps its index in typed arrays and scores it itself; these tests hold it to Lunr: the
// index is the one lunr.Builder builds from the same terms, and every score is lunr.Index#query's own.
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../../../electron/core/search/analyzer';
import type { IndexData } from '../../../../electron/core/search/index-data';
import { FIELDS, buildIndexData } from '../../../../electron/core/search/index-data';
import { ItemTable } from '../../../../electron/core/search/item-table';
import { queryLunr, toLunrIndex } from '../../../../electron/core/search/lunr-reference';
import { Scorer } from '../../../../electron/core/search/scorer';
import { splitWords } from '../../../../shared/text-fold';
import { LIBRARY, bulletin, item } from './library-fixture';

/** A deterministic pseudo-random corpus: varied lengths and repeated words give varied BM25 scores. */
function syntheticDocuments(count: number): string[][] {
  const words = [
    'pray',
    'court',
    'labour',
    'labor',
    'Kenya',
    'Côte',
    'rescue',
    'families',
    'kiln',
    'judge',
    'the',
    'of',
    'hope',
    'trafficking',
    'trafficked',
    'Manila',
    'widow',
    'land',
    'officer',
    'a',
  ];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  return Array.from({ length: count }, () => {
    const text = Array.from({ length: 3 + next(40) }, () => words[next(words.length)]).join(' ');
    const names = next(3) === 0 ? '' : (['Kenya', 'Philippines', 'India Maria'][next(3)] ?? '');
    return [text, names];
  });
}

function libraryDocuments(): string[][] {
  const table = new ItemTable(LIBRARY);
  return table.entries.map((_entry, n) => table.fieldTexts(n));
}

function builtByLunr(documents: readonly (readonly string[])[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('ref');
  for (const field of FIELDS) builder.field(field.name, { boost: field.boost });
  // The engine's analysis, as a Lunr tokenizer: the same terms reach both indexes.
  builder.tokenizer = ((value: unknown) =>
    splitWords(String(value ?? ''))
      .map((word) => analyzeWord(word).term)
      .filter((term): term is string => term !== null)
      .map((term) => new lunr.Token(term, {}))) as unknown as typeof lunr.tokenizer;
  documents.forEach((fields, n) => {
    const doc: Record<string, string> = { ref: String(n) };
    FIELDS.forEach((field, f) => (doc[field.name] = fields[f] ?? ''));
    builder.add(doc);
  });
  return builder.build();
}

interface SerializedIndex {
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
}

const corpora: [string, string[][]][] = [
  ['the test library', libraryDocuments()],
  ['a synthetic corpus', syntheticDocuments(300)],
];

describe.each(corpora)('on %s', (_name, documents) => {
  const data: IndexData = buildIndexData(documents);
  const ours = toLunrIndex(data);

  it('builds the index lunr.Builder builds', () => {
    const theirs = builtByLunr(documents).toJSON() as unknown as SerializedIndex;
    const mine = ours.toJSON() as unknown as SerializedIndex;
    expect(new Map(mine.fieldVectors)).toEqual(new Map(theirs.fieldVectors));
    expect(mine.invertedIndex).toEqual(theirs.invertedIndex);
  });

  it('scores exactly as lunr.Index#query, for any terms and boosts', () => {
    const scorer = new Scorer(data);
    const termCount = data.terms.length;
    for (let round = 0; round < 40; round += 1) {
      const terms = new Map<number, number>();
      for (let k = 0; k < 1 + (round % 5); k += 1)
        terms.set((round * 7 + k * 13) % termCount, [10, 1, 2][(round + k) % 3] as number);
      const scored = scorer.score([...terms].map(([id, boost]) => ({ id, boost, mask: 0 })));
      const mine = new Map<number, number>();
      scored.docs.forEach((n, i) => mine.set(n, scored.scores[i] as number));
      const byTerm = new Map([...terms].map(([id, boost]) => [data.terms[id] as string, boost]));
      const theirs = new Map(queryLunr(ours, byTerm).map((r) => [r.n, r.score]));
      expect(mine).toEqual(theirs); // same documents, bit-identical scores
    }
  });

  it('excludes as Lunr prohibits', () => {
    const scorer = new Scorer(data);
    const wanted = new Map([[data.terms[0] as string, 10]]);
    const prohibited = data.terms[1] as string;
    const excluded = new Set(scorer.documentsWith(1).flatMap((docs) => [...docs]));
    const scored = scorer.score([{ id: 0, boost: 10, mask: 0 }]);
    const mine = [...scored.docs].filter((n) => !excluded.has(n)).sort((a, b) => a - b);
    const theirs = queryLunr(ours, wanted, [prohibited])
      .map((r) => r.n)
      .sort((a, b) => a - b);
    expect(mine).toEqual(theirs);
  });
});

describe('the index of an odd library', () => {
  it('copes with empty items, empty fields and words no index keeps', () => {
    const odd = [
      bulletin('odd.txt', null, [
        item('', 'Other', 'info'),
        item('the of a', 'Other', 'info'),
        item('Pray.', 'Other', 'prayer'),
      ]),
    ];
    const table = new ItemTable(odd);
    const documents = table.entries.map((_entry, n) => table.fieldTexts(n));
    const data = buildIndexData(documents);
    expect(data.terms).toEqual(['pray']);
    const theirs = builtByLunr(documents).toJSON() as unknown as SerializedIndex;
    const mine = toLunrIndex(data).toJSON() as unknown as SerializedIndex;
    expect(new Map(mine.fieldVectors)).toEqual(new Map(theirs.fieldVectors));
  });
});
