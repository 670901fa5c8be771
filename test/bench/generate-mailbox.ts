// Synthetic mailboxes for the mailbox tests and the benchmark: mostly ordinary mail (receipts, shop and
// church newsletters without requests, personal notes, photos as attachments) with prayer bulletins
// among them, encoded the ways mail programs encode them (plain, quoted-printable, base64 HTML,
// multipart/alternative), as an mbox file of any size. Message n depends only on (seed, n).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateBulletinText } from './generate-archive';
import { mixSeed, Rng } from './prng';

export interface MailboxOptions {
  seed?: number;
  /** Share of messages that are bulletins (0.02: one in fifty). */
  bulletinShare?: number;
  /** Line ends: '\n' (Thunderbird, Takeout on Linux) or '\r\n'. */
  eol?: '\n' | '\r\n';
}

export interface GeneratedMessage {
  /** The message as an mbox entry: "From " line, headers, body, blank line. */
  entry: string;
  bulletin: boolean;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 and asctime forms of a date. */
export function mailDates(ms: number): { header: string; envelope: string } {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const wd = WEEKDAYS[d.getUTCDay()]!;
  const mon = MONTHS[d.getUTCMonth()]!;
  return {
    header: `${wd}, ${d.getUTCDate()} ${mon} ${d.getUTCFullYear()} ${time} +0000`,
    envelope: `${wd} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`,
  };
}

/** A header block and body joined as a message (no "From " line). */
export function rawMessage(headers: Record<string, string>, body: string): string {
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `${head}\n\n${body}`;
}

/** An mbox entry for a message, with ">From " escaping of body lines (mboxrd). */
export function mboxEntry(message: string, sender: string, ms: number): string {
  const body = message.replace(/^(>*From )/gm, '>$1');
  return `From ${sender} ${mailDates(ms).envelope}\n${body.endsWith('\n') ? body : `${body}\n`}\n`;
}

const FILLER = [
  'Thank you for your order. Your package will be dispatched within two working days and you will receive a tracking number by e-mail.',
  'The parish council meets on Thursday evening in the church hall; tea and coffee from seven, the meeting itself starts at half past.',
  'Here are the photos from the weekend. The children loved the beach, even if the water was far too cold for anyone but the dog.',
  'Your monthly statement is ready to view online. The amount due will be collected by direct debit on or shortly after the due date.',
  'Our spring sale starts this weekend with up to forty percent off garden furniture, barbecues and outdoor lighting while stocks last.',
  'Could you bring the projector to the youth group on Friday? The one in the hall has stopped working again and nobody can find the remote.',
  'The minutes of the last meeting are attached. Please let me know of any corrections before the end of the week so they can be filed.',
  'Reminder: the boiler service is booked for Tuesday between eight and twelve. Please make sure someone is in to let the engineer in.',
];

function fillerText(rng: Rng, words: number): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = rng.pick(FILLER);
    parts.push(sentence);
    count += sentence.split(' ').length;
    if (rng.chance(0.25)) parts.push('\n\n');
  }
  return parts.join(' ').replace(/ \n\n /g, '\n\n');
}

function base64Lines(bytes: Buffer): string {
  const flat = bytes.toString('base64');
  const lines: string[] = [];
  for (let at = 0; at < flat.length; at += 76) lines.push(flat.slice(at, at + 76));
  return lines.join('\n');
}

/** A megabyte of seeded random bytes as base64 lines: attachments are slices of it (writing 2 GB fast). */
let photoPool: string | null = null;

function photoLines(rng: Rng, bytes: number): string {
  if (photoPool === null) {
    const pool = Buffer.alloc(1 << 20);
    const fill = new Rng(0x9e3779b9);
    for (let i = 0; i < pool.length; i += 4) pool.writeUInt32LE((fill.float() * 0xffffffff) >>> 0, i);
    photoPool = base64Lines(pool);
  }
  // Whole lines of 77 characters (76 and a line end), from a random line on.
  const lines = Math.min(Math.ceil((bytes * 4) / 3 / 77), Math.floor(photoPool.length / 77));
  const first = rng.int(0, Math.floor(photoPool.length / 77) - lines);
  return photoPool.slice(first * 77, (first + lines) * 77 - 1);
}

