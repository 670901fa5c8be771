// Composing a prayer sheet end to end: the built renderer in Chromium over the real main handlers and the
// real sheet store (files in the session's user-data folder). Requests are added from search results,
// moved with the mouse (drag and drop) and the keyboard, reworded, saved by themselves, and opened again
// after the app starts afresh.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { FIXTURE_LIBRARY } from './harness/app-session';
import { useE2EEnv } from './harness/e2e-env';
import { openSheetPanel } from './sheet-support';

const env = useE2EEnv();

const WIDOW = "Pray for the court in Uganda that will hear a widow's claim";
const GRANDFATHER = 'Praise God that a grandfather in Uganda received the papers';
const VOLUNTEERS = 'Pray for the staff in Uganda as they train new community volunteers.';

/** The requests on the sheet, in order, by their text. */
async function listed(panel: Locator): Promise<string[]> {
  return panel.locator('.sheet-items > li .sheet-item-text').allTextContents();
}

function item(panel: Locator, startsWith: string): Locator {
  return panel.locator('.sheet-items > li').filter({ hasText: startsWith });
}

async function expectOrder(panel: Locator, starts: string[]) {
  await expect
    .poll(async () => (await listed(panel)).map((text) => starts.find((s) => text.startsWith(s)) ?? text))
    .toEqual(starts);
}

async function announced(page: Page, text: RegExp) {
  await page.waitForFunction(
    (source) =>
      [...document.querySelectorAll('.sheet-composer [aria-live="polite"]')].some((el) =>
        new RegExp(source).test(el.textContent ?? ''),
      ),
    text.source,
  );
}

