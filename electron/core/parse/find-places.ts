// Towns, districts and provinces a text names, from the gazetteer's place lists (shared/countries.ts), as
// folded word sequences. One finder for the parser and the stories (the stories compare requests by the places
// they share); countries themselves are found by ./find-countries.ts.
import { COUNTRIES } from '../../../shared/countries';
import { foldWord, splitWords } from '../../../shared/text-fold';

// Places of the gazetteer (cities, districts, provinces), as folded word sequences, keyed by first word.
let placePhrases: Map<string, string[][]> | null = null;
/** A place's name as the gazetteer writes it, by its folded form ('lake volta' → 'Lake Volta'). */
const placeNames = new Map<string, string>();
export function placesByFirstWord(): Map<string, string[][]> {
  if (placePhrases === null) {
    placePhrases = new Map();
    for (const c of COUNTRIES) {
      for (const place of c.places ?? []) {
        const words = splitWords(place).map(foldWord);
        if (words.length === 0) continue;
        if (!placeNames.has(words.join(' '))) placeNames.set(words.join(' '), place);
        const list = placePhrases.get(words[0]!) ?? [];
        list.push(words);
        placePhrases.set(words[0]!, list);
      }
    }
    // Longest first, so "Guatemala City" wins over a shorter place at the same word.
    for (const list of placePhrases.values()) list.sort((a, b) => b.length - a.length);
  }
  return placePhrases;
}

/** How the gazetteer writes a place found folded ('lake volta' → 'Lake Volta'). */
export function placeName(folded: string): string {
  placesByFirstWord();
  return placeNames.get(folded) ?? folded;
}

/** The gazetteer places a text names, folded ('santa cruz'), sorted, without duplicates. */
export function placesIn(text: string): string[] {
  return findPlaces(splitWords(text).map((word) => ({ folded: foldWord(word) }))).places;
}

/** The places among a text's words (folded), and which words belong to one. */
export function findPlaces(words: readonly { folded: string; placesFrom?: string[][] }[]): {
  places: string[];
  inPlace: boolean[];
} {
  const table = placesByFirstWord();
  const found: string[] = [];
  const inPlace = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidates = 'placesFrom' in word ? word.placesFrom : table.get(word.folded);
    if (!candidates) continue;
    const match = candidates.find((place) => place.every((word, k) => words[i + k]?.folded === word));
    if (!match) continue;
    const name = match.length === 1 ? match[0]! : match.join(' ');
    if (!found.includes(name)) found.push(name);
    for (let k = 0; k < match.length; k++) inPlace[i + k] = true;
    i += match.length - 1;
  }
  return { places: found.length > 1 ? found.sort() : found, inPlace };
}
