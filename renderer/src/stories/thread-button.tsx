// A request's place in a story, where the request shows (reader, result cards): a quiet "Part of a story ·
// 3 requests" button that opens the thread, and its answer badge. A request on its own that others may be
// related to gets a quieter "Possibly related · 2 requests"; nothing at all for one with neither.
import type { StoryMark } from '../../../shared/story-types';
import { hasPossible, isStory, possibleLabel, storyLabel } from '../lib/story-marks';
import { useStoryNav } from './story-nav';

export interface ThreadButtonProps {
  itemId: string;
  mark: StoryMark | null | undefined;
  /** -1 inside a list row that is not the active one, so Tab does not walk every card. */
  tabIndex?: number;
  /** Only the story icon shows (compact result rows); the words stay the button's name and tooltip. */
  iconOnly?: boolean;
}

export function ThreadButton({ itemId, mark, tabIndex, iconOnly = false }: ThreadButtonProps) {
  const nav = useStoryNav();
  if (mark === null || mark === undefined) return null;
  const possible = hasPossible(mark);
  if (!isStory(mark) && !possible) return null;
  const label = possible ? possibleLabel(mark.possible ?? 0) : storyLabel(mark.threadSize);
  return (
    <button
      type="button"
      className={`story-button${possible ? ' is-possible' : ''}${iconOnly ? ' is-icon' : ''}`}
      title={iconOnly ? label : undefined}
      tabIndex={tabIndex}
      onClick={(event) => {
        // Inside a clickable card: opening the story must not also open the bulletin.
        event.stopPropagation();
        nav.openThread(itemId);
      }}
    >
      <svg className="story-button-icon" viewBox="0 0 12 16" width="10" height="14" aria-hidden="true">
        <path d="M6 3.5v9" />
        <circle cx="6" cy="2.5" r="2" />
        <circle cx="6" cy="8" r="1.6" />
        <circle cx="6" cy="13.5" r="2" />
      </svg>
      {iconOnly ? <span className="visually-hidden">{label}</span> : label}
    </button>
  );
}
