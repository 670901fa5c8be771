// The prayer sheet model: composing helpers (pure, never mutating) and the schemas main checks sheets with.
// Requests here are written for these tests: fictional places and people, no real cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bulletin, Region } from '../../shared/model';
import {
  addEntries,
  addEntry,
  clip,
  createSheet,
  DEFAULT_LAYOUT,
  editEntryText,
  entryFromHit,
  entryFromItem,
  entryFromRequest,
  groupEntries,
  hasEntry,
  isEntryEdited,
  isSheetFull,
  MAX_ENTRY_TEXT_LENGTH,
  MAX_SHEET_ENTRIES,
  MAX_TITLE_LENGTH,
  moveEntry,
  moveEntryBy,
  prayerSheetSchema,
  printOrder,
  printSheetOptionsSchema,
  removeEntry,
  resetEntryText,
  savePdfOptionsSchema,
  sheetDraftSchema,
  sheetEntryId,
  sheetFromBulletin,
  sheetFromHits,
  sheetIdProblem,
  storedSheetSchema,
  summarizeSheet,
  updateLayout,
} from '../../shared/prayer-sheet';
import type { PrayerSheet, SheetDraft, SheetEntry } from '../../shared/prayer-sheet';
import type { SearchHit } from '../../shared/search-types';

const DEFAULTS = { title: 'Prayer requests — Sunday 29 November 2026', paperSize: 'A4' as const };

function entry(n: number, region: Region = 'Africa', text = `Pray for request number ${n}.`): SheetEntry {
  return {
    id: sheetEntryId(`2026/bulletin-${n}.txt`, n % 3),
    source: {
      file: `2026/bulletin-${n}.txt`,
      itemIndex: n % 3,
      date: '2026-11-15',
      region,
      kind: 'prayer',
      countries: [],
      pseudonyms: [],
      heading: region,
    },
    originalText: text,
    text,
  };
}

function sheetWith(...entries: SheetEntry[]): SheetDraft {
  return addEntries(createSheet(DEFAULTS), entries);
}

const ids = (sheet: SheetDraft) => sheet.entries.map((e) => e.id);

const BULLETIN: Bulletin = {
  file: '2026/2026-11-15 requests.txt',
  title: 'Prayer Requests',
  date: '2026-11-15',
  dateSource: 'text',
  scripture: { text: 'Seek justice, and plead for the widow.', reference: 'Isaiah 1:17' },
  items: [
    {
      region: 'Africa',
      heading: null,
      kind: 'praise',
      text: 'Give thanks that Amani* and her brothers are back at school in Lindi.',
      countries: ['Tanzania'],
      pseudonyms: ['Amani'],
    },
    {
      region: 'South Asia',
      heading: 'South Asia',
      kind: 'prayer',
      text: 'Pray for the twelve families leaving the quarry this week.',
      countries: ['India'],
      pseudonyms: [],
    },
    {
      region: 'Latin America & Caribbean',
      heading: 'Latin America & Caribbean',
      kind: 'info',
      text: 'Our regional office moves to a new building next month.',
      countries: [],
      pseudonyms: [],
    },
  ],
  warnings: [],
};

function hit(
  file: string,
  itemIndex: number,
  text: string,
  region: Region = 'Southeast Asia & Pacific',
): SearchHit {
  return {
    id: `${file}#${itemIndex}`,
    file,
    itemIndex,
    date: '2026-10-04',
    region,
    kind: 'prayer',
    score: 1,
    snippet: text,
    snippetRanges: [],
    text,
    ranges: [],
  };
}

