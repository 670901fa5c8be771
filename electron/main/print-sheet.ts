// Printing the prayer sheet and saving it as a PDF, from the main window's own page: the renderer lays the
// sheet out for `@media print` and then asks; this file drives Chromium's printing. Plain TypeScript with
// the webContents and the save dialog injected (no Electron import), so every path is unit-tested.
//
// Traps it is built around (see the field notes):
// - With no printer installed, print() can fail silently or never call back (joplin 6061): look for a
//   printer first, and say plainly that "Save as PDF…" still works.
// - print()'s callback has not come in some Electron releases (joplin 12218, electron 38598, 46921): no
//   lock here can stay stuck; a new print supersedes one that never finished.
// - printToPDF can hang (joplin 6061 "already printing"): it is given a time limit, and the outcome is
//   always a plain-words answer, never an exception the user would see as a crash.
import path from 'node:path';
import { SHEET_PAGE_MARGIN_MM } from '../../shared/prayer-sheet';
import type {
  PaperSize,
  PrintOutcome,
  PrintSheetOptions,
  SaveSheetPdfOptions,
} from '../../shared/prayer-sheet';
import type { SaveSheetDocxOptions } from '../../shared/sheet-export';
import { sheetExportContent } from '../../shared/sheet-export';
import type { SheetDraft } from '../../shared/prayer-sheet';
import { writeFileAtomic } from '../core/library/atomic-file';
import { sheetToDocx } from '../core/sheets/sheet-docx';

export const NO_PRINTER_MESSAGE =
  'No printer is set up on this computer. You can still save the sheet as a PDF and print it elsewhere.';

/** How long printToPDF may take before the user is told it failed (a one-page sheet takes well under 1 s). */
export const PDF_TIME_LIMIT_MS = 60_000;

/** The parts of Electron's WebContents used here (a real WebContents fits). */
export interface PrintableContents {
  isDestroyed(): boolean;
  getPrintersAsync(): Promise<ReadonlyArray<{ name: string }>>;
  print(
    options: { silent: boolean; printBackground: boolean; pageSize: PaperSize; landscape: boolean },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
  printToPDF(options: {
    pageSize: PaperSize;
    landscape: boolean;
    printBackground: boolean;
    preferCSSPageSize: boolean;
    margins: { top: number; bottom: number; left: number; right: number };
  }): Promise<Uint8Array>;
}

/** The options Electron's dialog.showSaveDialog takes that are used here. */
export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
  properties: Array<'showOverwriteConfirmation' | 'createDirectory'>;
}

export interface SheetPrinterDeps {
  /** The main window's webContents; null once the window is closed. */
  contents(): PrintableContents | null;
  /** dialog.showSaveDialog on the main window. */
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** app.getPath('documents'); may throw on systems without one. */
  documentsDir(): string;
  /** Writes the PDF; default: writeFileAtomic (temp file + rename, so a failed save leaves no half file). */
  writeFile?(file: string, data: Uint8Array): Promise<void>;
  log?: Pick<Console, 'warn' | 'error'>;
  /** Default PDF_TIME_LIMIT_MS. */
  pdfTimeLimitMs?: number;
}

export interface SheetPrinter {
  /** Opens the system print dialog for the window's content (the sheet, as @media print lays it out). */
  print(options: PrintSheetOptions): Promise<PrintOutcome>;
  /** Makes a PDF of the window's content, asks where to save it, writes it; answers with the path. */
  savePdf(options: SaveSheetPdfOptions): Promise<PrintOutcome>;
  /** Makes a Word document of the sheet, asks where to save it, writes it; answers with the path. */
  saveDocx(sheet: SheetDraft, options: SaveSheetDocxOptions): Promise<PrintOutcome>;
  /** Whether `file` was saved by savePdf or saveDocx since the app started: only those may be opened. */
  savedThisSession(file: string): boolean;
}

const MM_PER_INCH = 25.4;

