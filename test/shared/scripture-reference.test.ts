// Reading Bible references the way bulletins and people write them, printing them canonically, ordering
// them and deciding which passages a search finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BIBLE_BOOKS,
  compareScriptureRefs,
  findBibleBook,
  formatScriptureReference,
  parseScriptureReference,
  parseScriptureReferenceParts,
  scriptureRefCovers,
} from '../../shared/scripture-reference';
import type { ScriptureRef } from '../../shared/scripture-reference';

/** The canonical form of a written reference, or null. */
function canonical(text: string): string | null {
  const ref = parseScriptureReference(text);
  return ref ? formatScriptureReference(ref) : null;
}

function ref(text: string): ScriptureRef {
  const parsed = parseScriptureReference(text);
  if (!parsed) throw new Error(`Test reference does not parse: ${text}`);
  return parsed;
}

// The spellings bulletins and people use for each book (without a numbered book's number), all read by
// bible-passage-reference-parser: [name, chapters, spellings]. (The parser reads 'Hb' as Hebrews and not
// 'De', 'Mc', 'Ml', 'Pp' or 'Canticles' at all: too rare or ambiguous to matter.)
const SPELLINGS: readonly (readonly [string, number, readonly string[]])[] = [
  ['Genesis', 50, ['Gen', 'Ge', 'Gn']],
  ['Exodus', 40, ['Exod', 'Exo', 'Ex']],
  ['Leviticus', 27, ['Lev', 'Le', 'Lv']],
  ['Numbers', 36, ['Num', 'Numb', 'Nu', 'Nm']],
  ['Deuteronomy', 34, ['Deut', 'Dt']],
  ['Joshua', 24, ['Josh', 'Jos', 'Jsh']],
  ['Judges', 21, ['Judg', 'Jdg', 'Jdgs', 'Jg']],
  ['Ruth', 4, ['Rth', 'Ru']],
  ['1 Samuel', 31, ['Samuel', 'Sam', 'Sa', 'Sm']],
  ['2 Samuel', 24, ['Samuel', 'Sam', 'Sa', 'Sm']],
  ['1 Kings', 22, ['Kings', 'Kgs', 'Kin', 'Ki']],
  ['2 Kings', 25, ['Kings', 'Kgs', 'Kin', 'Ki']],
  ['1 Chronicles', 29, ['Chronicles', 'Chron', 'Chr', 'Ch']],
  ['2 Chronicles', 36, ['Chronicles', 'Chron', 'Chr', 'Ch']],
  ['Ezra', 10, ['Ezr']],
  ['Nehemiah', 13, ['Neh', 'Ne']],
  ['Esther', 10, ['Esth', 'Est', 'Es']],
  ['Job', 42, ['Jb']],
  ['Psalms', 150, ['Psalm', 'Psa', 'Psm', 'Pslm', 'Pss', 'Ps']],
  ['Proverbs', 31, ['Prov', 'Prv', 'Pro', 'Pr']],
  ['Ecclesiastes', 12, ['Eccles', 'Eccl', 'Ecc', 'Ec', 'Qoheleth', 'Qoh']],
  ['Song of Songs', 8, ['Song of Solomon', 'Songs', 'Song', 'SoS']],
  ['Isaiah', 66, ['Isa', 'Is']],
  ['Jeremiah', 52, ['Jer', 'Je', 'Jr']],
  ['Lamentations', 5, ['Lam', 'La']],
  ['Ezekiel', 48, ['Ezek', 'Eze', 'Ezk']],
  ['Daniel', 12, ['Dan', 'Da', 'Dn']],
  ['Hosea', 14, ['Hos', 'Ho']],
  ['Joel', 3, ['Jl']],
  ['Amos', 9, ['Am']],
  ['Obadiah', 1, ['Obad', 'Ob']],
  ['Jonah', 4, ['Jon', 'Jnh']],
  ['Micah', 7, ['Mic']],
  ['Nahum', 3, ['Nah', 'Na']],
  ['Habakkuk', 3, ['Hab']],
  ['Zephaniah', 3, ['Zeph', 'Zep', 'Zp']],
  ['Haggai', 2, ['Hag', 'Hg']],
  ['Zechariah', 14, ['Zech', 'Zec', 'Zc']],
  ['Malachi', 4, ['Mal']],
  ['Matthew', 28, ['Matt', 'Mat', 'Mt']],
  ['Mark', 16, ['Mrk', 'Mk', 'Mr']],
  ['Luke', 24, ['Luk', 'Lk']],
  ['John', 21, ['Jhn', 'Joh', 'Jn']],
  ['Acts', 28, ['Act', 'Ac']],
  ['Romans', 16, ['Rom', 'Ro', 'Rm']],
  ['1 Corinthians', 16, ['Corinthians', 'Cor', 'Co']],
  ['2 Corinthians', 13, ['Corinthians', 'Cor', 'Co']],
  ['Galatians', 6, ['Gal', 'Ga']],
  ['Ephesians', 6, ['Ephes', 'Eph']],
  ['Philippians', 4, ['Phil', 'Php']],
  ['Colossians', 4, ['Col']],
  ['1 Thessalonians', 5, ['Thessalonians', 'Thess', 'Thes', 'Th']],
  ['2 Thessalonians', 3, ['Thessalonians', 'Thess', 'Thes', 'Th']],
  ['1 Timothy', 6, ['Timothy', 'Tim', 'Ti']],
  ['2 Timothy', 4, ['Timothy', 'Tim', 'Ti']],
  ['Titus', 3, ['Tit']],
  ['Philemon', 1, ['Philem', 'Phlm', 'Phm']],
  ['Hebrews', 13, ['Heb']],
  ['James', 5, ['Jas', 'Jm']],
  ['1 Peter', 5, ['Peter', 'Pet', 'Pe', 'Pt']],
  ['2 Peter', 3, ['Peter', 'Pet', 'Pe', 'Pt']],
  ['1 John', 5, ['John', 'Jhn', 'Joh', 'Jn']],
  ['2 John', 1, ['John', 'Jhn', 'Joh', 'Jn']],
  ['3 John', 1, ['John', 'Jhn', 'Joh', 'Jn']],
  ['Jude', 1, ['Jud', 'Jd']],
  ['Revelation', 22, ['Revelations', 'Rev', 'Re', 'Rv']],
];

