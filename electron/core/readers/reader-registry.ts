// Which reader handles which file, by extension. New formats register here and nowhere else.
import type { BulletinReader } from './reader';
import { textReader } from './text-reader';

const readers: readonly BulletinReader[] = [textReader];

const byExtension = new Map<string, BulletinReader>(
  readers.flatMap((reader) => reader.extensions.map((ext) => [ext, reader] as const)),
);

/** Formats people save bulletins in that no reader handles yet: worth telling the user about. */
const notYetSupported: Record<string, string> = {
  '.docx': 'Word documents',
  '.doc': 'Word documents',
  '.pdf': 'PDF files',
  '.html': 'web pages',
  '.htm': 'web pages',
  '.eml': 'saved e-mails',
  '.msg': 'Outlook messages',
  '.rtf': 'RTF documents',
};

export function extensionOf(file: string): string {
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  return dot > slash + 1 ? file.slice(dot).toLowerCase() : '';
}

export function readerFor(file: string): BulletinReader | undefined {
  return byExtension.get(extensionOf(file));
}

/** A plain-words reason when the file is a bulletin-ish format we cannot read yet, else undefined. */
export function unsupportedReason(file: string): string | undefined {
  const kind = notYetSupported[extensionOf(file)];
  return kind ? `Prayer Desk cannot read ${kind} (${extensionOf(file)}) yet.` : undefined;
}
