import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bulletinSlot,
  generateArchive,
  generateBulletin,
  generateBulletinText,
  writeArchive,
} from './generate-archive';
import { inflect, plural } from './sentences';

const sample = Array.from({ length: 120 }, (_, i) => generateBulletin(i, { seed: 7 }));
const texts = sample.map((b) => b.text.replace(/\r\n/g, '\n'));

describe('generateBulletinText', () => {
  it('gives the same file and text for the same seed and index, whatever was generated before', () => {
    const again = generateBulletinText(57, { seed: 7 });
    expect(again).toEqual({ file: sample[57]?.file, text: sample[57]?.text });
  });

  it('gives different bulletins for a different seed', () => {
    expect(generateBulletinText(57, { seed: 8 }).text).not.toBe(sample[57]?.text);
  });
});

describe('generateArchive', () => {
  it('yields count bulletins with distinct file names, across series too', () => {
    const files = [...generateArchive({ count: 300, seed: 3, endDate: '2012-06-30' })].map((b) => b.file);
    expect(files).toHaveLength(300);
    expect(new Set(files).size).toBe(300);
  });

  it('dates bulletins weekly from the start date', () => {
    expect(bulletinSlot(0).date).toBe('2011-01-05');
    expect(bulletinSlot(1).date).toBe('2011-01-12');
    expect(bulletinSlot(3, { startDate: '2019-04-27' }).date).toBe('2019-05-18');
  });

  it('starts a new series in its own folder after the end date, keeping dates in real years', () => {
    const opts = { startDate: '2020-01-01', endDate: '2020-12-31' };
    expect(bulletinSlot(52, opts)).toEqual({ series: 0, date: '2020-12-30' });
    expect(bulletinSlot(53, opts)).toEqual({ series: 1, date: '2020-01-01' });
    expect(generateBulletin(53, opts).file).toMatch(/^archive-2\/2020\//);
  });
});

describe('bulletin shape', () => {
  it('files sit in year folders, with the date in the name unless the text carries it', () => {
    for (const b of sample) {
      const year = b.facts.date.slice(0, 4);
      expect(b.file.startsWith(`${year}/`)).toBe(true);
      expect(b.file.endsWith('.txt')).toBe(true);
      const [y, m, d] = b.facts.date.split('-');
      const named = [`${y}-${m}-${d}`, `${y}${m}${d}`, `${y}_${m}_${d}`].some((s) => b.file.includes(s));
      if (b.facts.dateIn === 'filename') expect(named).toBe(true);
      if (b.facts.dateIn === 'nowhere') expect(named).toBe(false);
    }
  });

  it('has 5 to 8 items of roughly 60 to 120 words, headings, and a verse most of the time', () => {
    for (const b of sample) {
      expect(b.facts.items.length).toBeGreaterThanOrEqual(5);
      expect(b.facts.items.length).toBeLessThanOrEqual(8);
      for (const item of b.facts.items.filter((i) => i.kind !== 'info' || i.region !== 'Global')) {
        expect(item.words).toBeGreaterThanOrEqual(55);
        expect(item.words).toBeLessThanOrEqual(150);
      }
    }
    expect(texts.filter((t) => /\n(Latin America|South Asia)\n/.test(t)).length).toBe(texts.length);
    const withVerse = sample.filter((b) => b.facts.scriptureReference !== null).length;
    expect(withVerse / sample.length).toBeGreaterThan(0.8);
  });

  it('uses headings of the era the bulletin belongs to', () => {
    const early = generateBulletin(10).text; // 2011
    const late = generateBulletin(700).text; // 2024
    expect(early).toMatch(/IJM HQ & Global Partners/);
    expect(late).toMatch(/Asia Pacific/);
    expect(late).toMatch(/IJM Global Office & Partners/);
  });

  it('shows the quirks of real archives across a sample', () => {
    const all = texts.join('\n=====\n');
    expect(all).toMatch(/^IJM Prayer Requests?$/m);
    expect(all).toMatch(/^\u2014 /m); // reference on its own line after an em dash
    expect(all).toMatch(/[\u201d"] ?[\u2013-] \d? ?[A-Z][a-z]+ \d+:\d+/); // en dash or hyphen, same line
    expect(all).toMatch(/^ {2}\u2022 /m);
    expect(all).toMatch(/\w+\*/); // pseudonyms
    expect(all).toMatch(/Read the full story \./);
    expect(all).toMatch(/\b(Praise God|Pray for|Thank God|Give thanks|Please pray)\b/);
    expect(sample.some((b) => b.text.includes('\r\n'))).toBe(true);
    expect(sample.some((b) => b.facts.dateIn === 'filename')).toBe(true);
    expect(sample.some((b) => b.facts.title === null)).toBe(true);
    expect(sample.some((b) => b.facts.items[0]?.heading === null)).toBe(true);
  });

  it('names the countries it writes about', () => {
    const africaFirst = sample.find(
      (b) => b.facts.items[0]?.heading === null && b.facts.items[0].region === 'Africa',
    );
    expect(africaFirst?.facts.items[0]?.countries.length).toBeGreaterThan(0);
    for (const b of sample) {
      for (const name of b.facts.items.flatMap((i) => i.pseudonyms)) expect(b.text).toContain(`${name}*`);
    }
  });
});

describe('word forms', () => {
  it('inflects nouns and verbs', () => {
    expect(plural('child')).toBe('children');
    expect(plural('family')).toBe('families');
    expect(plural('brick kiln')).toBe('brick kilns');
    expect(inflect('traffic', 'ed')).toBe('trafficked');
    expect(inflect('traffic', 'ing')).toBe('trafficking');
    expect(inflect('rescue', 'ing')).toBe('rescuing');
    expect(inflect('plan', 'ed')).toBe('planned');
    expect(inflect('carry', 'ed')).toBe('carried');
  });
});

describe('writeArchive', () => {
  it('writes every bulletin as a UTF-8 file under the folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'prayer-desk-gen-'));
    try {
      await writeArchive(dir, { count: 12, seed: 7 });
      const years = await readdir(dir);
      expect(years).toEqual(['2011']);
      expect((await readdir(path.join(dir, '2011'))).length).toBe(12);
      const first = await readFile(path.join(dir, ...(sample[0]?.file ?? '').split('/')), 'utf8');
      expect(first).toBe(sample[0]?.text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
