// The list of countries in a DOM: every country with its count, region and latest week, most requests
// first or A to Z, a filter (accents and regions too), and choosing one opens its country view.
import '../dom-setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CountrySummary } from '../../../shared/story-types';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { CountriesView, filterCountries } from '../../../renderer/src/stories/countries-view';
import { StoryNavProvider } from '../../../renderer/src/stories/story-nav';
import type { StoryNav } from '../../../renderer/src/stories/story-nav';
import { createFakeSheetApi } from '../sheet/fake-sheet-api';

const COUNTRIES: CountrySummary[] = [
  { country: 'India', region: 'South Asia', count: 41, latest: '2025-03-02' },
  { country: 'Uganda', region: 'Africa', count: 17, latest: '2024-11-17' },
  { country: 'Philippines', region: 'Southeast Asia & Pacific', count: 12, latest: '2025-01-19' },
  { country: 'Côte d’Ivoire', region: 'Africa', count: 3, latest: '2023-06-11' },
  { country: 'Guatemala', region: 'Latin America & Caribbean', count: 1, latest: null },
];

function renderCountries(countries: CountrySummary[] = COUNTRIES) {
  const api = createFakeSheetApi();
  api.listCountries = vi.fn(async () => countries);
  const nav: StoryNav = {
    openCountry: vi.fn(),
    openVerses: vi.fn(),
    openThread: vi.fn(),
    openBulletin: vi.fn(),
  };
  render(
    <ApiProvider api={api}>
      <StoryNavProvider value={nav}>
        <CountriesView generation={1} />
      </StoryNavProvider>
    </ApiProvider>,
  );
  return { api, nav };
}

function names(): string[] {
  return [...document.querySelectorAll('.country-row-name')].map((el) => el.textContent ?? '');
}

describe('the countries', () => {
  it('lists every country, most requests first, with its region, count and latest week', async () => {
    renderCountries();
    await screen.findByText('5 countries');
    expect(names()).toEqual(['India', 'Uganda', 'Philippines', 'Côte d’Ivoire', 'Guatemala']);
    const uganda = screen.getByRole('button', { name: /^Uganda/ });
    expect(within(uganda).getByText('Africa')).toBeTruthy();
    expect(within(uganda).getByText('17 requests')).toBeTruthy();
    expect(uganda.textContent).toMatch(/latest .*2024/);
    expect(screen.getByRole('button', { name: /^Guatemala/ }).textContent).toContain('1 request');
  });

  it('orders A to Z on request', async () => {
    const user = userEvent.setup();
    renderCountries();
    await screen.findByText('5 countries');
    await user.click(screen.getByRole('radio', { name: 'A to Z' }));
    expect(names()).toEqual(['Côte d’Ivoire', 'Guatemala', 'India', 'Philippines', 'Uganda']);
  });

  it('filters by name or region, accents or not, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderCountries();
    const filter = await screen.findByRole('searchbox', { name: 'Find a country' });
    await user.type(filter, 'cote');
    await waitFor(() => expect(names()).toEqual(['Côte d’Ivoire']));
    expect(screen.getByText('1 country of 5')).toBeTruthy();
    await user.clear(filter);
    await user.type(filter, 'africa');
    await waitFor(() => expect(names()).toEqual(['Uganda', 'Côte d’Ivoire']));
    await user.clear(filter);
    await user.type(filter, 'Narnia');
    await screen.findByText('No country matches “Narnia”');
    await user.click(screen.getByRole('button', { name: 'Show all countries' }));
    await waitFor(() => expect(names()).toHaveLength(5));
  });

  it('opens a country’s view when it is chosen', async () => {
    const user = userEvent.setup();
    const { nav } = renderCountries();
    await user.click(await screen.findByRole('button', { name: /^Philippines/ }));
    expect(nav.openCountry).toHaveBeenCalledWith('Philippines');
  });

  it('explains a library whose requests name no country', async () => {
    renderCountries([]);
    await screen.findByText('No countries yet');
  });

  it('filters with every word typed', () => {
    expect(filterCountries(COUNTRIES, '  ').map((c) => c.country)).toHaveLength(5);
    expect(filterCountries(COUNTRIES, 'south asia').map((c) => c.country)).toEqual(['India']);
    expect(filterCountries(COUNTRIES, 'asia').map((c) => c.country)).toEqual(['India', 'Philippines']);
  });
});
