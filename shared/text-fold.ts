// How a word is compared by search and highlighting: accents and case folded away, British spellings
// turned American. Pure and shared, so the main-process index and the renderer's highlighter agree on
// what counts as "the same word" ("Côte" = "cote", "Labour" = "labor").

/** A word of a text as written, with its place: [start, end) in UTF-16 code units. */
export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

// Words are runs of letters, digits and combining marks; everything else (spaces, punctuation, apostrophes,
// hyphens, emoji, Lunr's `: * ~ ^`) separates them. Splitting at apostrophes makes "d’Ivoire" and
// "d'Ivoire" the same words and "children’s" findable as "children" whatever quote mark a bulletin used.
// Combining marks are kept inside the word so a decomposed "Côte" stays one word until it is folded.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Plain printable ASCII needs no Unicode normalisation: most bulletin words take this fast path.
const NON_ASCII = /[^ -~\t\n\r]/;

// Letters NFD does not decompose but a reader types without the accent.
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_LETTERS = /[ßæœøłđðþı]/g;

/** The words of a text, in order, with their places in it; only the first `limit` if given. */
export function wordSpans(text: string, limit = Infinity): WordSpan[] {
  const spans: WordSpan[] = [];
  if (limit <= 0) return spans;
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
    if (spans.length >= limit) break;
  }
  return spans;
}

/** The words of a text, in order, as written. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case without accents: "Côte" → "cote", "İstanbul" → "istanbul", "Straße" → "strasse". */
export function foldCase(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Decompose first so the accent is a separate mark to drop; lower-case after, so "İ" does not become
  // "i" plus a stray dot.
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/** A word as search compares it: folded (see foldCase) and in American spelling. */
export function foldWord(word: string): string {
  return normalizeSpelling(foldCase(word));
}

// Lunr 2.3.9's English stop words, which the index leaves out: the highlighter leaves them out too, so
// the reading pane does not light up every "for" of "pray for Kenya". (A test checks the list is Lunr's.)
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a able about across after all almost also am among an and any are as at be because been but by can ' +
    'cannot could dear did do does either else ever every for from get got had has have he her hers him his ' +
    'how however i if in into is it its just least let like likely may me might most must my neither no nor ' +
    'not of off often on only or other our own rather said say says she should since so some than that the ' +
    'their them then there these they this tis to too twas us wants was we were what when where which while ' +
    'who whom why will with would yet you your'
  ).split(' '),
);

