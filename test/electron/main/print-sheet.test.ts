// Print and Save as PDF with Electron's webContents and save dialog replaced by fakes (no Electron binary
// runs here): print ok, failed, cancelled, no printer; PDF ok, cancelled, write failure, hang; and the
// Electron print bugs the shell must survive (a callback that never comes, a second request meanwhile).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSheetPrinter,
  NO_PRINTER_MESSAGE,
  pageMarginsInches,
  PDF_TIME_LIMIT_MS,
  printFailure,
  writeFailureMessage,
} from '../../../electron/main/print-sheet';
import type {
  PrintableContents,
  SaveDialogOptions,
  SheetPrinterDeps,
} from '../../../electron/main/print-sheet';
import { SHEET_PAGE_MARGIN_MM } from '../../../shared/prayer-sheet';

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 a one-page prayer sheet');
const NAME = 'Prayer sheet 2026-11-29.pdf';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'pd-print-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(base, { recursive: true, force: true });
});

type PrintCallback = (success: boolean, failureReason: string) => void;

function fakeContents() {
  const state = { destroyed: false, callbacks: [] as PrintCallback[] };
  const contents = {
    state,
    isDestroyed: vi.fn(() => state.destroyed),
    getPrintersAsync: vi.fn(async (): Promise<Array<{ name: string }>> => [{ name: 'Office_Laser' }]),
    /** By default the dialog is "shown" and the test answers through state.callbacks. */
    print: vi.fn((_options: Parameters<PrintableContents['print']>[0], callback: PrintCallback) => {
      state.callbacks.push(callback);
    }),
    printToPDF: vi.fn(
      async (_options: Parameters<PrintableContents['printToPDF']>[0]): Promise<Uint8Array> => PDF_BYTES,
    ),
  };
  return contents satisfies PrintableContents;
}

function setup(overrides: Partial<SheetPrinterDeps> = {}) {
  const contents = fakeContents();
  const documents = path.join(base, 'Documents');
  const log = { warn: vi.fn(), error: vi.fn() };
  const showSaveDialog = vi.fn(
    async (options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }> => ({
      canceled: false,
      filePath: options.defaultPath,
    }),
  );
  const deps: SheetPrinterDeps = {
    contents: () => contents,
    showSaveDialog,
    documentsDir: () => documents,
    log,
    ...overrides,
  };
  return { printer: createSheetPrinter(deps), contents, showSaveDialog, documents, log };
}

/** Lets the printer reach contents.print (it first awaits the printer list). */
async function untilPrintCalled(contents: ReturnType<typeof fakeContents>, times = 1) {
  await vi.waitFor(() => expect(contents.print).toHaveBeenCalledTimes(times));
}

