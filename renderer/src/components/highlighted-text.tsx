// Text with its matches wrapped in <mark>, which screen readers and Windows High Contrast both understand.
import type { ReactNode } from 'react';
import type { MatchRange } from '../../../shared/search-types';
import { mergeRanges } from '../../../shared/highlight';

export interface HighlightedTextProps {
  text: string;
  ranges: readonly MatchRange[];
  /** Number of the first mark among all marks of a page (for stepping from match to match). */
  firstMark?: number;
  /** The mark that is "current" (drawn stronger), by its number on the page. */
  currentMark?: number;
}

/** Engine ranges are trusted, but never blindly: clamped to the text, sorted and merged. */
export function cleanRanges(text: string, ranges: readonly MatchRange[]): MatchRange[] {
  return mergeRanges(
    ranges
      .map((range) => ({ start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
      .filter((range) => range.end > range.start),
  );
}

export function HighlightedText({ text, ranges, firstMark, currentMark }: HighlightedTextProps) {
  const parts = cleanRanges(text, ranges);
  if (parts.length === 0) return <>{text}</>;
  const nodes: ReactNode[] = [];
  let at = 0;
  parts.forEach((range, index) => {
    if (range.start > at) nodes.push(text.slice(at, range.start));
    const number = firstMark === undefined ? undefined : firstMark + index;
    nodes.push(
      <mark
        key={range.start}
        data-mark={number}
        className={number !== undefined && number === currentMark ? 'is-current' : undefined}
      >
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  });
  if (at < text.length) nodes.push(text.slice(at));
  return <>{nodes}</>;
}