describe('BIBLE_BOOKS', () => {
  it('has the 66 books in Protestant order', () => {
    expect(BIBLE_BOOKS).toHaveLength(66);
    expect(BIBLE_BOOKS.map((book) => book.order)).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
    expect(BIBLE_BOOKS[0]!.name).toBe('Genesis');
    expect(BIBLE_BOOKS[18]!.name).toBe('Psalms');
    expect(BIBLE_BOOKS[32]!.name).toBe('Micah');
    expect(BIBLE_BOOKS[39]!.name).toBe('Matthew');
    expect(BIBLE_BOOKS[45]!.name).toBe('1 Corinthians');
    expect(BIBLE_BOOKS[65]!.name).toBe('Revelation');
  });

  it('reads every name and alias as its own book (no abbreviation is claimed by two books)', () => {
    for (const [index, [name, chapters, aliases]] of SPELLINGS.entries()) {
      const book = BIBLE_BOOKS[index]!;
      expect([book.name, book.chapters]).toEqual([name, chapters]);
      const numbered = /^([1-3]) (.+)$/.exec(book.name);
      const names = numbered
        ? [numbered[2]!, ...aliases].map((n) => `${numbered[1]} ${n}`)
        : [book.name, ...aliases];
      for (const name of names) {
        expect(findBibleBook(name)?.name, name).toBe(book.name);
        expect(findBibleBook(`${name}.`)?.name, `${name}.`).toBe(book.name);
        expect(findBibleBook(name.toUpperCase())?.name, name.toUpperCase()).toBe(book.name);
      }
    }
  });

  it('does not read a numbered book without its number', () => {
    expect(findBibleBook('Corinthians')).toBeNull();
    expect(findBibleBook('Cor')).toBeNull();
    // 'John' alone is the gospel, not the letters.
    expect(findBibleBook('John')?.name).toBe('John');
    expect(findBibleBook('Kenya')).toBeNull();
    expect(findBibleBook('')).toBeNull();
  });
});

