// "For a notice board": a sheet pinned up where anyone passes by must not carry what could identify a
// survivor. Printed for a prayer meeting, pseudonyms (`Name*`) stay as written; for a notice board this
// leaves out the names and the ages, and warns when a request mentions children so someone checks it.
//
// It is a help, not a guarantee: it rewrites the patterns bulletins use ("Maria*", "a 14-year-old girl",
// "aged 9"), and says so in `warnings` when an age is left that it could not take out cleanly
// ("… was just eight months old"). The sheet's own text is not changed; this runs when the sheet is shown
// or printed with the option on.
import type { SheetEntry } from './prayer-sheet';
import { findPseudonyms, normalizePseudonymStars } from './pseudonyms';

export interface NoticeBoardText {
  /** The request with names and ages of survivors left out. */
  text: string;
  /** How many name mentions were replaced. */
  namesRemoved: number;
  /** How many ages were taken out. */
  agesRemoved: number;
  /** The request mentions children (or a person under 18). */
  mentionsChildren: boolean;
  /** The words that show it, lower-case, each once ('girls', 'teenage', 'aged 9'). */
  childTerms: string[];
  /** Plain-words warnings to show beside the request; empty when there is nothing to check. */
  warnings: string[];
}

const LETTER = '[\\p{L}\\p{M}]';

/** The names marked with a star ("Maria*", "Liana,*"), without it: the one pseudonym finder, shared/pseudonyms. */
export const starredNames = findPseudonyms;

/** The notice-board version of a request: `pseudonyms` are names to leave out besides the `Name*` ones. */
export function redactForNoticeBoard(raw: string, pseudonyms: readonly string[] = []): NoticeBoardText {
  const text = normalizePseudonymStars(raw);
  const children = childMentions(text);
  const names = removeNames(text, pseudonyms);
  const ages = removeAges(names.text);
  const warnings: string[] = [];
  if (children.length > 0) {
    warnings.push(
      `This request mentions children (${children.join(', ')}). Make sure nothing in it could identify ` +
        'them before it goes on a notice board.',
    );
  }
  for (const phrase of ages.left) {
    warnings.push(
      `This request may still give an age (“${phrase}”). Change the wording before it goes on a notice board.`,
    );
  }
  return {
    text: ages.text,
    namesRemoved: names.count,
    agesRemoved: ages.count,
    mentionsChildren: children.length > 0,
    childTerms: children,
    warnings,
  };
}

/** redactForNoticeBoard for a sheet entry: its own wording, its recorded pseudonyms. */
export function noticeBoardEntry(entry: SheetEntry): NoticeBoardText {
  return redactForNoticeBoard(entry.text, entry.source.pseudonyms);
}

// ---------------------------------------------------------------------------------------------------------
// Names

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function removeNames(text: string, pseudonyms: readonly string[]): { text: string; count: number } {
  const names = [...new Set([...pseudonyms.filter((n) => n.trim().length > 0), ...starredNames(text)])];
  if (names.length === 0) return { text, count: 0 };
  // Longest first, so "Jean-Paul" is not read as "Jean".
  const alternatives = names
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // One mention: the name, its star, and a possessive in either order ("Ravi*'s", "Maria’s*").
  const one = `(?:${alternatives})(?:['’]s\\*|\\*(?:['’]s)?|['’]s)?`;
  // Several names joined ("Ana* and Joseph*", "Ana*, Joseph* and Lina*") read as one group of survivors.
  const mention = new RegExp(
    `(?<!${LETTER})${one}(?:(?:,\\s*|\\s+)(?:and|&)\\s+${one}|,\\s*${one})*(?!${LETTER})`,
    'gu',
  );
  const single = new RegExp(`(?<!${LETTER})(${alternatives})(?!${LETTER})`, 'gu');
  const present = new Set([...text.matchAll(single)].map((m) => m[1] ?? ''));
  const seen = new Set<string>();
  let count = 0;
  const replaced = text.replace(mention, (match: string, offset: number) => {
    const mentions = [...match.matchAll(single)].map((m) => m[1] ?? '');
    const people = [...new Set(mentions)];
    count += mentions.length;
    const possessive = /(['’])s\*?$|\*(['’])s$/.exec(match);
    const apostrophe = possessive ? (possessive[1] ?? possessive[2] ?? '’') : null;
    let phrase: string;
    if (people.length > 1) {
      const howMany = NUMBER_WORDS[people.length - 2] ?? 'several';
      phrase = `${howMany} survivors${apostrophe ?? ''}`;
    } else {
      const person = people[0] ?? '';
      // The same person again reads as "the survivor" when they are the only one named.
      phrase = seen.has(person) && present.size === 1 ? 'the survivor' : 'a survivor';
      if (apostrophe) phrase += `${apostrophe}s`;
    }
    for (const person of people) seen.add(person);
    return atSentenceStart(text, offset) ? capitalize(phrase) : phrase;
  });
  return { text: replaced, count };
}

