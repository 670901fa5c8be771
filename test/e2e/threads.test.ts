// Stories across weeks, end to end: the built renderer in Chromium over the real handler table, library
// and story service, on test/e2e/fixtures/thread-library (written for these tests; every person and event
// in it is made up). Esperanza* is prayed for in February and September 2022, her case is won in April
// 2023 (a praise), and she is prayed for again in 2024; Lucía*, in the same country with a similar need,
// is another story. The user's choices must land in the app's data, never in the bulletin folder.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { threadChoicesFile } from '../../electron/core/stories/thread-choices-store';
import { REPO_ROOT } from './harness/build-renderer';
import { useE2EEnv } from './harness/e2e-env';
import { announced, noSidewaysScroll, settle } from './harness/page-checks';

const env = useE2EEnv();

const THREAD_LIBRARY = path.join(REPO_ROOT, 'test/e2e/fixtures/thread-library');
const FEBRUARY = /February 13, 2022|13 February 2022/;
const SEPTEMBER = /September 4, 2022|4 September 2022/;
const APRIL = /April 16, 2023|16 April 2023/;

const userDataDirs: string[] = [];
afterAll(async () => {
  for (const dir of userDataDirs) await rm(dir, { recursive: true, force: true });
});

async function freshUserData(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prayer-desk-threads-'));
  userDataDirs.push(dir);
  return dir;
}

/** Every file below `dir` with its size, time and content hash: what "unchanged" means. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const info = await stat(full);
        const hash = createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
        files[path.relative(dir, full)] = `${info.size} ${info.mtimeMs} ${hash}`;
      }
    }
  };
  await walk(dir);
  return files;
}

function storyPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'The story' });
}

function members(panel: Locator): Locator {
  return panel.getByRole('list', { name: /oldest first/ }).locator('> li');
}

/** Searches for Esperanza and opens the February 2022 request's story from its result card. */
async function openStoryFromResults(page: Page): Promise<Locator> {
  await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('Esperanza');
  await announced(page, '4 requests found.');
  const card = page.getByRole('feed').getByRole('article').filter({ hasText: 'got away from a man' });
  await card.getByText('Answered').waitFor();
  await card.getByRole('button', { name: 'Part of a story · 4 requests' }).click();
  const panel = storyPanel(page);
  await expect.poll(() => members(panel).count()).toBe(4);
  return panel;
}

