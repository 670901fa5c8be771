// The prayer sheet panel in a DOM: composing, reordering (drag and keyboard), rewording, saving and
// reopening, quick starts, the preview's layout options and what Print and Save as PDF answer.
import { act, createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PrayerSheet, SheetDraft } from '../../../shared/prayer-sheet';
import { addEntries, createSheet, entryFromHit, entryFromItem } from '../../../shared/prayer-sheet';
import { ALL_HITS, BULLETINS, createFakeSheetApi } from './fake-sheet-api';
import { listedOnSheet, renderSheet, sheetPanel } from './render-sheet';

function draftWith(count: number, patch: Partial<SheetDraft> = {}): SheetDraft {
  const sheet = createSheet({ title: 'Prayer requests — Sunday 15 March 2026', paperSize: 'A4' });
  return { ...addEntries(sheet, ALL_HITS.slice(0, count).map(entryFromHit)), ...patch };
}

function item(startsWith: string): HTMLElement {
  const found = within(sheetPanel())
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.sheet-item-text')?.textContent?.startsWith(startsWith));
  if (!found) throw new Error(`No request starting “${startsWith}” on the sheet.`);
  return found;
}

/** The text of the pages the printer would get. */
function printed(): string {
  return document.querySelector('.sheet-print-root')?.textContent ?? '';
}

function printedEntries(): string[] {
  return [...document.querySelectorAll('.sheet-print-root .paper-entry-text')].map(
    (p) => p.textContent ?? '',
  );
}

async function announced(text: string | RegExp) {
  await waitFor(() => {
    const live = sheetPanel().querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(text);
  });
}

const [WIDOWS, MILL, LUCIA, CEBU, CHURCHES] = ALL_HITS.map((hit) => hit.text);