// ---------------------------------------------------------------------------------------------------------
// Ages

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 14, "fourteen", "twenty-one", "twenty one". */
const NUM = `(?:\\d{1,3}|(?:${TENS.join('|')})(?:[-\\s](?:${SMALL_NUMBERS.slice(1, 10).join('|')}))?|${SMALL_NUMBERS.join('|')})`;
const DASH = '[-‐‑–\\s]';
const UNIT = '(?:years?|yrs?|months?|weeks?|days?)';

/** "a 14-year-old", "two 15 year old", "an eight-month-old", "16-year-olds". */
const AGE_OLD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(an?|the|this|that|these|those|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+)?` +
    `(${NUM})${DASH}*(${UNIT})${DASH}*old(s)?(?![\\p{L}\\p{N}])`,
  'giu',
);
/** ", aged 9,", "(aged 12 and 14)", " age 9", " ages 12–15", " aged between 9 and 12". */
const AGED = new RegExp(
  `(\\s*\\(\\s*|,\\s*|\\s+)?(?<![\\p{L}\\p{N}])(?:aged?|ages)\\s+(?:between\\s+)?(${NUM})` +
    `(?:\\s*(?:-|–|to|and)\\s*${NUM})?(?:\\s+${UNIT}(?:\\s+old)?)?(?![\\p{L}\\p{N}])(\\s*\\)|\\s*,)?`,
  'giu',
);
/** "at age 9", "at the age of 14", "from the age of 7". */
const AT_AGE = new RegExp(
  `\\s*(?<![\\p{L}\\p{N}])(?:at|from|since)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?${NUM}(?![\\p{L}\\p{N}])`,
  'giu',
);
/** ", who is 14," / ", who was only 9 years old." — removed only when the clause ends there. */
const WHO_IS = new RegExp(
  `,?\\s*(?<![\\p{L}\\p{N}])who\\s+(?:is|was|are|were)\\s+(?:just\\s+|only\\s+)?${NUM}(?:\\s+${UNIT}(?:\\s+old)?)?` +
    `(?:\\s*,|(?=\\s*[.;)]|\\s*$))`,
  'giu',
);
/** Any age that is left: "eight months old", "14 years of age". */
const AGE_LEFT = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUM}${DASH}*${UNIT}${DASH}*(?:old|of\\s+age)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Words after an age that show it is used as a noun ("a 14-year-old from…"), not before one. */
const FUNCTION_WORDS = new Set(
  (
    'from in into and or but who whom whose which that was is were are be been to with at on by for of as ' +
    'when after before since had has have will would could should can may might now still also then there ' +
    "here because while until so if than who’s who's"
  ).split(' '),
);

function removeAges(text: string): { text: string; count: number; left: string[] } {
  let count = 0;
  let out = text.replace(
    AGE_OLD,
    (
      match: string,
      det: string | undefined,
      num: string,
      unit: string,
      plural: string | undefined,
      offset: number,
      whole: string,
    ) => {
      const next = /^\s+([\p{L}][\p{L}\p{M}'’-]*)/u.exec(whole.slice(offset + match.length))?.[1];
      const nextIsWord = next !== undefined && !FUNCTION_WORDS.has(next.toLowerCase());
      if (!plural && nextIsWord) {
        // "a 14-year-old girl" → "a girl": the age was an adjective; keep the article, agreeing.
        count += 1;
        if (det) return fixArticle(det, next);
        return atSentenceStart(whole, offset) ? CAPITALIZE_NEXT : '';
      }
      if (plural || det) {
        // "a 14-year-old from Cebu" → "a young person from Cebu"; "two 16-year-olds" → "two young people".
        count += 1;
        const value = numberValue(num);
        const young = !/^y/i.test(unit) || (value !== null && value < 18);
        const noun = `${young ? 'young ' : ''}${plural ? 'people' : 'person'}`;
        return det
          ? `${fixArticle(det, noun)} ${noun}`
          : atSentenceStart(whole, offset)
            ? capitalize(noun)
            : noun;
      }
      // "was 14 years old": a predicate that cannot come out cleanly; reported below.
      return match;
    },
  );
  out = out.replace(
    AGED,
    (_match: string, before: string | undefined, _n: string, after: string | undefined) => {
      count += 1;
      // "(aged 9)" and ", aged 9," go whole; ", aged 9." keeps nothing but the full stop.
      const opened = before?.includes('(') ?? false;
      const closed = after?.includes(')') ?? false;
      if (opened && !closed) return `${before}${after ?? ''}`;
      if (opened || before?.includes(',')) return ' ';
      return after?.includes(',') ? ',' : ' ';
    },
  );
  out = out.replace(AT_AGE, () => {
    count += 1;
    return '';
  });
  out = out.replace(WHO_IS, () => {
    count += 1;
    return '';
  });
  // Untouched text keeps its own spacing and punctuation.
  if (out !== text) out = tidy(out);
  const left = [...new Set([...out.matchAll(AGE_LEFT)].map((m) => m[0]))];
  return { text: out, count, left };
}

// ---------------------------------------------------------------------------------------------------------
// Children

/** Words that show a request is about children, whatever else it says. */
const CHILD_WORDS = new RegExp(
  '(?<![\\p{L}\\p{N}])(children|child|kids?|girls?|boys?|school(?:girls?|boys?|children)|minors|teens?|' +
    'teenaged?|teenagers?|adolescents?|bab(?:y|ies)|infants?|toddlers?|newborns?|juveniles?|orphans?|' +
    'under-?age|under\\s+(?:the\\s+age\\s+of\\s+)?(?:18|eighteen)|younger\\s+than\\s+(?:18|eighteen)|' +
    // "a minor" as a person, not "a minor delay".
    '(?:a|the)\\s+minor(?=\\s*[,.;:!?)]|\\s*$|\\s+(?:who|whom|in|from|was|is|at|and|to|of|with|for)\\b)|' +
    'minor\\s+(?:girls?|boys?|victims?|survivors?|children|child))(?![\\p{L}\\p{N}])',
  'giu',
);
const AGE_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${NUM})${DASH}*(${UNIT})${DASH}*(?:olds?|of\\s+age)|(?:aged?|ages)\\s+(?:of\\s+|between\\s+)?(${NUM}))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The words showing that `text` mentions children or someone under 18, lower-case, each once. */
export function childMentions(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CHILD_WORDS)) found.add(match[0].toLowerCase().replace(/\s+/g, ' '));
  for (const match of text.matchAll(AGE_NUMBER)) {
    const unit = (match[2] ?? 'years').toLowerCase();
    const value = numberValue(match[1] ?? match[3] ?? '');
    const young = !unit.startsWith('y') || (value !== null && value < 18);
    if (young) found.add(match[0].toLowerCase().replace(/\s+/g, ' '));
  }
  return [...found];
}

export function mentionsChildren(text: string): boolean {
  return childMentions(text).length > 0;
}

// ---------------------------------------------------------------------------------------------------------
// Small text helpers

/** Marks where the next word must start with a capital (a sentence's first words were removed). */
const CAPITALIZE_NEXT = '\uE000';

function numberValue(word: string): number | null {
  const lower = word.toLowerCase().replace(/\s+/g, '-');
  if (/^\d+$/.test(lower)) return Number(lower);
  const small = SMALL_NUMBERS.indexOf(lower);
  if (small >= 0) return small;
  const [tens, ones] = lower.split('-');
  const t = TENS.indexOf(tens ?? '');
  if (t < 0) return null;
  return (t + 2) * 10 + (ones ? Math.max(0, SMALL_NUMBERS.indexOf(ones)) : 0);
}

/** "a"/"an" (keeping a capital) as the next word needs it; other determiners unchanged. */
function fixArticle(det: string, next: string): string {
  if (!/^an?$/i.test(det)) return det;
  const article = startsWithVowelSound(next) ? 'an' : 'a';
  return det[0] === 'A' ? capitalize(article) : article;
}

function startsWithVowelSound(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(lower)) return true;
  if (/^(uni|use|usu|uti|eu|one|once)/.test(lower)) return false;
  return /^[aeiou]/.test(lower);
}

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return /^[\s"“‘'(]*$/.test(before) || /[.!?]["”’')]*\s+["“‘'(]*$/.test(before);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Spaces and punctuation left behind by removals. */
function tidy(text: string): string {
  return (
    text
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/\(\s*\)/g, '')
      .replace(/\s+([,.;:!?)])/g, '$1')
      .replace(/,([.;:!?)])/g, '$1')
      .replace(/,,+/g, ',')
      .replace(/\(\s+/g, '(')
      // After a removed sentence start, the next word gets the capital.
      .replace(/\uE000\s*(\p{L})/gu, (_m, letter: string) => letter.toUpperCase())
      .replace(/\uE000/g, '')
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
