// Issue 7's promise: the speed work changes no answer. On a fixed generated archive (a few hundred
// bulletins in the shapes the benchmark uses), every path the app takes to a searchable library —
// a snapshot saved and loaded, an index updated bulletin by bulletin, a folder read by several threads
// and indexed in a worker — gives the same items in the same order (and the same scores, snippets and
// marks) as the plain engine built from scratch, and that engine ranks as lunr.Index#query itself does.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../shared/query-syntax';
import type { Bulletin } from '../../shared/model';
import type { SearchQuery } from '../../shared/search-types';
import { parseBulletin } from '../../electron/core/parse/parse-bulletin';
import { collectBulletins, loadLibrary } from '../../electron/core/library/library-loader';
import { defaultLoaderDeps } from '../../electron/core/library/default-deps';
import { loadFolder } from '../../electron/core/library/scan-folder';
import { createWorkerLoader } from '../../electron/core/library/worker-loader';
import { Analyzer } from '../../electron/core/search/analyzer';
import { compareBulletins } from '../../electron/core/search/bulletin-order';
import { buildIndexData } from '../../electron/core/search/index-data';
import { ItemTable } from '../../electron/core/search/item-table';
import { createSearchEngine, loadSearchEngine } from '../../electron/core/search/lunr-engine';
import { queryLunr, toLunrIndex } from '../../electron/core/search/lunr-reference';
import { TermDictionary, planQuery } from '../../electron/core/search/query-plan';
import type { SearchEngine } from '../../electron/core/search/search-engine';
import { generateBulletin, writeArchive } from './generate-archive';
import { benchQueries } from './queries';

const COUNT = 300;
const SEED = 20110105;
const WORKER = fileURLToPath(new URL('../../electron/core/library/load-worker.ts', import.meta.url));

/** The archive's bulletins as the parser reads them, in the library's order. */
const ARCHIVE: Bulletin[] = Array.from({ length: COUNT }, (_v, i) => {
  const { file, text } = generateBulletin(i, { seed: SEED });
  return parseBulletin(text, { file, mtimeMs: 0 });
})
  .filter((b) => b.items.length > 0)
  .sort(compareBulletins);

const inOrder = (bulletins: readonly Bulletin[]) => [...bulletins].sort(compareBulletins);

const QUERIES: SearchQuery[] = [
  ...benchQueries().map((q) => q.query),
  { text: 'pray' },
  { text: 'Uganda police' },
  { text: 'rescued children', sort: 'date' },
  { text: 'court', limit: 500 },
  { text: 'trafficking', offset: 40, limit: 20 },
  { text: 'labour -Kenya' },
  { text: '+survivors +court' },
  { text: '', regions: ['Latin America & Caribbean'], limit: 1000 },
];

/** Every query, with all its hits (not just the first page). */
function answers(engine: SearchEngine) {
  return QUERIES.map((query) => engine.search({ ...query, limit: query.limit ?? 100_000 }));
}

const plain = createSearchEngine(ARCHIVE);
const expected = answers(plain);