describe('parseScriptureReference: book names and abbreviations', () => {
  it.each([
    ['Micah 6:8', 'Micah 6:8'],
    ['Mic 6:8', 'Micah 6:8'],
    ['Mic. 6:8', 'Micah 6:8'],
    ['micah 6:8', 'Micah 6:8'],
    ['MICAH 6:8', 'Micah 6:8'],
    ['Rom 12:12', 'Romans 12:12'],
    ['Rom. 12:12', 'Romans 12:12'],
    ['Jer 29:11', 'Jeremiah 29:11'],
    ['Isa 1:17', 'Isaiah 1:17'],
    ['Is. 1:17', 'Isaiah 1:17'],
    ['Matt 5:9', 'Matthew 5:9'],
    ['Mt 5:9', 'Matthew 5:9'],
    ['Jn 3:16', 'John 3:16'],
    ['Gen 50:20', 'Genesis 50:20'],
    ['Deut 10:18', 'Deuteronomy 10:18'],
    ['Prov 31:8-9', 'Proverbs 31:8–9'],
    ['Phil 4:6', 'Philippians 4:6'],
    ['Philem 6', 'Philemon 6'],
    ['Jas 1:27', 'James 1:27'],
    ['Lam 3:22-23', 'Lamentations 3:22–23'],
    ['Song of Songs 8:6', 'Song of Songs 8:6'],
    ['Song of Solomon 8:6', 'Song of Songs 8:6'],
    ['Song 8:6', 'Song of Songs 8:6'],
    ['Revelation 21:4', 'Revelation 21:4'],
    ['Revelations 21:4', 'Revelation 21:4'],
    ['Rev 21:4', 'Revelation 21:4'],
  ])('%s → %s', (written, expected) => {
    expect(canonical(written)).toBe(expected);
  });
});

describe('parseScriptureReference: numbered books', () => {
  it.each([
    ['1 Corinthians 13:4-7', '1 Corinthians 13:4–7'],
    ['1 Cor 13:4-7', '1 Corinthians 13:4–7'],
    ['1 Cor. 13:4-7', '1 Corinthians 13:4–7'],
    ['1Cor 13:4-7', '1 Corinthians 13:4–7'],
    ['1Cor13:4-7', '1 Corinthians 13:4–7'],
    ['I Corinthians 13:4', '1 Corinthians 13:4'],
    ['First Corinthians 13', '1 Corinthians 13'],
    ['1st Corinthians 13', '1 Corinthians 13'],
    ['2 Cor 5:17', '2 Corinthians 5:17'],
    ['II Cor 5:17', '2 Corinthians 5:17'],
    ['Second Corinthians 5:17', '2 Corinthians 5:17'],
    ['1 Jn 4:18', '1 John 4:18'],
    ['3 John 2', '3 John 2'],
    ['III John 4', '3 John 4'],
    ['2 Sam 22:2', '2 Samuel 22:2'],
    ['1 Kgs 19:12', '1 Kings 19:12'],
    ['2 Chron 7:14', '2 Chronicles 7:14'],
    ['1 Thess 5:16-18', '1 Thessalonians 5:16–18'],
    ['2 Tim 1:7', '2 Timothy 1:7'],
    ['1 Pet 5:7', '1 Peter 5:7'],
  ])('%s → %s', (written, expected) => {
    expect(canonical(written)).toBe(expected);
  });

  it('keeps Isaiah apart from a numbered book written with a Roman one', () => {
    expect(canonical('Isa 61:1')).toBe('Isaiah 61:1');
    expect(canonical('I Sa 3:10')).toBe('1 Samuel 3:10');
  });
});

describe('parseScriptureReference: Psalm and Psalms', () => {
  it.each([
    ['Psalm 89', 'Psalm 89'],
    ['Psalms 89', 'Psalm 89'],
    ['Ps 89', 'Psalm 89'],
    ['Ps. 89:1-2', 'Psalm 89:1–2'],
    ['Psa 89:1', 'Psalm 89:1'],
    ['Pss 89:1', 'Psalm 89:1'],
    ['psalm 89:1', 'Psalm 89:1'],
    ['Psalm 89–90', 'Psalms 89–90'],
    ['Psalms 89-90', 'Psalms 89–90'],
    ['Psalm 89:52–90:2', 'Psalms 89:52–90:2'],
    ['Psalm 119:176', 'Psalm 119:176'],
  ])('%s → %s', (written, expected) => {
    expect(canonical(written)).toBe(expected);
  });

  it('calls the book Psalms whatever was written', () => {
    expect(ref('Psalm 23').book).toBe('Psalms');
    expect(ref('Ps 23').bookOrder).toBe(19);
  });
});

