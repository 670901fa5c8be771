import './dom-setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LibraryState } from '../../shared/library-types';
import { createFakeApi, FAKE_BULLETINS } from './fake-prayer-desk';
import { renderApp } from './render-app';

describe('the timeline', () => {
  it('lists bulletins newest first under years and months, with verse, regions and estimated dates marked', async () => {
    renderApp();
    await screen.findByText('Timeline: 3 bulletins.');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '20252 bulletins',
      '20241 bulletin',
    ]);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent?.trim())).toEqual([
      'June 2025',
      'May 2025',
      'November 2024',
    ]);
    const rows = screen.getAllByRole('button', { name: /Prayer Requests|undated notes/ });
    expect(rows[0]!.textContent).toContain('Amos 5:24');
    expect(within(rows[0]!).getByText('Southeast Asia & Pacific')).toBeTruthy();
    expect(within(rows[2]!).getByText('estimated')).toBeTruthy();
  });

  it('offers to read the newest bulletin while nothing is open', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /^Read the newest bulletin/ }));
    const reader = await screen.findByRole('region', { name: 'Reading pane' });
    expect(await within(reader).findByText('— Amos 5:24')).toBeTruthy();
  });

  it('shows a chart of requests per month above it, folded until asked for', async () => {
    const user = userEvent.setup();
    renderApp();
    const toggle = await screen.findByRole('button', { name: 'Chart' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('img', { name: /requests from/ })).toBeNull();
    await user.click(toggle);
    expect(
      await screen.findByRole('img', { name: /6 requests from Nov 2024 to Jun 2025, by month/ }),
    ).toBeTruthy();
  });

  it('opens a bulletin with Enter and comes back to it with Escape, keyboard only', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('Timeline: 3 bulletins.');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('Amos 5:24');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('Psalm 82:3');
    await user.keyboard('{Enter}');
    const title = await screen.findByRole('heading', { level: 2, name: 'Prayer Requests' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByText('Defend the weak and the fatherless.')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Psalm 82:3'));
    expect(screen.queryByRole('region', { name: 'Reading pane' })).toBeNull();
  });
});

