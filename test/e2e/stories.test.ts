// Verses, countries, the praise digest and the prayer calendar end to end: the built renderer in Chromium,
// the real handler table, library and story service over test/e2e/fixtures/story-library (fourteen weekly
// bulletins, 2023–2025, written for these tests: every person and event in them is made up), and the real
// PDF handler of main. Screenshots and printed pages land in test-results/ to be looked at.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../shared/model';
import { addEntries, createSheet, entryFromItem } from '../../shared/prayer-sheet';
import type { SheetEntry } from '../../shared/prayer-sheet';
import { REPO_ROOT } from './harness/build-renderer';
import type { AppSession } from './harness/app-session';
import { useE2EEnv } from './harness/e2e-env';
import {
  bindRealPrinter,
  flat,
  openSheetPanel,
  pdfInfo,
  pdfPageText,
  PRINT_RESULTS_DIR,
} from './sheet-support';

const run = promisify(execFile);
const env = useE2EEnv();

const STORY_LIBRARY = path.join(REPO_ROOT, 'test/e2e/fixtures/story-library');

/** The praise reports of April to June 2025 in the fixtures, by region. */
const SECOND_QUARTER_PRAISE = [
  'Praise God that the two brothers in Jinja, Uganda, were given back their father’s plot by the magistrate.',
  'Thank God that the appeal in Nairobi, Kenya, was dismissed and the officers remain in prison.',
  'Praise God that the tenants in Kampala, Uganda, are back in their homes after the police stopped the eviction.',
  'Praise God that the shelter in Moldova welcomed its first two guests, both safe and cared for.',
  'Rejoice with the girls in Guatemala City: all six finished their first school term.',
  'Give thanks that the social workers in Lima, Peru, saw three young women start their own bakery.',
  'Give thanks that the kiln owner in Hosur, India, was convicted and the twenty workers were paid what they were owed.',
  'Praise God that the children in Davao, Philippines, gave their evidence by video and did not have to face the accused.',
  'Rejoice that border officers in Thailand turned back a van carrying five teenagers to a factory far from home.',
];