describe('parseScriptureReference: ranges and dashes', () => {
  it.each([
    ['Micah 6:6-8', 'Micah 6:6–8'],
    ['Micah 6:6–8', 'Micah 6:6–8'],
    ['Micah 6:6—8', 'Micah 6:6–8'],
    ['Micah 6:6 - 8', 'Micah 6:6–8'],
    ['Micah 6:6 – 8', 'Micah 6:6–8'],
    ['Micah 6:6\u22128', 'Micah 6:6–8'],
    ['Micah 6:8-8', 'Micah 6:8'],
    ['John 3:16–4:2', 'John 3:16–4:2'],
    ['John 3:16-3:18', 'John 3:16–18'],
    ['John 3-4', 'John 3–4'],
    ['Romans 3:25-26', 'Romans 3:25–26'],
    ['Psalm 89 v. 1', 'Psalm 89:1'],
    ['Psalm 89 vv. 1-2', 'Psalm 89:1–2'],
    ['Psalm 89, verses 1-2', 'Psalm 89:1–2'],
    ['John 3.16', 'John 3:16'],
    ['Psalm 46:1a', 'Psalm 46:1'],
    ['Jude 24-25', 'Jude 24–25'],
    ['Jude 1:24-25', 'Jude 24–25'],
    ['Obadiah 15', 'Obadiah 15'],
  ])('%s → %s', (written, expected) => {
    expect(canonical(written)).toBe(expected);
  });

  it('fills in the fields of a passage over two chapters', () => {
    expect(ref('John 3:16–4:2')).toEqual({
      book: 'John',
      bookOrder: 43,
      chapter: 3,
      verseStart: 16,
      chapterEnd: 4,
      verseEnd: 2,
    });
    expect(ref('Psalm 89')).toEqual({
      book: 'Psalms',
      bookOrder: 19,
      chapter: 89,
      verseStart: null,
      verseEnd: null,
    });
    expect(ref('Micah 6:8')).toEqual({
      book: 'Micah',
      bookOrder: 33,
      chapter: 6,
      verseStart: 8,
      verseEnd: 8,
    });
  });
});

describe('parseScriptureReference: what surrounds a reference', () => {
  it.each([
    ['Micah 6:8 (NIV)', 'Micah 6:8'],
    ['Micah 6:8 (ESV).', 'Micah 6:8'],
    ['Micah 6:8 [NRSV]', 'Micah 6:8'],
    ['Micah 6:8 ESV', 'Micah 6:8'],
    ['Micah 6:8 niv', 'Micah 6:8'],
    ['Micah 6:8 (New International Version)', 'Micah 6:8'],
    ['— Micah 6:8', 'Micah 6:8'],
    ['- Micah 6:8.', 'Micah 6:8'],
    ['  Micah 6:8  ', 'Micah 6:8'],
    ['(Micah 6:8)', 'Micah 6:8'],
    ['“Micah 6:8”', 'Micah 6:8'],
  ])('%s → %s', (written, expected) => {
    expect(canonical(written)).toBe(expected);
  });
});

describe('parseScriptureReferenceParts: lists', () => {
  function parts(text: string): string[] | null {
    return parseScriptureReferenceParts(text)?.map(formatScriptureReference) ?? null;
  }

  it('keeps every part of a list; parseScriptureReference answers the first', () => {
    expect(parts('Psalm 89:1-2, 5')).toEqual(['Psalm 89:1–2', 'Psalm 89:5']);
    expect(canonical('Psalm 89:1-2, 5')).toBe('Psalm 89:1–2');
    expect(parts('Psalm 89:1 and 5')).toEqual(['Psalm 89:1', 'Psalm 89:5']);
    expect(parts('Psalm 89:1-2, 90:3')).toEqual(['Psalm 89:1–2', 'Psalm 90:3']);
    expect(parts('Psalm 23, 24')).toEqual(['Psalm 23', 'Psalm 24']);
    expect(parts('Micah 6:8; 7:18')).toEqual(['Micah 6:8', 'Micah 7:18']);
    expect(parts('Micah 6:8; Isaiah 1:17 (NIV)')).toEqual(['Micah 6:8', 'Isaiah 1:17']);
  });

  it('refuses a list with a part that is not a reference', () => {
    expect(parts('Micah 6:8; Kenya 2:1')).toBeNull();
    expect(parts('Micah 6:8, and more')).toBeNull();
  });
});

