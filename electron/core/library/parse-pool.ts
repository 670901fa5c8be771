// Every file from the library folder is read and parsed in a child process that can be stopped: the
// readers (pdf.js, mammoth, the e-mail and HTML parsers) and the parser run on untrusted bytes, and a
// file built to make them loop or fill memory must cost that one file, never the library. The pool keeps
// a few children (read-limits.ts: how many, how long, how much heap), gives each at most PIPELINE files
// at a time (one being read, the next already waiting, so no child idles between files), and times the
// file a child is on. A child that runs past the time limit is killed; one that dies (out of heap, a
// crash) is gone; either way the file it was on is named as a problem in plain words, the files queued
// behind it go to another child, and a fresh child takes its place.
//
// How a child is started is injected (SpawnChild): child_process.fork in the CLI and tests
// (forkChild, below), Electron's utilityProcess in the app (electron/main/utility-child.ts). Both run
// parse-child.ts (bundled as dist-electron/parse-child.cjs).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../../shared/model';
import type { ReadLimits } from './read-limits';
import { readLimitsFor, readerCount } from './read-limits';
import type { FileEntry, FileRead } from './scan-folder';

/** Parent to child: read this file. */
export interface ParseRequest {
  id: number;
  root: string;
  entry: FileEntry;
}
/** Child to parent: started and ready for files, or a file's result. */
export type ParseReply = { type: 'ready' } | { type: 'read'; id: number; read: FileRead };

/** How a child ended. */
export interface ChildExit {
  code: number | null;
  signal: string | null;
  /** It said it ran out of memory (V8's heap limit), as far as the parent could tell. */
  outOfMemory: boolean;
}

/** One child process as the pool sees it. */
export interface ChildPort {
  send(request: ParseRequest): void;
  onMessage(listener: (reply: ParseReply) => void): void;
  /** Called once, however the child ended (killed by the pool too). */
  onExit(listener: (exit: ChildExit) => void): void;
  kill(): void;
  /** A child with files to read keeps the process alive; an idle one must not (the CLI, a test). */
  setBusy?(busy: boolean): void;
}

export type SpawnChild = (options: { heapMb: number }) => ChildPort;

/** Why the pool stopped reading a file. */
export type StopReason = NonNullable<Problem['stopped']>;

export interface ParsePool {
  read(root: string, entry: FileEntry): Promise<FileRead>;
  /** Files the pool can have in flight at once (a caller keeps about this many asked for). */
  readonly lanes: number;
  /** Starts the children now (they take a moment to load the readers), for reads soon to come. */
  warmUp(): void;
  /** Ends every child; reads still waiting are answered with a problem. */
  close(): void;
}

export interface ParsePoolOptions {
  spawn: SpawnChild;
  /** Children at once; default read-limits' readerCount(). */
  concurrency?: number;
  /** Default read-limits' readLimitsFor. */
  limitsFor?: (file: string, size: number) => ReadLimits;
  /** An idle pool ends its children after this long (they hold the readers' memory); default 5 s. */
  idleMs?: number;
}

/** Files sent to a child before it finished the one it is on. */
const PIPELINE = 2;
/** A child that dies before it is ready this many times in a row means the reader cannot start at all. */
const MAX_FAILED_STARTS = 3;

interface Task {
  root: string;
  entry: FileEntry;
  limits: ReadLimits;
  resolve(read: FileRead): void;
}

