// The sheet's logic without a screen: page breaks from measured heights, the search for the largest type
// size that fits, where a dragged request lands, the sheet state, and saving that never makes two files.
import { describe, expect, it, vi } from 'vitest';
import type { PrayerSheet, SheetDraft } from '../../../shared/prayer-sheet';
import { addEntries, createSheet, entryFromHit } from '../../../shared/prayer-sheet';
import { advanceFit, FIRST_FIT_STEP, paginate } from '../../../renderer/src/sheet/paginate';
import type { FitStep } from '../../../renderer/src/sheet/paginate';
import { paperContent } from '../../../renderer/src/sheet/paper-content';
import { contentBoxMm, FONT_STEPS_PT, minimumFontPt } from '../../../renderer/src/sheet/paper-metrics';
import { dropIndex, shortText } from '../../../renderer/src/sheet/sheet-format';
import { SheetSession } from '../../../renderer/src/sheet/sheet-session';
import { initialSheetState, isDirty, sheetReducer } from '../../../renderer/src/sheet/sheet-state';
import { suggestedPdfName } from '../../../renderer/src/sheet/sheet-print';
import { ALL_HITS } from './fake-sheet-api';

function draft(count = 3): SheetDraft {
  return addEntries(
    createSheet({ title: 'Sheet', paperSize: 'A4' }),
    ALL_HITS.slice(0, count).map(entryFromHit),
  );
}

