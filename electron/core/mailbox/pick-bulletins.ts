// Which messages of a mailbox are prayer bulletins. Two steps:
//
// 1. `mayBeBulletin`, on the raw bytes of every message: a sender a mission is known by, a subject about
//    prayer, or the word "pray" anywhere in the message (also where base64 hides it). Most mail (receipts,
//    shop newsletters, personal mail) fails here and is never decoded.
// 2. `isBulletin`, on the parsed bulletin of a message that passed: it reads as one when its requests stand
//    under region or country headings, or when it is about prayer (its subject, or its sender and body) and
//    has requests. Everything else is left out, never shown, searched or indexed.
import type { Bulletin } from '../../../shared/model';
import type { MessageHead } from './message-head';

/**
 * Missions whose prayer letters come by e-mail, by what their sender shows (address or name). Until the
 * parser knows the sending organisation itself (shared/model.ts `organisation`), this table is its home.
 */
export const KNOWN_SENDERS: readonly { organisation: string; sender: RegExp }[] = [
  {
    organisation: 'IJM',
    sender: /@(?:[\w-]+\.)*ijm\.(?:org|ca|org\.uk|de|nl)\b|international justice mission/i,
  },
  { organisation: 'Open Doors', sender: /@(?:[\w-]+\.)*opendoors[\w-]*\.\w+|open ?doors/i },
  {
    organisation: 'Voice of the Martyrs',
    sender: /@(?:[\w-]+\.)*(?:persecution\.com|vom\.[\w.]+|vomcanada\.com)|voice of the martyrs/i,
  },
  { organisation: 'OMF', sender: /@(?:[\w-]+\.)*omf\.org\b|\bOMF\b/i },
  { organisation: 'Wycliffe', sender: /@(?:[\w-]+\.)*wycliffe\.\w+|wycliffe/i },
  { organisation: 'SIM', sender: /@(?:[\w-]+\.)*sim\.org\b/i },
  { organisation: 'OM', sender: /@(?:[\w-]+\.)*om\.org\b|operation mobili[sz]ation/i },
  {
    organisation: 'Barnabas Aid',
    sender: /@(?:[\w-]+\.)*barnabas(?:fund|aid)\.org\b|barnabas (?:fund|aid)/i,
  },
  { organisation: 'Release International', sender: /releaseinternational\.org\b|release international/i },
  { organisation: 'Christian Solidarity Worldwide', sender: /@(?:[\w-]+\.)*csw\.org(?:\.uk)?\b/i },
  { organisation: 'Frontiers', sender: /@(?:[\w-]+\.)*frontiers(?:usa)?\.org\b/i },
  { organisation: 'Joshua Project', sender: /joshuaproject\.net\b/i },
];

/** The mission a sender line belongs to, or null. */
export function knownSender(from: string): string | null {
  for (const { organisation, sender } of KNOWN_SENDERS) if (sender.test(from)) return organisation;
  return null;
}

const PRAYER_SUBJECT =
  /\bpray(?:er|ers|ing)?\b|\bprayer (?:requests?|updates?|points?|diary|calendar|guide|bulletin|letter)\b/i;
/** A reply in a conversation ("Re: prayer meeting on Tuesday") is personal mail, not a bulletin. */
const REPLY = /^\s*(?:re|aw|sv|antw)\s*:/i;

/** The subject says the message is about prayer (a reply does not count). */
export function prayerSubject(subject: string): boolean {
  return PRAYER_SUBJECT.test(subject) && !REPLY.test(subject);
}

// "pray" as written, and as base64 writes it at each of the three byte alignments ("pra"/"Pra" whole, or
// the "ray" and "aye"/"aye" of "prayer"); a few false hits only cost a closer look.
const PRAY_WORDS = ['pray', 'Pray', 'PRAY'].map((w) => Buffer.from(w, 'latin1'));
const PRAY_BASE64 = ['cHJh', 'UHJh', 'UFJB', 'cmF5', 'UkFZ', 'YXll', 'eWVy', 'XllF'].map((w) =>
  Buffer.from(w, 'latin1'),
);

/** Step 1: whether the message is worth decoding. */
export function mayBeBulletin(head: MessageHead, bytes: Buffer): boolean {
  if (knownSender(head.from) !== null || PRAYER_SUBJECT.test(head.subject)) return true;
  if (PRAY_WORDS.some((word) => bytes.includes(word))) return true;
  return base64TextParts(bytes).some(([from, to]) =>
    PRAY_BASE64.some((word) => {
      const at = bytes.indexOf(word, from);
      return at !== -1 && at < to;
    }),
  );
}

const BASE64_MARKS = ['base64', 'BASE64', 'Base64'].map((w) => Buffer.from(w, 'latin1'));
const PART_END = Buffer.from('\n--', 'latin1');
const BLANK = Buffer.from('\n\n', 'latin1');
const BLANK_CRLF = Buffer.from('\r\n\r\n', 'latin1');
/** How far back from "base64" a part's Content-Type may stand. */
const PART_HEADER_REACH = 600;

/**
 * The byte ranges of the base64-encoded text parts (text/plain, text/html) of a message: where a word is
 * hidden by base64. Attachments (photos, PDFs) are left out: a photo is never a bulletin, and its random
 * letters would match now and then.
 */
function base64TextParts(bytes: Buffer): [number, number][] {
  const ranges: [number, number][] = [];
  for (const mark of BASE64_MARKS) {
    for (let at = bytes.indexOf(mark); at !== -1; at = bytes.indexOf(mark, at + mark.length)) {
      const header = bytes.toString('latin1', Math.max(0, at - PART_HEADER_REACH), at);
      if (!/content-transfer-encoding:\s*$/i.test(header)) continue;
      const type = /content-type:\s*([\w-]+\/[\w.+-]+)[^]*$/i.exec(header)?.[1]?.toLowerCase();
      if (type !== undefined && !type.startsWith('text/')) continue;
      const lf = bytes.indexOf(BLANK, at);
      const crlf = bytes.indexOf(BLANK_CRLF, at);
      const start = lf === -1 ? crlf : crlf === -1 ? lf : Math.min(lf, crlf);
      if (start === -1) continue;
      const end = bytes.indexOf(PART_END, start);
      ranges.push([start, end === -1 ? bytes.length : end]);
    }
  }
  return ranges;
}

/** Requests in a bulletin that stand under a region or country heading. */
function requestsUnderLabels(bulletin: Bulletin): number {
  return bulletin.items.filter(
    (item) =>
      !item.boilerplate && item.heading !== null && (item.region !== 'Other' || item.countries.length > 0),
  ).length;
}

const PRAYER_WORD = /\bpray(?:er|ers|ing|ed)?\b/gi;

/** Step 2: whether the parsed message reads as a prayer bulletin. */
export function isBulletin(bulletin: Bulletin, head: MessageHead, text: string): boolean {
  const requests = bulletin.items.filter((item) => !item.boilerplate).length;
  if (requests === 0) return false;
  const underLabels = requestsUnderLabels(bulletin);
  const headings = new Set(bulletin.items.map((item) => item.heading).filter((h) => h !== null));
  if (underLabels >= 2 && headings.size >= 2) return true;
  const prayerWords = Math.min(10, text.match(PRAYER_WORD)?.length ?? 0);
  if (prayerSubject(head.subject) && requests >= 2 && prayerWords >= 2) return true;
  return knownSender(head.from) !== null && !REPLY.test(head.subject) && requests >= 2 && prayerWords >= 3;
}
