// The "for a notice board" option: names and ages of survivors left out, children flagged. The requests are
// written for these tests (fictional names and places), in the styles bulletins use.
import { describe, expect, it } from 'vitest';
import {
  childMentions,
  mentionsChildren,
  noticeBoardEntry,
  redactForNoticeBoard,
  starredNames,
} from '../../shared/notice-board';
import type { SheetEntry } from '../../shared/prayer-sheet';

describe('starredNames', () => {
  it.each<[string, string[]]>([
    ['Pray for Tala* as she speaks in court.', ['Tala']],
    ['Nimo* and Baraka* are home; Nimo* again.', ['Nimo', 'Baraka']],
    ["Ravi*'s family and Ravi’s* sister", ['Ravi']],
    ['Jean-Luc* and Ñeca* met the judge.', ['Jean-Luc', 'Ñeca']],
    ['**Bold** text, a footnote* and * a bullet', []],
  ])('%j → %j', (text, names) => {
    expect(starredNames(text)).toEqual(names);
  });
});

describe('redactForNoticeBoard: names', () => {
  it.each<[string, string]>([
    [
      'Pray for Tala* as she gives evidence on Friday.',
      'Pray for a survivor as she gives evidence on Friday.',
    ],
    [
      'Tala* is safe. Pray for Tala* and her aunt.',
      'A survivor is safe. Pray for the survivor and her aunt.',
    ],
    ['Nimo* and Baraka* are back at school.', 'Two survivors are back at school.'],
    ['Pray for Nimo*, Baraka* and Sefa* this week.', 'Pray for three survivors this week.'],
    ["Ravi*'s mother found work.", "A survivor's mother found work."],
    ['We met Ravi’s* mother.', 'We met a survivor’s mother.'],
    ['Nimo* and Baraka* went home. Nimo* starts work.', 'Two survivors went home. A survivor starts work.'],
  ])('%j → %j', (text, expected) => {
    const result = redactForNoticeBoard(text);
    expect(result.text).toBe(expected);
    expect(result.namesRemoved).toBeGreaterThan(0);
  });

  it('also leaves out listed pseudonyms written without the star', () => {
    const result = redactForNoticeBoard('Pray for Grace* today. Grace told the court what happened.', [
      'Grace',
    ]);
    expect(result.text).toBe('Pray for a survivor today. The survivor told the court what happened.');
    expect(result.namesRemoved).toBe(2);
  });

  it('leaves everything else as written', () => {
    const text = 'Pray for the  judges in Kampala (Uganda) as the hearing resumes !';
    const result = redactForNoticeBoard(text);
    expect(result).toEqual({
      text,
      namesRemoved: 0,
      agesRemoved: 0,
      mentionsChildren: false,
      childTerms: [],
      warnings: [],
    });
  });
});

describe('redactForNoticeBoard: ages', () => {
  it.each<[string, string]>([
    ['A 14-year-old girl was freed last week.', 'A girl was freed last week.'],
    ['Police found an 8-year-old boy and two 15-year-old girls.', 'Police found a boy and two girls.'],
    ['The team met a 13 year old orphan.', 'The team met an orphan.'],
    ['Give thanks for a 70-year-old widow who kept her land.', 'Give thanks for a widow who kept her land.'],
    ['Sixteen-year-old Tala* testified.', 'A survivor testified.'],
    [
      'Officers rescued a 14-year-old from a house in Cebu.',
      'Officers rescued a young person from a house in Cebu.',
    ],
    ['Three 16-year-olds were brought to safety.', 'Three young people were brought to safety.'],
    ['A 68-year-old from the village spoke up.', 'A person from the village spoke up.'],
    ['Tala*, aged 9, was placed with a foster family.', 'A survivor was placed with a foster family.'],
    ['A girl (aged 12) and her brother, aged 14.', 'A girl and her brother.'],
    ['Children aged 9 to 12 were found at the site.', 'Children were found at the site.'],
    ['She was trafficked at the age of 13, and later freed.', 'She was trafficked, and later freed.'],
    ['Pray for a boy, who is 11, as he heals.', 'Pray for a boy as he heals.'],
  ])('%j → %j', (text, expected) => {
    const result = redactForNoticeBoard(text);
    expect(result.text).toBe(expected);
    expect(result.agesRemoved).toBeGreaterThan(0);
  });

  it('warns about an age it cannot take out cleanly', () => {
    const result = redactForNoticeBoard(
      'All four children, the youngest of whom was only seven months old, are now safe.',
    );
    expect(result.text).toContain('seven months old');
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[1]).toContain('may still give an age (“seven months old”)');
  });
});

describe('children', () => {
  it.each<[string, string[]]>([
    ['Pray for the children at the shelter.', ['children']],
    ['Two teenage girls were moved by the network.', ['teenage', 'girls']],
    ['Pray for minors held in the factory.', ['minors']],
    ['A boy was returned to his family.', ['boy']],
    ['Protection for a minor who came forward.', ['a minor']],
    ['Workers under 18 were freed.', ['under 18']],
    ['She was only an infant.', ['infant']],
    ['A 14-year-old was found.', ['14-year-old']],
    ['Survivors aged 9 and 12 testified.', ['aged 9']],
    ['The youngest was eight months old.', ['eight months old']],
  ])('%j is flagged (%j)', (text, terms) => {
    expect(childMentions(text)).toEqual(terms);
    expect(mentionsChildren(text)).toBe(true);
    const result = redactForNoticeBoard(text);
    expect(result.mentionsChildren).toBe(true);
    expect(result.warnings[0]).toMatch(/mentions children/);
  });

  it.each([
    'A minor delay in court; pray for patience.',
    'Give thanks for a 70-year-old widow.',
    'Pray for the kidnapping case to be heard.',
    'Pray for the team as they train new staff.',
    'Survivors aged 19 and 22 found work.',
  ])('%j is not flagged', (text) => {
    expect(mentionsChildren(text)).toBe(false);
  });
});

describe('noticeBoardEntry', () => {
  it('uses the sheet’s own wording and the entry’s pseudonyms', () => {
    const entry: SheetEntry = {
      id: '2026/a.txt#0',
      source: {
        file: '2026/a.txt',
        itemIndex: 0,
        date: null,
        region: 'Africa',
        kind: 'prayer',
        countries: [],
        pseudonyms: ['Amani'],
        heading: null,
      },
      originalText: 'Pray for Amani* as she returns to school.',
      text: 'Pray for Amani as she goes back to class.',
    };
    const result = noticeBoardEntry(entry);
    expect(result.text).toBe('Pray for a survivor as she goes back to class.');
    expect(result.mentionsChildren).toBe(false);
  });
});

describe('redactForNoticeBoard: a star after the comma', () => {
  it('leaves out "Liana,*" as it leaves out "Evelyn*"', () => {
    const out = redactForNoticeBoard('Pray for Liana,* who was freed with Evelyn* last week.');
    expect(out.text).not.toMatch(/Liana|Evelyn|\*/);
    expect(out.namesRemoved).toBe(2);
  });
});
