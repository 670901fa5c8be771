// The country view and the list of countries: requests naming a country over time, with prayer status.
import { describe, expect, it } from 'vitest';
import { buildCountryView, listCountries } from '../../../../electron/core/stories/country-view';
import type { AnswerStatus } from '../../../../shared/story-types';
import { bulletin, item } from '../../../shared/story-bulletins';

const library = [
  bulletin('2022/2022-11-06.txt', '2022-11-06', [
    item('prayer', 'Africa', 'Pray for the hearing of a land case near Lake Marava.', ['Uganda']),
    item('info', 'Africa', 'Our Kenyan team trained forty officers this month.', ['Kenya']),
  ]),
  bulletin('2023/2023-02-05.txt', '2023-02-05', [
    item('prayer', 'Africa', 'Pray that the widow Amara* keeps her home.', ['Uganda'], ['Amara']),
    item('praise', 'Southeast Asia & Pacific', 'Praise God for three children brought home safely.', [
      'Philippines',
    ]),
  ]),
  bulletin('2024/2024-04-14.txt', '2024-04-14', [
    item(
      'praise',
      'Africa',
      'Praise God: the court returned the land to Amara*.',
      ['Uganda', 'Kenya'],
      ['Amara'],
    ),
    // Named twice in one request: still one request.
    item('prayer', 'Africa', 'Pray for officers in Kampala and across Uganda.', ['Uganda', 'uganda']),
  ]),
  bulletin('loose/notes.txt', null, [item('prayer', 'Africa', 'Pray for the new office.', ['Uganda'])]),
  bulletin('2024/2024-05-05.txt', '2024-05-05', [
    item('prayer', 'Other', 'Pray for partners in Abidjan.', ["Côte d'Ivoire"]),
  ]),
];

const statuses: Record<string, AnswerStatus> = {
  '2022/2022-11-06.txt#0': 'waiting',
  '2023/2023-02-05.txt#0': 'answered',
  '2024/2024-04-14.txt#1': 'waiting',
};
const asked: string[] = [];
function statusOf(id: string): AnswerStatus | null {
  asked.push(id);
  return statuses[id] ?? null;
}

describe('listCountries', () => {
  it('lists each country once, most requests first, then by name', () => {
    expect(listCountries(library)).toEqual([
      { country: 'Uganda', region: 'Africa', count: 5, latest: '2024-04-14' },
      { country: 'Kenya', region: 'Africa', count: 2, latest: '2024-04-14' },
      { country: "Côte d'Ivoire", region: 'Africa', count: 1, latest: '2024-05-05' },
      { country: 'Philippines', region: 'Southeast Asia & Pacific', count: 1, latest: '2023-02-05' },
    ]);
  });

  it('gives nothing for an empty library', () => {
    expect(listCountries([])).toEqual([]);
  });

  it('takes the region from the requests for a country the gazetteer does not know', () => {
    const list = listCountries([
      bulletin('a.txt', null, [
        item('prayer', 'Latin America & Caribbean', 'Pray for the island team.', ['Isla Verde']),
        item('prayer', 'Latin America & Caribbean', 'Pray for the island courts.', ['Isla Verde']),
        item('prayer', 'Global', 'Pray for the partners who visit.', ['Isla Verde']),
      ]),
    ]);
    expect(list).toEqual([
      { country: 'Isla Verde', region: 'Latin America & Caribbean', count: 3, latest: null },
    ]);
  });
});