describe('on a fixed generated archive', () => {
  it('has enough to compare: hundreds of bulletins, thousands of items, queries with many hits', () => {
    expect(ARCHIVE.length).toBeGreaterThan(250);
    expect(new ItemTable(ARCHIVE).size).toBeGreaterThan(1500);
    expect(expected.filter((r) => r.total > 50).length).toBeGreaterThan(10);
  });

  it('ranks as lunr.Index#query: same items, same order, same scores', () => {
    const table = new ItemTable(ARCHIVE);
    const data = buildIndexData(table.entries.map((_e, n) => table.fieldTexts(n)));
    const lunrIndex = toLunrIndex(data);
    const dictionary = new TermDictionary(data);
    const analyzer = new Analyzer();
    const plainWords = benchQueries()
      .map((q) => q.query)
      .filter((q) => q.text !== '' && !/["+-]/.test(q.text) && !q.regions && !q.kinds && !q.from);
    expect(plainWords.length).toBeGreaterThan(20);
    for (const query of plainWords) {
      const plan = planQuery(parseQuery(query.text), analyzer, dictionary);
      const terms = new Map<string, number>();
      for (const word of plan.optional) {
        for (const [id, boost] of word.terms) {
          const term = data.terms[id] as string;
          terms.set(term, Math.max(boost, terms.get(term) ?? 0));
        }
      }
      const ours = plain.search({ text: query.text, limit: 100_000 }).hits;
      // A word no bulletin has, nor anything close: nothing to ask (Lunr would list every item).
      if (terms.size === 0) {
        expect(ours).toEqual([]);
        continue;
      }
      // Lunr leaves ties in no particular order; the engine breaks them by date, then file and place.
      const theirs = queryLunr(lunrIndex, terms).sort(
        (a, b) => b.score - a.score || (table.dateRank[a.n] as number) - (table.dateRank[b.n] as number),
      );
      expect(ours.map((h) => [h.id, h.score])).toEqual(
        theirs.map((r) => {
          const { bulletin, itemIndex } = table.entry(r.n);
          return [`${bulletin.file}#${itemIndex}`, r.score];
        }),
      );
    }
  });

  it('answers the same from a snapshot saved as JSON and loaded', () => {
    const snapshot = JSON.parse(JSON.stringify(plain.serialize())) as unknown;
    expect(answers(loadSearchEngine(ARCHIVE, snapshot))).toEqual(expected);
  });

  it('answers the same after the archive was indexed in parts and updated bulletin by bulletin', () => {
    // Files are bulletin ids here: one bulletin per generated file.
    const start = ARCHIVE.filter((_b, i) => i % 3 !== 0);
    const engine = createSearchEngine(start);
    const later = ARCHIVE.filter((_b, i) => i % 3 === 0);
    // Bulletins arrive a few at a time, some first in another version, some removed and put back.
    const rewritten = later.slice(0, 10).map((b) => ({ ...b, items: b.items.slice(0, 1) }));
    engine.update?.(rewritten, []);
    engine.update?.(later.slice(10, 40), [(start[5] as Bulletin).file, (start[6] as Bulletin).file]);
    engine.update?.([...later.slice(0, 10), ...later.slice(40)], []);
    engine.update?.([start[5] as Bulletin, start[6] as Bulletin], []);
    expect(answers(engine)).toEqual(expected);
    // …and its snapshot is the one built from scratch.
    expect(engine.serialize()).toEqual(plain.serialize());
  });

  describe('read from a folder', () => {
    let dir: string;
    let userData: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'pd-same-'));
      userData = await mkdtemp(path.join(os.tmpdir(), 'pd-same-user-'));
      await writeArchive(dir, { count: COUNT, seed: SEED });
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
      await rm(userData, { recursive: true, force: true });
    });

    /** The plain engine over the bulletins the app's one-file-at-a-time reading gives. */
    async function plainFromFolder() {
      const { bulletins } = await loadFolder(dir);
      return { bulletins: inOrder(bulletins), answers: answers(createSearchEngine(inOrder(bulletins))) };
    }

    it('with several reads at once, gives the same bulletins and answers', async () => {
      const reference = await plainFromFolder();
      const outcome = await loadLibrary(
        { root: dir, userDataDir: userData, appVersion: 'same' },
        defaultLoaderDeps,
        () => undefined,
      );
      const bulletins = collectBulletins(outcome.files);
      expect(bulletins).toEqual(reference.bulletins);
      expect(answers(loadSearchEngine(bulletins, outcome.index))).toEqual(reference.answers);
    });

    it('in a worker with a helper thread, gives the same bulletins and answers', async () => {
      const reference = await plainFromFolder();
      const load = createWorkerLoader(WORKER, { idleMs: 0 });
      const outcome = await load(
        { root: dir, userDataDir: `${userData}-worker`, appVersion: 'same' },
        () => undefined,
      );
      await rm(`${userData}-worker`, { recursive: true, force: true });
      const bulletins = collectBulletins(outcome.files);
      expect(bulletins).toEqual(reference.bulletins);
      expect(answers(loadSearchEngine(bulletins, outcome.index))).toEqual(reference.answers);
    }, 60_000);
  });
});
