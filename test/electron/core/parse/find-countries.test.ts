import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../../electron/core/parse/find-countries';

describe('findCountries', () => {
  it.each([
    ['IJM Bangkok supports Thai authorities.', ['Thailand']],
    ['Our team in Manila helped Philippine officials and Filipino families in Cebu.', ['Philippines']],
    [
      'six Venezuelan women in the Dominican Republic, recruited in Venezuela',
      ['Venezuela', 'Dominican Republic'],
    ],
    ['Pray for U.S. advocates and U.S. leaders.', ['United States']],
    ['offices in the USA, the United States of America and among Americans', ['United States']],
    ['the U.K., the UK, Britain and British churches', ['United Kingdom']],
    ["Côte d'Ivoire, Cote d’Ivoire and the Ivory Coast", ["Côte d'Ivoire"]],
    ['the DRC, the Democratic Republic of the Congo and Congolese judges', ['DR Congo']],
    ['Brazzaville, in the Republic of the Congo', ['Republic of the Congo']],
    ['Papua New Guinea, not Guinea', ['Papua New Guinea', 'Guinea']],
    ['Guinea-Bissau and Timor-Leste', ['Guinea-Bissau', 'Timor-Leste']],
    ["Kenya's courts and Uganda’s police", ['Kenya', 'Uganda']],
    ['Dar es Salaam and Phnom Penh', ['Tanzania', 'Cambodia']],
    ['Romanian, Moldovan and Ukrainian survivors', ['Romania', 'Moldova', 'Ukraine']],
    ['Kenyans, Ugandans and Thais', ['Kenya', 'Uganda', 'Thailand']],
    ['Washington, D.C. and Chicago', ['United States']],
    ['the Netherlands, Holland and the Dutch office in The Hague', ['Netherlands']],
    ['a Zambian widow in Lusaka, then Ghana, then Zambia again', ['Zambia', 'Ghana']],
    ['Phillipines, misspelt', ['Philippines']],
    ['IJM US office', ['United States']],
  ])('%s', (text, countries) => {
    expect(findCountries(text)).toEqual(countries);
  });

  it.each([
    'Pray for our friends in Indiana.',
    'Jordan and Chad are interns from Georgia.',
    'across Latin America and South America',
    'Latin American churches',
    'the Indian Ocean',
    'a turkey dinner on china plates',
    'pray for us; the uk office is in a drc building', // abbreviations need their case
    'PRAY FOR US',
    'JOIN US AND OUR TEAMS',
    'McKenya and Kenyaville', // whole words only
    'Sofia* and Santiago* were freed', // names, not cities
    'Guinea pigs',
    '',
  ])('no country in: %s', (text) => {
    expect(findCountries(text)).toEqual([]);
  });

  it('New Mexico is in the United States', () => {
    expect(findCountries('a church in New Mexico')).toEqual(['United States']);
  });
});
