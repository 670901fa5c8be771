// Reads the prayer bulletins out of one mbox file, streaming: the file is read a megabyte at a time, cut
// into messages (mbox-splitter.ts), each message looked at cheaply (pick-bulletins.ts) and only the likely
// bulletins read with the e-mail reader and parsed. Memory stays bounded by one message, whatever the size
// of the mailbox (a Google Takeout export is often several gigabytes).
//
// The mailbox is the mail program's: it is opened read-only (no lock is taken: mail programs lock with
// their own lock files, which we never create), never written, and a mailbox that grew (new mail appended)
// is read again only from where it grew, with the help of a small state file kept in the app's data
// (`stateDir`): how far it was read and a fingerprint of the bytes just before.
//
// Hostile or damaged mail is skipped message by message, each with a problem in plain words: a message too
// large to be a bulletin, one with thousands of parts or nested hundreds deep, one whose text cannot be
// decoded, a file cut off in the middle of its last message.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { MailboxProgress, MailboxSummary } from '../../../shared/library-types';
import type { Bulletin, Problem } from '../../../shared/model';
import { readJsonFile, writeJsonAtomic } from '../library/atomic-file';
import { parseBulletin } from '../parse/parse-bulletin';
import { dateFromTime, findDate } from '../parse/parse-date';
import { emlReader } from '../readers/eml-reader';
import { ReadError } from '../readers/reader';
import type { SplitMessage } from './mbox-splitter';
import { MboxSplitter } from './mbox-splitter';
import type { MessageHead } from './message-head';
import { readHead } from './message-head';
import { isBulletin, knownSender, mayBeBulletin } from './pick-bulletins';
import { SameBulletins } from './same-bulletin';

/** What a mailbox held: shown as "412 prayer bulletins found in 18,904 messages". */
export type MailboxCounts = Omit<MailboxSummary, 'file'>;

export interface MailboxRead {
  bulletins: Bulletin[];
  problems: Problem[];
  mailboxCounts: MailboxCounts;
}

export interface ReadMailboxOptions {
  /** Where the state for reading a grown mailbox again is kept (the library's cache folder); none: none. */
  stateDir?: string;
  onProgress?: (progress: MailboxProgress) => void;
  /** Stops the reading (rejects with the signal's reason) between two chunks. */
  signal?: AbortSignal;
  /** Messages larger than this are skipped; default MAX_MESSAGE_BYTES. */
  maxMessageBytes?: number;
  /** How often a long read saves how far it got (with `stateDir`); default SAVE_EVERY_BYTES. */
  saveEveryBytes?: number;
  /** How often progress is reported at most; default PROGRESS_EVERY_MS. */
  progressEveryMs?: number;
}

/** Larger than any bulletin by far (as scan-folder's MAX_FILE_BYTES for a file); mail with big attachments. */
export const MAX_MESSAGE_BYTES = 20 * 1024 * 1024;
/** A real message has a few parts; a mailing-list digest perhaps a hundred. */
const MAX_PARTS = 1000;
/** Multipart containers inside one message: a forwarded forward has a handful. */
const MAX_MULTIPARTS = 64;
const CHUNK_BYTES = 1024 * 1024;
/** Individual problems listed per mailbox; the rest are counted in one line. */
const MAX_LISTED_PROBLEMS = 20;
/** Progress about this often (a bar does not need more). */
const PROGRESS_EVERY_MS = 200;
/** Bytes just before where a grown mailbox is read again from, whose fingerprint must be unchanged. */
const TAIL_BYTES = 4096;
const STATE_VERSION = 1;
/** How often a long read saves how far it got (a few seconds of reading). */
const SAVE_EVERY_BYTES = 256 * 1024 * 1024;

/** The id of the k-th bulletin (1-based) of message `n` of `mailbox`: "Inbox.mbox#msg-12", "…#msg-12.2". */
export function messageBulletinId(mailbox: string, n: number, k = 1): string {
  return `${mailbox}#msg-${n}${k >= 2 ? `.${k}` : ''}`;
}

