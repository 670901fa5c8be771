// What church users type, by category, with what a user of each reference engine would have to type to get
// the same kind of answer (Lunr needs `*` for prefixes and `~n` for misspellings; neither has phrases).
import type { Kind, Region } from '../../shared/model';
import type { SearchQuery } from '../../shared/search-types';

export const CATEGORIES = [
  'common word',
  'rare word',
  'prefix',
  'phrase',
  'misspelling',
  'several words',
  'filtered',
  'filters only',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface BenchQuery {
  category: Category;
  /** Ours: exactly what the user typed, plus the filters. */
  query: SearchQuery;
  /** Plain Lunr's query string, or null when Lunr has no equivalent. Filters are applied to its results. */
  lunr: string | null;
  /** MiniSearch's query string (prefix and fuzzy are on by default), or null when it has no equivalent. */
  mini: string | null;
  /** MiniSearch combination when the query means "all of these words". */
  miniAll?: boolean;
}

const same = (category: Category, text: string): BenchQuery => ({
  category,
  query: { text },
  lunr: text,
  mini: text,
});

const COMMON = ['police', 'children', 'court', 'trafficking', 'survivors', 'families', 'justice', 'Kenya'];
const RARE = [
  'abeyance',
  'affidavit',
  'adjudication',
  'clemency',
  'Quetzaltenango',
  'Huye',
  'Plovdiv',
  'Songkhla',
];
const PREFIXES = ['traff', 'uga', 'pros', 'resc', 'guat', 'surv', 'phil', 'bond', 'camb', 'aft'];
const PHRASES = [
  'bonded labor',
  'sex trafficking',
  'social workers',
  'Freedom Sunday',
  'local police',
  'brick kilns',
  'release certificates',
  'case management system',
];
/** Misspelling and the Lunr edit distance that reaches the right word. */
const MISSPELLINGS: readonly (readonly [string, number])[] = [
  ['Phillipines', 2],
  ['Guatamala', 1],
  ['Cambodai', 1],
  ['traffiking', 1],
  ['Ugnada', 1],
  ['prosecuters', 1],
  ['survivers', 1],
  ['Domincan', 1],
];
const SEVERAL: readonly (readonly [string, string, string])[] = [
  // [ours, lunr, minisearch]
  ['bonded labour', 'bonded labour', 'bonded labour'],
  ['police Uganda', 'police Uganda', 'police Uganda'],
  ['rescue children Manila', 'rescue children Manila', 'rescue children Manila'],
  ['+court -Kenya', '+court -Kenya', 'court'],
  ['trafficking Philippines', 'trafficking Philippines', 'trafficking Philippines'],
];
const FILTERED: readonly (readonly [string, Omit<SearchQuery, 'text'>])[] = [
  ['police', { regions: ['Africa'] }],
  ['trafficking', { kinds: ['praise'], from: '2015-01-01', to: '2018-12-31' }],
  ['court', { regions: ['South Asia', 'Southeast Asia & Pacific'] }],
  ['children', { kinds: ['prayer'], regions: ['Latin America & Caribbean'] }],
  ['survivors', { from: '2020-01-01' }],
];
const FILTERS_ONLY: readonly Omit<SearchQuery, 'text'>[] = [
  { regions: ['Europe'] },
  { kinds: ['praise'], from: '2016-01-01', to: '2016-12-31' },
  { regions: ['Global'], kinds: ['info'] },
];

export function benchQueries(): BenchQuery[] {
  return [
    ...COMMON.map((w) => same('common word', w)),
    ...RARE.map((w) => same('rare word', w)),
    ...PREFIXES.map((p) => ({ category: 'prefix' as const, query: { text: p }, lunr: `${p}*`, mini: p })),
    ...PHRASES.map((p) => ({
      category: 'phrase' as const,
      query: { text: `"${p}"` },
      lunr: p
        .split(' ')
        .map((w) => `+${w}`)
        .join(' '),
      mini: p,
      miniAll: true,
    })),
    ...MISSPELLINGS.map(([w, distance]) => ({
      category: 'misspelling' as const,
      query: { text: w },
      lunr: `${w}~${distance}`,
      mini: w,
    })),
    ...SEVERAL.map(([ours, lunr, mini]) => ({
      category: 'several words' as const,
      query: { text: ours },
      lunr,
      mini,
    })),
    ...FILTERED.map(([text, filters]) => ({
      category: 'filtered' as const,
      query: { text, ...filters },
      lunr: text,
      mini: text,
    })),
    ...FILTERS_ONLY.map((filters) => ({
      category: 'filters only' as const,
      query: { text: '', ...filters },
      lunr: null,
      mini: null,
    })),
  ];
}

/** Whether an item passes a query's filters; the reference engines have none of their own. */
export function passesFilters(
  query: SearchQuery,
  item: { region: Region; kind: Kind; date: string | null },
): boolean {
  if (query.regions && query.regions.length > 0 && !query.regions.includes(item.region)) return false;
  if (query.kinds && query.kinds.length > 0 && !query.kinds.includes(item.kind)) return false;
  if (query.from && (item.date === null || item.date < query.from)) return false;
  if (query.to && (item.date === null || item.date > query.to)) return false;
  return true;
}
