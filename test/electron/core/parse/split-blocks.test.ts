import { describe, expect, it } from 'vitest';
import type { BodyLine } from '../../../../electron/core/parse/split-blocks';
import {
  breaksParagraph,
  splitBlocks,
  stripBullet,
  wrapWidth,
} from '../../../../electron/core/parse/split-blocks';

const content = (text: string, bullet = false): BodyLine => ({ kind: 'content', text, bullet });
const paragraphs = (lines: BodyLine[]) =>
  splitBlocks(lines).map((b) => (b.kind === 'paragraph' ? b.lines.join(' ') : `[${b.kind}]`));

describe('stripBullet', () => {
  it.each([
    ['• Pray', 'Pray'],
    ['•Pray', 'Pray'],
    ['- Pray', 'Pray'],
    ['* Pray', 'Pray'],
    ['– Pray', 'Pray'],
    ['— Pray', 'Pray'],
    ['1. Pray', 'Pray'],
    ['12) Pray', 'Pray'],
    ['▪ Pray', 'Pray'],
  ])('%s', (line, text) => {
    expect(stripBullet(line)).toEqual({ text, bullet: true });
  });

  it.each(['-Pray', 'Maria* is home', '2019. Pray', 'Pray - now', '100 girls'])('no bullet: %s', (line) => {
    expect(stripBullet(line)).toEqual({ text: line, bullet: false });
  });
});

describe('splitBlocks', () => {
  it('a blank line ends a paragraph and a bullet starts one', () => {
    expect(
      paragraphs([
        content('Pray for the team in'),
        content('Kenya.'),
        { kind: 'blank' },
        content('Praise God.', true),
        content('Pray again.', true),
        { kind: 'heading', text: 'Africa' },
        content('After the heading'),
      ]),
    ).toEqual([
      'Pray for the team in Kenya.',
      'Praise God.',
      'Pray again.',
      '[heading]',
      'After the heading',
    ]);
  });

  it('unwrapped text: a line that ends a sentence ends the paragraph', () => {
    expect(
      paragraphs([content('Pray for Kenya.'), content('Praise God for Peru.'), content('and more')]),
    ).toEqual(['Pray for Kenya.', 'Praise God for Peru. and more']);
  });

  // (A paragraph whose last line happens to be full cannot be told from a wrapped one: nothing shows the break.)
  it('wrapped text: a full line continues the paragraph even after a full stop', () => {
    const lines = [
      'Praise God for a long-awaited verdict in Kenya today. After three years',
      'in court, a police officer was found guilty of beating a street vendor.',
      'Pray for the vendor as he recovers and for the lawyers who stood with',
      'him through every delay.',
      'Pray for rest.',
      'Ask God for courage for the witnesses who will speak at the hearing.',
    ].map((t) => content(t));
    const width = wrapWidth(lines);
    expect(width).toBe(71);
    expect(paragraphs(lines)).toEqual([
      expect.stringMatching(/^Praise God .* every delay\.$/),
      'Pray for rest.',
      'Ask God for courage for the witnesses who will speak at the hearing.',
    ]);
  });

  it('breaksParagraph: sentence end, sentence start, and the next word would have fitted', () => {
    expect(breaksParagraph('Pray for Kenya.', 'Praise God.', 72)).toBe(true);
    expect(breaksParagraph('Pray for Kenya.', 'praise God.', 72)).toBe(false);
    expect(breaksParagraph('Pray for Kenya', 'Praise God.', 72)).toBe(false);
    expect(breaksParagraph('x'.repeat(65) + '.', 'Wonderful news.', 72)).toBe(false);
    expect(breaksParagraph('x'.repeat(65) + '.', 'Wonderful news.', Infinity)).toBe(true);
  });

  it('few or long lines mean the text is not wrapped', () => {
    expect(wrapWidth([content('a'), content('b')])).toBe(Infinity);
    expect(
      wrapWidth([content('x'.repeat(150)), content('y'.repeat(150)), content('z'.repeat(150)), content('w')]),
    ).toBe(Infinity);
  });
});
