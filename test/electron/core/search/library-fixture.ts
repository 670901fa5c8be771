// A small library of bulletins written for the search tests (not copied from any real bulletin), each
// item there to exercise one behaviour: word forms, prefixes, misspellings, British and American
// spellings, accents, phrases, countries named only by a city, undated bulletins.
import type { Bulletin, Item, Kind, Region } from '../../../../shared/model';

export function item(
  text: string,
  region: Region,
  kind: Kind,
  more: { countries?: string[]; pseudonyms?: string[]; heading?: string | null } = {},
): Item {
  return {
    region,
    heading: more.heading ?? null,
    kind,
    text,
    countries: more.countries ?? [],
    pseudonyms: more.pseudonyms ?? [],
  };
}

export function bulletin(file: string, date: string | null, items: Item[]): Bulletin {
  return {
    file,
    title: 'Prayer Requests',
    date,
    dateSource: date === null ? 'file-time' : 'text',
    scripture: null,
    items,
    warnings: [],
  };
}

export const LIBRARY: Bulletin[] = [
  bulletin('2019/2019-04-27.txt', '2019-04-27', [
    item(
      'Praise God that a court in Kenya acquitted three men who had been wrongly accused. Pray for the prosecutors carrying this work forward.',
      'Africa',
      'praise',
      { countries: ['Kenya'] },
    ),
    item(
      'Pray for families freed from bonded labour at a brick kiln near Chennai, and for the officials who must now issue their release certificates.',
      'South Asia',
      'prayer',
      { countries: ['India'] },
    ),
    item(
      'Pray for survivors of online sexual exploitation in Manila as they testify against the people who trafficked them.',
      'Southeast Asia & Pacific',
      'prayer',
      { countries: ['Philippines'] },
    ),
  ]),
  bulletin('2020/2020-06-05.txt', '2020-06-05', [
    item(
      'Give thanks for the traffickers convicted in Santo Domingo after Venezuelan women were rescued from exploitation.',
      'Latin America & Caribbean',
      'praise',
      { countries: ['Dominican Republic', 'Venezuela'] },
    ),
    item(
      'Our partners report that bonded labor persists in rice mills, where whole families work to repay a small loan.',
      'South Asia',
      'info',
      { countries: ['India'] },
    ),
    item(
      "Pray for the team in Côte d'Ivoire as they train police officers to respond to child trafficking cases.",
      'Africa',
      'prayer',
      { countries: ["Côte d'Ivoire"] },
    ),
  ]),
  bulletin('undated.txt', null, [
    item(
      'The headquarters are in Washington, with partner offices in Canada, the Netherlands and the United Kingdom.',
      'Global',
      'info',
      { countries: ['United States', 'Canada', 'Netherlands', 'United Kingdom'] },
    ),
    item(
      'Pray for the Philippines, where new laws against trafficking take effect this month.',
      'Southeast Asia & Pacific',
      'prayer',
      { countries: ['Philippines'] },
    ),
  ]),
  bulletin('2018/2018-01-12.txt', '2018-01-12', [
    item(
      'Pray for the labour inspectors in Moldova and Romania who visit farms where workers are held in debt.',
      'Europe',
      'prayer',
      { countries: ['Moldova', 'Romania'] },
    ),
    item(
      'Ask God to give wisdom to magistrates in Abidjan, Cote d’Ivoire, hearing a case about forced labor on cocoa plantations.',
      'Africa',
      'prayer',
      { countries: ["Côte d'Ivoire"] },
    ),
    item(
      'Praise God for Maria* who now runs a bakery and fills in forms for other survivors at the courtroom.',
      'Southeast Asia & Pacific',
      'praise',
      { pseudonyms: ['Maria'], countries: ['Thailand'] },
    ),
    item(
      'Debts keep whole households bonded to their employers; pray that labor officials act quickly and that the organisation of the raids goes well.',
      'South Asia',
      'prayer',
      { countries: ['India'] },
    ),
  ]),
];

/** The hit id of item `index` of LIBRARY's bulletin with this file. */
export function idOf(file: string, index: number): string {
  return `${file}#${index}`;
}
