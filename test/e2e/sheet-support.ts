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
  session.handlers.saveSheetDocx = (sheet, options) => printer.saveDocx(sheet, options);
  // "Open" and "Show in folder" reach only what this printer saved, as in the app.
  const onlySaved = (file: string) => {
    if (!printer.savedThisSession(file)) throw new Error(`Not saved in this session: ${file}`);
  };
  session.handlers.openSavedFile = async (file) => {
    onlySaved(file);
    session.openedFiles.push(file);
  };
  session.handlers.showSavedFile = async (file) => {
    onlySaved(file);
    session.shownInFolder.push(file);
  };
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

/**
 * Seven requests of the length real bulletins have (80–95 words each; real requests run to 60–120 words): the "one-page sheet" that printed on two pages. Written for these tests; every person
 * and place in them is made up.
 */
export const REAL_LENGTH_REQUESTS: { region: Region; text: string }[] = [
  {
    region: 'Africa',
    text:
      'Please pray for Grace*, a fourteen-year-old girl who was brought home last month after two years of ' +
      'forced domestic work in a city far from her village. She is living with an aunt and has started ' +
      'school again, but she struggles to sleep and is afraid of strangers. Pray that the counsellor who ' +
      'visits her each week earns her trust, that her teachers are patient with her, and that the woman ' +
      'who held her is brought to court before the end of the year. Pray also for her mother, who blames ' +
      'herself.',
  },
  {
    region: 'South Asia',
    text:
      'Praise God with us! Twenty-three workers, among them nine children, walked out of a rice mill last ' +
      'Tuesday after a rescue led by the district officials. The families had been kept there for four ' +
      'years to pay off an advance of a few thousand rupees. Thank God for the sub-collector who acted ' +
      'within hours of hearing the complaint. Pray now that every family receives its release certificate, ' +
      'that the promised rehabilitation money arrives quickly, and that the owner is charged under the law ' +
      'against bonded labour.',
  },
  {
    region: 'Southeast Asia & Pacific',
    text:
      'Pray for our aftercare team as they walk alongside six young women who were exploited online as ' +
      'children and who are now finishing secondary school. Several of them will sit their final exams in ' +
      'March. Ask God to give them focus and hope for what comes next, and to provide the scholarships two ' +
      'of them need to begin nursing training. Pray for the staff too: this work is slow and heavy, and ' +
      'they need rest, good supervision and the encouragement of seeing each young woman grow in confidence. ' +
      'Give thanks for the church that opened its hall to them for study evenings.',
  },
  {
    region: 'Latin America & Caribbean',
    text:
      'Please pray for Rosa*, who will testify next week against the man who abused her when she was ' +
      'eleven. The trial has been postponed five times in three years, and each delay has cost her family ' +
      'another long journey to the capital. Pray that the hearing goes ahead as planned, that the judges ' +
      'listen carefully, and that Rosa is not made to repeat her story more than the law requires. Pray ' +
      'for our lawyer preparing her case, and for the psychologist who will sit beside her in court. ' +
      'Pray that Rosa and her mother find rest and peace in the days before the hearing.',
  },
  {
    region: 'Europe',
    text:
      'Thank God for the first joint training for labour inspectors and police officers in two border ' +
      'regions, held this autumn with our partners. Forty officers learned how to recognise the signs of ' +
      'forced labour on farms and building sites, and how to refer victims to shelters rather than treat ' +
      'them as offenders. Pray that what they learned shapes their next inspections, that the shelters have ' +
      'room for the people they find, and that employers who exploit seasonal workers begin to fear being ' +
      'caught.',
  },
  {
    region: 'Global',
    text:
      'Pray for the churches preparing for Freedom Sunday next month. Hundreds of congregations will pray ' +
      'together for people held in slavery and for those who work to set them free. Pray that pastors ' +
      'preach with courage and compassion, that the stories shared are told with care for the survivors ' +
      'behind them, and that many people are moved to pray regularly. Pray too for the gifts given on the ' +
      'day, that they sustain the lawyers, investigators and social workers whose work depends on them in ' +
      'the year ahead.',
  },
  {
    region: 'Africa',
    text:
      'Please pray for the police unit that investigates child trafficking on the lake, which is planning ' +
      'an operation in the coming weeks. Children as young as eight are made to dive for tangled nets in ' +
      'cold, deep water, and some never come back. Pray for accurate information, for safety for the ' +
      'officers and boat crews, and for wisdom in caring for each child who is rescued. Pray that the ' +
      'fishermen who use children are prosecuted, and that their communities learn that this work is a crime. ' +
      'Pray for the families too, that they find other ways to earn a living.',
  },
];
