import { describe, expect, it } from 'vitest';
import { collapseSpaces, normalizeText, toLines } from '../../../../electron/core/parse/normalize-text';

describe('normalizeText', () => {
  it('one kind of line break; no invisible or control characters; plain spaces', () => {
    expect(normalizeText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(normalizeText('\ufeffPr\u200bay\u00ad for\u00a0Kenya\u0000')).toBe('Pray for Kenya');
    expect(normalizeText('a\tb\u202fc')).toBe('a b c');
  });

  it('reads NEL as a line break (not a control character) and keeps the order of the four cleanings', () => {
    expect(normalizeText('a\u0085b\r\u200b\nc\u0000\u009f\u00a0d\u2003\u000be')).toBe('a\nb\n\nc d \ne');
    expect(normalizeText('plain text, nothing to do')).toBe('plain text, nothing to do');
  });
});

describe('toLines', () => {
  it('trims, collapses spaces and removes e-mail quoting', () => {
    expect(toLines('  • Pray   for\u00a0 Kenya  \n> > Quoted line\n\n')).toEqual([
      '• Pray for Kenya',
      'Quoted line',
      '',
      '',
    ]);
  });

  it('collapseSpaces', () => {
    expect(collapseSpaces(' a \n b ')).toBe('a b');
  });
});
