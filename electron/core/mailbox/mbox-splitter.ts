// Cuts an mbox file into its messages as the bytes stream past, without ever holding more than one message
// (and at most `maxMessageBytes` of it). mbox is the format of Gmail's Takeout export, Thunderbird's local
// folders, Apple Mail's exported mailboxes and Eudora's .mbx: messages one after another, each starting with
// a "From " line ("From sender@example.org Sun Mar  3 09:12:44 2024", "From - Sun Mar 03 09:12:44 2024").
//
// A line that starts with "From " inside a message body is not a separator. mboxrd and mboxo writers escape
// such lines as ">From "; unescaped ones (hand-edited files, some old programs) are told apart by shape: a
// separator follows a blank line (or starts the file) and reads "From <address> <weekday> … <time> … <year>".
// Escaped lines are given back unescaped (one ">" taken off ">From ", ">>From ", …), as mboxrd readers do.

/** One message as found in the file. */
export interface SplitMessage {
  /** 1-based number within the file (counting from `firstNumber`). */
  number: number;
  /** Byte offset of the message's "From " line in the file. */
  start: number;
  /** Byte offset just past the message (the next "From " line, or the end of the file). */
  end: number;
  /** The message itself (headers and body), without its "From " line; empty when it was too large. */
  bytes: Buffer;
  /** Its first bytes (headers, at most HEAD_BYTES), kept even when the message was too large to keep. */
  head: Buffer;
  /** The message was larger than `maxMessageBytes`: `bytes` is empty. */
  tooLarge: boolean;
  /** The "From " line, as written (latin-1). */
  envelope: string;
}

/** The part of a too-large message still kept, enough for its headers. */
export const HEAD_BYTES = 64 * 1024;

const NL_FROM = Buffer.from('\nFrom ', 'latin1');
const FROM = Buffer.from('From ', 'latin1');
const LF = 0x0a;
const CR = 0x0d;
/** A "From " line longer than this is body text, not a separator. */
const MAX_ENVELOPE = 1000;
/**
 * The separator's shape: "From", a sender (an address, "-" for Thunderbird, "???@???" for Eudora, a Gmail
 * message number), then a date in the asctime style with a time and a four-digit year.
 */
const ENVELOPE =
  /^From \S*\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? .{0,60}?\b\d{1,2}:\d\d(?::\d\d)?\b.{0,40}?\b\d{4}\b/;

export function isEnvelopeLine(line: string): boolean {
  return line.length <= MAX_ENVELOPE && ENVELOPE.test(line);
}

export interface SplitterOptions {
  /** Messages larger than this are not kept (only their head). */
  maxMessageBytes: number;
  /** File offset of the first byte pushed (a mailbox read again from where it had grown). */
  startOffset?: number;
  /** The number the first message gets. */
  firstNumber?: number;
}

/**
 * Push chunks in file order, take the messages each push completes, then call `end()` for the last one.
 * The bytes before the first separator (none in a well-formed file) are given as message 0-numbered
 * `preamble` only when they hold something other than white space.
 */
export class MboxSplitter {
  private readonly max: number;
  private parts: Buffer[] = [];
  private size = 0;
  private headParts: Buffer[] = [];
  private headSize = 0;
  /** Unscanned bytes carried to the next push (a separator may be cut in two). */
  private carry: Buffer = Buffer.alloc(0);
  /** File offset of carry[0]. */
  private offset: number;
  /** The two bytes just before carry[0] (for the blank-line test): -1 when at the start of the file. */
  private before: [number, number] = [LF, LF];
  private current: { number: number; start: number; envelope: string } | null = null;
  private nextNumber: number;
  /** Bytes seen before the first separator that were not white space. */
  preamble = 0;

  constructor(options: SplitterOptions) {
    this.max = options.maxMessageBytes;
    this.offset = options.startOffset ?? 0;
    this.nextNumber = options.firstNumber ?? 1;
  }

  /** Takes the next chunk of the file; returns the messages it completed. */
  push(chunk: Buffer): SplitMessage[] {
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const done: SplitMessage[] = [];
    // buf[..appended] is in the message already; separators are looked for from `scan` on.
    let appended = 0;
    let scan = 0;
    // A separator at the very start (the file's, or where a grown file is read again from).
    if (this.current === null && this.before[0] === LF && this.before[1] === LF) {
      const taken = this.trySeparator(buf, -1, 0, done);
      if (taken === null) return this.keep(buf, 0, 0, done);
      if (taken > 0) appended = scan = taken;
    }
    for (;;) {
      const idx = buf.indexOf(NL_FROM, scan);
      if (idx === -1) break;
      if (!this.blankBefore(buf, idx)) {
        scan = idx + 1;
        continue;
      }
      const taken = this.trySeparator(buf, idx, appended, done);
      if (taken === null) return this.keep(buf, appended, idx, done);
      if (taken > 0) appended = scan = taken;
      else scan = idx + 1;
    }
    // Keep the last few bytes unscanned: they may be the start of "\nFrom ".
    return this.keep(buf, appended, Math.max(appended, buf.length - NL_FROM.length), done);
  }

