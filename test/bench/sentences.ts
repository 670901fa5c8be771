// Writes the paragraphs of synthetic bulletin items: an opening that sets the item's kind (praise, prayer or
// neither), then sentences until the item reaches its word count. Domain sentences keep the text looking like
// a real bulletin; filler sentences draw words by Zipf rank so the whole archive has a natural frequency spread.
import type { Kind } from '../../shared/model';
import type { Rng } from './prng';
import { ZipfPicker } from './prng';
import type { Place } from './world';
import { PLACES } from './world';
import {
  ADJECTIVES,
  ADVERBS,
  DOMAIN_TERMS,
  DOUBLING_VERBS,
  GIVEN_NAMES,
  IRREGULAR_PAST,
  IRREGULAR_PLURALS,
  MASS_NOUNS,
  MONTHS,
  NOUNS,
  NUMBER_WORDS,
  PERSON_PHRASES,
  SUBJECT_PHRASES,
  PREPOSITIONS,
  RARE_WORDS,
  VERBS,
} from './word-lists';

/** What one item is being written about; sentences add the countries and pseudonyms they mention. */
export interface ItemContext {
  rng: Rng;
  place: Place;
  countries: Set<string>;
  pseudonyms: string[];
}

const nouns = new ZipfPicker(NOUNS);
const massNouns = new ZipfPicker(MASS_NOUNS);
const verbs = new ZipfPicker(VERBS);
const adjectives = new ZipfPicker(ADJECTIVES);
const adverbs = new ZipfPicker(ADVERBS);
const prepositions = new ZipfPicker(PREPOSITIONS, 1.2, 1);
const rareWords = new ZipfPicker(RARE_WORDS, 0.8, 10);
const domainTerms = new ZipfPicker(DOMAIN_TERMS, 1, 4);
const names = new ZipfPicker(GIVEN_NAMES, 0.6, 5);
/** How often a noun slot gets a word from the rare tail instead. */
const RARE_RATE = 0.012;

const VICTIMS = [
  'children',
  'girls',
  'women',
  'families',
  'laborers',
  'workers',
  'survivors',
  'teenagers',
  'boys',
];
const OFFENDERS = [
  'traffickers',
  'perpetrators',
  'men',
  'brothel owners',
  'kiln owners',
  'recruiters',
  'suspects',
];
const CRIMES = [
  'sex trafficking',
  'labor trafficking',
  'bonded labor',
  'sexual violence',
  'property grabbing',
  'online sexual exploitation of children',
  'forced labor',
  'child sexual abuse',
  'police abuse of power',
];
const WORKPLACES = [
  'a brick kiln',
  'a rice mill',
  'a stone quarry',
  'a fishing vessel',
  'a brothel',
  'a private apartment',
  'a sugarcane farm',
  'a garment workshop',
  'a karaoke bar',
  'a granite quarry',
];
const ROLES = [
  'social workers',
  'public prosecutors',
  'investigators',
  'lawyers',
  'aftercare staff',
  'police officers',
  'labor officers',
  'judges',
  'church partners',
  'community leaders',
  'government officials',
];
const COURTS = ['court', 'district court', 'high court', 'judge', 'magistrate', 'trial court'];

/** A target word count between 60 and 120, most often 75–100 words, like the real items (the last sentence
 * may run a little past it). */
export function itemLength(rng: Rng): number {
  const bell = (rng.float() + rng.float() + rng.float()) / 3;
  return Math.round(60 + bell * 60);
}

export function plural(noun: string): string {
  const words = noun.split(' ');
  const last = words.pop() as string;
  const irregular = IRREGULAR_PLURALS[last];
  let out: string;
  if (irregular) out = irregular;
  else if (/[^aeiou]y$/.test(last)) out = `${last.slice(0, -1)}ies`;
  else if (/(s|x|z|ch|sh)$/.test(last)) out = `${last}es`;
  else out = `${last}s`;
  return [...words, out].join(' ');
}

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

