// The three engines the benchmark compares, behind one shape: ours (the app's search layer) and two reference
// points on the same items, plain Lunr 2.3.9 with default settings and MiniSearch with prefix and fuzzy on.
// Each run keeps its own state so the harness can time build, serialize, parse, load and search separately.
// Engines are imported lazily: `--only lunr` works even while our engine is being rewritten.
import type { Bulletin, Kind, Region } from '../../shared/model';
import type { SearchEngine } from '../../electron/core/search/search-engine';
import type { BenchQuery } from './queries';
import { passesFilters } from './queries';

export const ENGINE_NAMES = ['ours', 'lunr', 'minisearch'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface EngineRun {
  readonly name: EngineName;
  /** Indexes every item of the bulletins given at creation; the built engine is kept until dropBuilt. */
  build(): void;
  /** The built engine as the JSON text that would be cached on disk. */
  serialize(): string;
  dropBuilt(): void;
  /** JSON.parse of a serialized engine, timed on its own: for Lunr it is most of the load. */
  parse(json: string): void;
  /** Turns the parsed snapshot into a searchable engine. */
  load(): void;
  /** Answers one query on the loaded engine: how many items matched, or null if it has no equivalent. */
  search(query: BenchQuery): number | null;
  /** Makes one changed bulletin searchable in the loaded engine, or null when the engine can only rebuild. */
  readonly changeOne: ((index: number, changed: Bulletin) => void) | null;
  /** Drops everything so the next engine is measured on a clean heap. */
  release(): void;
}

interface ItemDoc {
  id: string;
  text: string;
}

interface ItemMeta {
  region: Region;
  kind: Kind;
  date: string | null;
}

function itemDocs(bulletin: Bulletin): ItemDoc[] {
  return bulletin.items.map((item, i) => ({ id: `${bulletin.file}#${i}`, text: item.text }));
}

function itemMeta(bulletins: readonly Bulletin[]): Map<string, ItemMeta> {
  const meta = new Map<string, ItemMeta>();
  for (const b of bulletins) {
    b.items.forEach((item, i) =>
      meta.set(`${b.file}#${i}`, { region: item.region, kind: item.kind, date: b.date }),
    );
  }
  return meta;
}

function hasFilters(query: BenchQuery): boolean {
  const q = query.query;
  return Boolean(q.regions?.length || q.kinds?.length || q.from || q.to);
}

/** Imports an engine's code ahead of time, so that start-up timings can leave module loading aside. */
export async function preloadEngineCode(name: EngineName): Promise<void> {
  if (name === 'ours') await import('../../electron/core/search/lunr-engine');
  else if (name === 'lunr') await import('lunr');
  else await import('minisearch');
}

export async function createEngineRun(name: EngineName, bulletins: readonly Bulletin[]): Promise<EngineRun> {
  if (name === 'ours') return createOurs(bulletins);
  if (name === 'lunr') return createLunr(bulletins);
  return createMiniSearch(bulletins);
}

async function createOurs(input: readonly Bulletin[]): Promise<EngineRun> {
  const { createSearchEngine, loadSearchEngine } = await import('../../electron/core/search/lunr-engine');
  const { compareBulletins } = await import('../../electron/core/search/bulletin-order');
  // In the library's order, as the app indexes them (updates keep it).
  let bulletins = [...input].sort(compareBulletins);
  let built: SearchEngine | null = null;
  let parsed: unknown = null;
  let loaded: SearchEngine | null = null;
  return {
    name: 'ours',
    build: () => {
      built = createSearchEngine(bulletins);
    },
    serialize: () => JSON.stringify(required(built).serialize()),
    dropBuilt: () => {
      built = null;
    },
    parse: (json) => {
      parsed = JSON.parse(json);
    },
    load: () => {
      loaded = loadSearchEngine(bulletins, parsed);
      parsed = null;
    },
    // The engine computes snippets and match ranges for the page of hits it returns: that is part of the time.
    search: (query) => required(loaded).search(query.query).total,
    // SearchEngine.update: the changed bulletin read into the index, the index derived again.
    changeOne: (_index, changed) => {
      const engine = required(loaded);
      if (engine.update) {
        engine.update([changed], []);
        return;
      }
      bulletins = bulletins.map((b) => (b.file === changed.file ? changed : b));
      loaded = createSearchEngine(bulletins);
    },
    release: () => {
      built = null;
      parsed = null;
      loaded = null;
    },
  };
}

async function createLunr(bulletins: readonly Bulletin[]): Promise<EngineRun> {
  const { default: lunr } = await import('lunr');
  const meta = itemMeta(bulletins);
  let built: lunr.Index | null = null;
  let parsed: unknown = null;
  let loaded: lunr.Index | null = null;
  return {
    name: 'lunr',
    build: () => {
      built = lunr(function () {
        this.ref('id');
        this.field('text');
        for (const b of bulletins) for (const doc of itemDocs(b)) this.add(doc);
      });
    },
    serialize: () => JSON.stringify(required(built)),
    dropBuilt: () => {
      built = null;
    },
    parse: (json) => {
      parsed = JSON.parse(json);
    },
    load: () => {
      loaded = lunr.Index.load(parsed as object);
      parsed = null;
    },
    search: (query) => {
      if (query.lunr === null) return null;
      let results: lunr.Index.Result[];
      try {
        results = required(loaded).search(query.lunr);
      } catch {
        return 0;
      }
      if (!hasFilters(query)) return results.length;
      return results.filter((r) => passesFilters(query.query, required(meta.get(r.ref)))).length;
    },
    // Lunr indexes are immutable: a change is a full rebuild, which the report shows as the build time.
    changeOne: null,
    release: () => {
      built = null;
      parsed = null;
      loaded = null;
    },
  };
}

async function createMiniSearch(bulletins: readonly Bulletin[]): Promise<EngineRun> {
  const { default: MiniSearch } = await import('minisearch');
  const options = { fields: ['text'], idField: 'id', searchOptions: { prefix: true, fuzzy: 0.2 } };
  const meta = itemMeta(bulletins);
  type Mini = InstanceType<typeof MiniSearch<ItemDoc>>;
  let built: Mini | null = null;
  let parsed: unknown = null;
  let loaded: Mini | null = null;
  return {
    name: 'minisearch',
    build: () => {
      const engine = new MiniSearch<ItemDoc>(options);
      engine.addAll(bulletins.flatMap(itemDocs));
      built = engine;
    },
    serialize: () => JSON.stringify(required(built)),
    dropBuilt: () => {
      built = null;
    },
    parse: (json) => {
      parsed = JSON.parse(json);
    },
    load: () => {
      loaded = MiniSearch.loadJS<ItemDoc>(parsed as Parameters<typeof MiniSearch.loadJS>[0], options);
      parsed = null;
    },
    search: (query) => {
      if (query.mini === null) return null;
      const filter = hasFilters(query)
        ? (r: { id: string }) => passesFilters(query.query, required(meta.get(r.id)))
        : undefined;
      return required(loaded).search(query.mini, { filter, combineWith: query.miniAll ? 'AND' : 'OR' })
        .length;
    },
    changeOne: (index, changed) => {
      const engine = required(loaded);
      const before = required(bulletins[index]);
      for (let i = 0; i < before.items.length; i++) engine.discard(`${before.file}#${i}`);
      engine.addAll(itemDocs(changed));
      changed.items.forEach((item, i) =>
        meta.set(`${changed.file}#${i}`, { region: item.region, kind: item.kind, date: changed.date }),
      );
    },
    release: () => {
      built = null;
      parsed = null;
      loaded = null;
    },
  };
}

function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('bench: engine step run out of order');
  return value;
}
