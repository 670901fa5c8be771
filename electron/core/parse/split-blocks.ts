// Groups the lines of a bulletin's body into paragraphs. A blank line ends a paragraph and a bullet starts
// one. Inside a run of lines with no blank between them, a line break is a paragraph break only when the
// line ends a sentence, the next begins one, and the next line's first word would have fitted on the line:
// e-mail programs hard-wrap at a fixed width, so a wrapped line is always "full", while a line its author
// ended stops short. Unwrapped text (long lines) has no width, so every sentence-ending line ends a paragraph.
import { endsSentence } from './detect-headings';
import type { DayMarker } from './parse-date';

/** A heading, or with `label` a request's own label ("KENYA —", "1 Thursday ~ Egypt") that lasts to the next. */
export type HeadingLine = { kind: 'heading'; text: string; label?: boolean };
/** A diary's or calendar's day ("Wednesday 1 January", "KUWAIT 1"), or a new month ("February 2020"). */
export type DayLine = { kind: 'day'; marker: DayMarker } | { kind: 'month'; year: number; month: number };

export type BodyLine =
  | { kind: 'blank' }
  | HeadingLine
  | DayLine
  | { kind: 'reference'; text: string; reference: string }
  | { kind: 'content'; text: string; bullet: boolean };

export type BodyBlock =
  | HeadingLine
  | DayLine
  | { kind: 'reference'; text: string; reference: string }
  | { kind: 'paragraph'; lines: string[] };

// •, ◦, ▪ and friends with or without a space; -, –, —, *, + and "1." / "1)" only with one.
const BULLET = /^(?:[•·◦▪▫●○■□‣⁃∙➢➤►▶✓✔]+ ?|[-–—*+] (?=\S)|\d{1,2}[.)] (?=\S))/;

/** The line without its bullet, and whether it had one. */
export function stripBullet(line: string): { text: string; bullet: boolean } {
  const m = BULLET.exec(line);
  return m ? { text: line.slice(m[0].length).trim(), bullet: true } : { text: line, bullet: false };
}

const STARTS_SENTENCE = /^[\p{Lu}\d“"‘'(¿¡]/u;

function firstWordLength(line: string): number {
  const space = line.indexOf(' ');
  return space < 0 ? line.length : space;
}

/**
 * The width a text was hard-wrapped at, or Infinity when it was not. Lines followed by another line are the
 * ones a wrapper filled: when most of them are within a few characters of the longest such line (and that
 * is no longer than an e-mail line), the text was wrapped at that width.
 */
export function wrapWidth(lines: readonly BodyLine[]): number {
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.kind === 'content' && b.kind === 'content' && !b.bullet)
      inner.push(a.text.length + (a.bullet ? 2 : 0));
  }
  if (inner.length < 3) return Infinity;
  inner.sort((x, y) => x - y);
  const width = inner[Math.floor((inner.length - 1) * 0.9)]!;
  if (width > 100) return Infinity;
  const full = inner.filter((n) => n >= width - 15 && n <= width).length;
  return full >= inner.length * 0.6 ? width : Infinity;
}

/** Whether the line break between two consecutive content lines ends a paragraph. */
export function breaksParagraph(previous: string, next: string, width: number): boolean {
  if (!endsSentence(previous) || !STARTS_SENTENCE.test(next)) return false;
  return previous.length + 1 + firstWordLength(next) <= width;
}

/** Paragraphs, headings and verse references, in order; blank lines are gone. */
export function splitBlocks(lines: readonly BodyLine[]): BodyBlock[] {
  const width = wrapWidth(lines);
  const blocks: BodyBlock[] = [];
  let current: string[] | null = null;
  let previousLength = 0;
  for (const line of lines) {
    if (line.kind !== 'content') {
      current = null;
      if (line.kind !== 'blank') blocks.push(line);
      continue;
    }
    const last = current?.[current.length - 1];
    if (
      current &&
      last !== undefined &&
      !line.bullet &&
      !breaksParagraph(last, line.text, width - previousLength)
    ) {
      current.push(line.text);
    } else {
      current = [line.text];
      blocks.push({ kind: 'paragraph', lines: current });
    }
    // A bulleted line was wider by its bullet: count it in the width test of the next line.
    previousLength = line.bullet ? 2 : 0;
  }
  return blocks;
}