interface Child {
  port: ChildPort;
  heapMb: number;
  ready: boolean;
  gone: boolean;
  /** Sent and not answered, in the order the child reads them: the first is the one being read. */
  inFlight: Map<number, Task>;
  timer: NodeJS.Timeout | null;
}

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const concurrency = Math.max(1, options.concurrency ?? readerCount());
  const limitsFor = options.limitsFor ?? readLimitsFor;
  const idleMs = options.idleMs ?? 5000;
  const children = new Set<Child>();
  const waiting: Task[] = [];
  let nextId = 0;
  let failedStarts = 0;
  let closed = false;
  let idleTimer: NodeJS.Timeout | null = null;

  const stopped = (task: Task, reason: StopReason): FileRead => ({
    bulletins: [],
    problems: [{ file: task.entry.file, error: stopMessage(reason, task.limits), stopped: reason }],
  });

  /** Times the file the child is on now (the first in flight), from when the child can start it. */
  const timeHead = (child: Child) => {
    if (child.timer) clearTimeout(child.timer);
    child.timer = null;
    const head = child.inFlight.values().next();
    if (!child.ready || head.done) return;
    const task = head.value;
    child.timer = setTimeout(() => {
      child.timer = null;
      end(child, { code: null, signal: 'timeout', outOfMemory: false }, 'time');
      child.port.kill();
    }, task.limits.timeMs);
  };

  /** The child is gone: its current file named, the files behind it handed to others. */
  const end = (child: Child, exit: ChildExit, reason?: StopReason) => {
    if (child.gone) return;
    child.gone = true;
    children.delete(child);
    if (child.timer) clearTimeout(child.timer);
    const tasks = [...child.inFlight.values()];
    child.inFlight.clear();
    if (!child.ready) {
      // It never started: no file is to blame. Try again, unless starting itself fails every time.
      failedStarts++;
      if (failedStarts >= MAX_FAILED_STARTS) {
        for (const task of [...tasks, ...waiting.splice(0)]) {
          task.resolve({
            bulletins: [],
            problems: [
              {
                file: task.entry.file,
                error: 'Prayer Desk could not start its file reader, so this file was not read.',
              },
            ],
          });
        }
        return;
      }
      waiting.unshift(...tasks);
    } else {
      const [head, ...rest] = tasks;
      waiting.unshift(...rest);
      if (head && !closed) head.resolve(stopped(head, reason ?? (exit.outOfMemory ? 'memory' : 'crash')));
    }
    pump();
  };

  const spawn = (heapMb: number): Child => {
    const child: Child = {
      port: options.spawn({ heapMb }),
      heapMb,
      ready: false,
      gone: false,
      inFlight: new Map(),
      timer: null,
    };
    children.add(child);
    child.port.onMessage((reply) => {
      if (child.gone) return;
      if (reply.type === 'ready') {
        child.ready = true;
        failedStarts = 0;
        timeHead(child);
        return;
      }
      const task = child.inFlight.get(reply.id);
      if (!task) return;
      child.inFlight.delete(reply.id);
      if (child.inFlight.size === 0) child.port.setBusy?.(false);
      timeHead(child);
      task.resolve(reply.read);
      pump();
    });
    child.port.onExit((exit) => end(child, exit));
    return child;
  };

  const send = (child: Child, task: Task) => {
    const id = nextId++;
    child.inFlight.set(id, task);
    child.port.send({ id, root: task.root, entry: task.entry });
    if (child.inFlight.size === 1) {
      child.port.setBusy?.(true);
      timeHead(child);
    }
  };

  const pump = () => {
    if (closed) return;
    while (waiting.length > 0) {
      const task = waiting[0] as Task;
      const fits = [...children].filter((c) => c.heapMb === task.limits.heapMb);
      const free = fits
        .filter((c) => c.inFlight.size < PIPELINE)
        .sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
      if (free && (free.inFlight.size === 0 || children.size >= concurrency)) {
        send(free, waiting.shift() as Task);
        continue;
      }
      if (children.size < concurrency) {
        send(spawn(task.limits.heapMb), waiting.shift() as Task);
        continue;
      }
      // A file that needs another heap size takes the place of an idle child of the wrong size.
      const idle = [...children].find((c) => c.inFlight.size === 0 && c.heapMb !== task.limits.heapMb);
      if (idle) {
        retire(idle);
        continue;
      }
      break;
    }
    scheduleIdle();
  };

  const retire = (child: Child) => {
    child.gone = true;
    children.delete(child);
    if (child.timer) clearTimeout(child.timer);
    child.port.kill();
  };

  const scheduleIdle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    const busy = waiting.length > 0 || [...children].some((c) => c.inFlight.size > 0);
    if (busy || children.size === 0 || closed) return;
    idleTimer = setTimeout(() => {
      idleTimer = null;
      for (const child of [...children]) if (child.inFlight.size === 0) retire(child);
    }, idleMs);
    idleTimer.unref();
  };

  return {
    lanes: concurrency * PIPELINE,
    read(root, entry) {
      return new Promise<FileRead>((resolve) => {
        if (closed) {
          resolve({ bulletins: [], problems: [{ file: entry.file, error: 'Prayer Desk was closing.' }] });
          return;
        }
        if (idleTimer) clearTimeout(idleTimer);
        idleTimer = null;
        waiting.push({ root, entry, limits: limitsFor(entry.file, entry.size), resolve });
        pump();
      });
    },
    warmUp() {
      if (closed) return;
      const heapMb = limitsFor('', 0).heapMb;
      while (children.size < concurrency) spawn(heapMb);
      scheduleIdle();
    },
    close() {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      for (const child of [...children]) {
        const tasks = [...child.inFlight.values()];
        retire(child);
        waiting.push(...tasks);
      }
      for (const task of waiting.splice(0)) {
        task.resolve({
          bulletins: [],
          problems: [{ file: task.entry.file, error: 'Prayer Desk was closing.' }],
        });
      }
    },
  };
}

