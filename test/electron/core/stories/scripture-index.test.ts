// The scripture index: one entry per passage however it was written, in Bible order, newest weeks first,
// with references that are not Bible references kept aside.
import { describe, expect, it } from 'vitest';
import { buildScriptureIndex } from '../../../../electron/core/stories/scripture-index';
import { bulletin } from '../../../shared/story-bulletins';

describe('buildScriptureIndex', () => {
  it('merges one passage written several ways, newest week first', () => {
    const index = buildScriptureIndex([
      bulletin('2023/2023-05-07.txt', '2023-05-07', [], {
        reference: 'Ps. 89:1-2',
        text: 'Steadfast love, sung for ever.',
      }),
      bulletin('2024/2024-01-14.txt', '2024-01-14', [], { reference: 'Psalm 89:1–2 (NIV)' }),
      bulletin('2022/2022-11-20.txt', '2022-11-20', [], { reference: 'psalms 89:1-2' }),
    ]);
    expect(index.entries).toHaveLength(1);
    const [entry] = index.entries;
    expect(entry).toMatchObject({
      reference: 'Psalm 89:1–2',
      book: 'Psalms',
      bookOrder: 19,
      chapter: 89,
      verseStart: 1,
      verseEnd: 2,
    });
    expect(entry!.uses.map((use) => use.date)).toEqual(['2024-01-14', '2023-05-07', '2022-11-20']);
    expect(entry!.uses[1]).toEqual({
      file: '2023/2023-05-07.txt',
      date: '2023-05-07',
      title: 'Prayer requests for 2023-05-07',
      text: 'Steadfast love, sung for ever.',
      written: 'Ps. 89:1-2',
    });
  });

  it('sorts entries in Bible order, whole chapters before their verses', () => {
    const index = buildScriptureIndex([
      bulletin('a.txt', '2024-01-07', [], { reference: 'Rev 21:4' }),
      bulletin('b.txt', '2024-01-14', [], { reference: 'Micah 6:8' }),
      bulletin('c.txt', '2024-01-21', [], { reference: 'Gen 50:20' }),
      bulletin('d.txt', '2024-01-28', [], { reference: '1 Cor 13:4-7' }),
      bulletin('e.txt', '2024-02-04', [], { reference: 'Psalm 89:3' }),
      bulletin('f.txt', '2024-02-11', [], { reference: 'Psalm 89' }),
      bulletin('g.txt', '2024-02-18', [], { reference: 'Micah 6:6-8' }),
      bulletin('h.txt', '2024-02-25', [], { reference: 'Psalm 23' }),
    ]);
    expect(index.entries.map((entry) => entry.reference)).toEqual([
      'Genesis 50:20',
      'Psalm 23',
      'Psalm 89',
      'Psalm 89:3',
      'Micah 6:6–8',
      'Micah 6:8',
      '1 Corinthians 13:4–7',
      'Revelation 21:4',
    ]);
    expect(index.unrecognised).toEqual([]);
  });

  it('files a week that used a list under each passage of it', () => {
    const index = buildScriptureIndex([
      bulletin('a.txt', '2024-03-03', [], { reference: 'Psalm 89:1-2, 5' }),
      bulletin('b.txt', '2024-03-10', [], { reference: 'Psalm 23, 23' }),
    ]);
    expect(index.entries.map((entry) => [entry.reference, entry.uses.map((use) => use.file)])).toEqual([
      ['Psalm 23', ['b.txt']],
      ['Psalm 89:1–2', ['a.txt']],
      ['Psalm 89:5', ['a.txt']],
    ]);
    expect(index.entries[1]!.uses[0]!.written).toBe('Psalm 89:1-2, 5');
  });

  it('keeps references it cannot read, newest first, and skips weeks with no verse', () => {
    const index = buildScriptureIndex([
      bulletin('a.txt', '2024-03-03', [], { reference: 'From our founder', text: 'A saying we like.' }),
      bulletin('b.txt', null, [], { reference: 'Psalm 151:1' }),
      bulletin('c.txt', '2024-04-07', [], { reference: '', text: 'A verse with no reference.' }),
      bulletin('d.txt', '2024-05-05'),
      bulletin('e.txt', '2024-05-12', [], { reference: '  ', text: '  ' }),
    ]);
    expect(index.entries).toEqual([]);
    expect(index.unrecognised.map((use) => [use.file, use.written])).toEqual([
      ['c.txt', ''],
      ['a.txt', 'From our founder'],
      ['b.txt', 'Psalm 151:1'],
    ]);
  });

  it('treats several weeks in one file as several bulletins, undated uses last', () => {
    const index = buildScriptureIndex([
      bulletin('digest.txt#week-1', '2024-06-02', [], { reference: 'Isa 1:17' }),
      bulletin('digest.txt#week-2', '2024-06-09', [], { reference: 'Isaiah 1:17' }),
      bulletin('loose.txt', null, [], { reference: 'Is 1:17' }),
    ]);
    expect(index.entries).toHaveLength(1);
    expect(index.entries[0]!.uses.map((use) => use.file)).toEqual([
      'digest.txt#week-2',
      'digest.txt#week-1',
      'loose.txt',
    ]);
  });

  it('gives an empty index for an empty library', () => {
    expect(buildScriptureIndex([])).toEqual({ entries: [], unrecognised: [] });
  });
});
