// A message's headers read straight from its bytes, without taking the MIME body apart: enough to tell a
// likely bulletin from the thousands of receipts and newsletters around it, at the speed of the disk.
// The full reading (postal-mime, through the e-mail reader) is kept for the messages that pass.

export interface MessageHead {
  from: string;
  subject: string;
  /** The Date header as written, or ''. */
  date: string;
  messageId: string;
}

/** Headers are in the first bytes; a longer header block is cut here. */
const MAX_HEADER_BYTES = 64 * 1024;

/** The message's header block (up to the first blank line), unfolded and decoded. */
export function readHead(bytes: Buffer): MessageHead {
  const limit = Math.min(bytes.length, MAX_HEADER_BYTES);
  let end = bytes.indexOf('\n\n', 0, 'latin1');
  const crlf = bytes.indexOf('\r\n\r\n', 0, 'latin1');
  if (crlf !== -1 && (end === -1 || crlf < end)) end = crlf;
  if (end === -1 || end > limit) end = limit;
  const block = bytes.toString('latin1', 0, end).replace(/\r?\n[ \t]+/g, ' ');
  const head: MessageHead = { from: '', subject: '', date: '', messageId: '' };
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'from' && !head.from) head.from = decodeWords(value);
    else if (key === 'subject' && !head.subject) head.subject = decodeWords(value);
    else if (key === 'date' && !head.date) head.date = value;
    else if (key === 'message-id' && !head.messageId) head.messageId = value;
  }
  return head;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/** RFC 2047 encoded words ("=?UTF-8?Q?Pri=C3=A8re?=") decoded; text without them is read as UTF-8. */
export function decodeWords(value: string): string {
  const plain = value.includes('=?')
    ? value
        .replace(/\?=\s+=\?/g, '?==?')
        .replace(ENCODED_WORD, (_, charset: string, enc: string, data: string) => {
          const bytes =
            enc.toUpperCase() === 'B'
              ? Buffer.from(data, 'base64')
              : Buffer.from(
                  data
                    .replace(/_/g, ' ')
                    .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
                      String.fromCharCode(parseInt(hex, 16)),
                    ),
                  'latin1',
                );
          return decodeCharset(bytes, charset);
        })
    : value;
  // Raw 8-bit headers (against the rules, but common) are most often UTF-8.
  return /[\u0080-\u00ff]/.test(plain) && !value.includes('=?') ? utf8OrLatin1(plain) : plain;
}

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.split('*')[0]!.toLowerCase()).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function utf8OrLatin1(latin1: string): string {
  const text = Buffer.from(latin1, 'latin1').toString('utf8');
  return text.includes('\ufffd') ? latin1 : text;
}
