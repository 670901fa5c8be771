// Saved e-mails (.eml, as Thunderbird, Apple Mail and Outlook's "Save as" write them). postal-mime undoes
// the MIME layers (quoted-printable, base64, multipart/alternative, character sets); we prefer the HTML
// part's structure and fall back to the plain text. The Subject is a title hint and the Date header a date
// hint, used only when the body has none. Forwarded e-mails attached whole (message/rfc822) are read too:
// each one is a bulletin of its own, as is each bulletin of a thread quoted in the body.
import PostalMime from 'postal-mime';
import type { Email } from 'postal-mime';
import { charsetLabel } from './html-reader';
import { htmlToLines } from './html-to-lines';
import type { BulletinReader, ReadDocument, ReaderInput, ReadResult } from './reader';
import { ReadError } from './reader';
import { repairText } from './repair-mojibake';
import { MAX_WEEKS_PER_FILE, splitWeeks } from './split-weeks';

/** Forwarded e-mails inside forwarded e-mails: deeper than anyone forwards. */
const MAX_ATTACHED_DEPTH = 4;
/** A covering note ("See below, with love") is this short; a bulletin is longer. */
const COVERING_NOTE_CHARS = 300;

/** Headers that every saved e-mail has at least one of. */
const MAIL_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'received',
  'message-id',
  'mime-version',
  'content-type',
  'return-path',
  'delivered-to',
  'sender',
  'reply-to',
  'thread-topic',
  'x-mailer',
  'x-unsent',
]);

export const emlReader: BulletinReader = {
  extensions: ['.eml'],
  async read({ file, bytes }: ReaderInput): Promise<ReadResult> {
    if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
      throw new ReadError(`"${file}" is empty.`);
    }
    const warnings: string[] = [];
    const documents: ReadDocument[] = [];
    await readMessage(file, bytes, 0, documents, warnings);
    if (documents.length === 0) throw new ReadError(`"${file}" is an e-mail with no text in it.`);
    return {
      documents: documents.slice(0, MAX_WEEKS_PER_FILE),
      encoding: bodyCharset(bytes),
      warnings,
    };
  },
};

async function readMessage(
  file: string,
  bytes: Uint8Array,
  depth: number,
  documents: ReadDocument[],
  warnings: string[],
): Promise<void> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, {
      forceRfc822Attachments: true,
      attachmentEncoding: 'arraybuffer',
      maxNestingDepth: 64,
    });
  } catch {
    throw new ReadError(`"${file}" is a damaged e-mail: its parts could not be taken apart.`);
  }
  if (!email.headers.some((h) => MAIL_HEADERS.has(h.key))) {
    throw new ReadError(
      `"${file}" does not look like a saved e-mail: it has no From, To, Subject or Date lines at the top.`,
    );
  }
  const body = repairText(email.html ? htmlToLines(email.html).text : (email.text ?? ''), warnings);
  if (isGarbled(body)) {
    throw new ReadError(`"${file}" is a damaged e-mail: the text of its message could not be decoded.`);
  }
  const attached = email.attachments.filter(
    (a) => a.mimeType === 'message/rfc822' && a.content instanceof ArrayBuffer,
  );
  const coveringNote = attached.length > 0 && body.replace(/\s+/g, '').length < COVERING_NOTE_CHARS;
  if (body.trim() !== '' && !coveringNote) {
    splitWeeks(body).forEach((text, i) => {
      documents.push(i === 0 ? { text, ...hintsOf(email) } : { text });
    });
  }
  for (const attachment of attached) {
    if (depth >= MAX_ATTACHED_DEPTH || documents.length >= MAX_WEEKS_PER_FILE) break;
    try {
      const content = new Uint8Array(attachment.content as ArrayBuffer);
      await readMessage(file, content, depth + 1, documents, warnings);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      warnings.push('An e-mail forwarded inside this one could not be read.');
    }
  }
}

/** The Subject as a title and the Date header as written (the sender's own calendar day, not UTC's). */
function hintsOf(email: Email): Pick<ReadDocument, 'titleHint' | 'dateHint' | 'fromHint'> {
  const hints: Pick<ReadDocument, 'titleHint' | 'dateHint' | 'fromHint'> = {};
  const subject = email.subject?.trim();
  if (subject) hints.titleHint = subject;
  const date = email.headers.find((h) => h.key === 'date')?.value.trim() || email.date;
  if (date) hints.dateHint = date;
  const from = [email.from?.name, email.from?.address && `<${email.from.address}>`].filter(Boolean).join(' ');
  if (from) hints.fromHint = from;
  return hints;
}

/** Text that is mostly replacement or control characters came from a broken or binary part. */
function isGarbled(text: string): boolean {
  if (text.length < 20) return false;
  // eslint-disable-next-line no-control-regex -- control characters are what is being counted
  const bad = text.match(/[\ufffd\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return bad > text.length * 0.05;
}

/** The character set of the message's text (the HTML part's when there is one), as declared. */
function bodyCharset(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 65536)).toString('latin1');
  const declared = (type: string) =>
    new RegExp(`content-type:\\s*text/${type}\\b[\\s\\S]{0,300}?charset\\s*=\\s*"?([\\w.:-]+)`, 'i').exec(
      head,
    )?.[1];
  const raw = declared('html') ?? declared('plain');
  if (!raw) return 'us-ascii';
  return charsetLabel(raw) ?? raw.toLowerCase();
}
