// Places, headings, verses and the fixed furniture of a bulletin, all written for the generator.
// Countries carry the cities and demonyms the parser maps back to them (Bangkok, Thai → Thailand).
import type { Region } from '../../shared/model';

export interface Place {
  /** The English short name the parser should report. */
  country: string;
  /** How a sentence names it ("the Philippines"). */
  inText: string;
  region: Region;
  cities: readonly string[];
  demonyms: readonly string[];
  /** Relative frequency in bulletins. */
  weight: number;
}

const place = (
  country: string,
  region: Region,
  weight: number,
  cities: string,
  demonyms: string,
  inText = country,
): Place => ({
  country,
  inText,
  region,
  weight,
  cities: cities.split('|'),
  demonyms: demonyms.split('|'),
});

export const PLACES: readonly Place[] = [
  place('Kenya', 'Africa', 10, 'Nairobi|Mombasa|Kisumu|Nakuru', 'Kenyan'),
  place('Uganda', 'Africa', 10, 'Kampala|Gulu|Mukono|Wakiso', 'Ugandan'),
  place('Ghana', 'Africa', 6, 'Accra|Kumasi|Tamale', 'Ghanaian'),
  place('Zambia', 'Africa', 5, 'Lusaka|Ndola|Kitwe', 'Zambian'),
  place('Rwanda', 'Africa', 3, 'Kigali|Huye', 'Rwandan'),
  place('Tanzania', 'Africa', 2, 'Dar es Salaam|Mwanza', 'Tanzanian'),
  place("Côte d'Ivoire", 'Africa', 1, 'Abidjan|Bouaké', 'Ivorian'),
  place('Romania', 'Europe', 3, 'Bucharest|Cluj-Napoca|Iași', 'Romanian'),
  place('Ukraine', 'Europe', 3, 'Kyiv|Lviv|Odesa', 'Ukrainian'),
  place('Moldova', 'Europe', 2, 'Chișinău|Bălți', 'Moldovan'),
  place('Bulgaria', 'Europe', 1, 'Sofia|Plovdiv', 'Bulgarian'),
  place('Guatemala', 'Latin America & Caribbean', 9, 'Guatemala City|Quetzaltenango|Escuintla', 'Guatemalan'),
  place(
    'Dominican Republic',
    'Latin America & Caribbean',
    6,
    'Santo Domingo|Santiago|Puerto Plata',
    'Dominican',
    'the Dominican Republic',
  ),
  place('Bolivia', 'Latin America & Caribbean', 6, 'La Paz|Cochabamba|Santa Cruz|El Alto', 'Bolivian'),
  place('Honduras', 'Latin America & Caribbean', 4, 'Tegucigalpa|San Pedro Sula', 'Honduran'),
  place('Ecuador', 'Latin America & Caribbean', 3, 'Quito|Guayaquil', 'Ecuadorian'),
  place('Peru', 'Latin America & Caribbean', 2, 'Lima|Cusco', 'Peruvian'),
  place('Colombia', 'Latin America & Caribbean', 2, 'Bogotá|Medellín', 'Colombian'),
  place('Brazil', 'Latin America & Caribbean', 2, 'Recife|São Paulo', 'Brazilian'),
  place('Venezuela', 'Latin America & Caribbean', 2, 'Caracas|Maracaibo', 'Venezuelan'),
  place('Mexico', 'Latin America & Caribbean', 1, 'Mexico City|Tijuana', 'Mexican'),
  place('El Salvador', 'Latin America & Caribbean', 1, 'San Salvador', 'Salvadoran'),
  place('India', 'South Asia', 16, 'Chennai|Bengaluru|Kolkata|Mumbai|Delhi|Hyderabad|Patna', 'Indian'),
  place('Bangladesh', 'South Asia', 3, 'Dhaka|Khulna', 'Bangladeshi'),
  place('Nepal', 'South Asia', 2, 'Kathmandu|Pokhara', 'Nepali'),
  place('Sri Lanka', 'South Asia', 1, 'Colombo', 'Sri Lankan'),
  place(
    'Philippines',
    'Southeast Asia & Pacific',
    12,
    'Manila|Cebu|Pampanga|Davao|Quezon City',
    'Filipino|Philippine',
    'the Philippines',
  ),
  place('Thailand', 'Southeast Asia & Pacific', 7, 'Bangkok|Chiang Mai|Songkhla', 'Thai'),
  place('Cambodia', 'Southeast Asia & Pacific', 7, 'Phnom Penh|Siem Reap|Battambang', 'Cambodian'),
  place('Myanmar', 'Southeast Asia & Pacific', 2, 'Yangon|Mandalay', 'Burmese'),
  place('Vietnam', 'Southeast Asia & Pacific', 2, 'Ho Chi Minh City|Hanoi', 'Vietnamese'),
  place('Indonesia', 'Southeast Asia & Pacific', 2, 'Jakarta|Medan', 'Indonesian'),
  place('Malaysia', 'Southeast Asia & Pacific', 1, 'Kuala Lumpur|Penang', 'Malaysian'),
  place(
    'United States',
    'Global',
    5,
    'Washington, D.C.|Atlanta|Chicago|Dallas',
    'American|U.S.',
    'the United States',
  ),
  place('United Kingdom', 'Global', 2, 'London|Birmingham', 'British|U.K.', 'the United Kingdom'),
  place('Canada', 'Global', 2, 'Toronto|Ottawa', 'Canadian'),
  place('Australia', 'Global', 2, 'Sydney|Melbourne', 'Australian'),
  place('Germany', 'Global', 1, 'Berlin|Hamburg', 'German'),
  place('Netherlands', 'Global', 1, 'Amsterdam|The Hague', 'Dutch', 'the Netherlands'),
];

