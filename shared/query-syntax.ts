// What a user typed into the search box, taken apart: plain words, "quoted phrases", +required and
// -prohibited words. A hand-written scanner instead of Lunr's query parser, because Lunr's throws on
// inputs such as `php:` or a lone `^`, and its field, boost and fuzziness syntax (`a:b`, `^2`, `~1`)
// means nothing to a church office. Every input is valid: anything not understood is a separator.
import { splitWords } from './text-fold';

export interface ParsedQuery {
  /** Plain words, as written (accents and case kept): any of them may match. */
  terms: string[];
  /** "Quoted phrases", each as its words in order. */
  phrases: string[][];
  /** +words: every result must contain each. */
  required: string[];
  /** -words: no result may contain any. */
  prohibited: string[];
  /** -"quoted phrases": no result may contain them. */
  prohibitedPhrases: string[][];
}

export interface ParseOptions {
  /** Characters looked at; the rest is ignored (a pasted page of text is not a query). */
  maxLength?: number;
  /** Words kept, over all parts; the rest is ignored (each word costs index lookups). */
  maxWords?: number;
}

export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_WORDS = 24;

// Curly and other quotation marks pasted from mail or Word count as straight ones.
const QUOTES = /[“”„‟«»〝〞＂]/g;
// Lunr's boost and fuzziness suffixes ("word^10", "word~2"): drop the number with the sign so it does not
// become a search word of its own.
const LUNR_SUFFIX = /[~^][\d.]*/g;
const SPACE = /\s/;

export function parseQuery(input: unknown, options: ParseOptions = {}): ParsedQuery {
  const maxLength = options.maxLength ?? MAX_QUERY_LENGTH;
  const maxWords = options.maxWords ?? MAX_QUERY_WORDS;
  const parsed: ParsedQuery = { terms: [], phrases: [], required: [], prohibited: [], prohibitedPhrases: [] };
  const text = (typeof input === 'string' ? input : '').slice(0, Math.max(0, maxLength)).replace(QUOTES, '"');
  let words = 0;

  const takeWords = (part: string): string[] => {
    const found = splitWords(part).slice(0, Math.max(0, maxWords - words));
    words += found.length;
    return found;
  };
  const addUnique = (list: string[], found: readonly string[]): void => {
    for (const word of found) if (!list.includes(word)) list.push(word);
  };

  let i = 0;
  while (i < text.length && words < maxWords) {
    const char = text[i] as string;
    if (SPACE.test(char)) {
      i += 1;
      continue;
    }
    // A sign counts only at the start of a token: the hyphen in "anti-trafficking" is part of the word.
    let sign: '+' | '-' | null = null;
    if (char === '+' || char === '-') {
      sign = char;
      while (i < text.length && (text[i] === '+' || text[i] === '-')) i += 1;
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close !== -1) {
        const phrase = takeWords(text.slice(i + 1, close));
        if (phrase.length > 0) (sign === '-' ? parsed.prohibitedPhrases : parsed.phrases).push(phrase);
        i = close + 1;
        continue;
      }
      // An unclosed quote (often: still typing) is ignored; its words count as plain words, so results
      // keep coming while the phrase is being typed.
      i += 1;
    }
    let end = i;
    while (end < text.length && !SPACE.test(text[end] as string) && text[end] !== '"') end += 1;
    const found = takeWords(text.slice(i, end).replace(LUNR_SUFFIX, ' '));
    addUnique(sign === '+' ? parsed.required : sign === '-' ? parsed.prohibited : parsed.terms, found);
    i = end;
  }
  return parsed;
}

/** True when the query asks for words or phrases to be present; false for a plain listing (perhaps with -exclusions). */
export function hasPositiveParts(parsed: ParsedQuery): boolean {
  return parsed.terms.length > 0 || parsed.required.length > 0 || parsed.phrases.length > 0;
}