describe('composing a sheet', () => {
  it('adds requests from the results and sets title, church, verse and introduction', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet();
    expect(within(sheetPanel()).getByText(/Nothing on the sheet yet/)).toBeTruthy();

    for (const text of [WIDOWS!, CEBU!, MILL!]) {
      const card = screen.getByRole('article', { name: text });
      await user.click(within(card).getByRole('button', { name: 'Add to prayer sheet' }));
    }
    expect(listedOnSheet()).toEqual([WIDOWS, CEBU, MILL]);
    expect(within(sheetPanel()).getByText('3 requests on the sheet')).toBeTruthy();

    const title = within(sheetPanel()).getByLabelText('Title');
    expect((title as HTMLInputElement).value).toMatch(/^Prayer requests — /);
    await user.clear(title);
    await user.type(title, 'Prayers for Sunday');
    await user.click(within(sheetPanel()).getByText('Church, verse and introduction'));
    await user.type(within(sheetPanel()).getByLabelText('Church name'), 'St Brigid’s');
    await user.type(within(sheetPanel()).getByLabelText('Introduction'), 'Take a moment for each one.');

    // The verses on offer are those of the bulletins the requests came from.
    const verse = within(sheetPanel()).getByLabelText('Verse');
    await within(verse).findByRole('option', { name: /^Psalm 9:9 — / });
    await user.selectOptions(verse, within(verse).getByRole('option', { name: /^Isaiah 1:17 — / }));

    await waitFor(() => expect(printed()).toContain('Prayers for Sunday'));
    expect(printed()).toContain('St Brigid’s');
    expect(printed()).toContain('Learn to do good; seek justice.');
    expect(printed()).toContain('Isaiah 1:17');
    expect(printed()).toContain('Take a moment for each one.');
    expect(printedEntries()).toEqual([WIDOWS, CEBU, MILL]);

    // Saved by itself, with everything on it.
    await waitFor(() => expect(api.sheets.size).toBe(1));
    await waitFor(() =>
      expect([...api.sheets.values()][0]).toMatchObject({
        title: 'Prayers for Sunday',
        churchName: 'St Brigid’s',
        verse: { text: 'Learn to do good; seek justice.', reference: 'Isaiah 1:17' },
        introduction: 'Take a moment for each one.',
      }),
    );
    expect([...api.sheets.values()][0]!.entries.map((e) => e.text)).toEqual([WIDOWS, CEBU, MILL]);
    // One sheet, however many saves: the first save's id is used by every later one.
    expect(
      api
        .saves()
        .slice(1)
        .every((draft) => draft.id === 'sheet-1'),
    ).toBe(true);
  });

  it('takes a typed verse and takes a request off, with undo', async () => {
    const user = userEvent.setup();
    renderSheet({ initial: draftWith(3) });
    const verse = within(sheetPanel()).getByLabelText('Verse');
    await user.selectOptions(verse, 'custom');
    await user.type(within(sheetPanel()).getByLabelText('Verse text'), 'Do justly, love mercy.');
    await user.type(within(sheetPanel()).getByLabelText('Verse reference'), 'Micah 6:8');
    await waitFor(() => expect(printed()).toContain('“Do justly, love mercy.”'));
    expect(printed()).toContain('Micah 6:8');

    await user.click(within(item('Praise God')).getByRole('button', { name: /^Remove from prayer sheet/ }));
    expect(listedOnSheet()).toEqual([WIDOWS, LUCIA]);
    await announced(/^Removed from the sheet: Praise God/);
    // The Undo stands where the request was: between the two that were around it.
    const rows = [...sheetPanel().querySelectorAll('.sheet-items > li')];
    expect(rows.map((row) => row.classList.contains('sheet-undo'))).toEqual([false, true, false]);
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Undo' }));
    expect(listedOnSheet()).toEqual([WIDOWS, MILL, LUCIA]);

    // Ctrl+Z puts a removed request back too (focus is on the request that took its place).
    await user.click(
      within(item(LUCIA!.slice(0, 20))).getByRole('button', { name: /^Remove from prayer sheet/ }),
    );
    expect(listedOnSheet()).toEqual([WIDOWS, MILL]);
    await user.keyboard('{Control>}z{/Control}');
    expect(listedOnSheet()).toEqual([WIDOWS, MILL, LUCIA]);
    expect(within(sheetPanel()).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('starts a sheet from a bulletin, with its verse, and from search results', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet({ initial: draftWith(1) });
    await user.click(screen.getByRole('button', { name: 'Sheet from this bulletin' }));
    await waitFor(() => expect(listedOnSheet()).toEqual(BULLETINS[0]!.items.map((i) => i.text)));
    expect(
      (within(sheetPanel()).getByLabelText('Verse') as HTMLSelectElement).selectedOptions[0]!.textContent,
    ).toMatch(/^Isaiah 1:17/);
    expect(sheetPanel().textContent).toContain('The sheet you had open is kept under Saved sheets.');

    await user.click(screen.getByRole('button', { name: 'Sheet from these results' }));
    await waitFor(() => expect(listedOnSheet()).toEqual([WIDOWS, LUCIA, CEBU, CHURCHES]));
    const search = api.calls.find((c) => c.name === 'search');
    expect(search?.args[0]).toMatchObject({ text: 'pray', offset: 0, limit: 100 });
  });
});

describe('reordering', () => {
  it('moves a request with Alt+Arrow keys, keeps focus on it and announces the move', async () => {
    const user = userEvent.setup();
    renderSheet({ initial: draftWith(3) });
    item('Pray for the widows').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(listedOnSheet()).toEqual([MILL, WIDOWS, LUCIA]);
    expect(document.activeElement).toBe(item('Pray for the widows'));
    await announced(/^Moved to position 2 of 3: Pray for the widows/);

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(listedOnSheet()).toEqual([MILL, LUCIA, WIDOWS]);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await announced('Already at the bottom.');

    // Plain arrows walk the list without moving anything.
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(item('Pray for Lucia'));
    expect(listedOnSheet()).toEqual([MILL, LUCIA, WIDOWS]);
    await waitFor(() => expect(printedEntries()).toEqual([MILL, LUCIA, WIDOWS]));
  });

  it('moves a request with its Move up and Move down buttons', async () => {
    const user = userEvent.setup();
    renderSheet({ initial: draftWith(3) });
    await user.click(within(item('Pray for Lucia')).getByRole('button', { name: /^Move up/ }));
    expect(listedOnSheet()).toEqual([WIDOWS, LUCIA, MILL]);
    await user.click(within(item('Pray for Lucia')).getByRole('button', { name: /^Move up/ }));
    expect(listedOnSheet()).toEqual([LUCIA, WIDOWS, MILL]);
    expect(
      (within(item('Pray for Lucia')).getByRole('button', { name: /^Move up/ }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    await user.click(within(item('Pray for the widows')).getByRole('button', { name: /^Move down/ }));
    expect(listedOnSheet()).toEqual([LUCIA, MILL, WIDOWS]);
  });

  it('moves a request by drag and drop, before or after the one it is dropped on', () => {
    renderSheet({ initial: draftWith(4) });
    const drag = (from: string, onto: string, half: 'top' | 'bottom') => {
      const source = item(from);
      const target = item(onto);
      const data = new Map<string, string>();
      const dataTransfer = {
        setData: (type: string, value: string) => data.set(type, value),
        getData: (type: string) => data.get(type) ?? '',
        effectAllowed: 'all',
        dropEffect: 'none',
      };
      fireEvent.dragStart(source, { dataTransfer });
      // jsdom lays nothing out (every box is 0 high at 0): a pointer below 0 is in the bottom half.
      const at = half === 'bottom' ? 10 : -10;
      for (const type of ['dragOver', 'drop'] as const) {
        const event = createEvent[type](target, { dataTransfer });
        Object.defineProperty(event, 'clientY', { value: at });
        fireEvent(target, event);
      }
      fireEvent.dragEnd(source, { dataTransfer });
    };
    drag('Pray for the widows', 'Pray for Lucia', 'bottom');
    expect(listedOnSheet()).toEqual([MILL, LUCIA, WIDOWS, CEBU]);
    drag('Pray for the new aftercare', 'Praise God', 'top');
    expect(listedOnSheet()).toEqual([CEBU, MILL, LUCIA, WIDOWS]);
    // Dropped where it already is: nothing moves.
    drag('Pray for Lucia', 'Pray for Lucia', 'top');
    expect(listedOnSheet()).toEqual([CEBU, MILL, LUCIA, WIDOWS]);
  });
});

describe('rewording a request for reading aloud', () => {
  it('changes only the sheet’s copy, and puts the original back on request', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet({ initial: draftWith(2) });
    await user.click(within(item('Pray for the widows')).getByRole('button', { name: /^Edit wording/ }));
    const box = within(sheetPanel()).getByLabelText('Wording for reading aloud');
    expect(document.activeElement).toBe(box);
    await user.clear(box);
    await user.type(box, 'Pray for the widows of Gulu and their land case.');
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Done' }));
    expect(listedOnSheet()[0]).toBe('Pray for the widows of Gulu and their land case.');
    expect(within(item('Pray for the widows')).getByText('Reworded')).toBeTruthy();
    await waitFor(() => expect(printedEntries()[0]).toBe('Pray for the widows of Gulu and their land case.'));
    expect(document.activeElement).toBe(
      within(item('Pray for the widows')).getByRole('button', { name: /^Edit wording/ }),
    );

    await waitFor(() => expect(api.sheets.size).toBe(1));
    await waitFor(() => {
      const saved = [...api.sheets.values()][0]!.entries[0]!;
      expect(saved.text).toBe('Pray for the widows of Gulu and their land case.');
      expect(saved.originalText).toBe(WIDOWS);
    });

    await user.click(within(item('Pray for the widows')).getByRole('button', { name: /^Edit wording/ }));
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Reset to original' }));
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Done' }));
    expect(listedOnSheet()[0]).toBe(WIDOWS);
    expect(within(item('Pray for the widows')).queryByText('Reworded')).toBeNull();
  });

  it('Escape gives back the wording there was, and an emptied request gets its own back', async () => {
    const user = userEvent.setup();
    renderSheet({ initial: draftWith(2) });
    await user.click(within(item('Praise God')).getByRole('button', { name: /^Edit wording/ }));
    await user.type(within(sheetPanel()).getByLabelText('Wording for reading aloud'), ' Amen.');
    await user.keyboard('{Escape}');
    expect(listedOnSheet()[1]).toBe(MILL);
    // The panel is still open: Escape belonged to the editor.
    expect(sheetPanel()).toBeTruthy();

    await user.click(within(item('Praise God')).getByRole('button', { name: /^Edit wording/ }));
    await user.clear(within(sheetPanel()).getByLabelText('Wording for reading aloud'));
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Done' }));
    expect(listedOnSheet()[1]).toBe(MILL);
    await announced(/bulletin’s wording is back/);
  });
});

describe('saved sheets', () => {
  it('lists saved sheets to reopen, duplicate and delete', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet();
    await user.click(within(screen.getByRole('article', { name: WIDOWS })).getByRole('button'));
    await user.click(within(screen.getByRole('article', { name: CEBU })).getByRole('button'));
    await waitFor(() =>
      expect(sheetPanel().querySelector('.sheet-save-state')?.textContent).toMatch(/^Saved /),
    );

    await user.click(within(sheetPanel()).getByRole('button', { name: 'New sheet' }));
    await waitFor(() => expect(listedOnSheet()).toEqual([]));
    expect(sheetPanel().textContent).toContain('The sheet you had open is kept under Saved sheets.');

    await user.click(within(sheetPanel()).getByRole('tab', { name: 'Saved sheets' }));
    const row = await within(sheetPanel()).findByRole('listitem');
    expect(row.textContent).toMatch(/2 requests · changed/);
    await user.click(within(row).getByRole('button', { name: /^Open “/ }));
    await waitFor(() => expect(listedOnSheet()).toEqual([WIDOWS, CEBU]));
    expect(within(sheetPanel()).getByRole('tab', { name: 'This sheet' }).getAttribute('aria-selected')).toBe(
      'true',
    );

    await user.click(within(sheetPanel()).getByRole('tab', { name: 'Saved sheets' }));
    await user.click(
      within(await within(sheetPanel()).findByRole('listitem')).getByRole('button', { name: /^Duplicate/ }),
    );
    await waitFor(() =>
      expect((within(sheetPanel()).getByLabelText('Title') as HTMLInputElement).value).toMatch(/\(copy\)$/),
    );
    expect(api.sheets.size).toBe(2);

    await user.click(within(sheetPanel()).getByRole('tab', { name: 'Saved sheets' }));
    await waitFor(() => expect(within(sheetPanel()).getAllByRole('listitem')).toHaveLength(2));
    const copyRow = within(sheetPanel())
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('(copy)'))!;
    expect(copyRow.textContent).toContain('open now');
    await user.click(within(copyRow).getByRole('button', { name: /^Delete “/ }));
    await user.click(within(copyRow).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(sheetPanel()).getAllByRole('listitem')).toHaveLength(1));
    expect(api.sheets.size).toBe(1);
    // The sheet that was open is gone, so a new one is in front, and nothing saved the old one again.
    await user.click(within(sheetPanel()).getByRole('tab', { name: 'This sheet' }));
    expect(listedOnSheet()).toEqual([]);
    await act(async () => undefined);
    expect(api.sheets.size).toBe(1);
  });

  it('opens a sheet whose bulletins have since gone, with its own copy of the text', async () => {
    const user = userEvent.setup();
    const gone = entryFromItem(
      { file: 'old/2019-04-27 gone.txt', date: '2019-04-27', items: [BULLETINS[1]!.items[0]!] },
      0,
    )!;
    const sheet: PrayerSheet = {
      ...draftWith(0),
      id: 'easter-sheet',
      title: 'Easter prayers',
      entries: [{ ...gone, text: 'Our own words for the aftercare team.' }],
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-02T10:00:00.000Z',
    };
    renderSheet({ saved: [sheet] });
    await user.click(within(sheetPanel()).getByRole('tab', { name: 'Saved sheets' }));
    await user.click(await within(sheetPanel()).findByRole('button', { name: 'Open “Easter prayers”' }));
    await waitFor(() => expect(listedOnSheet()).toEqual(['Our own words for the aftercare team.']));
    expect(within(item('Our own words')).getByText('Reworded')).toBeTruthy();
  });

  it('says so when a save fails, and tries again', async () => {
    const user = userEvent.setup();
    const api = createFakeSheetApi();
    api.saveFailure = 'The disk is full.';
    renderSheet({ api });
    await user.click(within(screen.getByRole('article', { name: WIDOWS })).getByRole('button'));
    expect((await within(sheetPanel()).findByRole('alert')).textContent).toContain('The disk is full.');
    api.saveFailure = null;
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(api.sheets.size).toBe(1));
    await waitFor(() => expect(within(sheetPanel()).queryByRole('alert')).toBeNull());
  });
});

