// Realistic synthetic bulletin archives for the benchmark, the e2e tests and the UI benchmarks.
// Bulletin n depends only on (seed, n): any slice of an archive can be generated without the rest, and the
// same options always give byte-identical files. Shape and quirks follow the real archives of 2011–2025:
// weekly dates, titles and headings that changed over the years, verses with varying dashes, items before
// the first heading, bullets or not, pseudonyms with stars, e-mail leftovers and the odd cut-off file.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kind, Region } from '../../shared/model';
import { mixSeed, Rng } from './prng';
import type { ItemContext } from './sentences';
import { globalOpening, itemLength, writeItemSentences } from './sentences';
import { BRITISH_SPELLINGS, MONTHS } from './word-lists';
import type { Place, SectionPlan } from './world';
import {
  HEADLINES,
  OFFICE_NOTES,
  PLACES,
  PREAMBLES,
  sectionsForYear,
  UNUSUAL_HEADINGS,
  VERSES,
} from './world';

export interface BulletinOptions {
  seed?: number;
  /** 'YYYY-MM-DD' of bulletin 0; bulletin n is n weeks later. */
  startDate?: string;
  /**
   * 'YYYY-MM-DD' after which the weekly series starts again at `startDate`, in a folder of its own
   * ('archive-2/2019/…'), as when a mission office keeps several churches' or organisations' bulletins.
   * It keeps 10,000 bulletins within real years instead of running on to 2202.
   */
  endDate?: string;
}

export interface ArchiveOptions extends BulletinOptions {
  count: number;
}

export const DEFAULT_SEED = 20110105;
export const DEFAULT_START_DATE = '2011-01-05';
export const DEFAULT_END_DATE = '2025-12-31';
const WEEK_MS = 7 * 86_400_000;

/** What the generator meant to write, for tests that check a parser against it. */
export interface ItemFacts {
  heading: string | null;
  /** Words in the item's paragraph, leftovers included. */
  words: number;
  region: Region;
  kind: Kind;
  countries: string[];
  pseudonyms: string[];
}

export interface BulletinFacts {
  date: string;
  /** Where the date can be read from: the text (maybe also the file name), only the file name, or nowhere. */
  dateIn: 'text' | 'filename' | 'nowhere';
  title: string | null;
  scriptureReference: string | null;
  items: ItemFacts[];
  /** The file ends mid-word, as a save that was cut off. */
  truncated: boolean;
}

export interface GeneratedBulletin {
  /** Relative path with '/' separators, e.g. '2019/2019-04-27 IJM Prayer Requests.txt'. */
  file: string;
  text: string;
  facts: BulletinFacts;
}

type Layout = 'plain' | 'bullets' | 'dashes' | 'dense' | 'wrapped';

interface Block {
  kind: 'heading' | 'item' | 'note' | 'leftover';
  text: string;
  /** Items of one section written on consecutive lines, as some editors did. */
  tight?: boolean;
}

function parseDay(day: string, name: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms)) throw new Error(`${name} must be YYYY-MM-DD, got ${day}`);
  return ms;
}

/** Where bulletin `index` falls: its series (0 for the first run of weeks) and its date. */
export function bulletinSlot(index: number, opts: BulletinOptions = {}): { series: number; date: string } {
  const start = parseDay(opts.startDate ?? DEFAULT_START_DATE, 'startDate');
  const end = parseDay(opts.endDate ?? DEFAULT_END_DATE, 'endDate');
  const weeks = Math.max(1, Math.floor((end - start) / WEEK_MS) + 1);
  const week = index % weeks;
  return {
    series: Math.floor(index / weeks),
    date: new Date(start + week * WEEK_MS).toISOString().slice(0, 10),
  };
}

