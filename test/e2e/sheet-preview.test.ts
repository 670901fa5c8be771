// The sheet panel and the print preview as people see them, light and dark: screenshots for looking at
// (test-results/screenshots/sheet-*.png), and the preview's pages checked against the real paper: their
// size in millimetres, scaled as one, and the very pages the print layout holds.
import { describe, expect, it } from 'vitest';
import { FIXTURE_LIBRARY } from './harness/app-session';
import { useE2EEnv } from './harness/e2e-env';
import { openSheetPanel, sheetDraft, TYPICAL_REQUESTS } from './sheet-support';

const env = useE2EEnv();

describe('the sheet panel and the print preview', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the sheet and a preview true to the paper (${colorScheme})`, async () => {
      const session = await env.start({
        libraryFolder: FIXTURE_LIBRARY,
        colorScheme,
        viewport: { width: 1400, height: 900 },
      });
      const { page } = session;
      await session.handlers.saveSheet(
        sheetDraft({
          title: 'Prayer requests — Sunday 29 November 2026',
          requests: TYPICAL_REQUESTS.slice(0, 6),
          paperSize: 'Letter',
          printSize: 'normal',
          layout: { showDates: true },
        }),
      );
      const panel = await openSheetPanel(page);
      await panel.getByRole('tab', { name: 'Saved sheets' }).click();
      await panel.getByRole('button', { name: 'Open “Prayer requests — Sunday 29 November 2026”' }).click();
      await panel.locator('.sheet-items > li').nth(5).waitFor();
      await page.screenshot({ path: env.screenshotPath(`sheet-panel-${colorScheme}`) });

      await panel.getByRole('button', { name: 'Preview and layout…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Print preview' });
      const sheet = dialog.getByRole('group', { name: 'Page 1 of 1' });
      await sheet.waitFor();
      await page.screenshot({ path: env.screenshotPath(`sheet-preview-${colorScheme}`) });

      // US Letter, 215.9 × 279.4 mm, drawn whole and in proportion.
      const box = (await sheet.boundingBox())!;
      expect(box.width / box.height).toBeCloseTo(215.9 / 279.4, 2);
      const paper = await sheet.locator('.preview-paper').evaluate((el) => ({
        width: (el as HTMLElement).offsetWidth,
        height: (el as HTMLElement).offsetHeight,
      }));
      expect(paper.width).toBeCloseTo((215.9 * 96) / 25.4, 0);
      expect(paper.height).toBeCloseTo((279.4 * 96) / 25.4, 0);
      expect(box.height).toBeLessThanOrEqual((await dialog.boundingBox())!.height);
      // The same page as the print layout.
      expect(await sheet.locator('.paper-page').evaluate((el) => el.outerHTML)).toBe(
        await page.locator('.sheet-print-root .paper-page').evaluate((el) => el.outerHTML),
      );

      // Changing a layout option changes the preview at once.
      await dialog.getByRole('radio', { name: 'A4' }).check();
      await expect
        .poll(async () => {
          const b = (await sheet.boundingBox())!;
          return Math.round((b.width / b.height) * 1000) / 1000;
        })
        .toBeCloseTo(210 / 297, 2);
    });
  }
});
