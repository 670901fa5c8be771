// One bulletin's plain text → a Bulletin. Pure (no file system) and total: any string at all gives a
// bulletin, never an exception, in time linear in its length (it runs over archives of 10,000+ files).
//
// Steps: clean the lines (leftovers out), read the head (title, date, verse, introduction), classify the
// body's lines (headings, references, content), group them into paragraphs, and turn those into items.
// What was guessed or skipped goes into `warnings`, in plain words.
//
// The date comes from the text's head; else from the file name; else from meta.dateHint (an e-mail's Date
// header, which counts as 'text'). A date line without a year takes its year from meta.mtimeMs ('file-time').
// Otherwise the bulletin is undated (date null, 'none'): the file's time says when it was copied, not sent.
import type { Bulletin, DatePrecision, DateSource, Scripture } from '../../../shared/model';
import { buildItems } from './build-items';
import {
  cleanTablePipes,
  isImageLine,
  isPageLeftover,
  isRuleLine,
  stripInlineImages,
  stripTrailingCredit,
} from './clean-leftovers';
import { detectOrganisation } from './detect-organisation';
import { endsSentence } from './detect-headings';
import { toLines } from './normalize-text';
import { dateFromFileName, dateFromTime, findDate, isoDate } from './parse-date';
import { readBody } from './read-body';
import { readHead } from './read-head';
import type { DateCandidate, Head } from './read-head';
import { splitBlocks } from './split-blocks';

export interface ParseMeta {
  /** Path relative to the library folder, '/' separators. */
  file: string;
  /** The file's modification time, the last resort for the date. */
  mtimeMs: number;
  /** A title from the container (an e-mail's Subject), used when the text has none. */
  titleHint?: string;
  /** A date from the container (an e-mail's Date header), used when neither text nor file name has one. */
  dateHint?: string;
  /** The sender from the container (an e-mail's From), which names the organisation. */
  fromHint?: string;
}

// One pipe between a label and its text ("PAPUA | Dan and Lou write …", "Saturday 2 | AUSTRALIA …") is a
// separator, read as a dash; a table row has pipes at its edges or several of them.
const ONE_PIPE = /^([^|]{2,40}?) +\| +(?=[^|\s])([^|]*)$/;

/** Lines with pictures, web-page leftovers, table borders and pipes removed; '' where blank or removed. */
function cleanLines(text: string): string[] {
  return toLines(text).map((line) => {
    if (line === '' || isImageLine(line) || isRuleLine(line) || isPageLeftover(line)) return '';
    const credited = stripTrailingCredit(stripInlineImages(line));
    const labelled = credited.includes('|') ? ONE_PIPE.exec(credited) : null;
    if (labelled) return `${labelled[1]!.trim()} — ${labelled[2]!.trim()}`;
    return cleanTablePipes(credited).trim();
  });
}

interface ResolvedDate {
  date: string | null;
  dateSource: DateSource;
  datePrecision?: DatePrecision;
}

function resolveDate(head: Head, meta: ParseMeta, warnings: string[]): ResolvedDate {
  for (const impossible of new Set(head.impossibleDates)) {
    warnings.push(`Ignored the date "${impossible}": there is no such day.`);
  }
  let best: DateCandidate | null = null;
  for (const candidate of head.dates) if (!best || candidate.priority > best.priority) best = candidate;
  if (best && best.precision === 'month') {
    // A month alone ("December 2024 Prayer Guide"): a full date in the file name is more precise.
    const fromName = dateFromFileName(meta.file ?? '');
    if (fromName && fromName.slice(0, 7) === best.iso.slice(0, 7))
      return { date: fromName, dateSource: 'filename' };
    return { date: best.iso, dateSource: 'text', datePrecision: 'month' };
  }
  if (best) return { date: best.iso, dateSource: 'text' };

  const fromName = dateFromFileName(meta.file ?? '');
  if (fromName) {
    warnings.push('No date in the text; used the date in the file name.');
    return { date: fromName, dateSource: 'filename' };
  }
  const fromHint = typeof meta.dateHint === 'string' ? findDate(meta.dateHint.slice(0, 200)).found : null;
  if (fromHint) {
    warnings.push('No date in the text or the file name; used the date the e-mail was sent.');
    return { date: fromHint.iso, dateSource: 'text' };
  }
  const fromTime = dateFromTime(meta.mtimeMs);
  if (fromTime && head.dateWithoutYear) {
    const { month, day } = head.dateWithoutYear;
    const completed = isoDate(Number(fromTime.slice(0, 4)), month, day);
    if (completed) {
      warnings.push("The date in the text has no year; took the year from the file's modification date.");
      return { date: completed, dateSource: 'file-time' };
    }
  }
  warnings.push('No date in the text or the file name: the bulletin is undated.');
  return { date: null, dateSource: 'none' };
}

