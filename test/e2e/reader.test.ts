// The reader end to end: the built renderer in Chromium, talking to the real main-process handler table
// and library service over a folder of fixture bulletins (test/e2e/fixtures/library, written for these
// tests: every person and event in them is made up).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURE_LIBRARY } from './harness/app-session';
import { useE2EEnv } from './harness/e2e-env';
import { announced } from './harness/page-checks';

const env = useE2EEnv();

async function activeText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

/** Presses Tab until the focused element matches, as a keyboard user would (at most `limit` times). */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; text: string; label: string }) => boolean,
  limit = 40,
) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return {
        tag: active?.tagName ?? '',
        text: active?.textContent ?? '',
        label: active?.getAttribute('aria-label') ?? '',
      };
    });
    if (matches(el)) return;
  }
  throw new Error('Tab never reached the element.');
}

describe('the reader, end to end', () => {
  it('searches, filters by region, opens a bulletin with the words marked, and adds to the sheet', async () => {
    const session = await env.start({ libraryFolder: FIXTURE_LIBRARY });
    const { page } = session;
    await announced(page, 'Timeline: 5 bulletins.');

    await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('uganda');
    await announced(page, '3 requests found.');

    await page.getByRole('button', { name: /^Africa/ }).click();
    await page.getByRole('button', { name: 'Remove filter: Africa' }).waitFor();
    await announced(page, '3 requests found.');
    await page.getByRole('button', { name: /^Praise/ }).click();
    await announced(page, '1 request found.');
    const card = page.getByRole('article').first();
    expect(await card.locator('mark').allTextContents()).toEqual(['Uganda']);

    await card.click();
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader.getByRole('heading', { level: 2, name: 'Prayer Requests' }).waitFor();
    expect(await reader.getByText(/March 10, 2024|10 March 2024/).count()).toBe(1);
    expect(await reader.locator('mark').allTextContents()).toEqual(['Uganda']);
    await reader.getByText('Match 1 of 1').waitFor();
    await reader.getByRole('heading', { level: 3, name: 'Asia Pacific' }).waitFor();

    await reader.getByRole('button', { name: 'Add to prayer sheet' }).first().click();
    await page.getByRole('button', { name: 'Prayer sheet, 1 request' }).waitFor();

    // The sheet panel lists it; printing goes to the real print handler (here: no printer set up).
    await page.getByRole('button', { name: 'Prayer sheet, 1 request' }).click();
    const panel = page.getByRole('complementary', { name: 'Prayer sheet' });
    await panel.getByText(/grandfather in Uganda/).waitFor();
    await panel.getByRole('button', { name: 'Print sheet…' }).click();
    await panel
      .getByRole('alert')
      .getByText(/No printer is set up/)
      .waitFor();
    expect(session.printRequests.map((request) => request.kind)).toEqual(['print']);
    await panel.getByRole('button', { name: 'Close prayer sheet' }).click();

    await reader.getByRole('button', { name: 'Show in folder' }).click();
    await expect
      .poll(() => session.shownInFolder)
      .toEqual([path.join(FIXTURE_LIBRARY, '2024', '2024-03-10 prayer requests.txt')]);
  });

  it('does the same with the keyboard only', async () => {
    const { page } = await env.start({ libraryFolder: FIXTURE_LIBRARY });
    await announced(page, 'Timeline: 5 bulletins.');

    // The search box has focus on start; Ctrl+F brings it back from anywhere.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('kiln');
    await announced(page, '2 requests found.');

    // Filter by region: Tab along to the South Asia chip, press it.
    await tabTo(page, (el) => el.label.startsWith('South Asia'));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove filter: South Asia' }).waitFor();
    await announced(page, '2 requests found.');

    // Back to the search box with "/", down into the results, open the second with Enter.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('/');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await activeText(page);
    await page.keyboard.press('Enter');
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await page.waitForFunction(() => document.activeElement?.id === 'reader-title');
    const marked = await reader.locator('mark').allTextContents();
    expect(marked.map((word) => word.toLowerCase())).toContain('kiln');

    // Tab to the current match's "Add to prayer sheet" and press it.
    await tabTo(page, (el) => el.text.includes('Add to prayer sheet'));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Prayer sheet, 1 request' }).waitFor();

    // Escape goes back to the card that was opened.
    await page.keyboard.press('Escape');
    await page.waitForFunction((text) => document.activeElement?.textContent === text, second);
    expect(await reader.count()).toBe(0);
  });

  it('starts on the samples, lets the user choose their folder, and lists files it could not read', async () => {
    const { page } = await env.start({ pickFolder: async () => FIXTURE_LIBRARY });
    const welcome = page.getByRole('region', { name: 'Welcome' });
    await welcome.waitFor();
    await announced(page, 'Timeline: 4 bulletins.');
    await welcome.getByRole('button', { name: 'Choose your bulletin folder…' }).click();
    await announced(page, 'Timeline: 5 bulletins.');
    expect(await welcome.count()).toBe(0);

    // The one bulletin dated only by its file name is marked as estimated.
    const estimated = page.getByRole('button', { name: /June 11, 2023|11 June 2023/ });
    await page.getByRole('heading', { level: 3, name: /^2023/ }).scrollIntoViewIfNeeded();
    await estimated.getByText('estimated').waitFor();

    const problems = page.getByRole('button', { name: '1 file could not be read' });
    await problems.click();
    const list = page.getByRole('region', { name: 'Files that could not be read' });
    await list.getByText('notes/meeting-minutes.docx', { exact: true }).waitFor();
    // The reason is the reader's own plain words; here it only has to be there.
    expect((await list.getByRole('listitem').first().textContent())?.length).toBeGreaterThan(
      'notes/meeting-minutes.docx'.length + 10,
    );
  });

  it('comes back to the last query and bulletin, and remembers changes', async () => {
    const session = await env.start({
      libraryFolder: FIXTURE_LIBRARY,
      viewState: {
        query: 'guatemala',
        regions: [],
        kinds: [],
        from: null,
        to: null,
        sort: 'date',
        selectedFile: '2024/2024-10-06 prayer requests.txt',
      },
    });
    const { page } = session;
    await announced(page, '1 request found.');
    expect(await page.getByRole('searchbox').inputValue()).toBe('guatemala');
    await page
      .getByRole('region', { name: 'Reading pane' })
      .getByText('Proverbs', { exact: false })
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Newest first' }).isChecked()).toBe(true);

    await page.getByRole('combobox', { name: 'From year' }).selectOption('2024');
    await expect.poll(() => session.savedView().from, { timeout: 10_000 }).toBe('2024-01-01');
    expect(session.savedView().query).toBe('guatemala');
  });

  it('shows progress while a folder loads and fills the timeline when it is ready', async () => {
    const session = await env.start({ libraryFolder: FIXTURE_LIBRARY });
    const { page, bridge, library } = session;
    await announced(page, 'Timeline: 5 bulletins.');
    await bridge.emitLibraryEvent({
      type: 'progress',
      progress: { done: 2, total: 5, current: '2024/x.txt' },
    });
    const bar = page.getByRole('progressbar', { name: 'Reading the bulletin folder' });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('2');
    await library.reload();
    await bar.waitFor({ state: 'detached' });
    await announced(page, 'Timeline: 5 bulletins.');
  });
});
