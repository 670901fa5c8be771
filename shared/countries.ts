// The gazetteer: which words in a bulletin name a country, and which world region that country is in.
// Pure data plus lookups (no Node, no DOM) so the parser and the renderer read the same list.
//
// The countries, their names, official names, other spellings, demonyms, capitals and UN regions come from
// the `world-countries` package (through shared/world-countries-data.ts, which scripts/build-gazetteer.ts
// writes from it). This file adds only what the package cannot know:
// - which world region of the app each UN subregion belongs to (REGION_OF_SUBREGION, and the few countries
//   missions file elsewhere: Iran with the Middle East, Mexico with Latin America);
// - the cities, provinces and spellings bulletins use that the package does not list (BULLETIN_NAMES);
// - words of the package that in a letter are mostly something else (NOT_PLACES): first names (Jordan,
//   Chad, Sofia, Victoria), a U.S. state (Georgia), the bird (Turkey), languages (French, Spanish), cities
//   several countries share (Kingston, Santiago, Tripoli), a Bible city (Jerusalem). Written in capitals
//   ("JORDAN", "TURKEY 12") a first name or a bird is unlikely, so SHOUTED_NAMES still finds those in a
//   diary's labels.
import type { Region } from './model';
import { WORLD_COUNTRIES, type WorldCountry } from './world-countries-data';

export interface Country {
  /** English short name, as stored in Item.countries. */
  name: string;
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  /** The world region the country is filed under. */
  region: Region;
  /** Other names and spellings, matched like the name (whole words, capital first letter). */
  names?: readonly string[];
  /** Words for its people or things ('Kenyan', 'Thai'); a plural in -s is matched too. */
  demonyms?: readonly string[];
  /** Cities, provinces and other places inside it that bulletins name. */
  places?: readonly string[];
  /** Short forms matched with exact case only ('U.S.', 'DRC'), so 'us' or 'uk' in a sentence never match. */
  abbreviations?: readonly string[];
}

/** The app's world region of each UN geoscheme subregion (as the package names them). */
const REGION_OF_SUBREGION: Readonly<Record<string, Region>> = {
  'Northern Africa': 'Middle East & North Africa',
  'Western Asia': 'Middle East & North Africa',
  'Eastern Africa': 'Africa',
  'Middle Africa': 'Africa',
  'Southern Africa': 'Africa',
  'Western Africa': 'Africa',
  'Central Asia': 'Central Asia',
  'Southern Asia': 'South Asia',
  'Eastern Asia': 'East Asia',
  'South-Eastern Asia': 'Southeast Asia & Pacific',
  Caribbean: 'Latin America & Caribbean',
  'Central America': 'Latin America & Caribbean',
  'South America': 'Latin America & Caribbean',
  'North America': 'North America',
};
const REGION_OF_UN_REGION: Readonly<Record<string, Region>> = {
  Europe: 'Europe',
  Oceania: 'Southeast Asia & Pacific',
};

/** Countries missions file elsewhere than their UN subregion says, by ISO code. */
const REGION_OVERRIDES: Readonly<Record<string, Region>> = {
  IRN: 'Middle East & North Africa', // UN: Southern Asia
  MEX: 'Latin America & Caribbean', // UN: North America
  SDN: 'Africa', // UN: Northern Africa; prayed for with South Sudan and the Sahel
  CYP: 'Europe', // UN: Western Asia
  ARM: 'Central Asia', // the Caucasus (UN: Western Asia), grouped with Central Asia by missions
  AZE: 'Central Asia',
  GEO: 'Central Asia',
};

function worldRegion(c: WorldCountry): Region {
  return (
    REGION_OVERRIDES[c.code] ?? REGION_OF_SUBREGION[c.subregion] ?? REGION_OF_UN_REGION[c.region] ?? 'Other'
  );
}

/** English short names that differ from the package's, by ISO code (as earlier versions stored them). */
const DISPLAY_NAMES: Readonly<Record<string, string>> = { CIV: "Côte d'Ivoire" };

type Extra = Pick<Country, 'names' | 'demonyms' | 'places' | 'abbreviations'>;

