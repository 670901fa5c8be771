// The sheet outside Prayer Desk, end to end: "Save as Word document…" through main's real handler (the
// .docx read back with jszip), "Copy as text" to the clipboard, and after "Save as PDF…" the file's name
// with "Open" and "Show in folder" instead of its whole path. Screenshots at 1280×800 and 1024×768.
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FIXTURE_LIBRARY } from './harness/app-session';
import { useE2EEnv } from './harness/e2e-env';
import { settle } from './harness/page-checks';
import { bindRealPrinter, openSheetPanel, PRINT_RESULTS_DIR } from './sheet-support';

const env = useE2EEnv();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;

describe('exporting a prayer sheet', () => {
  for (const size of SIZES) {
    it(`saves a Word document, copies text, and opens a saved PDF (${size.width}×${size.height})`, async () => {
      const session = await env.start({ libraryFolder: FIXTURE_LIBRARY, viewport: size });
      const { page, context } = session;
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await mkdir(PRINT_RESULTS_DIR, { recursive: true });
      const outDir = await mkdtemp(path.join(PRINT_RESULTS_DIR, 'export-'));
      const names = ['sheet.docx', 'sheet.pdf'];
      bindRealPrinter(session, () => path.join(outDir, names.shift() ?? 'more.pdf'));

      await page.getByRole('searchbox', { name: 'Search prayer requests' }).fill('uganda');
      const cards = page.getByRole('article');
      await cards.first().waitFor();
      const count = await cards.count();
      const texts: string[] = [];
      for (let index = 0; index < count; index += 1) {
        await cards.nth(index).getByRole('button', { name: 'Add to prayer sheet' }).click();
      }
      const panel = await openSheetPanel(page);
      await page.getByRole('button', { name: `Prayer sheet, ${count} requests` }).waitFor();
      const title = await panel.getByLabel('Title').inputValue();

      await panel.getByRole('button', { name: 'Save as Word document…' }).click();
      const saved = panel.getByText(/^Saved as sheet\.docx$/);
      await saved.waitFor();
      const docx = (await saved.getAttribute('title')) ?? '';
      const zip = await JSZip.loadAsync(await readFile(docx));
      const xml = await zip.file('word/document.xml')!.async('string');
      const words = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(words.startsWith(title.replace(/&/g, '&amp;'))).toBe(true);

      await panel.getByRole('button', { name: 'Copy as text' }).click();
      await panel.getByText(/^Copied the sheet as text/).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.startsWith(`${title}\n`)).toBe(true);
      // Every request the sheet lists is in the copy and in the document, in the same order.
      for (const entry of await panel.locator('.sheet-item-text').allTextContents()) texts.push(entry.trim());
      expect(texts.length).toBe(count);
      const inCopy = texts.map((text) => copied.indexOf(text.slice(0, 40)));
      const inDocx = texts.map((text) => words.indexOf(text.slice(0, 40).replace(/&/g, '&amp;')));
      expect(inCopy.every((at) => at > 0) && inDocx.every((at) => at > 0)).toBe(true);
      expect([...inCopy].sort((a, b) => a - b)).toEqual(inCopy);
      expect([...inDocx].sort((a, b) => a - b)).toEqual(inDocx);
      await settle(page);
      await page.screenshot({ path: env.screenshotPath(`sheet-export-${size.width}x${size.height}`) });

      await panel.getByRole('button', { name: 'Save as PDF…' }).click();
      const pdf = panel.getByText(/^Saved as sheet\.pdf$/);
      await pdf.waitFor();
      await settle(page);
      await page.screenshot({ path: env.screenshotPath(`sheet-saved-pdf-${size.width}x${size.height}`) });
      await panel.getByRole('button', { name: 'Open', exact: true }).click();
      await panel.getByRole('button', { name: 'Show in folder' }).click();
      const file = path.join(outDir, 'sheet.pdf');
      await expect.poll(() => session.openedFiles).toEqual([file]);
      await expect.poll(() => session.shownInFolder).toEqual([file]);
    });
  }
});
