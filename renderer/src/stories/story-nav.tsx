// Moving between the app's places from anywhere on screen: a country chip opens its country view, a verse
// opens the scripture index, a "thread" button opens a request's thread, a request opens its bulletin.
// The reader (app.tsx) provides these; any component may use them without threading props through.
import { createContext, useContext } from 'react';

/** The places the list side of the window can show. */
export type Section =
  | { type: 'bulletins' }
  | { type: 'verses'; query: string }
  | { type: 'countries' }
  | { type: 'country'; country: string };

export interface StoryNav {
  openCountry(country: string): void;
  /** The scripture index, searched for `reference` when given ('Micah 6:8', 'Psalm 89'). */
  openVerses(reference?: string): void;
  /** The thread of a request (`${file}#${itemIndex}`). */
  openThread(itemId: string): void;
  /** Reads a bulletin in the reader pane, scrolled to the item when given. */
  openBulletin(file: string, itemIndex?: number): void;
}

const noop: StoryNav = {
  openCountry: () => undefined,
  openVerses: () => undefined,
  openThread: () => undefined,
  openBulletin: () => undefined,
};

const StoryNavContext = createContext<StoryNav>(noop);

export const StoryNavProvider = StoryNavContext.Provider;

/** Outside a provider (unit tests of one component) the actions do nothing. */
export function useStoryNav(): StoryNav {
  return useContext(StoryNavContext);
}
