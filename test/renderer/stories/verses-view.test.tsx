// The scripture index in a DOM: books in Bible order with their verses and weeks, searching by reference,
// book or word, the empty states, references that could not be read, and a long index kept virtual.
// Verses and bulletins here are made up for the tests (the verse words are paraphrases).
import '../dom-setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ScriptureEntry, ScriptureIndex, VerseUse } from '../../../shared/story-types';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { StoryNavProvider } from '../../../renderer/src/stories/story-nav';
import type { StoryNav } from '../../../renderer/src/stories/story-nav';
import { VersesView } from '../../../renderer/src/stories/verses-view';
import { createFakeSheetApi } from '../sheet/fake-sheet-api';

function use(date: string, written: string, text: string, title = 'Weekly prayer letter'): VerseUse {
  return { file: `${date.slice(0, 4)}/${date}.txt`, date, title, text, written };
}

function entry(
  reference: string,
  book: string,
  bookOrder: number,
  chapter: number,
  verses: [number, number] | null,
  uses: VerseUse[],
): ScriptureEntry {
  return {
    reference,
    book,
    bookOrder,
    chapter,
    verseStart: verses?.[0] ?? null,
    verseEnd: verses?.[1] ?? null,
    uses,
  };
}

const DO_JUSTICE = 'Act justly, love mercy and walk humbly with your God.';
const SING = 'I will sing of your steadfast love for ever.';

const INDEX: ScriptureIndex = {
  entries: [
    entry('Psalm 9:9', 'Psalms', 19, 9, [9, 9], [use('2024-05-12', 'Ps 9:9', 'A shelter for the crushed.')]),
    entry('Psalm 89', 'Psalms', 19, 89, null, [use('2023-02-05', 'Psalm 89', SING)]),
    entry(
      'Psalm 89:1–2',
      'Psalms',
      19,
      89,
      [1, 2],
      [
        use('2025-01-19', 'Ps. 89:1-2', SING, 'Prayer requests, January'),
        use('2024-09-08', 'Psalms 89:1–2', SING),
      ],
    ),
    entry(
      'Micah 6:8',
      'Micah',
      33,
      6,
      [8, 8],
      [
        use('2025-03-02', 'Micah 6:8', DO_JUSTICE, 'Lent week one'),
        use('2024-11-17', 'Mic 6:8', DO_JUSTICE),
        use('2024-06-30', 'Micah 6:8', DO_JUSTICE),
        use('2023-10-01', 'Micah 6:8', DO_JUSTICE),
        use('2023-04-16', 'Micah 6:8', DO_JUSTICE),
        use('2022-12-04', 'Micah 6:8', DO_JUSTICE),
      ],
    ),
    entry(
      'Romans 12:12',
      'Romans',
      45,
      12,
      [12, 12],
      [use('2024-02-18', 'Rom 12:12', 'Be joyful in hope, patient in trouble, faithful in prayer.')],
    ),
  ],
  unrecognised: [use('2024-07-21', 'The Letter to Friends 3', 'Keep on loving one another.')],
};

function renderVerses(options: { index?: ScriptureIndex; query?: string; failFirst?: boolean } = {}) {
  const api = createFakeSheetApi();
  let calls = 0;
  api.getScriptureIndex = vi.fn(async () => {
    calls += 1;
    if (options.failFirst && calls === 1)
      throw new Error("Error invoking remote method 'x': The library is busy.");
    return options.index ?? INDEX;
  });
  const nav: StoryNav = {
    openCountry: vi.fn(),
    openVerses: vi.fn(),
    openThread: vi.fn(),
    openBulletin: vi.fn(),
  };
  function Harness() {
    const [query, setQuery] = useState(options.query ?? '');
    return (
      <ApiProvider api={api}>
        <StoryNavProvider value={nav}>
          <VersesView query={query} onQueryChange={setQuery} generation={1} />
        </StoryNavProvider>
      </ApiProvider>
    );
  }
  const view = render(<Harness />);
  return { api, nav, ...view };
}

/** The references shown, in order. */
function references(): string[] {
  return screen.queryAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');
}

function books(): string[] {
  return screen.queryAllByRole('heading', { level: 3 }).map((h) => h.firstChild?.textContent ?? '');
}