describe('printing', () => {
  it('lays the sheet out before asking main to print, on the sheet’s paper', async () => {
    const user = userEvent.setup();
    const api = createFakeSheetApi();
    let atPrint = '';
    const printSheet = api.printSheet.bind(api);
    api.printSheet = async (options) => {
      atPrint = printed();
      return printSheet(options);
    };
    renderSheet({ api, initial: draftWith(2, { title: 'Evening prayers' }) });
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Print sheet…' }));
    await within(sheetPanel()).findByText('Sent to the printer.');
    expect(atPrint).toContain('Evening prayers');
    expect(atPrint).toContain(WIDOWS);
    expect(api.calls.find((c) => c.name === 'printSheet')?.args[0]).toEqual({ paperSize: 'A4' });
  });

  it('offers a PDF when no printer is set up, and says where it went', async () => {
    const user = userEvent.setup();
    const api = createFakeSheetApi();
    api.printAnswer = {
      ok: false,
      reason: 'no-printer',
      message: 'No printer is set up on this computer. You can still save the sheet as a PDF.',
    };
    renderSheet({ api, initial: draftWith(1) });
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Print sheet…' }));
    const alert = await within(sheetPanel()).findByRole('alert');
    expect(alert.textContent).toContain('No printer is set up');
    await user.click(within(alert).getByRole('button', { name: 'Save as PDF instead…' }));
    // The file's name, not its whole path (that is the tooltip), and the ways to it.
    const saved = await within(sheetPanel()).findByText(
      /^Saved as Prayer requests — Sunday 15 March 2026\.pdf$/,
    );
    const path = '/home/office/Prayer requests — Sunday 15 March 2026.pdf';
    expect(saved.getAttribute('title')).toBe(path);
    expect(api.calls.find((c) => c.name === 'saveSheetPdf')?.args[0]).toEqual({
      paperSize: 'A4',
      suggestedName: 'Prayer requests — Sunday 15 March 2026.pdf',
    });
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Open' }));
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Show in folder' }));
    expect(api.calls.filter((c) => c.name === 'openSavedFile' || c.name === 'showSavedFile')).toEqual([
      { name: 'openSavedFile', args: [path] },
      { name: 'showSavedFile', args: [path] },
    ]);
  });

  it('saves the sheet as a Word document and copies it as text, in print order', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet({ initial: draftWith(3) });
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Save as Word document…' }));
    await within(sheetPanel()).findByText(/^Saved as Prayer requests — Sunday 15 March 2026\.docx$/);
    const call = api.calls.find((c) => c.name === 'saveSheetDocx');
    expect((call?.args[0] as SheetDraft).entries).toHaveLength(3);
    expect(call?.args[1]).toEqual({ suggestedName: 'Prayer requests — Sunday 15 March 2026.docx' });

    await user.click(within(sheetPanel()).getByRole('button', { name: 'Copy as text' }));
    await within(sheetPanel()).findByText(/^Copied the sheet as text/);
    const text = await navigator.clipboard.readText();
    const sheet = call?.args[0] as SheetDraft;
    expect(text.startsWith(`${sheet.title}\n`)).toBe(true);
    const positions = sheet.entries.map((entry) => text.indexOf(entry.text));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('says nothing when the dialog is cancelled, and the reason when it fails', async () => {
    const user = userEvent.setup();
    const api = createFakeSheetApi();
    api.pdfAnswer = { ok: false, reason: 'cancelled', message: 'The PDF was not saved.' };
    renderSheet({ api, initial: draftWith(1) });
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Save as PDF…' }));
    await waitFor(() => expect(api.calls.some((c) => c.name === 'saveSheetPdf')).toBe(true));
    await waitFor(() =>
      expect(
        (within(sheetPanel()).getByRole('button', { name: 'Save as PDF…' }) as HTMLButtonElement).disabled,
      ).toBe(false),
    );
    expect(within(sheetPanel()).queryByRole('alert')).toBeNull();
    expect(within(sheetPanel()).queryByText(/^Saved as/)).toBeNull();

    api.pdfAnswer = { ok: false, reason: 'failed', message: 'The PDF could not be saved: the disk is full.' };
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Save as PDF…' }));
    expect((await within(sheetPanel()).findByRole('alert')).textContent).toContain('the disk is full');
  });

  it('previews with the layout options, and prints what it shows', async () => {
    const user = userEvent.setup();
    renderSheet({ initial: draftWith(5) });
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Preview and layout…' }));
    const dialog = screen.getByRole('dialog', { name: 'Print preview' });
    const page = await within(dialog).findByRole('group', { name: 'Page 1 of 1' });
    expect(page.textContent).toContain(WIDOWS);

    await user.click(within(dialog).getByRole('radio', { name: 'Letter' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Large print' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Two' }));
    await user.click(within(dialog).getByRole('radio', { name: 'By region' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Tick box' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Show bulletin dates' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Number the requests' }));

    await waitFor(() =>
      expect(document.querySelector('.sheet-print-root')?.getAttribute('data-paper')).toBe('Letter'),
    );
    const root = document.querySelector('.sheet-print-root')!;
    expect(root.querySelector('style')?.textContent).toContain('size: letter portrait');
    const pageEl = root.querySelector('.paper-page')!;
    expect(pageEl.className).toContain('paper-large');
    expect(pageEl.className).toContain('is-two-columns');
    expect(pageEl.className).not.toContain('is-numbered');
    expect([...root.querySelectorAll('.paper-region')].map((h) => h.textContent)).toEqual([
      'Africa',
      'South Asia',
      'Southeast Asia & Pacific',
      'Latin America & Caribbean',
      'Global',
    ]);
    expect(root.querySelectorAll('.paper-tick')).toHaveLength(5);
    expect(root.querySelectorAll('.paper-number')).toHaveLength(0);
    expect(root.textContent).toMatch(/March 1, 2026|1 March 2026/);
    // The preview shows the same pages.
    const previewPage = within(dialog).getByRole('group', { name: 'Page 1 of 1' });
    expect(previewPage.querySelector('.preview-paper')!.innerHTML).toBe(pageEl.outerHTML);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(sheetPanel()).getByRole('button', { name: 'Preview and layout…' }),
      ),
    );
  });

  it('opens the preview ready to print when asked with Ctrl+P', async () => {
    const user = userEvent.setup();
    const { api } = renderSheet({ initial: draftWith(2), focusPrint: true });
    const dialog = screen.getByRole('dialog', { name: 'Print preview' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Print…' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    act(() => api.menu('print-sheet'));
    expect(await screen.findByRole('dialog', { name: 'Print preview' })).toBeTruthy();
  });

  it('for a notice board, leaves out names and ages and warns in the panel, not on paper', async () => {
    const user = userEvent.setup();
    renderSheet({ initial: draftWith(3) });
    await user.click(within(sheetPanel()).getByRole('button', { name: 'Preview and layout…' }));
    const dialog = screen.getByRole('dialog', { name: 'Print preview' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'For a notice board' }));
    await waitFor(() => expect(printed()).not.toContain('Lucia'));
    expect(printed()).not.toContain('aged 15');
    expect(printed()).not.toContain('mentions children');
    expect(within(dialog).getByText(/before the sheet goes on a notice board/)).toBeTruthy();
    expect(item('Pray for Lucia').textContent).toMatch(/mentions children/);
    // The sheet's own wording is untouched.
    expect(listedOnSheet()[2]).toBe(LUCIA);
  });
});
