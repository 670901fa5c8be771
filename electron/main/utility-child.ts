// The parse pool's children in the app: Electron's utilityProcess (a Node process Electron starts and
// owns, able to read from app.asar for the bundled samples), running dist-electron/parse-child.cjs with a
// V8 heap cap. The pool itself (electron/core/library/parse-pool.ts) is the same as in the CLI and tests;
// only how a child starts differs, and it is injected through LibraryServiceOptions.spawnParser.
import { utilityProcess } from 'electron';
import type { ChildExit, ParseReply, SpawnChild } from '../core/library/parse-pool';
import { stderrTail } from '../core/library/parse-pool';

export function utilityChild(entry: string): SpawnChild {
  return ({ heapMb }) => {
    const child = utilityProcess.fork(entry, [], {
      execArgv: [`--max-old-space-size=${heapMb}`],
      serviceName: 'Prayer Desk file reader',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const tail = stderrTail();
    child.stderr?.on('data', (chunk: Buffer) => tail.add(chunk));
    // Messages wait until the process is up (the pool sends the first file at once).
    let spawned = false;
    const queued: unknown[] = [];
    child.once('spawn', () => {
      spawned = true;
      for (const message of queued.splice(0)) child.postMessage(message);
    });
    let exited = false;
    const exitListeners: ((exit: ChildExit) => void)[] = [];
    child.once('exit', (code: number) => {
      exited = true;
      const exit: ChildExit = { code, signal: null, outOfMemory: tail.outOfMemory() };
      for (const listener of exitListeners) listener(exit);
    });
    return {
      send(request) {
        if (exited) return;
        if (spawned) child.postMessage(request);
        else queued.push(request);
      },
      onMessage(listener) {
        child.on('message', (reply: unknown) => listener(reply as ParseReply));
      },
      onExit(listener) {
        exitListeners.push(listener);
      },
      kill() {
        if (!exited) child.kill();
      },
    };
  };
}
