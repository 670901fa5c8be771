// Plain text and Markdown: the bytes are the bulletin, once decoded.
import { decodeText } from './decode-text';
import type { BulletinReader, ReaderInput, ReadResult } from './reader';
import { ReadError } from './reader';

export const textReader: BulletinReader = {
  extensions: ['.txt', '.md', '.text'],
  async read({ file, bytes }: ReaderInput): Promise<ReadResult> {
    const { text, encoding } = decodeText(bytes, file);
    if (text.trim() === '') throw new ReadError(`"${file}" is empty.`);
    return { documents: [{ text: stripMarkdown(text) }], encoding, warnings: [] };
  },
};

/** Markdown headings and emphasis would otherwise leak '#' and '**' into headings and items. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1');
}
