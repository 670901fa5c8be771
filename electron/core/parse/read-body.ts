// The body of a bulletin, line by line: headings (known, by shape, "Topic: Place", a numbered section that
// names its kind), verse references, a diary's days and months, labels ("KENYA — …") and content lines with
// their bullets removed. Date lines that are no diary day are skipped (they are not requests).
import { endsSentence, hasHeadingShape, headingText, isKnownHeading } from './detect-headings';
import { isTopicPlaceHeading, kindOfHeading, namesPlace, splitLabel } from './labelled-lines';
import { findMonthYear, isDateLine, isMonthLine, readDayMarker } from './parse-date';
import { matchReferenceLine } from './parse-scripture';
import type { BodyLine } from './split-blocks';
import { stripBullet } from './split-blocks';

/** What follows a day on its line: a label on its own ("Egypt"), a label and a request, or a request. */
function pushDayRest(body: BodyLine[], rest: string): void {
  if (rest === '') return;
  const lone =
    !endsSentence(rest) && rest.split(' ').length <= 5 && (hasHeadingShape(rest) || namesPlace(rest));
  if (lone) {
    body.push({ kind: 'heading', text: headingText(rest), label: true });
    return;
  }
  const labelled = splitLabel(rest);
  if (labelled) {
    body.push({ kind: 'heading', text: labelled.label, label: true });
    body.push({ kind: 'content', text: labelled.rest, bullet: false });
  } else body.push({ kind: 'content', text: rest, bullet: false });
}

/** A numbered or bulleted line that heads the bullets under it and names their kind: "1. Praise for …:". */
function isKindSection(text: string): boolean {
  return text.endsWith(':') && text.length <= 70 && kindOfHeading(text) !== null && !/[.!?]/.test(text);
}

function isDateOrReference(line: string): boolean {
  return isDateLine(line, true) || matchReferenceLine(line) !== null;
}

/** Classifies the lines from `start` on ('' is a blank or removed line). */
export function readBody(lines: readonly string[], start: number, warnings: string[]): BodyLine[] {
  const body: BodyLine[] = [];
  for (let j = start; j < lines.length; j++) {
    const line = lines[j]!;
    const previous = body[body.length - 1];
    if (line === '') {
      body.push({ kind: 'blank' });
      continue;
    }
    const reference = matchReferenceLine(line);
    if (reference) {
      body.push({ kind: 'reference', text: line, reference: reference.reference });
      continue;
    }
    const marker = readDayMarker(line);
    if (marker) {
      body.push({ kind: 'day', marker });
      pushDayRest(body, marker.rest);
      continue;
    }
    if (isMonthLine(line)) {
      const month = findMonthYear(line)!;
      body.push({ kind: 'month', year: month.year, month: month.month });
      continue;
    }
    if (isDateLine(line, true)) {
      warnings.push(`Skipped a date line inside the bulletin: "${line}"`);
      body.push({ kind: 'blank' });
      continue;
    }
    const { text, bullet } = stripBullet(line);
    if (!bullet && (isKnownHeading(line) || isTopicPlaceHeading(line))) {
      body.push({ kind: 'heading', text: headingText(line) });
      continue;
    }
    if (isKindSection(text)) {
      body.push({ kind: 'heading', text: headingText(text) });
      continue;
    }
    const opensParagraph = bullet || !previous || previous.kind !== 'content' || endsSentence(previous.text);
    const labelled = opensParagraph ? splitLabel(text) : null;
    if (labelled) {
      body.push({ kind: 'heading', text: labelled.label, label: true });
      body.push({ kind: 'content', text: labelled.rest, bullet });
      continue;
    }
    // An unknown heading stands alone: after a blank, a heading or a finished sentence, and before a blank,
    // another heading or the end (an empty section), or before a line that is not a date or a reference.
    const standsAlone = !previous || previous.kind !== 'content' || endsSentence(previous.text);
    if (!bullet && standsAlone && hasHeadingShape(line)) {
      let k = j + 1;
      while (k < lines.length && lines[k] === '') k++;
      if (k >= lines.length || !isDateOrReference(lines[k]!)) {
        body.push({ kind: 'heading', text: headingText(line) });
        continue;
      }
    }
    if (text !== '') body.push({ kind: 'content', text, bullet });
    else body.push({ kind: 'blank' });
  }
  return body;
}
