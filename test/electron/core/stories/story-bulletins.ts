// Small hand-made bulletins for the thread tests: a request is its text plus what the parser would have
// found in it (kind, countries, pseudonyms); the region follows the first country.
import { regionOfCountry } from '../../../../shared/countries';
import type { Bulletin, Item, Kind } from '../../../../shared/model';

export interface RequestSpec {
  text: string;
  kind?: Kind;
  countries?: string[];
  pseudonyms?: string[];
}

export function request(spec: RequestSpec | string): Item {
  const { text, kind, countries = [], pseudonyms = [] } = typeof spec === 'string' ? { text: spec } : spec;
  return {
    region: (countries[0] && regionOfCountry(countries[0])) || 'Global',
    heading: null,
    kind:
      kind ??
      (/^(praise|give thanks|rejoice)/i.test(text) ? 'praise' : /^pray/i.test(text) ? 'prayer' : 'info'),
    text,
    countries,
    pseudonyms,
  };
}

export function bulletin(date: string | null, requests: (RequestSpec | string)[], file?: string): Bulletin {
  return {
    file: file ?? `${date ?? 'undated'}.txt`,
    title: 'Prayer requests',
    date,
    dateSource: date ? 'text' : 'file-time',
    scripture: null,
    items: requests.map(request),
    warnings: [],
  };
}
