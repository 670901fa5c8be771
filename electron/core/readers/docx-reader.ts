// Word documents (.docx): a zip of XML parts. mammoth turns the document into HTML (headings, paragraphs,
// lists, tables), which html-to-lines lays out as the parser expects. Pictures are never unpacked.
//
// A .docx is a zip, and a zip can be a "bomb": a few kilobytes that unpack to gigabytes. mammoth unpacks
// whatever it is given, so first we unpack the XML parts ourselves as a stream, counting, and refuse the
// file once they pass a size no real bulletin comes near.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { htmlToLines } from './html-to-lines';
import type { BulletinReader, ReaderInput, ReadResult } from './reader';
import { ReadError } from './reader';
import { repairText } from './repair-mojibake';
import { splitWeeks } from './split-weeks';

/** The XML of a 300-page report is a few megabytes; a weekly bulletin's, tens of kilobytes. */
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 5000;
/** The parts mammoth reads; pictures and embedded objects are left packed. */
const XML_PART = /\.(?:xml|rels)$/i;

interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  on(event: 'error', cb: (error: unknown) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

export const docxReader: BulletinReader = {
  extensions: ['.docx', '.docm', '.dotx'],
  async read({ file, bytes }: ReaderInput): Promise<ReadResult> {
    if (bytes.length === 0) throw new ReadError(`"${file}" is empty.`);
    await checkZip(file, bytes);
    let html: string;
    try {
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) },
        // Pictures become empty tags: never unpacked, never turned into text.
        { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
      );
      html = result.value;
    } catch {
      throw notWord(file);
    }
    const warnings: string[] = [];
    const text = repairText(htmlToLines(html).text, warnings);
    if (text.trim() === '') throw new ReadError(`"${file}" is a Word document with no text in it.`);
    return { documents: splitWeeks(text).map((part) => ({ text: part })), encoding: 'utf-8', warnings };
  },
};

function notWord(file: string): ReadError {
  // "Word documents" is the phrase people search the Problems list for.
  return new ReadError(
    `"${file}" could not be opened: it is damaged, or it is not one of the Word documents (.docx) that Word 2007 and later save. Try opening it in Word and saving it again.`,
  );
}

function tooBig(file: string): ReadError {
  return new ReadError(
    `"${file}" unpacks to far more text than any bulletin holds (it may be damaged or not a real Word document); it was skipped.`,
  );
}

/** Refuses anything but a zip with a Word document in it whose XML parts unpack to a sane size. */
async function checkZip(file: string, bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw notWord(file);
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_ZIP_ENTRIES) throw tooBig(file);
  if (!zip.files['word/document.xml'] && !entries.some((e) => /^word\/document\d*\.xml$/i.test(e.name))) {
    throw notWord(file);
  }
  const parts = entries.filter((entry) => XML_PART.test(entry.name));
  // What the zip says first (cheap), then what the parts really unpack to (a bomb's directory may lie).
  const declared = parts.reduce((sum, entry) => sum + declaredSize(entry), 0);
  if (declared > MAX_DOCX_XML_BYTES) throw tooBig(file);
  let budget = MAX_DOCX_XML_BYTES;
  for (const entry of parts) {
    budget -= await unpackedSize(entry, budget, file);
  }
}

function declaredSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && size > 0 ? size : 0;
}

/** Unpacks one part as a stream, counting; stops and throws as soon as it passes `budget` bytes. */
function unpackedSize(entry: JSZip.JSZipObject, budget: number, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let stopped = false;
    let stream: StreamHelper;
    try {
      stream = (entry as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream(
        'uint8array',
      );
    } catch {
      reject(notWord(file));
      return;
    }
    stream
      .on('data', (chunk) => {
        if (stopped) return;
        size += chunk.length;
        if (size > budget) {
          stopped = true;
          stream.pause();
          reject(tooBig(file));
        }
      })
      .on('error', () => {
        if (stopped) return;
        stopped = true;
        reject(notWord(file));
      })
      .on('end', () => {
        if (!stopped) resolve(size);
      })
      .resume();
  });
}
