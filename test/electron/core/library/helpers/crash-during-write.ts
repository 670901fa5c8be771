// Run as a child process (node --import tsx): starts an atomic write and dies half-way through it, the way
// a power cut or a killed app would. write-file-atomic writes through the shared `fs` module, so the write is
// swapped for one that puts half the bytes into the temp file and then kills this process with SIGKILL
// (no exit handlers run: nothing gets to clean up).
//   crash-during-write.ts json <file>          writeJsonAtomic(file, <1 MB value>)
//   crash-during-write.ts settings <userData>  settings store: rememberFolder(<a long path>)
import fs from 'node:fs';
import { writeJsonAtomic } from '../../../../../electron/core/library/atomic-file';
import { openSettingsStore } from '../../../../../electron/core/library/settings-store';

function dieHalfWayThroughTheNextWrite(): void {
  const patched = fs as unknown as { write: (fd: number, data: unknown) => void };
  patched.write = (fd, data) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array);
    fs.writeSync(fd, bytes.subarray(0, Math.floor(bytes.length / 2)));
    process.kill(process.pid, 'SIGKILL');
  };
}

async function main(): Promise<void> {
  const [mode, target] = process.argv.slice(2);
  if (!target) throw new Error('usage: crash-during-write.ts json|settings <path>');
  if (mode === 'json') {
    dieHalfWayThroughTheNextWrite();
    await writeJsonAtomic(target, { version: 2, filler: 'x'.repeat(1_000_000) });
  } else {
    const store = await openSettingsStore(target);
    dieHalfWayThroughTheNextWrite();
    await store.rememberFolder(`/new/folder/${'x'.repeat(100_000)}`);
  }
  // Reaching this line means the write was not interrupted: the test fails on the exit code.
  process.exitCode = 3;
}

void main();
