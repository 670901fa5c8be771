// "Praise digest…" in the sheet panel: the periods on offer, a digest of two dates becoming the sheet in
// front (grouped by region, with dates, the user's paper and church kept), what the panel says about it,
// a period with no praise, a digest too big for one sheet, and a failure in plain words.
import '../dom-setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { quarterRange } from '../../../shared/praise-digest';
import { addEntries, createSheet, entryFromHit } from '../../../shared/prayer-sheet';
import type { PraiseDigestOptions } from '../../../shared/story-types';
import type { SearchQuery } from '../../../shared/search-types';
import { describeMonths, digestRanges, localToday } from '../../../renderer/src/sheet/digest-ranges';
import { ALL_HITS, createFakeSheetApi, fakeDigest } from './fake-sheet-api';
import { listedOnSheet, renderSheet, sheetPanel } from './render-sheet';

const START = {
  ...addEntries(createSheet({ title: 'Sunday sheet', paperSize: 'Letter', churchName: 'Grace Chapel' }), [
    entryFromHit(ALL_HITS[0]!),
  ]),
};

async function openDigest(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(sheetPanel()).getByRole('button', { name: 'Praise digest…' }));
  return screen.getByRole('dialog', { name: 'Praise digest' });
}

async function chooseDates(
  user: ReturnType<typeof userEvent.setup>,
  dialog: HTMLElement,
  from: string,
  to: string,
) {
  await user.click(within(dialog).getByRole('radio', { name: /Between two dates/ }));
  await user.type(within(dialog).getByLabelText('From'), from);
  await user.type(within(dialog).getByLabelText('To'), to);
}

