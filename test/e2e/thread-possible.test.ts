// The story panel at archive scale, end to end: 1,000 generated bulletins plus the real-shape story
// fixtures (test/fixtures/threads-real, written for Prayer Desk), over the real handlers and story service.
// A story the app asserts shows its requests on the timeline; requests it only suspects show apart, under
// "Possibly related", each with its reason and Confirm / Not related. Screenshots at 1280×800 and 1024×768
// go to test-results/screenshots/ to be looked at.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateBulletin } from '../bench/generate-archive';
import { REPO_ROOT } from './harness/build-renderer';
import { useE2EEnv } from './harness/e2e-env';
import { noSidewaysScroll, settle } from './harness/page-checks';

const env = useE2EEnv();
let library: string;

beforeAll(async () => {
  library = await mkdtemp(path.join(os.tmpdir(), 'prayer-desk-possible-'));
  for (let index = 0; index < 1000; index++) {
    const { file, text } = generateBulletin(index);
    await mkdir(path.dirname(path.join(library, file)), { recursive: true });
    await writeFile(path.join(library, file), text, 'utf8');
  }
  await cp(path.join(REPO_ROOT, 'test/fixtures/threads-real'), path.join(library, 'real'), {
    recursive: true,
  });
}, 120_000);

afterAll(async () => {
  await rm(library, { recursive: true, force: true });
});

async function openStory(page: Page, query: string, cardText: string, button: RegExp) {
  await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill(query);
  const card = page.getByRole('article').filter({ hasText: cardText });
  // The marks come once the threads are built in the background (a 'stories' event).
  await card.getByRole('button', { name: button }).click({ timeout: 90_000 });
  const panel = page.getByRole('complementary', { name: 'The story' });
  await panel.getByRole('list', { name: /oldest first/ }).waitFor();
  return panel;
}

describe('the story panel on 1,000 bulletins', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`shows asserted and possibly related requests apart, each with its reason (${size})`, async () => {
      const { page } = await env.start({ libraryFolder: library, viewport });
      const story = await openStory(
        page,
        'Kiptoo',
        'Pray for the families of Daniel Kiptoo',
        /^Part of a story · 5 requests$/,
      );
      expect(await story.locator('.thread-member').count()).toBe(5);
      await story.getByText('Same person: Daniel Kiptoo', { exact: false }).first().waitFor();
      await settle(page);
      await noSidewaysScroll(page);
      await page.screenshot({ path: env.screenshotPath(`thread-asserted-${size}`) });

      await page.getByRole('button', { name: 'Close the story' }).click();
      const possible = await openStory(
        page,
        'Freedom Sunday congregations signed up',
        'more than 1,200 congregations',
        /^Possibly related · /,
      );
      await possible.getByRole('heading', { name: 'Possibly related' }).waitFor();
      const entry = possible.locator('.thread-possible-entry').first();
      expect(await entry.locator('.thread-reasons li').count()).toBeGreaterThan(0);
      await entry.getByRole('button', { name: /^Confirm:/ }).waitFor();
      await entry.getByRole('button', { name: /is not related to this story$/ }).waitFor();
      await settle(page);
      await noSidewaysScroll(page);
      await page.screenshot({ path: env.screenshotPath(`thread-possible-${size}`) });
      await possible.locator('.thread-panel-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await settle(page);
      await page.screenshot({ path: env.screenshotPath(`thread-possible-scrolled-${size}`) });
    }, 240_000);
  }
});
