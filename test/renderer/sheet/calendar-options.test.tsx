// The prayer calendar in the print preview: "Print as" a week or a month, the first day or the month, one
// region a day or in the sheet's order; the page the printer gets (seven day boxes, or a Sunday-first month
// turned sideways) and Print asking for a sideways page. Also the calendar's words: headings, shortening.
import '../dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { SheetDraft } from '../../../shared/prayer-sheet';
import { addEntries, createSheet, entryFromHit } from '../../../shared/prayer-sheet';
import {
  calendarContent,
  calendarHeading,
  shortRequest,
  weekdayName,
} from '../../../renderer/src/sheet/calendar-content';
import {
  calendarFor,
  defaultMonthStart,
  defaultWeekStart,
} from '../../../renderer/src/sheet/calendar-options';
import { ALL_HITS, createFakeSheetApi } from './fake-sheet-api';
import { renderSheet, sheetPanel } from './render-sheet';

function sheetOf(count = ALL_HITS.length): SheetDraft {
  const sheet = createSheet({ title: 'Praying through December', paperSize: 'A4' });
  return addEntries(sheet, ALL_HITS.slice(0, count).map(entryFromHit));
}

function root() {
  return document.querySelector('.sheet-print-root');
}

async function openPreview(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(sheetPanel()).getByRole('button', { name: 'Preview and layout…' }));
  return screen.getByRole('dialog', { name: 'Print preview' });
}

// A whole month laid out and printed in jsdom takes a few seconds on a small shared machine.
describe('printing the sheet as a calendar', { timeout: 20_000 }, () => {
  it('prints a month as a Sunday-first grid on a page turned sideways, one region a day', async () => {
    const user = userEvent.setup();
    const api = createFakeSheetApi();
    renderSheet({ api, initial: sheetOf() });
    const dialog = await openPreview(user);
    await user.click(within(dialog).getByRole('radio', { name: 'A month' }));
    // List-only choices make way for the calendar's.
    expect(within(dialog).queryByRole('radio', { name: 'Two' })).toBeNull();
    expect(within(dialog).queryByRole('checkbox', { name: 'Number the requests' })).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Month'), { target: { value: '2026-12' } });

    await waitFor(() => expect(root()?.querySelector('.paper-calendar.is-month')).not.toBeNull());
    await waitFor(() => expect(root()!.querySelectorAll('.cal-cell[data-date]')).toHaveLength(31));
    expect(root()!.querySelector('style')?.textContent).toContain('size: A4 landscape');
    expect(root()!.querySelector('.cal-range')?.textContent).toBe(
      calendarHeading({ span: 'month', start: '2026-12-01', rule: 'region-per-day' }, []),
    );
    // 1 December 2026 is a Tuesday: two empty boxes before it.
    const cells = [...root()!.querySelectorAll('.cal-month > .cal-cell')];
    expect(cells.slice(0, 3).map((c) => c.getAttribute('data-date'))).toEqual([null, null, '2026-12-01']);
    expect(root()!.querySelectorAll('.cal-weekday-head')[0]!.textContent).toBe(weekdayName(0));
    // One region a day, every request on the page at least once.
    const regions = new Set([...root()!.querySelectorAll('.cal-cell .cal-region')].map((r) => r.textContent));
    expect([...regions].sort()).toEqual([
      'Africa',
      'Global',
      'Latin America & Caribbean',
      'South Asia',
      'Southeast Asia & Pacific',
    ]);
    const printed = root()!.textContent ?? '';
    for (const hit of ALL_HITS) expect(printed).toContain(hit.text);

    // The preview shows the page sideways and says so.
    const page = within(dialog).getByRole('group', { name: 'Page 1 of 1' });
    const paper = page.querySelector<HTMLElement>('.preview-paper')!;
    expect(paper.style.width).toBe('297mm');
    expect(paper.style.height).toBe('210mm');
    expect(within(dialog).getByText(/Month calendar · 5 requests · 1 page · A4, sideways/)).toBeTruthy();
    expect(within(dialog).getByText(/Fits on one page turned sideways/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Print…' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.name === 'printSheet')?.args[0]).toEqual({
        paperSize: 'A4',
        landscape: true,
      }),
    );
    await waitFor(() =>
      expect([...api.sheets.values()][0]?.layout.calendar).toEqual({
        span: 'month',
        start: '2026-12-01',
        rule: 'region-per-day',
      }),
    );
  });

  it('prints a week as seven day boxes from the chosen day, in the sheet’s order, upright', async () => {
    const user = userEvent.setup();
    renderSheet({ initial: sheetOf() });
    const dialog = await openPreview(user);
    await user.click(within(dialog).getByRole('radio', { name: 'A week' }));
    fireEvent.change(within(dialog).getByLabelText('First day'), { target: { value: '2026-12-02' } });
    await user.click(within(dialog).getByRole('radio', { name: 'In sheet order' }));

    await waitFor(() => expect(root()?.querySelector('.paper-calendar.is-week')).not.toBeNull());
    await waitFor(() =>
      expect([...root()!.querySelectorAll('.cal-day')].map((d) => d.getAttribute('data-date'))).toEqual([
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        '2026-12-05',
        '2026-12-06',
        '2026-12-07',
        '2026-12-08',
      ]),
    );
    expect(root()!.querySelector('style')?.textContent).toContain('size: A4 portrait');
    expect(root()!.querySelector('.cal-weekday')?.textContent).toBe(weekdayName(3));
    // In order: the first request on the first day, no region labels.
    expect(root()!.querySelector('.cal-day .cal-request')?.textContent).toBe(ALL_HITS[0]!.text);
    expect(root()!.querySelectorAll('.cal-region')).toHaveLength(0);

    // Back to a list: the usual page.
    await user.click(within(dialog).getByRole('radio', { name: 'A list' }));
    await waitFor(() => expect(root()?.querySelector('.paper-calendar')).toBeNull());
    expect(root()!.querySelectorAll('.paper-entry')).toHaveLength(ALL_HITS.length);
  });
});

