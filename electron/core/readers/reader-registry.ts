// Which reader handles which file, by extension. New formats register here and nowhere else.
import { docxReader } from './docx-reader';
import { emlReader } from './eml-reader';
import { htmlReader } from './html-reader';
import { msgReader } from './msg-reader';
import { pdfReader } from './pdf-reader';
import type { BulletinReader } from './reader';
import { textReader } from './text-reader';

export const readers: readonly BulletinReader[] = [
  textReader,
  htmlReader,
  emlReader,
  msgReader,
  docxReader,
  pdfReader,
];

const byExtension = new Map<string, BulletinReader>(
  readers.flatMap((reader) => reader.extensions.map((ext) => [ext, reader] as const)),
);

/** Formats people save bulletins in that no reader handles yet: worth telling the user about. */
const notYetSupported: Record<string, { kind: string; fix: string }> = {
  '.doc': {
    kind: 'older Word documents',
    fix: 'Open it in Word and use "Save As" to save it as a Word Document (.docx).',
  },
  '.rtf': { kind: 'RTF documents', fix: 'Open it in Word and save it as a Word Document (.docx).' },
  '.odt': {
    kind: 'OpenDocument text files',
    fix: 'Open it in LibreOffice and save it as a Word Document (.docx).',
  },
  '.pages': { kind: 'Pages documents', fix: 'Export it from Pages as a Word document or a PDF.' },
  // Mailbox files Prayer Desk does read (mbox) are found by electron/core/mailbox/mailbox-files.ts.
  '.pst': {
    kind: 'Outlook data files',
    fix: 'In Outlook, select the prayer e-mails and drag them into this folder: each becomes a .msg file, which Prayer Desk reads. (Or export the mail from Thunderbird or Gmail as an .mbox file.)',
  },
  '.ost': {
    kind: 'Outlook data files',
    fix: 'In Outlook, select the prayer e-mails and drag them into this folder: each becomes a .msg file, which Prayer Desk reads.',
  },
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
  const format = notYetSupported[extensionOf(file)];
  return format
    ? `Prayer Desk cannot read ${format.kind} (${extensionOf(file)}) yet. ${format.fix}`
    : undefined;
}