export function inflect(verb: string, form: VerbForm): string {
  if (form === 'base') return verb;
  if (form === 's') return plural(verb);
  // "traffic" keeps its hard c: trafficked, trafficking.
  const stem = verb.endsWith('ic') ? `${verb}k` : DOUBLING_VERBS.has(verb) ? verb + verb.slice(-1) : verb;
  if (form === 'ed') {
    const irregular = IRREGULAR_PAST[verb];
    if (irregular) return irregular;
    if (stem.endsWith('e')) return `${stem}d`;
    if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
    return `${stem}ed`;
  }
  if (stem.endsWith('ie')) return `${stem.slice(0, -2)}ying`;
  if (/[^e]e$/.test(stem) && stem.length > 2) return `${stem.slice(0, -1)}ing`;
  return `${stem}ing`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function otherPlaceInRegion(ctx: ItemContext): Place {
  const candidates = PLACES.filter((p) => p.region === ctx.place.region && p !== ctx.place);
  return candidates.length > 0 ? ctx.rng.pick(candidates) : ctx.place;
}

function pseudonym(ctx: ItemContext): string {
  const name = names.pick(ctx.rng);
  // Most bulletins star the names they changed; some name people plainly (staff, officials).
  if (ctx.rng.chance(0.8)) {
    if (!ctx.pseudonyms.includes(name)) ctx.pseudonyms.push(name);
    return `${name}*`;
  }
  return name;
}

function noun(ctx: ItemContext): string {
  return ctx.rng.chance(RARE_RATE) ? rareWords.pick(ctx.rng) : nouns.pick(ctx.rng);
}

/** A count of people: mostly small, written out; now and then a larger figure in digits. */
function number(ctx: ItemContext): string {
  return ctx.rng.chance(0.65)
    ? ctx.rng.pick(NUMBER_WORDS)
    : String(ctx.rng.int(13, ctx.rng.chance(0.8) ? 60 : 320));
}

/** One slot of a template. Upper-case slot names capitalise their word. */
function slot(name: string, ctx: ItemContext): string {
  const { rng } = ctx;
  switch (name.toLowerCase()) {
    case 'noun':
      return noun(ctx);
    case 'nouns':
      return plural(noun(ctx));
    case 'mass':
      return massNouns.pick(rng);
    case 'adj':
      return adjectives.pick(rng);
    case 'adv':
      return adverbs.pick(rng);
    case 'verb':
      return verbs.pick(rng);
    case 'verbs':
      return inflect(verbs.pick(rng), 's');
    case 'verbed':
      return inflect(verbs.pick(rng), 'ed');
    case 'verbing':
      return inflect(verbs.pick(rng), 'ing');
    case 'prep':
      return prepositions.pick(rng);
    case 'rare':
      return rareWords.pick(rng);
    case 'term':
      return domainTerms.pick(rng);
    case 'place':
      ctx.countries.add(ctx.place.country);
      return ctx.place.inText;
    case 'other': {
      const other = otherPlaceInRegion(ctx);
      ctx.countries.add(other.country);
      return other.inText;
    }
    case 'city':
      ctx.countries.add(ctx.place.country);
      return rng.pick(ctx.place.cities);
    case 'demonym':
      ctx.countries.add(ctx.place.country);
      return rng.pick(ctx.place.demonyms);
    case 'name':
      return pseudonym(ctx);
    case 'person':
      return rng.pick(PERSON_PHRASES).replace('{name}', pseudonym(ctx));
    case 'subject':
      return rng.pick(SUBJECT_PHRASES).replace('{name}', pseudonym(ctx));
    case 'few':
      return rng.chance(0.7) ? rng.pick(NUMBER_WORDS.slice(0, 8)) : String(rng.int(2, 14));
    case 'num':
      return number(ctx);
    case 'big':
      return rng.pick(['1,000', '2,700+', '850+', '3,200', '12,000', '400+', '1,150', '60,000']);
    case 'money':
      return rng.pick(['$1,400', '$250', '$3,000', '$90', '$12,500']);
    case 'month':
      return rng.pick(MONTHS);
    case 'victims':
      return rng.pick(VICTIMS);
    case 'offenders':
      return rng.pick(OFFENDERS);
    case 'crime':
      return rng.pick(CRIMES);
    case 'workplace':
      return rng.pick(WORKPLACES);
    case 'role':
      return rng.pick(ROLES);
    case 'court':
      return rng.pick(COURTS);
    default:
      throw new Error(`unknown template slot {${name}}`);
  }
}

export function fill(template: string, ctx: ItemContext): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const word = slot(name, ctx);
    return name.charAt(0) === name.charAt(0).toUpperCase() ? capitalize(word) : word;
  });
}

