// The gazetteer: which words in a bulletin name a country, and which region of IJM's work that country is in.
// Pure data plus lookups (no Node, no DOM) so the parser and, later, the renderer read the same list.
//
// Why it is hand-made rather than a full world list: bulletins name places the way people talk ("Thai
// authorities", "our team in Manila", "the U.K."), and a few country names are also everyday words or first
// names. Those are left out on purpose: Georgia (a U.S. state too), Jordan and Chad (first names), Turkey
// (the bird; 'Türkiye' is kept). Korea and Korean are left out too (North or South?), and so are demonyms
// that are mostly languages (French, Spanish, Portuguese, Polish): "French-speaking" says nothing of France.
// City names shared by several countries (Kingston, Santiago, San José, Tripoli) are left out as well, and
// so are cities that are common first names (Sofia): pseudonyms such as 'Sofia*' must not become places.
import type { Region } from './model';

export interface Country {
  /** English short name, as stored in Item.countries. */
  name: string;
  /**
   * The region of IJM's work the country belongs to. IJM's partner-office countries (the United States, the
   * United Kingdom, Canada, Australia, Germany, the Netherlands) are 'Global', as in the bulletins' "IJM HQ &
   * Global Partners" section. Countries outside IJM's field regions go to the nearest one, or 'Other'.
   */
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

export const COUNTRIES: readonly Country[] = [
  // Africa
  {
    name: 'Kenya',
    region: 'Africa',
    demonyms: ['Kenyan'],
    places: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Kibera'],
  },
  {
    name: 'Uganda',
    region: 'Africa',
    demonyms: ['Ugandan'],
    places: ['Kampala', 'Gulu', 'Mbale', 'Mukono', 'Wakiso', 'Entebbe'],
  },
  {
    name: 'Ghana',
    region: 'Africa',
    demonyms: ['Ghanaian'],
    places: ['Accra', 'Kumasi', 'Lake Volta', 'Tamale', 'Takoradi'],
  },
  {
    name: 'Zambia',
    region: 'Africa',
    demonyms: ['Zambian'],
    places: ['Lusaka', 'Ndola', 'Kitwe', 'Chipata'],
  },
  { name: 'Rwanda', region: 'Africa', demonyms: ['Rwandan'], places: ['Kigali', 'Huye', 'Butare'] },
  {
    name: 'Tanzania',
    region: 'Africa',
    demonyms: ['Tanzanian'],
    places: ['Dar es Salaam', 'Dodoma', 'Arusha', 'Mwanza', 'Zanzibar'],
  },
  { name: 'Malawi', region: 'Africa', demonyms: ['Malawian'], places: ['Lilongwe', 'Blantyre'] },
  {
    name: 'DR Congo',
    region: 'Africa',
    names: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'Congo', 'Zaire'],
    demonyms: ['Congolese'],
    places: ['Kinshasa', 'Goma', 'Bukavu', 'Lubumbashi', 'South Kivu', 'North Kivu', 'Kivu'],
    abbreviations: ['DRC', 'D.R.C.'],
  },
  {
    name: 'Republic of the Congo',
    region: 'Africa',
    names: ['Republic of the Congo', 'Republic of Congo', 'Congo Brazzaville'],
    places: ['Brazzaville'],
  },
  {
    name: "Côte d'Ivoire",
    region: 'Africa',
    names: ["Côte d'Ivoire", 'Ivory Coast'],
    demonyms: ['Ivorian'],
    places: ['Abidjan', 'Yamoussoukro', 'Bouaké', 'Bouake'],
  },
  { name: 'Nigeria', region: 'Africa', demonyms: ['Nigerian'], places: ['Lagos', 'Abuja', 'Niger Delta'] },
  { name: 'Ethiopia', region: 'Africa', demonyms: ['Ethiopian'], places: ['Addis Ababa'] },
  {
    name: 'South Africa',
    region: 'Africa',
    demonyms: ['South African'],
    places: ['Johannesburg', 'Cape Town', 'Durban', 'Pretoria'],
  },
  { name: 'Senegal', region: 'Africa', demonyms: ['Senegalese'], places: ['Dakar'] },
  { name: 'Mozambique', region: 'Africa', demonyms: ['Mozambican'], places: ['Maputo'] },
  { name: 'Zimbabwe', region: 'Africa', demonyms: ['Zimbabwean'], places: ['Harare', 'Bulawayo'] },
  { name: 'Burundi', region: 'Africa', demonyms: ['Burundian'], places: ['Bujumbura'] },
  { name: 'South Sudan', region: 'Africa', demonyms: ['South Sudanese'], places: ['Juba'] },
  { name: 'Sudan', region: 'Africa', demonyms: ['Sudanese'], places: ['Khartoum', 'Darfur'] },
  { name: 'Somalia', region: 'Africa', demonyms: ['Somali'], places: ['Mogadishu'] },
  { name: 'Cameroon', region: 'Africa', demonyms: ['Cameroonian'], places: ['Yaoundé', 'Douala'] },
  { name: 'Liberia', region: 'Africa', demonyms: ['Liberian'], places: ['Monrovia'] },
  { name: 'Sierra Leone', region: 'Africa', demonyms: ['Sierra Leonean'], places: ['Freetown'] },
  { name: 'Benin', region: 'Africa', demonyms: ['Beninese'], places: ['Cotonou'] },
  { name: 'Togo', region: 'Africa', demonyms: ['Togolese'], places: ['Lomé'] },
  { name: 'Burkina Faso', region: 'Africa', places: ['Ouagadougou'] },
  { name: 'Mali', region: 'Africa', demonyms: ['Malian'], places: ['Bamako'] },
  { name: 'Niger', region: 'Africa', places: ['Niamey'] },
  { name: 'Guinea', region: 'Africa', places: ['Conakry'] },
  { name: 'Guinea-Bissau', region: 'Africa', names: ['Guinea-Bissau', 'Guinea Bissau'] },
  { name: 'Equatorial Guinea', region: 'Africa' },
  { name: 'Madagascar', region: 'Africa', demonyms: ['Malagasy'], places: ['Antananarivo'] },
  { name: 'Namibia', region: 'Africa', demonyms: ['Namibian'], places: ['Windhoek'] },
  { name: 'Botswana', region: 'Africa', places: ['Gaborone'] },
  { name: 'Lesotho', region: 'Africa' },
  { name: 'Eswatini', region: 'Africa', names: ['Eswatini', 'Swaziland'] },
  { name: 'Angola', region: 'Africa', demonyms: ['Angolan'], places: ['Luanda'] },
  { name: 'Gabon', region: 'Africa', demonyms: ['Gabonese'] },
  { name: 'Central African Republic', region: 'Africa' },
  { name: 'Eritrea', region: 'Africa', demonyms: ['Eritrean'], places: ['Asmara'] },
  { name: 'Djibouti', region: 'Africa' },
  {
    name: 'Gambia',
    region: 'Africa',
    names: ['Gambia', 'The Gambia'],
    demonyms: ['Gambian'],
    places: ['Banjul'],
  },
  { name: 'Mauritania', region: 'Africa', demonyms: ['Mauritanian'], places: ['Nouakchott'] },
  { name: 'Morocco', region: 'Africa', demonyms: ['Moroccan'], places: ['Casablanca', 'Rabat'] },
  { name: 'Algeria', region: 'Africa', demonyms: ['Algerian'], places: ['Algiers'] },
  { name: 'Tunisia', region: 'Africa', demonyms: ['Tunisian'], places: ['Tunis'] },
  { name: 'Libya', region: 'Africa', demonyms: ['Libyan'] },
  { name: 'Egypt', region: 'Africa', demonyms: ['Egyptian'], places: ['Cairo'] },

