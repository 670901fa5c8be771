// Small stand-ins for the parser and the search engine, so the library's loading, caching and watching can
// be tested on temporary folders without depending on how bulletins are parsed or ranked. They count what
// they do: "a second start parses nothing" is asserted on these counters.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LibraryEvent } from '../../../../../shared/library-types';
import type { Bulletin, Problem } from '../../../../../shared/model';
import type { SearchQuery, SearchResult } from '../../../../../shared/search-types';
import type { LoaderDeps, SearchEngines } from '../../../../../electron/core/library/library-loader';
import { collectBulletins } from '../../../../../electron/core/library/library-loader';
import type { FileEntry } from '../../../../../electron/core/library/scan-folder';
import type { LibraryService } from '../../../../../electron/core/library/library-service';
import type { SearchEngine } from '../../../../../electron/core/search/search-engine';

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `pd-${prefix}-`));
}

export async function removeDirs(...dirs: string[]): Promise<void> {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}

/** Writes files (relative path → text) under `root`, creating sub-folders. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, ...rel.split('/'));
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text);
  }
}

/** A fake bulletin file: a date line, then one prayer item per line. */
export const fakeBulletin = (date: string, ...items: string[]) => `${date}\n${items.join('\n')}\n`;

/** Fake parser: '.txt' files; a file starting with 'BROKEN' gives a problem instead of a bulletin. */
export function fakeDeps() {
  const reads: string[] = [];
  const deps: LoaderDeps = {
    async listBulletinFiles(root) {
      const files: FileEntry[] = [];
      const walk = async (rel: string): Promise<void> => {
        for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
          const child = rel ? `${rel}/${entry.name}` : entry.name;
          if (entry.name.startsWith('.')) continue;
          if (entry.isDirectory()) await walk(child);
          else if (entry.isFile() && entry.name.endsWith('.txt')) {
            const info = await stat(path.join(root, child));
            files.push({ file: child, size: info.size, mtimeMs: info.mtimeMs });
          }
        }
      };
      await walk('');
      files.sort((a, b) => (a.file < b.file ? -1 : 1));
      return { files, problems: [] };
    },
    async readBulletinFile(root, entry) {
      reads.push(entry.file);
      const text = await readFile(path.join(root, entry.file), 'utf8');
      if (text.startsWith('BROKEN')) {
        const problems: Problem[] = [
          { file: entry.file, error: 'No prayer requests were found in this file.' },
        ];
        return { bulletins: [], problems };
      }
      const [date = '', ...lines] = text.split('\n');
      const bulletin: Bulletin = {
        file: entry.file,
        title: null,
        date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
        dateSource: 'text',
        scripture: null,
        items: lines
          .filter((line) => line.trim() !== '')
          .map((line) => ({
            region: 'Other',
            heading: null,
            kind: 'prayer',
            text: line,
            countries: [],
            pseudonyms: [],
          })),
        warnings: [],
      };
      return { bulletins: [bulletin], problems: [] };
    },
    createSearchEngine: (bulletins) => fakeEngine(bulletins),
  };
  return { deps, reads };
}

/**
 * Fake search: case-insensitive substring over item texts; its snapshot names the bulletins it indexed.
 * With `onUpdate`, it also updates in place (as SearchEngine.update), reporting each update.
 */
export function fakeEngine(
  indexed: readonly Bulletin[],
  onUpdate?: (changed: readonly Bulletin[], removed: readonly string[]) => void,
): SearchEngine {
  let bulletins = indexed;
  const engine: SearchEngine = {
    search(query: SearchQuery): SearchResult {
      const needle = query.text.toLowerCase();
      const hits = bulletins.flatMap((b) =>
        b.items.flatMap((item, itemIndex) =>
          needle && item.text.toLowerCase().includes(needle)
            ? [
                {
                  id: `${b.file}#${itemIndex}`,
                  file: b.file,
                  itemIndex,
                  date: b.date,
                  region: item.region,
                  kind: item.kind,
                  score: 1,
                  snippet: item.text,
                  snippetRanges: [],
                  text: item.text,
                  ranges: [],
                },
              ]
            : [],
        ),
      );
      return { total: hits.length, hits, didYouMean: [] };
    },
    serialize: () => ({ fake: 1, files: bulletins.map((b) => b.file) }),
  };
  if (onUpdate) {
    engine.update = (changed, removed) => {
      onUpdate(changed, removed);
      const gone = new Set([...removed, ...changed.map((b) => b.file)]);
      bulletins = collectBulletins([
        {
          file: '',
          size: 0,
          mtimeMs: 0,
          problems: [],
          bulletins: [...bulletins.filter((b) => !gone.has(b.file)), ...changed],
        },
      ]);
    };
  }
  return engine;
}

/**
 * Engines that count builds and loads; `load` refuses a snapshot that does not name these bulletins.
 * `updatable`: the engines update in place, and `updates` records each update's changed and removed files.
 */
export function fakeEngines(opts: { updatable?: boolean } = {}) {
  const counts = { created: 0, loaded: 0, refused: 0 };
  const updates: { changed: string[]; removed: string[] }[] = [];
  const onUpdate = opts.updatable
    ? (changed: readonly Bulletin[], removed: readonly string[]) =>
        updates.push({ changed: changed.map((b) => b.file), removed: [...removed] })
    : undefined;
  const engines: SearchEngines = {
    create(bulletins) {
      counts.created++;
      return fakeEngine(bulletins, onUpdate);
    },
    load(bulletins, snapshot) {
      const files = (snapshot as { fake?: number; files?: string[] } | null)?.files;
      if (JSON.stringify(files) !== JSON.stringify(bulletins.map((b) => b.file))) {
        counts.refused++;
        throw new Error('snapshot does not fit');
      }
      counts.loaded++;
      return fakeEngine(bulletins, onUpdate);
    },
  };
  return { engines, counts, updates };
}

/** Collects a service's events; `next` waits for the next (or an already seen, unclaimed) matching one. */
export function recordEvents(service: LibraryService) {
  const events: LibraryEvent[] = [];
  let claimed = 0;
  const waiters: { test: (e: LibraryEvent) => boolean; resolve: (e: LibraryEvent) => void }[] = [];
  service.onEvent((event) => {
    events.push(event);
    for (const waiter of [...waiters]) {
      if (waiter.test(event)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        claimed = events.length;
        waiter.resolve(event);
      }
    }
  });
  return {
    events,
    /** Resolves with the first matching event after the last one claimed. */
    next<T extends LibraryEvent['type']>(
      type: T,
      test: (e: Extract<LibraryEvent, { type: T }>) => boolean = () => true,
    ): Promise<Extract<LibraryEvent, { type: T }>> {
      const match = (e: LibraryEvent): e is Extract<LibraryEvent, { type: T }> =>
        e.type === type && test(e as Extract<LibraryEvent, { type: T }>);
      const seen = events.slice(claimed).findIndex(match);
      if (seen >= 0) {
        claimed += seen + 1;
        return Promise.resolve(events[claimed - 1] as Extract<LibraryEvent, { type: T }>);
      }
      return new Promise((resolve) =>
        waiters.push({ test: match, resolve: resolve as (e: LibraryEvent) => void }),
      );
    },
  };
}