function toQuotedPrintable(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const encoded = Buffer.from(line, 'utf8')
        .toString('latin1')
        .replace(
          /[=\u0080-\u00ff]/g,
          (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
        );
      const out: string[] = [];
      let rest = encoded;
      while (rest.length > 75) {
        let cut = 75;
        if (rest[cut - 1] === '=') cut -= 1;
        else if (rest[cut - 2] === '=') cut -= 2;
        out.push(`${rest.slice(0, cut)}=`);
        rest = rest.slice(cut);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}

function htmlOf(text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`);
  return `<html><body><div style="font-family:Arial">${paragraphs.join('\n')}</div></body></html>`;
}

/** A bulletin e-mail for bulletin `index` of the archive generator, in one of four encodings. */
export function bulletinMessage(index: number, ms: number, style: number, messageId: string): string {
  const { text } = generateBulletinText(index);
  const date = mailDates(ms).header;
  const common = {
    From: 'IJM <prayer@ijm.org>',
    To: 'office@stmarks-church.org.uk',
    Subject: 'IJM Prayer Requests',
    Date: date,
    'Message-ID': messageId,
    'MIME-Version': '1.0',
  };
  switch (style % 4) {
    case 0:
      return rawMessage(
        {
          ...common,
          'Content-Type': 'text/plain; charset=utf-8',
          'Content-Transfer-Encoding': 'quoted-printable',
        },
        toQuotedPrintable(text),
      );
    case 1:
      return rawMessage(
        { ...common, 'Content-Type': 'text/html; charset=utf-8', 'Content-Transfer-Encoding': 'base64' },
        base64Lines(Buffer.from(htmlOf(text), 'utf8')),
      );
    case 2: {
      const b = `=_alt_${index}`;
      return rawMessage(
        { ...common, 'Content-Type': `multipart/alternative; boundary="${b}"` },
        [
          `--${b}`,
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          toQuotedPrintable(text),
          `--${b}`,
          'Content-Type: text/html; charset=utf-8',
          'Content-Transfer-Encoding: base64',
          '',
          base64Lines(Buffer.from(htmlOf(text), 'utf8')),
          `--${b}--`,
          '',
        ].join('\n'),
      );
    }
    default:
      return rawMessage(
        { ...common, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' },
        text,
      );
  }
}

/** Ordinary mail: text, sometimes HTML, sometimes with a photo attached (`attachmentBytes` of it). */
export function otherMessage(rng: Rng, ms: number, messageId: string, attachmentBytes: number): string {
  const kind = rng.int(0, 3);
  const senders = [
    'Garden Centre <offers@gardencentre.example>',
    'Ann Baker <ann.baker@example.net>',
    'Parish Office <office@parish.example.org>',
    'Home Bank <statements@bank.example>',
  ];
  const text = fillerText(rng, rng.int(80, 400));
  const headers = {
    From: senders[kind]!,
    To: 'office@stmarks-church.org.uk',
    Subject: [
      'Your order has shipped',
      'Photos from the weekend',
      'Council meeting on Thursday',
      'Statement ready',
    ][kind]!,
    Date: mailDates(ms).header,
    'Message-ID': messageId,
    'MIME-Version': '1.0',
  };
  if (attachmentBytes <= 0) {
    return kind === 0
      ? rawMessage(
          { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Transfer-Encoding': 'base64' },
          base64Lines(Buffer.from(htmlOf(text), 'utf8')),
        )
      : rawMessage({ ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, text);
  }
  const b = `=_mixed_${messageId.length}_${attachmentBytes}`;
  return rawMessage(
    { ...headers, 'Content-Type': `multipart/mixed; boundary="${b}"` },
    [
      `--${b}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      `--${b}`,
      'Content-Type: image/jpeg; name="photo.jpg"',
      'Content-Transfer-Encoding: base64',
      'Content-Disposition: attachment; filename="photo.jpg"',
      '',
      photoLines(rng, attachmentBytes),
      `--${b}--`,
      '',
    ].join('\n'),
  );
}

/** Message n of a generated mailbox. */
export function generateMessage(n: number, opts: MailboxOptions = {}): GeneratedMessage {
  const rng = new Rng(mixSeed(opts.seed ?? 16, n));
  const share = opts.bulletinShare ?? 0.02;
  const ms = Date.UTC(2015, 0, 4) + n * 3 * 3600 * 1000 + rng.int(0, 3000) * 1000;
  const id = `<m${n}.${opts.seed ?? 16}@mail.example>`;
  const bulletin = rng.float() < share;
  let message: string;
  let sender: string;
  if (bulletin) {
    message = bulletinMessage(n, ms, n, id);
    sender = 'prayer@ijm.org';
  } else {
    // One message in ten carries a photo of 100–600 KB, as a church office's mail does.
    const attachment = rng.chance(0.1) ? rng.int(100, 600) * 1024 : 0;
    message = otherMessage(rng, ms, id, attachment);
    sender = 'someone@example.net';
  }
  const entry = mboxEntry(message, sender, ms);
  return { entry: opts.eol === '\r\n' ? entry.replace(/\n/g, '\r\n') : entry, bulletin };
}

/** Writes a generated mailbox of at least `bytes` bytes; returns its message and bulletin counts. */
export async function writeMailbox(
  file: string,
  bytes: number,
  opts: MailboxOptions = {},
): Promise<{ messages: number; bulletins: number; bytes: number }> {
  const out = createWriteStream(file);
  let written = 0;
  let messages = 0;
  let bulletins = 0;
  while (written < bytes) {
    const { entry, bulletin } = generateMessage(messages, opts);
    const buffer = Buffer.from(entry, 'utf8');
    written += buffer.length;
    messages++;
    if (bulletin) bulletins++;
    if (!out.write(buffer)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { messages, bulletins, bytes: written };
}