/**
 * What bulletins call a country that the package does not list: cities and provinces, old names, common
 * misspellings, exact-case abbreviations. Matched before the package's words, so a word two countries share
 * ('Dominican', 'American', 'Dutch', 'Congo') goes to the one bulletins mean.
 */
const BULLETIN_NAMES: Readonly<Record<string, Extra>> = {
  KEN: { places: ['Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Kibera'] }, // Kenya
  UGA: { places: ['Gulu', 'Mbale', 'Mukono', 'Wakiso', 'Entebbe'] }, // Uganda
  GHA: { places: ['Kumasi', 'Lake Volta', 'Tamale', 'Takoradi'] }, // Ghana
  ZMB: { places: ['Ndola', 'Kitwe', 'Chipata'] }, // Zambia
  RWA: { places: ['Huye', 'Butare'] }, // Rwanda
  TZA: { places: ['Dar es Salaam', 'Arusha', 'Mwanza', 'Zanzibar'] }, // Tanzania
  MWI: { places: ['Blantyre'] }, // Malawi
  COD: {
    names: ['Congo', 'Zaire'],
    demonyms: ['Congolese'],
    places: ['Goma', 'Bukavu', 'Lubumbashi', 'South Kivu', 'North Kivu', 'Kivu'],
    abbreviations: ['DRC', 'D.R.C.'],
  }, // DR Congo
  COG: { names: ['Republic of Congo', 'Congo Brazzaville'] }, // Republic of the Congo
  CIV: { places: ['Abidjan', 'Bouaké', 'Bouake'] }, // Ivory Coast
  NGA: { places: ['Lagos', 'Niger Delta'] }, // Nigeria
  ZAF: { places: ['Johannesburg', 'Durban'] }, // South Africa
  ZWE: { places: ['Bulawayo'] }, // Zimbabwe
  BDI: { places: ['Bujumbura'] }, // Burundi
  SDN: { places: ['Darfur'] }, // Sudan
  CMR: { places: ['Douala'] }, // Cameroon
  BEN: { places: ['Cotonou'] }, // Benin
  GNB: { names: ['Guinea Bissau'] }, // Guinea-Bissau
  GMB: { names: ['The Gambia'] }, // Gambia
  MAR: { places: ['Casablanca'] }, // Morocco
  ROU: { places: ['Cluj-Napoca', 'Cluj', 'Timișoara', 'Iași', 'Iasi'] }, // Romania
  MDA: { places: ['Bălți', 'Balti'] }, // Moldova
  UKR: { places: ['Kiev', 'Kharkiv', 'Lviv', 'Odesa', 'Odessa', 'Dnipro'] }, // Ukraine
  BGR: { places: ['Plovdiv', 'Varna'] }, // Bulgaria
  POL: { places: ['Krakow', 'Kraków'] }, // Poland
  ITA: { places: ['Milan'] }, // Italy
  ESP: { places: ['Barcelona'] }, // Spain
  CHE: { places: ['Geneva', 'Zurich', 'Zürich'] }, // Switzerland
  BIH: { names: ['Bosnia'] }, // Bosnia and Herzegovina
  GTM: { places: ['Quetzaltenango', 'Escuintla', 'Huehuetenango', 'Coatepeque'] }, // Guatemala
  DOM: { demonyms: ['Dominican'], places: ['Santiago de los Caballeros', 'Puerto Plata'] }, // Dominican Republic
  HND: { places: ['San Pedro Sula'] }, // Honduras
  SLV: { demonyms: ['Salvadorian'] }, // El Salvador
  MEX: { places: ['Tijuana', 'Guadalajara', 'Monterrey'] }, // Mexico
  PER: { places: ['Arequipa', 'Cusco'] }, // Peru
  BOL: { places: ['La Paz', 'Cochabamba', 'El Alto', 'Santa Cruz de la Sierra', 'Santa Cruz'] }, // Bolivia
  ECU: { demonyms: ['Ecuadorian'], places: ['Guayaquil'] }, // Ecuador
  COL: { places: ['Medellín', 'Medellin'] }, // Colombia
  VEN: { places: ['Maracaibo'] }, // Venezuela
  BRA: { places: ['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Recife'] }, // Brazil
  ARG: { demonyms: ['Argentinian'] }, // Argentina
  TTO: { names: ['Trinidad'] }, // Trinidad and Tobago
  IND: {
    demonyms: ['Indian'],
    places: [
      'Mumbai',
      'Bombay',
      'Delhi',
      'Kolkata',
      'Calcutta',
      'Chennai',
      'Madras',
      'Bangalore',
      'Bengaluru',
      'Hyderabad',
      'Pune',
      'Lucknow',
      'Patna',
      'Ahmedabad',
      'Tamil Nadu',
      'Karnataka',
      'Andhra Pradesh',
      'Telangana',
      'Uttar Pradesh',
      'Odisha',
      'Orissa',
      'Bihar',
      'West Bengal',
      'Kerala',
      'Maharashtra',
      'Goa',
    ],
  }, // India
  NPL: { demonyms: ['Nepali'], places: ['Pokhara'] }, // Nepal
  BGD: { places: ['Chittagong', 'Khulna', 'Sylhet'] }, // Bangladesh
  PAK: { places: ['Lahore', 'Karachi'] }, // Pakistan
  THA: { places: ['Chiang Mai', 'Chiang Rai', 'Pattaya', 'Phuket', 'Songkhla'] }, // Thailand
  PHL: {
    names: ['Phillipines', 'Philipines', 'Phillippines'],
    demonyms: ['Filipina', 'Philippine'],
    places: [
      'Metro Manila',
      'Quezon City',
      'Cebu',
      'Davao',
      'Pampanga',
      'Angeles City',
      'Cagayan de Oro',
      'Mindanao',
      'Luzon',
      'Visayas',
      'Iloilo',
    ],
  }, // Philippines
  KHM: { demonyms: ['Khmer'], places: ['Siem Reap', 'Sihanoukville', 'Battambang'] }, // Cambodia
  VNM: { places: ['Ho Chi Minh City', 'Saigon'] }, // Vietnam
  MMR: { places: ['Yangon', 'Rangoon', 'Mandalay'] }, // Myanmar
  IDN: { places: ['Medan', 'Bali'] }, // Indonesia
  MYS: { places: ['Penang'] }, // Malaysia
  CHN: { places: ['Shanghai'] }, // China
  PNG: { names: ['New Guinea'] }, // Papua New Guinea
  NZL: { places: ['Auckland'] }, // New Zealand
  USA: {
    names: ['America'],
    demonyms: ['American'],
    places: [
      'New York',
      'New York City',
      'Los Angeles',
      'Chicago',
      'Atlanta',
      'Dallas',
      'Minneapolis',
      'New Mexico',
      'New England',
      'Capitol Hill',
    ],
    abbreviations: ['U.S.', 'U.S.A.', 'USA', 'US', 'Washington, D.C.', 'Washington D.C.', 'Washington DC'],
  }, // United States
  GBR: {
    names: ['Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
    places: ['Edinburgh', 'Birmingham'],
    abbreviations: ['U.K.', 'UK'],
  }, // United Kingdom
  CAN: { places: ['Toronto', 'Vancouver', 'Montreal'] }, // Canada
  AUS: { places: ['Sydney', 'Melbourne', 'Brisbane', 'New South Wales'] }, // Australia
  DEU: { places: ['Munich', 'Hamburg', 'Frankfurt'] }, // Germany
  NLD: { demonyms: ['Dutch'], places: ['Hague', 'Rotterdam', 'Utrecht'] }, // Netherlands
  ARE: { places: ['Dubai'], abbreviations: ['UAE', 'U.A.E.'] }, // United Arab Emirates
  TUR: { places: ['Istanbul'] }, // Türkiye
  SAU: { demonyms: ['Saudi'] }, // Saudi Arabia
  IRN: { names: ['Persia'] }, // Iran
  TWN: { names: ['Formosa'] }, // Taiwan
  KGZ: { demonyms: ['Kyrgyz'] }, // Kyrgyzstan
  TJK: { demonyms: ['Tajik'] }, // Tajikistan
  UZB: { demonyms: ['Uzbek'] }, // Uzbekistan
  KAZ: { demonyms: ['Kazakh'] }, // Kazakhstan
  MDV: { demonyms: ['Maldivian'] }, // Maldives
  JOR: { places: ['Amman'] }, // Jordan
  PSE: { places: ['Gaza', 'West Bank', 'Bethlehem'] }, // Palestine
  ISR: { places: ['Tel Aviv'] }, // Israel
  LBN: { places: ['Beirut'] }, // Lebanon
  SYR: { places: ['Aleppo', 'Idlib'] }, // Syria
  IRQ: { places: ['Mosul', 'Erbil', 'Kurdistan'] }, // Iraq
  EGY: { places: ['Alexandria', 'Minya'] }, // Egypt
  ETH: { places: ['Tigray', 'Amhara'] }, // Ethiopia
  KOR: { places: ['Busan'] }, // South Korea
  PRK: { places: ['Pyongyang'] }, // North Korea
};

/** Folds a phrase for lookups: no accents, lower case, one kind of apostrophe, hyphens as spaces. */
export function countryKey(phrase: string): string {
  // Most words are plain ASCII: lower-casing is all they need.
  if (/^[A-Za-z]+$/.test(phrase)) return phrase.toLowerCase();
  return phrase
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/**
 * Words the package gives a country that in a letter are mostly something else (see the top of the file).
 * Folded with countryKey.
 */
const NOT_PLACES = new Set(
  [
    'Georgia',
    'Georgian',
    'Jordan',
    'Chad',
    'Turkey',
    'Sofia',
    'Victoria',
    'City of Victoria',
    'Hamilton',
    'Douglas',
    'Stanley',
    'Kingston',
    'Jamestown',
    'Georgetown',
    'George Town',
    'Plymouth',
    'Santiago',
    'San José',
    'San Juan',
    "Saint John's",
    'Tripoli',
    'Jerusalem',
    'Moroni',
    'Malé',
    'The Valley',
    'The Bottom',
    'West Island',
    'Diego Garcia',
    'Island',
    'Mann',
    'Reunion',
    'Respublika',
    'Saint-Denis',
    'French',
    'Spanish',
    'Portuguese',
    'Polish',
    'Turkish',
    'English',
    'Channel Islander',
    'Virgin Islander',
  ].map(countryKey),
);

/**
 * Country names that are also first names or everyday words: found only when written in capitals, as in a
 * diary's "JORDAN" or "TURKEY 12". By ISO code.
 */
const SHOUTED_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Jordan', 'JOR'],
  ['Chad', 'TCD'],
  ['Georgia', 'GEO'],
  ['Turkey', 'TUR'],
];

/** A name worth matching in running text: no inverted forms ('Korea, Republic of'), no dots, not NOT_PLACES. */
function usable(name: string): boolean {
  return !/[,.()]/.test(name) && !NOT_PLACES.has(countryKey(name));
}

const distinct = <T>(value: T, index: number, all: readonly T[]): boolean => all.indexOf(value) === index;

function buildCountries(): Country[] {
  return WORLD_COUNTRIES.map((w) => {
    const extra = BULLETIN_NAMES[w.code] ?? {};
    const name = DISPLAY_NAMES[w.code] ?? w.name;
    // Capital-letter short forms of the package ('UAE', 'DPRK', 'RSA') are abbreviations; two letters
    // ('IN', 'NO') are too often words and are left to BULLETIN_NAMES ('US', 'UK').
    const isShort = (n: string) => /^[A-Z]{2,5}$/.test(n);
    const names = [...(extra.names ?? []), w.name, w.official, ...w.alt]
      .filter((n) => n !== name && !isShort(n) && usable(n))
      .filter(distinct);
    const abbreviations = [
      ...(extra.abbreviations ?? []),
      ...w.alt.filter((a) => /^[A-Z]{3,5}$/.test(a)),
    ].filter(distinct);
    const demonyms = [...(extra.demonyms ?? []), ...w.demonyms].filter(usable).filter(distinct);
    const places = [...(extra.places ?? []), ...w.capitals]
      .filter((p) => usable(p) && countryKey(p) !== countryKey(name))
      .filter(distinct);
    const country: Country = { name, code: w.code, region: worldRegion(w) };
    if (names.length) country.names = names;
    if (demonyms.length) country.demonyms = demonyms;
    if (places.length) country.places = places;
    if (abbreviations.length) country.abbreviations = abbreviations;
    return country;
  });
}

/**
 * Phrases that contain a country word but do not name a country; they are matched first (longest wins) so
 * their words are used up: 'Latin America' is not the United States, 'Indian Ocean' is not India.
 */
export const NOT_COUNTRIES: readonly string[] = [
  'Latin America',
  'Latin American',
  'Latin Americans',
  'South America',
  'South American',
  'South Americans',
  'Central America',
  'Central American',
  'Central Americans',
  'North America',
  'North American',
  'North Americans',
  'the Americas',
  'Pan American',
  'Indian Ocean',
  'American Indian',
  'West Indian',
  'West Indies',
  'South Asian',
  'Guinea pig',
  'Guinea pigs',
  'New Jersey',
  'Washington State',
  'Central Asian',
  'Central Asians',
];

// Demonyms ending like these have no plural in -s ('Congolese', 'Swiss', 'Dutch', 'British', 'Thai' does).
const NO_PLURAL = /(?:s|sh|ch|ese|x|z)$/i;

function buildPhraseTable(countries: readonly Country[]): Map<string, string | null> {
  const table = new Map<string, string | null>();
  const add = (phrase: string, country: string | null) => {
    const key = countryKey(phrase);
    if (key && !table.has(key) && (country === null || !NOT_PLACES.has(key))) table.set(key, country);
  };
  const addDemonym = (demonym: string, country: string) => {
    add(demonym, country);
    if (!NO_PLURAL.test(demonym)) add(`${demonym}s`, country);
  };
  // First come first served: phrases that are no country, then each country's own name, then what
  // bulletins call a country, then the package's other words.
  for (const phrase of NOT_COUNTRIES) add(phrase, null);
  for (const c of countries) add(c.name, c.name);
  for (const c of countries) {
    const extra = BULLETIN_NAMES[c.code];
    for (const n of extra?.names ?? []) add(n, c.name);
    for (const p of extra?.places ?? []) add(p, c.name);
    for (const d of extra?.demonyms ?? []) addDemonym(d, c.name);
  }
  for (const c of countries) {
    for (const n of c.names ?? []) add(n, c.name);
    for (const p of c.places ?? []) add(p, c.name);
    for (const d of c.demonyms ?? []) addDemonym(d, c.name);
  }
  return table;
}

const ALL_CLAIMS = buildCountries();
const PHRASES = buildPhraseTable(ALL_CLAIMS);

/** A country with only the words that are its own: a word two countries claim went to one of them above. */
function ownWordsOnly(c: Country): Country {
  const own = (phrase: string) => PHRASES.get(countryKey(phrase)) === c.name;
  const country: Country = { name: c.name, code: c.code, region: c.region };
  const names = c.names?.filter(own);
  const demonyms = c.demonyms?.filter(own);
  const places = c.places?.filter(own);
  if (names?.length) country.names = names;
  if (demonyms?.length) country.demonyms = demonyms;
  if (places?.length) country.places = places;
  if (c.abbreviations) country.abbreviations = c.abbreviations;
  return country;
}

/** Every country and territory of the world, with the words bulletins call it by, each word one country's. */
export const COUNTRIES: readonly Country[] = ALL_CLAIMS.map(ownWordsOnly);
const NAME_BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c.name]));
/** Names found only in capitals ('JORDAN'), by folded key. */
const SHOUTED = new Map<string, string>(
  SHOUTED_NAMES.map(([word, code]) => [countryKey(word), NAME_BY_CODE.get(code)!] as const),
);

