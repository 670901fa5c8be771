// Files whose reading the parse pool had to stop (too long, too much memory, a crashed reader), remembered
// per library folder by size and modification time in the app's data folder, so that the next start
// names them again at once instead of spending the time (and the memory) to find out again. A file that
// changes is read again; the user's "Try again" (LoadJob.tryAgain) forgets it first. Written atomically
// at once (a start cut short still remembers), in `<userData>/stopped-files/<folder key>.json`.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Problem } from '../../../shared/model';
import { readJsonWithRecovery, writeJsonAtomic } from './atomic-file';
import type { FileEntry, FileRead } from './scan-folder';

export const STOPPED_FOLDER = 'stopped-files';
const FORMAT = 1;

interface Remembered {
  size: number;
  mtimeMs: number;
  problem: Problem;
}

interface StoppedFile {
  format: number;
  root: string;
  files: Record<string, Remembered>;
}

export interface StoppedFiles {
  /** The problem remembered for this file as it is now (same size and time), or null. */
  recall(entry: FileEntry): Problem | null;
  /** Remembers (a problem with `stopped`) or forgets (null) the file; saved at once. */
  set(entry: FileEntry, problem: Problem | null): void;
  forget(file: string): void;
  /** Every save asked for so far is on disk (or failed: the memory only saves time). */
  saved(): Promise<void>;
}

export function stoppedFilesPath(userDataDir: string, root: string): string {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  return path.join(userDataDir, STOPPED_FOLDER, `${key}.json`);
}

function check(root: string) {
  return (raw: unknown): StoppedFile => {
    const value = raw as Partial<StoppedFile> | null;
    if (!value || value.format !== FORMAT || value.root !== root || typeof value.files !== 'object') {
      throw new Error('not this folder');
    }
    const files: Record<string, Remembered> = {};
    for (const [file, r] of Object.entries(value.files ?? {})) {
      const ok =
        r &&
        typeof r.size === 'number' &&
        typeof r.mtimeMs === 'number' &&
        typeof r.problem?.error === 'string' &&
        ['time', 'memory', 'crash'].includes(r.problem?.stopped as string);
      if (ok) files[file] = { size: r.size, mtimeMs: r.mtimeMs, problem: { ...r.problem, file } };
    }
    return { format: FORMAT, root, files };
  };
}

export async function openStoppedFiles(userDataDir: string, root: string): Promise<StoppedFiles> {
  const file = stoppedFilesPath(userDataDir, root);
  const read = await readJsonWithRecovery(file, check(root), { onCorrupt: 'delete' }).catch(() => null);
  const files = new Map(Object.entries(read?.value?.files ?? {}));
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    const contents: StoppedFile = { format: FORMAT, root, files: Object.fromEntries(files) };
    writing = writing.then(() => writeJsonAtomic(file, contents).catch(() => undefined));
  };
  return {
    recall(entry) {
      const r = files.get(entry.file);
      return r && r.size === entry.size && r.mtimeMs === entry.mtimeMs ? { ...r.problem } : null;
    },
    set(entry, problem) {
      if (problem?.stopped) {
        files.set(entry.file, { size: entry.size, mtimeMs: entry.mtimeMs, problem: { ...problem } });
        save();
      } else if (files.delete(entry.file)) {
        save();
      }
    },
    forget(name) {
      if (files.delete(name)) save();
    },
    saved: () => writing,
  };
}

/**
 * Reads `entry` with `read`, unless its reading was stopped before and it has not changed since: then the
 * remembered problem, at once. A stopped read is remembered; a file read to the end is forgotten.
 */
export async function readRemembering(
  entry: FileEntry,
  read: (entry: FileEntry) => Promise<FileRead>,
  stopped: StoppedFiles | null,
  tryAgain = false,
): Promise<FileRead> {
  if (tryAgain) stopped?.forget(entry.file);
  const recalled = stopped?.recall(entry);
  if (recalled) return { bulletins: [], problems: [recalled] };
  const result = await read(entry);
  stopped?.set(entry, result.problems.find((p) => p.stopped) ?? null);
  return result;
}