describe('createSheet', () => {
  it('starts an unsaved, empty sheet with the given title and paper size', () => {
    const sheet = createSheet({ ...DEFAULTS, paperSize: 'Letter', churchName: 'St Brendan’s' });
    expect(sheet).toEqual({
      id: null,
      title: DEFAULTS.title,
      churchName: 'St Brendan’s',
      verse: null,
      introduction: '',
      entries: [],
      layout: { ...DEFAULT_LAYOUT, paperSize: 'Letter' },
      createdAt: null,
      updatedAt: null,
    });
    expect(sheetDraftSchema.safeParse(sheet).success).toBe(true);
  });

  it('takes other layout settings, and cuts an overlong title', () => {
    const sheet = createSheet({
      ...DEFAULTS,
      title: 'x'.repeat(500),
      layout: { columns: 2, notes: 'lines' },
    });
    expect(sheet.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(sheet.layout).toMatchObject({ columns: 2, notes: 'lines', paperSize: 'A4' });
  });
});

describe('entries from the reader and from results', () => {
  it('copies an item with everything about its source', () => {
    expect(entryFromItem(BULLETIN, 0)).toEqual({
      id: '2026/2026-11-15 requests.txt#0',
      source: {
        file: BULLETIN.file,
        itemIndex: 0,
        date: '2026-11-15',
        region: 'Africa',
        kind: 'praise',
        countries: ['Tanzania'],
        pseudonyms: ['Amani'],
        heading: null,
      },
      originalText: BULLETIN.items[0]!.text,
      text: BULLETIN.items[0]!.text,
    });
    expect(entryFromItem(BULLETIN, 7)).toBeNull();
  });

  it('copies a hit, reading pseudonyms from its stars', () => {
    const fromHit = entryFromHit(hit('2026/a.txt', 4, 'Pray for Tala* and Nimo* as they testify.'));
    expect(fromHit.id).toBe('2026/a.txt#4');
    expect(fromHit.source).toMatchObject({ heading: null, countries: [], pseudonyms: ['Tala', 'Nimo'] });
    expect(fromHit.text).toBe(fromHit.originalText);
  });

  it('cuts a runaway paragraph to the limit, with an ellipsis', () => {
    const long = entryFromHit(hit('2026/a.txt', 0, 'word '.repeat(5000)));
    expect(long.text).toHaveLength(MAX_ENTRY_TEXT_LENGTH);
    expect(long.text.endsWith('…')).toBe(true);
  });
});

describe('adding and removing', () => {
  it('adds at the end, never twice, without changing the sheet it was given', () => {
    const empty = createSheet(DEFAULTS);
    const one = addEntry(empty, entry(1));
    const two = addEntry(one, entry(2));
    expect(empty.entries).toEqual([]);
    expect(ids(two)).toEqual([entry(1).id, entry(2).id]);
    expect(addEntry(two, entry(1))).toBe(two);
    expect(hasEntry(two, entry(2).id)).toBe(true);
  });

  it('stops at MAX_SHEET_ENTRIES', () => {
    const full = addEntries(
      createSheet(DEFAULTS),
      Array.from({ length: MAX_SHEET_ENTRIES + 5 }, (_, n) => entry(n)),
    );
    expect(full.entries).toHaveLength(MAX_SHEET_ENTRIES);
    expect(isSheetFull(full)).toBe(true);
    expect(addEntry(full, entry(9999))).toBe(full);
  });

  it('removes by id; removing what is not there changes nothing', () => {
    const sheet = sheetWith(entry(1), entry(2), entry(3));
    expect(ids(removeEntry(sheet, entry(2).id))).toEqual([entry(1).id, entry(3).id]);
    expect(removeEntry(sheet, 'gone.txt#0')).toBe(sheet);
  });
});

describe('reordering', () => {
  const sheet = sheetWith(entry(1), entry(2), entry(3), entry(4));
  const order = (s: SheetDraft) => s.entries.map((e) => Number(/bulletin-(\d+)/.exec(e.id)?.[1]));

  it('moves from one index to another, as a drag and drop does', () => {
    expect(order(moveEntry(sheet, 0, 2))).toEqual([2, 3, 1, 4]);
    expect(order(moveEntry(sheet, 3, 0))).toEqual([4, 1, 2, 3]);
    expect(order(moveEntry(sheet, 1, 99))).toEqual([1, 3, 4, 2]);
    expect(order(moveEntry(sheet, 2, -5))).toEqual([3, 1, 2, 4]);
  });

  it('ignores moves from nowhere and moves to the same place', () => {
    expect(moveEntry(sheet, 4, 0)).toBe(sheet);
    expect(moveEntry(sheet, -1, 0)).toBe(sheet);
    expect(moveEntry(sheet, 1.5, 0)).toBe(sheet);
    expect(moveEntry(sheet, 2, 2)).toBe(sheet);
    expect(moveEntry(sheet, 0, Number.NaN)).toBe(sheet);
  });

  it('moves by places for the keyboard, stopping at the ends', () => {
    expect(order(moveEntryBy(sheet, entry(3).id, -1))).toEqual([1, 3, 2, 4]);
    expect(order(moveEntryBy(sheet, entry(3).id, 1))).toEqual([1, 2, 4, 3]);
    expect(moveEntryBy(sheet, entry(1).id, -1)).toBe(sheet);
    expect(moveEntryBy(sheet, entry(4).id, 1)).toBe(sheet);
    expect(moveEntryBy(sheet, 'missing#1', 1)).toBe(sheet);
  });

  it('always keeps the same entries, only in another order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer(), fc.integer(), (count, from, to) => {
        const s = sheetWith(...Array.from({ length: count }, (_, n) => entry(n)));
        const moved = moveEntry(s, ((from % count) + count) % count, to % 20);
        expect([...ids(moved)].sort()).toEqual([...ids(s)].sort());
      }),
    );
  });
});

