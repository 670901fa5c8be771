import { describe, expect, it } from 'vitest';
import {
  cleanVerse,
  endsWithQuote,
  matchReferenceLine,
  splitSameLineReference,
  startsWithQuote,
} from '../../../../electron/core/parse/parse-scripture';

describe('matchReferenceLine', () => {
  it.each([
    ['— Micah 6:8', 'Micah 6:8'],
    ['– Romans 3:25-26', 'Romans 3:25-26'],
    ['- 1 John 3:18', '1 John 3:18'],
    ['—Psalm 82:3-4', 'Psalm 82:3-4'],
    ['Isaiah 1:17 (NIV)', 'Isaiah 1:17'],
    ['— Isaiah 1:17 NIV', 'Isaiah 1:17'],
    ['— Isaiah 1:17 (New International Version)', 'Isaiah 1:17'],
    ['— Romans 3:25 – 26', 'Romans 3:25-26'],
    ['— Luke 4:18–19', 'Luke 4:18-19'],
    ['— Psalm 23', 'Psalm 23'],
    ['— Song of Songs 8:6', 'Song of Songs 8:6'],
    ['— II Corinthians 5:17', '2 Corinthians 5:17'],
    ['— Matt. 25:40', 'Matthew 25:40'],
    ['— Proverbs 31:8-9.', 'Proverbs 31:8-9'],
  ])('%s → %s', (line, reference) => {
    expect(matchReferenceLine(line)?.reference).toBe(reference);
  });

  it.each(['— Kenya 2:1', 'Africa', 'Pray for John 3 times', '— see below', '4/27/2019', 'John'])(
    '%s is no reference',
    (line) => {
      expect(matchReferenceLine(line)).toBeNull();
    },
  );
});

describe('splitSameLineReference', () => {
  it.each([
    ['“Seek justice.”— Isaiah 1:17', '“Seek justice.”', 'Isaiah 1:17'],
    ['“Seek justice.” — Isaiah 1:17', '“Seek justice.”', 'Isaiah 1:17'],
    ['"Seek justice." - Isaiah 1:17', '"Seek justice."', 'Isaiah 1:17'],
    ['“Seek justice.” Isaiah 1:17', '“Seek justice.”', 'Isaiah 1:17'],
    ['Seek justice. – Isaiah 1:17 (ESV)', 'Seek justice.', 'Isaiah 1:17'],
    [
      '“Blood — to be received by faith.” — Romans 3:25-26',
      '“Blood — to be received by faith.”',
      'Romans 3:25-26',
    ],
  ])('%s', (line, verse, reference) => {
    expect(splitSameLineReference(line)).toEqual({ verse, reference });
  });

  it.each(['“Seek justice.”', 'Pray for the team - they need rest', '— Micah 6:8', 'Kenya - Uganda 2:1'])(
    '%s has none',
    (line) => {
      expect(splitSameLineReference(line)).toBeNull();
    },
  );
});

describe('quotes', () => {
  it.each([
    ['“Seek justice.”', 'Seek justice.'],
    ['"Seek justice."', 'Seek justice.'],
    ['‘Seek justice.’', 'Seek justice.'],
    ['“Seek justice”.', 'Seek justice.'],
    ['Seek  justice,\n  love mercy.', 'Seek justice, love mercy.'],
    ['“He said “go” to them.”', 'He said “go” to them.'],
  ])('cleanVerse(%s) → %s', (raw, clean) => {
    expect(cleanVerse(raw)).toBe(clean);
  });

  it('tells opening and closing quotes', () => {
    expect(startsWithQuote('“Seek')).toBe(true);
    expect(startsWithQuote('Seek')).toBe(false);
    expect(startsWithQuote('')).toBe(false);
    expect(endsWithQuote('justice.”')).toBe(true);
    expect(endsWithQuote('justice”.')).toBe(true);
    expect(endsWithQuote('justice.')).toBe(false);
  });
});
