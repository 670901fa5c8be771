// Entry of a parse-pool child process (parse-pool.ts): reads and parses the files it is sent, one after
// another, and answers each. Runs under child_process.fork (the CLI, tests) or Electron's utilityProcess
// (the app), with a V8 heap cap; the parent kills it when a file takes too long. One file at a time, in the
// order sent: the parent then knows which file a child was on when it died.
// The shell's build bundles this file to dist-electron/parse-child.cjs; tests run the source through tsx.
import type { ParseReply, ParseRequest } from './parse-pool';
import { readBulletinFile } from './scan-folder';

interface UtilityParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Electron's utilityProcess gives `process.parentPort`; a forked Node child has `process.send`. */
function channel(): { post(reply: ParseReply): void; listen(cb: (request: ParseRequest) => void): void } {
  const utility = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
  if (utility) {
    return {
      post: (reply) => utility.postMessage(reply),
      listen: (cb) => utility.on('message', (event) => cb(event.data as ParseRequest)),
    };
  }
  if (!process.send) throw new Error('parse-child must run as a child process.');
  return {
    post: (reply) => process.send?.(reply),
    listen: (cb) => process.on('message', (request) => cb(request as ParseRequest)),
  };
}

function main(): void {
  const port = channel();
  const queue: ParseRequest[] = [];
  let busy = false;
  const next = async () => {
    if (busy) return;
    busy = true;
    try {
      for (let request = queue.shift(); request; request = queue.shift()) {
        // The child reads the file itself, directly: it is on a thread of its own, and nothing else waits.
        const read = await readBulletinFile(request.root, request.entry, { direct: true });
        port.post({ type: 'read', id: request.id, read });
      }
    } finally {
      busy = false;
    }
  };
  port.listen((request) => {
    queue.push(request);
    void next();
  });
  // The parent ends us when it is gone; with fork the channel closes, and an orphan must not stay behind.
  process.on('disconnect', () => process.exit(0));
  port.post({ type: 'ready' });
}

main();