  // Europe
  {
    name: 'Romania',
    region: 'Europe',
    demonyms: ['Romanian'],
    places: ['Bucharest', 'Cluj-Napoca', 'Cluj', 'Timișoara', 'Iași', 'Iasi'],
  },
  {
    name: 'Moldova',
    region: 'Europe',
    demonyms: ['Moldovan'],
    places: ['Chișinău', 'Chisinau', 'Chişinău', 'Bălți', 'Balti'],
  },
  {
    name: 'Ukraine',
    region: 'Europe',
    demonyms: ['Ukrainian'],
    places: ['Kyiv', 'Kiev', 'Kharkiv', 'Lviv', 'Odesa', 'Odessa', 'Dnipro'],
  },
  { name: 'Bulgaria', region: 'Europe', demonyms: ['Bulgarian'], places: ['Plovdiv', 'Varna'] },
  { name: 'Albania', region: 'Europe', demonyms: ['Albanian'], places: ['Tirana'] },
  { name: 'Serbia', region: 'Europe', demonyms: ['Serbian'], places: ['Belgrade'] },
  { name: 'Hungary', region: 'Europe', demonyms: ['Hungarian'], places: ['Budapest'] },
  { name: 'Poland', region: 'Europe', places: ['Warsaw', 'Krakow', 'Kraków'] },
  { name: 'Greece', region: 'Europe', demonyms: ['Greek'], places: ['Athens'] },
  { name: 'Italy', region: 'Europe', demonyms: ['Italian'], places: ['Rome', 'Milan'] },
  { name: 'Spain', region: 'Europe', places: ['Madrid', 'Barcelona'] },
  { name: 'France', region: 'Europe', places: ['Paris'] },
  { name: 'Portugal', region: 'Europe', places: ['Lisbon'] },
  { name: 'Belgium', region: 'Europe', demonyms: ['Belgian'], places: ['Brussels'] },
  { name: 'Switzerland', region: 'Europe', demonyms: ['Swiss'], places: ['Geneva', 'Zurich', 'Zürich'] },
  { name: 'Austria', region: 'Europe', demonyms: ['Austrian'], places: ['Vienna'] },
  { name: 'Sweden', region: 'Europe', demonyms: ['Swedish'], places: ['Stockholm'] },
  { name: 'Norway', region: 'Europe', demonyms: ['Norwegian'], places: ['Oslo'] },
  { name: 'Denmark', region: 'Europe', demonyms: ['Danish'], places: ['Copenhagen'] },
  { name: 'Finland', region: 'Europe', demonyms: ['Finnish'], places: ['Helsinki'] },
  { name: 'Ireland', region: 'Europe', demonyms: ['Irish'], places: ['Dublin'] },
  {
    name: 'Czechia',
    region: 'Europe',
    names: ['Czechia', 'Czech Republic'],
    demonyms: ['Czech'],
    places: ['Prague'],
  },
  { name: 'Slovakia', region: 'Europe', demonyms: ['Slovak'], places: ['Bratislava'] },
  { name: 'Croatia', region: 'Europe', demonyms: ['Croatian'], places: ['Zagreb'] },
  { name: 'Bosnia and Herzegovina', region: 'Europe', names: ['Bosnia and Herzegovina', 'Bosnia'] },
  { name: 'North Macedonia', region: 'Europe', names: ['North Macedonia', 'Macedonia'] },
  { name: 'Kosovo', region: 'Europe' },
  { name: 'Montenegro', region: 'Europe' },
  { name: 'Lithuania', region: 'Europe', demonyms: ['Lithuanian'] },
  { name: 'Latvia', region: 'Europe', demonyms: ['Latvian'] },
  { name: 'Estonia', region: 'Europe', demonyms: ['Estonian'] },
  { name: 'Belarus', region: 'Europe', demonyms: ['Belarusian'], places: ['Minsk'] },
  { name: 'Russia', region: 'Europe', demonyms: ['Russian'], places: ['Moscow'] },

