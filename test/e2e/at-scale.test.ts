// The daily task on a generated 1,000-bulletin archive (test/e2e/harness/archive.ts), where the small
// fixtures never showed what went wrong: the opened request on screen, results per screen, choosing a
// folder with a sample open.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generatedArchive } from './harness/archive';
import { useE2EEnv } from './harness/e2e-env';
import { announced, settle } from './harness/page-checks';

const env = useE2EEnv();

/** Where the opened request sits in the reading pane, in CSS pixels from the pane's top. */
async function openedPosition(page: Page) {
  return page.evaluate(() => {
    const scroller = document.querySelector('.reader-scroll')!;
    const item = document.querySelector('.bulletin-item.is-focus')!;
    const status = document.querySelector('.status-bar')!;
    const pane = scroller.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    return {
      fromTop: box.top - pane.top,
      paneHeight: pane.height,
      itemTop: box.top,
      statusTop: status.getBoundingClientRect().top,
    };
  });
}

describe('at 1,000 bulletins', () => {
  it('brings each opened request to the top of the reading pane and keeps it there', async () => {
    const archive = await generatedArchive();
    const { page } = await env.start({ libraryFolder: archive, viewport: { width: 1280, height: 800 } });
    await page.getByRole('searchbox').fill('court');
    await page.getByRole('article').first().waitFor();
    for (const row of [0, 2, 5, 8]) {
      const card = page.locator(`article[data-row="${row}"]`);
      await card.scrollIntoViewIfNeeded();
      await card.click();
      const reader = page.getByRole('region', { name: 'Reading pane' });
      await reader.locator('.bulletin-item.is-focus mark').first().waitFor();
      await settle(page);
      const at = await openedPosition(page);
      // At the top of the pane (its region heading may sit just above it), never under the status bar.
      expect(at.fromTop).toBeGreaterThanOrEqual(0);
      expect(at.fromTop).toBeLessThan(80);
      expect(at.itemTop).toBeLessThan(at.statusTop - 100);
    }
    // Story marks arrive late (threads are worked out in the background): the request stays in place.
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader.locator('.story-button').first().waitFor({ timeout: 150_000 });
    await settle(page);
    const after = await openedPosition(page);
    expect(after.fromTop).toBeGreaterThanOrEqual(0);
    expect(after.fromTop).toBeLessThan(80);
  }, 300_000);

  it('closes the sample being read when the user chooses their folder, and says what was loaded', async () => {
    const archive = await generatedArchive();
    const { page } = await env.start({ pickFolder: async () => archive });
    const welcome = page.getByRole('region', { name: 'Welcome' });
    await welcome.waitFor();
    await page.getByRole('button', { name: /^Read the newest bulletin/ }).click();
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader.getByRole('heading', { level: 2 }).waitFor();

    await welcome.getByRole('button', { name: 'Choose your bulletin folder…' }).click();
    await page.getByText(`Loaded 1,000 bulletins from ${archive}.`).waitFor({ timeout: 150_000 });
    await announced(page, 'Timeline: 1,000 bulletins.');
    expect(await reader.count()).toBe(0);
    expect(await page.getByText('This bulletin is no longer in the folder').count()).toBe(0);
  }, 300_000);

  it('shows ten and more compact result rows at 1280×800, the first in the reader, and a remembered split', async () => {
    const archive = await generatedArchive();
    const session = await env.start({ libraryFolder: archive, viewport: { width: 1280, height: 800 } });
    const { page } = session;
    await page.getByRole('searchbox').fill('court');
    // When the search settles, its first request is in the reader (focus stays in the search box).
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader.locator('.bulletin-item.is-focus mark').first().waitFor();
    expect(await page.getByRole('searchbox').evaluate((box) => box === document.activeElement)).toBe(true);
    await settle(page);
    const rows = await page.evaluate(() => {
      const list = document.querySelector('.list-scroll')!.getBoundingClientRect();
      const status = document.querySelector('.status-bar')!.getBoundingClientRect();
      const cards = [...document.querySelectorAll('article.result-card')].map((card) =>
        card.getBoundingClientRect(),
      );
      return cards.filter((box) => box.top >= list.top && box.bottom <= Math.min(list.bottom, status.top))
        .length;
    });
    await page.screenshot({ path: env.screenshotPath('at-1k-compact-rows-1280x800') });
    expect(rows).toBeGreaterThanOrEqual(10);
    // The chart is folded by default; unfolding it is remembered.
    const chartToggle = page.getByRole('button', { name: 'Chart' });
    expect(await chartToggle.getAttribute('aria-expanded')).toBe('false');
    await chartToggle.click();
    await page.getByRole('img', { name: /requests from/ }).waitFor();
    await expect.poll(() => session.savedView().chartOpen).toBe(true);

    // The splitter: a separator with its value, moved with the keyboard, remembered with the view.
    const splitter = page.getByRole('separator', { name: 'Width of the list' });
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    const listWidth = () =>
      page.evaluate(() => document.querySelector('.list-pane')!.getBoundingClientRect().width);
    const widthBefore = await listWidth();
    await splitter.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await splitter.getAttribute('aria-valuenow'))).toBe(before + 10);
    expect(await listWidth()).toBeGreaterThan(widthBefore + 100);
    await expect.poll(() => session.savedView().listWidth).toBeCloseTo((before + 10) / 100, 2);
  }, 300_000);
});
