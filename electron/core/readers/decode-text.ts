// Turns a text file's bytes into a string, and says which encoding it was.
// Bulletins were saved by whatever was open: Notepad (UTF-8, maybe with BOM), Word "Unicode Text"
// (UTF-16 with BOM) or older Windows programs (Windows-1252). We use iconv-lite's explicit tables rather
// than Node's TextDecoder, whose 'windows-1252' maps 0x80–0x9F to Latin-1 in some Node/Electron versions.
import iconv from 'iconv-lite';
import { ReadError } from './reader';

export interface DecodedText {
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252', or the fallback a caller named. */
  encoding: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** How much of the start of a file is looked at to tell text from binary, or UTF-16 without a BOM. */
const SNIFF_BYTES = 8192;

/**
 * Decodes bytes: a byte-order mark wins; then UTF-16 recognised by its pattern of zero bytes; binary data
 * is refused; then strict UTF-8; else `fallback` (Windows-1252 unless a web page declared another).
 */
export function decodeText(bytes: Uint8Array, file: string, fallback = 'windows-1252'): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(3)), 'utf-8'), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  if (looksBinary(bytes)) {
    throw new ReadError(`"${file}" does not look like a text file (it contains binary data).`);
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the usual culprit is an older Windows program, so Windows-1252 (not ISO-8859-1,
    // which would lose curly quotes, dashes, the ellipsis and the euro sign).
    if (fallback === 'windows-1252' || !iconv.encodingExists(fallback)) {
      return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
    return { text: iconv.decode(Buffer.from(bytes), fallback), encoding: fallback };
  }
}

let win1252Table: string[] | null = null;

/**
 * Windows-1252 as web browsers read it: iconv-lite's table, except that the five bytes Windows leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 meaning instead of becoming '�'. That way a
 * UTF-8 sequence pasted into an old file (”: E2 80 9D) can still be repaired later.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const undefinedByte = bytes.findIndex(
    (b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d,
  );
  if (undefinedByte < 0) return iconv.decode(Buffer.from(bytes), 'windows-1252');
  if (!win1252Table) {
    win1252Table = Array.from({ length: 256 }, (_, b) => {
      const char = iconv.decode(Buffer.from([b]), 'windows-1252');
      return char === '\ufffd' ? String.fromCharCode(b) : char;
    });
  }
  const table = win1252Table;
  const parts: string[] = [];
  // Chunks keep the intermediate arrays small on multi-megabyte files.
  for (let start = 0; start < bytes.length; start += 65536) {
    const end = Math.min(bytes.length, start + 65536);
    let chunk = '';
    for (let i = start; i < end; i++) chunk += table[bytes[i]!];
    parts.push(chunk);
  }
  return parts.join('');
}

/**
 * UTF-16 saved without a byte-order mark: text in Latin or most other scripts has a zero in one byte of
 * many 16-bit units (spaces, digits, punctuation) and almost never in the other. Binary data has zeros in
 * both; 8-bit text has none. The decoded text must also be clean (no broken surrogate pairs, no controls).
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  const units = end / 2;
  if (units < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  let encoding: 'utf-16le' | 'utf-16be';
  // Spaces and line breaks alone make a few percent of units in any script that uses them.
  if (oddZeros >= units * 0.05 && evenZeros <= units * 0.01) encoding = 'utf-16le';
  else if (evenZeros >= units * 0.05 && oddZeros <= units * 0.01) encoding = 'utf-16be';
  else return null;
  const whole = bytes.length & ~1;
  const text = iconv.decode(Buffer.from(bytes.subarray(0, whole)), encoding);
  // eslint-disable-next-line no-control-regex -- controls other than line breaks and tabs mean "not text"
  const controls = text.slice(0, SNIFF_BYTES).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  const brokenPairs = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/;
  if (controls > 0 || brokenPairs.test(text)) {
    return null;
  }
  return { text, encoding };
}

/**
 * NUL bytes never occur in 8-bit text, nor do most other control bytes: a NUL or more than a few controls
 * in the first 8 KiB mean an image, a zip or the like. Tabs, line breaks, form feeds, and the 0x1A end mark
 * of old DOS files do occur in text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) {
      controls++;
    }
  }
  return controls > 8 && controls > end * 0.01;
}