/** The longest phrase in words, so a scanner knows how far to look ahead. */
export const MAX_PHRASE_WORDS = Math.max(...[...PHRASES.keys()].map((key) => key.split(' ').length));
// The first word of every phrase: a scanner skips any word that cannot begin one.
const FIRST_WORDS = new Set([...PHRASES.keys(), ...SHOUTED.keys()].map((key) => key.split(' ')[0]!));
// Every phrase's first words ('united', 'united states', 'united states of'…): a scanner reads on only while
// the words so far can still become a phrase.
const PHRASE_PREFIXES = new Set(
  [...PHRASES.keys()].flatMap((key) => {
    const words = key.split(' ');
    return words.map((_word, n) => words.slice(0, n + 1).join(' '));
  }),
);
const ABBREVIATIONS = new Map<string, string>(
  COUNTRIES.flatMap((c) => (c.abbreviations ?? []).map((a) => [a, c.name] as const)),
);
const REGION_BY_NAME = new Map<string, Region>(COUNTRIES.map((c) => [c.name, c.region]));

/** Every abbreviation (exact case) and the country it stands for, longest first. */
export function countryAbbreviations(): Array<[string, string]> {
  return [...ABBREVIATIONS.entries()].sort((a, b) => b[0].length - a[0].length);
}