  // Latin America
  {
    name: 'Guatemala',
    region: 'Latin America',
    demonyms: ['Guatemalan'],
    places: ['Guatemala City', 'Quetzaltenango', 'Escuintla', 'Huehuetenango', 'Coatepeque'],
  },
  {
    name: 'Dominican Republic',
    region: 'Latin America',
    demonyms: ['Dominican'],
    places: ['Santo Domingo', 'Santiago de los Caballeros', 'Puerto Plata'],
  },
  {
    name: 'Honduras',
    region: 'Latin America',
    demonyms: ['Honduran'],
    places: ['Tegucigalpa', 'San Pedro Sula'],
  },
  {
    name: 'El Salvador',
    region: 'Latin America',
    demonyms: ['Salvadoran', 'Salvadorian'],
    places: ['San Salvador'],
  },
  { name: 'Nicaragua', region: 'Latin America', demonyms: ['Nicaraguan'], places: ['Managua'] },
  { name: 'Costa Rica', region: 'Latin America', demonyms: ['Costa Rican'] },
  { name: 'Panama', region: 'Latin America', demonyms: ['Panamanian'] },
  {
    name: 'Mexico',
    region: 'Latin America',
    names: ['Mexico', 'México'],
    demonyms: ['Mexican'],
    places: ['Mexico City', 'Tijuana', 'Guadalajara', 'Monterrey'],
  },
  { name: 'Belize', region: 'Latin America', demonyms: ['Belizean'] },
  {
    name: 'Peru',
    region: 'Latin America',
    names: ['Peru', 'Perú'],
    demonyms: ['Peruvian'],
    places: ['Lima', 'Arequipa', 'Cusco'],
  },
  {
    name: 'Bolivia',
    region: 'Latin America',
    demonyms: ['Bolivian'],
    places: ['La Paz', 'Cochabamba', 'El Alto', 'Santa Cruz de la Sierra', 'Santa Cruz'],
  },
  {
    name: 'Ecuador',
    region: 'Latin America',
    demonyms: ['Ecuadorian', 'Ecuadorean'],
    places: ['Quito', 'Guayaquil'],
  },
  {
    name: 'Colombia',
    region: 'Latin America',
    demonyms: ['Colombian'],
    places: ['Bogotá', 'Bogota', 'Medellín', 'Medellin'],
  },
  { name: 'Venezuela', region: 'Latin America', demonyms: ['Venezuelan'], places: ['Caracas', 'Maracaibo'] },
  {
    name: 'Brazil',
    region: 'Latin America',
    names: ['Brazil', 'Brasil'],
    demonyms: ['Brazilian'],
    places: ['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Recife', 'Brasília', 'Brasilia'],
  },
  {
    name: 'Argentina',
    region: 'Latin America',
    demonyms: ['Argentine', 'Argentinian'],
    places: ['Buenos Aires'],
  },
  { name: 'Chile', region: 'Latin America', demonyms: ['Chilean'] },
  { name: 'Paraguay', region: 'Latin America', demonyms: ['Paraguayan'], places: ['Asunción', 'Asuncion'] },
  { name: 'Uruguay', region: 'Latin America', demonyms: ['Uruguayan'], places: ['Montevideo'] },
  {
    name: 'Haiti',
    region: 'Latin America',
    names: ['Haiti', 'Haïti'],
    demonyms: ['Haitian'],
    places: ['Port-au-Prince'],
  },
  { name: 'Cuba', region: 'Latin America', demonyms: ['Cuban'], places: ['Havana'] },
  { name: 'Jamaica', region: 'Latin America', demonyms: ['Jamaican'] },
  { name: 'Trinidad and Tobago', region: 'Latin America', names: ['Trinidad and Tobago', 'Trinidad'] },
  { name: 'Guyana', region: 'Latin America', demonyms: ['Guyanese'] },
  { name: 'Suriname', region: 'Latin America' },