describe('the praise digest', () => {
  it('offers this quarter, last quarter, this year and last year, named by their months', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet({ initial: START });
    const dialog = await openDigest(user);
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Praise digest' }));
    const today = localToday(new Date());
    const quarter = quarterRange(today);
    const thisQuarter = within(dialog).getByRole('radio', { name: new RegExp(`^This quarter`) });
    expect((thisQuarter as HTMLInputElement).checked).toBe(true);
    expect(thisQuarter.closest('label')!.textContent).toContain(describeMonths(quarter.from, quarter.to));
    expect(
      within(dialog).getByRole('radio', { name: new RegExp(`^This year ${today.slice(0, 4)}`) }),
    ).toBeTruthy();

    await user.click(within(dialog).getByRole('radio', { name: /^Last year/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Make the digest' }));
    const year = Number(today.slice(0, 4)) - 1;
    await waitFor(() =>
      expect(api.calls.find((c) => c.name === 'makePraiseDigest')?.args[0]).toEqual({
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      }),
    );
  });

  it('puts the praise reports of two dates on a new sheet, by region, with dates and the user’s paper', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet({ initial: START });
    const dialog = await openDigest(user);
    await chooseDates(user, dialog, '2026-03-01', '2026-03-31');
    await user.type(within(dialog).getByLabelText('Title'), 'Answers to prayer in March');
    await user.click(within(dialog).getByRole('button', { name: 'Make the digest' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.calls.find((c) => c.name === 'makePraiseDigest')?.args[0]).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      title: 'Answers to prayer in March',
    });
    await waitFor(() =>
      expect(listedOnSheet()).toEqual([
        'Praise God for nine workers who left a rice mill where they had been held for years.',
        'Thank God for the churches that gave their Sunday to prayer for justice.',
      ]),
    );
    expect((within(sheetPanel()).getByLabelText('Title') as HTMLInputElement).value).toBe(
      'Answers to prayer in March',
    );
    expect(sheetPanel().textContent).toContain(
      'Started a praise digest: 2 praise reports, grouped by region.',
    );
    expect(sheetPanel().textContent).toContain('The sheet you had open is kept under Saved sheets.');

    // Printed by region with dates, on the user's paper and under the user's church.
    const root = () => document.querySelector('.sheet-print-root');
    await waitFor(() =>
      expect(root()?.querySelector('.paper-title')?.textContent).toBe('Answers to prayer in March'),
    );
    expect([...root()!.querySelectorAll('.paper-region')].map((h) => h.textContent)).toEqual([
      'South Asia',
      'Global',
    ]);
    expect(root()!.querySelectorAll('.paper-entry-date')).toHaveLength(2);
    expect(root()!.getAttribute('data-paper')).toBe('Letter');
    expect(root()!.querySelector('.paper-church')?.textContent).toBe('Grace Chapel');
    await waitFor(() => expect([...api.sheets.values()].some((s) => s.title === 'Sunday sheet')).toBe(true));

    // The digest's layout is the digest's: the next new sheet is laid out as the user's sheets were.
    await user.click(within(sheetPanel()).getByRole('button', { name: 'New sheet' }));
    await waitFor(() => expect(root()?.getAttribute('data-paper')).toBe('Letter'));
    await waitFor(() => expect(listedOnSheet()).toEqual([]));
    await user.click(screen.getByRole('article', { name: ALL_HITS[1]!.text }).querySelector('button')!);
    await waitFor(() => expect(root()?.querySelectorAll('.paper-entry')).toHaveLength(1));
    expect(root()!.querySelectorAll('.paper-region')).toHaveLength(0);
    expect(root()!.querySelectorAll('.paper-entry-date')).toHaveLength(0);
    expect(root()!.querySelector('.paper-church')?.textContent).toBe('Grace Chapel');
  });

  it('says how many praise reports each period holds, and starts on the first that has some', async () => {
    const user = userEvent.setup();
    const api = createFakeSheetApi();
    const ranges = digestRanges(localToday(new Date()));
    const lastQuarter = ranges.find((range) => range.key === 'last-quarter')!;
    const asked: SearchQuery[] = [];
    api.search = async (query: SearchQuery) => {
      asked.push(query);
      const total = query.from === lastQuarter.from && query.to === lastQuarter.to ? 3 : 0;
      return { total, hits: [], didYouMean: [] };
    };
    renderSheet({ api, initial: START });
    const dialog = await openDigest(user);
    const chosen = within(dialog).getByRole('radio', { name: /^Last quarter/ }) as HTMLInputElement;
    await waitFor(() => expect(chosen.checked).toBe(true));
    expect(chosen.closest('label')!.textContent).toContain('· 3 praise reports');
    expect(
      within(dialog)
        .getByRole('radio', { name: /^This quarter/ })
        .closest('label')!.textContent,
    ).toContain('· 0 praise reports');
    expect(asked.every((query) => query.kinds?.join() === 'praise')).toBe(true);
  });

  it('keeps the sheet in front when the period has no praise report, and says so', async () => {
    const user = userEvent.setup();
    renderSheet({ initial: START });
    const dialog = await openDigest(user);
    await chooseDates(user, dialog, '2019-01-01', '2019-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Make the digest' }));
    const status = await within(dialog).findByRole('status');
    expect(status.textContent).toMatch(/^No praise reports between .*2019.* Try a longer period\.$/);
    expect(listedOnSheet()).toEqual([ALL_HITS[0]!.text]);
  });

  it('checks the two dates before asking', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet({ initial: START });
    const dialog = await openDigest(user);
    await chooseDates(user, dialog, '2026-04-01', '2026-03-01');
    await user.click(within(dialog).getByRole('button', { name: 'Make the digest' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The first day must come before the last day.',
    );
    expect(api.calls.some((c) => c.name === 'makePraiseDigest')).toBe(false);
  });

  it('says how many were left out when there are more than a sheet holds', async () => {
    const user = userEvent.setup();
    const api = createFakeSheetApi();
    api.digestAnswer = (options: PraiseDigestOptions) => ({
      ...fakeDigest(options),
      total: 123,
      omitted: 23,
    });
    renderSheet({ api, initial: START });
    const dialog = await openDigest(user);
    await user.click(within(dialog).getByRole('radio', { name: /^This year/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Make the digest' }));
    await waitFor(() =>
      expect(sheetPanel().textContent).toContain(
        'Started a praise digest with the newest 100 praise reports of 123. A sheet holds at most 100 requests, so 23 older ones were left out',
      ),
    );
  });

  it('says in plain words when the digest cannot be made, and closes with Escape', async () => {
    const user = userEvent.setup();
    const api = createFakeSheetApi();
    api.digestAnswer = () => {
      throw new Error("Error invoking remote method 'makePraiseDigest': The library is still loading.");
    };
    renderSheet({ api, initial: START });
    const dialog = await openDigest(user);
    await user.click(within(dialog).getByRole('button', { name: 'Make the digest' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The digest could not be made: The library is still loading.',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(sheetPanel()).getByRole('button', { name: 'Praise digest…' }),
      ),
    );
  });
});

describe('the digest periods', () => {
  it('run from the quarter and the year of today', () => {
    expect(digestRanges('2026-11-22').map((r) => [r.key, r.from, r.to, r.detail])).toEqual([
      ['this-quarter', '2026-10-01', '2026-12-31', 'October to December 2026'],
      ['last-quarter', '2026-07-01', '2026-09-30', 'July to September 2026'],
      ['this-year', '2026-01-01', '2026-12-31', '2026'],
      ['last-year', '2025-01-01', '2025-12-31', '2025'],
    ]);
    // In the first quarter, last quarter is in the year before.
    expect(digestRanges('2027-02-10')[1]).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
      detail: 'October to December 2026',
    });
  });
});