describe('fitting a calendar on its page', () => {
  /** Makes jsdom report the day boxes that `overflows` picks as too full (jsdom lays nothing out). */
  function tooFull(overflows: (day: HTMLElement) => boolean) {
    const spy = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      const day = this.classList.contains('cal-body') ? this.closest<HTMLElement>('[data-date]') : null;
      return day && overflows(day) ? 500 : 0;
    });
    onTestFinished(() => spy.mockRestore());
  }

  it('cuts only the days too full for their box to their first sentence, at the largest type', async () => {
    const long = 'Pray for the court in Gulu. The hearing is on Friday and the family has waited years.';
    const sheet = sheetOf(1);
    const draft: SheetDraft = {
      ...sheet,
      entries: [{ ...sheet.entries[0]!, text: long }],
      layout: { ...sheet.layout, calendar: { span: 'week', start: '2026-12-06', rule: 'in-order' } },
    };
    tooFull((day) => day.dataset.date === '2026-12-08' && !day.classList.contains('is-short'));
    const user = userEvent.setup();
    renderSheet({ initial: draft });
    const dialog = await openPreview(user);
    await within(dialog).findByText(/Fits on one page, text at 11 pt; on one day the requests are cut/);
    const day = (date: string) =>
      root()!.querySelector(`.cal-day[data-date="${date}"] .cal-request`)?.textContent;
    expect(day('2026-12-08')).toBe('Pray for the court in Gulu.');
    expect(day('2026-12-07')).toBe(long);
    expect(root()!.getAttribute('data-font-pt')).toBe('11');
  });

  it('says what to do when even the smallest type and the first sentences do not fit', async () => {
    tooFull(() => true);
    const user = userEvent.setup();
    renderSheet({
      initial: {
        ...sheetOf(),
        layout: {
          ...sheetOf().layout,
          calendar: { span: 'week', start: '2026-12-06', rule: 'region-per-day' },
        },
      },
    });
    const dialog = await openPreview(user);
    const note = await within(dialog).findByText(/^Some days hold more than their box can show/);
    expect(note.textContent).toContain(
      'To print every word, take some requests off the sheet, print a month or choose “In sheet order”.',
    );
    expect(root()!.getAttribute('data-font-pt')).toBe('8');
  });
});

describe('the calendar’s words', () => {
  it('shortens a request to its first sentence, or its first words', () => {
    expect(shortRequest('Pray for the court in Gulu. The hearing is on Friday.')).toBe(
      'Pray for the court in Gulu.',
    );
    expect(shortRequest('Praise God! Nine workers are free.')).toBe('Praise God!');
    expect(shortRequest('Pray for St. Mary’s shelter as it opens.')).toBe(
      'Pray for St. Mary’s shelter as it opens.',
    );
    const long = `Pray ${'for the families waiting at home '.repeat(8)}today.`;
    const short = shortRequest(long);
    expect(short.length).toBeLessThanOrEqual(140);
    expect(short.endsWith('…')).toBe(true);
  });

  it('names the week or the month', () => {
    const week = calendarHeading({ span: 'week', start: '2026-12-27', rule: 'in-order' }, [
      { date: '2026-12-27' },
      { date: '2027-01-02' },
    ]);
    expect(week).toMatch(/27.*December 2026 to .*2.*January 2027|December 27, 2026 to January 2, 2027/);
    expect(calendarHeading({ span: 'month', start: '2026-02-01', rule: 'in-order' }, [])).toMatch(
      /February 2026/,
    );
  });

  it('repeats requests when there are fewer than days, so no day is empty', () => {
    const content = calendarContent(
      sheetOf(2),
      { span: 'week', start: '2026-12-06', rule: 'in-order' },
      (e) => e.text,
    );
    expect(content.days).toHaveLength(7);
    expect(content.days.every((day) => day.requests.length > 0)).toBe(true);
    expect(content.landscape).toBe(false);
    expect(new Set(content.days.flatMap((d) => d.requests.map((r) => r.key))).size).toBe(7);
  });

  it('starts a week on the coming Sunday and a month on the next first', () => {
    const thursday = new Date(2026, 10, 19, 15, 0);
    expect(defaultWeekStart(thursday)).toBe('2026-11-22');
    expect(defaultMonthStart(thursday)).toBe('2026-12-01');
    expect(defaultMonthStart(new Date(2026, 11, 1, 9, 0))).toBe('2026-12-01');
    expect(defaultMonthStart(new Date(2026, 11, 20, 9, 0))).toBe('2027-01-01');
    expect(calendarFor('list', null, thursday)).toBeNull();
    expect(calendarFor('month', { span: 'week', start: '2026-11-22', rule: 'in-order' }, thursday)).toEqual({
      span: 'month',
      start: '2026-11-01',
      rule: 'in-order',
    });
  });
});
