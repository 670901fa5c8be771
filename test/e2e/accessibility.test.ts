// axe-core over every main view of the app, light and dark: the timeline, search results, the reader,
// the sheet panel (both tabs), the print preview, the praise digest dialog, verses, countries, a country
// and the story panel. Each view must have zero violations of the WCAG 2.1 A/AA rules and axe's best
// practices. The print preview is also opened at 200% zoom: the page and its Print buttons stay usable.
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_LIBRARY } from './harness/app-session';
import { REPO_ROOT } from './harness/build-renderer';
import { useE2EEnv } from './harness/e2e-env';
import { announced, settle } from './harness/page-checks';
import { openSheetPanel } from './sheet-support';

const env = useE2EEnv();

const STORY_LIBRARY = path.join(REPO_ROOT, 'test/e2e/fixtures/story-library');
const THREAD_LIBRARY = path.join(REPO_ROOT, 'test/e2e/fixtures/thread-library');
const SCHEMES = ['light', 'dark'] as const;

/** Every violation axe finds on the page as it is now, one line each (rule, impact, first targets). */
async function audit(page: Page): Promise<string[]> {
  await settle(page);
  // The list/reader splitter is the WAI-ARIA window-splitter pattern: a focusable role="separator" with a
  // value. axe's experimental focus-order-semantics rule does not count that role among the focusable
  // ones, so that one rule skips the splitter; every other rule still checks it.
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'];
  const rest = await new AxeBuilder({ page }).exclude('.pane-splitter').withTags(tags).analyze();
  const splitterChecked =
    (await page.locator('.pane-splitter').count()) > 0
      ? await new AxeBuilder({ page })
          .include('.pane-splitter')
          .withTags(tags)
          .disableRules(['focus-order-semantics'])
          .analyze()
      : null;
  const result = { violations: [...(splitterChecked?.violations ?? []), ...rest.violations] };
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? '?'}, ${violation.nodes.length}×): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/** Audits one view, keeping the findings by view name so a failure names every view at once. */
function auditor(page: Page) {
  const found: Record<string, string[]> = {};
  return {
    async view(name: string) {
      const violations = await audit(page);
      if (violations.length > 0) found[name] = violations;
    },
    found,
  };
}

describe('accessibility (axe-core)', () => {
  for (const colorScheme of SCHEMES) {
    it(`has no violations on the bulletin views, the sheet and printing (${colorScheme})`, async () => {
      const { page } = await env.start({ libraryFolder: STORY_LIBRARY, colorScheme });
      const axe = auditor(page);
      await page.getByRole('heading', { level: 3, name: /^2025/ }).waitFor();
      // The chart is folded by default: unfold it, so that it is checked too.
      await page.getByRole('button', { name: 'Chart', exact: true }).click();
      await page.getByRole('img', { name: /requests from/ }).waitFor();
      await axe.view('timeline');

      await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('uganda');
      await page.getByRole('article').first().waitFor();
      await page.locator('.filter-bar:not(.is-counting)').waitFor();
      await axe.view('search results');

      await page.getByRole('article').first().getByRole('button', { name: 'Add to prayer sheet' }).click();
      await page.getByRole('article').nth(1).click();
      await page.getByRole('region', { name: 'Reading pane' }).locator('mark').first().waitFor();
      await axe.view('reader');

      const panel = await openSheetPanel(page);
      await axe.view('sheet panel');
      await panel.getByRole('tab', { name: 'Saved sheets' }).click();
      await axe.view('sheet panel, saved sheets');
      await panel.getByRole('tab', { name: /^This sheet/ }).click();

      await panel.getByRole('button', { name: 'Preview and layout…' }).click();
      const preview = page.getByRole('dialog', { name: 'Print preview' });
      await preview.getByRole('group', { name: /^Page 1 of/ }).waitFor();
      await axe.view('print preview');
      await preview.getByRole('button', { name: 'Close', exact: true }).click();
      await preview.waitFor({ state: 'detached' });

      await panel.getByRole('button', { name: 'Praise digest…' }).click();
      const digest = page.getByRole('dialog', { name: 'Praise digest' });
      await digest.waitFor();
      await axe.view('praise digest dialog');
      await page.keyboard.press('Escape');
      await digest.waitFor({ state: 'detached' });
      await panel.getByRole('button', { name: 'Close prayer sheet' }).click();

      const show = page.getByRole('navigation', { name: 'Show' });
      await show.getByRole('button', { name: 'Verses' }).click();
      await page.getByRole('heading', { level: 2, name: 'Verses' }).waitFor();
      await page.getByRole('article').first().waitFor();
      await axe.view('verses');

      await show.getByRole('button', { name: 'Countries' }).click();
      await page.getByRole('heading', { level: 2, name: 'Countries' }).waitFor();
      await axe.view('countries');
      await page.getByRole('searchbox', { name: 'Find a country' }).fill('phil');
      await page.getByRole('button', { name: /^Philippines/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Philippines' }).waitFor();
      await axe.view('a country');

      expect(axe.found).toEqual({});
    }, 300_000);

    it(`has no violations with a story open (${colorScheme})`, async () => {
      const { page } = await env.start({ libraryFolder: THREAD_LIBRARY, colorScheme });
      const axe = auditor(page);
      await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('Esperanza');
      await announced(page, '4 requests found.');
      const card = page.getByRole('article').filter({ hasText: 'got away from a man' });
      await card.getByRole('button', { name: 'Part of a story · 4 requests' }).click();
      await page.getByRole('complementary', { name: 'The story' }).getByRole('listitem').first().waitFor();
      await axe.view('story panel');
      expect(axe.found).toEqual({});
    });
  }

  it('keeps the print preview’s page and Print buttons usable at 200% zoom', async () => {
    // 1280×800 at 200%: a 640×400 CSS-pixel window drawn at twice the density.
    const { page } = await env.start({
      libraryFolder: FIXTURE_LIBRARY,
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
    });
    await page.getByRole('searchbox').fill('uganda');
    await page.getByRole('article').first().getByRole('button', { name: 'Add to prayer sheet' }).click();
    const panel = await openSheetPanel(page);
    await panel.getByRole('button', { name: 'Preview and layout…' }).click();
    const preview = page.getByRole('dialog', { name: 'Print preview' });
    const sheet = preview.getByRole('group', { name: /^Page 1 of/ });
    await sheet.waitFor();
    const axe = auditor(page);
    await axe.view('print preview at 200%');
    await settle(page);
    await page.screenshot({ path: env.screenshotPath('zoom200-print-preview') });

    for (const name of ['Print…', 'Save as PDF…']) {
      const button = preview.getByRole('button', { name, exact: true });
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      expect(box, name).not.toBeNull();
      // Wholly inside the window once scrolled to, and big enough to hit.
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(640);
      expect(box!.y + box!.height).toBeLessThanOrEqual(400);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    await settle(page);
    await page.screenshot({ path: env.screenshotPath('zoom200-print-preview-buttons') });
    // The page itself can be brought into view and is not squeezed to nothing.
    await sheet.scrollIntoViewIfNeeded();
    // The page fills the narrow window's width, so its words can be read.
    const page1 = await sheet.boundingBox();
    expect(page1!.width).toBeGreaterThan(500);
    expect(axe.found).toEqual({});
  });
});