describe('buildCountryView', () => {
  it('counts praise, prayer and info, and answered and waiting prayers', () => {
    const view = buildCountryView(library, 'Uganda', statusOf)!;
    expect(view).toMatchObject({
      country: 'Uganda',
      region: 'Africa',
      total: 5,
      praise: 1,
      prayer: 4,
      info: 0,
      answered: 1,
      waiting: 2,
    });
  });

  it('lists requests newest first, undated last, with ids and statuses', () => {
    const view = buildCountryView(library, 'Uganda', statusOf)!;
    expect(view.requests.map((r) => [r.id, r.date, r.kind, r.status])).toEqual([
      ['2024/2024-04-14.txt#0', '2024-04-14', 'praise', null],
      ['2024/2024-04-14.txt#1', '2024-04-14', 'prayer', 'waiting'],
      ['2023/2023-02-05.txt#0', '2023-02-05', 'prayer', 'answered'],
      ['2022/2022-11-06.txt#0', '2022-11-06', 'prayer', 'waiting'],
      ['loose/notes.txt#0', null, 'prayer', null],
    ]);
    expect(view.requests[2]).toEqual({
      id: '2023/2023-02-05.txt#0',
      file: '2023/2023-02-05.txt',
      itemIndex: 0,
      date: '2023-02-05',
      title: 'Prayer requests for 2023-02-05',
      region: 'Africa',
      kind: 'prayer',
      text: 'Pray that the widow Amara* keeps her home.',
      status: 'answered',
    });
  });

  it('asks for the status of prayers only', () => {
    asked.length = 0;
    buildCountryView(library, 'Kenya', statusOf);
    expect(asked).toEqual([]);
    buildCountryView(library, 'Uganda', statusOf);
    expect(asked.sort()).toEqual([
      '2022/2022-11-06.txt#0',
      '2023/2023-02-05.txt#0',
      '2024/2024-04-14.txt#1',
      'loose/notes.txt#0',
    ]);
  });

  it('fills every year and month from the first request to the last, empty ones included', () => {
    const view = buildCountryView(library, 'Uganda', statusOf)!;
    expect(view.byYear).toEqual([
      { period: '2022', praise: 0, prayer: 1, info: 0 },
      { period: '2023', praise: 0, prayer: 1, info: 0 },
      { period: '2024', praise: 1, prayer: 1, info: 0 },
    ]);
    expect(view.byMonth).toHaveLength(18);
    expect(view.byMonth[0]).toEqual({ period: '2022-11', praise: 0, prayer: 1, info: 0 });
    expect(view.byMonth[1]).toEqual({ period: '2022-12', praise: 0, prayer: 0, info: 0 });
    expect(view.byMonth[2]!.period).toBe('2023-01');
    expect(view.byMonth[3]).toEqual({ period: '2023-02', praise: 0, prayer: 1, info: 0 });
    expect(view.byMonth[17]).toEqual({ period: '2024-04', praise: 1, prayer: 1, info: 0 });
    // The undated request is counted in the totals but in no period.
    const charted = view.byYear.reduce((sum, p) => sum + p.praise + p.prayer + p.info, 0);
    expect(charted).toBe(view.total - 1);
  });

  it('matches the name whatever its case, accents or apostrophe', () => {
    expect(buildCountryView(library, 'uganda', statusOf)?.country).toBe('Uganda');
    expect(buildCountryView(library, '  KENYA ', statusOf)?.total).toBe(2);
    const ivory = buildCountryView(library, 'cote d’ivoire', statusOf)!;
    expect(ivory.country).toBe("Côte d'Ivoire");
    expect(ivory.region).toBe('Africa');
    expect(ivory.byMonth).toEqual([{ period: '2024-05', praise: 0, prayer: 1, info: 0 }]);
  });

  it('says null for a country no request names', () => {
    expect(buildCountryView(library, 'Peru', statusOf)).toBeNull();
    expect(buildCountryView(library, '', statusOf)).toBeNull();
    expect(buildCountryView([], 'Uganda', statusOf)).toBeNull();
  });

  it('gives empty periods when no request naming it is dated', () => {
    const view = buildCountryView(
      [bulletin('x.txt', null, [item('info', 'Europe', 'News from our Moldovan partners.', ['Moldova'])])],
      'Moldova',
      statusOf,
    )!;
    expect(view).toMatchObject({ total: 1, info: 1, byYear: [], byMonth: [] });
  });
});
