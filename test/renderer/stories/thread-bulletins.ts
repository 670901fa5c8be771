// A made-up story for the renderer's thread tests (every person and event here is invented): a survivor
// called Amara* prayed for in 2022 and 2023, her case won in 2024; a look-alike Kenya request that is
// another story; and a hearing in Peru that the user links by hand.
import type { Bulletin, Item } from '../../../shared/model';
import type { FakeStory } from '../fake-prayer-desk';

function request(
  kind: Item['kind'],
  region: Item['region'],
  text: string,
  countries: string[],
  pseudonyms: string[] = [],
): Item {
  return { region, heading: region, kind, text, countries, pseudonyms };
}

const LONG_TAIL =
  ' Her lawyer asks for prayer for patience, for a judge who listens carefully, for the witnesses who ' +
  'must travel a long way on bad roads, and for the small team who sit with her before and after each day ' +
  'in court.';

export const STORY_BULLETINS: Bulletin[] = [
  {
    file: '2022/2022-03-06 requests.txt',
    title: 'Prayer Requests',
    date: '2022-03-06',
    dateSource: 'text',
    scripture: { text: 'Seek justice, defend the oppressed.', reference: 'Isaiah 1:17' },
    items: [
      request(
        'prayer',
        'Africa',
        `Pray for Amara* in Kenya as the case against the man who held her is opened.${LONG_TAIL}`,
        ['Kenya'],
        ['Amara'],
      ),
      request('prayer', 'South Asia', 'Pray for the boat crews on the river patrols this month.', []),
    ],
    warnings: [],
  },
  {
    file: '2023/2023-01-15 requests.txt',
    title: 'Prayer Requests',
    date: '2023-01-15',
    dateSource: 'text',
    scripture: null,
    items: [
      request(
        'prayer',
        'Africa',
        'Pray for Amara*: her hearing in Kenya was put off again, and waiting is hard.',
        ['Kenya'],
        ['Amara'],
      ),
      request(
        'prayer',
        'Latin America & Caribbean',
        'Pray for a hearing in Peru where two sisters will tell the court what happened.',
        ['Peru'],
      ),
    ],
    warnings: [],
  },
  {
    file: '2024/2024-02-11 requests.txt',
    title: 'Prayer Requests',
    date: '2024-02-11',
    dateSource: 'text',
    scripture: null,
    items: [
      request(
        'praise',
        'Africa',
        'Praise God: the court in Kenya found the man guilty in Amara*’s case, and she is safe.',
        ['Kenya'],
        ['Amara'],
      ),
      request('prayer', 'Africa', 'Pray for a new shelter in Kenya for girls leaving the streets.', [
        'Kenya',
      ]),
    ],
    warnings: [],
  },
];

export const AMARA_2022 = '2022/2022-03-06 requests.txt#0';
export const AMARA_2023 = '2023/2023-01-15 requests.txt#0';
export const AMARA_2024 = '2024/2024-02-11 requests.txt#0';
export const PERU_2023 = '2023/2023-01-15 requests.txt#1';

export const STORIES: FakeStory[] = [
  { ids: [AMARA_2022, AMARA_2023, AMARA_2024], reason: 'Same name: Amara*' },
];
