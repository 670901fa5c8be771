// Shared by the sheet and print end-to-end tests: prayer requests written for these tests (every person,
// place and event in them is made up), sheets built from them, the real print/PDF handler of main bound to
// the Chromium page (printToPDF is Playwright's page.pdf, the same Chromium printing code), and poppler's
// pdfinfo / pdftotext / pdftoppm to look inside the PDFs.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { Region } from '../../shared/model';
import type { PaperSize, PrintSize, SheetDraft, SheetEntry, SheetLayout } from '../../shared/prayer-sheet';
import { addEntries, createSheet, entryFromItem } from '../../shared/prayer-sheet';
import { createSheetPrinter } from '../../electron/main/print-sheet';
import type { PrintableContents } from '../../electron/main/print-sheet';
import type { AppSession } from './harness/app-session';
import { REPO_ROOT } from './harness/build-renderer';

const run = promisify(execFile);

export const PRINT_RESULTS_DIR = path.join(REPO_ROOT, 'test-results/print');

/** Eight requests of the length bulletins usually have (45–65 words). */
export const TYPICAL_REQUESTS: { region: Region; text: string }[] = [
  {
    region: 'Africa',
    text:
      'Pray for the Mukasa family in Jinja, who have waited three years for a court to confirm that the land ' +
      'their late father farmed is theirs. The hearing is set for Thursday. Pray that the magistrate weighs ' +
      'the evidence with care, that neighbours who know the truth are willing to speak, and that the family ' +
      'can plant again before the rains.',
  },
  {
    region: 'South Asia',
    text:
      'Praise God for eleven men and women who walked out of a brick kiln near Hosur last week, free of a ' +
      'debt that had kept them working without pay since 2019. Give thanks for the officials who acted ' +
      'quickly on the complaint, and pray that each family receives the release certificate and the ' +
      'rehabilitation money they are owed.',
  },
  {
    region: 'Southeast Asia & Pacific',
    text:
      'Pray for the social workers in Cebu who are supporting four children rescued from online sexual ' +
      'exploitation in October. Ask God to give them patience and wisdom as the children begin counselling ' +
      'and return to school, and pray for the relatives who are stepping forward to care for them.',
  },
  {
    region: 'Latin America & Caribbean',
    text:
      'Pray for Ana* as she gives evidence in a trial in Guatemala City next month. Pray that she is treated ' +
      'with dignity in court, that the prosecutor presents the case clearly, and that the man who abused her ' +
      'is held to account.',
  },
  {
    region: 'Europe',
    text:
      'Thank God for the first training course for border police in Moldova, where officers learned how to ' +
      'spot the signs of trafficking among people crossing on foot. Pray that what they learned shapes how ' +
      'they question travellers, and that victims are referred to care rather than treated as offenders.',
  },
  {
    region: 'Global',
    text:
      'Pray for the churches that will hold Freedom Sunday services this month. Pray that congregations hear ' +
      'God’s heart for the oppressed, that new volunteers come forward, and that the gifts given sustain the ' +
      'work of lawyers and social workers for the year ahead.',
  },
  {
    region: 'Africa',
    text:
      'Pray for the police unit in Accra that investigates child labour on the fishing boats of Lake Volta. ' +
      'They plan an operation before the end of the year. Pray for safety on the water, for accurate ' +
      'information, and for good care for every child who is brought home.',
  },
  {
    region: 'South Asia',
    text:
      'Give thanks that a district court in Tamil Nadu ordered a mill owner to pay back wages to thirty-two ' +
      'workers. Pray that the payment is made in full, and that the ruling encourages other officials to ' +
      'act on complaints of bonded labour without delay.',
  },
];

const EXTRA_SENTENCES = [
  'Our staff ask especially for prayer for the families who are waiting at home, many of whom have borrowed ' +
    'money to travel to the hearings and cannot afford another delay. Pray for the lawyers preparing the ' +
    'case, for the interpreters, and for peace in the days before the verdict.',
  'Local partners will meet the district collector next week to discuss how survivors can be protected once ' +
    'they return to their villages, where the people who once held them still live nearby. Pray for courage, ' +
    'for wise words, and for lasting change in how these cases are handled.',
  'Pray too for the team’s own health and rest: the last months have been long, and several colleagues have ' +
    'carried heavy cases while covering for others. Ask God to renew their strength and to provide the right ' +
    'people for the positions that are still open.',
  'Survivors who have already testified in similar cases say that the waiting is the hardest part. Pray that ' +
    'the courts keep to the dates they have set, and that each person who speaks up finds friends, a safe ' +
    'place to live and a way to earn a steady income.',
];