describe('editing the wording', () => {
  it('changes only the sheet’s copy, and can put the bulletin’s wording back', () => {
    const sheet = sheetWith(entry(1), entry(2));
    const edited = editEntryText(sheet, entry(1).id, 'Pray for the hearing on Thursday.');
    expect(edited.entries[0]).toMatchObject({
      text: 'Pray for the hearing on Thursday.',
      originalText: entry(1).originalText,
    });
    expect(isEntryEdited(edited.entries[0]!)).toBe(true);
    expect(edited.entries[1]).toBe(sheet.entries[1]);
    expect(sheet.entries[0]!.text).toBe(entry(1).text);
    const reset = resetEntryText(edited, entry(1).id);
    expect(reset.entries[0]!.text).toBe(entry(1).originalText);
    expect(isEntryEdited(reset.entries[0]!)).toBe(false);
  });

  it('returns the same sheet when nothing changes, and cuts overlong text', () => {
    const sheet = sheetWith(entry(1));
    expect(editEntryText(sheet, entry(1).id, entry(1).text)).toBe(sheet);
    expect(editEntryText(sheet, 'missing#0', 'x')).toBe(sheet);
    expect(resetEntryText(sheet, 'missing#0')).toBe(sheet);
    const long = editEntryText(sheet, entry(1).id, 'y'.repeat(MAX_ENTRY_TEXT_LENGTH + 10));
    expect(long.entries[0]!.text).toHaveLength(MAX_ENTRY_TEXT_LENGTH);
  });

  it('changes layout settings', () => {
    const sheet = updateLayout(createSheet(DEFAULTS), { grouping: 'region', noticeBoard: true });
    expect(sheet.layout).toEqual({ ...DEFAULT_LAYOUT, grouping: 'region', noticeBoard: true });
  });
});

describe('groupEntries', () => {
  const mixed = sheetWith(
    entry(1, 'Southeast Asia & Pacific'),
    entry(2, 'Africa'),
    entry(3, 'Global'),
    entry(4, 'Africa'),
    entry(5, 'Latin America & Caribbean'),
  );

  it('groups by region in REGIONS order, keeping the chosen order inside, numbering straight through', () => {
    const groups = groupEntries(updateLayout(mixed, { grouping: 'region' }));
    expect(groups.map((g) => g.region)).toEqual([
      'Africa',
      'Southeast Asia & Pacific',
      'Latin America & Caribbean',
      'Global',
    ]);
    expect(groups.map((g) => g.entries.map((n) => [n.number, n.entry.id]))).toEqual([
      [
        [1, entry(2).id],
        [2, entry(4).id],
      ],
      [[3, entry(1).id]],
      [[4, entry(5).id]],
      [[5, entry(3).id]],
    ]);
    expect(printOrder(updateLayout(mixed, { grouping: 'region' })).map((e) => e.id)).toEqual(
      [2, 4, 1, 5, 3].map((n) => entry(n).id),
    );
  });

  it('keeps the chosen order as one group without a heading', () => {
    const groups = groupEntries(mixed);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.region).toBeNull();
    expect(groups[0]!.entries.map((n) => n.number)).toEqual([1, 2, 3, 4, 5]);
    expect(groups[0]!.entries.map((n) => n.entry.id)).toEqual(ids(mixed));
  });

  it('has no groups for an empty sheet', () => {
    expect(groupEntries(updateLayout(createSheet(DEFAULTS), { grouping: 'region' }))).toEqual([]);
    expect(groupEntries(createSheet(DEFAULTS))).toEqual([]);
  });
});