describe('the scripture index', () => {
  it('lists every verse under its book, in Bible order, with its words once and its weeks', async () => {
    const { nav } = renderVerses();
    await screen.findByText('5 verses from 12 weeks');
    expect(books()).toEqual(['Psalms', 'Micah', 'Romans', 'Other references']);
    expect(references()).toEqual([
      'Psalm 9:9',
      'Psalm 89',
      'Psalm 89:1–2',
      'Micah 6:8',
      'Romans 12:12',
      'The Letter to Friends 3',
    ]);

    const micah = screen.getByRole('article', { name: 'Micah 6:8' });
    expect(within(micah).getAllByText(DO_JUSTICE)).toHaveLength(1);
    expect(within(micah).getByText('6 weeks')).toBeTruthy();
    // The newest weeks first; the rest behind "Show all".
    const weeks = () => within(within(micah).getByRole('list')).getAllByRole('button');
    expect(weeks()).toHaveLength(4);
    expect(weeks()[0]!.textContent).toMatch(/2025.*Lent week one/);
    await userEvent.click(within(micah).getByRole('button', { name: 'Show all 6 weeks' }));
    expect(weeks()).toHaveLength(6);

    // A week written differently from the canonical reference says how it was written.
    const psalm = screen.getByRole('article', { name: 'Psalm 89:1–2' });
    expect(within(psalm).getByText('as “Ps. 89:1-2”')).toBeTruthy();

    await userEvent.click(weeks()[1]!);
    expect(nav.openBulletin).toHaveBeenCalledWith('2024/2024-11-17.txt');
  });

  it('finds a psalm by reference, a book by name and a verse by its words', async () => {
    const user = userEvent.setup();
    renderVerses();
    const search = await screen.findByRole('searchbox', { name: 'Find a verse' });
    await screen.findByText('5 verses from 12 weeks');

    await user.type(search, 'Psalm 89');
    await waitFor(() => expect(references()).toEqual(['Psalm 89', 'Psalm 89:1–2']));
    expect(screen.getByText('2 verses for “Psalm 89”')).toBeTruthy();

    await user.clear(search);
    await user.type(search, 'Psalms');
    await waitFor(() => expect(references()).toEqual(['Psalm 9:9', 'Psalm 89', 'Psalm 89:1–2']));

    await user.clear(search);
    await user.type(search, 'Micah 6:8');
    await waitFor(() => expect(references()).toEqual(['Micah 6:8']));

    await user.clear(search);
    await user.type(search, 'Romans');
    await waitFor(() => expect(references()).toEqual(['Romans 12:12']));

    await user.clear(search);
    await user.type(search, 'patient');
    await waitFor(() => expect(references()).toEqual(['Romans 12:12']));

    // Escape clears the search.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(references()).toHaveLength(6));
  });

  it('says plainly when nothing matches, and offers every verse again', async () => {
    const user = userEvent.setup();
    renderVerses({ query: 'Hosea 2' });
    await screen.findByText('No verse matches “Hosea 2”');
    await user.click(screen.getByRole('button', { name: 'Show all verses' }));
    await waitFor(() => expect(references()).toHaveLength(6));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });

  it('explains an index that has no verses yet', async () => {
    renderVerses({ index: { entries: [], unrecognised: [] } });
    await screen.findByText('No verses yet');
    screen.getByText(/When your bulletins print a verse/);
  });

  it('says what went wrong when the index cannot be had, and tries again', async () => {
    const user = userEvent.setup();
    const { api } = renderVerses({ failFirst: true });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The verses could not be gathered: The library is busy.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('5 verses from 12 weeks');
    expect(api.getScriptureIndex).toHaveBeenCalledTimes(2);
  });

  it('keeps two thousand references virtual: only what shows is drawn', async () => {
    // jsdom lays nothing out: rows are given a height here, as a browser would measure them.
    const rect = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('virtual-row') ? 150 : 0;
    });
    onTestFinished(() => rect.mockRestore());
    const many: ScriptureEntry[] = Array.from({ length: 2000 }, (_v, i) =>
      entry(
        `Psalm ${1 + Math.floor(i / 20)}:${1 + (i % 20)}`,
        'Psalms',
        19,
        1 + Math.floor(i / 20),
        [1 + (i % 20), 1 + (i % 20)],
        [use(`2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, 'Ps', `Verse words number ${i}.`)],
      ),
    );
    renderVerses({ index: { entries: many, unrecognised: [] } });
    await screen.findByText(/^2,000 verses from/);
    const drawn = references().length;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    await act(async () => undefined);
  });
});