/** The plain-words problem for a file the pool stopped. */
export function stopMessage(reason: StopReason, limits: ReadLimits): string {
  const retry = 'The other files were read. Choose "Try again" to read it once more.';
  switch (reason) {
    case 'time':
      return `This file took too long to read (more than ${Math.round(limits.timeMs / 1000)} seconds), so Prayer Desk stopped reading it. ${retry}`;
    case 'memory':
      return `This file needs more memory than a bulletin can, so Prayer Desk stopped reading it (it may be damaged or built to do harm). ${retry}`;
    case 'crash':
      return `Prayer Desk's reader stopped unexpectedly on this file (it may be damaged). ${retry}`;
  }
}

/** What V8 and Node write to stderr when a process runs out of heap. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed|ERR_WORKER_OUT_OF_MEMORY/i;

/** Keeps the end of a child's stderr (to tell running out of memory from other deaths). */
export function stderrTail(): { add(chunk: Buffer | string): void; outOfMemory(): boolean } {
  let tail = '';
  return {
    add(chunk) {
      tail = (tail + chunk.toString()).slice(-4096);
    },
    outOfMemory: () => OUT_OF_MEMORY.test(tail),
  };
}

/**
 * Children through child_process.fork: the CLI and tests. `entry` is parse-child.ts (run through tsx) or
 * the bundled parse-child.cjs.
 */
export function forkChild(entry: string | URL): SpawnChild {
  const file = entry instanceof URL ? fileURLToPath(entry) : entry;
  return ({ heapMb }) => {
    const execArgv = [`--max-old-space-size=${heapMb}`];
    if (file.endsWith('.ts')) execArgv.unshift('--import', 'tsx');
    const child = fork(file, [], {
      execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const tail = stderrTail();
    child.stderr?.on('data', (chunk: Buffer) => tail.add(chunk));
    const stderr = child.stderr as (NodeJS.ReadableStream & { ref?(): void; unref?(): void }) | null;
    const setBusy = (busy: boolean) => {
      if (busy) {
        child.ref();
        child.channel?.ref();
        stderr?.ref?.();
      } else {
        child.unref();
        child.channel?.unref();
        stderr?.unref?.();
      }
    };
    setBusy(false);
    const exited = new Promise<ChildExit>((resolve) => {
      let done = false;
      const finish = (code: number | null, signal: string | null) => {
        if (done) return;
        done = true;
        resolve({ code, signal, outOfMemory: tail.outOfMemory() });
      };
      child.once('exit', finish);
      child.once('error', () => finish(null, null));
    });
    return {
      send(request) {
        if (child.connected) child.send(request);
      },
      onMessage(listener) {
        child.on('message', (reply) => listener(reply as ParseReply));
      },
      onExit(listener) {
        void exited.then(listener);
      },
      kill() {
        child.kill('SIGKILL');
      },
      setBusy,
    };
  };
}
