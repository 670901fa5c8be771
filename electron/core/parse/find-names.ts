// People a text names in full without a star ("our client Daniel Kiptoo", "Margaret Akello, a widow"): two
// or three capitalised words in a row that are not a place (./find-places.ts), a country (./find-countries.ts),
// an institution ("High Court", "Ministry of Justice"), a title, a month or day, or the bulletin's own
// words ("Praise God"). Starred pseudonyms are found by ./find-pseudonyms.ts.
import { foldWord } from '../../../shared/text-fold';
import { findCountries } from './find-countries';
import { placesIn } from './find-places';

/** Capitalised words that are never part of a person's name in a bulletin (folded). */
const NOT_NAME_WORDS = new Set(
  (
    'god lord jesus christ holy spirit ijm praise pray please thank thanks give join rejoice celebrate the our we ' +
    'a an and or but for of in on at to as by with from after since while when this that these those his her ' +
    'their its my your high supreme court courts ministry justice police department office authority attorney ' +
    'general public prosecutor prosecutors republic national university church churches team teams programme ' +
    'program vice president global partnerships partner partners director region regional province district ' +
    'county city state lake river mount saint st north south east west northern southern eastern western ' +
    'central africa african asia asian america american europe european latin pacific southeast hq freedom ' +
    'prayer prayers gathering aftercare update last next first unit centre center network council foundation ' +
    'house senate parliament congress commission bank world united nations un new year christmas easter ' +
    'tribunal magistrate bible psalm psalms proverbs isaiah micah amos mr mrs ms dr doña don sr jr read ' +
    'learn watch more story international mission monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december covid ' +
    'government governor minister senior social services service school schools hospital shelter'
  ).split(' '),
);

const CAPITALISED_RUN =
  /\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*)+/gu;
const MAX_NAME_WORDS = 3;

/** The people a text names in full, folded ('daniel kiptoo'), in order of first mention, each once. */
export function findPersonNames(text: string): string[] {
  if (text.length === 0) return [];
  const names: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    // "Kevin Barasa's mother" is Kevin Barasa.
    const words = match[0].split(/[ \u00a0]/).map((word) => word.replace(/['’]s$/u, ''));
    // A run may start with a word that is not a name ("Pray for Margaret Akello" reads "Margaret Akello";
    // "Praise God" reads nothing): names are the longest stretches of name words.
    let run: string[] = [];
    const flush = (): void => {
      if (run.length >= 2 && run.length <= MAX_NAME_WORDS) {
        const phrase = run.join(' ');
        if (placesIn(phrase).length === 0 && findCountries(phrase).length === 0) {
          const key = run.map(foldWord).join(' ');
          if (!names.includes(key)) names.push(key);
        }
      }
      run = [];
    };
    for (const word of words) {
      if (NOT_NAME_WORDS.has(foldWord(word))) flush();
      else run.push(word);
    }
    flush();
  }
  return names;
}

/** How a folded name is shown ('daniel kiptoo' → 'Daniel Kiptoo'). */
export function nameTitle(folded: string): string {
  return folded.replace(
    /(^|\s)(\p{L})/gu,
    (_m, space: string, letter: string) => space + letter.toUpperCase(),
  );
}
