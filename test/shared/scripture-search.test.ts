// Filtering the scripture index as the user types: by reference (overlap), by book, or by plain words.
import { describe, expect, it } from 'vitest';
import { formatScriptureReference, parseScriptureReference } from '../../shared/scripture-reference';
import { searchScriptureIndex } from '../../shared/scripture-search';
import type { ScriptureEntry, ScriptureIndex } from '../../shared/story-types';

/** An index entry for a reference, used once with the given words. */
function entry(reference: string, text: string): ScriptureEntry {
  const ref = parseScriptureReference(reference)!;
  return {
    reference: formatScriptureReference(ref),
    book: ref.book,
    bookOrder: ref.bookOrder,
    chapter: ref.chapter,
    verseStart: ref.verseStart,
    verseEnd: ref.verseEnd,
    uses: [{ file: `${reference}.txt`, date: '2024-01-07', title: null, text, written: reference }],
  };
}

// Already in Bible order, as buildScriptureIndex makes it.
const index: ScriptureIndex = {
  entries: [
    entry('Psalm 23', 'A shepherd who leads to still waters.'),
    entry('Psalm 89', 'A song of steadfast love.'),
    entry('Psalm 89:1-2', 'I will sing of your love for ever.'),
    entry('Psalm 89:14', 'Justice and right are the base of your throne.'),
    entry('Isaiah 1:17', 'Learn to do good; seek justice for the widow.'),
    entry('Micah 6:6-8', 'What is asked of you: to act justly and love mercy.'),
    entry('Micah 6:8', 'Walk humbly with your God.'),
    entry('Micah 7:18', 'He delights to show mercy.'),
    entry('John 3:16-4:2', 'Love given to the world.'),
    entry('1 Corinthians 13:4-7', 'Love is patient and kind.'),
  ],
  unrecognised: [],
};

function search(query: string): string[] {
  return searchScriptureIndex(index, query).map((e) => e.reference);
}

describe('searchScriptureIndex', () => {
  it('gives every entry for an empty query', () => {
    expect(search('')).toHaveLength(index.entries.length);
    expect(search('   ')).toHaveLength(index.entries.length);
  });

  it('finds a verse and the passages around it', () => {
    expect(search('Micah 6:8')).toEqual(['Micah 6:6–8', 'Micah 6:8']);
    expect(search('mic 6:8')).toEqual(['Micah 6:6–8', 'Micah 6:8']);
    expect(search('Micah 6:7')).toEqual(['Micah 6:6–8']);
  });

  it('finds every verse of a chapter, and a chapter for any of its verses', () => {
    expect(search('Psalm 89')).toEqual(['Psalm 89', 'Psalm 89:1–2', 'Psalm 89:14']);
    expect(search('Ps 89:14')).toEqual(['Psalm 89', 'Psalm 89:14']);
    expect(search('Micah 6')).toEqual(['Micah 6:6–8', 'Micah 6:8']);
  });

  it('finds a passage over two chapters from either chapter', () => {
    expect(search('John 4:1')).toEqual(['John 3:16–4:2']);
    expect(search('John 3')).toEqual(['John 3:16–4:2']);
    expect(search('John 4:3')).toEqual([]);
  });

  it('finds each part of a list', () => {
    expect(search('Psalm 23; Micah 7:18')).toEqual(['Psalm 23', 'Micah 7:18']);
  });

  it('gives a whole book for its name or abbreviation', () => {
    expect(search('Psalms')).toEqual(['Psalm 23', 'Psalm 89', 'Psalm 89:1–2', 'Psalm 89:14']);
    expect(search('psalm')).toEqual(search('Psalms'));
    expect(search('Ps.')).toEqual(search('Psalms'));
    expect(search('Micah')).toEqual(['Micah 6:6–8', 'Micah 6:8', 'Micah 7:18']);
    expect(search('1 Cor')).toEqual(['1 Corinthians 13:4–7']);
    expect(search('Genesis')).toEqual([]);
  });

  it('matches plain words in the verse or the reference, all of them, ignoring case and accents', () => {
    expect(search('mercy')).toEqual(['Micah 6:6–8', 'Micah 7:18']);
    expect(search('Mercy JUSTLY')).toEqual(['Micah 6:6–8']);
    expect(search('justice')).toEqual(['Psalm 89:14', 'Isaiah 1:17']);
    expect(search('Corinth')).toEqual(['1 Corinthians 13:4–7']);
    expect(search('mércy')).toEqual(['Micah 6:6–8', 'Micah 7:18']);
    expect(search('love shepherd')).toEqual([]);
  });

  it('answers a half-typed reference sensibly', () => {
    expect(search('Micah 6:')).toEqual(['Micah 6:6–8', 'Micah 6:8']);
    expect(search('Mic')).toEqual(['Micah 6:6–8', 'Micah 6:8', 'Micah 7:18']);
  });

  it('finds nothing for a reference nobody used, and never throws on odd text', () => {
    expect(search('Psalm 150')).toEqual([]);
    for (const odd of ['(', ':::', '—', '🙏', 'Psalm 999', '\u0000']) {
      expect(() => search(odd)).not.toThrow();
    }
  });
});
