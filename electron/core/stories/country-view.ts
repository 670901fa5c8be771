// The country view: every request naming a country, counted per year and per month for the chart (praise,
// prayer and info side by side), and listed newest first with each prayer's answer status. Reached from a
// country chip anywhere in the app, so the name is matched however it was typed ('kenya', 'Cote d’Ivoire').
import { regionOfCountry } from '../../../shared/countries';
import type { Bulletin, Item, Kind, Region } from '../../../shared/model';
import type {
  AnswerStatus,
  CountryPeriod,
  CountryRequest,
  CountrySummary,
  CountryView,
} from '../../../shared/story-types';
import { foldCase } from '../../../shared/text-fold';
import { trustedDate } from '../../../shared/undated';

/** Case, accents and apostrophe styles folded away: 'Côte d’Ivoire' = "cote d'ivoire". */
function countryKey(name: string): string {
  return foldCase(name.trim().replace(/[‘’ʼ`´]/g, "'")).replace(/\s+/g, ' ');
}

/** The item's countries, each once (an item may name a country in several ways); none for standing text. */
function countriesOf(item: Item): Map<string, string> {
  const keys = new Map<string, string>();
  if (item.boilerplate === true) return keys;
  for (const country of item.countries) {
    const key = countryKey(country);
    if (key !== '' && !keys.has(key)) keys.set(key, country);
  }
  return keys;
}

/** The gazetteer's region, else the region the country's requests stood under most often. */
function regionFor(name: string, itemRegions: readonly Region[]): Region {
  const known = regionOfCountry(name);
  if (known) return known;
  const counts = new Map<Region, number>();
  let best: Region = 'Other';
  let bestCount = 0;
  for (const region of itemRegions) {
    const count = (counts.get(region) ?? 0) + 1;
    counts.set(region, count);
    if (count > bestCount) [best, bestCount] = [region, count];
  }
  return best;
}

function isDate(date: string | null): date is string {
  return date !== null && /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(date);
}

/** Every country any request names: most requests first, then by name. */
export function listCountries(bulletins: readonly Bulletin[]): CountrySummary[] {
  const byKey = new Map<string, { name: string; regions: Region[]; count: number; latest: string | null }>();
  for (const bulletin of bulletins) {
    for (const item of bulletin.items) {
      for (const [key, name] of countriesOf(item)) {
        let summary = byKey.get(key);
        if (!summary) {
          summary = { name, regions: [], count: 0, latest: null };
          byKey.set(key, summary);
        }
        // The gazetteer's spelling wins over a variant some item carries.
        if (regionOfCountry(summary.name) === null && regionOfCountry(name) !== null) summary.name = name;
        summary.regions.push(item.region);
        summary.count += 1;
        // An undated bulletin (or one dated only by its file's time) is never a country's latest.
        const date = trustedDate(bulletin);
        if (isDate(date) && (summary.latest === null || date > summary.latest)) {
          summary.latest = date;
        }
      }
    }
  }
  return [...byKey.values()]
    .map(({ name, regions, count, latest }) => ({
      country: name,
      region: regionFor(name, regions),
      count,
      latest,
    }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country, 'en'));
}

/**
 * The requests naming `country` (case and accents ignored); null when none does. `statusOf` answers a
 * prayer's status from its thread; it is asked about prayers only (praise and info have none).
 */
export function buildCountryView(
  bulletins: readonly Bulletin[],
  country: string,
  statusOf: (itemId: string) => AnswerStatus | null,
): CountryView | null {
  const wanted = countryKey(country);
  if (wanted === '') return null;
  const requests: CountryRequest[] = [];
  let name: string | null = null;
  for (const bulletin of bulletins) {
    bulletin.items.forEach((item, itemIndex) => {
      const match = countriesOf(item).get(wanted);
      if (match === undefined) return;
      if (name === null || (regionOfCountry(name) === null && regionOfCountry(match) !== null)) name = match;
      const id = `${bulletin.file}#${itemIndex}`;
      requests.push({
        id,
        file: bulletin.file,
        itemIndex,
        date: bulletin.date,
        title: bulletin.title,
        region: item.region,
        kind: item.kind,
        text: item.text,
        status: item.kind === 'prayer' ? statusOf(id) : null,
      });
    });
  }
  if (name === null) return null;
  requests.sort(newestFirst);
  const count = (kind: Kind) => requests.filter((request) => request.kind === kind).length;
  const status = (value: AnswerStatus) => requests.filter((request) => request.status === value).length;
  return {
    country: name,
    region: regionFor(
      name,
      requests.map((request) => request.region),
    ),
    total: requests.length,
    praise: count('praise'),
    prayer: count('prayer'),
    info: count('info'),
    answered: status('answered'),
    waiting: status('waiting'),
    byYear: periods(requests, 'year'),
    byMonth: periods(requests, 'month'),
    requests,
  };
}

/** Newest first, undated last; then by file and position so the order is stable. */
function newestFirst(a: CountryRequest, b: CountryRequest): number {
  const aDate = isDate(a.date) ? a.date : null;
  const bDate = isDate(b.date) ? b.date : null;
  if (aDate !== bDate) {
    if (aDate === null) return 1;
    if (bDate === null) return -1;
    return aDate < bDate ? 1 : -1;
  }
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.itemIndex - b.itemIndex;
}

/** Counts per year or month, every period from the first dated request to the last, oldest first. */
function periods(requests: readonly CountryRequest[], size: 'year' | 'month'): CountryPeriod[] {
  const counts = new Map<string, CountryPeriod>();
  for (const request of requests) {
    if (!isDate(request.date)) continue;
    const period = size === 'year' ? request.date.slice(0, 4) : request.date.slice(0, 7);
    let entry = counts.get(period);
    if (!entry) {
      entry = { period, praise: 0, prayer: 0, info: 0 };
      counts.set(period, entry);
    }
    entry[request.kind] += 1;
  }
  if (counts.size === 0) return [];
  const keys = [...counts.keys()].sort();
  const result: CountryPeriod[] = [];
  let year = Number(keys[0]!.slice(0, 4));
  let month = size === 'year' ? 1 : Number(keys[0]!.slice(5, 7));
  const last = keys[keys.length - 1]!;
  for (;;) {
    const period =
      size === 'year'
        ? String(year).padStart(4, '0')
        : `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    result.push(counts.get(period) ?? { period, praise: 0, prayer: 0, info: 0 });
    if (period >= last) return result;
    if (size === 'year' || month === 12) {
      year += 1;
      month = 1;
    } else {
      month += 1;
    }
  }
}