async function startStories(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<AppSession> {
  const session = await env.start({
    libraryFolder: STORY_LIBRARY,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  await session.page.getByRole('navigation', { name: 'Show' }).waitFor();
  return session;
}

/** The one-page PNG of a PDF, at 60 dpi, named exactly `name`.png under test-results/print/. */
async function pdfToSinglePng(file: string, name: string): Promise<void> {
  await mkdir(PRINT_RESULTS_DIR, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '60', '-singlefile', file, path.join(PRINT_RESULTS_DIR, name)]);
}

/** Saves the sheet in the open preview as a PDF through main's real handler; answers its path. */
async function saveAsPdf(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Print preview' });
  await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
  const note = dialog.getByText(/^Saved as /);
  await note.waitFor();
  // The note names the file; its tooltip is the whole path.
  return (await note.getAttribute('title')) ?? '';
}

async function pdfOutDir(session: AppSession): Promise<void> {
  await mkdir(PRINT_RESULTS_DIR, { recursive: true });
  const outDir = await mkdtemp(path.join(PRINT_RESULTS_DIR, 'pdf-'));
  let count = 0;
  bindRealPrinter(session, () => path.join(outDir, `stories-${++count}.pdf`));
}

describe('the scripture index, end to end', () => {
  it('lists the verses in Bible order, finds “Psalm 89” in every spelling, and opens a week', async () => {
    const session = await startStories();
    const { page } = session;
    await page.getByRole('navigation', { name: 'Show' }).getByRole('button', { name: 'Verses' }).click();
    await page.getByText('11 verses from 14 weeks').waitFor();
    const references = () => page.locator('.verse-reference').allTextContents();
    const books = await page
      .locator('.verse-book')
      .evaluateAll((els) => els.map((el) => el.firstChild?.textContent));
    // Drawn as far as the list shows (it is virtual), in Bible order.
    const order = ['Psalms', 'Proverbs', 'Isaiah', 'Amos', 'Micah', 'Romans', '1 Corinthians', 'James'];
    expect(books.length).toBeGreaterThan(1);
    expect(books).toEqual(order.slice(0, books.length));
    expect((await references()).slice(0, 3)).toEqual(['Psalm 9:9', 'Psalm 89', 'Psalm 89:1–2']);

    await page.screenshot({ path: env.screenshotPath('verses-all-1280x800-light') });

    await page.getByRole('searchbox', { name: 'Find a verse' }).fill('Psalm 89');
    await page.getByText('2 verses for “Psalm 89”').waitFor();
    expect(await references()).toEqual(['Psalm 89', 'Psalm 89:1–2']);
    // "Ps. 89:1–2" and "Psalm 89:1-2" are the same passage: one entry, two weeks.
    const passage = page.getByRole('article', { name: 'Psalm 89:1–2' });
    await passage.getByText('2 weeks').waitFor();
    // References are read into the book's full name when a bulletin is parsed (shared/bible-parser.ts), so
    // "Ps. 89:1–2" is listed as the passage itself, with no "as written" note.
    await page.screenshot({ path: env.screenshotPath('verses-1280x800-light') });

    // A week opens its bulletin in the reader.
    await passage.getByRole('button', { name: /2023/ }).click();
    const reader = page.getByRole('region', { name: 'Reading pane' });
    await reader
      .getByText(/November 5, 2023|5 November 2023/)
      .first()
      .waitFor();
    await reader.getByText(/police officers in Gulu/).waitFor();
  });

  it('finds Micah 6:8 however it was written, and a book by name', async () => {
    const session = await startStories();
    const { page } = session;
    await page.getByRole('navigation', { name: 'Show' }).getByRole('button', { name: 'Verses' }).click();
    const search = page.getByRole('searchbox', { name: 'Find a verse' });
    await search.fill('Micah 6:8');
    const micah = page.getByRole('article', { name: 'Micah 6:8' });
    await micah.getByText('3 weeks').waitFor();
    await search.fill('Isaiah');
    await page.getByText('2 verses for “Isaiah”').waitFor();
    await search.fill('Hosea 2');
    await page.getByText('No verse matches “Hosea 2”').waitFor();
  });
});

describe('a country view, end to end', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`opens from a country chip in the reader, with its chart and requests (${colorScheme})`, async () => {
      const session = await startStories({ colorScheme });
      const { page } = session;
      await page.getByRole('button', { name: /^Read the newest bulletin/ }).click();
      const reader = page.getByRole('region', { name: 'Reading pane' });
      await reader.getByText(/border officers in Thailand/).waitFor();
      await reader.getByRole('button', { name: 'Uganda', exact: true }).first().click();

      await page.getByRole('heading', { level: 2, name: 'Uganda' }).waitFor();
      const chart = page.getByRole('img', { name: /^From Sep 2023 to Jun 2025, by month: / });
      await chart.waitFor();
      expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
      const summary = (await page.locator('.country-chart figcaption').textContent()) ?? '';
      expect(summary).toMatch(/8 prayer requests and 5 praise reports about Uganda/);
      await page.getByText('13 requests named Uganda from Sep 2023 to Jun 2025.').waitFor();
      const total = (term: string) =>
        page.locator('.country-total', { hasText: term }).locator('dd').textContent();
      expect(await total('Prayer requests')).toBe('8');
      expect(await total('Praise reports')).toBe('5');
      // Answered or still waiting: every prayer is one or the other.
      const answered = Number(/^(\d+)/.exec((await total('Answered')) ?? '')?.[1]);
      const waiting = Number(await total('Still waiting'));
      expect(answered + waiting).toBe(8);
      const requests = page.locator('.story-request');
      expect(await requests.count()).toBe(13);
      expect(await requests.first().locator('.story-request-text').textContent()).toBe(
        'Praise God that the tenants in Kampala, Uganda, are back in their homes after the police stopped the eviction.',
      );
      await page.screenshot({ path: env.screenshotPath(`country-1280x800-${colorScheme}`) });
      if (colorScheme === 'light') {
        // A smaller screen: the totals go two by two, the chart narrows.
        await page.setViewportSize({ width: 1024, height: 768 });
        await page.waitForFunction(() => innerWidth === 1024);
        await page.screenshot({ path: env.screenshotPath('country-1024x768-light') });
        await page.setViewportSize({ width: 1280, height: 800 });
      }

      // A request goes on the prayer sheet from here; "All countries" lists the others.
      await requests.nth(1).getByRole('button', { name: 'Add to prayer sheet' }).click();
      await page.getByRole('button', { name: 'Prayer sheet, 1 request' }).waitFor();
      await page.getByRole('button', { name: /All countries/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Countries' }).waitFor();
      expect(await page.locator('.country-row-name').first().textContent()).toBe('Uganda');
      if (colorScheme === 'light')
        await page.screenshot({ path: env.screenshotPath('countries-1280x800-light') });
      await page.getByRole('searchbox', { name: 'Find a country' }).fill('phil');
      await page.getByRole('button', { name: /^Philippines/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Philippines' }).waitFor();
    });
  }
});

describe('the praise digest and the prayer calendar, printed', () => {
  it('makes a digest of a quarter’s praise reports, by region, and saves it as a one-page PDF', async () => {
    const session = await startStories();
    const { page } = session;
    await pdfOutDir(session);
    const panel = await openSheetPanel(page);
    await panel.getByRole('button', { name: 'Praise digest…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Praise digest' });
    await dialog.getByRole('radio', { name: 'Between two dates' }).check();
    await dialog.getByLabel('From', { exact: true }).fill('2025-04-01');
    await dialog.getByLabel('To', { exact: true }).fill('2025-06-30');
    await dialog.getByRole('button', { name: 'Make the digest' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText('Started a praise digest: 9 praise reports, grouped by region.').waitFor();
    await page.screenshot({ path: env.screenshotPath('digest-panel-1280x800-light') });

    await panel.getByRole('button', { name: 'Preview and layout…' }).click();
    const preview = page.getByRole('dialog', { name: 'Print preview' });
    await preview.getByRole('group', { name: 'Page 1 of 1' }).waitFor();
    await page.screenshot({ path: env.screenshotPath('digest-preview-1280x800-light') });
    const file = await saveAsPdf(page);
    const info = await pdfInfo(file);
    expect(info.pages).toBe(1);
    await pdfToSinglePng(file, 'digest');
    const text = await pdfPageText(file, 1);
    expect(text).toMatch(/Answers to prayer/);
    for (const praise of SECOND_QUARTER_PRAISE) expect(text).toContain(flat(praise));
    const unspaced = text.replace(/\s/g, '');
    // Regions in their usual order, each once.
    const order = ['AFRICA', 'EUROPE', 'SOUTHASIA', 'SOUTHEASTASIA', 'LATINAMERICA'].map((r) =>
      unspaced.indexOf(r),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toMatch(/Pray for/);
  });

  it('prints a month as a prayer calendar on one page turned sideways', async () => {
    const session = await startStories();
    const { page } = session;
    await pdfOutDir(session);
    // A sheet of every prayer request in the library, saved as a user would have it.
    const bulletins = session.library.allBulletins() as readonly Bulletin[];
    const entries = bulletins
      .flatMap((b) => b.items.map((item, index) => (item.kind === 'prayer' ? entryFromItem(b, index) : null)))
      .filter((entry): entry is SheetEntry => entry !== null);
    expect(entries.length).toBeGreaterThan(15);
    await session.handlers.saveSheet(
      addEntries(
        createSheet({ title: 'Praying through July', paperSize: 'A4', churchName: 'Riverside Chapel' }),
        entries,
      ),
    );
    const panel = await openSheetPanel(page);
    await panel.getByRole('tab', { name: 'Saved sheets' }).click();
    await panel.getByRole('button', { name: 'Open “Praying through July”' }).click();
    await panel.getByRole('button', { name: 'Preview and layout…' }).click();
    const preview = page.getByRole('dialog', { name: 'Print preview' });
    await preview.getByRole('radio', { name: 'A month' }).check();
    await preview.getByLabel('Month', { exact: true }).fill('2025-07');
    await preview.getByRole('radio', { name: 'One region a day' }).check();
    await page.waitForFunction(
      () => document.querySelectorAll('.sheet-print-root .cal-cell[data-date]').length === 31,
    );
    await preview.getByText(/^Month calendar · /).waitFor();
    await page.screenshot({ path: env.screenshotPath('calendar-preview-1280x800-light') });
    const fit = (await preview.locator('.fit-note').textContent()) ?? '';
    expect(fit).toMatch(/^Fits on one page turned sideways/);

    const file = await saveAsPdf(page);
    const info = await pdfInfo(file);
    expect(info.pages).toBe(1);
    const [width, height] = /([\d.]+) x ([\d.]+)/.exec(info.pageSize)!.slice(1).map(Number);
    expect(width).toBeGreaterThan(height!);
    await pdfToSinglePng(file, 'calendar-month');
    const text = await pdfPageText(file, 1);
    expect(text).toContain('Praying through July');
    expect(text).toMatch(/July 2025/);
    // Every day of the month is on the page.
    for (const day of ['1', '15', '31']) expect(text.split(/\s+/)).toContain(day);
    // Main was asked for a page turned sideways.
    const asked = session.bridge.calls.filter((c) => c.name === 'saveSheetPdf').at(-1);
    expect(asked?.args[0]).toMatchObject({ paperSize: 'A4', landscape: true });

    // A week of the same requests: seven day boxes on an upright page.
    await preview.getByRole('radio', { name: 'A week' }).check();
    await preview.getByLabel('First day', { exact: true }).fill('2025-07-06');
    await page.waitForFunction(
      () => document.querySelector('.sheet-print-root .cal-day')?.getAttribute('data-date') === '2025-07-06',
    );
    await page.screenshot({ path: env.screenshotPath('calendar-week-preview-1280x800-light') });
    const week = await saveAsPdf(page);
    const weekInfo = await pdfInfo(week);
    expect(weekInfo.pages).toBe(1);
    const [w, h] = /([\d.]+) x ([\d.]+)/.exec(weekInfo.pageSize)!.slice(1).map(Number);
    expect(w).toBeLessThan(h!);
    await pdfToSinglePng(week, 'calendar-week');
    const weekText = await pdfPageText(week, 1);
    for (const day of ['Sunday', 'Wednesday', 'Saturday']) expect(weekText).toContain(day);
    expect(session.bridge.calls.filter((c) => c.name === 'saveSheetPdf').at(-1)?.args[0]).not.toHaveProperty(
      'landscape',
    );
  });
});
