// The body of a bulletin, line by line: headings (known or by shape), verse references, date lines (not
// requests) and content lines with their bullets removed.
import { endsSentence, hasHeadingShape, headingText, isKnownHeading } from './detect-headings';
import { isDateLine } from './parse-date';
import { matchReferenceLine } from './parse-scripture';
import type { BodyLine } from './split-blocks';
import { stripBullet } from './split-blocks';

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
    if (isDateLine(line, true)) {
      warnings.push(`Skipped a date line inside the bulletin: "${line}"`);
      body.push({ kind: 'blank' });
      continue;
    }
    const { text, bullet } = stripBullet(line);
    if (!bullet && isKnownHeading(line)) {
      body.push({ kind: 'heading', text: headingText(line) });
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
