import './dom-setup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ResultCard } from '../../renderer/src/components/result-card';
import { SheetProvider, useSheet } from '../../renderer/src/sheet/sheet-context';
import type { SearchHit } from '../../shared/search-types';

const HIT: SearchHit = {
  id: '2024/a.txt#2',
  file: '2024/a.txt',
  itemIndex: 2,
  date: '2024-03-10',
  region: 'South Asia',
  kind: 'praise',
  score: 3,
  snippet: '…forty families left the brick kiln and are free.',
  snippetRanges: [
    { start: 25, end: 30 },
    { start: 31, end: 35 },
  ],
  text: 'Praise God: forty families left the brick kiln and are free.',
  ranges: [],
};

function SheetCount() {
  return <output aria-label="on the sheet">{useSheet().entries.length}</output>;
}

function renderCard(onOpen = vi.fn()) {
  render(
    <SheetProvider>
      <ResultCard
        hit={HIT}
        row={0}
        setSize={1}
        bulletin={undefined}
        tabbable
        current={false}
        onOpen={onOpen}
      />
      <SheetCount />
    </SheetProvider>,
  );
  return onOpen;
}

describe('a result card', () => {
  it('shows the snippet with the matches marked, the date, the region and the kind', () => {
    renderCard();
    const card = screen.getByRole('article');
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['brick', 'kiln']);
    expect(card.textContent).toContain('forty families left the brick kiln');
    expect(card.textContent).toMatch(/Mar 10, 2024|10 Mar 2024/);
    expect(screen.getByText('South Asia')).toBeTruthy();
    expect(screen.getByText('Praise')).toBeTruthy();
  });

  it('adds the request to the prayer sheet with one click, and takes it off again', async () => {
    const user = userEvent.setup();
    const onOpen = renderCard();
    const button = screen.getByRole('button', { name: 'Add to prayer sheet' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Added to prayer sheet' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByLabelText('on the sheet').textContent).toBe('1');
    // Adding is not opening.
    expect(onOpen).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Added to prayer sheet' }));
    expect(screen.getByLabelText('on the sheet').textContent).toBe('0');
  });

  it('opens with a click', async () => {
    const user = userEvent.setup();
    const onOpen = renderCard();
    await user.click(screen.getByText(/forty families/));
    expect(onOpen).toHaveBeenCalledWith(0, expect.any(Number));
  });
});