export type SectionKey = 'africa' | 'latin' | 'southAsia' | 'seAsia' | 'global' | 'extra';

export interface SectionPlan {
  key: SectionKey;
  heading: string;
  /** Where the items under this heading are set. */
  regions: readonly Region[];
}

/** How headings looked in a given year: names and order changed over the archive's life. */
export function sectionsForYear(year: number): SectionPlan[] {
  const latin: SectionPlan = {
    key: 'latin',
    heading: 'Latin America',
    regions: ['Latin America & Caribbean'],
  };
  const south: SectionPlan = { key: 'southAsia', heading: 'South Asia', regions: ['South Asia'] };
  if (year <= 2013) {
    return [
      { key: 'africa', heading: 'Africa', regions: ['Africa'] },
      latin,
      south,
      { key: 'seAsia', heading: 'Southeast Asia', regions: ['Southeast Asia & Pacific'] },
      { key: 'global', heading: 'IJM HQ & Global Partners', regions: ['Global'] },
    ];
  }
  if (year <= 2019) {
    // Africa has no heading in these years: its items come first, before any heading.
    return [
      latin,
      south,
      { key: 'seAsia', heading: 'Southeast Asia', regions: ['Southeast Asia & Pacific'] },
      { key: 'global', heading: 'IJM HQ & Global Partners', regions: ['Global'] },
    ];
  }
  const africaEurope: SectionPlan = {
    key: 'africa',
    heading: year <= 2021 ? 'Africa + Europe' : 'Africa & Europe',
    regions: ['Africa', 'Africa', 'Africa', 'Europe'],
  };
  const asiaPacific: SectionPlan = {
    key: 'seAsia',
    heading: 'Asia Pacific',
    regions: ['Southeast Asia & Pacific'],
  };
  const global: SectionPlan = {
    key: 'global',
    heading: year <= 2020 ? 'IJM HQ & Global Partners' : 'IJM Global Office & Partners',
    regions: ['Global'],
  };
  if (year <= 2022) return [africaEurope, latin, south, asiaPacific, global];
  return [asiaPacific, africaEurope, latin, south, global];
}

/** Headings no mapping knows: the parser must fall back on the countries an item names. */
export const UNUSUAL_HEADINGS = [
  'Special Request',
  'Around the World',
  'Urgent Prayer Needs',
  'Field Updates',
];

/** Paragraphs that say where the offices are: neither praise nor prayer. */
export const OFFICE_NOTES = [
  "IJM's headquarters is in Washington, D.C., and partner offices in Australia, Canada, Germany, the Netherlands and the U.K. raise support for the work.",
  'Our global office is based in the U.S.; partner offices operate in Australia, Canada, Germany, the Netherlands and the United Kingdom.',
  'IJM is headquartered in the United States, with partner offices in Canada, Germany, the Netherlands, Australia and the U.K.',
  'The global office sits in Washington, D.C. Partner offices in Australia, Canada, Germany, the Netherlands and the U.K. mobilize churches and donors.',
];

export interface Verse {
  reference: string;
  text: string;
}

