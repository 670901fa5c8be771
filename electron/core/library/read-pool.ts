// Reads many files with several reads in flight: a parse pool's (parse-pool.ts: its child processes
// parse on every core), or this thread's own, so that file I/O overlaps parsing. Files are handed out one
// at a time to whichever lane is free, so a slow file (a large PDF) never holds up a share of the others.
import type { FileEntry, FileRead } from './scan-folder';

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export interface FileReader {
  read(entry: FileEntry): Promise<FileRead>;
  /** Reads it keeps in flight. */
  lanes: number;
}

/**
 * Reads `entries` with `readers`, calling `onStart` as a read begins and `onRead` as it completes (in
 * completion order). Stops handing out files once `signal` fires, and rejects with its reason.
 */
export async function readAll(
  entries: readonly FileEntry[],
  readers: readonly FileReader[],
  onRead: (index: number, read: FileRead) => void,
  onStart: (index: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const lane = async (reader: FileReader): Promise<void> => {
    while (next < entries.length) {
      signal?.throwIfAborted();
      const index = next++;
      onStart(index);
      onRead(index, await reader.read(entries[index] as FileEntry));
      // A reader that reads directly (scan-folder's FolderAccessOptions) settles without ever giving the
      // thread back: the answers of helper threads, and the messages this thread posts, would wait for
      // every file of its own. A turn of the event loop between files lets them through.
      await nextTurn();
    }
  };
  const lanes = readers.flatMap((reader) =>
    Array.from({ length: Math.max(1, reader.lanes) }, () => lane(reader)),
  );
  // Every lane is awaited even when one fails, so no read is left running behind the caller's back.
  const results = await Promise.allSettled(lanes);
  signal?.throwIfAborted();
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
