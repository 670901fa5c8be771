// The one home of Bible book names and references: bible-passage-reference-parser with its English data
// (pure JavaScript, no Node or DOM, so the renderer bundles it too). Everything else asks here: the verse
// index and its search box (scripture-reference.ts), the bulletin parser (parse-scripture.ts). The parser
// is asked about book names only (cached per name): asked about whole lines it takes about a millisecond each.
import { bcv_parser } from 'bible-passage-reference-parser/esm/bcv_parser.js';
import * as english from 'bible-passage-reference-parser/esm/lang/en.js';

let parser: bcv_parser | null = null;

/** The parser, made on first use (a tenth of a second); its defaults read names in any case ('MARK'). */
function bcv(): bcv_parser {
  if (parser === null) {
    parser = new bcv_parser(english);
  }
  return parser;
}

export interface BookInfo {
  /** The parser's code: 'Gen', 'Ps', '1Cor'. */
  osis: string;
  /** 1 … 66. */
  order: number;
  chapters: number;
}

/** The 66 books of the Protestant canon in order, with their chapter counts (the default versification). */
export function bookInfos(): BookInfo[] {
  const info = bcv().translation_info('default') as unknown as {
    books: string[];
    chapters: Record<string, number[]>;
  };
  return info.books
    .slice(0, 66)
    .map((osis, i) => ({ osis, order: i + 1, chapters: info.chapters[osis]?.length ?? 0 }));
}

const OSIS_BOOK = /^[1-3]?[A-Za-z]+/;
// How a numbered book's number is written: '1', '1st', 'I', 'First'.
const BOOK_NUMBER = /^(?:[1-3]|[1-3](?:st|nd|rd)|i{1,3}|first|second|third)(?:\s|\.|(?=[a-z]))/i;
// Names asked before (a few hundred spellings at most): the parser is not asked twice.
const osisCache = new Map<string, string | null>();

/** The book a name or abbreviation stands for ('Ps.', '1 Cor', 'First Corinthians', 'MARK'), as OSIS. */
export function bookOsis(name: string): string | null {
  const key = name.trim().toLowerCase();
  const cached = osisCache.get(key);
  if (cached !== undefined) return cached;
  const osis = askBookOsis(name.trim());
  if (osisCache.size < 5000) osisCache.set(key, osis);
  return osis;
}

function askBookOsis(trimmed: string): string | null {
  if (trimmed === '' || trimmed.length > 40 || /\d\s*$/.test(trimmed) || /[:;,]/.test(trimmed)) return null;
  // Asked with a chapter and verse after it, so that only a book, whole, can answer.
  const probe = `${trimmed.replace(/\.$/, '')} 1:1`;
  const found = bcv().parse(probe).osis_and_indices() as { osis: string; indices: [number, number] }[];
  const first = found[0];
  if (!first || first.indices[0] !== 0 || first.indices[1] !== probe.length) return null;
  const osis = OSIS_BOOK.exec(first.osis)?.[0] ?? null;
  // "Corinthians" alone is neither letter: a numbered book needs its number.
  if (osis !== null && /^\d/.test(osis) && !BOOK_NUMBER.test(trimmed)) return null;
  return osis;
}