interface SavedState {
  version: number;
  file: string;
  /** Where reading resumes: the start of the last message (read again: it may have been still arriving). */
  resumeAt: number;
  /** sha256 of the TAIL_BYTES before resumeAt, and of the file's first TAIL_BYTES. */
  tailHash: string;
  headHash: string;
  /** Messages before resumeAt. */
  messages: number;
  bulletins: Bulletin[];
  problems: Problem[];
  tallies: Tallies;
}

interface Committed {
  messages: number;
  bulletins: number;
  problems: number;
  tallies: Tallies;
}

interface Tallies {
  empty: number;
  tooLargeQuiet: number;
  unlisted: number;
}

/** Reads the bulletins of the mbox `file` (relative to `root`). Never throws but for a cancel. */
export async function readMailboxFile(
  root: string,
  file: string,
  options: ReadMailboxOptions = {},
): Promise<MailboxRead> {
  const fail = (error: string): MailboxRead => ({
    bulletins: [],
    problems: [{ file, error }],
    mailboxCounts: { messages: 0, bulletins: 0 },
  });
  let handle: FileHandle | null = null;
  try {
    const [realRoot, real] = await Promise.all([
      realpath(root),
      realpath(path.join(root, ...file.split('/'))),
    ]);
    const inside = path.relative(realRoot, real);
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
      return fail('This is a shortcut (link) to a file outside the folder; it was not read.');
    }
    // Read-only and non-blocking: a named pipe in its place cannot stall us, and nothing is locked.
    handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (!info.isFile()) return fail('This mailbox is not an ordinary file; it was not read.');
    return await readOpen(handle, file, info.size, options);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('This mailbox disappeared while it was being read.');
    if (code === 'EACCES' || code === 'EPERM')
      return fail('This mailbox could not be read (permission denied).');
    if (code === 'EBUSY') return fail('This mailbox could not be read (it is in use by another program).');
    return fail(
      `This mailbox could not be read (${code ?? (error instanceof Error ? error.message : String(error))}).`,
    );
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function readOpen(
  handle: FileHandle,
  file: string,
  size: number,
  options: ReadMailboxOptions,
): Promise<MailboxRead> {
  const maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const statePath = options.stateDir
    ? path.join(
        options.stateDir,
        `mailbox-${createHash('sha256').update(file).digest('hex').slice(0, 16)}.json`,
      )
    : null;
  const saved = statePath ? await resumable(handle, file, size, statePath) : null;

  const bulletins: Bulletin[] = saved ? [...saved.bulletins] : [];
  const problems: Problem[] = saved ? [...saved.problems] : [];
  const tallies: Tallies = saved ? { ...saved.tallies } : { empty: 0, tooLargeQuiet: 0, unlisted: 0 };
  let messages = saved?.messages ?? 0;
  const same = new SameBulletins();
  for (const b of bulletins) same.add(b);
  const start = saved?.resumeAt ?? 0;
  const splitter = new MboxSplitter({
    maxMessageBytes,
    startOffset: start,
    firstNumber: messages + 1,
  });

  const problem = (message: SplitMessage, head: MessageHead | null, why: string) => {
    if (problems.length >= MAX_LISTED_PROBLEMS) {
      tallies.unlisted++;
      return;
    }
    problems.push({ file, error: `${describe(message, head)}: ${why}` });
  };

  const take = async (message: SplitMessage) => {
    messages++;
    if (message.tooLarge) {
      const head = readHead(message.head);
      if (mayBeBulletin(head, message.head)) {
        problem(
          message,
          head,
          `it is too large to be a bulletin (over ${Math.round(maxMessageBytes / 1048576)} MB); it was skipped.`,
        );
      } else {
        tallies.tooLargeQuiet++;
      }
      return;
    }
    if (isBlank(message.bytes)) {
      tallies.empty++;
      return;
    }
    const head = readHead(message.bytes);
    if (!mayBeBulletin(head, message.bytes)) return;
    const why = hostile(message.bytes);
    if (why) {
      problem(message, head, why);
      return;
    }
    for (const bulletin of await readMessage(file, message, head, problem)) {
      if (same.seenOrAdd(bulletin)) continue;
      bulletins.push(bulletin);
    }
  };

  let bytesDone = start;
  let reported = 0;
  const report = (force = false) => {
    if (!options.onProgress) return;
    if (!force && performance.now() - reported < (options.progressEveryMs ?? PROGRESS_EVERY_MS)) return;
    reported = performance.now();
    options.onProgress({ file, bytesDone, bytesTotal: size, messages, bulletins: bulletins.length });
  };
  /** Saves how far the mailbox is read: the messages before `resumeAt` and what they gave. */
  const saveState = async (resumeAt: number, upTo: Committed) => {
    if (!statePath) return;
    const state: SavedState = {
      version: STATE_VERSION,
      file,
      resumeAt,
      tailHash: await hashRange(handle, Math.max(0, resumeAt - TAIL_BYTES), resumeAt),
      headHash: await hashRange(handle, 0, Math.min(resumeAt, TAIL_BYTES)),
      messages: upTo.messages,
      bulletins: bulletins.slice(0, upTo.bulletins),
      problems: problems.slice(0, upTo.problems),
      tallies: upTo.tallies,
    };
    // Only saves time next time: a failure to write it loses nothing.
    await writeJsonAtomic(statePath, state).catch(() => undefined);
  };
  const commit = (): Committed => ({
    messages,
    bulletins: bulletins.length,
    problems: problems.length,
    tallies: { ...tallies },
  });

  report(true);
  let position = start;
  let savedAt = start;
  while (position < size) {
    options.signal?.throwIfAborted();
    // A fresh buffer each time: the splitter keeps slices of it for the message it is gathering.
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size - position));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) break; // The mailbox was made shorter while we read: what is there is read.
    position += bytesRead;
    bytesDone = position;
    const complete = splitter.push(chunk.subarray(0, bytesRead));
    for (const message of complete) await take(message);
    report();
    // Now and then, how far it got: reading stopped (the user, the app closed) goes on from there.
    const reached = complete[complete.length - 1]?.end;
    if (reached !== undefined && reached - savedAt >= (options.saveEveryBytes ?? SAVE_EVERY_BYTES)) {
      savedAt = reached;
      await saveState(reached, commit());
    }
  }
  options.signal?.throwIfAborted();
  // Everything but the last message is final: a grown mailbox is read again from the last message on.
  const committed = commit();
  const last = splitter.end();
  let resumeAt = position;
  for (const message of last.messages) {
    resumeAt = message.start;
    if (last.endsInsideLine || cutOff(message)) {
      messages++;
      problem(
        message,
        message.tooLarge ? null : readHead(message.bytes),
        'it is cut off (the mailbox may still be being written, or was copied only in part); it was skipped.',
      );
    } else {
      await take(message);
    }
  }
  bytesDone = position;
  report(true);

  await saveState(resumeAt, committed);

  return {
    bulletins,
    problems: [...problems, ...summaryProblems(file, tallies, splitter.preamble, maxMessageBytes)],
    mailboxCounts: { messages, bulletins: bulletins.length },
  };
}

