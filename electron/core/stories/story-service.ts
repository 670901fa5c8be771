// Stories across weeks (issue 8), as the handlers use them: threads and answers, the verse index, the
// country view and the praise digest, all derived from the library's bulletins. Plain Node, no Electron.
//
// Everything is derived lazily and kept until the library's bulletin array is replaced (the library
// service makes a new one on every change), so a search decorates its hits from memory.
// The user's link, unlink and confirm choices live in userData (./thread-choices-store.ts), never in the
// bulletin folder. How threads are found: ./thread-features.ts, ./thread-pairs.ts, ./thread-clusters.ts.
import type { BulletinSummary } from '../../../shared/library-types';
import type { Bulletin } from '../../../shared/model';
import type { SearchResult } from '../../../shared/search-types';
import { buildPraiseDigest } from '../../../shared/praise-digest';
import type {
  CountrySummary,
  CountryView,
  PraiseDigest,
  PraiseDigestOptions,
  ScriptureIndex,
  StoryMark,
  Thread,
} from '../../../shared/story-types';
import { buildCountryView, listCountries } from './country-view';
import { buildScriptureIndex } from './scripture-index';
import type { ThreadChoices } from './thread-choices';
import { addConfirmation, addLink, addUnlink } from './thread-choices';
import { createThreadChoicesStore, threadChoicesFile } from './thread-choices-store';
import type { ThreadBase, ThreadIndex } from './thread-index';
import {
  buildThreadIndex,
  buildThreadIndexInSteps,
  prepareThreads,
  prepareThreadsInSteps,
  storyMark,
  threadMemberIds,
  threadOfItem,
} from './thread-index';
import { createFeatureCache, runToEnd } from './thread-features';

export interface StoryService {
  /** null when the library has no such request. */
  thread(itemId: string): Thread | null;
  link(itemId: string, otherId: string): Promise<Thread>;
  unlink(itemId: string, threadItemId: string): Promise<Thread>;
  confirm(itemId: string): Promise<Thread>;
  /**
   * The marks of one bulletin's requests by item index (null: no such request); empty when the threads are
   * not built yet (never builds them: a 'stories' change follows once they are).
   */
  marksOf(file: string): (StoryMark | null)[];
  /** Adds `story` to each hit (when the threads are known; never delays a search to work them out). */
  markHits(result: SearchResult): SearchResult;
  /** Adds `answers` to each summary (when the threads are known). */
  markSummaries(summaries: BulletinSummary[]): BulletinSummary[];
  scriptureIndex(): ScriptureIndex;
  countries(): CountrySummary[];
  countryView(country: string): CountryView | null;
  praiseDigest(options: PraiseDigestOptions): PraiseDigest;
  /**
   * Called when answer marks became known or changed: the threads were built in the background after
   * unmarked answers went out, or the user linked, unlinked or confirmed. Returns an unsubscribe function.
   */
  onChange(listener: () => void): () => void;
}

export interface StoryServiceOptions {
  /** The library's bulletins now (LibraryService.allBulletins). */
  bulletins(): readonly Bulletin[];
  /** The app's user-data folder: the user's thread choices are kept in it. */
  userDataDir: string;
  /**
   * Told, in plain words, when the saved thread choices were damaged (set aside, started over) or when
   * building the threads in the background failed. Default: nothing.
   */
  onProblem?(message: string): void;
}

/** What is derived from one bulletin array; dropped as soon as the library gives a new one. */
interface Derived {
  source: readonly Bulletin[];
  base?: ThreadBase;
  /** The features and pairs being worked out in the background, a slice at a time. */
  building?: Generator<void, ThreadBase>;
  /** The threads being worked out in the background for these choices, a slice at a time. */
  indexing?: { choices: ThreadChoices; steps: Generator<void, ThreadIndex> };
  threads?: ThreadIndex;
  scripture?: ScriptureIndex;
  countries?: CountrySummary[];
  /** Country views of `threads` (their answer statuses depend on the user's choices too). */
  countryViews?: { threads: ThreadIndex; views: Map<string, CountryView | null> };
}

/** A request the user acted on is not in the library (any more). */
export class StoryRequestError extends Error {
  override name = 'StoryRequestError';
}

const GONE = 'That request is no longer in the library. Reload the library and try again.';
/** Longest stretch of background thread building before the event loop gets its turn. */
const SLICE_MS = 15;

