// The filter bar on a folder mixing IJM's bulletins with other missions' letters: the world regions and
// the sender facet, with their counts, at the two window sizes church offices have. Screenshots go to
// test-results/screenshots/ for people to look at.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_LIBRARY } from './harness/app-session';
import { useE2EEnv } from './harness/e2e-env';
import { noSidewaysScroll, settle } from './harness/page-checks';

const env = useE2EEnv();
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'prayer-desk-world-'));
  await cp(FIXTURE_LIBRARY, path.join(folder, 'IJM'), { recursive: true });
  await cp(path.resolve(import.meta.dirname, '../fixtures/missions'), path.join(folder, 'Other missions'), {
    recursive: true,
  });
});

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('world regions and senders in the filter bar', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    it(`shows every region and each sender with counts, and filters by sender (${size.width}×${size.height})`, async () => {
      const { page } = await env.start({ libraryFolder: folder, viewport: size });
      await page.getByRole('heading', { level: 3, name: /^2024/ }).waitFor();
      const toggle = page.getByRole('button', { name: /filters/ });
      if (await toggle.isVisible()) await toggle.click();
      const sender = page.getByRole('group', { name: 'Sender' });
      await sender.waitFor();
      for (const name of ['IJM', 'Open Doors', 'TEAM', 'Voice of the Martyrs', 'Wycliffe', 'Unknown']) {
        await expect(
          sender.getByRole('button', { name: new RegExp(`^${name}, \\d+ requests?$`) }).count(),
        ).resolves.toBe(1);
      }
      const regions = page.getByRole('group', { name: 'Region' });
      await regions.getByRole('button', { name: /^East Asia, \d+ request/ }).waitFor();
      await regions.getByRole('button', { name: /^Middle East & North Africa, \d+ request/ }).waitFor();
      await settle(page);
      await noSidewaysScroll(page);
      await page.screenshot({ path: env.screenshotPath(`world-filters-${size.width}x${size.height}`) });

      await sender.getByRole('button', { name: /^Open Doors,/ }).click();
      await page.getByRole('button', { name: 'Remove filter: Open Doors' }).waitFor();
      await page.getByRole('article').first().waitFor();
      await page.locator('.filter-bar:not(.is-counting)').waitFor();
      await regions.getByRole('button', { name: /^Africa, 0 requests$/ }).waitFor();
      await settle(page);
      await page.screenshot({
        path: env.screenshotPath(`world-filters-open-doors-${size.width}x${size.height}`),
      });
    });
  }
});