  /** The end of the file: the last message. `complete` is false when the file ends inside a line. */
  end(): { messages: SplitMessage[]; endsInsideLine: boolean } {
    const messages: SplitMessage[] = [];
    const tail = this.carry;
    this.append(tail);
    const endsInsideLine = tail.length > 0 ? tail[tail.length - 1] !== LF : this.lastByte() !== LF;
    this.offset += tail.length;
    this.carry = Buffer.alloc(0);
    this.finish(this.offset, messages);
    return { messages, endsInsideLine: endsInsideLine && this.lastEmitted !== null };
  }

  private lastEmitted: SplitMessage | null = null;

  /**
   * Tests the "From " line at idx + 1 (idx -1: at buf[0]). Returns the position after it when it is a
   * separator (the message before it is finished into `done`), 0 when it is not, null when the line is cut
   * off at the end of `buf` (more bytes are needed).
   */
  private trySeparator(buf: Buffer, idx: number, pos: number, done: SplitMessage[]): number | null {
    const lineStart = idx + 1;
    if (idx === -1 && (buf.length < FROM.length || !buf.subarray(0, FROM.length).equals(FROM))) {
      return buf.length < FROM.length && FROM.subarray(0, buf.length).equals(buf) ? null : 0;
    }
    const eol = buf.indexOf(LF, lineStart);
    if (eol === -1) return buf.length - lineStart > MAX_ENVELOPE ? 0 : null;
    const line = buf.toString('latin1', lineStart, eol).replace(/\r$/, '');
    if (!isEnvelopeLine(line)) return 0;
    // The message before ends at the blank line (kept in it: the last line break of its body).
    this.append(buf.subarray(pos, lineStart));
    this.finish(this.offset + lineStart, done);
    this.current = { number: this.nextNumber++, start: this.offset + lineStart, envelope: line };
    return eol + 1;
  }

  private blankBefore(buf: Buffer, idx: number): boolean {
    const at = (i: number) => (i >= 0 ? (buf[i] as number) : (this.before[2 + i] ?? -1));
    const prev = at(idx - 1);
    return prev === LF || (prev === CR && at(idx - 2) === LF);
  }

  /** buf[appended..keepFrom] goes to the message, the rest waits for the next push. */
  private keep(buf: Buffer, appended: number, keepFrom: number, done: SplitMessage[]): SplitMessage[] {
    this.append(buf.subarray(appended, keepFrom));
    this.carryFrom(buf, keepFrom);
    return done;
  }

  private carryFrom(buf: Buffer, from: number): void {
    const b1 = from >= 1 ? (buf[from - 1] as number) : this.before[1];
    const b0 = from >= 2 ? (buf[from - 2] as number) : from === 1 ? this.before[1] : this.before[0];
    this.before = [b0, b1];
    this.offset += from;
    // A copy: the chunk it came from is not kept alive by a few bytes.
    this.carry = Buffer.from(buf.subarray(from));
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.current === null) {
      // Before the first separator: only counted.
      for (const b of bytes) if (b !== LF && b !== CR && b !== 0x20 && b !== 0x09) this.preamble++;
      return;
    }
    if (this.headSize < HEAD_BYTES) {
      const part = bytes.subarray(0, HEAD_BYTES - this.headSize);
      this.headParts.push(part);
      this.headSize += part.length;
    }
    const wasKept = this.size <= this.max;
    this.size += bytes.length;
    if (this.size <= this.max) this.parts.push(bytes);
    else if (wasKept) this.parts = [];
  }

  private lastByte(): number {
    const last = this.parts[this.parts.length - 1];
    return last && last.length > 0 ? (last[last.length - 1] as number) : LF;
  }

  private finish(end: number, done: SplitMessage[]): void {
    const current = this.current;
    if (current !== null) {
      const tooLarge = this.size > this.max;
      const message: SplitMessage = {
        number: current.number,
        start: current.start,
        end,
        bytes: tooLarge ? Buffer.alloc(0) : unescapeFromLines(Buffer.concat(this.parts, this.size)),
        head: Buffer.concat(this.headParts, this.headSize),
        tooLarge,
        envelope: current.envelope,
      };
      done.push(message);
      this.lastEmitted = message;
    }
    this.parts = [];
    this.size = 0;
    this.headParts = [];
    this.headSize = 0;
  }
}

const ESCAPED = Buffer.from('>From ', 'latin1');

/** ">From " → "From ", ">>From " → ">From ", … at the start of lines (mboxrd; right for mboxo's too). */
export function unescapeFromLines(bytes: Buffer): Buffer {
  if (bytes.indexOf(ESCAPED) === -1) return bytes;
  const text = bytes.toString('latin1').replace(/^>(>*From )/gm, '$1');
  return Buffer.from(text, 'latin1');
}
