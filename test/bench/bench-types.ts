import type { StoryBuildResult } from './story-bench';
// The shapes of benchmark options and results, shared by the harness, the printer and the JSON summary.
import type { AppResult } from './app-bench';
import type { CliBenchResult } from './cli-bench';
import type { ColdStartResult } from './cold-start';
import type { EngineName } from './engines';
import type { Category } from './queries';

export interface BenchOptions {
  sizes: number[];
  engines: EngineName[];
  seed: number;
  queriesPerCategory: number;
  budgetMs: number;
  refsMax: number;
  cold: boolean;
  /** Also measure the app's own paths (library service, bundled worker) for our engine. */
  app: boolean;
  keep: boolean;
  /** Also time a cold built-CLI search beside plain Lunr, at sizes up to 1,000 (cli-bench.ts). */
  cli: boolean;
  /** Size of the generated mailbox to read, in MB; 0: none. */
  mailboxMb?: number;
}

export interface QueryStats {
  n: number;
  p50: number;
  p95: number;
  /** Mean number of matching items per query (from the warm-up pass). */
  hits: number;
}

export interface EngineResult {
  skipped?: string;
  buildMs?: number;
  serializeMs?: number;
  sizeBytes?: number;
  jsonParseMs?: number;
  loadMs?: number;
  heapDeltaBytes?: number;
  /** Typed arrays live outside the JS heap: without this, a packed index would look free. */
  externalDeltaBytes?: number;
  rssBytes?: number;
  firstLoadMs?: number;
  changeOneMs?: number | null;
  changeFound?: boolean;
  cold?: ColdStartResult & { wallMs: number };
  queries?: Partial<Record<Category, QueryStats | null>>;
  /** Ours only: the app's own paths (app-bench.ts). */
  app?: AppResult;
}

export interface SizeResult {
  bulletins: number;
  files: number;
  items: number;
  textBytes: number;
  generateMs: number;
  readMs: number;
  parseMs: number;
  readParseMs: number;
  loadFolderMs: number | null;
  loadFolderBulletins: number | null;
  emptyFiles: number;
  itemCountAgreement: number;
  dateAgreement: number;
  engines: Partial<Record<EngineName, EngineResult>>;
  /** A cold `prayer-desk-cli search` beside plain Lunr reading, indexing and answering the same files. */
  cli?: CliBenchResult;
  /** Stories built by the story service in the main process's background (null when it failed). */
  storyBuild?: StoryBuildResult | null;
}