/** Things worth praising: completes "Praise God for …". */
const PRAISE_OBJECTS = [
  '{num} {victims} who are now free from {crime} in {place}',
  'a conviction in {place} against {num} {offenders} who exploited {victims} in {workplace}',
  'the release of {person} from {workplace} near {city}',
  'a {court} in {city} that ruled in favor of {person} after {few} years of delays',
  'the {big} churches that took part in Freedom Sunday this year',
  '{num} survivors who graduated from our aftercare program in {place}',
  'new {role} in {city} who completed training on trauma-informed care',
  'the faithfulness of our {demonym} team through a hard season',
  'a rescue operation in {city} that brought {num} {victims} to safety',
  'the {demonym} {role} who stood with survivors during a long trial',
];

/** Things to pray for: completes "Pray for …". */
const PRAYER_OBJECTS = [
  'our team in {city} as they prepare for a difficult trial next {month}',
  '{person}, who must testify against the {offenders} who held her in {workplace}',
  'the {num} {victims} rescued last week from {workplace} in {place}',
  '{demonym} {role} as they take on cases of {crime}',
  'wisdom for our lawyers as they build a case against {num} {offenders}',
  'the families in {place} who are still waiting for their release certificates',
  'safety for our investigators as they follow leads in {city}',
  'the health and healing of {person}',
  'the new case management system being rolled out with the government of {place}',
  'favor with {demonym} authorities as we seek access to {workplace} near {city}',
];

/** Whole clauses: complete "Pray that …", "We thank God that …" or stand alone. */
const EVENT_CLAUSES = [
  'our team in {city} worked with {demonym} police to bring {num} {victims} out of {workplace}',
  'a {court} in {city} convicted {num} {offenders} of {crime}',
  '{person} received compensation after {few} years in bonded labor',
  '{demonym} {role} arrested a suspect in a case of {crime}',
  'the government of {place} agreed to expand its anti-trafficking unit',
  '{num} {victims} from {place} were reunited with their families',
  'the trial against a man accused of {crime} in {city} finally moved forward',
];

