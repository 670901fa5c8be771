// Every country the requests name, with how many requests, its region and the latest week that named it;
// a filter field narrows the list, and choosing one opens its country view.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { CountrySummary } from '../../../shared/story-types';
import { foldCase } from '../../../shared/text-fold';
import { useApi } from '../api/api-context';
import { RegionChip } from '../components/badges';
import { formatShortDate } from '../lib/dates';
import { plural } from '../lib/plural';
import { StoryError } from './story-error';
import { StoryFilter } from './story-filter';
import { useStoryNav } from './story-nav';
import { useStoryData } from './use-story-data';

export interface CountriesViewProps {
  /** The library's generation: a new one (the folder changed) asks again. */
  generation: number;
}

type CountryOrder = 'count' | 'name';

/**
 * The countries whose name or region holds what was typed ("cote", "asia", "south asia"), accents and
 * case aside. Name and region are matched apart, so "south asia" does not find Southeast Asia.
 */
export function filterCountries(countries: readonly CountrySummary[], filter: string): CountrySummary[] {
  const phrase = foldCase(filter).replace(/\s+/g, ' ').trim();
  if (phrase === '') return [...countries];
  return countries.filter((c) => foldCase(c.country).includes(phrase) || foldCase(c.region).includes(phrase));
}

export function CountriesView({ generation }: CountriesViewProps) {
  const api = useApi();
  const nav = useStoryNav();
  const id = useId();
  const countries = useStoryData(() => api.listCountries(), 'countries', generation);
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<CountryOrder>('count');
  const deferred = useDeferredValue(filter).trim();

  const shown = useMemo(() => {
    if (!countries.data) return [];
    const list = filterCountries(countries.data, deferred);
    if (order === 'name') list.sort((a, b) => a.country.localeCompare(b.country));
    return list;
  }, [countries.data, deferred, order]);

  const total = countries.data?.length ?? 0;
  const count = countries.data
    ? deferred === ''
      ? plural(total, 'country', 'countries')
      : `${plural(shown.length, 'country', 'countries')} of ${total.toLocaleString()}`
    : countries.loading
      ? 'Gathering the countries…'
      : '';

  return (
    <div className="story-view countries-view">
      <div className="story-head">
        <h2 id={`${id}-heading`} tabIndex={-1}>
          Countries
        </h2>
        <p className="story-count" aria-live="polite">
          {count}
        </p>
        <div className="segmented story-order" role="group" aria-label="Order">
          <label className={order === 'count' ? 'is-checked' : undefined}>
            <input
              type="radio"
              name={`${id}-order`}
              checked={order === 'count'}
              onChange={() => setOrder('count')}
            />
            <span>Most requests</span>
          </label>
          <label className={order === 'name' ? 'is-checked' : undefined}>
            <input
              type="radio"
              name={`${id}-order`}
              checked={order === 'name'}
              onChange={() => setOrder('name')}
            />
            <span>A to Z</span>
          </label>
        </div>
      </div>
      <StoryFilter
        id={`${id}-filter`}
        label="Find a country"
        placeholder="Find a country or a region"
        value={filter}
        onChange={setFilter}
      />
      {countries.error && (
        <StoryError onRetry={countries.retry}>
          The countries could not be gathered: {countries.error}
        </StoryError>
      )}
      {countries.data === null ? (
        !countries.error && <p className="list-message">Gathering the countries the requests name…</p>
      ) : total === 0 ? (
        <div className="story-empty">
          <p className="story-empty-title">No countries yet</p>
          <p>When a request names a country (“Uganda”, “the Philippines”), the country is listed here.</p>
        </div>
      ) : shown.length === 0 ? (
        <div className="story-empty">
          <p className="story-empty-title">No country matches “{deferred}”</p>
          <button type="button" className="button" onClick={() => setFilter('')}>
            Show all countries
          </button>
        </div>
      ) : (
        <div className="list-scroll story-scroll" role="region" aria-labelledby={`${id}-heading`}>
          <ul className="country-list">
            {shown.map((c) => (
              <li key={c.country}>
                <button type="button" className="country-row" onClick={() => nav.openCountry(c.country)}>
                  <span className="country-row-name">{c.country}</span>
                  <RegionChip region={c.region} />
                  <span className="country-row-count">{plural(c.count, 'request', 'requests')}</span>
                  <span className="country-row-latest">
                    {c.latest ? `latest ${formatShortDate(c.latest)}` : 'no date'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