/** The saved state when it still fits the file (only appended to since), else null. */
async function resumable(
  handle: FileHandle,
  file: string,
  size: number,
  statePath: string,
): Promise<SavedState | null> {
  const read = await readJsonFile<SavedState>(statePath, (raw) => {
    const state = raw as SavedState;
    if (state?.version !== STATE_VERSION || state.file !== file) throw new Error('another state');
    if (!Array.isArray(state.bulletins) || !Array.isArray(state.problems)) throw new Error('bad state');
    return state;
  }).catch(() => null);
  const state = read && 'value' in read ? (read.value as SavedState) : null;
  if (!state || state.resumeAt > size || state.resumeAt <= 0) return null;
  const [tail, head] = await Promise.all([
    hashRange(handle, Math.max(0, state.resumeAt - TAIL_BYTES), state.resumeAt),
    hashRange(handle, 0, Math.min(state.resumeAt, TAIL_BYTES)),
  ]);
  return tail === state.tailHash && head === state.headHash ? state : null;
}

async function hashRange(handle: FileHandle, from: number, to: number): Promise<string> {
  const buffer = Buffer.alloc(Math.max(0, to - from));
  if (buffer.length > 0) await handle.read(buffer, 0, buffer.length, from);
  return createHash('sha256').update(buffer).digest('hex');
}

