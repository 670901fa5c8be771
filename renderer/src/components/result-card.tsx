// One request found by the search, as a compact row: when and where it is from, what kind it is, and two
// lines of it from the sentence that matched (the reader beside shows the whole request).
import { memo, useId } from 'react';
import type { BulletinSummary } from '../../../shared/library-types';
import type { SearchHit } from '../../../shared/search-types';
import { bulletinDateText, formatDate, formatShortDate } from '../lib/dates';
import { AddToSheetButton } from '../sheet/add-to-sheet-button';
import { entryFromHit } from '../../../shared/prayer-sheet';
import { shownStatus } from '../lib/story-marks';
import { ThreadButton } from '../stories/thread-button';
import { AnswerBadge } from '../stories/thread-status-badge';
import { BulletinDate, KindBadge, RegionChip } from './badges';
import { HighlightedText } from './highlighted-text';

export interface ResultCardProps {
  hit: SearchHit;
  row: number;
  setSize: number;
  bulletin: BulletinSummary | undefined;
  tabbable: boolean;
  /** This request's bulletin is open in the reading pane. */
  current: boolean;
  onOpen(row: number, at: number): void;
  /** Pointed at or focused: the bulletin may be opened next. */
  onPrefetch?(file: string): void;
}

export const ResultCard = memo(function ResultCard({
  hit,
  row,
  setSize,
  bulletin,
  tabbable,
  current,
  onOpen,
  onPrefetch,
}: ResultCardProps) {
  const id = useId();
  const status = shownStatus(hit.story);
  return (
    <article
      className={`result-card is-compact${current ? ' is-current' : ''}`}
      data-row={row}
      tabIndex={tabbable ? 0 : -1}
      aria-posinset={row + 1}
      aria-setsize={setSize}
      aria-labelledby={`${id}-meta ${id}-where ${id}-text`}
      onPointerEnter={() => onPrefetch?.(hit.file)}
      onFocus={() => onPrefetch?.(hit.file)}
      onClick={(event) => {
        // Selecting text in a card must not open it.
        if (window.getSelection()?.toString()) return;
        onOpen(row, event.timeStamp);
      }}
    >
      <span
        className="meta-date"
        id={`${id}-meta`}
        title={bulletin ? bulletinDateText(bulletin).text : formatDate(hit.date)}
      >
        {bulletin ? <BulletinDate bulletin={bulletin} short /> : formatShortDate(hit.date)}
      </span>
      <span className="compact-where" id={`${id}-where`}>
        <RegionChip region={hit.region} />
      </span>
      <p className="result-snippet" id={`${id}-text`}>
        <KindBadge kind={hit.kind} />
        {status && <AnswerBadge status={status} />}
        <HighlightedText text={hit.snippet} ranges={hit.snippetRanges} />
      </p>
      <div className="compact-actions">
        <AddToSheetButton
          iconOnly
          tabIndex={tabbable ? 0 : -1}
          entry={entryFromHit({ ...hit, dateSource: bulletin?.dateSource })}
        />
        <ThreadButton iconOnly itemId={hit.id} mark={hit.story} tabIndex={tabbable ? 0 : -1} />
      </div>
    </article>
  );
});

export function PlaceholderCard({ row, setSize }: { row: number; setSize: number }) {
  return (
    <article
      className="result-card is-placeholder"
      data-row={row}
      tabIndex={-1}
      aria-posinset={row + 1}
      aria-setsize={setSize}
      aria-busy="true"
    >
      <span className="visually-hidden">Loading…</span>
      <div className="placeholder-line short" />
      <div className="placeholder-line" />
      <div className="placeholder-line" />
    </article>
  );
}
