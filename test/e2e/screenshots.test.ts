// Screenshots of the reader at the sizes church-office screens have, light and dark, and at 200% zoom,
// saved to test-results/screenshots/ for people to look at. The checks here are what a screenshot
// cannot show by itself: nothing spills sideways, and every part of the scenario is on screen.
import { describe, expect, it } from 'vitest';
import { FIXTURE_LIBRARY } from './harness/app-session';
import { generatedArchive } from './harness/archive';
import { useE2EEnv } from './harness/e2e-env';
import { noSidewaysScroll, settle } from './harness/page-checks';

const env = useE2EEnv();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

describe('screenshots', () => {
  for (const size of SIZES) {
    for (const colorScheme of SCHEMES) {
      const name = `${size.width}x${size.height}-${colorScheme}`;
      it(`timeline, results and reader at ${name}`, async () => {
        const { page } = await env.start({ libraryFolder: FIXTURE_LIBRARY, viewport: size, colorScheme });
        await page.getByRole('heading', { level: 3, name: /^2024/ }).waitFor();
        await page.getByRole('button', { name: 'Chart' }).click();
        await page.getByRole('img', { name: /requests from/ }).waitFor();
        await settle(page);
        await noSidewaysScroll(page);
        await page.screenshot({ path: env.screenshotPath(`timeline-${name}`) });

        await page.getByRole('searchbox').fill('uganda');
        await page.getByRole('article').first().waitFor();
        await page.getByRole('button', { name: /^Africa/ }).click();
        await page.getByRole('button', { name: 'Remove filter: Africa' }).waitFor();
        await page.getByRole('article').first().getByRole('button', { name: 'Add to prayer sheet' }).click();
        await page.getByRole('article').nth(1).click();
        await page.getByRole('region', { name: 'Reading pane' }).locator('mark').first().waitFor();
        // The counts and the chart have caught up with the question (not faded as outdated).
        await page.getByRole('img', { name: /^3 requests from/ }).waitFor();
        await page.locator('.filter-bar:not(.is-counting)').waitFor();
        await settle(page);
        await noSidewaysScroll(page);
        await page.screenshot({ path: env.screenshotPath(`reader-${name}`) });

        await page.getByRole('button', { name: /^Prayer sheet/ }).click();
        await page.getByRole('complementary', { name: 'Prayer sheet' }).waitFor();
        await settle(page);
        await page.screenshot({ path: env.screenshotPath(`sheet-${name}`) });
      });
    }
  }

  for (const colorScheme of SCHEMES) {
    it(`first start on the samples with problems listed, and 200% zoom (${colorScheme})`, async () => {
      const first = await env.start({ viewport: { width: 1280, height: 800 }, colorScheme });
      await first.page.getByRole('region', { name: 'Welcome' }).waitFor();
      await first.page.getByRole('heading', { level: 3, name: /^2025/ }).waitFor();
      await settle(first.page);
      await first.page.screenshot({ path: env.screenshotPath(`first-start-1280x800-${colorScheme}`) });

      // 1280×800 at 200% zoom: a 640×400 CSS-pixel window drawn at twice the density.
      const zoomed = await env.start({
        libraryFolder: FIXTURE_LIBRARY,
        viewport: { width: 640, height: 400 },
        deviceScaleFactor: 2,
        colorScheme,
      });
      const { page } = zoomed;
      await page.getByRole('heading', { level: 3, name: /^2024/ }).waitFor();
      await settle(page);
      await noSidewaysScroll(page);
      await page.screenshot({ path: env.screenshotPath(`zoom200-timeline-${colorScheme}`), fullPage: true });

      await page.getByRole('searchbox').fill('kiln');
      await page.getByRole('article').first().click();
      const reader = page.getByRole('region', { name: 'Reading pane' });
      await reader.locator('mark').first().waitFor();
      // One pane at a time when the window is this narrow: the reader replaces the list.
      expect(await page.getByRole('feed').isVisible()).toBe(false);
      await settle(page);
      await noSidewaysScroll(page);
      await page.screenshot({ path: env.screenshotPath(`zoom200-reader-${colorScheme}`), fullPage: true });

      await page.getByRole('button', { name: 'Back to the requests' }).click();
      await page.getByRole('button', { name: '1 file could not be read' }).click();
      await page.getByRole('region', { name: 'Files that could not be read' }).waitFor();
      await settle(page);
      await page.screenshot({ path: env.screenshotPath(`zoom200-problems-${colorScheme}`), fullPage: true });
    });
  }

  // The same scenario on a generated 1,000-bulletin archive, where the small fixtures hid what went wrong.
  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`;
    it(`timeline, results and the opened request at 1,000 bulletins, ${name}`, async () => {
      const archive = await generatedArchive();
      const { page } = await env.start({ libraryFolder: archive, viewport: size });
      await page.getByRole('heading', { level: 3 }).first().waitFor();
      await settle(page);
      await noSidewaysScroll(page);
      await page.screenshot({ path: env.screenshotPath(`at-1k-timeline-${name}`) });

      await page.getByRole('searchbox').fill('court');
      const reader = page.getByRole('region', { name: 'Reading pane' });
      await reader.locator('.bulletin-item.is-focus mark').first().waitFor();
      await page.locator('.filter-bar:not(.is-counting)').waitFor();
      await settle(page);
      await noSidewaysScroll(page);
      await page.screenshot({ path: env.screenshotPath(`at-1k-results-${name}`) });

      await page.locator('article[data-row="4"]').click();
      await reader.locator('.bulletin-item.is-focus mark').first().waitFor();
      await settle(page);
      await page.screenshot({ path: env.screenshotPath(`at-1k-reader-${name}`) });

      await page.getByRole('navigation', { name: 'Show' }).getByRole('button', { name: 'Countries' }).click();
      await page.getByRole('heading', { level: 2, name: 'Countries' }).waitFor();
      await settle(page);
      await page.screenshot({ path: env.screenshotPath(`at-1k-countries-${name}`) });
    }, 300_000);
  }
});
