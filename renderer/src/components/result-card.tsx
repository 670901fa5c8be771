// One request found by the search: where and when it is from, what kind it is, and the words that matched.
import { memo, useId } from 'react';
import type { BulletinSummary } from '../../../shared/library-types';
import type { SearchHit } from '../../../shared/search-types';
import { formatDate } from '../lib/dates';
import { AddToSheetButton } from '../sheet/add-to-sheet-button';
import { entryFromHit } from '../../../shared/prayer-sheet';
import { shownStatus } from '../lib/story-marks';
import { CountryChip } from '../stories/country-chip';
import { ThreadButton } from '../stories/thread-button';
import { AnswerBadge } from '../stories/thread-status-badge';
import { EstimatedMark, KindBadge, RegionChip } from './badges';
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
      className={`result-card${current ? ' is-current' : ''}`}
      data-row={row}
      tabIndex={tabbable ? 0 : -1}
      aria-posinset={row + 1}
      aria-setsize={setSize}
      aria-labelledby={`${id}-meta ${id}-text`}
      onPointerEnter={() => onPrefetch?.(hit.file)}
      onFocus={() => onPrefetch?.(hit.file)}
      onClick={(event) => {
        // Selecting text in a card must not open it.
        if (window.getSelection()?.toString()) return;
        onOpen(row, event.timeStamp);
      }}
    >
      <div className="meta-line" id={`${id}-meta`}>
        <span className="meta-date">
          {formatDate(hit.date)}
          {bulletin && <EstimatedMark source={bulletin.dateSource} />}
        </span>
        <RegionChip region={hit.region} />
        <KindBadge kind={hit.kind} />
        {status && <AnswerBadge status={status} />}
        {hit.countries?.map((country) => (
          <CountryChip key={country} country={country} tabIndex={tabbable ? 0 : -1} />
        ))}
      </div>
      <p className="result-snippet" id={`${id}-text`}>
        <HighlightedText text={hit.snippet} ranges={hit.snippetRanges} />
      </p>
      <div className="card-actions">
        <button
          type="button"
          className="link-button"
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(row, event.timeStamp);
          }}
        >
          Read the bulletin
        </button>
        <ThreadButton itemId={hit.id} mark={hit.story} tabIndex={tabbable ? 0 : -1} />
        <AddToSheetButton tabIndex={tabbable ? 0 : -1} entry={entryFromHit(hit)} />
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