export function generateBulletin(index: number, opts: BulletinOptions = {}): GeneratedBulletin {
  const rng = new Rng(mixSeed(opts.seed ?? DEFAULT_SEED, index));
  const { series, date } = bulletinSlot(index, opts);
  const [y, m, d] = date.split('-') as [string, string, string];
  const year = Number(y);
  const layout = rng.weighted<Layout>([
    ['plain', 35],
    ['bullets', 35],
    ['dashes', 10],
    ['dense', 8],
    ['wrapped', 12],
  ]);
  const eol = rng.chance(0.3) ? '\r\n' : '\n';
  const curly = rng.chance(0.75);
  const british = rng.chance(0.12);

  const title = pickTitle(rng, year);
  const dateIn = rng.weighted<BulletinFacts['dateIn']>([
    ['text', 78],
    ['filename', 21],
    ['nowhere', 1],
  ]);
  const file = (series > 0 ? `archive-${series + 1}/` : '') + fileName(rng, index, y, m, d, dateIn);

  const header: string[] = [];
  if (rng.chance(0.02)) header.push(rng.pick(PREAMBLES));
  if (title) header.push(title);
  if (dateIn === 'text') header.push(dateLine(rng, y, m, d));
  let scriptureReference: string | null = null;
  if (rng.chance(0.92)) {
    const verse = rng.pick(VERSES);
    scriptureReference = verse.reference;
    header.push(...verseLines(rng, verse.text, verse.reference));
  }

  const items: ItemFacts[] = [];
  const blocks = bodyBlocks(rng, year, items, { curly, british });
  const text = render(rng, header, blocks, layout);
  const truncated = rng.chance(0.01);
  const body = truncated ? cutMidWord(rng, text) : rng.chance(0.5) ? `${text}\n` : text;
  return {
    file,
    text: eol === '\n' ? body : body.replace(/\n/g, eol),
    facts: { date, dateIn, title, scriptureReference, items, truncated },
  };
}

export function generateBulletinText(
  index: number,
  opts: BulletinOptions = {},
): { file: string; text: string } {
  const { file, text } = generateBulletin(index, opts);
  return { file, text };
}

export function* generateArchive(opts: ArchiveOptions): Generator<{ file: string; text: string }> {
  for (let index = 0; index < opts.count; index++) yield generateBulletinText(index, opts);
}

