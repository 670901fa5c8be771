// "Save as Word document…": the .docx made from a sheet is read back with jszip, and its document.xml holds
// the title, church, verse, region headings and every request, in print order; saving goes through the
// save dialog like the PDF, and only a file saved this way may be opened or shown afterwards.
import JSZip from 'jszip';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sheetToDocx } from '../../../../electron/core/sheets/sheet-docx';
import { createSheetPrinter } from '../../../../electron/main/print-sheet';
import type { SaveDialogOptions } from '../../../../electron/main/print-sheet';
import { createHandlers } from '../../../../electron/main/handlers';
import type { HandlerDeps } from '../../../../electron/main/handlers';
import type { Region } from '../../../../shared/model';
import { addEntries, createSheet, entryFromItem } from '../../../../shared/prayer-sheet';
import type { SheetDraft } from '../../../../shared/prayer-sheet';
import { sheetExportContent } from '../../../../shared/sheet-export';

/** Requests of real length (60–120 words), written for this test: every person and place is made up. */
const REQUESTS: { region: Region; text: string }[] = [
  {
    region: 'South Asia',
    text:
      'Give thanks that nine families who had worked for years at a rice mill outside Salem walked free last ' +
      'Tuesday, after officials heard their statements and cancelled the advances the owner said they owed. ' +
      'Pray that every family receives its release certificate quickly, that the children can start school ' +
      'this term, and that the owner is charged under the bonded labour law rather than let off with a fine. ' +
      'Pray too for the social workers who will visit each home in the months ahead.',
  },
  {
    region: 'Africa',
    text:
      'Pray for Grace*, a widow in Mbale whose brothers-in-law took her house and fields after her husband ' +
      'died in March. Her case comes before the land tribunal on the twelfth. Ask God to give her courage as ' +
      'she speaks, to move the witnesses who know the truth to come forward, and to give the tribunal wisdom ' +
      'to return what is hers, so that she and her four children can plant before the rains.',
  },
  {
    region: 'Latin America & Caribbean',
    text:
      'Pray for the prosecutors in Quetzaltenango who are preparing the case against three men accused of ' +
      'selling teenage girls into forced labour in restaurants. The trial opens next month after two years of ' +
      'delays. Pray that the girls are protected from threats while they wait, that their evidence is heard ' +
      'with care, and that the court sees the case through to a just verdict without another postponement.',
  },
];

function sheet(grouping: 'region' | 'chosen'): SheetDraft {
  const entries = REQUESTS.map((request, index) =>
    entryFromItem(
      {
        file: `2026/2026-11-0${index + 1} weekly requests.txt`,
        date: `2026-11-0${index + 1}`,
        items: [
          {
            region: request.region,
            heading: request.region,
            kind: 'prayer' as const,
            text: request.text,
            countries: [],
            pseudonyms: [],
          },
        ],
      },
      0,
    )!,
  );
  const draft = addEntries(
    createSheet({
      title: 'Prayer requests — Sunday 29 November 2026',
      paperSize: 'A4',
      churchName: 'Riverside Baptist Church',
      layout: { grouping, numbered: true },
    }),
    entries,
  );
  return {
    ...draft,
    verse: { text: 'Learn to do right; seek justice.', reference: 'Isaiah 1:17' },
    introduction: 'One request for each day of the week.',
  };
}

/** The visible text of document.xml: the <w:t> runs, joined. */
async function documentText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1]!)
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

function inOrder(text: string, parts: string[]): void {
  const positions = parts.map((part) => text.indexOf(part));
  for (const [index, at] of positions.entries()) expect(at, parts[index]).toBeGreaterThanOrEqual(0);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe('sheetToDocx', () => {
  it('writes the head and every request in print order, under region headings when grouped', async () => {
    const text = await documentText(await sheetToDocx(sheetExportContent(sheet('region'))));
    // REGIONS order: Africa, then South Asia … Latin America as the model lists them.
    const byRegion = sheetExportContent(sheet('region')).sections;
    inOrder(text, [
      'Prayer requests — Sunday 29 November 2026',
      'Riverside Baptist Church',
      'Learn to do right; seek justice.',
      'Isaiah 1:17',
      'One request for each day of the week.',
      ...byRegion.flatMap((section) => [section.heading!, ...section.entries.map((entry) => entry.text)]),
    ]);
    expect(text).toContain('1. ');
  });

  it('keeps the user’s own order when the sheet is not grouped', async () => {
    const text = await documentText(await sheetToDocx(sheetExportContent(sheet('chosen'))));
    inOrder(text, ['1. ', REQUESTS[0]!.text, '2. ', REQUESTS[1]!.text, '3. ', REQUESTS[2]!.text]);
  });
});

describe('saving the Word document', () => {
  let base: string;
  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'pd-docx-'));
  });
  afterEach(async () => {
    await rm(base, { recursive: true, force: true });
  });

  function printer(answer: (options: SaveDialogOptions) => { canceled: boolean; filePath?: string }) {
    const showSaveDialog = vi.fn(async (options: SaveDialogOptions) => answer(options));
    return {
      showSaveDialog,
      printer: createSheetPrinter({
        contents: () => null,
        showSaveDialog,
        documentsDir: () => base,
        log: { warn: vi.fn(), error: vi.fn() },
      }),
    };
  }

  it('asks where to save it, adds ".docx" when the name was typed without it, and writes it whole', async () => {
    const target = path.join(base, 'For the newsletter');
    const { printer: p, showSaveDialog } = printer(() => ({ canceled: false, filePath: target }));
    const outcome = await p.saveDocx(sheet('chosen'), { suggestedName: 'Prayer sheet 2026-11-29.docx' });
    expect(outcome).toEqual({ ok: true, path: `${target}.docx` });
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: path.join(base, 'Prayer sheet 2026-11-29.docx'),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      }),
    );
    const text = await documentText(await readFile(`${target}.docx`));
    inOrder(
      text,
      REQUESTS.map((request) => request.text),
    );
    expect(p.savedThisSession(`${target}.docx`)).toBe(true);
    expect(p.savedThisSession(path.join(base, 'other.docx'))).toBe(false);
  });

  it('says nothing was saved when the dialog is cancelled', async () => {
    const { printer: p } = printer(() => ({ canceled: true }));
    await expect(p.saveDocx(sheet('chosen'), { suggestedName: 'a.docx' })).resolves.toMatchObject({
      ok: false,
      reason: 'cancelled',
    });
  });

  it('opens and shows only what was saved in this session', async () => {
    const target = path.join(base, 'sheet.docx');
    const { printer: p } = printer(() => ({ canceled: false, filePath: target }));
    const opened: string[] = [];
    const shown: string[] = [];
    const handlers = createHandlers({
      printer: p,
      showItemInFolder: (file: string) => shown.push(file),
      openPath: async (file: string) => {
        opened.push(file);
      },
    } as unknown as HandlerDeps);
    await expect(handlers.openSavedFile(target)).rejects.toThrow(/saved since Prayer Desk started/);
    await handlers.saveSheetDocx(sheet('chosen'), { suggestedName: 'sheet.docx' });
    await handlers.openSavedFile(target);
    await handlers.showSavedFile(target);
    expect(opened).toEqual([target]);
    expect(shown).toEqual([target]);
    await expect(handlers.showSavedFile('/etc/passwd')).rejects.toThrow();
  });
});
