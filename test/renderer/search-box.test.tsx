import './dom-setup';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../renderer/src/lib/view-query';
import type { SearchQuery } from '../../shared/search-types';
import { createFakeApi } from './fake-prayer-desk';
import type { FakeApi } from './fake-prayer-desk';
import { renderApp } from './render-app';

/** The searches the result list made (not the filter counts): first pages of PAGE_SIZE. */
function listSearches(api: FakeApi): SearchQuery[] {
  return api.calls
    .filter((call) => call.name === 'search')
    .map((call) => call.args[0] as SearchQuery)
    .filter((query) => query.limit === PAGE_SIZE && query.offset === undefined);
}

describe('the search box', () => {
  it('searches as you type and announces the number of requests', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('searchbox', { name: 'Search prayer requests' }), 'uganda');
    expect(await screen.findByText('2 requests found.')).toBeTruthy();
    // Two rows in the list (the first is also open in the reader, an article of its own).
    expect(within(screen.getByRole('feed')).getAllByRole('article')).toHaveLength(2);
  });

  it('orders the results oldest first beside newest first, and shows a quoted query without doubled quotes', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    renderApp(api);
    await user.type(await screen.findByRole('searchbox', { name: 'Search prayer requests' }), '"uganda"');
    expect(await screen.findByText(/requests? for “uganda”$/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Oldest first' }));
    await waitFor(() => expect(listSearches(api).at(-1)?.sort).toBe('date-asc'));
    expect(screen.getByRole('radio', { name: 'Newest first' })).toBeTruthy();
  });

  it('never floods the main process: one search at a time, and the newest text goes next', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    renderApp(api);
    const box = await screen.findByRole('searchbox');
    const held = api.holdSearches();
    await user.type(box, 'uganda');
    // The first key went out at once; the others wait for it rather than piling up.
    expect(listSearches(api).map((query) => query.text)).toEqual(['u']);
    held.release();
    expect(await screen.findByText('2 requests found.')).toBeTruthy();
    // The answer to "u" is outdated by then: never shown; "uganda" is asked next, the letters between never.
    expect(listSearches(api).map((query) => query.text)).toEqual(['u', 'uganda']);
  });

  it('highlights the matching words in each result', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('searchbox'), 'kiln');
    await screen.findByText('1 request found.');
    const marks = screen.getAllByRole('article')[0]!.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['kiln']);
  });

  it('is focused by Ctrl+F, by "/" and by the menu', async () => {
    const user = userEvent.setup();
    const { api } = renderApp();
    const box = await screen.findByRole('searchbox');
    const praise = screen.getByRole('button', { name: /^Praise/ });

    praise.focus();
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(box);

    praise.focus();
    await user.keyboard('/');
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('');

    praise.focus();
    api.menu('focus-search');
    expect(document.activeElement).toBe(box);
  });

  it('clears with Escape and goes down to the results with the arrow key', async () => {
    const user = userEvent.setup();
    renderApp();
    const box = await screen.findByRole('searchbox');
    await user.type(box, 'pray');
    await screen.findByText(/requests found/);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getAllByRole('article')[0]);

    box.focus();
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    await screen.findByRole('heading', { name: 'Timeline' });
  });

  it('offers the closest spelling when a word is misspelt', async () => {
    const user = userEvent.setup();
    renderApp();
    const box = await screen.findByRole('searchbox');
    await user.type(box, 'ugnada');
    await screen.findByText('2 requests found.');
    expect(screen.getByText(/No exact match for/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'uganda' }));
    await waitFor(() => expect((box as HTMLInputElement).value).toBe('uganda'));
  });

  it('says so kindly when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp(createFakeApi());
    await user.type(await screen.findByRole('searchbox'), 'zzzq');
    expect(await screen.findByText('No requests found.')).toBeTruthy();
    expect(screen.getByText(/No requests found for/).textContent).toContain('zzzq');
    expect(screen.getByText(/Try fewer words/)).toBeTruthy();
  });
});
