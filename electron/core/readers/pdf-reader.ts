// PDF files: text only, with pdf.js (the legacy build, meant for Node). No canvas, no fonts loaded into the
// system, no scripts evaluated, no network: the file's bytes are handed over and the text of each page read
// back, then laid out by pdf-lines. Pages and text are capped so that a hostile file cannot fill memory.
import { constants as zlib, inflateSync } from 'node:zlib';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { linesToText, pageLines } from './pdf-lines';
import type { PdfLine, PlacedText } from './pdf-lines';
import type { BulletinReader, ReaderInput, ReadResult } from './reader';
import { ReadError } from './reader';
import { repairText } from './repair-mojibake';
import { splitWeeks } from './split-weeks';

/** A bulletin is a page or two; a year's collection a few hundred pages. */
export const MAX_PDF_PAGES = 500;
/** About 2,000 bulletins' worth of text. */
export const MAX_PDF_CHARS = 8_000_000;
/**
 * One compressed stream (a page's drawing operators, a font) unpacked: a dense page's content is tens of
 * kilobytes, an embedded font a few hundred. A page whose operators unpack past this is built to keep
 * the text extraction busy for hours; the file is refused before pdf.js sees it.
 */
export const MAX_PDF_STREAM_BYTES = 32 * 1024 * 1024;
/** All compressed streams of the file together, unpacked. */
export const MAX_PDF_UNPACKED_BYTES = 160 * 1024 * 1024;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/**
 * Browser classes pdf.js touches while it loads, for drawing only. In the packaged app (bundled, without
 * the optional @napi-rs/canvas) they do not exist and loading would fail on `new DOMMatrix()`; reading
 * text never uses them, so empty stand-ins are put in place for the load and removed again after it.
 */
const DRAWING_GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

/** pdf.js is large: loaded on the first PDF only. Its worker code runs on this thread, as a plain module. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const scope = globalThis as Record<string, unknown>;
    const stubbed = DRAWING_GLOBALS.filter((name) => scope[name] === undefined);
    for (const name of stubbed) scope[name] = class {};
    try {
      const api = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // Sets globalThis.pdfjsWorker, which pdf.js then uses in place of a separate worker file.
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return api;
    } finally {
      for (const name of stubbed) delete scope[name];
    }
  })();
  // A failed load is not kept: the next PDF tries again.
  pdfjs.catch(() => {
    pdfjs = null;
  });
  return pdfjs;
}

export const pdfReader: BulletinReader = {
  extensions: ['.pdf'],
  async read({ file, bytes }: ReaderInput): Promise<ReadResult> {
    if (bytes.length === 0) throw new ReadError(`"${file}" is empty.`);
    checkStreams(file, bytes);
    let api: PdfJs;
    try {
      api = await loadPdfJs();
    } catch (error) {
      throw new ReadError(
        `Prayer Desk could not start its PDF reader, so "${file}" was not read (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    const warnings: string[] = [];
    const task = api.getDocument({
      // A copy: pdf.js may take ownership of (detach) the buffer it is given.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      isOffscreenCanvasSupported: false,
      disableAutoFetch: true,
      disableStream: true,
      stopAtErrors: false,
      verbosity: api.VerbosityLevel.ERRORS,
    });
    let pages: PdfLine[][] = [];
    try {
      const pdf = await task.promise;
      if (pdf.numPages > MAX_PDF_PAGES) {
        warnings.push(`Only the first ${MAX_PDF_PAGES} of this PDF's ${pdf.numPages} pages were read.`);
      }
      let chars = 0;
      for (let n = 1; n <= Math.min(pdf.numPages, MAX_PDF_PAGES) && chars < MAX_PDF_CHARS; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        const items: PlacedText[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          const transform = item.transform as number[];
          chars += item.str.length;
          items.push({
            str: item.str,
            x: Number(transform[4]),
            y: Number(transform[5]),
            width: item.width,
            size: item.height || Math.abs(Number(transform[3])),
          });
        }
        pages.push(pageLines(items));
        page.cleanup();
      }
      if (chars >= MAX_PDF_CHARS)
        warnings.push(
          'This PDF holds more text than Prayer Desk reads from one file; the rest was left out.',
        );
    } catch (error) {
      throw pdfProblem(file, error);
    } finally {
      await task.destroy().catch(() => undefined);
    }
    const text = repairText(linesToText(pages), warnings);
    pages = [];
    if (text.trim() === '') {
      throw new ReadError(
        `"${file}" is a PDF without any text in it (it may be a scanned picture of the page); Prayer Desk can only read PDFs whose text can be selected.`,
      );
    }
    return { documents: splitWeeks(text).map((part) => ({ text: part })), encoding: 'pdf', warnings };
  },
};

function pdfProblem(file: string, error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new ReadError(`"${file}" is a PDF protected by a password, so Prayer Desk cannot read it.`);
  }
  return new ReadError(
    `"${file}" is a damaged PDF, or not really a PDF. Try opening it and saving it again as a PDF.`,
  );
}

function pdfTooBig(file: string): ReadError {
  return new ReadError(
    `"${file}" holds a page that unpacks to far more than any bulletin (it may be damaged or built to do harm); it was skipped.`,
  );
}

/**
 * Unpacks every Flate-compressed stream of the file, counting, with a ceiling per stream and in all: the
 * size checks pdf.js does not make. Streams that do not unpack are left to pdf.js (it reports damage).
 */
function checkStreams(file: string, bytes: Uint8Array): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const streamStart = /\bstream\r?\n/g;
  let total = 0;
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streamStart.lastIndex = end;
    // The stream's dictionary: between the object's start and the keyword.
    const dictStart = text.lastIndexOf('obj', match.index);
    const dict = text.slice(Math.max(dictStart, match.index - 4096), match.index);
    if (!/\/(?:FlateDecode|Fl)\b/.test(dict)) continue;
    let size: number;
    try {
      size = inflateSync(bytes.subarray(start, end), {
        maxOutputLength: Math.min(MAX_PDF_STREAM_BYTES, MAX_PDF_UNPACKED_BYTES - total) + 1,
        finishFlush: zlib.Z_SYNC_FLUSH,
      }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw pdfTooBig(file);
      }
      continue;
    }
    total += size;
    if (size > MAX_PDF_STREAM_BYTES || total > MAX_PDF_UNPACKED_BYTES) throw pdfTooBig(file);
  }
}
