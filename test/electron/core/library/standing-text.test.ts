// Standing text: paragraphs a sender repeats in bulletin after bulletin are marked, from the library alone.
import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../../../shared/model';
import { entryFromItem, sheetFromBulletin } from '../../../../shared/prayer-sheet';
import { markStandingText } from '../../../../electron/core/library/standing-text';
import { collectBulletins } from '../../../../electron/core/library/library-loader';
import { createSearchEngine } from '../../../../electron/core/search/lunr-engine';
import { listCountries } from '../../../../electron/core/stories/country-view';
import { bulletin, item } from '../search/library-fixture';

const FOOTER =
  'Our mission has partner offices in Australia, Canada, Germany, the Netherlands and the United Kingdom, which raise support and awareness for the field work.';
const INTRO =
  'Welcome to this week’s prayer letter from the mission committee. Thank you for standing with our partners in prayer; the requests below arrived on Monday.';

function week(n: number, organisation?: string, extra: string[] = []): Bulletin {
  const day = String(n + 1).padStart(2, '0');
  const b = bulletin(`2024/2024-03-${day}.txt`, `2024-03-${day}`, [
    item(
      `Pray for the court hearing number ${n} in Kenya this week, where a young woman will give evidence against the men who held her.`,
      'Africa',
      'prayer',
      { countries: ['Kenya'] },
    ),
    item(FOOTER.replace('field work.', n % 2 ? 'field work in 2023.' : 'field work.'), 'Global', 'info', {
      countries: ['Australia', 'Canada', 'Germany', 'Netherlands', 'United Kingdom'],
    }),
    ...extra.map((text) => item(text, 'Other', 'praise')),
  ]);
  if (organisation) b.organisation = organisation;
  return b;
}

describe('markStandingText', () => {
  it('marks a footer repeated, nearly unchanged, in many bulletins of one sender; requests stay requests', () => {
    const library = [0, 1, 2, 3, 4].map((n) => week(n));
    markStandingText(library);
    for (const b of library) {
      expect(b.items.map((i) => i.boilerplate === true)).toEqual([false, true]);
    }
  });

  it('needs the repetition: three bulletins are not enough, and a new bulletin can tip it', () => {
    const library = [0, 1, 2].map((n) => week(n));
    markStandingText(library);
    expect(library.flatMap((b) => b.items).some((i) => i.boilerplate)).toBe(false);
    library.push(week(3));
    markStandingText(library);
    expect(library.every((b) => b.items[1]!.boilerplate === true)).toBe(true);
    // And a removed one can clear it again.
    library.pop();
    markStandingText(library);
    expect(library.flatMap((b) => b.items).some((i) => 'boilerplate' in i)).toBe(false);
  });

  it('a standing introduction that thanks is marked when repeated word for word often', () => {
    const library = [0, 1, 2, 3, 4, 5].map((n) => week(n, 'Grace Church', [INTRO]));
    markStandingText(library);
    expect(library.every((b) => b.items[2]!.boilerplate === true)).toBe(true);
  });

  it('a request repeated for a few weeks is not standing text', () => {
    const repeated =
      'Continue to pray for Maria* as her case goes back to court; the defence has asked for yet another delay this month.';
    const library = [0, 1, 2, 3].map((n) => week(n, 'IJM', [repeated]));
    markStandingText(library);
    expect(library.every((b) => b.items[2]!.boilerplate !== true)).toBe(true);
  });

  it('counts each sender apart', () => {
    const library = [week(0, 'IJM'), week(1, 'IJM'), week(2, 'Open Doors'), week(3, 'Open Doors')];
    markStandingText(library);
    expect(library.flatMap((b) => b.items).some((i) => i.boilerplate)).toBe(false);
  });
});

describe('standing text is kept off search, facets, country counts and sheets', () => {
  const files = [0, 1, 2, 3, 4].map((n) => {
    const b = week(n);
    return { file: b.file, size: 1, mtimeMs: 1, bulletins: [b], problems: [] };
  });
  const library = collectBulletins(files);

  it('is marked when the library collects its bulletins', () => {
    expect(library.every((b) => b.items[1]!.boilerplate === true)).toBe(true);
  });

  it('is never a search hit (so never counted in the facets)', () => {
    const engine = createSearchEngine(library);
    expect(engine.search({ text: 'partner offices' }).total).toBe(0);
    const all = engine.search({ text: '', limit: 100 });
    expect(all.total).toBe(5);
    expect(all.hits.every((hit) => hit.itemIndex === 0)).toBe(true);
  });

  it('names no country in the country list', () => {
    const names = listCountries(library).map((c) => c.country);
    expect(names).toContain('Kenya');
    expect(names).not.toContain('Canada');
  });

  it('cannot be added to a sheet', () => {
    expect(entryFromItem(library[0]!, 1)).toBeNull();
    expect(sheetFromBulletin(library[0]!, { title: 'Sheet', paperSize: 'A4' }).entries).toHaveLength(1);
  });
});