describe('quick starts', () => {
  it('makes a sheet from a bulletin: every item in its order, and its verse', () => {
    const sheet = sheetFromBulletin(BULLETIN, DEFAULTS);
    expect(ids(sheet)).toEqual([0, 1, 2].map((i) => `${BULLETIN.file}#${i}`));
    expect(sheet.verse).toEqual({ text: BULLETIN.scripture!.text, reference: 'Isaiah 1:17' });
    expect(sheet.title).toBe(DEFAULTS.title);
    expect(sheet.id).toBeNull();
    expect(sheetDraftSchema.safeParse(sheet).success).toBe(true);
    expect(sheetFromBulletin({ ...BULLETIN, scripture: null }, DEFAULTS).verse).toBeNull();
  });

  it('makes a sheet from results in the order shown, each request once', () => {
    const hits = [
      hit('2026/b.txt', 1, 'Pray for the rescue team in Davao.'),
      hit('2026/a.txt', 0, 'Give thanks for a fair verdict.', 'Africa'),
      hit('2026/b.txt', 1, 'Pray for the rescue team in Davao.'),
    ];
    const sheet = sheetFromHits(hits, DEFAULTS);
    expect(ids(sheet)).toEqual(['2026/b.txt#1', '2026/a.txt#0']);
    expect(sheetDraftSchema.safeParse(sheet).success).toBe(true);
    expect(sheetFromHits([], DEFAULTS).entries).toEqual([]);
  });
});

