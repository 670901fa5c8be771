// One country in a DOM: heading and region, totals (answered, still waiting), the praise-and-prayer chart
// with its sentence and its table, and the requests newest first, to read or put on the prayer sheet.
// Everything here is made up for the tests.
import '../dom-setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type {
  CountryPeriod,
  CountryRequest,
  CountryView as CountryViewData,
} from '../../../shared/story-types';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { SheetProvider, useSheet } from '../../../renderer/src/sheet/sheet-context';
import {
  axisLabels,
  countrySeries,
  describeCountrySeries,
} from '../../../renderer/src/stories/country-chart';
import { CountryView, REQUESTS_PAGE } from '../../../renderer/src/stories/country-view';
import { StoryNavProvider } from '../../../renderer/src/stories/story-nav';
import type { StoryNav } from '../../../renderer/src/stories/story-nav';
import { createFakeSheetApi } from '../sheet/fake-sheet-api';

function request(date: string, kind: CountryRequest['kind'], text: string, index = 0): CountryRequest {
  const file = `${date.slice(0, 4)}/${date}.txt`;
  return {
    id: `${file}#${index}`,
    file,
    itemIndex: index,
    date,
    title: 'Prayer requests',
    region: 'Africa',
    kind,
    text,
    status: kind === 'prayer' ? (date < '2024-01-01' ? 'answered' : 'waiting') : null,
  };
}

function period(p: string, praise: number, prayer: number, info = 0): CountryPeriod {
  return { period: p, praise, prayer, info };
}

const REQUESTS = [
  request(
    '2025-02-09',
    'praise',
    'Give thanks that the family in Mbale moved back onto their land this month.',
  ),
  request('2024-06-16', 'prayer', 'Pray for the widows of Soroti whose hearing was moved to September.', 2),
  request('2023-08-20', 'prayer', 'Pray for the land officers in Mbale as they check the family’s title.'),
  request('2022-03-13', 'info', 'Our team in Kampala has moved to a larger office near the courts.'),
];

const UGANDA: CountryViewData = {
  country: 'Uganda',
  region: 'Africa',
  total: 4,
  praise: 1,
  prayer: 2,
  info: 1,
  answered: 1,
  waiting: 1,
  byYear: [period('2022', 0, 0, 1), period('2023', 0, 1), period('2024', 0, 1), period('2025', 1, 0)],
  byMonth: [],
  requests: REQUESTS,
};

function SheetIds() {
  const sheet = useSheet();
  return <output aria-label="On the sheet">{sheet.entries.map((e) => e.id).join(' ')}</output>;
}

function renderCountry(view: CountryViewData | null = UGANDA, country = 'Uganda') {
  const api = createFakeSheetApi();
  api.getCountryView = vi.fn(async () => view);
  const nav: StoryNav = {
    openCountry: vi.fn(),
    openVerses: vi.fn(),
    openThread: vi.fn(),
    openBulletin: vi.fn(),
  };
  const onBack = vi.fn();
  render(
    <ApiProvider api={api}>
      <SheetProvider>
        <StoryNavProvider value={nav}>
          <CountryView country={country} onBack={onBack} generation={1} />
          <SheetIds />
        </StoryNavProvider>
      </SheetProvider>
    </ApiProvider>,
  );
  return { api, nav, onBack };
}