/** The bulletins one message holds (a digest or a thread may hold several), with where they came from. */
async function readMessage(
  file: string,
  message: SplitMessage,
  head: MessageHead,
  problem: (message: SplitMessage, head: MessageHead | null, why: string) => void,
): Promise<Bulletin[]> {
  let read;
  try {
    read = await emlReader.read({ file: `${file} message ${message.number}`, bytes: message.bytes });
  } catch (error) {
    if (error instanceof ReadError) {
      problem(message, head, 'it is damaged: its text could not be decoded; it was skipped.');
      return [];
    }
    problem(message, head, 'it could not be read; it was skipped.');
    return [];
  }
  const sentDay = dayOf(head.date, message.envelope);
  const sentMs = Date.parse(head.date);
  const organisation = knownSender(head.from);
  const found: Bulletin[] = [];
  read.documents.forEach((doc, i) => {
    const bulletin = parseBulletin(doc.text, {
      file: messageBulletinId(file, message.number, i + 1),
      // The message's time stands in for a file's: a date without a year takes the year it was sent.
      mtimeMs: Number.isFinite(sentMs) ? sentMs : NaN,
      titleHint: doc.titleHint,
    });
    if (!isBulletin(bulletin, head, doc.text)) return;
    useMessageDate(bulletin, sentDay);
    bulletin.warnings = [...new Set([...read.warnings, ...bulletin.warnings])].slice(0, 20);
    bulletin.encoding = read.encoding;
    if (organisation && bulletin.organisation === undefined) bulletin.organisation = organisation;
    bulletin.origin = {
      mailbox: file,
      message: message.number,
      subject: head.subject,
      sent: head.date,
      from: head.from,
    };
    found.push(bulletin);
  });
  // Numbered by what was kept: the first bulletin of a message has the plain id.
  found.forEach((b, k) => (b.file = messageBulletinId(file, message.number, k + 1)));
  return found;
}

/** The bulletin's own date, else the day the message was sent (dateSource 'message'). */
function useMessageDate(bulletin: Bulletin, sentDay: string | null): void {
  if (bulletin.dateSource !== 'file-time' && bulletin.date !== null) return;
  const yearless = bulletin.warnings.some((w) => w.startsWith('The date in the text has no year'));
  if (yearless && bulletin.date !== null) {
    bulletin.dateSource = 'message';
    bulletin.warnings = bulletin.warnings.map((w) =>
      w.startsWith('The date in the text has no year')
        ? 'The date in the text has no year; took the year the e-mail was sent.'
        : w,
    );
    return;
  }
  const fileTime = (w: string) =>
    w.startsWith('No date in the text or the file name') || w.startsWith('No date found in the text');
  bulletin.warnings = bulletin.warnings.filter((w) => !fileTime(w));
  if (sentDay) {
    bulletin.date = sentDay;
    bulletin.dateSource = 'message';
    bulletin.warnings.unshift('No date in the text; used the date the e-mail was sent.');
  } else {
    bulletin.date = null;
    bulletin.warnings.unshift('No date in the text, and the e-mail has no date either.');
  }
}

