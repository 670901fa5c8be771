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

/**
 * Markdown headings and emphasis would otherwise leak '#' and '**' into headings and items. Each pass only
 * runs when its mark is there at all (most bulletins are plain text, and a quick look is cheaper).
 */
function stripMarkdown(text: string): string {
  let out = text;
  if (out.includes('#')) out = out.replace(/^#{1,6}[ \t]+/gm, '');
  if (out.includes('**')) out = out.replace(/\*\*([^*\n]+)\*\*/g, '$1');
  if (out.includes('__')) out = out.replace(/__([^_\n]+)__/g, '$1');
  return out;
}