/** Whether a word (folded with countryKey) begins any name, place or demonym in the gazetteer. */
export function startsCountryPhrase(key: string): boolean {
  return FIRST_WORDS.has(key);
}

/** The words every phrase of the gazetteer begins with (folded with countryKey), for a scanner's fast skip. */
export function countryFirstWords(): readonly string[] {
  return [...FIRST_WORDS];
}

/** Whether words (folded with countryKey, one space apart) begin, or are, a phrase of the gazetteer. */
export function isCountryPhrasePrefix(keys: string): boolean {
  return PHRASE_PREFIXES.has(keys);
}

/**
 * The country a word written in capitals names when only capitals make it a place ('JORDAN', 'CHAD'), by
 * its folded key; undefined otherwise. The caller checks the capitals.
 */
export function lookupShoutedKey(key: string): string | undefined {
  return SHOUTED.get(key);
}

/**
 * Looks up a phrase already folded with countryKey: the country it names, null for a known non-country
 * phrase ('latin america'), undefined when the gazetteer does not know it. Abbreviations are not here.
 */
export function lookupCountryKey(key: string): string | null | undefined {
  return PHRASES.get(key);
}

/**
 * The country a name, demonym, place or abbreviation stands for: 'Bangkok' → 'Thailand', 'U.K.' →
 * 'United Kingdom', 'Venezuelan' → 'Venezuela'. Abbreviations match with exact case only; null if unknown.
 */
