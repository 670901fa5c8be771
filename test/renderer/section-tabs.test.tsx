import './dom-setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fake-prayer-desk';
import { renderApp } from './render-app';
import { STORIES, STORY_BULLETINS } from './stories/thread-bulletins';

function tabs() {
  return within(screen.getByRole('navigation', { name: 'Show' }));
}

function current(): string | null {
  return (
    tabs()
      .getAllByRole('button')
      .find((button) => button.getAttribute('aria-current') === 'page')?.textContent ?? null
  );
}

describe('moving between the bulletins, the verses and the countries', () => {
  it('starts on the bulletins and switches the list side, the reading pane emptied', async () => {
    const user = userEvent.setup();
    renderApp(createFakeApi({ bulletins: STORY_BULLETINS, stories: STORIES }));
    await screen.findByText('Timeline: 3 bulletins.');
    expect(current()).toBe('Bulletins');
    await user.click(screen.getByRole('button', { name: /^Read the newest bulletin/ }));
    await screen.findByRole('region', { name: 'Reading pane' });

    await user.click(tabs().getByRole('button', { name: 'Verses' }));
    expect(current()).toBe('Verses');
    expect(await screen.findByRole('heading', { level: 2, name: 'Verses' })).toBeTruthy();
    // The filters narrow bulletins: not shown beside the verses. The bulletin opened from the timeline has
    // nothing to do with the verses: the reading pane is empty until a verse's week is opened.
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: 'Timeline' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Reading pane' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Nothing open yet' })).toBeTruthy();

    await user.click(tabs().getByRole('button', { name: 'Countries' }));
    expect(current()).toBe('Countries');
    expect(await screen.findByRole('heading', { level: 2, name: 'Countries' })).toBeTruthy();

    await user.click(tabs().getByRole('button', { name: 'Bulletins' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Timeline' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Filters' })).toBeTruthy();
  });

  it('walks the tabs with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('Timeline: 3 bulletins.');
    tabs().getByRole('button', { name: 'Bulletins' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Verses');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Countries');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Bulletins');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement?.textContent).toBe('Countries');
    await user.keyboard('{Enter}');
    expect(current()).toBe('Countries');
  });

  it('opens a country from the chip on a request, and the search box brings the bulletins back', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({ bulletins: STORY_BULLETINS, stories: STORIES });
    renderApp(api);
    await user.click(await screen.findByRole('button', { name: /^Read the newest bulletin/ }));
    const reader = await screen.findByRole('region', { name: 'Reading pane' });
    await user.click((await within(reader).findAllByRole('button', { name: 'Kenya' }))[0]!);
    expect(current()).toBe('Countries');
    expect(await screen.findByRole('heading', { level: 2, name: 'Kenya' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to Kenya' })).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Search prayer requests' }), 'shelter');
    expect(current()).toBe('Bulletins');
    expect(await screen.findByText('1 request found.')).toBeTruthy();
  });

  it('is not remembered between starts: the saved view has no section in it', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    renderApp(api);
    await screen.findByText('Timeline: 3 bulletins.');
    await user.click(tabs().getByRole('button', { name: 'Verses' }));
    await user.click(screen.getByRole('button', { name: /^Prayer sheet/ }));
    await user.keyboard('{Escape}');
    await user.click(tabs().getByRole('button', { name: 'Bulletins' }));
    await user.click(screen.getByRole('button', { name: /^Praise/ }));
    await waitFor(() => expect(api.saved.at(-1)?.kinds).toEqual(['praise']));
    expect(Object.keys(api.saved.at(-1)!).sort()).toEqual(
      ['from', 'kinds', 'query', 'regions', 'selectedFile', 'sort', 'to'].sort(),
    );
  });
});

describe('the verse hint', () => {
  it('offers the scripture index when the search is a Bible reference', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('searchbox'), 'Amos 5:24');
    const hint = await screen.findByText(/is a verse/);
    expect(hint.textContent).toBe('Amos 5:24 is a verse — see the weeks that used it');
    await user.click(within(hint).getByRole('button', { name: 'see the weeks that used it' }));
    expect(current()).toBe('Verses');
    expect(await screen.findByRole('heading', { level: 2, name: 'Verses' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Find a verse' }).value).toBe('Amos 5:24');
  });

  it('stays away for ordinary words', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('searchbox'), 'uganda');
    await screen.findByText('2 requests found.');
    expect(screen.queryByText(/is a verse/)).toBeNull();
  });
});
