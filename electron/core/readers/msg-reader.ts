// Outlook's own save format (.msg), read with @kenjiuno/msgreader after check-compound-file has made sure
// the file cannot send it round in circles. The HTML body is preferred for its structure, then the plain
// body; the subject is a title hint and the sent or received time a date hint. Messages attached to the
// message (a forwarded bulletin) are read as bulletins of their own.
import msgReaderModule from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { checkCompoundFile, isCompoundFile } from './check-compound-file';
import { decodeHtml } from './html-reader';
import { htmlToLines } from './html-to-lines';
import type { BulletinReader, ReadDocument, ReaderInput, ReadResult } from './reader';
import { ReadError } from './reader';
import { repairText } from './repair-mojibake';
import { MAX_WEEKS_PER_FILE, splitWeeks } from './split-weeks';

// The package is CommonJS with a default export: Node's ESM loader hands us the module object, a bundler
// the class itself.
const MsgReader = ((msgReaderModule as unknown as { default?: typeof msgReaderModule }).default ??
  msgReaderModule) as typeof msgReaderModule;

const COVERING_NOTE_CHARS = 300;
const MAX_ATTACHED_DEPTH = 4;

export const msgReader: BulletinReader = {
  extensions: ['.msg'],
  async read({ file, bytes }: ReaderInput): Promise<ReadResult> {
    if (bytes.length === 0) throw new ReadError(`"${file}" is empty.`);
    if (!isCompoundFile(bytes)) {
      throw new ReadError(`"${file}" is not an Outlook message, though its name ends in .msg.`);
    }
    let fields: FieldsData;
    try {
      checkCompoundFile(bytes);
      const reader = new MsgReader(new Uint8Array(bytes).buffer);
      // Older Outlook versions store text in the Windows code page rather than in UTF-16.
      reader.parserConfig = { ansiEncoding: 'windows-1252' };
      fields = reader.getFileData();
    } catch {
      // A structure check that failed (CompoundFileError) or msgreader tripping over the file.
      throw damaged(file);
    }
    if (fields.error || fields.dataType !== 'msg') throw damaged(file);
    const warnings: string[] = [];
    const documents: ReadDocument[] = [];
    collect(fields, 0, documents, warnings, file);
    if (documents.length === 0) {
      throw new ReadError(`"${file}" is an Outlook message with no text Prayer Desk can read.`);
    }
    return {
      documents: documents.slice(0, MAX_WEEKS_PER_FILE),
      encoding: storesUnicode(bytes) ? 'utf-16le' : 'windows-1252',
      warnings,
    };
  },
};

function damaged(file: string): ReadError {
  return new ReadError(
    `"${file}" is a damaged Outlook message. Try opening it in Outlook and saving it again.`,
  );
}

function collect(
  fields: FieldsData,
  depth: number,
  documents: ReadDocument[],
  warnings: string[],
  file: string,
): void {
  const body = repairText(bodyOf(fields, file), warnings);
  const attachments = Array.isArray(fields.attachments) ? fields.attachments : [];
  const attached = attachments.flatMap((a) =>
    a && typeof a.innerMsgContentFields === 'object' && a.innerMsgContentFields
      ? [a.innerMsgContentFields]
      : [],
  );
  const coveringNote = attached.length > 0 && body.replace(/\s+/g, '').length < COVERING_NOTE_CHARS;
  if (body.trim() !== '' && !coveringNote) {
    splitWeeks(body).forEach((text, i) => documents.push(i === 0 ? { text, ...hintsOf(fields) } : { text }));
  }
  if (depth >= MAX_ATTACHED_DEPTH) return;
  for (const inner of attached) {
    if (documents.length >= MAX_WEEKS_PER_FILE) break;
    collect(inner, depth + 1, documents, warnings, file);
  }
}

/**
 * A property's value if it is a string. msgreader decodes each property by the type the file claims for it,
 * so in a damaged file the "subject" may well be a number or bytes.
 */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The HTML body's text (as a string, or as bytes in the message's code page), else the plain body. */
function bodyOf(fields: FieldsData, file: string): string {
  const bodyHtml = text(fields.bodyHtml);
  if (bodyHtml?.trim()) return htmlToLines(bodyHtml).text;
  if (fields.html instanceof Uint8Array && fields.html.length > 0) {
    try {
      return htmlToLines(decodeHtml(fields.html, file).text).text;
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
    }
  }
  return text(fields.body) ?? '';
}

function hintsOf(fields: FieldsData): Pick<ReadDocument, 'titleHint' | 'dateHint' | 'fromHint'> {
  const hints: Pick<ReadDocument, 'titleHint' | 'dateHint' | 'fromHint'> = {};
  const subject = text(fields.subject)?.trim();
  if (subject) hints.titleHint = subject;
  const date = text(fields.clientSubmitTime) ?? text(fields.messageDeliveryTime) ?? text(fields.creationTime);
  if (date) hints.dateHint = date;
  const address = text(fields.senderSmtpAddress) ?? text(fields.senderEmail);
  const from = [text(fields.senderName), address && `<${address}>`].filter(Boolean).join(' ');
  if (from) hints.fromHint = from;
  return hints;
}

/** Whether the body is stored in UTF-16 (property type 001F), as Outlook 2003 and later do. */
function storesUnicode(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(
    Buffer.from('__substg1.0_1000001F', 'utf16le'),
  );
}
