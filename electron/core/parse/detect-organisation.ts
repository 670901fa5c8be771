// Which mission sent a bulletin: IJM, Open Doors, The Voice of the Martyrs, TEAM, Wycliffe … or 'Unknown'.
// An e-mail's From decides when it names one; otherwise the title and the file's path weigh most, then how
// often the text names each (a letterhead, "Pray with Open Doors", "TEAM's work", a footer). Only the
// head and the tail of the text are read: senders name themselves there, and the parser runs over every
// bulletin of archives of 10,000+.

import { UNKNOWN_ORGANISATION } from '../../../shared/model';

interface Sender {
  /** As shown in the app and the CLI. */
  name: string;
  /** Its names and spellings, matched whole, in any case. */
  names: readonly string[];
  /** Short forms, matched with exact case ('IJM', 'VOM'), not inside a line of capitals. */
  acronyms?: readonly string[];
  /** Web and e-mail domains ('ijm.org'), for an e-mail's From and addresses in a footer. */
  domains?: readonly string[];
}

const SENDERS: readonly Sender[] = [
  { name: 'IJM', names: ['International Justice Mission'], acronyms: ['IJM'], domains: ['ijm.org'] },
  { name: 'Open Doors', names: ['Open Doors'], domains: ['opendoors'] },
  {
    name: 'Voice of the Martyrs',
    names: ['Voice of the Martyrs', 'Voice of Martyrs'],
    acronyms: ['VOM', 'VOMC'],
    domains: ['persecution.com', 'vom.org', 'vomcanada', 'vom.com.au'],
  },
  { name: 'TEAM', names: ['The Evangelical Alliance Mission'], acronyms: ['TEAM'], domains: ['team.org'] },
  { name: 'Wycliffe', names: ['Wycliffe'], domains: ['wycliffe'] },
  { name: 'OMF', names: ['OMF International', 'Overseas Missionary Fellowship'], acronyms: ['OMF'] },
  { name: 'OM', names: ['Operation Mobilisation', 'Operation Mobilization'], domains: ['om.org'] },
  { name: 'SIM', names: ['Serving in Mission'], domains: ['sim.org'] },
  { name: 'Operation World', names: ['Operation World'], domains: ['operationworld'] },
  {
    name: 'Barnabas Aid',
    names: ['Barnabas Aid', 'Barnabas Fund'],
    domains: ['barnabasaid', 'barnabasfund'],
  },
  { name: 'Release International', names: ['Release International'] },
  { name: 'Christian Solidarity Worldwide', names: ['Christian Solidarity Worldwide'], acronyms: ['CSW'] },
  { name: "Samaritan's Purse", names: ["Samaritan's Purse", 'Samaritan’s Purse', 'Samaritans Purse'] },
  { name: 'Interserve', names: ['Interserve'] },
  { name: 'MAF', names: ['Mission Aviation Fellowship'], acronyms: ['MAF'] },
  { name: 'WEC International', names: ['WEC International'], acronyms: ['WEC'] },
  { name: 'YWAM', names: ['Youth With A Mission'], acronyms: ['YWAM'] },
  { name: 'Compassion', names: ['Compassion International'] },
  { name: 'World Vision', names: ['World Vision'] },
  { name: 'Tearfund', names: ['Tearfund'] },
  { name: 'Joshua Project', names: ['Joshua Project'] },
  { name: 'IMB', names: ['International Mission Board'], acronyms: ['IMB'] },
  { name: 'Africa Inland Mission', names: ['Africa Inland Mission'] },
  { name: 'Ethnos360', names: ['Ethnos360', 'New Tribes Mission'] },
  { name: 'Frontiers', names: ['Frontiers USA', 'Frontiers UK', 'Frontiers Canada'] },
  { name: 'Church Mission Society', names: ['Church Mission Society', 'Church Missionary Society'] },
  { name: 'BMS World Mission', names: ['BMS World Mission', 'Baptist Missionary Society'] },
  { name: 'USPG', names: ['USPG', 'United Society Partners in the Gospel'] },
  { name: 'Anglican Communion', names: ['Anglican Cycle of Prayer', 'Anglican Communion'] },
  { name: 'Presbyterian Mission', names: ['Presbyterian Mission Agency', 'Presbyterian Mission'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s: string) => s.toLowerCase().replace(/’/g, "'");

// One expression for all names and domains (any case) and one for all acronyms (exact case), without
// capture groups (which make a case-blind alternation ten times slower); the sender is then looked up by
// the words matched. Whole words are checked after a match, not by a look-behind at every position.
function combined(words: (s: Sender) => readonly string[], flags: string): RegExp {
  const all = SENDERS.flatMap(words).sort((x, y) => y.length - x.length);
  return new RegExp(all.map(escape).join('|'), flags);
}

// Matched in lower case: a case-blind expression is several times slower than lower-casing the text first.
const NAMES = combined(
  (s) => [...s.names, ...s.names.map((n) => n.toUpperCase()), ...(s.domains ?? [])],
  'g',
);
const ACRONYMS = combined((s) => s.acronyms ?? [], 'g');
const SENDER_OF = new Map<string, number>();
SENDERS.forEach((s, i) => {
  for (const word of [...s.names, ...(s.domains ?? []), ...(s.acronyms ?? [])]) SENDER_OF.set(fold(word), i);
});
const WORD_CHAR = /[\p{L}\p{N}]/u;

function wholeWord(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || !WORD_CHAR.test(text[start - 1]!)) && (end >= text.length || !WORD_CHAR.test(text[end]!))
  );
}