describe('results', () => {
  it('moves through results with the arrow keys and opens one with Enter, its words marked in the reader', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('searchbox'), 'uganda');
    await screen.findByText('2 requests found.');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const cards = screen.getAllByRole('article');
    expect(document.activeElement).toBe(cards[1]);
    await user.keyboard('{ArrowUp}{Enter}');
    const reader = await screen.findByRole('region', { name: 'Reading pane' });
    await waitFor(() => expect(within(reader).getAllByText('Uganda')[0]!.tagName).toBe('MARK'));
  });

  it('adds requests to the prayer sheet, counted in the header and listed in the panel', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('searchbox'), 'uganda');
    await screen.findByText('2 requests found.');
    // The list's buttons (the first request is shown in the reader too, with its own).
    for (const button of within(screen.getByRole('feed')).getAllByRole('button', {
      name: 'Add to prayer sheet',
    }))
      await user.click(button);
    const sheetButton = screen.getByRole('button', { name: 'Prayer sheet, 2 requests' });
    await user.click(sheetButton);
    const panel = screen.getByRole('complementary', { name: 'Prayer sheet' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(panel).getAllByRole('button', { name: /^Remove from prayer sheet/ })[0]!);
    expect(screen.getByRole('button', { name: 'Prayer sheet, 1 request' })).toBeTruthy();
  });

  it('prints the sheet, and offers a PDF when no printer is set up', async () => {
    const user = userEvent.setup();
    const { api } = renderApp();
    await user.type(await screen.findByRole('searchbox'), 'kiln');
    await screen.findByText('1 request found.');
    await user.click(within(screen.getByRole('feed')).getByRole('button', { name: 'Add to prayer sheet' }));
    await user.click(screen.getByRole('button', { name: 'Prayer sheet, 1 request' }));
    await user.click(screen.getByRole('button', { name: 'Print sheet…' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/No printer is set up/);
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    expect((await screen.findByText(/^Saved as /)).getAttribute('title')).toMatch(
      /Prayer sheet \d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const pdf = api.calls.find((call) => call.name === 'saveSheetPdf');
    expect(pdf?.args[0]).toMatchObject({ paperSize: expect.stringMatching(/^(A4|Letter)$/) });
  });

  it('opens the sheet when the menu asks to print it', async () => {
    const { api } = renderApp();
    await screen.findByText('Timeline: 3 bulletins.');
    act(() => api.menu('print-sheet'));
    expect(await screen.findByRole('complementary', { name: 'Prayer sheet' })).toBeTruthy();
  });
});

describe('remembering the view', () => {
  it('comes back with the last query, filters and open bulletin', async () => {
    const api = createFakeApi({
      view: {
        query: 'guatemala',
        regions: ['Latin America & Caribbean'],
        selectedFile: FAKE_BULLETINS[1]!.file,
      },
    });
    renderApp(api);
    await waitFor(() => expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('guatemala'));
    expect(await screen.findByText('1 request found.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Latin America/ }).getAttribute('aria-pressed')).toBe('true');
    const reader = await screen.findByRole('region', { name: 'Reading pane' });
    expect(await within(reader).findByText('Guatemala')).toBeTruthy();
  });

  it('saves the view a moment after it changes', async () => {
    const user = userEvent.setup();
    const { api } = renderApp();
    await screen.findByText('Timeline: 3 bulletins.');
    await user.click(screen.getByRole('button', { name: /^Praise/ }));
    await waitFor(() => expect(api.saved.at(-1)?.kinds).toEqual(['praise']));
  });
});

describe('the library', () => {
  it('shows loading progress, then the timeline when the folder is ready', async () => {
    const loading: Partial<LibraryState> = {
      status: 'loading',
      progress: { done: 0, total: 40, current: '' },
    };
    const api = createFakeApi({ state: loading });
    renderApp(api);
    act(() => api.emit({ type: 'progress', progress: { done: 10, total: 40, current: '2024/a.txt' } }));
    const bar = await screen.findByRole('progressbar', { name: 'Reading the bulletin folder' });
    expect(bar.getAttribute('aria-valuenow')).toBe('10');
    expect(screen.getByText(/10 of 40/)).toBeTruthy();
    const ready = await api.getLibraryState();
    act(() => api.emit({ type: 'ready', state: { ...ready, status: 'ready', progress: null } }));
    await screen.findByText('Timeline: 3 bulletins.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('quietly says when files could not be read, and lists them with the reason', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      state: {
        problems: [
          { file: 'notes/minutes.docx', error: 'Prayer Desk cannot read Word documents (.docx) yet.' },
        ],
      },
    });
    renderApp(api);
    const toggle = await screen.findByRole('button', { name: '1 file could not be read' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    const list = screen.getByRole('region', { name: 'Files that could not be read' });
    expect(within(list).getByText('notes/minutes.docx')).toBeTruthy();
    expect(within(list).getByText(/cannot read Word documents/)).toBeTruthy();
  });

  it('welcomes a first start on the samples and offers to choose the bulletin folder', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({ state: { isSample: true } });
    renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Choose your bulletin folder…' }));
    expect(api.calls.some((call) => call.name === 'chooseFolder')).toBe(true);
  });

  it('shows a one-off notice from the library until dismissed', async () => {
    const user = userEvent.setup();
    renderApp(createFakeApi({ state: { notice: 'Your settings file was damaged; defaults are used.' } }));
    expect(await screen.findByText(/settings file was damaged/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/settings file was damaged/)).toBeNull();
  });
});

describe('landmarks', () => {
  it('has a banner with the search, the filters, the main area and the status line', async () => {
    renderApp();
    await screen.findByText('Timeline: 3 bulletins.');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByRole('search')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Filters' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });
});