/** Writes the archive as UTF-8 files under `dir` (created as needed), a few files at a time. */
export async function writeArchive(dir: string, opts: ArchiveOptions): Promise<void> {
  const made = new Set<string>();
  let pending: Promise<void>[] = [];
  for (const { file, text } of generateArchive(opts)) {
    const target = path.join(dir, ...file.split('/'));
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    pending.push(writeFile(target, text, 'utf8'));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
}

function pickTitle(rng: Rng, year: number): string | null {
  const early = year <= 2015;
  const choice = rng.weighted<'request' | 'requests' | 'headline' | 'none'>([
    ['request', early ? 6 : 1],
    ['requests', early ? 2 : 6],
    ['headline', 1.2],
    ['none', 1],
  ]);
  if (choice === 'none') return null;
  if (choice === 'request') return 'IJM Prayer Request';
  if (choice === 'requests') return 'IJM Prayer Requests';
  const country = rng.pick(PLACES.filter((p) => p.region !== 'Global')).country;
  return rng.pick(HEADLINES).replace('{country}', country);
}

function fileName(
  rng: Rng,
  index: number,
  y: string,
  m: string,
  d: string,
  dateIn: BulletinFacts['dateIn'],
): string {
  // Undated names carry the index so that every file name in an archive is distinct.
  const undated = [`${y}/IJM Prayer Requests (${index + 1}).txt`, `${y}/prayer-requests-${index + 1}.txt`];
  const dated = [
    [`${y}/${y}-${m}-${d} IJM Prayer Requests.txt`, 4],
    [`${y}/IJM Prayer Request ${y}${m}${d}.txt`, 2],
    [`${y}/${y}_${m}_${d} prayer requests.txt`, 2],
    [`${y}/${y}-${m}-${d}.txt`, 1],
  ] as const;
  if (dateIn === 'nowhere' || (dateIn === 'text' && rng.chance(0.2))) return rng.pick(undated);
  return rng.weighted(dated);
}

function dateLine(rng: Rng, y: string, m: string, d: string): string {
  const month = MONTHS[Number(m) - 1] as string;
  const day = String(Number(d));
  return rng.weighted([
    [`${month} ${day}, ${y}`, 55],
    [`${day} ${month} ${y}`, 15],
    [`${y}-${m}-${d}`, 10],
    [`${Number(m)}/${day}/${y}`, 20],
  ]);
}

function verseLines(rng: Rng, verse: string, reference: string): string[] {
  const [open, close] = rng.weighted<readonly [string, string]>([
    [['\u201c', '\u201d'], 70],
    [['"', '"'], 25],
    [['', ''], 5],
  ]);
  const dash = rng.weighted([
    ['\u2014', 6],
    ['\u2013', 3],
    ['-', 2],
  ]);
  const quoted = `${open}${verse}${close}`;
  if (rng.chance(0.5)) return [quoted, `${dash} ${reference}`];
  // Same line: some editors glued the dash to the closing quote, others spaced it.
  return [
    rng.chance(0.4) && dash === '\u2014' ? `${quoted}${dash} ${reference}` : `${quoted} ${dash} ${reference}`,
  ];
}

function pickPlace(rng: Rng, region: Region): Place {
  const candidates = PLACES.filter((p) => p.region === region);
  return rng.weighted(candidates.map((p) => [p, p.weight] as const));
}

function pickKind(rng: Rng): Kind {
  return rng.weighted<Kind>([
    ['praise', 40],
    ['prayer', 52],
    ['info', 8],
  ]);
}

interface TextStyle {
  curly: boolean;
  british: boolean;
}

const britishPattern = new RegExp(`\\b(${Object.keys(BRITISH_SPELLINGS).join('|')})\\b`, 'gi');

function styleText(text: string, style: TextStyle): string {
  let out = text;
  if (style.british) {
    out = out.replace(britishPattern, (word) => {
      const british = BRITISH_SPELLINGS[word.toLowerCase()] as string;
      return word.charAt(0) === word.charAt(0).toUpperCase()
        ? british.charAt(0).toUpperCase() + british.slice(1)
        : british;
    });
  }
  if (style.curly) out = out.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019');
  return out;
}

/** Writes one item and records what it is meant to be. */
function writeItem(
  rng: Rng,
  heading: string | null,
  region: Region,
  style: TextStyle,
  facts: ItemFacts[],
): string {
  const place = pickPlace(rng, region);
  const ctx: ItemContext = { rng, place, countries: new Set(), pseudonyms: [] };
  const kind = region === 'Global' ? (rng.chance(0.35) ? 'praise' : 'prayer') : pickKind(rng);
  const opening = region === 'Global' ? globalOpening(kind, ctx) : undefined;
  const sentences = writeItemSentences(kind, itemLength(rng), ctx, opening);
  let text = sentences[0] as string;
  for (let i = 1; i < sentences.length; i++) {
    // Pasted from e-mail: a no-break space after the first sentence is common.
    text += (i === 1 && rng.chance(0.3) ? '\u00a0' : ' ') + sentences[i];
  }
  if (rng.chance(0.06)) text += `${rng.chance(0.5) ? '\u00a0' : ' '}Read the full story .`;
  const words = text.split(/\s+/).length;
  facts.push({ heading, region, kind, words, countries: [...ctx.countries], pseudonyms: ctx.pseudonyms });
  return styleText(text, style);
}

function bodyBlocks(rng: Rng, year: number, facts: ItemFacts[], style: TextStyle): Block[] {
  let sections: SectionPlan[] = sectionsForYear(year);
  if (rng.chance(0.12)) {
    // Some weeks the editor moved a section: swap two neighbours (never the global one, always last).
    const i = rng.int(0, sections.length - 3);
    sections = [...sections];
    [sections[i], sections[i + 1]] = [sections[i + 1] as SectionPlan, sections[i] as SectionPlan];
  }
  if (rng.chance(0.04)) {
    const at = rng.int(0, sections.length - 1);
    const unusual: SectionPlan = {
      key: 'extra',
      heading: rng.pick(UNUSUAL_HEADINGS),
      regions: ['Africa', 'Latin America & Caribbean', 'South Asia', 'Southeast Asia & Pacific'],
    };
    sections = [...sections.slice(0, at), unusual, ...sections.slice(at)];
  }
  const noHeadingAfrica = year >= 2014 && year <= 2019;
  let before = noHeadingAfrica
    ? rng.weighted([
        [1, 6],
        [2, 3],
        [0, 1],
      ])
    : rng.chance(0.15)
      ? 1
      : 0;
  let officeNote = rng.chance(0.75);
  // Every section gets one item; the rest of the 5–8 go to random sections.
  const counts = sections.map(() => 1);
  const target = rng.int(5, 8);
  let total = before + sections.length + (officeNote ? 1 : 0);
  while (total > target && (officeNote || before > (noHeadingAfrica ? 1 : 0))) {
    if (officeNote) officeNote = false;
    else before--;
    total--;
  }
  for (; total < target; total++) {
    const at = rng.int(0, sections.length - 1);
    counts[at] = (counts[at] as number) + 1;
  }
  if (rng.chance(0.02)) {
    // An empty section, heading only; its items move to the last section so the count stays 5–8.
    const empty = rng.int(0, sections.length - 2);
    counts[sections.length - 1] = (counts[sections.length - 1] as number) + (counts[empty] as number);
    counts[empty] = 0;
  }

  const blocks: Block[] = [];
  for (let i = 0; i < before; i++) {
    const region: Region = rng.chance(0.9)
      ? 'Africa'
      : rng.pick(['Latin America & Caribbean', 'South Asia'] as const);
    blocks.push({ kind: 'item', text: writeItem(rng, null, region, style, facts) });
  }
  sections.forEach((section, s) => {
    blocks.push({ kind: 'heading', text: section.heading });
    if (section.key === 'global' && officeNote) {
      const note = styleText(rng.pick(OFFICE_NOTES), style);
      blocks.push({ kind: 'note', text: note });
      const words = note.split(/\s+/).length;
      const countries = PLACES.filter((p) =>
        [p.inText, ...p.cities, ...p.demonyms].some((n) => note.includes(n)),
      );
      facts.push({
        heading: section.heading,
        region: 'Global',
        kind: 'info',
        words,
        countries: countries.map((p) => p.country),
        pseudonyms: [],
      });
    }
    const tight = rng.chance(0.3);
    for (let i = 0; i < (counts[s] as number); i++) {
      const region = rng.pick(section.regions);
      blocks.push({
        kind: 'item',
        text: writeItem(rng, section.heading, region, style, facts),
        tight: tight && i > 0,
      });
    }
  });
  for (const leftover of ['unnamed', 'pipe'] as const) {
    if (!rng.chance(leftover === 'unnamed' ? 0.05 : 0.03)) continue;
    const at = rng.int(1, blocks.length);
    const text = leftover === 'unnamed' ? `unnamed (${rng.int(1, 9)}).jpg` : '|';
    blocks.splice(at, 0, { kind: 'leftover', text });
  }
  return blocks;
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function render(rng: Rng, header: string[], blocks: Block[], layout: Layout): string {
  const width = rng.int(66, 78);
  const lines: string[] = [];
  const blank = layout !== 'dense';
  const push = (text: string, joinTight = false): void => {
    if (blank && lines.length > 0 && !joinTight) lines.push('');
    lines.push(text);
  };
  header.forEach((line, i) => {
    push(line);
    // The real bulletins leave two blank lines after the verse.
    if (i === header.length - 1 && blank) lines.push('');
  });
  for (const block of blocks) {
    if (block.kind !== 'item') {
      push(block.text);
      continue;
    }
    if (layout === 'bullets') push(`  \u2022 ${block.text}`, block.tight);
    else if (layout === 'dashes') push(`- ${block.text}`, block.tight);
    else if (layout === 'wrapped') push(wrap(block.text, width));
    else push(block.text);
  }
  return lines.join('\n');
}

/** A save cut off inside a word in the second half of the last line, so the last item is damaged, not lost. */
function cutMidWord(rng: Rng, text: string): string {
  const lineStart = text.lastIndexOf('\n') + 1;
  let at = rng.int(lineStart + Math.floor((text.length - lineStart) * 0.5), text.length - 2);
  while (at < text.length - 1 && !(/\w/.test(text[at - 1] ?? '') && /\w/.test(text[at] ?? ''))) at++;
  return text.slice(0, at);
}