/** Short renderings written for the generator, with real references. */
export const VERSES: readonly Verse[] = [
  { reference: 'Micah 6:8', text: 'Do what is just, hold on to mercy, and walk with your God in humility.' },
  {
    reference: 'Isaiah 1:17',
    text: 'Learn how to do good. Go after justice and set right what the oppressor has done.',
  },
  {
    reference: 'Proverbs 31:8-9',
    text: 'Raise your voice for those who have none, and stand up for the rights of the poor.',
  },
  {
    reference: 'Amos 5:24',
    text: 'Let justice pour down like rivers, and righteousness like a stream that never fails.',
  },
  {
    reference: 'Psalm 82:3-4',
    text: 'Uphold the cause of the weak and the fatherless; rescue the needy from the hand of the wicked.',
  },
  {
    reference: 'Luke 4:18',
    text: 'He has sent me to announce freedom to captives and to set the oppressed at liberty.',
  },
  {
    reference: 'Isaiah 58:6',
    text: 'Is this not the fast I choose: to loosen the chains of injustice and let the oppressed go free?',
  },
  {
    reference: 'Jeremiah 22:3',
    text: 'Do justice and what is right, and deliver the one who has been robbed from the oppressor.',
  },
  {
    reference: 'Zechariah 7:9-10',
    text: 'Judge truly, show kindness to one another, and do not oppress the widow or the orphan.',
  },
  {
    reference: 'Deuteronomy 10:18',
    text: 'He defends the fatherless and the widow, and he loves the foreigner, giving him food and clothing.',
  },
  {
    reference: 'Psalm 146:7',
    text: 'He gives justice to the oppressed and bread to the hungry; the Lord sets prisoners free.',
  },
  {
    reference: 'Matthew 5:6',
    text: 'Blessed are those who hunger and thirst for what is right, for they will be filled.',
  },
  {
    reference: 'Galatians 5:1',
    text: 'It is for freedom that Christ has set us free; stand firm, then, and do not return to a yoke of slavery.',
  },
  {
    reference: 'James 1:27',
    text: 'Pure religion is this: to care for orphans and widows in their distress.',
  },
  { reference: '1 John 3:18', text: 'Let us love not only with words, but in action and in truth.' },
  {
    reference: '2 Corinthians 1:3-4',
    text: 'The God of all comfort comforts us in our troubles, so that we can comfort others in theirs.',
  },
  {
    reference: 'Psalm 34:18',
    text: 'The Lord is near to the brokenhearted and saves those whose spirits are crushed.',
  },
  {
    reference: 'Isaiah 61:1',
    text: 'He has sent me to bind up the brokenhearted and to proclaim release to the prisoners.',
  },
  {
    reference: 'Exodus 3:7',
    text: 'I have seen the misery of my people and heard them cry out because of their slave drivers.',
  },
  {
    reference: 'Psalm 9:9',
    text: 'The Lord is a stronghold for the oppressed, a refuge in times of trouble.',
  },
  {
    reference: 'Lamentations 3:22-23',
    text: 'His mercies never come to an end; they are new every morning. Great is your faithfulness.',
  },
  { reference: 'Romans 12:12', text: 'Be joyful in hope, patient in trouble, and faithful in prayer.' },
  {
    reference: 'Hebrews 13:3',
    text: 'Remember those in prison as if you were there with them, and those who are mistreated.',
  },
  {
    reference: 'Psalm 72:12-14',
    text: 'He rescues the poor who cry for help; he redeems their lives from oppression and violence.',
  },
  {
    reference: 'Isaiah 42:3',
    text: 'A bruised reed he will not break; he will faithfully bring forth justice.',
  },
  {
    reference: 'Philippians 4:6',
    text: 'Do not be anxious about anything, but in every prayer bring your requests to God with thanks.',
  },
  { reference: 'John 8:36', text: 'So if the Son sets you free, you will be free indeed.' },
  {
    reference: 'Psalm 68:5-6',
    text: 'A father to the fatherless and a defender of widows; God leads the prisoners out with singing.',
  },
  {
    reference: 'Proverbs 21:15',
    text: 'When justice is done, it brings joy to the righteous and terror to evildoers.',
  },
  {
    reference: 'Job 29:12',
    text: 'I rescued the poor who cried for help, and the orphan who had no one to help him.',
  },
  {
    reference: 'Psalm 10:17-18',
    text: 'You hear the desire of the afflicted; you defend the orphan and the oppressed.',
  },
  {
    reference: 'Isaiah 40:31',
    text: 'Those who hope in the Lord will renew their strength; they will run and not grow weary.',
  },
  {
    reference: 'Joshua 1:9',
    text: 'Be strong and courageous. Do not be afraid, for the Lord your God goes with you.',
  },
  { reference: 'Romans 8:28', text: 'In all things God works for the good of those who love him.' },
  { reference: 'Nehemiah 8:10', text: 'Do not grieve, for the joy of the Lord is your strength.' },
  { reference: 'Psalm 103:6', text: 'The Lord works righteousness and justice for all who are oppressed.' },
  {
    reference: 'Ecclesiastes 4:1',
    text: 'I saw the tears of the oppressed, and they had no one to comfort them.',
  },
  { reference: 'Leviticus 25:10', text: 'Proclaim liberty throughout the land to all its inhabitants.' },
];

/** One-line headlines some bulletins carry instead of the usual title. `{country}` gets filled in. */
export const HEADLINES = [
  'Justice Rolls On in {country}',
  'This Week: Pray for {country}',
  'Freedom Sunday Is Almost Here',
  'Good News From {country}',
  'A Week of Rescues',
  'Courtrooms and Classrooms',
  'Praying Through the Holidays',
  'Standing With Survivors',
  'New Year, New Hope',
  'Prayer Requests for the Week',
];

/** A church office's own note before the forwarded bulletin: not an item. */
export const PREAMBLES = [
  'From the missions team at Grace Community Church: please keep these requests in your prayers this Sunday.',
  'Forwarded by the outreach committee of St. Andrew’s: these are this week’s requests from IJM.',
  'Dear prayer partners, below are the latest requests from International Justice Mission.',
];
