// The mailbox part of `npm run bench`: a generated mbox of the size asked for (default 2 GB; mostly other
// mail, 2 % bulletins, one message in ten with a photo attached), read as the app reads it, in a fresh
// process so that its peak memory is the reading's own. Reports throughput from a warm cache (the file was
// just written), peak RSS, and the time to read it again after one message was appended.
//
//   npm run bench -- --mailbox-mb 2048      (0 skips it)
//   tsx test/bench/mailbox-bench.ts --child <file> <stateDir>   (what the bench runs)
import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateMessage, writeMailbox } from './generate-mailbox';

export interface MailboxBenchResult {
  bytes: number;
  messages: number;
  bulletinsWritten: number;
  bulletinsFound: number;
  readS: number;
  cpuS: number;
  mbPerS: number;
  peakRssMB: number;
  appendedReadS: number;
  appendedCpuS: number;
  appendedBytesRead: number;
  /** The machine's load average while reading (a shared machine's wall times depend on it). */
  loadAverage: number;
}

interface ChildResult {
  readS: number;
  cpuS: number;
  messages: number;
  bulletins: number;
  bytesFrom: number;
  peakRssMB: number;
}

/** In the child: one read of the mailbox (with the state kept in `stateDir`), measured. */
async function child(file: string, stateDir: string): Promise<void> {
  const { readMailboxFile } = await import('../../electron/core/mailbox/read-mailbox');
  let bytesFrom = -1;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const read = await readMailboxFile(path.dirname(file), path.basename(file), {
    stateDir,
    onProgress: (p) => {
      if (bytesFrom < 0) bytesFrom = p.bytesDone;
    },
  });
  const readS = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const result: ChildResult = {
    readS,
    cpuS: (used.user + used.system) / 1e6,
    messages: read.mailboxCounts.messages,
    bulletins: read.mailboxCounts.bulletins,
    bytesFrom,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function runChild(file: string, stateDir: string): Promise<ChildResult> {
  const self = fileURLToPath(import.meta.url);
  const tsx = path.join(path.dirname(self), '../../node_modules/tsx/dist/cli.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [tsx, self, '--child', file, stateDir], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as ChildResult;
}

export async function benchMailbox(
  megabytes: number,
  log: (line: string) => void,
): Promise<MailboxBenchResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pd-bench-mailbox-'));
  try {
    const file = path.join(dir, 'All mail Including Spam and Trash.mbox');
    log(`writing a ${megabytes} MB mailbox…`);
    const made = await writeMailbox(file, megabytes * 1e6, { bulletinShare: 0.02 });
    const stateDir = path.join(dir, 'state');
    log(`reading it (${made.messages.toLocaleString('en')} messages)…`);
    const first = await runChild(file, stateDir);
    const size = (await stat(file)).size;
    await appendFile(file, generateMessage(made.messages, { bulletinShare: 1 }).entry);
    const again = await runChild(file, stateDir);
    return {
      bytes: size,
      messages: first.messages,
      bulletinsWritten: made.bulletins,
      bulletinsFound: first.bulletins,
      readS: first.readS,
      cpuS: first.cpuS,
      mbPerS: size / 1e6 / first.readS,
      peakRssMB: first.peakRssMB,
      appendedReadS: again.readS,
      appendedCpuS: again.cpuS,
      loadAverage: os.loadavg()[0] ?? 0,
      appendedBytesRead: size + 0 - again.bytesFrom,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function printMailbox(r: MailboxBenchResult): void {
  process.stdout.write(
    [
      '',
      `Mailbox (mbox, ${(r.bytes / 1e9).toFixed(2)} GB, ${r.messages.toLocaleString('en')} messages, ${r.bulletinsWritten} bulletins written)`,
      `  read: ${r.readS.toFixed(1)} s = ${r.mbPerS.toFixed(0)} MB/s (processor ${r.cpuS.toFixed(1)} s), peak RSS ${r.peakRssMB.toFixed(0)} MB, ${r.bulletinsFound} bulletins found`,
      `  one message appended: read again in ${r.appendedReadS.toFixed(2)} s (processor ${r.appendedCpuS.toFixed(2)} s, ${(r.appendedBytesRead / 1e3).toFixed(0)} KB read)`,
      `  (load average ${r.loadAverage.toFixed(1)} while measured)`,
      '',
    ].join('\n'),
  );
}

if (process.argv[2] === '--child') {
  child(process.argv[3] as string, process.argv[4] as string).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
} else if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const mb = Number(process.argv[2] ?? 2048);
  benchMailbox(mb, (line) => process.stderr.write(`${line}\n`))
    .then((r) => {
      printMailbox(r);
      process.stdout.write(`MAILBOX_JSON ${JSON.stringify(r)}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