describe('a country view', () => {
  it('shows the country, its region, its totals and its requests newest first', async () => {
    const { api } = renderCountry();
    const heading = await screen.findByRole('heading', { level: 2, name: 'Uganda' });
    expect(document.activeElement).toBe(heading);
    expect(api.getCountryView).toHaveBeenCalledWith('Uganda');
    await screen.findByText('4 requests named Uganda from Mar 2022 to Feb 2025.');
    const totals = document.querySelector('dl.country-totals') as HTMLElement;
    const value = (term: string) => within(totals).getByText(term).nextElementSibling?.textContent;
    expect(value('Prayer requests')).toBe('2');
    expect(value('Praise reports')).toBe('1');
    expect(value('Answered')).toBe('1 of 2');
    expect(value('Still waiting')).toBe('1');

    const cards = screen.getAllByRole('article');
    expect(cards.map((card) => card.querySelector('.story-request-text')?.textContent)).toEqual(
      REQUESTS.map((r) => r.text),
    );
    expect(within(cards[1]!).getByText('Still waiting')).toBeTruthy();
    expect(within(cards[2]!).getByText('Answered')).toBeTruthy();
    expect(within(cards[0]!).getByText('Praise')).toBeTruthy();
  });

  it('draws praise and prayer side by side per year, said in words and offered as a table', async () => {
    const user = userEvent.setup();
    renderCountry();
    const chart = await screen.findByRole('img', {
      name: 'From 2022 to 2025, by year: 2 prayer requests and 1 praise report about Uganda; most in 2023 (1).',
    });
    expect(chart.querySelectorAll('.country-bar.is-prayer')).toHaveLength(4);
    expect(chart.querySelectorAll('.country-bar.is-praise')).toHaveLength(4);
    await user.click(screen.getByText('Show the numbers as a table'));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'YearPrayerPraiseOther news',
      '2022001',
      '2023100',
      '2024100',
      '2025010',
    ]);
  });

  it('reads a request in its bulletin and puts one on the prayer sheet', async () => {
    const user = userEvent.setup();
    const { nav } = renderCountry();
    const cards = await screen.findAllByRole('article');
    await user.click(within(cards[1]!).getByRole('button', { name: 'Read the bulletin' }));
    expect(nav.openBulletin).toHaveBeenCalledWith('2024/2024-06-16.txt', 2);
    await user.click(within(cards[1]!).getByRole('button', { name: 'Add to prayer sheet' }));
    expect(screen.getByRole('status', { name: 'On the sheet' }).textContent).toBe('2024/2024-06-16.txt#2');
    expect(within(cards[1]!).getByRole('button', { name: 'Added to prayer sheet' })).toBeTruthy();
  });

  it('goes back to the countries', async () => {
    const user = userEvent.setup();
    const { onBack } = renderCountry();
    await user.click(await screen.findByRole('button', { name: /All countries/ }));
    expect(onBack).toHaveBeenCalled();
  });

  it('says so when no request names the country', async () => {
    renderCountry(null, 'Atlantis');
    await screen.findByText('No requests name Atlantis');
  });

  it('shows a long list a page at a time', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: REQUESTS_PAGE + 5 }, (_v, i) =>
      request(`2024-${String(1 + (i % 12)).padStart(2, '0')}-07`, 'prayer', `Pray for case number ${i}.`, i),
    );
    renderCountry({ ...UGANDA, total: many.length, requests: many });
    await screen.findAllByRole('article');
    expect(screen.getAllByRole('article')).toHaveLength(REQUESTS_PAGE);
    await user.click(screen.getByRole('button', { name: 'Show 5 more of 5 requests not shown' }));
    expect(screen.getAllByRole('article')).toHaveLength(REQUESTS_PAGE + 5);
  });
});

describe('the country chart series', () => {
  it('is monthly when the requests span under two years, yearly otherwise', () => {
    const months = Array.from({ length: 14 }, (_v, i) =>
      period(`2024-${String(i + 1).padStart(2, '0')}`, 0, 1),
    );
    expect(countrySeries({ byYear: [period('2024', 0, 14)], byMonth: months }).unit).toBe('month');
    const long = Array.from({ length: 30 }, (_v, i) => period(`m${i}`, 0, 0));
    expect(countrySeries({ byYear: [period('2022', 0, 0)], byMonth: long }).unit).toBe('year');
  });

  it('labels a few months under the bars, each with its year where the year changes', () => {
    const months = Array.from({ length: 22 }, (_v, i) => {
      const n = 2023 * 12 + 8 + i;
      return period(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`, 0, 1);
    });
    const labels = axisLabels({ unit: 'month', periods: months }, 8);
    expect([...labels.entries()]).toEqual([
      [0, 'Sep 23'],
      [3, 'Dec'],
      [6, 'Mar 24'],
      [9, 'Jun'],
      [12, 'Sep'],
      [15, 'Dec'],
      [18, 'Mar 25'],
      [21, 'Jun'],
    ]);
    expect([
      ...axisLabels({ unit: 'year', periods: [period('2022', 0, 0), period('2023', 1, 0)] }).values(),
    ]).toEqual(['2022', '2023']);
  });

  it('says where the requests are in one sentence', () => {
    expect(describeCountrySeries('Peru', { unit: 'year', periods: [] })).toBe(
      'No dated requests about Peru.',
    );
    expect(
      describeCountrySeries('Peru', {
        unit: 'month',
        periods: [period('2024-03', 2, 1), period('2024-04', 0, 1)],
      }),
    ).toBe(
      'From Mar 2024 to Apr 2024, by month: 2 prayer requests and 2 praise reports about Peru; most in Mar 2024 (3).',
    );
  });
});
