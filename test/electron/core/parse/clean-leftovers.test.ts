import { describe, expect, it } from 'vitest';
import {
  cleanTablePipes,
  isBareUrl,
  isImageLine,
  isRuleLine,
  stripInlineImages,
  stripLinkLeftovers,
  tidySpacing,
} from '../../../../electron/core/parse/clean-leftovers';

describe('lines that are leftovers', () => {
  it.each([
    'unnamed (3).jpg',
    'image001.png',
    'IMG_2041.JPG',
    '[image: team photo.jpg]',
    '[image: IJM logo]',
    'photo.jpeg',
  ])('image: %s', (line) => {
    expect(isImageLine(line)).toBe(true);
  });

  it.each([
    'Pray for the photographer who took picture.jpg and many more shots of the team today.',
    'Pray for Kenya.',
  ])('not an image: %s', (line) => {
    expect(isImageLine(line)).toBe(false);
  });

  it.each(['|', '| |', '|---|---|', '+-----+', '-----', '____', '***', '==='])('rule: %s', (line) => {
    expect(isRuleLine(line)).toBe(true);
  });

  it.each(['', '| a |', '- Pray'])('not a rule: %s', (line) => {
    expect(isRuleLine(line)).toBe(false);
  });
});

describe('cleaning inside a line', () => {
  it('table cells become text', () => {
    expect(cleanTablePipes('| Kenya | Praise God for a verdict. |')).toBe('Kenya Praise God for a verdict.');
    expect(cleanTablePipes('no pipes')).toBe('no pipes');
  });

  it('drops [image: …] placeholders', () => {
    expect(stripInlineImages('Pray [image: photo.jpg] for Kenya.')).toBe('Pray   for Kenya.');
  });

  it('knows a bare web address', () => {
    expect(isBareUrl('https://www.ijm.org/news/story')).toBe(true);
    expect(isBareUrl('<www.ijm.org>')).toBe(true);
    expect(isBareUrl('Read it at https://ijm.org')).toBe(false);
  });
});

describe('stripLinkLeftovers', () => {
  it.each([
    ['Praise God for her courage. Read the full story .', 'Praise God for her courage.'],
    ['Praise God for her courage. Read the full story.', 'Praise God for her courage.'],
    ['Praise God! Read more', 'Praise God!'],
    ['Praise God. Click here to learn more.', 'Praise God.'],
    ['Pray for the law. Watch the video. Learn more.', 'Pray for the law.'],
    ['Pray for Kenya. (Read more here)', 'Pray for Kenya.'],
    ['Read the full story .', ''],
    ['Pray that officers would learn more.', 'Pray that officers would learn more.'],
    [
      'Pray for those who read the full story of their lives.',
      'Pray for those who read the full story of their lives.',
    ],
    // Spaces at the end, no-break or not, are trimmed first, and the label still goes.
    ['Pray for the court. Read more\u00a0', 'Pray for the court.'],
    ['Pray for them. Read the full story .  ', 'Pray for them.'],
    // Two spaces after the sentence: not a label left behind, only trimmed.
    ['Pray for them.  Read the full story .  ', 'Pray for them.  Read the full story .'],
    ['Pray for Ana. See photos »', 'Pray for Ana.'],
    // No label ends like that: the paragraph is only trimmed.
    [' Praise God for the verdict. ', 'Praise God for the verdict.'],
    ['Pray for the judges more', 'Pray for the judges more'],
  ])('%s', (text, clean) => {
    expect(stripLinkLeftovers(text)).toBe(clean);
  });
});

describe('tidySpacing', () => {
  it('one space, none before closing punctuation', () => {
    expect(tidySpacing('  Pray   for the\tindustry .  Amen , friends ! ')).toBe(
      'Pray for the industry. Amen, friends!',
    );
    expect(tidySpacing('It costs $1,400 . Really')).toBe('It costs $1,400. Really');
  });

  it('leaves tidy text as it is, and tidies a space at either end or before punctuation alone', () => {
    expect(tidySpacing('Pray for Kenya. Amen!')).toBe('Pray for Kenya. Amen!');
    expect(tidySpacing(' Pray for Kenya.')).toBe('Pray for Kenya.');
    expect(tidySpacing('Pray for Kenya. ')).toBe('Pray for Kenya.');
    expect(tidySpacing('Pray for Kenya .')).toBe('Pray for Kenya.');
    expect(tidySpacing('Pray for Kenya\u00a0today.')).toBe('Pray for Kenya today.');
    expect(tidySpacing('a .5 dose, 3 ,4')).toBe('a .5 dose, 3 ,4');
  });
});
