import '../dom-setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { ThreadPanel } from '../../../renderer/src/stories/thread-panel';
import { createFakeApi } from '../fake-prayer-desk';
import { renderApp } from '../render-app';
import { AMARA_2022, AMARA_2023, AMARA_2024, PERU_2023, STORIES, STORY_BULLETINS } from './thread-bulletins';

function storyApi() {
  return createFakeApi({ bulletins: STORY_BULLETINS, stories: STORIES });
}

/** Opens the 2022 bulletin from the timeline and the story of its first request. */
async function openAmaraStory(user: ReturnType<typeof userEvent.setup>, api = storyApi()) {
  renderApp(api);
  await user.click(await screen.findByRole('button', { name: /March 6, 2022|6 March 2022/ }));
  const reader = await screen.findByRole('region', { name: 'Reading pane' });
  const item = (await within(reader).findByText(/Amara\* in Kenya/)).closest('.bulletin-item') as HTMLElement;
  await user.click(await within(item).findByRole('button', { name: 'Part of a story · 3 requests' }));
  const panel = await screen.findByRole('complementary', { name: 'The story' });
  await within(panel).findByRole('list', { name: /oldest first/ });
  return { api, reader, item, panel };
}

function members(panel: HTMLElement): HTMLElement[] {
  return within(within(panel).getByRole('list', { name: /oldest first/ }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('thread-member'));
}

describe('answers on the timeline and in the results', () => {
  it('marks the bulletins whose prayers were answered later', async () => {
    renderApp(storyApi());
    const row2022 = await screen.findByRole('button', { name: /March 6, 2022|6 March 2022/ });
    expect(within(row2022).getByText('1 answered')).toBeTruthy();
    expect(
      within(row2022).getByTitle('1 of its 2 prayers was answered later; 1 still waiting.'),
    ).toBeTruthy();
    const row2024 = screen.getByRole('button', { name: /^(February 11, 2024|11 February 2024)/ });
    expect(within(row2024).queryByText(/answered/)).toBeNull();
  });

  it('shows the answer badge and the story button on result cards; the button does not open the bulletin', async () => {
    const user = userEvent.setup();
    renderApp(storyApi());
    await user.type(await screen.findByRole('searchbox'), 'kenya');
    await screen.findByText('4 requests found.');
    const card = screen
      .getAllByRole('article')
      .find((article) => /put off again/.test(article.textContent ?? ''))!;
    expect(within(card).getByText('Answered')).toBeTruthy();
    const shelter = screen.getAllByRole('article').find((a) => /new shelter/.test(a.textContent ?? ''))!;
    // A lone prayer: neither a story button nor a "Still waiting" badge.
    expect(within(shelter).queryByRole('button', { name: /Part of a story/ })).toBeNull();
    expect(within(shelter).queryByText('Still waiting')).toBeNull();

    // The reader shows the first request of the settled search; the story button does not change that.
    const readerFile = () =>
      screen.queryByRole('region', { name: 'Reading pane' })?.querySelector('.file-name')?.textContent ??
      null;
    const before = readerFile();
    await user.click(within(card).getByRole('button', { name: 'Part of a story · 3 requests' }));
    expect(await screen.findByRole('complementary', { name: 'The story' })).toBeTruthy();
    expect(readerFile()).toBe(before);
  });
});

describe('the story panel', () => {
  it('shows the story oldest first: dates, kinds, reasons, the request opened and the praise that answered it', async () => {
    const user = userEvent.setup();
    const { reader, item, panel } = await openAmaraStory(user);
    expect(within(item).getByText('Answered')).toBeTruthy();
    expect(within(reader).getByRole('button', { name: 'Kenya' })).toBeTruthy();

    expect(within(panel).getByText('3 requests')).toBeTruthy();
    expect(
      within(panel).getByText(/A praise report of (February 11, 2024|11 February 2024) answered this prayer/),
    ).toBeTruthy();
    const lines = members(panel);
    expect(lines.map((li) => li.getAttribute('data-member'))).toEqual([AMARA_2022, AMARA_2023, AMARA_2024]);
    expect(lines[0]!.getAttribute('aria-current')).toBe('true');
    expect(within(lines[0]!).getByText('The request you opened')).toBeTruthy();
    expect(within(lines[0]!).queryByRole('button', { name: /^Not part of this story/ })).toBeNull();
    expect(within(lines[1]!).getByText('Same name: Amara*')).toBeTruthy();
    expect(within(lines[2]!).getByText('Answered the prayer')).toBeTruthy();
    expect(within(lines[2]!).getByText('Praise')).toBeTruthy();
  });

  it('clips a long request with "more", and shows it whole on request', async () => {
    const user = userEvent.setup();
    const { panel } = await openAmaraStory(user);
    const first = members(panel)[0]!;
    const more = within(first).getByRole('button', { name: 'more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(first.querySelector('.thread-text')!.classList.contains('is-clipped')).toBe(true);
    await user.click(more);
    expect(within(first).getByRole('button', { name: 'less' }).getAttribute('aria-expanded')).toBe('true');
    expect(first.querySelector('.thread-text')!.classList.contains('is-clipped')).toBe(false);
  });

  it('takes a request out of the story, and the marks on screen follow', async () => {
    const user = userEvent.setup();
    const { api, item, panel } = await openAmaraStory(user);
    await user.click(within(members(panel)[1]!).getByRole('button', { name: /^Not part of this story/ }));
    await waitFor(() => expect(members(panel)).toHaveLength(2));
    expect(api.calls.filter((c) => c.name === 'unlinkRequest').map((c) => c.args)).toEqual([
      [AMARA_2023, AMARA_2022],
    ]);
    expect(within(panel).getByText('2 requests')).toBeTruthy();
    expect(await within(panel).findByText(/was taken out of this story. 2 requests left./)).toBeTruthy();
    // The reader asks again: the request's button now counts two.
    expect(await within(item).findByRole('button', { name: 'Part of a story · 2 requests' })).toBeTruthy();
  });

  it('is confirmed with "This is right"', async () => {
    const user = userEvent.setup();
    const { api, panel } = await openAmaraStory(user);
    await user.click(within(panel).getByRole('button', { name: 'This is right' }));
    expect(await within(panel).findByText('Confirmed by you')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'This is right' })).toBeNull();
    expect(api.calls.find((c) => c.name === 'confirmThread')?.args).toEqual([AMARA_2022]);
  });

  it('links another request found by search', async () => {
    const user = userEvent.setup();
    const { api, panel } = await openAmaraStory(user);
    await user.click(within(panel).getByRole('button', { name: 'Link another request…' }));
    const box = within(panel).getByRole('searchbox', { name: 'Find a request to link' });
    expect(document.activeElement).toBe(box);
    await user.type(box, 'hearing');
    const found = await within(panel).findByRole('list', { name: 'Requests found' });
    const rows = within(found).getAllByRole('listitem');
    // Amara's own 2023 request is already in the story; the Peru hearing is not.
    const amara = rows.find((row) => /put off again/.test(row.textContent ?? ''))!;
    expect(within(amara).getByText('Already in this story')).toBeTruthy();
    const peru = rows.find((row) => /Peru/.test(row.textContent ?? ''))!;
    await user.click(within(peru).getByRole('button', { name: /^Link the request of/ }));
    await waitFor(() => expect(members(panel)).toHaveLength(4));
    expect(api.calls.find((c) => c.name === 'linkRequests')?.args).toEqual([AMARA_2022, PERU_2023]);
    const linked = members(panel).find((li) => li.getAttribute('data-member') === PERU_2023)!;
    expect(within(linked).getByText('Linked by you')).toBeTruthy();
    expect(within(panel).queryByRole('searchbox')).toBeNull();
  });

  it('says in plain words when a change could not be saved, and keeps the story as it was', async () => {
    const user = userEvent.setup();
    const api = storyApi();
    const { panel } = await openAmaraStory(user, api);
    api.failNext('unlinkRequest', 'Your choice could not be saved: the disk is full.');
    await user.click(within(members(panel)[1]!).getByRole('button', { name: /^Not part of this story/ }));
    expect((await within(panel).findByRole('alert')).textContent).toBe(
      'That request could not be taken out of the story: Your choice could not be saved: the disk is full.',
    );
    expect(members(panel)).toHaveLength(3);
  });

  it('says so when the story cannot be found', async () => {
    const user = userEvent.setup();
    const api = storyApi();
    renderApp(api);
    await user.click(await screen.findByRole('button', { name: /March 6, 2022|6 March 2022/ }));
    const reader = await screen.findByRole('region', { name: 'Reading pane' });
    const button = await within(reader).findByRole('button', { name: 'Part of a story · 3 requests' });
    api.failNext('getThread', 'The library is being read again.');
    await user.click(button);
    const panel = await screen.findByRole('complementary', { name: 'The story' });
    expect((await within(panel).findByRole('alert')).textContent).toBe(
      'The story could not be found: The library is being read again.',
    );
  });

  it('reads a request in its bulletin: the panel closes and the reader shows that request', async () => {
    const user = userEvent.setup();
    const { panel } = await openAmaraStory(user);
    await user.click(
      within(members(panel)[2]!).getByRole('button', { name: /^Read in its bulletin: the request of/ }),
    );
    expect(screen.queryByRole('complementary', { name: 'The story' })).toBeNull();
    const reader = await screen.findByRole('region', { name: 'Reading pane' });
    const title = await within(reader).findByRole('heading', { level: 2 });
    await within(reader).findByText(/found the man guilty/);
    expect(
      within(reader)
        .getByText(/found the man guilty/)
        .closest('.bulletin-item')!.classList,
    ).toContain('is-focus');
    await waitFor(() => expect(document.activeElement).toBe(title));
  });

  it('closes with Escape, focus back on the button that opened it; one panel at a time', async () => {
    const user = userEvent.setup();
    const { item } = await openAmaraStory(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'The story' })).toBeNull();
    const button = within(item).getByRole('button', { name: 'Part of a story · 3 requests' });
    await waitFor(() => expect(document.activeElement).toBe(button));

    await user.click(button);
    await screen.findByRole('complementary', { name: 'The story' });
    await user.click(screen.getByRole('button', { name: /^Prayer sheet/ }));
    expect(await screen.findByRole('complementary', { name: 'Prayer sheet' })).toBeTruthy();
    expect(screen.queryByRole('complementary', { name: 'The story' })).toBeNull();
  });

  it('offers linking by hand when no other request was found', async () => {
    const user = userEvent.setup();
    const api = storyApi();
    const onChanged = vi.fn();
    render(
      <ApiProvider api={api}>
        <ThreadPanel itemId={PERU_2023} onClose={() => {}} onRead={() => {}} onChanged={onChanged} />
      </ApiProvider>,
    );
    const panel = await screen.findByRole('complementary', { name: 'The story' });
    expect(
      await within(panel).findByText(/No earlier or later requests about this story were found/),
    ).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'This is right' })).toBeNull();
    expect(within(panel).queryByText('Still waiting')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Link another request…' }));
    await user.type(within(panel).getByRole('searchbox'), 'guilty');
    await user.click(await within(panel).findByRole('button', { name: /^Link the request of/ }));
    await waitFor(() => expect(members(panel)).toHaveLength(2));
    expect(onChanged).toHaveBeenCalledTimes(1);
    // The praise is later than the Peru hearing: linked by hand, it answers it.
    expect(within(panel).getAllByText('Answered').length).toBeGreaterThan(0);
  });
});

