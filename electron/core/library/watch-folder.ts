// Watches the library folder (chokidar) and reports, after a quiet moment, which files changed, so the
// library can update itself: a whole year of bulletins copied in at once becomes one update, not hundreds.
// Read-only: watching never writes anything into the folder.
import { watch } from 'chokidar';
import path from 'node:path';

export interface WatchOptions {
  /** Quiet time after the last event before reporting. */
  debounceMs: number;
  /** Longest wait while events keep coming (a long copy): report at least this often. Default 2 s. */
  maxWaitMs?: number;
  /** Paths relative to the folder, '/' separators, of files added, changed or removed. */
  onChange(files: string[]): void;
  onError(error: unknown): void;
}

export interface WatchHandle {
  /** Resolves once the initial scan is done: from then on no change is missed. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** As deep as scan-folder goes. */
const MAX_DEPTH = 64;

export function watchFolder(root: string, opts: WatchOptions): WatchHandle {
  const maxWaitMs = opts.maxWaitMs ?? 2000;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let firstEventAt = 0;
  let closed = false;

  const flush = () => {
    timer = null;
    if (closed || pending.size === 0) return;
    const files = [...pending];
    pending = new Set();
    opts.onChange(files);
  };

  const watcher = watch(root, {
    ignoreInitial: true,
    // Links are not followed: a link to a folder could lead outside the library or loop.
    followSymlinks: false,
    depth: MAX_DEPTH,
    // Report a file once it stops growing, not while a copy or a save is still writing it.
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 40 },
    // The same files scan-folder skips: hidden ones (.git, .DS_Store) and Word's '~$' lock files.
    ignored: (p: string) => {
      const rel = path.relative(root, p);
      return rel !== '' && rel.split(path.sep).some((part) => part.startsWith('.') || part.startsWith('~$'));
    },
  });

  watcher.on('all', (_event, changed) => {
    if (closed) return;
    const rel = path.relative(root, changed).split(path.sep).join('/');
    if (rel === '' || rel.startsWith('../')) return;
    if (pending.size === 0) firstEventAt = Date.now();
    pending.add(rel);
    if (timer) clearTimeout(timer);
    const waited = Date.now() - firstEventAt;
    timer = setTimeout(flush, Math.max(0, Math.min(opts.debounceMs, maxWaitMs - waited)));
  });
  watcher.on('error', (error) => {
    if (!closed) opts.onError(error);
  });

  let markClosing: () => void = () => undefined;
  const closing = new Promise<void>((resolve) => (markClosing = resolve));
  // A watcher closed before its scan finished must not leave anyone waiting.
  const ready = Promise.race([
    new Promise<void>((resolve) => watcher.once('ready', () => resolve())),
    closing,
  ]);

  return {
    ready,
    async close() {
      if (closed) return;
      closed = true;
      markClosing();
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