describe('schemas', () => {
  const saved: PrayerSheet = {
    ...sheetWith(entry(1), entry(2, 'Europe')),
    id: 'm3k2x1c-a1b2c3d4e5',
    verse: { text: 'Let justice roll down.', reference: 'Amos 5:24' },
    createdAt: '2026-11-24T09:15:00.000Z',
    updatedAt: '2026-11-24T09:20:00.000Z',
  };

  it('accept a saved sheet and a new draft', () => {
    expect(prayerSheetSchema.parse(saved)).toEqual(saved);
    expect(sheetDraftSchema.parse(saved)).toEqual(saved);
    expect(summarizeSheet(saved)).toEqual({
      id: saved.id,
      title: saved.title,
      updatedAt: saved.updatedAt,
      entryCount: 2,
    });
  });

  it.each<[string, (s: PrayerSheet) => unknown]>([
    ['an id with path characters', (s) => ({ ...s, id: '../settings' })],
    ['an id with a slash', (s) => ({ ...s, id: 'a/b' })],
    ['an upper-case id', (s) => ({ ...s, id: 'Sheet1' })],
    ['a Windows device name as id', (s) => ({ ...s, id: 'con' })],
    ['an overlong title', (s) => ({ ...s, title: 'x'.repeat(MAX_TITLE_LENGTH + 1) })],
    ['an overlong introduction', (s) => ({ ...s, introduction: 'x'.repeat(5000) })],
    [
      'an overlong entry text',
      (s) => ({ ...s, entries: [{ ...s.entries[0]!, text: 'x'.repeat(MAX_ENTRY_TEXT_LENGTH + 1) }] }),
    ],
    [
      'too many entries',
      (s) => ({ ...s, entries: Array.from({ length: MAX_SHEET_ENTRIES + 1 }, (_, n) => entry(n)) }),
    ],
    ['the same request twice', (s) => ({ ...s, entries: [s.entries[0], s.entries[0]] })],
    [
      'an entry id that is not its source',
      (s) => ({ ...s, entries: [{ ...s.entries[0]!, id: 'other.txt#0' }] }),
    ],
    [
      'an unknown region',
      (s) => ({
        ...s,
        entries: [{ ...s.entries[0]!, source: { ...s.entries[0]!.source, region: 'Atlantis' } }],
      }),
    ],
    [
      'a bad bulletin date',
      (s) => ({
        ...s,
        entries: [{ ...s.entries[0]!, source: { ...s.entries[0]!.source, date: '15/11/2026' } }],
      }),
    ],
    [
      'a NUL in a source file',
      (s) => ({
        ...s,
        entries: [
          { ...s.entries[0]!, id: 'a\u0000#0', source: { ...s.entries[0]!.source, file: 'a\u0000' } },
        ],
      }),
    ],
    ['three columns', (s) => ({ ...s, layout: { ...s.layout, columns: 3 } })],
    ['an unknown paper size', (s) => ({ ...s, layout: { ...s.layout, paperSize: 'A3' } })],
    ['an unknown key', (s) => ({ ...s, extra: true })],
    ['an unknown layout key', (s) => ({ ...s, layout: { ...s.layout, colour: 'red' } })],
    ['a missing layout', (s) => ({ ...s, layout: undefined })],
    ['a missing calendar setting', (s) => ({ ...s, layout: { ...s.layout, calendar: undefined } })],
    [
      'a calendar of a fortnight',
      (s) => ({
        ...s,
        layout: { ...s.layout, calendar: { span: 'fortnight', start: '2026-12-06', rule: 'in-order' } },
      }),
    ],
    [
      'a calendar without a start',
      (s) => ({ ...s, layout: { ...s.layout, calendar: { span: 'week', rule: 'in-order' } } }),
    ],
    [
      'a calendar starting on no real day',
      (s) => ({
        ...s,
        layout: { ...s.layout, calendar: { span: 'week', start: '2026-13-01', rule: 'in-order' } },
      }),
    ],
    [
      'a calendar with an unknown key',
      (s) => ({
        ...s,
        layout: { ...s.layout, calendar: { span: 'week', start: '2026-12-06', rule: 'in-order', colour: 1 } },
      }),
    ],
    ['a bad time', (s) => ({ ...s, updatedAt: 'yesterday' })],
  ])('refuse %s', (_what, change) => {
    expect(sheetDraftSchema.safeParse(change(saved)).success).toBe(false);
  });

  it('take a calendar layout: a week or a month, from a day, one region a day or in order', () => {
    for (const calendar of [
      { span: 'week', start: '2026-12-06', rule: 'region-per-day' },
      { span: 'month', start: '2027-01-01', rule: 'in-order' },
    ]) {
      const sheet = { ...saved, layout: { ...saved.layout, calendar } };
      expect(sheetDraftSchema.parse(sheet).layout.calendar).toEqual(calendar);
    }
  });

  it('read sheets saved before calendars existed as lists; a damaged calendar too', () => {
    const { calendar: _calendar, ...oldLayout } = saved.layout;
    expect(storedSheetSchema.parse({ ...saved, layout: oldLayout }).layout).toEqual({
      ...saved.layout,
      calendar: null,
    });
    const damaged = { ...saved.layout, calendar: { span: 'week', start: 'soon', rule: 'in-order' } };
    expect(storedSheetSchema.parse({ ...saved, layout: damaged }).layout.calendar).toBeNull();
    const month = { span: 'month', start: '2027-02-01', rule: 'region-per-day', addedLater: 1 };
    expect(
      storedSheetSchema.parse({ ...saved, layout: { ...saved.layout, calendar: month } }).layout.calendar,
    ).toEqual({
      span: 'month',
      start: '2027-02-01',
      rule: 'region-per-day',
    });
  });

  it('a draft may have a null id and times; a saved sheet may not', () => {
    const draft = { ...saved, id: null, createdAt: null, updatedAt: null };
    expect(sheetDraftSchema.safeParse(draft).success).toBe(true);
    expect(prayerSheetSchema.safeParse(draft).success).toBe(false);
  });

  it('read stored sheets kindly: unknown keys dropped, a damaged layout setting reset', () => {
    const stored = storedSheetSchema.parse({
      ...saved,
      futureField: 1,
      layout: { ...saved.layout, columns: 3, notes: 'doodles', newOption: true },
    });
    expect(stored).not.toHaveProperty('futureField');
    expect(stored.layout).toEqual({ ...saved.layout, columns: DEFAULT_LAYOUT.columns, notes: 'none' });
    expect(storedSheetSchema.parse({ ...saved, layout: 'broken' }).layout).toEqual(DEFAULT_LAYOUT);
    // Content that matters is still checked.
    expect(storedSheetSchema.safeParse({ ...saved, entries: 'none' }).success).toBe(false);
  });

  it('check print and PDF options', () => {
    expect(printSheetOptionsSchema.safeParse({ paperSize: 'Letter' }).success).toBe(true);
    expect(printSheetOptionsSchema.safeParse({ paperSize: 'A5' }).success).toBe(false);
    expect(printSheetOptionsSchema.safeParse({ paperSize: 'A4', silent: true }).success).toBe(false);
    expect(
      savePdfOptionsSchema.safeParse({ paperSize: 'A4', suggestedName: 'Prayer sheet 2026-11-29.pdf' })
        .success,
    ).toBe(true);
    expect(savePdfOptionsSchema.safeParse({ paperSize: 'A4', suggestedName: '../../x.pdf' }).success).toBe(
      false,
    );
    expect(savePdfOptionsSchema.safeParse({ paperSize: 'A4', suggestedName: 'x.exe' }).success).toBe(false);
    // Sideways for a month calendar; said only when true, but false is fine too.
    expect(printSheetOptionsSchema.safeParse({ paperSize: 'A4', landscape: true }).success).toBe(true);
    expect(printSheetOptionsSchema.safeParse({ paperSize: 'A4', landscape: false }).success).toBe(true);
    expect(printSheetOptionsSchema.safeParse({ paperSize: 'A4', landscape: 'yes' }).success).toBe(false);
    expect(
      savePdfOptionsSchema.safeParse({ paperSize: 'Letter', landscape: true, suggestedName: 'Calendar.pdf' })
        .success,
    ).toBe(true);
  });

  it('sheet ids are lower-case safe tokens', () => {
    expect(sheetIdProblem('m3k2x1c-a1b2c3d4e5')).toBeNull();
    for (const bad of ['', '-a', 'a.b', 'a b', 'A', 'x'.repeat(65), 'aux', 'com1', '..', 'a\\b']) {
      expect(sheetIdProblem(bad)).not.toBeNull();
    }
  });
});