describe('possibly related requests', () => {
  const SHELTER_2024 = '2024/2024-02-11 requests.txt#1';
  function possibleApi() {
    return createFakeApi({
      bulletins: STORY_BULLETINS,
      stories: [
        {
          ...STORIES[0]!,
          possible: [
            { id: SHELTER_2024, reason: 'Same country and subject: Kenya, girls' },
            { id: PERU_2023, reason: 'Similar wording' },
          ],
        },
      ],
    });
  }
  const possibleEntries = (panel: HTMLElement) =>
    within(within(panel).getByRole('list', { name: /Possibly related requests/ }))
      .getAllByRole('listitem', {
        name: '',
      })
      .filter((li) => li.classList.contains('thread-possible-entry'));

  it('shows them apart from the story, closest first, each with its reason, and not counted in it', async () => {
    const user = userEvent.setup();
    const { panel } = await openAmaraStory(user, possibleApi());
    expect(within(panel).getByRole('heading', { name: 'Possibly related' })).toBeTruthy();
    expect(members(panel)).toHaveLength(3);
    expect(within(panel).getByText('3 requests')).toBeTruthy();
    const entries = possibleEntries(panel);
    expect(entries.map((li) => li.getAttribute('data-possible'))).toEqual([SHELTER_2024, PERU_2023]);
    expect(
      within(within(entries[0]!).getByRole('list', { name: 'Why it may be related' })).getByText(
        'Same country and subject: Kenya, girls',
      ),
    ).toBeTruthy();
    expect(within(entries[1]!).getByText('Similar wording')).toBeTruthy();
    // The story's own requests are not offered again.
    expect(
      entries.some((li) =>
        members(panel).some((m) => m.getAttribute('data-member') === li.getAttribute('data-possible')),
      ),
    ).toBe(false);
  });

  it('joins the story when confirmed', async () => {
    const user = userEvent.setup();
    const { api, panel } = await openAmaraStory(user, possibleApi());
    await user.click(within(possibleEntries(panel)[0]!).getByRole('button', { name: /^Confirm:/ }));
    await waitFor(() => expect(members(panel)).toHaveLength(4));
    expect(api.calls.filter((c) => c.name === 'linkRequests').map((c) => c.args)).toEqual([
      [AMARA_2022, SHELTER_2024],
    ]);
    expect(possibleEntries(panel).map((li) => li.getAttribute('data-possible'))).toEqual([PERU_2023]);
    expect(await within(panel).findByText(/is now part of this story of 4 requests/)).toBeTruthy();
  });

  it('is not offered again once the user says it is not related', async () => {
    const user = userEvent.setup();
    const { api, panel } = await openAmaraStory(user, possibleApi());
    await user.click(
      within(possibleEntries(panel)[1]!).getByRole('button', { name: /is not related to this story/ }),
    );
    await waitFor(() => expect(possibleEntries(panel)).toHaveLength(1));
    expect(api.calls.filter((c) => c.name === 'unlinkRequest').map((c) => c.args)).toEqual([
      [PERU_2023, AMARA_2022],
    ]);
    expect(members(panel)).toHaveLength(3);
    expect(await within(panel).findByText(/will not be offered for this story again/)).toBeTruthy();
  });

  it('has no such section when nothing is possibly related', async () => {
    const user = userEvent.setup();
    const { panel } = await openAmaraStory(user);
    expect(within(panel).queryByRole('heading', { name: 'Possibly related' })).toBeNull();
  });
});

describe('threads worked out after the list', () => {
  it('asks again when main says the threads are known, so the timeline shows the answers', async () => {
    const api = storyApi();
    // As main does: the list goes out unmarked until the threads are built, then a 'stories' event says so.
    let built = false;
    const list = api.listBulletins.bind(api);
    api.listBulletins = async () => {
      const summaries = await list();
      return built ? summaries : summaries.map(({ answers: _answers, ...summary }) => summary);
    };
    renderApp(api);
    const row = await screen.findByRole('button', { name: /^(March 6, 2022|6 March 2022)/ });
    expect(within(row).queryByText('1 answered')).toBeNull();
    built = true;
    act(() => api.emit({ type: 'stories' }));
    expect(await within(row).findByText('1 answered')).toBeTruthy();
    expect(api.calls.filter((call) => call.name === 'listBulletins')).toHaveLength(2);
  });
});
