import { describe, expect, it } from 'vitest';
import type { FileReader } from '../../../../electron/core/library/read-pool';
import { readAll } from '../../../../electron/core/library/read-pool';
import type { FileEntry, FileRead } from '../../../../electron/core/library/scan-folder';

const entries: FileEntry[] = Array.from({ length: 200 }, (_, i) => ({
  file: `${i}.txt`,
  size: 1,
  mtimeMs: 0,
}));
const none: FileRead = { bulletins: [], problems: [] };

describe('readAll', () => {
  it('reads every file once, with every reader', async () => {
    const byReader = new Map<string, string[]>();
    const reader = (name: string, lanes: number): FileReader => ({
      lanes,
      read: async (entry) => {
        byReader.set(name, [...(byReader.get(name) ?? []), entry.file]);
        await new Promise((resolve) => setImmediate(resolve));
        return none;
      },
    });
    const done: number[] = [];
    await readAll(entries, [reader('own', 2), reader('helper', 3)], (index) => done.push(index));
    expect(done.sort((a, b) => a - b)).toEqual(entries.map((_, i) => i));
    expect(byReader.get('own')!.length + byReader.get('helper')!.length).toBe(entries.length);
  });

  it('leaves files for the helpers when this thread reads directly (its reads settle at once)', async () => {
    let own = 0;
    let helper = 0;
    const direct: FileReader = { lanes: 1, read: () => (own++, Promise.resolve(none)) };
    // A helper thread answers through a message: in a later turn of the event loop.
    const thread: FileReader = {
      lanes: 4,
      read: () => new Promise((resolve) => setImmediate(() => (helper++, resolve(none)))),
    };
    await readAll(entries, [direct, thread], () => undefined);
    expect(own + helper).toBe(entries.length);
    expect(helper).toBeGreaterThan(entries.length / 2);
  });

  it('stops handing out files once cancelled, and rejects with the reason', async () => {
    const controller = new AbortController();
    let read = 0;
    const reader: FileReader = {
      lanes: 1,
      read: () => {
        if (++read === 10) controller.abort(new Error('stopped'));
        return Promise.resolve(none);
      },
    };
    await expect(readAll(entries, [reader], () => undefined, undefined, controller.signal)).rejects.toThrow(
      'stopped',
    );
    expect(read).toBe(10);
  });
});
