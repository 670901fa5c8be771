// Word documents (.docx): a zip of XML parts. mammoth turns the document into HTML (headings, paragraphs,
// lists, tables), which html-to-lines lays out as the parser expects. Pictures are never unpacked.
//
// A .docx is a zip, and a zip can be a "bomb": a few kilobytes that unpack to gigabytes. mammoth unpacks
// whatever the relationships name, so first we unpack those parts (whatever they are called) and every
// XML part ourselves as a stream, counting, and refuse the file once they pass a size no real bulletin
// comes near.
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

/** The relationship types whose parts mammoth never unpacks (pictures are left packed, links are links). */
const NOT_READ = /\/(?:image|oleObject|package|hyperlink|video|audio|media)$/i;
/** A relationships part is a list of links: a few kilobytes. */
const MAX_RELS_BYTES = 1024 * 1024;

/**
 * Refuses anything but a zip with a Word document in it whose parts mammoth will read unpack to a sane
 * size. Which parts: the ones the relationships name (_rels/.rels for the main part, the main part's own
 * .rels for styles, numbering, notes, comments…), whatever their names, and every .xml and .rels part
 * besides; their sizes as they really unpack, counted while unpacking.
 */
async function checkZip(file: string, bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw notWord(file);
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_ZIP_ENTRIES) throw tooBig(file);
  let budget = MAX_DOCX_XML_BYTES;
  const counted = new Set<string>();
  const count = async (name: string): Promise<void> => {
    const entry = zip.files[name];
    if (!entry || entry.dir || counted.has(name)) return;
    counted.add(name);
    budget -= await unpackedSize(entry, budget, file);
  };
  const relsOf = async (name: string, base: string): Promise<{ type: string; target: string }[]> => {
    const entry = zip.files[name];
    if (!entry || entry.dir) return [];
    if ((await unpackedSize(entry, MAX_RELS_BYTES, file)) > MAX_RELS_BYTES) throw tooBig(file);
    await count(name);
    return parseRels(await entry.async('string'), base);
  };
  const top = await relsOf('_rels/.rels', '');
  const main =
    top.find((rel) => /\/officeDocument$/i.test(rel.type))?.target ??
    (zip.files['word/document.xml'] ? 'word/document.xml' : undefined);
  if (!main || !zip.files[main] || zip.files[main].dir) throw notWord(file);
  const slash = main.lastIndexOf('/');
  const dir = slash >= 0 ? main.slice(0, slash + 1) : '';
  const mainRels = await relsOf(`${dir}_rels/${main.slice(slash + 1)}.rels`, dir);
  // What the zip says first (cheap), then what the parts really unpack to (a bomb's directory may lie).
  const named = [main, ...mainRels.filter((rel) => !NOT_READ.test(rel.type)).map((rel) => rel.target)];
  const parts = new Set([...named, ...entries.filter((e) => XML_PART.test(e.name)).map((e) => e.name)]);
  const declared = [...parts].reduce((sum, name) => sum + declaredSize(zip.files[name]), 0);
  if (declared > MAX_DOCX_XML_BYTES) throw tooBig(file);
  for (const name of parts) await count(name);
}

/** The relationships of a .rels part, targets resolved against `base` (the folder of the part they belong to). */
function parseRels(xml: string, base: string): { type: string; target: string }[] {
  const rels: { type: string; target: string }[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = match[1] ?? '';
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"|\\b${name}\\s*=\\s*'([^']*)'`).exec(attrs);
    const found = (name: string) => {
      const m = attr(name);
      return m ? (m[1] ?? m[2] ?? '') : '';
    };
    if (/^external$/i.test(found('TargetMode'))) continue;
    const target = found('Target');
    if (target) rels.push({ type: found('Type'), target: resolvePart(base, target) });
  }
  return rels;
}

/** A part name from a relationship target: absolute ('/word/x.xml') or relative to `base`, '..' resolved. */
function resolvePart(base: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const segment of raw.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  let name = out.join('/');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: the name as written.
  }
  return name;
}

function declaredSize(entry: JSZip.JSZipObject | undefined): number {
  if (!entry) return 0;
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
