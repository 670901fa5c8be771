import './dom-setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../renderer/src/components/filter-bar';
import { DEFAULT_VIEW_STATE } from '../../shared/ipc-contract';
import { emptyKindCounts, emptyRegionCounts } from '../../shared/search-facets';
import type { SearchQuery } from '../../shared/search-types';
import { renderApp } from './render-app';

describe('the filter bar', () => {
  it('shows each region and kind with its count, and what is pressed', () => {
    const regions = { ...emptyRegionCounts(), Africa: 12, Europe: 0 };
    const kinds = { ...emptyKindCounts(), praise: 4 };
    render(
      <FilterBar
        view={{ ...DEFAULT_VIEW_STATE, regions: ['Africa'] }}
        regionCounts={regions}
        kindCounts={kinds}
        years={[2024, 2023]}
        dispatch={() => {}}
      />,
    );
    const africa = screen.getByRole('button', { name: 'Africa, 12 requests' });
    expect(africa.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Europe, 0 requests' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(screen.getByRole('button', { name: 'Praise, 4 requests' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Region' })).toBeTruthy();
  });

  it('lists active filters, each removable with one click, and clears them all', async () => {
    const user = userEvent.setup();
    const dispatch = vi.fn();
    render(
      <FilterBar
        view={{
          ...DEFAULT_VIEW_STATE,
          regions: ['Africa'],
          kinds: ['praise'],
          from: '2023-01-01',
          to: '2024-12-31',
        }}
        regionCounts={null}
        kindCounts={null}
        years={[2024, 2023]}
        dispatch={dispatch}
      />,
    );
    const active = screen.getByRole('list', { name: 'Filtering by' });
    expect(
      within(active)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Remove filter: Africa', 'Remove filter: Praise', 'Remove filter: 2023 – 2024']);
    await user.click(screen.getByRole('button', { name: 'Remove filter: Praise' }));
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'toggle-kind', kind: 'praise' });
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'clear-filters' });
  });

  it('shows no active-filter line when nothing is filtered', () => {
    render(
      <FilterBar
        view={DEFAULT_VIEW_STATE}
        regionCounts={null}
        kindCounts={null}
        years={[]}
        dispatch={() => {}}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });
});

describe('filters in the reader', () => {
  it('counts requests per region from the bulletin list when nothing is typed', async () => {
    renderApp();
    expect(await screen.findByRole('button', { name: 'Africa, 2 requests' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Latin America & Caribbean, 1 request' })).toBeTruthy();
  });

  it('combines a region with the query and shows only that region', async () => {
    const user = userEvent.setup();
    const { api } = renderApp();
    await user.type(await screen.findByRole('searchbox'), 'pray');
    await screen.findByText('3 requests found.');
    await user.click(screen.getByRole('button', { name: /^Africa/ }));
    await screen.findByText('1 request found.');
    const last = api.calls
      .filter((call) => call.name === 'search')
      .map((call) => call.args[0] as SearchQuery);
    expect(last.some((query) => query.text === 'pray' && query.regions?.join() === 'Africa')).toBe(true);
    expect(within(screen.getByRole('feed')).getAllByText('Africa')).toHaveLength(1);
    // Region counts follow the query: they count "pray" requests per region.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Southeast Asia & Pacific, 1 request' })).toBeTruthy(),
    );
  });

  it('narrows the timeline to a range of years', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('Timeline: 3 bulletins.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'From year' }), '2025');
    await screen.findByText('Timeline: 2 bulletins.');
    expect(screen.getByRole('button', { name: 'Remove filter: From 2025' })).toBeTruthy();
  });

  it('lists requests of one kind when a kind is chosen', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /^Praise/ }));
    await screen.findByText('2 requests found.');
    expect(within(screen.getByRole('feed')).getAllByText('Praise')).toHaveLength(2);
  });
});