describe('paginate', () => {
  const base = { head: 100, runningHead: 20, pageHeight: 400, columns: 1 as const };

  it('keeps everything on one page when it fits', () => {
    const pages = paginate({ ...base, blocks: [100, 100, 100], keepWithNext: [false, false, false] });
    expect(pages).toEqual([{ columns: [[0, 1, 2]] }]);
  });

  it('breaks between requests, never inside one, and leaves room for the running title', () => {
    const pages = paginate({ ...base, blocks: [150, 150, 150, 150, 150], keepWithNext: [] });
    // First page: 400 - 100 = 300 → two; next pages: 400 - 20 = 380 → two each.
    expect(pages.map((p) => p.columns[0])).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('keeps a region heading with the request under it', () => {
    const pages = paginate({ ...base, blocks: [250, 30, 100], keepWithNext: [false, true, false] });
    expect(pages.map((p) => p.columns[0])).toEqual([[0], [1, 2]]);
  });

  it('fills the first column, then the second, then a new page', () => {
    const pages = paginate({ ...base, columns: 2, blocks: [200, 200, 200, 300, 300], keepWithNext: [] });
    expect(pages).toEqual([{ columns: [[0], [1]] }, { columns: [[2], [3]] }, { columns: [[4], []] }]);
  });

  it('puts a request taller than a page alone on its page', () => {
    const pages = paginate({ ...base, blocks: [50, 900, 50], keepWithNext: [] });
    expect(pages.map((p) => p.columns[0])).toEqual([[0], [1], [2]]);
  });
});

describe('the type size search', () => {
  /** Runs the search against a sheet that fits one page from `fitsFrom` (an index) on; null: never. */
  function search(count: number, fitsFrom: number | null) {
    const tried: number[] = [];
    let step: FitStep = FIRST_FIT_STEP;
    for (;;) {
      tried.push(step.trial);
      const next = advanceFit(step, fitsFrom !== null && step.trial >= fitsFrom, count);
      if ('settle' in next) return { settle: next.settle, tried };
      step = next;
    }
  }

  it('keeps the usual size when the sheet fits', () => {
    expect(search(5, 0)).toEqual({ settle: 0, tried: [0] });
  });

  it('finds the largest size that fits, measuring few', () => {
    for (let fitsFrom = 1; fitsFrom < 5; fitsFrom += 1) {
      const result = search(5, fitsFrom);
      expect(result.settle).toBe(fitsFrom);
      expect(result.tried.length).toBeLessThanOrEqual(4);
    }
  });

  it('goes back to the usual size when even the smallest does not fit one page', () => {
    expect(search(5, null)).toEqual({ settle: 0, tried: [0, 4] });
  });

  it('never goes below the readable minimum', () => {
    expect(minimumFontPt('normal')).toBe(10.5);
    expect(minimumFontPt('large')).toBe(14);
    expect(Math.min(...FONT_STEPS_PT.large)).toBe(14);
    expect(contentBoxMm('A4')).toEqual({ width: 186, height: 273 });
  });
});

describe('what goes on paper', () => {
  it('numbers the requests in print order, under region headings when grouped', () => {
    const sheet = draft(5);
    const chosen = paperContent(sheet);
    expect(chosen.blocks.map((b) => b.kind)).toEqual(['entry', 'entry', 'entry', 'entry', 'entry']);
    const grouped = paperContent({ ...sheet, layout: { ...sheet.layout, grouping: 'region' } });
    expect(grouped.blocks.map((b) => (b.kind === 'region' ? b.region : b.number))).toEqual([
      'Africa',
      1,
      'South Asia',
      2,
      'Southeast Asia & Pacific',
      3,
      'Latin America & Caribbean',
      4,
      'Global',
      5,
    ]);
  });

  it('leaves out an empty verse, and the names on a notice board', () => {
    const sheet = { ...draft(3), verse: { text: ' ', reference: '' } };
    expect(paperContent(sheet).verse).toBeNull();
    const board = paperContent({ ...sheet, layout: { ...sheet.layout, noticeBoard: true } });
    const lucia = board.blocks.find((b) => b.kind === 'entry' && b.number === 3);
    expect(lucia && lucia.kind === 'entry' && lucia.text).toBe(
      'Pray for a survivor as she tells her story to the judge in Lima.',
    );
  });

  it('proposes a dated PDF name for this week’s title, else one from the title', () => {
    const now = new Date(2026, 2, 10, 12);
    expect(suggestedPdfName({ title: 'Prayer requests — Sunday, March 15, 2026' }, now, 'en-US')).toBe(
      'Prayer sheet 2026-03-15.pdf',
    );
    expect(suggestedPdfName({ title: 'Lent: week 3 / Africa' }, now, 'en-US')).toBe('Lent week 3 Africa.pdf');
    expect(suggestedPdfName({ title: '  ' }, now)).toBe('Prayer sheet 2026-03-15.pdf');
  });
});

describe('small helpers', () => {
  it('works out where a dragged request lands', () => {
    expect(dropIndex(0, 2, true)).toBe(2);
    expect(dropIndex(0, 2, false)).toBe(1);
    expect(dropIndex(3, 0, false)).toBe(0);
    expect(dropIndex(3, 0, true)).toBe(1);
    expect(dropIndex(2, 2, false)).toBe(2);
  });

  it('shortens a request at a word for labels', () => {
    expect(shortText('Pray for the families in Uganda waiting for a court', 30)).toBe(
      'Pray for the families in…',
    );
    expect(shortText('Short one.', 30)).toBe('Short one.');
  });
});

describe('the sheet state', () => {
  it('knows unsaved changes, and takes the id of a save that came back after more changes', () => {
    let state = initialSheetState(draft(2));
    expect(isDirty(state)).toBe(true);
    const sent = state.draft;
    state = sheetReducer(state, { type: 'details', patch: { title: 'Changed meanwhile' } });
    const saved: PrayerSheet = {
      ...sent,
      id: 'abc',
      createdAt: '2026-03-10T09:00:00.000Z',
      updatedAt: '2026-03-10T09:00:00.000Z',
    };
    state = sheetReducer(state, { type: 'saved', session: state.session, sent, sheet: saved });
    expect(state.draft.id).toBe('abc');
    expect(state.draft.title).toBe('Changed meanwhile');
    expect(isDirty(state)).toBe(true);
  });

  it('ignores the answer to a save of a sheet no longer in front', () => {
    let state = initialSheetState(draft(2));
    const sent = state.draft;
    state = sheetReducer(state, { type: 'replace', draft: draft(1), saved: false });
    const saved: PrayerSheet = {
      ...sent,
      id: 'old',
      createdAt: '2026-03-10T09:00:00.000Z',
      updatedAt: '2026-03-10T09:00:00.000Z',
    };
    const after = sheetReducer(state, { type: 'saved', session: 0, sent, sheet: saved });
    expect(after).toBe(state);
  });

  it('returns the same state when nothing changes', () => {
    const state = initialSheetState(draft(2));
    expect(sheetReducer(state, { type: 'layout', patch: { paperSize: 'A4' } })).toBe(state);
    expect(sheetReducer(state, { type: 'move', id: state.draft.entries[0]!.id, by: -1 })).toBe(state);
    expect(sheetReducer(state, { type: 'details', patch: { title: state.draft.title } })).toBe(state);
  });

  it('puts a removed request back where it was', () => {
    let state = initialSheetState(draft(3));
    const [, second] = state.draft.entries;
    state = sheetReducer(state, { type: 'remove', id: second!.id });
    state = sheetReducer(state, { type: 'insert', entry: second!, index: 1 });
    expect(state.draft.entries.map((e) => e.id)).toEqual(draft(3).entries.map((e) => e.id));
  });
});

describe('saving', () => {
  it('never makes two files of one new sheet, however quickly saves follow each other', async () => {
    const saves: SheetDraft[] = [];
    const answers: (() => void)[] = [];
    let n = 0;
    const api = {
      saveSheet(d: SheetDraft): Promise<PrayerSheet> {
        saves.push(d);
        const now = new Date(Date.UTC(2026, 2, 10, 9, 0, n++)).toISOString();
        // Main answers when the test says so: a save is "on its way" meanwhile.
        return new Promise((resolve) =>
          answers.push(() =>
            resolve({ ...d, id: d.id ?? 'only-one', createdAt: d.createdAt ?? now, updatedAt: now }),
          ),
        );
      },
    };
    const session = new SheetSession(draft(1), api);
    const first = session.saveNow();
    await vi.waitFor(() => expect(saves).toHaveLength(1));
    // Changed while the first save of the new sheet is on its way, and saved again at once.
    session.dispatch({ type: 'details', patch: { title: 'Second' } });
    const second = session.saveNow();
    answers.shift()!();
    await first;
    await vi.waitFor(() => expect(saves).toHaveLength(2));
    answers.shift()!();
    await second;
    expect(saves.map((d) => [d.id, d.title])).toEqual([
      [null, 'Sheet'],
      ['only-one', 'Second'],
    ]);
    expect(session.state.draft).toBe(session.state.saved);
    // Changes made before a queued save runs go with it: one call, not one per change.
    session.dispatch({ type: 'details', patch: { title: 'Third' } });
    const third = session.saveNow();
    session.dispatch({ type: 'details', patch: { title: 'Fourth' } });
    const fourth = session.saveNow();
    await vi.waitFor(() => expect(saves).toHaveLength(3));
    answers.shift()!();
    await Promise.all([third, fourth]);
    expect(saves.map((d) => d.title)).toEqual(['Sheet', 'Second', 'Fourth']);
    expect(saves.every((d, i) => i === 0 || d.id === 'only-one')).toBe(true);
  });

  it('does not save a sheet with nothing on it', async () => {
    const calls: SheetDraft[] = [];
    const session = new SheetSession(createSheet({ title: 'Empty', paperSize: 'A4' }), {
      saveSheet: async (d) => {
        calls.push(d);
        throw new Error('not expected');
      },
    });
    expect(await session.saveNow()).toBeNull();
    expect(calls).toEqual([]);
  });
});