describe('parseScriptureReference: junk', () => {
  it.each([
    '',
    '   ',
    'hello',
    'Micah',
    '6:8',
    'Kenya 2:1',
    'see below 3:15',
    'Psalm 0',
    'Psalm 151',
    'Psalm 119:177',
    'Micah 8:1',
    'Micah 6:0',
    'Micah 6:8-6',
    'John 4:2-3:16',
    'Psalm 90-89',
    'Jude 2:1',
    'Psalm 23 is a psalm of trust',
    'Micah 6:8 and then some',
    'Corinthians 13:4',
    '4 John 1',
    'Micah 6::8',
    'Micah 6:8:9',
    'M1cah 6:8',
  ])('%j is not a reference', (text) => {
    expect(parseScriptureReference(text)).toBeNull();
  });

  it('refuses very long text quickly instead of searching it', () => {
    expect(parseScriptureReference(`Micah 6:8 ${'x'.repeat(10_000)}`)).toBeNull();
    expect(parseScriptureReference(`${'1 '.repeat(5000)}Micah 6:8`)).toBeNull();
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const parts = parseScriptureReferenceParts(text);
        expect(parts === null || parts.length > 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
    const pieces = fc.constantFrom(
      'Ps',
      'Psalm',
      '1',
      'I',
      'Cor',
      ' ',
      ':',
      '-',
      '–',
      ',',
      ';',
      '.',
      'v',
      '(',
      ')',
      'NIV',
      '89',
      '0',
      '999',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (list) => {
        expect(() => parseScriptureReferenceParts(list.join(''))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatScriptureReference and parseScriptureReference', () => {
  // Any real passage, printed and read back, is the same passage.
  const passage = fc
    .record({
      book: fc.integer({ min: 0, max: 65 }),
      chapter: fc.nat(),
      span: fc.nat({ max: 3 }),
      verseStart: fc.integer({ min: 1, max: 176 }),
      verseEnd: fc.integer({ min: 1, max: 176 }),
      whole: fc.boolean(),
    })
    .map(({ book, chapter, span, verseStart, verseEnd, whole }): ScriptureRef => {
      const b = BIBLE_BOOKS[book]!;
      const c = (chapter % b.chapters) + 1;
      const ce = Math.min(b.chapters, c + span);
      // One-chapter books are written with verses only.
      const wholeChapter = whole && b.chapters > 1;
      const ref: ScriptureRef = {
        book: b.name,
        bookOrder: b.order,
        chapter: c,
        verseStart: wholeChapter ? null : Math.min(verseStart, verseEnd),
        verseEnd: wholeChapter ? null : ce === c ? Math.max(verseStart, verseEnd) : verseEnd,
      };
      if (ce !== c) ref.chapterEnd = ce;
      return ref;
    });

  it('round-trips every passage', () => {
    fc.assert(
      fc.property(passage, (ref) => {
        expect(parseScriptureReference(formatScriptureReference(ref))).toEqual(ref);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('compareScriptureRefs', () => {
  it('orders by book, chapter and verse, a whole chapter before its verses', () => {
    const inOrder = [
      'Genesis 50:20',
      'Psalm 23',
      'Psalm 89',
      'Psalms 89–90',
      'Psalm 89:1',
      'Psalm 89:1–2',
      'Psalm 89:2',
      'Psalm 90:1',
      'Psalm 119:105',
      'Isaiah 1:17',
      'Micah 6:6–8',
      'Micah 6:8',
      'Matthew 5:9',
      'John 3:16',
      'John 3:16–4:2',
      '1 Corinthians 13:4–7',
      'Revelation 21:4',
    ];
    const shuffled = [...inOrder].reverse().map(ref);
    shuffled.sort(compareScriptureRefs);
    expect(shuffled.map(formatScriptureReference)).toEqual(inOrder);
  });

  it('says 0 for the same passage written differently', () => {
    expect(compareScriptureRefs(ref('Ps. 89:1-2'), ref('Psalm 89:1–2'))).toBe(0);
  });
});

describe('scriptureRefCovers: overlap', () => {
  it.each([
    ['Psalm 89', 'Psalm 89:1-2', true],
    ['Psalm 89:1-2', 'Psalm 89', true],
    ['Psalm 89:3', 'Psalm 89', true],
    ['Psalm 89', 'Psalm 90:1', false],
    ['Psalm 89', 'Psalms 88–90', true],
    ['Psalm 91', 'Psalms 88–90', false],
    ['Micah 6:8', 'Micah 6:6-8', true],
    ['Micah 6:8', 'Micah 6:8', true],
    ['Micah 6:6-8', 'Micah 6:8', true],
    ['Micah 6:8', 'Micah 6:1-7', false],
    ['Micah 6:8', 'Micah 7:8', false],
    ['Micah 6', 'Micah 6:8', true],
    ['Micah 6:8', 'Isaiah 6:8', false],
    ['John 4:1', 'John 3:16–4:2', true],
    ['John 3:20', 'John 3:16–4:2', true],
    ['John 3:15', 'John 3:16–4:2', false],
    ['John 4:3', 'John 3:16–4:2', false],
    ['John 3', 'John 3:16–4:2', true],
    ['John 5', 'John 3:16–4:2', false],
  ])('%s finds %s: %s', (query, found, expected) => {
    expect(scriptureRefCovers(ref(query), ref(found))).toBe(expected);
  });
});
