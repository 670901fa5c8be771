// The parser must give a well-formed bulletin for any string at all: random text, binary garbage, bulletin
// pieces in random order, and very long input. Bounded runs, no timing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryNames } from '../../../../shared/countries';
import type { Bulletin } from '../../../../shared/model';
import { KINDS, REGIONS } from '../../../../shared/model';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';
import type { ParseMeta } from '../../../../electron/core/parse/parse-bulletin';

const COUNTRIES = new Set(countryNames());

function expectWellFormed(b: Bulletin, meta: ParseMeta): void {
  expect(b.file).toBe(meta.file);
  // The safety net in parseBulletin is never what answered.
  expect(b.warnings.some((w) => w.startsWith('Prayer Desk could not understand'))).toBe(false);
  expect(['text', 'filename', 'file-time', 'none']).toContain(b.dateSource);
  if (b.date !== null) {
    expect(b.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${b.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(b.date);
  }
  if (b.title !== null) expect(b.title.trim()).not.toBe('');
  if (b.scripture) expect(typeof b.scripture.reference).toBe('string');
  expect(b.warnings.length).toBeLessThanOrEqual(20);
  for (const item of b.items) {
    expect(REGIONS).toContain(item.region);
    expect(KINDS).toContain(item.kind);
    expect(item.text).not.toBe('');
    expect(item.text).toBe(item.text.trim());
    expect(item.text).not.toMatch(/\s{2}|\n/);
    for (const c of item.countries) expect(COUNTRIES.has(c)).toBe(true);
    expect(new Set(item.countries).size).toBe(item.countries.length);
    for (const p of item.pseudonyms) expect(p).not.toContain('*');
  }
}

function check(text: string, meta: ParseMeta = { file: 'fuzz.txt', mtimeMs: 0 }): Bulletin {
  const b = parseBulletin(text, meta);
  expectWellFormed(b, meta);
  return b;
}

// Pieces of real bulletins, so random orders reach deep into the parser.
const PIECES = [
  'IJM Prayer Requests',
  'IJM Prayer Request – April 27, 2019',
  'April 27, 2019',
  '4/27/2019',
  '2019-02-30',
  'Sunday, May 5',
  '“Seek justice.”',
  '“Seek justice.” — Micah 6:8',
  '— Micah 6:8',
  '- Romans 3:25-26',
  'Isaiah 1:17 (NIV)',
  'Africa',
  'Africa + Europe',
  'Asia Pacific',
  'IJM HQ & Global Partners',
  'Survivor Stories',
  '  • Praise God for Maria* in Kenya.',
  '- Pray for U.S. advocates.',
  '* Thank God for Bangkok.',
  '1. Please pray for the DRC.',
  'Pray for the team in',
  'Guatemala as they work.',
  'IJM has partner offices in Australia and the U.K.',
  'Read the full story .',
  'unnamed (3).jpg',
  '|',
  '| cell | cell |',
  '|---|---|',
  '---------- Forwarded message ---------',
  'Date: Sat, Apr 27, 2019 at 9:00 AM',
  'Subject: Fwd: IJM Prayer Requests',
  'Dear friends,',
  'Shared by our missions team:',
  'Pray for the caseworkers who will help the family find wo',
  '\u00a0',
  '\ufeff',
  '**',
  '“',
  '”',
];

const bulletinLike = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 })),
      fc.constantFrom('\n', '\n\n', '\r\n', ' ', '', '\n\n\n'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

const metaArb = fc.record({
  file: fc.oneof(
    fc.constantFrom('2019-04-27.txt', 'a/20190427.txt', 'x.txt', ''),
    fc.string({ maxLength: 40 }),
  ),
  mtimeMs: fc.oneof(
    fc.integer({ min: -1e13, max: 1e13 }),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e300, 0),
  ),
  titleHint: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
  dateHint: fc.option(fc.oneof(fc.string({ maxLength: 60 }), fc.constant('Sat, 27 Apr 2019 10:00:00')), {
    nil: undefined,
  }),
});

describe('parseBulletin on any input', () => {
  it('any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        check(text);
      }),
      { numRuns: 300 },
    );
  });

  it('bytes read as Latin-1 (binary garbage)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        check(String.fromCharCode(...bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('bulletin pieces in any order, with any meta', () => {
    fc.assert(
      fc.property(bulletinLike, metaArb, (text, meta) => {
        const b = check(text, meta);
        // Deterministic: the same input gives the same bulletin.
        expect(parseBulletin(text, meta)).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a 1 MB line', 'Pray for Kenya and the U.S. — '.repeat(35_000)],
    ['a million newlines', '\n'.repeat(1_000_000)],
    ['a hundred thousand headings', 'Africa\n'.repeat(100_000)],
    ['nothing', ''],
    ['only spaces', ' \u00a0\t '.repeat(1000)],
    [
      'NUL bytes (UTF-16 read as 8-bit)',
      'P\u0000r\u0000a\u0000y\u0000 \u0000f\u0000o\u0000r\u0000 \u0000K\u0000e\u0000n\u0000y\u0000a\u0000.',
    ],
    ['lone surrogates', '\ud800Pray for Kenya.\udfff'],
  ])('%s', (_name, text) => {
    check(text);
  });

  it('reads text hidden among NUL bytes', () => {
    const b = check(
      'P\u0000r\u0000a\u0000y\u0000 \u0000f\u0000o\u0000r\u0000 \u0000K\u0000e\u0000n\u0000y\u0000a\u0000.',
    );
    expect(b.items.map((i) => [i.text, i.countries])).toEqual([['Pray for Kenya.', ['Kenya']]]);
  });
});