const NEUTRAL_SENTENCES = [
  'Our team in {city} has been working on this case for {few} months.',
  'The {offenders} had promised good jobs, but when the {victims} arrived their phones and passports were taken.',
  '{Subject} told our social workers about the {few} years spent away from home.',
  'Police in {city} acted quickly on the tip, and {few} suspects were arrested at the scene.',
  'Many of the {victims} owed small debts, some as little as {money}, that the owner used to keep them working.',
  'The case has been delayed {few} times, and each hearing means a long journey for the survivors.',
  'Some of the {victims} had been brought across the border from {other}.',
  'This is the first conviction for {crime} in {place} under the new law.',
  'Our aftercare staff are helping each family find safe housing, schooling and steady work.',
  'The {court} will hear the defense arguments in {month}.',
  '{Demonym} {role} have now handled more than {big} cases with this new approach.',
  'The survivors are receiving counseling, and several have started small businesses.',
  'These networks move {victims} often and change phones to avoid the police.',
  '"I never thought this day would come," {name} said after the verdict.',
  'Since the operation, {num} more {victims} have come forward to ask for help.',
  'Investigators believe the same network has been recruiting in {other} as well.',
  'Local churches in {city} have offered to walk alongside the families for the coming year.',
  'The owner of {workplace} has been charged and remains in custody.',
  'Our lawyers are asking for a stronger sentence on appeal.',
  'The {num} {victims} are safe now, but the road to recovery will be long.',
  'The hearing was moved to {month} because the defense lawyer did not appear.',
  'Her mother walked for two days to reach the shelter in {city}.',
  'Several of the men had worked there since they were boys, paid in rice and a little cash.',
  'A new prosecutor has been assigned, and she has already read the whole file.',
  'The village elders have asked for training so they can spot recruiters sooner.',
  'Rains have made the roads to the district headquarters hard to travel this month.',
  'Two of the girls are back in school and preparing for exams.',
  'The accused is out on bail and has been seen near the family home.',
  'Our staff visited each household twice in {month} to check on their safety.',
  'The new law took effect last year, but few officers have been trained to use it.',
  'Neighbors who once stayed silent are now willing to give statements.',
  'A regional workshop brought together {num} magistrates from across {place}.',
  'The mill owner denies the charges and has hired a well-known lawyer.',
  'Many of the workers had never seen the written terms of their loans.',
  'The youngest was only seven when she was first sold.',
];

const PRAYER_SENTENCES = [
  'Pray for strength and courage for {person} as she prepares to testify.',
  'Pray that the {court} would see the truth and rule justly.',
  'Ask God to protect the {victims} who are still being held.',
  'Pray for wisdom for our {role} as they plan the next steps.',
  'Please pray that every survivor would know that they are loved and not alone.',
  'Pray that {demonym} authorities would continue to prioritize cases of {crime}.',
  'Pray also for the {offenders}, that they would turn from what they have done.',
  'Continue to pray for the families in {place} as they rebuild their lives.',
];

const PRAISE_SENTENCES = [
  'Praise God for this sign of a justice system that is starting to work for the poor.',
  'Thank God for the courage of every survivor who spoke up.',
  'We are grateful for the {role} who made this possible.',
  'Praise God for the protection of our staff throughout the operation.',
];

/** Sentences built from Zipf-drawn words: grammatical enough, and they give the vocabulary its long tail. */
const FILLER_SENTENCES = [
  'The {adj} {noun} {verbed} {adv} {prep} the {nouns}.',
  '{Role} {verbed} the {noun} {prep} {city}, and the {nouns} {verbed} {adv}.',
  'This {noun} {verbs} {adj} {mass} {prep} {nouns} and {nouns}.',
  'Many {nouns} {verb} {prep} {adj} {mass}, {adv} {prep} the {noun}.',
  'We {verbed} {num} {adj} {nouns} {prep} {place} {prep} the {noun} of the {noun}.',
  '{Name} {verbed} that the {noun} was {adj} and {adj}.',
  'Their {noun} {verbed} {adv} {prep} {adj} {nouns}.',
  '{Adv}, the {noun} {verbs} {prep} {mass} and {mass}.',
  'The {nouns} {prep} {city} are {verbing} the {adj} {noun}.',
  'Each {noun} needs {mass}, {mass} and a {adj} {noun}.',
  'Our {nouns} {verbed} {prep} {term} and {verbed} the {nouns}.',
  'The {noun} of {term} {verbs} {adj} {nouns} {prep} {place}.',
];

/** Items that are neither praise nor prayer, such as updates; they avoid the words that would mark a kind. */
const INFO_OPENINGS = [
  'Last {month}, our team in {city} began a new training course with {demonym} {role}.',
  "IJM's office in {place} now works in {num} districts.",
  '{Demonym} {role} have taken on {num} new cases of {crime} this year.',
  'The government of {place} has adopted new rules on {crime}.',
];

