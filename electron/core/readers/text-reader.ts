// Plain text and Markdown: the bytes are the bulletin (or several, in a saved thread), once decoded.
import { decodeText } from './decode-text';
import type { BulletinReader, ReaderInput, ReadResult } from './reader';
import { ReadError } from './reader';
import { repairText } from './repair-mojibake';
import { splitWeeks } from './split-weeks';

export const textReader: BulletinReader = {
  extensions: ['.txt', '.md', '.text'],
  async read({ file, bytes }: ReaderInput): Promise<ReadResult> {
    const { text, encoding } = decodeText(bytes, file);
    if (text.trim() === '') throw new ReadError(`"${file}" is empty.`);
    const warnings: string[] = [];
    const repaired = repairText(stripMarkdown(text), warnings);
    return { documents: splitWeeks(repaired).map((part) => ({ text: part })), encoding, warnings };
  },
};

/** Markdown headings and emphasis would otherwise leak '#' and '**' into headings and items. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1');
}
