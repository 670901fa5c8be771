// The print stylesheet, verified in Chromium: sheets saved through the real sheet store are opened in the
// app, "Save as PDF…" runs main's real PDF handler (printToPDF = Chromium's page.pdf), and the PDFs are
// checked page by page with poppler. A typical sheet of eight requests fits one page on A4 and Letter, in
// normal and large print; twenty long requests run to several pages, never splitting a request, with the
// title repeated on every page. Every page is also turned into a PNG under test-results/print/.
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PaperSize, PrintSize, SheetDraft } from '../../shared/prayer-sheet';
import { FIXTURE_LIBRARY } from './harness/app-session';
import type { AppSession } from './harness/app-session';
import { useE2EEnv } from './harness/e2e-env';
import {
  bindRealPrinter,
  flat,
  LONG_REQUESTS,
  openSheetPanel,
  pdfInfo,
  pdfPageText,
  pdfToPng,
  PRINT_RESULTS_DIR,
  REAL_LENGTH_REQUESTS,
  sheetDraft,
  TYPICAL_REQUESTS,
} from './sheet-support';

const env = useE2EEnv();

const PAPERS: PaperSize[] = ['A4', 'Letter'];
const SIZES: PrintSize[] = ['normal', 'large'];
const MIN_PT: Record<PrintSize, number> = { normal: 10.5, large: 14 };
const PAGE_SIZE: Record<PaperSize, RegExp> = { A4: /\(A4\)$/, Letter: /\(letter\)$/ };

interface Printed {
  file: string;
  pages: number;
  pageSize: string;
  /** What the app laid out: its page count and type size. */
  appPages: number;
  fontPt: number;
}

/** Opens a saved sheet with "Print … again" and saves it as a PDF through the preview. */
async function printToPdf(page: Page, title: string): Promise<Printed> {
  const panel = page.getByRole('complementary', { name: 'Prayer sheet' });
  await panel.getByRole('tab', { name: 'Saved sheets' }).click();
  await panel.getByRole('button', { name: `Print “${title}” again` }).click();
  const dialog = page.getByRole('dialog', { name: 'Print preview' });
  await dialog.waitFor();
  await page.waitForFunction(
    (expected) => document.querySelector('.sheet-print-root .paper-title')?.textContent === expected,
    title,
  );
  await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
  const note = dialog.getByText(/^Saved as /);
  await note.waitFor();
  // The note names the file; its tooltip is the whole path.
  const file = (await note.getAttribute('title')) ?? '';
  const root = page.locator('.sheet-print-root');
  const appPages = Number(await root.getAttribute('data-pages'));
  const fontPt = Number(await root.getAttribute('data-font-pt'));
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  return { file, ...(await pdfInfo(file)), appPages, fontPt };
}

async function startWithSheets(drafts: SheetDraft[]): Promise<{ session: AppSession; outDir: string }> {
  const session = await env.start({ libraryFolder: FIXTURE_LIBRARY });
  // Kept with the PNGs (test-results/print/pdf-*) for anyone who wants to open the PDFs themselves.
  await mkdir(PRINT_RESULTS_DIR, { recursive: true });
  const outDir = await mkdtemp(path.join(PRINT_RESULTS_DIR, 'pdf-'));
  let count = 0;
  bindRealPrinter(session, () => path.join(outDir, `sheet-${++count}.pdf`));
  for (const draft of drafts) await session.handlers.saveSheet(draft);
  await openSheetPanel(session.page);
  return { session, outDir };
}

function titleFor(kind: string, paper: PaperSize, size: PrintSize): string {
  return `${kind} — ${paper}, ${size} print`;
}

describe('the printed sheet', () => {
  it('fits a typical sheet of eight requests on one page, A4 and Letter, normal and large print', async () => {
    const combos = PAPERS.flatMap((paperSize) => SIZES.map((printSize) => ({ paperSize, printSize })));
    const { session } = await startWithSheets(
      combos.map(({ paperSize, printSize }) =>
        sheetDraft({
          title: titleFor('Prayer requests', paperSize, printSize),
          requests: TYPICAL_REQUESTS,
          paperSize,
          printSize,
        }),
      ),
    );
    for (const { paperSize, printSize } of combos) {
      const title = titleFor('Prayer requests', paperSize, printSize);
      const printed = await printToPdf(session.page, title);
      await pdfToPng(printed.file, `typical-${paperSize.toLowerCase()}-${printSize}`);
      expect(printed.pages, title).toBe(1);
      expect(printed.appPages, title).toBe(1);
      expect(printed.pageSize, title).toMatch(PAGE_SIZE[paperSize]);
      expect(printed.fontPt, title).toBeGreaterThanOrEqual(MIN_PT[printSize]);

      const text = await pdfPageText(printed.file, 1);
      expect(text).toContain(title);
      // Letter-spaced small capitals come out of pdftotext with spaces between the letters.
      const unspaced = text.replace(/\s/g, '');
      expect(unspaced).toContain('STCOLUMBA’SCHURCH,RIVERSIDE');
      expect(unspaced).toContain('ISAIAH1:17');
      for (const request of TYPICAL_REQUESTS) expect(text, title).toContain(flat(request.text));
      // Only the sheet: nothing of the app around it.
      expect(text).not.toMatch(/Saved sheets|Search prayer requests|Print preview|Prayer Desk/);
    }
  });

  it('runs twenty long requests over several pages, never splitting one, the title on every page', async () => {
    const combos = PAPERS.flatMap((paperSize) => SIZES.map((printSize) => ({ paperSize, printSize })));
    const { session } = await startWithSheets(
      combos.map(({ paperSize, printSize }) =>
        sheetDraft({
          title: titleFor('Long sheet', paperSize, printSize),
          requests: LONG_REQUESTS,
          paperSize,
          printSize,
          layout: { grouping: 'region', showDates: true },
        }),
      ),
    );
    for (const { paperSize, printSize } of combos) {
      const title = titleFor('Long sheet', paperSize, printSize);
      const printed = await printToPdf(session.page, title);
      await pdfToPng(printed.file, `long-${paperSize.toLowerCase()}-${printSize}`);
      expect(printed.pages, title).toBeGreaterThan(1);
      expect(printed.pages, title).toBe(printed.appPages);
      expect(printed.pageSize, title).toMatch(PAGE_SIZE[paperSize]);
      // Too long to fit by shrinking: printed at the full size.
      expect(printed.fontPt, title).toBe(printSize === 'normal' ? 12 : 16);

      const pages: string[] = [];
      for (let n = 1; n <= printed.pages; n += 1) pages.push(await pdfPageText(printed.file, n));
      pages.forEach((text, index) => {
        expect(text, `${title}, page ${index + 1}`).toContain(title);
        if (index > 0) expect(text).toContain(`Page ${index + 1} of ${printed.pages}`);
      });
      // Every request whole on exactly one page.
      for (const request of LONG_REQUESTS) {
        const whole = flat(request.text);
        const on = pages.filter((text) => text.includes(whole)).length;
        expect(on, `${title}: “${whole.slice(0, 40)}…”`).toBe(1);
      }
    }
  });
});