export function createSheetPrinter(deps: SheetPrinterDeps): SheetPrinter {
  const log = deps.log ?? console;
  const writeFile = deps.writeFile ?? writeFileAtomic;
  const timeLimit = deps.pdfTimeLimitMs ?? PDF_TIME_LIMIT_MS;
  /** Settles the print still waiting for Chromium's callback, if any. */
  let settlePendingPrint: ((outcome: PrintOutcome) => void) | null = null;
  /** A PDF save in progress: a second request (a double click) gets the same answer, not a second dialog. */
  let pdfInProgress: Promise<PrintOutcome> | null = null;
  /** What was saved since the app started ("Open" and "Show in folder" may reach only these). */
  const saved = new Set<string>();

  const print = async (options: PrintSheetOptions): Promise<PrintOutcome> => {
    const contents = deps.contents();
    if (!contents || contents.isDestroyed()) return failed(WINDOW_GONE);
    let printers: ReadonlyArray<{ name: string }> | null = null;
    try {
      printers = await contents.getPrintersAsync();
    } catch (error) {
      // Unknown is not "none": let the print dialog try, and its callback report.
      log.warn('[prayer-desk] could not list printers', error);
    }
    if (printers !== null && printers.length === 0) {
      return { ok: false, reason: 'no-printer', message: NO_PRINTER_MESSAGE };
    }
    if (contents.isDestroyed()) return failed(WINDOW_GONE);

    // A print that never called back (an Electron print bug) must not block this one.
    settlePendingPrint?.({ ok: false, reason: 'cancelled', message: PRINT_CANCELLED });
    return new Promise<PrintOutcome>((resolve) => {
      let settled = false;
      const settle = (outcome: PrintOutcome) => {
        if (settled) return;
        settled = true;
        if (settlePendingPrint === settle) settlePendingPrint = null;
        resolve(outcome);
      };
      settlePendingPrint = settle;
      try {
        contents.print(
          {
            silent: false,
            printBackground: true,
            pageSize: options.paperSize,
            // A month calendar is printed sideways; the dialog starts that way.
            landscape: options.landscape === true,
          },
          (success, failureReason) => {
            if (success) settle({ ok: true, path: null });
            else settle(printFailure(failureReason));
          },
        );
      } catch (error) {
        log.error('[prayer-desk] print failed', error);
        settle(failed(`The sheet could not be printed (${messageOf(error)}). ${TRY_PDF}`));
      }
    });
  };

  const savePdf = async (options: SaveSheetPdfOptions): Promise<PrintOutcome> => {
    const contents = deps.contents();
    if (!contents || contents.isDestroyed()) return failed(WINDOW_GONE);

    let pdf: Uint8Array;
    try {
      pdf = await withTimeLimit(
        contents.printToPDF({
          pageSize: options.paperSize,
          landscape: options.landscape === true,
          printBackground: true,
          // The print stylesheet's @page size and margins win; these are the fallback, and match it.
          preferCSSPageSize: true,
          margins: pageMarginsInches(),
        }),
        timeLimit,
      );
    } catch (error) {
      log.error('[prayer-desk] printToPDF failed', error);
      return failed(
        error instanceof TimeLimitError
          ? 'Making the PDF took too long and was stopped. Please try again; if it keeps happening, restart Prayer Desk.'
          : `Prayer Desk could not make the PDF (${messageOf(error)}). Please try again.`,
      );
    }

    let target: string | null;
    try {
      const answer = await deps.showSaveDialog({
        title: 'Save the prayer sheet as a PDF',
        defaultPath: defaultPdfPath(deps.documentsDir, options.suggestedName),
        buttonLabel: 'Save PDF',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      target = answer.canceled || !answer.filePath ? null : withPdfExtension(answer.filePath);
    } catch (error) {
      log.error('[prayer-desk] save dialog failed', error);
      return failed(`The save dialog could not be opened (${messageOf(error)}).`);
    }
    if (target === null) return { ok: false, reason: 'cancelled', message: 'The PDF was not saved.' };

    try {
      await writeFile(target, pdf);
    } catch (error) {
      log.error('[prayer-desk] writing the PDF failed', error);
      return failed(writeFailureMessage(error, target));
    }
    saved.add(target);
    return { ok: true, path: target };
  };

  const saveDocx = async (sheet: SheetDraft, options: SaveSheetDocxOptions): Promise<PrintOutcome> => {
    let docx: Uint8Array;
    try {
      docx = await sheetToDocx(sheetExportContent(sheet));
    } catch (error) {
      log.error('[prayer-desk] making the Word document failed', error);
      return failed(`Prayer Desk could not make the Word document (${messageOf(error)}). Please try again.`);
    }
    let target: string | null;
    try {
      const answer = await deps.showSaveDialog({
        title: 'Save the prayer sheet as a Word document',
        defaultPath: defaultPdfPath(deps.documentsDir, options.suggestedName),
        buttonLabel: 'Save',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      target = answer.canceled || !answer.filePath ? null : withExtension(answer.filePath, '.docx');
    } catch (error) {
      log.error('[prayer-desk] save dialog failed', error);
      return failed(`The save dialog could not be opened (${messageOf(error)}).`);
    }
    if (target === null) {
      return { ok: false, reason: 'cancelled', message: 'The Word document was not saved.' };
    }
    try {
      await writeFile(target, docx);
    } catch (error) {
      log.error('[prayer-desk] writing the Word document failed', error);
      return failed(writeFailureMessage(error, target, 'Word document'));
    }
    saved.add(target);
    return { ok: true, path: target };
  };

  return {
    print: (options) => print(options).catch((error: unknown) => unexpected(log, error)),
    savePdf(options) {
      if (pdfInProgress) return pdfInProgress;
      const run = savePdf(options)
        .catch((error: unknown) => unexpected(log, error))
        .finally(() => {
          pdfInProgress = null;
        });
      pdfInProgress = run;
      return run;
    },
    saveDocx: (sheet, options) => saveDocx(sheet, options).catch((error: unknown) => unexpected(log, error)),
    savedThisSession: (file) => saved.has(file),
  };
}

const WINDOW_GONE = 'The Prayer Desk window was closed before the sheet could be printed.';
const PRINT_CANCELLED = 'Printing was cancelled.';
const TRY_PDF =
  'Check that the printer is switched on and connected, or save the sheet as a PDF and print that.';

/** Electron's failure reasons: "Print job canceled", "Print job failed", "Invalid printer settings", … */
export function printFailure(failureReason: string): PrintOutcome {
  if (/cancel/i.test(failureReason)) return { ok: false, reason: 'cancelled', message: PRINT_CANCELLED };
  if (/invalid printer settings/i.test(failureReason)) {
    return failed(
      `The printer did not accept the print settings. Choose another printer or paper size. ${TRY_PDF}`,
    );
  }
  const detail = failureReason.trim() ? ` (the printer said: “${failureReason.trim()}”)` : '';
  return failed(`The sheet could not be printed${detail}. ${TRY_PDF}`);
}

/** Plain words for a failed PDF (or Word document) write, by error code. */
export function writeFailureMessage(error: unknown, file: string, what = 'PDF'): string {
  const name = path.basename(file);
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return (
        `The ${what} could not be saved as “${name}”: the file may be open in another program, or Prayer Desk ` +
        `is not allowed to write in that folder. Close the ${what} if it is open, or choose another folder.`
      );
    case 'ENOSPC':
      return `The ${what} could not be saved: the disk is full. Free some space or choose another drive.`;
    case 'EROFS':
      return `The ${what} could not be saved: that drive is read-only. Choose another folder.`;
    case 'ENOENT':
      return `The ${what} could not be saved: that folder is no longer there. Choose another folder.`;
    case 'ENAMETOOLONG':
      return `The ${what} could not be saved: the file name is too long. Choose a shorter name.`;
    default:
      return `The ${what} could not be saved (${messageOf(error)}). Choose another folder and try again.`;
  }
}

/** SHEET_PAGE_MARGIN_MM on every side, in inches (printToPDF's unit). */
export function pageMarginsInches(): { top: number; bottom: number; left: number; right: number } {
  const inches = SHEET_PAGE_MARGIN_MM / MM_PER_INCH;
  return { top: inches, bottom: inches, left: inches, right: inches };
}

/** The suggested name in the Documents folder; just the name when there is no Documents folder. */
function defaultPdfPath(documentsDir: () => string, suggestedName: string): string {
  // The name was checked by the contract (no folders in it); basename is a second guard.
  const name = path.basename(suggestedName);
  try {
    return path.join(documentsDir(), name);
  } catch {
    return name;
  }
}

/** Linux file dialogs may return the name as typed, without the extension. */
function withPdfExtension(file: string): string {
  return withExtension(file, '.pdf');
}

function withExtension(file: string, extension: string): string {
  return file.toLowerCase().endsWith(extension) ? file : `${file}${extension}`;
}

class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

function withTimeLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(`no answer after ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

function failed(message: string): PrintOutcome {
  return { ok: false, reason: 'failed', message };
}

function unexpected(log: Pick<Console, 'error'>, error: unknown): PrintOutcome {
  log.error('[prayer-desk] printing failed unexpectedly', error);
  return failed(`Something went wrong while printing (${messageOf(error)}). Please try again.`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