describe('a story across weeks, end to end', () => {
  it('opens a request, its story and answer; unlinks, confirms and links back; keeps the choices in the app data', async () => {
    const userDataDir = await freshUserData();
    const before = await snapshot(THREAD_LIBRARY);
    const session = await env.start({ libraryFolder: THREAD_LIBRARY, userDataDir });
    const { page } = session;
    await announced(page, 'Timeline: 5 bulletins.');

    // The timeline marks the week whose prayers were both answered later.
    // (The timeline draws only the rows on screen: scroll to its oldest weeks first.)
    await page.locator('.timeline-scroll').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
    const february = page.getByRole('button', { name: FEBRUARY });
    await february.getByText('2 answered').waitFor();

    // Open the request in its bulletin, then its story from the reader.
    await february.click();
    const reader = page.getByRole('region', { name: 'Reading pane' });
    const request = reader.locator('.bulletin-item').filter({ hasText: 'Esperanza' });
    await request.getByText('Answered').waitFor();
    await request.getByRole('button', { name: 'Guatemala' }).waitFor();
    await request.getByRole('button', { name: 'Part of a story · 4 requests' }).click();
    const panel = storyPanel(page);
    await expect.poll(() => members(panel).count()).toBe(4);
    await panel.getByText(/A praise report of (April 16, 2023|16 April 2023) answered this prayer/).waitFor();
    expect(await members(panel).nth(0).getAttribute('aria-current')).toBe('true');
    expect(await members(panel).nth(0).getByText('The request you opened').count()).toBe(1);
    expect(await members(panel).nth(1).textContent()).toMatch(SEPTEMBER);
    expect(
      await members(panel)
        .nth(1)
        .getByText(/^Same name: Esperanza\*/)
        .count(),
    ).toBe(1);
    const answer = members(panel).nth(2);
    expect(await answer.textContent()).toMatch(APRIL);
    await answer.getByText('Answered the prayer').waitFor();
    // Lucía*, the look-alike in the same country, is not part of it.
    expect(await panel.getByText(/Lucía/).count()).toBe(0);
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('thread-1280x800-light') });

    // "Not part of this story" on September 2022.
    await members(panel)
      .nth(1)
      .getByRole('button', { name: /^Not part of this story: the request of/ })
      .click();
    await expect.poll(() => members(panel).count()).toBe(3);
    await panel
      .locator('.thread-count')
      .getByText(/^3 requests ·/)
      .waitFor();
    await request.getByRole('button', { name: 'Part of a story · 3 requests' }).waitFor();

    // "This is right".
    await panel.getByRole('button', { name: 'This is right' }).click();
    await panel.getByText('Confirmed by you').waitFor();

    // Link it back by hand, found with the picker's search.
    await panel.getByRole('button', { name: 'Link another request…' }).click();
    await panel.getByRole('searchbox', { name: 'Find a request to link' }).fill('postponed');
    const found = panel.getByRole('list', { name: 'Requests found' }).getByRole('listitem');
    await found.first().waitFor();
    await found
      .filter({ hasText: 'postponed' })
      .getByRole('button', { name: /^Link the request of/ })
      .click();
    await expect.poll(() => members(panel).count()).toBe(4);
    await members(panel).nth(1).getByText('Linked by you').waitFor();
    await request.getByRole('button', { name: 'Part of a story · 4 requests' }).waitFor();

    // The choices went to the story service's file in the session's app data, written whole.
    const choices = await readFile(threadChoicesFile(userDataDir), 'utf8');
    expect(() => JSON.parse(choices)).not.toThrow();
    expect(choices).toContain('2022/2022-09-04 prayer requests.txt#0');
    // Nothing in the bulletin folder was written, added or touched.
    expect(await snapshot(THREAD_LIBRARY)).toEqual(before);

    // "Read in its bulletin" on the answer: the panel closes, the reader shows that request.
    await answer.getByRole('button', { name: /^Read in its bulletin: the request of/ }).click();
    expect(await panel.count()).toBe(0);
    await reader.getByRole('heading', { level: 2, name: 'IJM Prayer Requests' }).waitFor();
    await reader
      .locator('.bulletin-item.is-focus')
      .filter({ hasText: 'found the man who exploited' })
      .waitFor();
    await session.close();

    // Another start with the same app data: the story is still confirmed as the user left it.
    const again = await env.start({ libraryFolder: THREAD_LIBRARY, userDataDir });
    const againPanel = await openStoryFromResults(again.page);
    await againPanel.getByText('Confirmed by you').waitFor();
    await again.close();
    expect(await snapshot(THREAD_LIBRARY)).toEqual(before);
  });

  it('shows the story in the dark too', async () => {
    const { page } = await env.start({
      libraryFolder: THREAD_LIBRARY,
      userDataDir: await freshUserData(),
      colorScheme: 'dark',
    });
    await announced(page, 'Timeline: 5 bulletins.');
    const panel = await openStoryFromResults(page);
    await panel.getByText(/answered this prayer/).waitFor();
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('thread-1280x800-dark') });

    // The foot of the panel: the link picker with a request found, ready to be linked.
    await panel.getByRole('button', { name: 'Link another request…' }).click();
    await panel.getByRole('searchbox', { name: 'Find a request to link' }).fill('Guatemala');
    const found = panel.getByRole('list', { name: 'Requests found' });
    await found.getByText('Already in this story').first().waitFor();
    await found.getByText(/Lucía/).scrollIntoViewIfNeeded();
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('thread-link-1280x800-dark') });
  });

  it('moves between the bulletins, the verses and a country at 1024×768', async () => {
    const { page } = await env.start({
      libraryFolder: THREAD_LIBRARY,
      userDataDir: await freshUserData(),
      viewport: { width: 1024, height: 768 },
    });
    await announced(page, 'Timeline: 5 bulletins.');
    const tabs = page.getByRole('navigation', { name: 'Show' });
    expect(await tabs.getByRole('button', { name: 'Bulletins' }).getAttribute('aria-current')).toBe('page');
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('nav-timeline-1024x768-light') });

    // A Bible reference in the search box: the hint offers the scripture index.
    await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('Micah 6:8');
    const hint = page.getByText(/is a verse/);
    await hint.waitFor();
    expect(await hint.textContent()).toBe('Micah 6:8 is a verse — see the weeks that used it');
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('nav-verse-hint-1024x768-light') });
    await hint.getByRole('button', { name: 'see the weeks that used it' }).click();
    expect(await tabs.getByRole('button', { name: 'Verses' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('heading', { level: 2, name: 'Verses' }).waitFor();
    expect(await page.getByRole('region', { name: 'Filters' }).count()).toBe(0);

    // The keyboard walks the tabs; a country chip in the reader opens its country beside the bulletin.
    await tabs.getByRole('button', { name: 'Verses' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    // Back on the bulletins, still for what was typed.
    await page.getByRole('heading', { level: 2, name: 'Requests' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('');
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await page.getByRole('button', { name: /^Read the newest bulletin/ }).click();
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader.getByRole('button', { name: 'Zambia' }).click();
    await page.getByRole('heading', { level: 2, name: 'Zambia' }).waitFor();
    expect(await tabs.getByRole('button', { name: 'Countries' }).getAttribute('aria-current')).toBe('page');
    await reader.getByRole('button', { name: 'Back to Zambia' }).waitFor();
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('nav-country-1024x768-light') });
  });

  it('fits a small window at 200% zoom', async () => {
    // 1280×800 at 200% zoom: a 640×400 CSS-pixel window drawn at twice the density.
    const { page } = await env.start({
      libraryFolder: THREAD_LIBRARY,
      userDataDir: await freshUserData(),
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
    });
    await announced(page, 'Timeline: 5 bulletins.');
    const panel = await openStoryFromResults(page);
    await panel.getByText(/answered this prayer/).waitFor();
    await settle(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: env.screenshotPath('zoom200-thread-light') });
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
  });
});
