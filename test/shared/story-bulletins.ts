// Small builders for the bulletins the story tests (scripture index, country view, digest, calendar) need.
// Every text here is made up for these tests: invented people and places, no real cases.
import type { Bulletin, Item, Kind, Region } from '../../shared/model';
import type { SheetEntry } from '../../shared/prayer-sheet';

export function item(
  kind: Kind,
  region: Region,
  text: string,
  countries: string[] = [],
  pseudonyms: string[] = [],
): Item {
  return { region, heading: region, kind, text, countries, pseudonyms };
}

export function bulletin(
  file: string,
  date: string | null,
  items: Item[] = [],
  verse?: { reference: string; text?: string },
): Bulletin {
  return {
    file,
    title: date === null ? 'Prayer requests' : `Prayer requests for ${date}`,
    date,
    dateSource: date === null ? 'file-time' : 'text',
    scripture: verse
      ? { reference: verse.reference, text: verse.text ?? `Words of ${verse.reference}.` }
      : null,
    items,
    warnings: [],
  };
}

/** A sheet entry standing for one request of one region (for the calendar); its id is `${name}.txt#0`. */
export function entry(name: string, region: Region): SheetEntry {
  const text = `Pray for ${name}.`;
  return {
    id: `${name}.txt#0`,
    source: {
      file: `${name}.txt`,
      itemIndex: 0,
      date: null,
      region,
      kind: 'prayer',
      countries: [],
      pseudonyms: [],
      heading: null,
    },
    originalText: text,
    text,
  };
}
