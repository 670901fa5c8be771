// Web pages (.html, .htm): a bulletin saved from a browser, or a church's page listing many weeks.
import iconv from 'iconv-lite';
import { decodeText } from './decode-text';
import type { DecodedText } from './decode-text';
import { htmlToLines } from './html-to-lines';
import type { BulletinReader, ReaderInput, ReadResult } from './reader';
import { ReadError } from './reader';
import { repairText } from './repair-mojibake';
import { splitWeeks } from './split-weeks';

export const htmlReader: BulletinReader = {
  extensions: ['.html', '.htm', '.xhtml'],
  async read({ file, bytes }: ReaderInput): Promise<ReadResult> {
    const { text: html, encoding } = decodeHtml(bytes, file);
    if (html.trim() === '') throw new ReadError(`"${file}" is empty.`);
    const page = htmlToLines(html);
    const warnings: string[] = [];
    const text = repairText(page.text, warnings);
    if (text.trim() === '') {
      throw new ReadError(
        `"${file}" is a web page with no text to read (it may be only pictures, or all of it is hidden).`,
      );
    }
    const documents = splitWeeks(text).map((part, i) =>
      i === 0 && page.title ? { text: part, titleHint: page.title } : { text: part },
    );
    return { documents, encoding, warnings };
  },
};

/**
 * Decodes a web page: a byte-order mark wins, then valid UTF-8 (browsers save in UTF-8 even when the page
 * still declares an older charset); otherwise the charset the page declares, else Windows-1252.
 */
export function decodeHtml(bytes: Uint8Array, file: string): DecodedText {
  const declared = declaredCharset(bytes);
  // A page that claims UTF-8 but is not valid UTF-8 was written by an older program: Windows-1252.
  return decodeText(bytes, file, declared && declared !== 'utf-8' ? declared : 'windows-1252');
}

/** The charset named by <meta charset> or <meta http-equiv="Content-Type"> near the top, if iconv knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match) return null;
  return charsetLabel(match[1]!);
}

/** A charset label as iconv-lite names it; the Latin-1 family is read as Windows-1252, as browsers do. */
export function charsetLabel(raw: string): string | null {
  const label = raw.trim().toLowerCase();
  if (/^(?:iso[-_]?8859[-_]?1|latin-?1|l1|us-ascii|ascii|cp1252|x-cp1252|windows-1252)$/.test(label)) {
    return 'windows-1252';
  }
  if (/^utf-?8$/.test(label)) return 'utf-8';
  return iconv.encodingExists(label) ? label : null;
}