  // South Asia
  {
    name: 'India',
    region: 'South Asia',
    demonyms: ['Indian'],
    places: [
      'Mumbai',
      'Bombay',
      'Delhi',
      'New Delhi',
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
  },
  { name: 'Nepal', region: 'South Asia', demonyms: ['Nepali', 'Nepalese'], places: ['Kathmandu', 'Pokhara'] },
  {
    name: 'Bangladesh',
    region: 'South Asia',
    demonyms: ['Bangladeshi'],
    places: ['Dhaka', 'Chittagong', 'Khulna', 'Sylhet'],
  },
  { name: 'Sri Lanka', region: 'South Asia', demonyms: ['Sri Lankan'], places: ['Colombo'] },
  {
    name: 'Pakistan',
    region: 'South Asia',
    demonyms: ['Pakistani'],
    places: ['Lahore', 'Karachi', 'Islamabad'],
  },
  { name: 'Bhutan', region: 'South Asia', demonyms: ['Bhutanese'] },
  { name: 'Maldives', region: 'South Asia' },
  { name: 'Afghanistan', region: 'South Asia', demonyms: ['Afghan'], places: ['Kabul'] },

  // Southeast Asia (IJM's "Asia Pacific"; East Asia and the Pacific go here too)
  {
    name: 'Thailand',
    region: 'Southeast Asia',
    demonyms: ['Thai'],
    places: ['Bangkok', 'Chiang Mai', 'Chiang Rai', 'Pattaya', 'Phuket', 'Songkhla'],
  },
  {
    name: 'Philippines',
    region: 'Southeast Asia',
    names: ['Philippines', 'Phillipines', 'Philipines', 'Phillippines'],
    demonyms: ['Filipino', 'Filipina', 'Philippine'],
    places: [
      'Manila',
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
  },
  {
    name: 'Cambodia',
    region: 'Southeast Asia',
    demonyms: ['Cambodian', 'Khmer'],
    places: ['Phnom Penh', 'Siem Reap', 'Sihanoukville', 'Battambang'],
  },
  {
    name: 'Vietnam',
    region: 'Southeast Asia',
    names: ['Vietnam', 'Viet Nam'],
    demonyms: ['Vietnamese'],
    places: ['Hanoi', 'Ho Chi Minh City', 'Saigon'],
  },
  {
    name: 'Myanmar',
    region: 'Southeast Asia',
    names: ['Myanmar', 'Burma'],
    demonyms: ['Burmese'],
    places: ['Yangon', 'Rangoon', 'Mandalay'],
  },
  {
    name: 'Indonesia',
    region: 'Southeast Asia',
    demonyms: ['Indonesian'],
    places: ['Jakarta', 'Medan', 'Bali'],
  },
  { name: 'Malaysia', region: 'Southeast Asia', demonyms: ['Malaysian'], places: ['Kuala Lumpur', 'Penang'] },
  { name: 'Laos', region: 'Southeast Asia', demonyms: ['Laotian', 'Lao'], places: ['Vientiane'] },
  { name: 'Singapore', region: 'Southeast Asia', demonyms: ['Singaporean'] },
  { name: 'Timor-Leste', region: 'Southeast Asia', names: ['Timor-Leste', 'East Timor'] },
  { name: 'Brunei', region: 'Southeast Asia' },
  {
    name: 'China',
    region: 'Southeast Asia',
    demonyms: ['Chinese'],
    places: ['Beijing', 'Shanghai', 'Hong Kong'],
  },
  { name: 'Japan', region: 'Southeast Asia', demonyms: ['Japanese'], places: ['Tokyo'] },
  { name: 'South Korea', region: 'Southeast Asia', places: ['Seoul'] },
  { name: 'North Korea', region: 'Southeast Asia', places: ['Pyongyang'] },
  { name: 'Taiwan', region: 'Southeast Asia', demonyms: ['Taiwanese'], places: ['Taipei'] },
  { name: 'Mongolia', region: 'Southeast Asia', demonyms: ['Mongolian'] },
  { name: 'Papua New Guinea', region: 'Southeast Asia', names: ['Papua New Guinea', 'New Guinea'] },
  { name: 'Fiji', region: 'Southeast Asia', demonyms: ['Fijian'] },
  { name: 'New Zealand', region: 'Southeast Asia', places: ['Auckland'] },

  // IJM's headquarters and partner offices
  {
    name: 'United States',
    region: 'Global',
    names: ['United States', 'United States of America', 'America'],
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
  },
  {
    name: 'United Kingdom',
    region: 'Global',
    names: ['United Kingdom', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
    demonyms: ['British'],
    places: ['London', 'Edinburgh', 'Birmingham'],
    abbreviations: ['U.K.', 'UK'],
  },
  {
    name: 'Canada',
    region: 'Global',
    demonyms: ['Canadian'],
    places: ['Toronto', 'Ottawa', 'Vancouver', 'Montreal'],
  },
  {
    name: 'Australia',
    region: 'Global',
    demonyms: ['Australian'],
    places: ['Sydney', 'Melbourne', 'Canberra', 'Brisbane', 'New South Wales'],
  },
  {
    name: 'Germany',
    region: 'Global',
    demonyms: ['German'],
    places: ['Berlin', 'Munich', 'Hamburg', 'Frankfurt'],
  },
  {
    name: 'Netherlands',
    region: 'Global',
    names: ['Netherlands', 'Holland'],
    demonyms: ['Dutch'],
    places: ['Amsterdam', 'Hague', 'Rotterdam', 'Utrecht'],
  },

  // Elsewhere
  { name: 'Iraq', region: 'Other', demonyms: ['Iraqi'], places: ['Baghdad'] },
  { name: 'Syria', region: 'Other', demonyms: ['Syrian'], places: ['Damascus'] },
  { name: 'Lebanon', region: 'Other', demonyms: ['Lebanese'], places: ['Beirut'] },
  { name: 'Israel', region: 'Other', demonyms: ['Israeli'] },
  { name: 'Iran', region: 'Other', demonyms: ['Iranian'], places: ['Tehran'] },
  { name: 'Saudi Arabia', region: 'Other', demonyms: ['Saudi'] },
  {
    name: 'United Arab Emirates',
    region: 'Other',
    demonyms: ['Emirati'],
    places: ['Dubai', 'Abu Dhabi'],
    abbreviations: ['UAE', 'U.A.E.'],
  },
  { name: 'Qatar', region: 'Other', demonyms: ['Qatari'], places: ['Doha'] },
  { name: 'Kuwait', region: 'Other', demonyms: ['Kuwaiti'] },
  { name: 'Yemen', region: 'Other', demonyms: ['Yemeni'] },
  { name: 'Türkiye', region: 'Other', names: ['Türkiye', 'Turkiye'], places: ['Istanbul', 'Ankara'] },
  { name: 'Kazakhstan', region: 'Other' },
  { name: 'Uzbekistan', region: 'Other' },
];

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
];

/** The longest name in words, so a scanner knows how far to look ahead. */
export const MAX_PHRASE_WORDS = 6;

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

// Demonyms ending like these have no plural in -s ('Congolese', 'Swiss', 'Dutch', 'British', 'Thai' does).
const NO_PLURAL = /(?:s|sh|ch|ese|x|z)$/i;

function buildPhraseTable(): Map<string, string | null> {
  const table = new Map<string, string | null>();
  const add = (phrase: string, country: string | null) => {
    const key = countryKey(phrase);
    if (key && !table.has(key)) table.set(key, country);
  };
  for (const phrase of NOT_COUNTRIES) add(phrase, null);
  for (const c of COUNTRIES) {
    add(c.name, c.name);
    for (const n of c.names ?? []) add(n, c.name);
    for (const p of c.places ?? []) add(p, c.name);
    for (const d of c.demonyms ?? []) {
      add(d, c.name);
      if (!NO_PLURAL.test(d)) add(`${d}s`, c.name);
    }
  }
  return table;
}

const PHRASES = buildPhraseTable();
// The first word of every phrase: a scanner skips any word that cannot begin one.
const FIRST_WORDS = new Set([...PHRASES.keys()].map((key) => key.split(' ')[0]!));
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
  return PHRASES.get(countryKey(trimmed)) ?? null;
}

/** The region of IJM's work a country (by its English short name) is in; null for a name not in the list. */
export function regionOfCountry(name: string): Region | null {
  return REGION_BY_NAME.get(name) ?? null;
}

/** All country names in the gazetteer, in list order. */
export function countryNames(): string[] {
  return COUNTRIES.map((c) => c.name);
}