/** How much of the text's start and end is read: a letterhead and the first requests, a signature and footer. */
const HEAD_CHARS = 500;
const TAIL_CHARS = 500;

// Acronyms that are also English words: in a line of capitals ("PRAY FOR OUR TEAM LEADERS") they are words.
const WORD_ACRONYMS = new Set(['TEAM']);

function shouted(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)[^\p{L}\n]{1,3}$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const after = /^(?:['’]s)?[^\p{L}\n]{1,3}(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1];
  const caps = (w: string | undefined) => w !== undefined && w.length > 1 && w === w.toUpperCase();
  return caps(before) || caps(after);
}

/**
 * Adds `weight` to each sender `re` finds in `text`. With `written` (the text before lower-casing) a name
 * must have a capital there: "pray for open doors" is no sender, "Open Doors" and "OPEN DOORS" are.
 */
function tally(text: string, re: RegExp, weight: number, scores: number[], written?: string): void {
  re.lastIndex = 0;
  const sameLength = written !== undefined && written.length === text.length;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sender = SENDER_OF.get(fold(m[0]));
    const end = m.index + m[0].length;
    const domain = m[0].includes('.');
    // A domain is part of an address ('prayer@ijm.org'): only names and acronyms need whole words.
    if (sender === undefined || (!domain && !wholeWord(text, m.index, end))) continue;
    if (sameLength && !domain && !/[A-Z]/.test(written.slice(m.index, end))) continue;
    if (WORD_ACRONYMS.has(m[0]) && shouted(text, m.index, end)) continue;
    scores[sender] = (scores[sender] ?? 0) + weight;
  }
}

function best(scores: number[]): string | null {
  let top = -1;
  scores.forEach((score, i) => {
    if (score > 0 && (top < 0 || score > scores[top]!)) top = i;
  });
  return top >= 0 ? SENDERS[top]!.name : null;
}

export interface OrganisationClues {
  /** The bulletin's text. */
  text: string;
  /** Its title, as read from the text or the e-mail's Subject. */
  title?: string | null;
  /** The file's path in the library ('Open Doors/2020-01 diary.pdf'). */
  file?: string;
  /** An e-mail's From ('IJM Prayer <prayer@ijm.org>'). */
  from?: string;
}

/** The mission that sent a bulletin, by its clues; 'Unknown' when none names one. */
export function detectOrganisation(clues: OrganisationClues): string {
  if (clues.from) {
    const scores: number[] = [];
    tally(clues.from, NAMES, 1, scores);
    tally(fold(clues.from), NAMES, 1, scores);
    tally(clues.from, ACRONYMS, 1, scores);
    const sender = best(scores);
    if (sender) return sender;
  }
  const scores: number[] = [];
  for (const label of [clues.title, clues.file]) {
    if (!label) continue;
    tally(label === clues.title ? label : fold(label), NAMES, 5, scores);
    tally(label, ACRONYMS, 5, scores);
  }
  const text = clues.text;
  const read =
    text.length <= HEAD_CHARS + TAIL_CHARS
      ? [text]
      : [text.slice(0, HEAD_CHARS), text.slice(text.length - TAIL_CHARS)];
  for (const part of read) {
    tally(part, NAMES, 1, scores);
    tally(part, ACRONYMS, 1, scores);
  }
  return best(scores) ?? UNKNOWN_ORGANISATION;
}