export async function createStoryService(options: StoryServiceOptions): Promise<StoryService> {
  const report = options.onProblem ?? (() => undefined);
  const store = createThreadChoicesStore({ file: threadChoicesFile(options.userDataDir) });
  const loaded = await store.load();
  if (loaded.problem !== null) report(loaded.problem);
  let choices: ThreadChoices = loaded.choices;
  let derived: Derived | null = null;
  // Unchanged bulletins are not read again when the library changes (the cache holds them weakly).
  const featureCache = createFeatureCache();

  const current = (): Derived => {
    const source = options.bulletins();
    if (derived?.source !== source) derived = { source };
    return derived;
  };

  /** The threads of the library as it is now, built if need be (finishing a background build at once). */
  const threads = (): ThreadIndex => {
    const d = current();
    if (d.base === undefined) {
      d.base = d.building ? runToEnd(d.building) : prepareThreads(d.source, featureCache);
      d.building = undefined;
    }
    if (d.threads?.choices !== choices) {
      const firstForLibrary = d.threads === undefined;
      const indexing = d.indexing?.choices === choices ? d.indexing.steps : undefined;
      d.indexing = undefined;
      d.threads = indexing ? runToEnd(indexing) : buildThreadIndex(d.base, choices);
      // Whoever built them (the background or a request that could not wait), the marks are news for
      // lists already sent without them. A change of choices is announced by `save`.
      if (firstForLibrary) setImmediate(notify);
    }
    return d.threads;
  };

  /** The threads when they are already built for the library as it is now; never builds. */
  const builtThreads = (): ThreadIndex | null => {
    const d = derived;
    if (!d || d.source !== options.bulletins() || d.threads?.choices !== choices) return null;
    return d.threads;
  };

  // Marks never make a search wait: without built threads, the answer goes out unmarked and the threads
  // are built in the background, a slice of a few milliseconds at a time between the app's other work
  // (at 10,000 bulletins it is seconds of work: the main process must keep answering meanwhile).
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // A failing listener (a closed window) must not stop the others.
      }
    }
  };
  let buildQueued = false;
  const buildSoon = (): void => {
    if (buildQueued) return;
    buildQueued = true;
    setImmediate(buildSlice);
  };
  const buildSlice = (): void => {
    buildQueued = false;
    try {
      const d = current();
      if (d.base === undefined) {
        d.building ??= prepareThreadsInSteps(d.source, featureCache);
        const until = performance.now() + SLICE_MS;
        let step = d.building.next();
        while (!step.done && performance.now() < until) step = d.building.next();
        if (!step.done) {
          buildSoon();
          return;
        }
        d.base = step.value;
        d.building = undefined;
        buildSoon();
        return;
      }
      // Then the threads themselves, a slice at a time too (thousands of pairs joined, answers read).
      if (d.threads?.choices !== choices) {
        if (d.indexing?.choices !== choices)
          d.indexing = { choices, steps: buildThreadIndexInSteps(d.base, choices) };
        const until = performance.now() + SLICE_MS;
        let step = d.indexing.steps.next();
        while (!step.done && performance.now() < until) step = d.indexing.steps.next();
        if (!step.done) {
          buildSoon();
          return;
        }
        d.indexing = undefined;
        const firstForLibrary = d.threads === undefined;
        d.threads = step.value;
        if (firstForLibrary) setImmediate(notify);
        return;
      }
      threads();
    } catch (error) {
      report(`The threads of the library could not be worked out (${messageOf(error)}).`);
    }
  };

  // Choices are made one after another, each saved before the next is worked out.
  let queue: Promise<unknown> = Promise.resolve();
  const choose = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const save = async (next: ThreadChoices): Promise<void> => {
    await store.save(next);
    choices = next;
    setImmediate(notify);
  };
  const requireThread = (itemId: string): Thread => {
    const thread = threadOfItem(threads(), itemId);
    if (!thread) throw new StoryRequestError(GONE);
    return thread;
  };

  return {
    thread: (itemId) => threadOfItem(threads(), itemId),

    link: (itemId, otherId) =>
      choose(async () => {
        const index = threads();
        const mine = threadMemberIds(index, itemId);
        const theirs = threadMemberIds(index, otherId);
        if (mine.length === 0 || theirs.length === 0) throw new StoryRequestError(GONE);
        if (itemId !== otherId) await save(addLink(choices, itemId, otherId, mine, theirs));
        return requireThread(itemId);
      }),

    unlink: (itemId, threadItemId) =>
      choose(async () => {
        const index = threads();
        const members = threadMemberIds(index, threadItemId);
        if (members.length === 0 || !index.base.features.byId.has(itemId)) throw new StoryRequestError(GONE);
        if (itemId !== threadItemId) await save(addUnlink(choices, itemId, members));
        return requireThread(threadItemId);
      }),

    confirm: (itemId) =>
      choose(async () => {
        const members = threadMemberIds(threads(), itemId);
        if (members.length === 0) throw new StoryRequestError(GONE);
        await save(addConfirmation(choices, members));
        return requireThread(itemId);
      }),

    markHits(result) {
      const index = builtThreads();
      if (!index) {
        buildSoon();
        return result;
      }
      return {
        ...result,
        hits: result.hits.map((hit) => {
          const story = storyMark(index, hit.id);
          return story ? { ...hit, story } : hit;
        }),
      };
    },

    marksOf(file) {
      const index = builtThreads();
      if (!index) {
        buildSoon();
        return [];
      }
      const bulletin = options.bulletins().find((candidate) => candidate.file === file);
      return (bulletin?.items ?? []).map((_item, itemIndex) => storyMark(index, `${file}#${itemIndex}`));
    },

    markSummaries(summaries) {
      const index = builtThreads();
      if (!index) {
        buildSoon();
        return summaries;
      }
      return summaries.map((summary) => {
        const answers = index.answersByFile.get(summary.file);
        return answers ? { ...summary, answers: { ...answers } } : summary;
      });
    },

    scriptureIndex() {
      const d = current();
      d.scripture ??= buildScriptureIndex(d.source);
      return d.scripture;
    },

    countries() {
      const d = current();
      d.countries ??= listCountries(d.source);
      return d.countries;
    },

    countryView(country) {
      const index = threads();
      const d = current();
      if (d.countryViews?.threads !== index) d.countryViews = { threads: index, views: new Map() };
      const views = d.countryViews.views;
      if (!views.has(country)) {
        const statusOf = (itemId: string) => storyMark(index, itemId)?.status ?? null;
        views.set(country, buildCountryView(d.source, country, statusOf));
      }
      return views.get(country) ?? null;
    },

    praiseDigest: (digestOptions) => buildPraiseDigest(current().source, digestOptions),

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