describe('composing a prayer sheet, end to end', () => {
  it('adds, reorders by drag and by keyboard, rewords, saves, and reopens after a restart', async () => {
    const session = await env.start({ libraryFolder: FIXTURE_LIBRARY });
    const { page } = session;
    await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('uganda');
    // The list's rows (the first request is shown in the reader too, an article of its own).
    const cards = page.getByRole('feed').getByRole('article');
    await expect.poll(() => cards.count()).toBe(3);
    for (const start of [WIDOW, GRANDFATHER, VOLUNTEERS]) {
      await cards.filter({ hasText: start }).getByRole('button', { name: 'Add to prayer sheet' }).click();
    }
    await page.getByRole('button', { name: 'Prayer sheet, 3 requests' }).waitFor();

    const panel = await openSheetPanel(page);
    await expectOrder(panel, [WIDOW, GRANDFATHER, VOLUNTEERS]);

    // The mouse: drag the last request onto the top half of the first.
    await item(panel, VOLUNTEERS).dragTo(item(panel, WIDOW), { targetPosition: { x: 40, y: 8 } });
    await expectOrder(panel, [VOLUNTEERS, WIDOW, GRANDFATHER]);

    // The keyboard: focus a request and move it down with Alt+↓.
    await item(panel, VOLUNTEERS).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expectOrder(panel, [WIDOW, VOLUNTEERS, GRANDFATHER]);
    await announced(page, /^Moved to position 2 of 3: Pray for the staff/);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(VOLUNTEERS);

    // Reword one for reading aloud.
    await item(panel, GRANDFATHER)
      .getByRole('button', { name: /^Edit wording/ })
      .click();
    const box = panel.getByLabel('Wording for reading aloud');
    await box.fill('Praise God: a grandfather in Uganda has the papers to his family’s farm at last.');
    await panel.getByRole('button', { name: 'Done' }).click();
    await item(panel, 'Praise God: a grandfather').getByText('Reworded').waitFor();

    await panel.getByLabel('Title').fill('Prayers for Uganda');
    await panel.getByText('Church, verse and introduction').click();
    await panel.getByLabel('Church name').fill('Hillside Chapel');
    // The verses on offer come from the bulletins the requests are from.
    const verse = panel.getByLabel('Verse');
    await verse.locator('option', { hasText: 'Proverbs 31:8' }).waitFor({ state: 'attached' });
    await verse.selectOption({
      label: await verse.locator('option', { hasText: 'Proverbs 31:8' }).innerText(),
    });

    // Saved by itself, in the real store.
    await panel.locator('.sheet-save-state', { hasText: /^Saved / }).waitFor();
    await expect
      .poll(async () => {
        const [summary] = await session.handlers.listSheets();
        const sheet = summary ? await session.handlers.getSheet(summary.id) : null;
        return sheet && { title: sheet.title, church: sheet.churchName, verse: sheet.verse?.reference };
      })
      .toEqual({ title: 'Prayers for Uganda', church: 'Hillside Chapel', verse: 'Proverbs 31:8' });
    const [summary] = await session.handlers.listSheets();
    const saved = (await session.handlers.getSheet(summary!.id))!;
    expect(saved.entries.map((e) => e.text.slice(0, 20))).toEqual([
      WIDOW.slice(0, 20),
      VOLUNTEERS.slice(0, 20),
      'Praise God: a grandf',
    ]);
    expect(saved.entries[2]!.originalText).toMatch(/^Praise God that a grandfather in Uganda/);

    // A fresh start of the app: the sheet is among the saved sheets, and opens as it was.
    await page.reload();
    const again = await openSheetPanel(page);
    expect(await listed(again)).toEqual([]);
    await again.getByRole('tab', { name: 'Saved sheets' }).click();
    await again.getByRole('button', { name: 'Open “Prayers for Uganda”' }).click();
    await expectOrder(again, [WIDOW, VOLUNTEERS, 'Praise God: a grandfather']);
    // The fold says what is set under it.
    await again.locator('summary', { hasText: 'Hillside Chapel · Proverbs 31:8' }).waitFor();
    expect(await again.getByLabel('Church name').inputValue()).toBe('Hillside Chapel');

    // The original wording is one click away.
    await item(again, 'Praise God: a grandfather')
      .getByRole('button', { name: /^Edit wording/ })
      .click();
    await again.getByRole('button', { name: 'Reset to original' }).click();
    await again.getByRole('button', { name: 'Done' }).click();
    await expectOrder(again, [WIDOW, VOLUNTEERS, GRANDFATHER]);
  });

  it('duplicates and deletes saved sheets, and prints again from the list', async () => {
    const session = await env.start({ libraryFolder: FIXTURE_LIBRARY });
    const { page } = session;
    await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('kiln');
    const card = page.getByRole('article').first();
    await card.getByRole('button', { name: 'Add to prayer sheet' }).click();
    const panel = await openSheetPanel(page);
    await panel.getByLabel('Title').fill('Kiln workers');
    await expect
      .poll(async () => (await session.handlers.listSheets()).map((s) => s.title))
      .toEqual(['Kiln workers']);

    await panel.getByRole('tab', { name: 'Saved sheets' }).click();
    await panel.getByRole('button', { name: 'Duplicate “Kiln workers”' }).click();
    await expect.poll(() => panel.getByLabel('Title').inputValue()).toBe('Kiln workers (copy)');
    await expect.poll(async () => (await session.handlers.listSheets()).length).toBe(2);

    await panel.getByRole('tab', { name: 'Saved sheets' }).click();
    await panel.getByRole('button', { name: 'Delete “Kiln workers”' }).click();
    await panel
      .getByRole('group', { name: 'Delete “Kiln workers”?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect
      .poll(async () => (await session.handlers.listSheets()).map((s) => s.title))
      .toEqual(['Kiln workers (copy)']);

    // Print again: the preview opens on it; with no printer set up, the PDF is offered.
    await panel.getByRole('button', { name: 'Print “Kiln workers (copy)” again' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print preview' });
    await dialog.getByRole('group', { name: 'Page 1 of 1' }).waitFor();
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await dialog.getByRole('alert').getByText('No printer is set up on this computer.').waitFor();
    await dialog.getByRole('button', { name: 'Save as PDF instead…' }).waitFor();
    expect(session.printRequests).toEqual([
      { kind: 'print', options: { paperSize: expect.stringMatching(/^(A4|Letter)$/) } },
    ]);
  });

  it('starts a sheet from a whole bulletin, and from the results of a search', async () => {
    const session = await env.start({ libraryFolder: FIXTURE_LIBRARY });
    const { page } = session;
    await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('uganda');
    await page.getByRole('feed').getByRole('article').filter({ hasText: WIDOW }).click();
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader.getByRole('button', { name: 'Sheet from this bulletin' }).click();

    // The panel opens on the new sheet: every request of the bulletin, in its order, with its verse.
    const panel = page.getByRole('complementary', { name: 'Prayer sheet' });
    await expect.poll(async () => (await listed(panel)).length).toBe(5);
    expect((await listed(panel))[0]).toMatch(/^Pray for the court in Uganda/);
    await panel.locator('summary', { hasText: 'Proverbs 31:8' }).waitFor();

    await panel.getByRole('button', { name: 'Close prayer sheet' }).click();
    await page.getByRole('button', { name: 'Sheet from these results' }).click();
    await expect.poll(async () => (await listed(panel)).length).toBe(3);
    await panel.getByText('The sheet you had open is kept under Saved sheets.').waitFor();
    // Both sheets are saved.
    await expect
      .poll(async () => (await session.handlers.listSheets()).map((s) => s.entryCount).sort())
      .toEqual([3, 5]);
  });
});
