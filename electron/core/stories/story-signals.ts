// What real bulletins carry from one week of a story to the next, besides its wording: a reference back to
// an earlier week ("Last month we asked you to pray for…", "As we shared in February", "Thank you for
// praying for…", "Update:"), numbers that identify ("the 37 survivors", "640+ families") and the outcome a
// prayer asks for or a praise reports (a conviction, a rescue, papers issued, an agreement renewed).

// A reference back to an earlier week of the same story, anywhere in the request.
const BACK_REFERENCE =
  /\b(?:asked you to pray|asked for your prayers?|we (?:have )?(?:told|shared with) you|we told you about|as we (?:shared|reported|mentioned|wrote)|you (?:may )?remember|thank you for (?:praying|your (?:faithful )?prayers?|joining us in prayer)|you (?:have )?prayed|your prayers (?:were|have been) answered|(?:last|earlier this) (?:week|month|year),? we)\b/i;
// The same, where only the opening makes it one: "Update:", "Please keep praying for the widow…".
const BACK_REFERENCE_OPENING =
  /^["“]?(?:update\b|an update\b|(?:please )?(?:keep|continue) (?:praying|to pray) for (?:the|this|these|our)\b|we continue to (?:pray|ask)\b|please continue to pray for (?:the|this|these)\b)/i;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// An event of the story dated in an earlier month: "the girls rescued in February", "as we shared in May".
const EARLIER_EVENT =
  /\b(?:rescued|freed|arrested|charged|convicted|released|found|shared|reported|wrote|told you)\s+(?:[\p{L}'’-]+\s+){0,3}?in\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/giu;

/**
 * The request refers back to an earlier week of its story. `month` (1–12) is its bulletin's: an event
 * "in February" told in an October bulletin happened in an earlier week.
 */
export function refersBack(text: string, month?: number): boolean {
  const opening = text.slice(0, 400);
  if (BACK_REFERENCE_OPENING.test(text) || BACK_REFERENCE.test(opening)) return true;
  if (month === undefined) return false;
  for (const match of opening.matchAll(EARLIER_EVENT)) {
    if (MONTHS.indexOf(match[1]!.toLowerCase()) + 1 !== month) return true;
  }
  return false;
}

const NUMBER = /(?<![\p{L}\p{N}$£€.,/:-])(\d{1,3}(?:,\d{3})+|\d+)(\+)?(?![\p{L}\p{N}]|[.,:/]\d)/gu;
/** Words after a number that make it an age, a duration, a date or a measure, not a head count. */
const NOT_COUNT_AFTER =
  /^[\s+-]*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|nights?|times|percent|per ?cent|%|am|pm|a\.m|p\.m|km|kilometres?|kilometers?|miles?|acres?|hectares?|kg|dollars?|pesos?|rupees?|shillings?|cedis?|st|nd|rd|th|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const NOT_COUNT_BEFORE =
  /(?:\b(?:aged|age|ages|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|us\$|usd|rs|ksh|ugx|no|number|psalm|psalms|chapter|verse)|\baged? \d+\s*(?:to|and|or|-|–)|[$£€])\s*$/i;

/**
 * Numbers of a request that can identify its story: head counts of 11 or more ("37 workers", "640+
 * families", "2,700 churches"), as plain digits ('37', '640', '2700'), in order, each once. Ages, years,
 * dates, durations, sums of money and small counts ("two girls") are left out: many stories share them.
 */
export function identifyingNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const digits = match[1]!.replace(/,/g, '');
    const value = Number(digits);
    if (!Number.isFinite(value) || value < 11) continue;
    // A bare four-digit number from 1900 to 2100 is a year.
    if (!match[1]!.includes(',') && digits.length === 4 && value >= 1900 && value <= 2100) continue;
    const at = match.index!;
    const after = text.slice(at + match[0].length, at + match[0].length + 16);
    if (/^-year|^\s*-?\s*years?[ -]old/i.test(after) || NOT_COUNT_AFTER.test(after)) continue;
    if (NOT_COUNT_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (!found.includes(digits)) found.push(digits);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Outcomes: what a prayer asks for, what a praise reports. A praise answers a prayer of its story only when
// it reports an outcome the prayer asked for: a prayer for a murder trial is not answered by the news that
// another charge was dropped.

export type Outcome = 'verdict' | 'rescue' | 'papers' | 'completion' | 'agreement' | 'hiring' | 'release';

const ASKS: readonly (readonly [Outcome, RegExp])[] = [
  [
    'verdict',
    /\b(?:trials?|verdicts?|convictions?|convict|hearings?|court|case against|prosecution|prosecutors?|complaint|justice|accountable|sentencing|judge)\b/i,
  ],
  [
    'rescue',
    /\b(?:rescue|find|locate|search(?:es|ing)? for|trace|(?:is|are|be|been) found|when (?:she|he|they) (?:is|are) found)\b/i,
  ],
  [
    'papers',
    /\b(?:certificates?|papers|legal status|nationality|citizenship|identity (?:cards?|documents?)|birth records|land titles?|title deeds?)\b/i,
  ],
  ['completion', /\b(?:finish(?:es|ing)?|complet(?:e|es|ing)|graduat(?:e|es|ing))\b/i],
  ['agreement', /\b(?:agreements?|renewal|renew|memorandum)\b/i],
  [
    'hiring',
    /\b(?:open positions?|positions? (?:open|to fill)|vacanc(?:y|ies)|recruit(?:ing|ment)?|search for an? (?:new )?\w+|hire|hiring|candidates?)\b/i,
  ],
  [
    'release',
    /\b(?:acquit(?:tal|ted)?|charges? (?:against \w+ )?(?:be |to be )?(?:dropped|withdrawn)|released? from (?:prison|jail|custody|detention))\b/i,
  ],
];

const REPORTS: readonly (readonly [Outcome, RegExp])[] = [
  [
    'verdict',
    /\b(?:convicted|sentenced|(?:found|pleaded|pled) guilty|(?:has|have|court|magistrate|judge) ruled|ruled that|upheld|won (?:the|her|his|their) case)\b/i,
  ],
  [
    'rescue',
    /\b(?:rescued|freed|found (?:her|him|them|the \w+)|brought (?:her|him|them) out|(?:is|are) now safe|brought (?:\w+ ){0,4}to safety)\b/i,
  ],
  [
    'papers',
    /\b(?:issued|granted|received (?:\w+ ){0,3}(?:certificates?|papers|identity cards?|titles?|documents?)|(?:gave|returned|restored) (?:[\w'’]+ ){0,6}(?:land|plot|home|house|title|papers))\b/i,
  ],
  ['completion', /\b(?:completed|graduated|finished)\b/i],
  ['agreement', /\b(?:renewed|signed)\b/i],
  ['hiring', /\b(?:(?:have|has|were|was) (?:now )?been filled|filled|welcome|joined us|hired|appointed)\b/i],
  [
    'release',
    /\b(?:acquitted|withdrawn|dropped|thrown out|released from (?:prison|jail|custody|detention))\b/i,
  ],
];

/** The outcomes a prayer asks for; none for a prayer for courage or comfort alone. */
export function outcomesAsked(text: string): Set<Outcome> {
  return new Set(ASKS.filter(([, pattern]) => pattern.test(text)).map(([outcome]) => outcome));
}

/** The outcomes a praise reports. */
export function outcomesReported(text: string): Set<Outcome> {
  return new Set(REPORTS.filter(([, pattern]) => pattern.test(text)).map(([outcome]) => outcome));
}

// "Last year we asked you to pray for … Now the magistrate has ruled …": a praise report, whatever its first word.
const ASKED_BEFORE =
  /^[^.!?]{0,120}\b(?:(?:we|i) (?:have )?asked you to pray|asked for your prayers?|we (?:have )?sought your prayers?|thank you for (?:praying|your prayers))\b/i;

/** The request opens by recalling an earlier request for prayer and reports its outcome: praise. */
export function isPraiseReport(text: string): boolean {
  return ASKED_BEFORE.test(text) && outcomesReported(text).size > 0;
}
