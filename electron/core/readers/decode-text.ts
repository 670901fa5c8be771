// Turns a text file's bytes into a string, and says which encoding it was.
// Bulletins were saved by whatever was open: Notepad (UTF-8, maybe with BOM), Word "Unicode Text"
// (UTF-16 with BOM) or older Windows programs (Windows-1252). We use iconv-lite's explicit tables rather
// than Node's TextDecoder, whose 'windows-1252' maps 0x80–0x9F to Latin-1 in some Node/Electron versions.
import iconv from 'iconv-lite';
import { ReadError } from './reader';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(3)), 'utf-8'), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) {
    throw new ReadError(`"${file}" does not look like a text file (it contains binary data).`);
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the usual culprit is an older Windows program, so Windows-1252 (not ISO-8859-1,
    // which would lose curly quotes, dashes, the ellipsis and the euro sign).
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** NUL bytes never occur in 8-bit text; a few in the first 8 KiB mean an image, a zip or the like. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0) nul++;
  return nul > 0;
}