function resolveTitle(head: Head, meta: ParseMeta, warnings: string[]): string | null {
  if (head.title !== null) return head.title;
  if (head.subject) {
    warnings.push('No title in the text; used the subject of the forwarded e-mail.');
    return head.subject;
  }
  const hint =
    typeof meta.titleHint === 'string'
      ? meta.titleHint
          .slice(0, 300)
          .replace(/^(?:\s*(?:re|fwd?)\s?:\s?)+/i, '')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
  if (hint) {
    warnings.push('No title in the text; used the e-mail subject.');
    return hint;
  }
  return null;
}

// A damaged file can produce thousands of warnings; a person reads the first few.
const MAX_WARNINGS = 20;

function capWarnings(warnings: string[]): string[] {
  const unique = [...new Set(warnings)];
  if (unique.length <= MAX_WARNINGS) return unique;
  return [...unique.slice(0, MAX_WARNINGS - 1), `…and ${unique.length - MAX_WARNINGS + 1} more warnings.`];
}

function parse(text: string, meta: ParseMeta): Bulletin {
  const lines = cleanLines(text);
  const head = readHead(lines);
  // The title and date come first: with many warnings, these are the ones a person needs to see.
  const warnings: string[] = [];
  const title = resolveTitle(head, meta, warnings);
  const { date, dateSource, datePrecision } = resolveDate(head, meta, warnings);
  warnings.push(...head.warnings);
  const body = readBody(lines, head.end, warnings);
  const built = buildItems(splitBlocks(body), head.scripture, warnings, {
    date,
    firstDay: head.trailingDay,
    leadCountries: head.leadCountries,
  });
  const scripture: Scripture | null = head.scripture ?? built.scripture;
  const last = built.items[built.items.length - 1];
  if (last && built.endsWithItem && !endsSentence(last.text)) {
    warnings.push('The file seems to end mid-sentence; the last request may be cut off.');
  }
  if (built.items.length === 0) warnings.push('No prayer requests were found.');
  const bulletin: Bulletin = {
    file: meta.file,
    title,
    date,
    dateSource,
    scripture,
    items: built.items,
    warnings: capWarnings(warnings),
    organisation: detectOrganisation({ text, title, file: meta.file, from: meta.fromHint }),
  };
  if (datePrecision === 'month') bulletin.datePrecision = 'month';
  return bulletin;
}

/** Parses one bulletin's plain text. Never throws: a failure inside gives an empty bulletin with a warning. */
export function parseBulletin(text: string, meta: ParseMeta): Bulletin {
  try {
    return parse(typeof text === 'string' ? text : '', meta);
  } catch (error) {
    // A safety net only: the fuzz test checks it is never needed.
    return {
      file: meta?.file ?? '',
      title: null,
      date: null,
      dateSource: 'none',
      scripture: null,
      items: [],
      warnings: [
        `Prayer Desk could not understand this text (${error instanceof Error ? error.message : 'unknown error'}).`,
      ],
    };
  }
}