function openingFor(kind: Kind, ctx: ItemContext): string {
  const { rng } = ctx;
  if (kind === 'info') return fill(rng.pick(INFO_OPENINGS), ctx);
  if (kind === 'praise') {
    const object = (): string => fill(rng.pick(PRAISE_OBJECTS), ctx);
    const clause = (): string => fill(rng.pick(EVENT_CLAUSES), ctx);
    return rng.weighted<() => string>([
      [() => `Praise God for ${object()}!`, 5],
      [() => `Praise God for ${object()}.`, 4],
      [() => `We thank God that ${clause()}.`, 2],
      [() => `Thank God for ${object()}.`, 2],
      [() => `Rejoice with us: ${clause()}!`, 1],
      [() => `Give thanks for ${object()}.`, 1],
      [() => `Please join us in praising God for ${object()}.`, 1],
      [() => `Please join us in celebrating ${object()}.`, 1],
    ])();
  }
  const object = (): string => fill(rng.pick(PRAYER_OBJECTS), ctx);
  const clause = (): string => fill(rng.pick(EVENT_CLAUSES), ctx);
  return rng.weighted<() => string>([
    [() => `Pray for ${object()}.`, 6],
    [() => `Please pray for ${object()}.`, 4],
    [() => `Pray for what comes next, now that ${clause()}.`, 1],
    [() => `Ask God to give strength to ${object()}.`, 1],
    [() => `Continue to pray for ${object()}.`, 2],
    [() => `We ask you to pray for ${object()}.`, 1],
  ])();
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** Sentences that follow the opening, chosen to suit the kind; a template is used once per item. */
function nextSentence(kind: Kind, ctx: ItemContext, used: Set<string>): string {
  const { rng } = ctx;
  let template = '';
  for (let attempt = 0; attempt < 8; attempt++) {
    const pool = rng.weighted<readonly string[]>([
      [NEUTRAL_SENTENCES, 4],
      [FILLER_SENTENCES, 6],
      [PRAYER_SENTENCES, kind === 'info' ? 0 : 2],
      [PRAISE_SENTENCES, kind === 'praise' ? 2 : 0],
    ]);
    template = rng.pick(pool);
    // Filler templates draw fresh words each time, so only fixed sentences must not repeat.
    if (pool === FILLER_SENTENCES || !used.has(template)) break;
  }
  used.add(template);
  return fill(template, ctx);
}

/** The sentences of one item, its first sentence deciding the kind; roughly `targetWords` long. */
export function writeItemSentences(
  kind: Kind,
  targetWords: number,
  ctx: ItemContext,
  opening = openingFor(kind, ctx),
): string[] {
  const sentences = [opening];
  const used = new Set<string>();
  let total = countWords(sentences[0] as string);
  while (total < targetWords) {
    const sentence = nextSentence(kind, ctx, used);
    sentences.push(sentence);
    total += countWords(sentence);
  }
  return sentences;
}

/** Items under the global heading: churches, advocates and staff rather than cases. */
const GLOBAL_PRAISE = [
  'Praise God for the {big} churches that joined Freedom Sunday this year!',
  'Please join us in praising God for {big} advocates who wrote to their elected officials in {place}.',
  'Thank God for the generosity of supporters in {city}, who gave {money} each on average this spring.',
];
const GLOBAL_PRAYER = [
  'Pray for our global office as we recruit a new director of {noun} partnerships.',
  'Please pray for {demonym} advocates asking lawmakers to keep funding the fight against slavery.',
  'Pray for the pastors preparing sermons for Freedom Sunday, that their words would stir hearts.',
  'Pray for our staff in {city} who support the field offices with training and research.',
];

export function globalOpening(kind: Kind, ctx: ItemContext): string {
  return fill(ctx.rng.pick(kind === 'praise' ? GLOBAL_PRAISE : GLOBAL_PRAYER), ctx);
}