/** The sender's calendar day from the Date header as written, else from the "From " line. */
function dayOf(dateHeader: string, envelope: string): string | null {
  const written = findDate(dateHeader.slice(0, 200)).found?.iso;
  if (written) return written;
  const parsed = dateFromTime(Date.parse(dateHeader));
  if (parsed) return parsed;
  const asctime = /(\w{3})\s+(\d{1,2})\s+[\d:]+\s+(?:[+-]\d{4}\s+)?(\d{4})/.exec(envelope);
  return asctime ? dateFromTime(Date.parse(`${asctime[1]} ${asctime[2]} ${asctime[3]} 12:00 UTC`)) : null;
}

const CONTENT_TYPE = ['Content-Type:', 'content-type:', 'Content-type:', 'CONTENT-TYPE:'].map((w) =>
  Buffer.from(w, 'latin1'),
);
const MULTIPART = Buffer.from('multipart/', 'latin1');

/** Why a message is not to be taken apart (too many parts, nested too deep), or null. */
function hostile(bytes: Buffer): string | null {
  const parts = CONTENT_TYPE.reduce((sum, word) => sum + countOf(bytes, word, MAX_PARTS + 1), 0);
  if (parts > MAX_PARTS) {
    return `it has more than ${MAX_PARTS.toLocaleString('en')} parts, far more than any bulletin; it was skipped.`;
  }
  if (countOf(bytes, MULTIPART, MAX_MULTIPARTS + 1) > MAX_MULTIPARTS) {
    return 'its parts are nested inside each other too deeply to be a bulletin; it was skipped.';
  }
  return null;
}

function countOf(bytes: Buffer, word: Buffer, limit: number): number {
  let count = 0;
  for (let at = bytes.indexOf(word); at !== -1 && count < limit; at = bytes.indexOf(word, at + word.length)) {
    count++;
  }
  return count;
}

/** A multipart message whose closing boundary never comes was cut off. */
function cutOff(message: SplitMessage): boolean {
  if (message.tooLarge) return false;
  const head = message.bytes.toString('latin1', 0, Math.min(message.bytes.length, 16384));
  const boundary = /content-type:\s*multipart\/[\s\S]{0,400}?boundary\s*=\s*"?([^"\r\n;]+)"?/i.exec(
    head,
  )?.[1];
  return boundary !== undefined && message.bytes.indexOf(`--${boundary.trim()}--`, 0, 'latin1') === -1;
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x0a && b !== 0x0d && b !== 0x20 && b !== 0x09) return false;
  return true;
}

/** "Message 12 (“IJM Prayer Requests”, Sun, 3 Mar 2024)". */
function describe(message: SplitMessage, head: MessageHead | null): string {
  const subject = head?.subject ? `“${head.subject.slice(0, 80)}”` : '';
  const sent = head?.date ? head.date.slice(0, 40) : '';
  const about = [subject, sent].filter(Boolean).join(', ');
  return `Message ${message.number.toLocaleString('en')}${about ? ` (${about})` : ''}`;
}

function summaryProblems(file: string, tallies: Tallies, preamble: number, maxBytes: number): Problem[] {
  const lines: string[] = [];
  if (tallies.unlisted > 0) {
    lines.push(
      `…and ${tallies.unlisted.toLocaleString('en')} more messages in this mailbox could not be read.`,
    );
  }
  if (tallies.empty > 0) {
    lines.push(
      `${tallies.empty.toLocaleString('en')} "From " lines in this mailbox had no message after them; they were skipped.`,
    );
  }
  if (tallies.tooLargeQuiet > 0) {
    lines.push(
      `${tallies.tooLargeQuiet.toLocaleString('en')} messages larger than ${Math.round(maxBytes / 1048576)} MB (mail with large attachments) were not read; a bulletin is never that large.`,
    );
  }
  if (preamble > 0) {
    lines.push('The start of this mailbox is not a message (no "From " line); that part was skipped.');
  }
  return lines.map((error) => ({ file, error }));
}