/** True for a folded word search ignores: "the", "for", "pray for" → only "pray" counts. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

// ---------------------------------------------------------------------------------------------------------
// British → American spelling, one lower-case word at a time. Applied to the index and to the query alike,
// so over-normalising is harmless but merging two different words is not: hence lists of roots and guarded
// suffix rules rather than blunt "-our → -or" or "-ise → -ize" (which would break "four", "praise",
// "promise", "exercise" …).

// A Map, not an object literal: "constructor" or "__proto__" typed by a user must not find Object's own.
const EXACT = new Map<string, string>();
function addForms(british: string, american: string, suffixes: readonly string[] = ['', 's']): void {
  for (const suffix of suffixes) EXACT.set(british + suffix, american + suffix);
}

for (const [british, american] of [
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['pretence', 'pretense'],
  ['judgement', 'judgment'],
  ['acknowledgement', 'acknowledgment'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['analogue', 'analog'],
  ['enquiry', 'inquiry'],
  ['tyre', 'tire'],
  ['kerb', 'curb'],
  ['cheque', 'check'],
  ['plough', 'plow'],
  ['mould', 'mold'],
  ['sceptic', 'skeptic'],
  ['foetus', 'fetus'],
  ['enrolment', 'enrollment'],
  ['fulfilment', 'fulfillment'],
  ['instalment', 'installment'],
] as const) {
  addForms(british, american);
}
addForms('enquir', 'inquir', ['e', 'ed', 'es', 'ing', 'ies']);
addForms('practis', 'practic', ['e', 'ed', 'es', 'ing']);
addForms('grey', 'gray', ['', 's', 'er', 'est', 'ish']);
addForms('mould', 'mold', ['ed', 'ing', 'y']);
addForms('sceptic', 'skeptic', ['al', 'ally', 'ism']);
addForms('enrol', 'enroll', ['', 's']);
addForms('fulfil', 'fulfill', ['', 's']);
addForms('instil', 'instill', ['', 's']);
for (const [british, american] of [
  ['ageing', 'aging'],
  ['jewellery', 'jewelry'],
  ['woollen', 'woolen'],
  ['skilful', 'skillful'],
  ['wilful', 'willful'],
  ['aluminium', 'aluminum'],
  ['draught', 'draft'],
  ['cosy', 'cozy'],
  ['gaol', 'jail'],
  ['pyjamas', 'pajamas'],
  ['speciality', 'specialty'],
  ['specialities', 'specialties'],
  ['mediaeval', 'medieval'],
  ['paediatric', 'pediatric'],
  ['paediatrician', 'pediatrician'],
  ['orthopaedic', 'orthopedic'],
  ['encyclopaedia', 'encyclopedia'],
  ['anaemia', 'anemia'],
  ['anaemic', 'anemic'],
  ['anaesthetic', 'anesthetic'],
  ['haemorrhage', 'hemorrhage'],
  ['diarrhoea', 'diarrhea'],
  ['oesophagus', 'esophagus'],
  ['worshipped', 'worshiped'],
  ['worshipping', 'worshiping'],
  ['worshipper', 'worshiper'],
  ['worshippers', 'worshipers'],
] as const) {
  EXACT.set(british, american);
}

// "-our" words: any word starting with one of these roots drops the "u" ("labourers" → "laborers",
// "honourable", "favourite", "neighbourhood"). Roots, not a suffix rule: "our", "four", "hour", "tour",
// "journey", "course", "devour" must stay as they are.
const OUR_ROOTS = [
  'arbour',
  'ardour',
  'armour',
  'behaviour',
  'candour',
  'clamour',
  'colour',
  'demeanour',
  'endeavour',
  'favour',
  'fervour',
  'flavour',
  'glamour',
  'harbour',
  'honour',
  'humour',
  'labour',
  'neighbour',
  'odour',
  'parlour',
  'rancour',
  'rigour',
  'rumour',
  'saviour',
  'savour',
  'splendour',
  'succour',
  'tumour',
  'valour',
  'vapour',
  'vigour',
];

// "-re" words and their forms: centre, centres, centred, centring → center, centers, centered, centering.
const RE_WORDS: readonly (readonly [string, string])[] = [
  ['centre', 'center'],
  ['epicentre', 'epicenter'],
  ['theatre', 'theater'],
  ['metre', 'meter'],
  ['kilometre', 'kilometer'],
  ['centimetre', 'centimeter'],
  ['millimetre', 'millimeter'],
  ['litre', 'liter'],
  ['fibre', 'fiber'],
  ['calibre', 'caliber'],
  ['spectre', 'specter'],
  ['sombre', 'somber'],
  ['meagre', 'meager'],
  ['lustre', 'luster'],
  ['sabre', 'saber'],
  ['sceptre', 'scepter'],
  ['manoeuvre', 'maneuver'],
];
for (const [british, american] of RE_WORDS) {
  const stem = british.slice(0, -1); // "centr"
  EXACT.set(stem + 'e', american);
  EXACT.set(stem + 'es', american + 's');
  EXACT.set(stem + 'ed', american + 'ed');
  EXACT.set(stem + 'ing', american + 'ing');
}

// Doubled "l" before a suffix: travelled, travelling, traveller, counsellor, marvellous → one "l".
// A list, because "called", "spelling", "compelled", "yelled" must keep theirs.
const LL_ROOTS = [
  'travel',
  'cancel',
  'counsel',
  'label',
  'model',
  'remodel',
  'fuel',
  'refuel',
  'signal',
  'channel',
  'level',
  'marvel',
  'tunnel',
  'quarrel',
  'total',
  'dial',
  'equal',
  'jewel',
  'rival',
  'shovel',
  'unravel',
  'funnel',
  'grovel',
  'panel',
  'pedal',
  'pencil',
  'duel',
  'barrel',
  'libel',
  'bevel',
  'chisel',
  'enamel',
  'marshal',
  'medal',
  'spiral',
  'stencil',
  'swivel',
  'towel',
  'gravel',
  'revel',
  'snorkel',
  'initial',
];
for (const root of LL_ROOTS) {
  for (const suffix of ['ed', 'ing', 'er', 'ers', 'or', 'ors', 'ous']) {
    EXACT.set(root + 'l' + suffix, root + suffix);
  }
}

// "-ise" verbs and their forms. The suffix is cut off, the verb rebuilt with "-ise", and the verb is
// changed only when a rule below says it is a British "-ize" verb.
const ISE_SUFFIXES: readonly (readonly [string, string])[] = [
  ['isational', 'izational'],
  ['isations', 'izations'],
  ['isation', 'ization'],
  ['isable', 'izable'],
  ['ising', 'izing'],
  ['isers', 'izers'],
  ['ised', 'ized'],
  ['iser', 'izer'],
  ['ises', 'izes'],
  ['ise', 'ize'],
];
const YSE_SUFFIXES: readonly (readonly [string, string])[] = [
  ['ysing', 'yzing'],
  ['ysers', 'yzers'],
  ['ysed', 'yzed'],
  ['yser', 'yzer'],
  ['yses', 'yzes'],
  ['yse', 'yze'],
];
// Words spelt "-ise" in American English too.
const ISE_KEEP = new Set([
  'advertise',
  'anise',
  'arise',
  'circumcise',
  'concise',
  'denise',
  'elise',
  'exercise',
  'excise',
  'exorcise',
  'incise',
  'precise',
  'treatise',
  'valise',
]);

function isBritishIseVerb(verb: string): boolean {
  if (verb.length < 6 || ISE_KEEP.has(verb)) return false;
  const before = verb.slice(-6, -3); // the three letters before "ise": "organise" → "gan"
  const last = before.slice(-1);
  const twoLast = before.slice(-2);
  switch (last) {
    case 'l': // realise, mobilise, specialise
    case 'n': // organise, recognise, harmonise
    case 's': // emphasise, synthesise
    case 'g': // apologise, energise
      return true;
    case 'r': // authorise, summarise, characterise, pressurise … but not (sun)rise, surprise, comprise
      return twoLast === 'ar' || twoLast === 'or' || twoLast === 'er' || twoLast === 'ur';
    case 'm': // minimise, optimise, customise … but not promise, compromise, premise, demise, surmise
      return twoLast === 'im' || (twoLast === 'om' && !verb.endsWith('promise'));
    case 't': // prioritise, dramatise, monetise, hypnotise … but not advertise, expertise, chastise
      return twoLast === 'at' || twoLast === 'it' || twoLast === 'et' || twoLast === 'ot';
    case 'd': // jeopardise, subsidise, methodise … but not paradise, merchandise
      return twoLast === 'rd' || twoLast === 'id' || twoLast === 'od';
    case 'c': // criticise, publicise, ostracise … but not precise, exercise, excise
      return twoLast === 'ic' || twoLast === 'ac';
    case 'v': // incentivise … but not advise, devise, revise, supervise, televise, improvise
      return twoLast === 'iv';
    default: // praise, raise, noise, cruise, disguise, otherwise, franchise, despise …
      return false;
  }
}

/**
 * British → American spelling of one folded (lower-case, unaccented) word; other words unchanged.
 * "labour" → "labor", "centre" → "center", "organisation" → "organization", "defence" → "defense",
 * "judgement" → "judgment", "travelled" → "traveled"; "praise", "promise", "exercise", "four" unchanged.
 */
export function normalizeSpelling(word: string): string {
  const exact = EXACT.get(word);
  if (exact !== undefined) return exact;
  if (word.length < 5) return word;
  for (const root of OUR_ROOTS) {
    if (word.startsWith(root)) return root.slice(0, -2) + 'r' + word.slice(root.length);
  }
  for (const [british, american] of RE_WORDS) {
    // Compounds such as "centrepiece"; the plain forms are in EXACT.
    if (word.length > british.length && word.startsWith(british)) {
      return american + word.slice(british.length);
    }
  }
  for (const [suffix, replacement] of ISE_SUFFIXES) {
    if (word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      return isBritishIseVerb(base + 'ise') ? base + replacement : word;
    }
  }
  for (const [suffix, replacement] of YSE_SUFFIXES) {
    // analyse, paralyse, catalyse: no American word ends in "-lyse".
    if (word.endsWith(suffix) && word.slice(0, -suffix.length).endsWith('l')) {
      return word.slice(0, -suffix.length) + replacement;
    }
  }
  return word;
}
