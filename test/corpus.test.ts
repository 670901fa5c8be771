// Checks a real archive named by PRAYERDESK_CORPUS (CI points it at ../shared/seeds). Any folder must load
// without a crash; the three seed bulletins, when present, must parse exactly as a person reads them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../shared/model';
import { loadFolder } from '../electron/core/library/scan-folder';

const corpus = process.env.PRAYERDESK_CORPUS;

interface Expected {
  date?: string;
  reference: string;
  regions: string[];
  kinds: string[];
}

const seeds: Record<string, Expected> = {
  '000_': {
    date: '2019-04-27',
    reference: 'Micah 6:8',
    regions: [
      'Africa',
      'Latin America & Caribbean',
      'South Asia',
      'Southeast Asia & Pacific',
      'Global',
      'Global',
    ],
    kinds: ['praise', 'prayer', 'prayer', 'prayer', 'info', 'praise'],
  },
  '001_': {
    reference: 'Jeremiah 39:17',
    regions: [
      'Africa',
      'Latin America & Caribbean',
      'South Asia',
      'Southeast Asia & Pacific',
      'Global',
      'Global',
      'Global',
    ],
    kinds: ['praise', 'prayer', 'praise', 'prayer', 'info', 'praise', 'prayer'],
  },
  '002_': {
    reference: 'Romans 3:25-26',
    regions: [
      'Africa',
      'Latin America & Caribbean',
      'South Asia',
      'Southeast Asia & Pacific',
      'Global',
      'Global',
    ],
    kinds: ['praise', 'praise', 'prayer', 'praise', 'info', 'prayer'],
  },
};

describe.skipIf(!corpus)(`the archive in PRAYERDESK_CORPUS (${corpus ?? 'not set: skipped'})`, () => {
  const load = () => loadFolder(path.resolve(corpus ?? '.'));

  it('loads every file as a bulletin with items or names it as a problem', async () => {
    const { bulletins, problems } = await load();
    expect(bulletins.length + problems.length).toBeGreaterThan(0);
    for (const b of bulletins) {
      expect(b.items.length).toBeGreaterThan(0);
      if (b.date) expect(b.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const item of b.items) expect(item.text.trim()).not.toBe('');
    }
    for (const p of problems) expect(p.error).not.toBe('');
  });

  it('parses the seed bulletins right: items, regions, kinds, date and verse', async () => {
    const { bulletins } = await load();
    const found = (prefix: string): Bulletin | undefined =>
      bulletins.find((b) => path.basename(b.file).startsWith(prefix));
    const present = Object.keys(seeds).filter((prefix) => found(prefix));
    for (const prefix of present) {
      const bulletin = found(prefix)!;
      const expected = seeds[prefix]!;
      expect(
        bulletin.items.map((i) => i.region),
        prefix,
      ).toEqual(expected.regions);
      expect(
        bulletin.items.map((i) => i.kind),
        prefix,
      ).toEqual(expected.kinds);
      expect(bulletin.scripture?.reference, prefix).toBe(expected.reference);
      expect(bulletin.items[0]?.heading, prefix).toBeNull();
      if (expected.date) expect(bulletin.date, prefix).toBe(expected.date);
    }
  });
});