export function lookupCountry(phrase: string): string | null {
  const trimmed = phrase.trim();
  const abbreviation = ABBREVIATIONS.get(trimmed);
  if (abbreviation) return abbreviation;
  const key = countryKey(trimmed);
  const country = PHRASES.get(key);
  if (country !== undefined) return country;
  return (isAllCapitals(trimmed) ? SHOUTED.get(key) : undefined) ?? null;
}

/**
 * Countries most prayer letters are written from (mission offices, supporters): named beside a field
 * country ("U.S. volunteers in Kenya") they do not decide the region. By English short name.
 */
const SENDING_COUNTRIES = new Set(
  ['USA', 'CAN', 'GBR', 'AUS', 'NZL', 'DEU', 'NLD'].map((code) => NAME_BY_CODE.get(code)!),
);

/** Whether a country is one letters are mostly written from (see SENDING_COUNTRIES). */
export function isSendingCountry(name: string): boolean {
  return SENDING_COUNTRIES.has(name);
}

/** Whether a word is written in capitals ('JORDAN'), as a diary's label writes a country. */
export function isAllCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The world region a country (by its English short name) is in; null for a name not in the list. */
export function regionOfCountry(name: string): Region | null {
  return REGION_BY_NAME.get(name) ?? null;
}

/** All country names in the gazetteer, in list order. */
export function countryNames(): string[] {
  return COUNTRIES.map((c) => c.name);
}
