// The app's parse children (electron/main/utility-child.ts): Electron's utilityProcess, faked. Messages
// wait for the process to be up, replies and exits reach the pool, and a child that says it ran out of
// heap is told apart from one that crashed.
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createParsePool } from '../../../electron/core/library/parse-pool';
import { utilityChild } from '../../../electron/main/utility-child';

class FakeUtility extends EventEmitter {
  stderr = new PassThrough();
  sent: unknown[] = [];
  killed = false;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  kill() {
    this.killed = true;
    this.emit('exit', 137);
    return true;
  }
}

const electron = vi.hoisted(() => ({ children: [] as unknown[], options: [] as unknown[] }));
vi.mock('electron', () => ({
  utilityProcess: {
    fork: (_entry: string, _args: string[], options: unknown) => {
      const child = new FakeUtility();
      electron.children.push(child);
      electron.options.push(options);
      return child;
    },
  },
}));

const entry = { file: 'a.txt', size: 10, mtimeMs: 1 };
const lastChild = () => electron.children.at(-1) as FakeUtility;

describe('utilityChild', () => {
  it('starts children with the heap cap, sends once spawned, and hands replies to the pool', async () => {
    const pool = createParsePool({ spawn: utilityChild('/app/parse-child.cjs'), concurrency: 1 });
    const reading = pool.read('/lib', entry);
    const child = lastChild();
    expect(electron.options.at(-1)).toMatchObject({ execArgv: ['--max-old-space-size=384'] });
    expect(child.sent).toEqual([]);
    child.emit('spawn');
    expect(child.sent).toEqual([{ id: 0, root: '/lib', entry }]);
    child.emit('message', { type: 'ready' });
    child.emit('message', { type: 'read', id: 0, read: { bulletins: [], problems: [] } });
    await expect(reading).resolves.toEqual({ bulletins: [], problems: [] });
    pool.close();
  });

  it('names the file a child was on when it ran out of heap', async () => {
    const pool = createParsePool({ spawn: utilityChild('/app/parse-child.cjs'), concurrency: 1 });
    const reading = pool.read('/lib', entry);
    const child = lastChild();
    child.emit('spawn');
    child.emit('message', { type: 'ready' });
    child.stderr.write('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n');
    await new Promise((resolve) => setImmediate(resolve));
    child.emit('exit', 133);
    const read = await reading;
    expect(read.problems).toEqual([
      {
        file: 'a.txt',
        error: expect.stringMatching(/needs more memory than a bulletin can/),
        stopped: 'memory',
      },
    ]);
    pool.close();
  });
});