describe('print', () => {
  it('checks for a printer, then opens the print dialog with the paper size and backgrounds', async () => {
    const { printer, contents } = setup();
    const outcome = printer.print({ paperSize: 'Letter' });
    await untilPrintCalled(contents);
    expect(contents.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true, pageSize: 'Letter', landscape: false },
      expect.any(Function),
    );
    expect(contents.getPrintersAsync.mock.invocationCallOrder[0]).toBeLessThan(
      contents.print.mock.invocationCallOrder[0] ?? 0,
    );
    contents.state.callbacks[0]!(true, '');
    await expect(outcome).resolves.toEqual({ ok: true, path: null });
  });

  it('with no printer set up, does not call print and says PDF still works', async () => {
    const { printer, contents } = setup();
    contents.getPrintersAsync.mockResolvedValue([]);
    await expect(printer.print({ paperSize: 'A4' })).resolves.toEqual({
      ok: false,
      reason: 'no-printer',
      message: NO_PRINTER_MESSAGE,
    });
    expect(contents.print).not.toHaveBeenCalled();
    expect(NO_PRINTER_MESSAGE).toBe(
      'No printer is set up on this computer. You can still save the sheet as a PDF and print it elsewhere.',
    );
    // The same computer can still save the PDF.
    await expect(printer.savePdf({ paperSize: 'A4', suggestedName: NAME })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('reports a failed print in plain words, suggesting the PDF', async () => {
    const { printer, contents } = setup();
    const outcome = printer.print({ paperSize: 'A4' });
    await untilPrintCalled(contents);
    contents.state.callbacks[0]!(false, 'Print job failed');
    const answer = await outcome;
    expect(answer).toMatchObject({ ok: false, reason: 'failed' });
    expect(answer.ok === false && answer.message).toMatch(
      /could not be printed .*Print job failed.*save the sheet as a PDF/,
    );
  });

  it('treats a closed print dialog as cancelled', async () => {
    const { printer, contents } = setup();
    const outcome = printer.print({ paperSize: 'A4' });
    await untilPrintCalled(contents);
    contents.state.callbacks[0]!(false, 'Print job canceled');
    await expect(outcome).resolves.toMatchObject({ ok: false, reason: 'cancelled' });
  });

  it('still opens the dialog when the printer list cannot be read', async () => {
    const { printer, contents, log } = setup();
    contents.getPrintersAsync.mockRejectedValue(new Error('spooler not running'));
    const outcome = printer.print({ paperSize: 'A4' });
    await untilPrintCalled(contents);
    contents.state.callbacks[0]!(true, '');
    await expect(outcome).resolves.toEqual({ ok: true, path: null });
    expect(log.warn).toHaveBeenCalled();
  });

  it('turns an exception from print into a plain answer', async () => {
    const { printer, contents } = setup();
    contents.print.mockImplementation(() => {
      throw new Error('Invalid printer settings');
    });
    const answer = await printer.print({ paperSize: 'A4' });
    expect(answer).toMatchObject({ ok: false, reason: 'failed' });
    expect(answer.ok === false && answer.message).toMatch(/could not be printed/);
  });

  it('does nothing when the window is gone', async () => {
    const gone = setup({ contents: () => null });
    await expect(gone.printer.print({ paperSize: 'A4' })).resolves.toMatchObject({
      ok: false,
      reason: 'failed',
    });
    const { printer, contents } = setup();
    contents.state.destroyed = true;
    await expect(printer.print({ paperSize: 'A4' })).resolves.toMatchObject({
      ok: false,
      message: expect.stringMatching(/window was closed/),
    });
    expect(contents.print).not.toHaveBeenCalled();
  });

  it('is never stuck behind a print whose callback never came (an Electron print bug)', async () => {
    const { printer, contents } = setup();
    const first = printer.print({ paperSize: 'A4' });
    await untilPrintCalled(contents);
    // Chromium never answers the first one. The user tries again:
    const second = printer.print({ paperSize: 'A4' });
    await expect(first).resolves.toMatchObject({ ok: false, reason: 'cancelled' });
    await untilPrintCalled(contents, 2);
    contents.state.callbacks[1]!(true, '');
    await expect(second).resolves.toEqual({ ok: true, path: null });
    // A late answer to the first changes nothing.
    contents.state.callbacks[0]!(false, 'Print job failed');
    await expect(first).resolves.toMatchObject({ reason: 'cancelled' });
  });
});

describe('printFailure', () => {
  it.each([
    ['Print job canceled', 'cancelled'],
    ['Print job cancelled', 'cancelled'],
    ['Print job failed', 'failed'],
    ['Invalid printer settings', 'failed'],
    ['', 'failed'],
  ])('%j → %s', (reason, expected) => {
    const outcome = printFailure(reason);
    expect(outcome).toMatchObject({ ok: false, reason: expected });
    expect(outcome.ok === false && outcome.message.length).toBeGreaterThan(10);
  });
});

describe('savePdf', () => {
  it('makes the PDF, asks where to save it in Documents with the dated name, writes it atomically', async () => {
    const { printer, contents, showSaveDialog, documents } = setup();
    const outcome = await printer.savePdf({ paperSize: 'Letter', suggestedName: NAME });
    const target = path.join(documents, NAME);
    expect(outcome).toEqual({ ok: true, path: target });
    expect(contents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      landscape: false,
      printBackground: true,
      preferCSSPageSize: true,
      margins: pageMarginsInches(),
    });
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: target,
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    expect(contents.printToPDF.mock.invocationCallOrder[0]).toBeLessThan(
      showSaveDialog.mock.invocationCallOrder[0] ?? 0,
    );
    expect(new Uint8Array(await readFile(target))).toEqual(PDF_BYTES);
    expect(await readdir(documents)).toEqual([NAME]);
    expect(contents.print).not.toHaveBeenCalled();
    expect(contents.getPrintersAsync).not.toHaveBeenCalled();
  });

  it('turns the page sideways when asked (a month calendar), for the PDF and the print dialog', async () => {
    const { printer, contents } = setup();
    await printer.savePdf({ paperSize: 'A4', landscape: true, suggestedName: NAME });
    expect(contents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ landscape: true }));
    const outcome = printer.print({ paperSize: 'A4', landscape: true });
    await untilPrintCalled(contents);
    expect(contents.print).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', landscape: true }),
      expect.any(Function),
    );
    contents.state.callbacks[0]!(true, '');
    await expect(outcome).resolves.toEqual({ ok: true, path: null });
  });

  it('gives printToPDF the sheet margin in inches', () => {
    const margins = pageMarginsInches();
    expect(margins.top).toBeCloseTo(SHEET_PAGE_MARGIN_MM / 25.4, 6);
    expect(new Set(Object.values(margins)).size).toBe(1);
  });

  it('adds .pdf when the dialog returns the name without it', async () => {
    const { printer, showSaveDialog } = setup();
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(base, 'for the board') });
    await expect(printer.savePdf({ paperSize: 'A4', suggestedName: NAME })).resolves.toEqual({
      ok: true,
      path: path.join(base, 'for the board.pdf'),
    });
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { printer, showSaveDialog, documents } = setup();
    showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await expect(printer.savePdf({ paperSize: 'A4', suggestedName: NAME })).resolves.toMatchObject({
      ok: false,
      reason: 'cancelled',
    });
    await expect(readdir(documents)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    ['EBUSY', /open in another program/],
    ['EPERM', /open in another program|not allowed/],
    ['ENOSPC', /disk is full/],
    ['EROFS', /read-only/],
  ])('explains a write failure (%s) in plain words', async (code, message) => {
    const writeFile = vi.fn(async () => {
      throw Object.assign(new Error(`${code}: failed`), { code });
    });
    const { printer } = setup({ writeFile });
    const answer = await printer.savePdf({ paperSize: 'A4', suggestedName: NAME });
    expect(answer).toMatchObject({ ok: false, reason: 'failed' });
    expect(answer.ok === false && answer.message).toMatch(message);
  });

  it('fails plainly, leaving nothing behind, when the chosen place cannot be written', async () => {
    const blocker = path.join(base, 'not-a-folder');
    await writeFile(blocker, 'a file');
    const { printer, showSaveDialog } = setup();
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(blocker, NAME) });
    const answer = await printer.savePdf({ paperSize: 'A4', suggestedName: NAME });
    expect(answer).toMatchObject({
      ok: false,
      reason: 'failed',
      message: expect.stringMatching(/could not be saved/),
    });
    expect(await readdir(base)).toEqual(['not-a-folder']);
  });

  it('does not ask for a file name when the PDF could not be made', async () => {
    const { printer, contents, showSaveDialog } = setup();
    contents.printToPDF.mockRejectedValueOnce(new Error('Failed to generate PDF'));
    const answer = await printer.savePdf({ paperSize: 'A4', suggestedName: NAME });
    expect(answer).toMatchObject({
      ok: false,
      reason: 'failed',
      message: expect.stringMatching(/could not make the PDF/),
    });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('gives up on a printToPDF that never answers, and can try again', async () => {
    vi.useFakeTimers();
    const { printer, contents, showSaveDialog } = setup();
    contents.printToPDF.mockReturnValueOnce(new Promise<Uint8Array>(() => undefined));
    const first = printer.savePdf({ paperSize: 'A4', suggestedName: NAME });
    await vi.advanceTimersByTimeAsync(PDF_TIME_LIMIT_MS);
    await expect(first).resolves.toMatchObject({
      ok: false,
      message: expect.stringMatching(/took too long/),
    });
    expect(showSaveDialog).not.toHaveBeenCalled();
    vi.useRealTimers();
    await expect(printer.savePdf({ paperSize: 'A4', suggestedName: NAME })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('shows one save dialog for a double click, and both get its answer', async () => {
    const { printer, showSaveDialog, contents } = setup();
    const [a, b] = await Promise.all([
      printer.savePdf({ paperSize: 'A4', suggestedName: NAME }),
      printer.savePdf({ paperSize: 'A4', suggestedName: NAME }),
    ]);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    expect(contents.printToPDF).toHaveBeenCalledTimes(1);
    // And a later click works again.
    await printer.savePdf({ paperSize: 'A4', suggestedName: NAME });
    expect(showSaveDialog).toHaveBeenCalledTimes(2);
  });

  it('offers just the file name when there is no Documents folder', async () => {
    const { printer, showSaveDialog } = setup({
      documentsDir: () => {
        throw new Error("Failed to get 'documents' path");
      },
    });
    showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await printer.savePdf({ paperSize: 'A4', suggestedName: NAME });
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: NAME }));
  });

  it('answers plainly when the save dialog itself fails, or the window is gone', async () => {
    const { printer, showSaveDialog } = setup();
    showSaveDialog.mockRejectedValueOnce(new Error('no display'));
    await expect(printer.savePdf({ paperSize: 'A4', suggestedName: NAME })).resolves.toMatchObject({
      ok: false,
      reason: 'failed',
    });
    const gone = setup({ contents: () => null });
    await expect(gone.printer.savePdf({ paperSize: 'A4', suggestedName: NAME })).resolves.toMatchObject({
      ok: false,
      reason: 'failed',
    });
  });
});

describe('writeFailureMessage', () => {
  it('names the file, and falls back to the error for unknown codes', () => {
    const busy = Object.assign(new Error('busy'), { code: 'EBUSY' });
    expect(writeFailureMessage(busy, '/home/office/Prayer sheet.pdf')).toContain('“Prayer sheet.pdf”');
    expect(writeFailureMessage(new Error('odd'), '/x.pdf')).toMatch(/could not be saved \(odd\)/);
    expect(writeFailureMessage(Object.assign(new Error('x'), { code: 'ENOENT' }), '/x.pdf')).toMatch(
      /no longer there/,
    );
  });
});