describe('the printed sheet, other layouts', () => {
  it('prints two columns by region with tick boxes, and lines for notes, each on one page', async () => {
    const layouts = [
      {
        name: 'two-columns',
        title: 'Two columns by region',
        paperSize: 'A4' as const,
        printSize: 'normal' as const,
        layout: {
          columns: 2 as const,
          grouping: 'region' as const,
          notes: 'tick-box' as const,
          showDates: true,
        },
      },
      {
        name: 'note-lines',
        title: 'Lines for notes',
        paperSize: 'Letter' as const,
        printSize: 'normal' as const,
        layout: { notes: 'lines' as const, numbered: false },
      },
      {
        name: 'notice-board',
        title: 'For the notice board',
        paperSize: 'A4' as const,
        printSize: 'normal' as const,
        layout: { noticeBoard: true, grouping: 'region' as const },
      },
    ];
    const { session } = await startWithSheets(
      layouts.map((l) => sheetDraft({ ...l, requests: TYPICAL_REQUESTS })),
    );
    for (const l of layouts) {
      const printed = await printToPdf(session.page, l.title);
      await pdfToPng(printed.file, `layout-${l.name}`);
      expect(printed.pages, l.title).toBe(1);
      expect(printed.appPages, l.title).toBe(1);
      const text = await pdfPageText(printed.file, 1);
      expect(text).toContain(l.title);
      if (l.name === 'notice-board') {
        // Ana* is left out; the rest of her request is there.
        expect(text).not.toContain('Ana');
        expect(text).toContain('gives evidence in a trial in Guatemala City next month');
      } else {
        for (const request of TYPICAL_REQUESTS) expect(text, l.title).toContain(flat(request.text));
      }
    }
  });
});

describe('fit to one page', () => {
  it('brings seven real-length requests (80–95 words) onto one A4 page, offering only what fits', async () => {
    const title = 'Seven requests of real length';
    const { session } = await startWithSheets([
      sheetDraft({ title, requests: REAL_LENGTH_REQUESTS, paperSize: 'A4', printSize: 'large' }),
    ]);
    const { page } = session;
    const panel = page.getByRole('complementary', { name: 'Prayer sheet' });
    await panel.getByRole('tab', { name: 'Saved sheets' }).click();
    await panel.getByRole('button', { name: `Print “${title}” again` }).click();
    const dialog = page.getByRole('dialog', { name: 'Print preview' });
    await dialog.waitFor();
    const root = page.locator('.sheet-print-root');
    await expect.poll(async () => Number(await root.getAttribute('data-pages'))).toBeGreaterThan(1);
    // Large print in one column runs over; the ways offered were each measured to fit.
    const ways = dialog.getByRole('group', { name: 'Fit to one page' });
    await ways.waitFor();
    const offered = await ways.getByRole('button').allTextContents();
    expect(offered.length).toBeGreaterThan(0);
    await ways.getByRole('button').first().click();
    await expect.poll(async () => Number(await root.getAttribute('data-pages'))).toBe(1);
    await dialog.getByText(/^Fits on one page, text at/).waitFor();

    await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
    const note = dialog.getByText(/^Saved as /);
    await note.waitFor();
    // The note names the file; its tooltip is the whole path.
    const file = (await note.getAttribute('title')) ?? '';
    const printed = await pdfInfo(file);
    await pdfToPng(file, 'fit-one-page-real-length');
    expect(printed.pages).toBe(1);
    expect(printed.pageSize).toMatch(/\(A4\)$/);
    const text = await pdfPageText(file, 1);
    for (const request of REAL_LENGTH_REQUESTS) expect(text).toContain(flat(request.text));
  });
});
