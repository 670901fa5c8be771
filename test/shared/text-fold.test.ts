import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import {
  STOP_WORDS,
  foldCase,
  foldWord,
  isStopWord,
  normalizeSpelling,
  splitWords,
  wordSpans,
} from '../../shared/text-fold';

describe('foldCase', () => {
  it('drops accents and case, composed or decomposed', () => {
    expect(foldCase('Côte')).toBe('cote');
    expect(foldCase('Co\u0302te')).toBe('cote');
    expect(foldCase('SÃO PAULO')).toBe('sao paulo');
    expect(foldCase('İstanbul')).toBe('istanbul');
  });

  it('spells out letters that have no accent to drop', () => {
    expect(foldCase('Straße')).toBe('strasse');
    expect(foldCase('Łódź')).toBe('lodz');
    expect(foldCase('Ørsted')).toBe('orsted');
  });
});

describe('normalizeSpelling', () => {
  it.each([
    ['labour', 'labor'],
    ['labourers', 'laborers'],
    ['honour', 'honor'],
    ['honourable', 'honorable'],
    ['favour', 'favor'],
    ['favourite', 'favorite'],
    ['neighbour', 'neighbor'],
    ['neighbourhoods', 'neighborhoods'],
    ['behaviour', 'behavior'],
    ['colour', 'color'],
    ['saviour', 'savior'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['centred', 'centered'],
    ['theatre', 'theater'],
    ['kilometres', 'kilometers'],
    ['programme', 'program'],
    ['programmes', 'programs'],
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['organise', 'organize'],
    ['organised', 'organized'],
    ['organising', 'organizing'],
    ['recognise', 'recognize'],
    ['realised', 'realized'],
    ['prioritise', 'prioritize'],
    ['criticised', 'criticized'],
    ['apologise', 'apologize'],
    ['minimise', 'minimize'],
    ['summarise', 'summarize'],
    ['jeopardise', 'jeopardize'],
    ['analyse', 'analyze'],
    ['paralysed', 'paralyzed'],
    ['defence', 'defense'],
    ['offences', 'offenses'],
    ['licence', 'license'],
    ['judgement', 'judgment'],
    ['judgements', 'judgments'],
    ['travelled', 'traveled'],
    ['travelling', 'traveling'],
    ['counsellor', 'counselor'],
    ['counselling', 'counseling'],
    ['cancelled', 'canceled'],
    ['jewellery', 'jewelry'],
    ['practising', 'practicing'],
    ['enquiries', 'inquiries'],
    ['grey', 'gray'],
    ['ageing', 'aging'],
    ['catalogue', 'catalog'],
    ['manoeuvre', 'maneuver'],
    ['paediatric', 'pediatric'],
  ])('turns %s into %s', (british, american) => {
    expect(normalizeSpelling(british)).toBe(american);
  });

  it.each([
    'raise',
    'raised',
    'praise',
    'praised',
    'praising',
    'precise',
    'promise',
    'promised',
    'compromise',
    'exercise',
    'exercises',
    'advise',
    'advised',
    'surprise',
    'surprising',
    'arise',
    'arising',
    'rise',
    'sunrise',
    'comprise',
    'enterprise',
    'expertise',
    'franchise',
    'paradise',
    'treatise',
    'merchandise',
    'devise',
    'revise',
    'supervise',
    'supervised',
    'televise',
    'improvise',
    'disguise',
    'otherwise',
    'wise',
    'noise',
    'cruise',
    'premises',
    'concise',
    'excise',
    'advertise',
    'advertising',
    'chastise',
    'despise',
    'crises',
    'our',
    'your',
    'four',
    'hour',
    'tour',
    'pour',
    'journey',
    'course',
    'devour',
    'called',
    'spelling',
    'compelled',
    'metro',
    'acre',
    'genre',
    'labor',
    'center',
    'organization',
  ])('leaves %s as it is', (word) => {
    expect(normalizeSpelling(word)).toBe(word);
  });

  it('does not mistake words that name properties of plain objects', () => {
    expect(normalizeSpelling('constructor')).toBe('constructor');
    expect(normalizeSpelling('__proto__')).toBe('__proto__');
  });
});

describe('foldWord', () => {
  it('folds then spells the American way', () => {
    expect(foldWord('Labour')).toBe('labor');
    expect(foldWord('CENTRE')).toBe('center');
    expect(foldWord('Côte')).toBe('cote');
  });
});

describe('words of a text', () => {
  it('split at spaces, punctuation, apostrophes, hyphens and emoji', () => {
    expect(splitWords("Côte d’Ivoire's anti-trafficking unit 🙏 (2019): done.")).toEqual([
      'Côte',
      'd',
      'Ivoire',
      's',
      'anti',
      'trafficking',
      'unit',
      '2019',
      'done',
    ]);
    expect(splitWords('php: ^ ~2 *')).toEqual(['php', '2']);
    expect(splitWords('')).toEqual([]);
  });

  it('keep a decomposed accent inside its word', () => {
    expect(splitWords('Co\u0302te')).toEqual(['Co\u0302te']);
  });

  it('come with their places in the text, as many as asked for', () => {
    const text = 'Pray, Côte!';
    expect(wordSpans(text)).toEqual([
      { start: 0, end: 4, word: 'Pray' },
      { start: 6, end: 10, word: 'Côte' },
    ]);
    expect(wordSpans(text, 1)).toEqual([{ start: 0, end: 4, word: 'Pray' }]);
    expect(wordSpans(text, 0)).toEqual([]);
  });
});

describe('isStopWord', () => {
  it("agrees with Lunr's stop-word filter", () => {
    const lunrSays = (word: string) => lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
    const words =
      'the for and pray praise a i tis twas yet your you whom kenya labor not no will can children of'.split(
        ' ',
      );
    for (const word of words) expect(isStopWord(word)).toBe(lunrSays(word));
    // Every listed word is one of Lunr's, and Lunr 2.3.9 lists 119.
    expect([...STOP_WORDS].filter((word) => !lunrSays(word))).toEqual([]);
    expect(STOP_WORDS.size).toBe(119);
  });
});