describe('entryFromRequest', () => {
  it('makes the sheet entry for a request a story view shows, reading pseudonyms from the text', () => {
    const entry = entryFromRequest({
      file: '2025/2025-05-04.txt',
      itemIndex: 3,
      date: '2025-05-04',
      region: 'Africa',
      kind: 'praise',
      text: 'Give thanks that Halima* has started her apprenticeship as a tailor in Kampala.',
      countries: ['Uganda'],
    });
    expect(entry).toEqual({
      id: '2025/2025-05-04.txt#3',
      source: {
        file: '2025/2025-05-04.txt',
        itemIndex: 3,
        date: '2025-05-04',
        region: 'Africa',
        kind: 'praise',
        countries: ['Uganda'],
        pseudonyms: ['Halima'],
        heading: null,
      },
      originalText: entry.text,
      text: 'Give thanks that Halima* has started her apprenticeship as a tailor in Kampala.',
    });
    const { countries: _countries, ...source } = entry.source;
    const long = entryFromRequest({ ...source, text: 'x'.repeat(MAX_ENTRY_TEXT_LENGTH + 5) });
    expect(long.text.length).toBe(MAX_ENTRY_TEXT_LENGTH);
    expect(long.source.countries).toEqual([]);
    expect(
      sheetDraftSchema.safeParse(addEntry(createSheet({ title: 't', paperSize: 'A4' }), long)).success,
    ).toBe(true);
  });
});

describe('clip', () => {
  it('leaves short text alone and never splits a surrogate pair', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('abcdef', 4)).toBe('abc…');
    const clipped = clip('ab🙏🙏🙏', 4);
    expect(clipped).toBe('ab…');
    expect(clipped.length).toBeLessThanOrEqual(4);
  });
});
