import './dom-setup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ReaderPane } from '../../renderer/src/components/reader-pane';
import { SheetProvider, useSheet } from '../../renderer/src/sheet/sheet-context';
import type { MatchRange } from '../../shared/search-types';
import { createFakeApi, FAKE_BULLETINS } from './fake-prayer-desk';

function SheetIds() {
  return (
    <output aria-label="sheet ids">
      {useSheet()
        .entries.map((entry) => entry.id)
        .join(',')}
    </output>
  );
}

function renderReader(props: Partial<Parameters<typeof ReaderPane>[0]> = {}, api = createFakeApi()) {
  const onClose = vi.fn();
  render(
    <ApiProvider api={api}>
      <SheetProvider>
        <ReaderPane
          file={FAKE_BULLETINS[0]!.file}
          query=""
          alternatives={[]}
          engineRanges={new Map<number, MatchRange[]>()}
          focusItem={null}
          openCount={1}
          onClose={onClose}
          backLabel="Back to the timeline"
          {...props}
        />
        <SheetIds />
      </SheetProvider>
    </ApiProvider>,
  );
  return { api, onClose };
}

describe('the reading pane', () => {
  it('shows the whole bulletin: title, date, verse with its reference, headings and requests', async () => {
    renderReader();
    const title = await screen.findByRole('heading', { level: 2, name: 'Prayer Requests' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByText(/June 8, 2025|8 June 2025/)).toBeTruthy();
    expect(screen.getByText('Let justice roll on like a river.')).toBeTruthy();
    expect(screen.getByText('— Amos 5:24')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'South Asia',
      'Southeast Asia & Pacific',
    ]);
    expect(screen.getByText(/twelve workers freed/)).toBeTruthy();
    expect(screen.getByText('2025-06-08 requests.txt')).toBeTruthy();
  });

  it('highlights the search words and steps from match to match', async () => {
    const user = userEvent.setup();
    renderReader({ query: 'pray' });
    await screen.findByRole('heading', { level: 2 });
    const marks = () => [...document.querySelectorAll('.bulletin mark')];
    // "Praise" is another word: it is not marked for "pray" (nor found by search).
    await waitFor(() => expect(marks().map((mark) => mark.textContent)).toEqual(['Pray', 'Pray']));
    expect(screen.getByText('Match 1 of 2')).toBeTruthy();
    expect(marks()[0]!.classList.contains('is-current')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByText('Match 2 of 2')).toBeTruthy();
    expect(marks()[1]!.classList.contains('is-current')).toBe(true);
    // Past either end it wraps round.
    await user.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByText('Match 1 of 2')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(screen.getByText('Match 2 of 2')).toBeTruthy();
  });

  it('uses the exact ranges search gave for an item, and starts at the request that was opened', async () => {
    const text = FAKE_BULLETINS[0]!.items[2]!.text;
    const start = text.indexOf('hotline');
    renderReader({
      query: 'hotline',
      focusItem: 2,
      engineRanges: new Map([[2, [{ start, end: start + 7 }]]]),
    });
    await screen.findByRole('heading', { level: 2 });
    await waitFor(() => expect(document.querySelector('mark.is-current')?.textContent).toBe('hotline'));
    expect(document.querySelector('[data-item="2"]')!.classList.contains('is-focus')).toBe(true);
  });

  it('shows the file in its folder, and goes back with Escape', async () => {
    const user = userEvent.setup();
    const { api, onClose } = renderReader();
    await user.click(await screen.findByRole('button', { name: 'Show in folder' }));
    expect(api.calls.find((call) => call.name === 'showInFolder')?.args).toEqual([FAKE_BULLETINS[0]!.file]);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('puts any request of the bulletin on the prayer sheet', async () => {
    const user = userEvent.setup();
    renderReader();
    const buttons = await screen.findAllByRole('button', { name: 'Add to prayer sheet' });
    expect(buttons).toHaveLength(3);
    await user.click(buttons[1]!);
    expect(screen.getByLabelText('sheet ids').textContent).toBe(`${FAKE_BULLETINS[0]!.file}#1`);
  });

  it('marks a date estimated from the file name, and lists how the file was read', async () => {
    renderReader({ file: FAKE_BULLETINS[2]!.file });
    expect(await screen.findByText('estimated')).toBeTruthy();
    expect(screen.getByTitle(/Estimated from the file name/)).toBeTruthy();
    expect(screen.getByText(/How this file was read \(1 note\)/)).toBeTruthy();
  });

  it('says so when the bulletin is no longer in the folder', async () => {
    renderReader({ file: 'gone.txt' });
    expect(await screen.findByText(/no longer in the folder/)).toBeTruthy();
  });
});
