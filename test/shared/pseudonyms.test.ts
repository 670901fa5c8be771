import { describe, expect, it } from 'vitest';
import { findPseudonyms } from '../../shared/pseudonyms';

describe('findPseudonyms', () => {
  it.each([
    ['Pray for Maria*.', ['Maria']],
    ['Ana* and Joseph* are home.', ['Ana', 'Joseph']],
    ["Ravi*'s family and Ravi*’s sister", ['Ravi']],
    ['Maria’s* case', ['Maria']],
    ['Jean-Paul* and Ngozi*, Ngozi* again', ['Jean-Paul', 'Ngozi']],
    ['Ñusta* from Perú', ['Ñusta']],
    ['**bold** text and a footnote*', []],
    ['* a bullet star', []],
    ['lowercase* is not a name', []],
    ['no stars at all', []],
    ['McLeod* and DeShawn*', ['McLeod', 'DeShawn']],
    ['Liana,* a mother of three, and Betty,* her neighbour', ['Liana', 'Betty']],
    ['Evelyn* and Liana,* both testified', ['Evelyn', 'Liana']],
  ])('%s', (text, names) => {
    expect(findPseudonyms(text)).toEqual(names);
  });
});