/** Twenty long requests (about 100 words each): too many for one page in any layout. */
export const LONG_REQUESTS: { region: Region; text: string }[] = Array.from({ length: 20 }, (_v, i) => {
  const base = TYPICAL_REQUESTS[i % TYPICAL_REQUESTS.length]!;
  // Each base request gets a different extra sentence each time it comes round: no two are the same.
  const extra = EXTRA_SENTENCES[(i + Math.floor(i / TYPICAL_REQUESTS.length)) % EXTRA_SENTENCES.length]!;
  return { region: base.region, text: `${base.text} ${extra}` };
});

/** Sheet entries for requests, as if each came from its own weekly bulletin. */
export function entriesFor(requests: readonly { region: Region; text: string }[]): SheetEntry[] {
  return requests.map((request, index) => {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const file = `2026/2026-10-${day} weekly requests.txt`;
    const items = Array.from({ length: index + 1 }, () => ({
      region: request.region,
      heading: request.region,
      kind: 'prayer' as const,
      text: request.text,
      countries: [],
      pseudonyms: [],
    }));
    return entryFromItem({ file, date: `2026-10-${day}`, items }, index)!;
  });
}

export interface SheetOptions {
  title: string;
  requests: readonly { region: Region; text: string }[];
  paperSize: PaperSize;
  printSize: PrintSize;
  layout?: Partial<SheetLayout>;
  withHead?: boolean;
}

/** A full sheet: church, title, verse and introduction above the requests. */
export function sheetDraft(options: SheetOptions): SheetDraft {
  const sheet = createSheet({
    title: options.title,
    paperSize: options.paperSize,
    churchName: options.withHead === false ? '' : 'St Columba’s Church, Riverside',
    layout: { printSize: options.printSize, ...options.layout },
  });
  return {
    ...addEntries(sheet, entriesFor(options.requests)),
    verse:
      options.withHead === false
        ? null
        : { text: '“Learn to do right; seek justice. Defend the oppressed.”', reference: 'Isaiah 1:17' },
    introduction:
      options.withHead === false
        ? ''
        : 'Please pray for one request each day this week, and tick it off when you have.',
  };
}

export interface PdfPrinter {
  /** Where the PDFs were written, in order. */
  saved: string[];
}

/**
 * Binds main's real print handlers (createSheetPrinter) to the page: printToPDF is page.pdf, the save
 * dialog answers `file` for each PDF in turn, and there is no printer (as on many office computers).
 */
export function bindRealPrinter(session: AppSession, files: () => string): PdfPrinter {
  const { page } = session;
  const saved: string[] = [];
  const contents: PrintableContents = {
    isDestroyed: () => page.isClosed(),
    getPrintersAsync: async () => [],
    print: (_options, callback) => callback(false, 'No printer'),
    printToPDF: async (options) =>
      page.pdf({
        format: options.pageSize,
        printBackground: options.printBackground,
        preferCSSPageSize: options.preferCSSPageSize,
        margin: {
          top: `${options.margins.top}in`,
          bottom: `${options.margins.bottom}in`,
          left: `${options.margins.left}in`,
          right: `${options.margins.right}in`,
        },
      }),
  };
  const printer = createSheetPrinter({
    contents: () => contents,
    showSaveDialog: async () => {
      const file = files();
      saved.push(file);
      return { canceled: false, filePath: file };
    },
    documentsDir: () => PRINT_RESULTS_DIR,
    log: { warn: () => undefined, error: () => undefined },
  });
  // The bridge looks a handler up by name on each request, so replacing these two is enough.
  session.handlers.printSheet = (options) => printer.print(options);
  session.handlers.saveSheetPdf = (options) => printer.savePdf(options);
  return { saved };
}

export async function pdfInfo(file: string): Promise<{ pages: number; pageSize: string }> {
  const { stdout } = await run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  const pageSize = /^Page size:\s+(.+)$/m.exec(stdout)?.[1]?.trim() ?? '';
  return { pages, pageSize };
}

/** The text of one page, whitespace collapsed (pdftotext breaks lines where the paper does). */
export async function pdfPageText(file: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']);
  return flat(stdout);
}

/** Turns every page into test-results/print/<name>-<n>.png at 60 dpi, to be looked at. */
export async function pdfToPng(file: string, name: string): Promise<void> {
  await mkdir(PRINT_RESULTS_DIR, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '60', file, path.join(PRINT_RESULTS_DIR, name)]);
}

export function flat(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/ﬁ/g, 'fi')
    .replace(/ﬂ/g, 'fl')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Opens the sheet panel from the header button. */
export async function openSheetPanel(page: Page) {
  await page.getByRole('button', { name: /^Prayer sheet, / }).click();
  const panel = page.getByRole('complementary', { name: 'Prayer sheet' });
  await panel.waitFor();
  return panel;
}
