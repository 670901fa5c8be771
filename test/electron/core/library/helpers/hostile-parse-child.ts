// A parse child (as electron/core/library/parse-child.ts) that misbehaves on cue, by file name: hang-*
// never returns, oom-* fills its heap until V8 gives up, crash-* exits; every other file is read for real.
// Lets the parse pool's tests show what happens when a reader loops, runs out of memory or crashes.
// With PD_PARSE_LOG set, every file it is asked to read is appended to that file, one a line: a test can
// then show which files were parsed at all.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { ParseReply, ParseRequest } from '../../../../../electron/core/library/parse-pool';
import { readBulletinFile } from '../../../../../electron/core/library/scan-folder';

const send = (reply: ParseReply) => process.send?.(reply);
const queue: ParseRequest[] = [];
let busy = false;

async function next(): Promise<void> {
  if (busy) return;
  busy = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    const name = path.basename(request.entry.file);
    if (process.env.PD_PARSE_LOG) appendFileSync(process.env.PD_PARSE_LOG, `${request.entry.file}\n`);
    if (name.startsWith('hang')) for (;;);
    if (name.startsWith('oom')) {
      const kept: number[][] = [];
      for (;;) kept.push(new Array<number>(1 << 16).fill(Math.random()));
    }
    if (name.startsWith('crash')) process.exit(3);
    send({ type: 'read', id: request.id, read: await readBulletinFile(request.root, request.entry) });
  }
  busy = false;
}

process.on('message', (request) => {
  queue.push(request as ParseRequest);
  void next();
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
