// The timeline: every bulletin, newest first, under year and month headings; virtualized so 10,000
// bulletins scroll smoothly. Arrow keys walk the bulletins, Enter opens one.
import { memo, useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import type { ReactNode, Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { BulletinSummary } from '../../../shared/library-types';
import type { Region } from '../../../shared/model';
import { REGIONS } from '../../../shared/model';
import { monthName } from '../lib/dates';
import { answeredLabel, answersDescription } from '../lib/story-marks';
import type { Timeline } from '../lib/timeline-rows';
import { useElementHeight } from '../hooks/use-element-height';
import { useRovingFocus } from '../hooks/use-roving-focus';
import { BulletinDate, RegionChip } from './badges';
import { trustedDate } from '../../../shared/undated';
import type { ListHandle } from './results-list';

export interface TimelineListProps {
  timeline: Timeline;
  currentFile: string | null;
  onOpen(bulletin: BulletinSummary, at: number): void;
  onEscape(): void;
  onPrefetch?(file: string): void;
  /** Drawn above the rows and scrolled with them (the chart). */
  header?: ReactNode;
  ref?: Ref<ListHandle>;
}

const ROW_HEIGHTS = { year: 60, month: 40, bulletin: 92 } as const;

function fileLabel(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

const BulletinRow = memo(function BulletinRow({
  bulletin,
  row,
  tabbable,
  current,
  onOpen,
  onPrefetch,
}: {
  bulletin: BulletinSummary;
  row: number;
  tabbable: boolean;
  current: boolean;
  onOpen(row: number, at: number): void;
  onPrefetch?(file: string): void;
}) {
  const date = trustedDate(bulletin);
  const day = date === null ? null : Number(date.slice(8, 10));
  const regions = REGIONS.filter((region) => (bulletin.regionCounts[region] ?? 0) > 0) as Region[];
  const answered = answeredLabel(bulletin.answers);
  return (
    <button
      type="button"
      className={`bulletin-row${current ? ' is-current' : ''}`}
      data-row={row}
      tabIndex={tabbable ? 0 : -1}
      aria-current={current ? 'true' : undefined}
      onClick={(event) => onOpen(row, event.timeStamp)}
      onPointerEnter={() => onPrefetch?.(bulletin.file)}
      onFocus={() => onPrefetch?.(bulletin.file)}
    >
      <span className="bulletin-day" aria-hidden="true">
        {day ?? '–'}
      </span>
      <span className="bulletin-body">
        <span className="bulletin-date">
          <BulletinDate bulletin={bulletin} />
          {/* On the date line, not a line of its own: the row keeps its height. */}
          {answered && bulletin.answers && (
            <span className="answer-mark" title={answersDescription(bulletin.answers)}>
              <span aria-hidden="true">✓ </span>
              {answered}
            </span>
          )}
        </span>
        <span className="bulletin-title">{bulletin.title ?? fileLabel(bulletin.file)}</span>
        {bulletin.scriptureReference && <span className="bulletin-verse">{bulletin.scriptureReference}</span>}
        <span className="chip-row bulletin-regions">
          {regions.map((region) => (
            <RegionChip key={region} region={region} count={bulletin.regionCounts[region]} />
          ))}
          <span className="bulletin-count">
            {bulletin.itemCount} {bulletin.itemCount === 1 ? 'request' : 'requests'}
          </span>
        </span>
      </span>
    </button>
  );
});

export function TimelineList({
  timeline,
  currentFile,
  onOpen,
  onEscape,
  onPrefetch,
  header,
  ref,
}: TimelineListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const headerHeight = useElementHeight(headerRef);
  const { rows } = timeline;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ROW_HEIGHTS[rows[index]!.type],
    scrollMargin: headerHeight,
    overscan: 6,
    getItemKey: (index) => rows[index]!.key,
  });
  const items = virtualizer.getVirtualItems();

  const scrollToRow = useCallback(
    (row: number) => virtualizer.scrollToIndex(row, { align: 'auto' }),
    [virtualizer],
  );
  const openRow = useCallback(
    (row: number, at: number = performance.now()) => {
      const entry = rows[row];
      if (entry?.type === 'bulletin') onOpen(entry.bulletin, at);
    },
    [rows, onOpen],
  );
  const roving = useRovingFocus({
    rows: timeline.bulletinRows,
    containerRef: scrollRef,
    scrollToRow,
    onOpen: openRow,
    onEscape,
  });

  useImperativeHandle(
    ref,
    () => ({
      focusActive: () => {
        if (roving.activeRow >= 0) roving.focusRow(roving.activeRow);
      },
      focusFile: (file: string) => {
        const row = rows.findIndex((entry) => entry.type === 'bulletin' && entry.bulletin.file === file);
        if (row < 0) return false;
        roving.focusRow(row);
        return true;
      },
    }),
    [roving, rows],
  );

  // Restored with a bulletin open: show it in the timeline too.
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    if (currentFile === null || scrolledFor.current === currentFile) return;
    const row = rows.findIndex((entry) => entry.type === 'bulletin' && entry.bulletin.file === currentFile);
    if (row >= 0) {
      scrolledFor.current = currentFile;
      roving.setActiveRow(row);
      virtualizer.scrollToIndex(row, { align: 'auto' });
    }
  }, [currentFile, rows, roving, virtualizer]);

  const drawn = new Set(items.map((item) => item.index));
  const tabRow = drawn.has(roving.activeRow)
    ? roving.activeRow
    : (items.find((item) => rows[item.index]?.type === 'bulletin')?.index ?? -1);

  return (
    <div
      ref={scrollRef}
      className="list-scroll timeline-scroll"
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <div ref={headerRef}>{header}</div>
      <div className="virtual-space" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const entry = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`virtual-row timeline-row-${entry.type}`}
              style={{ transform: `translateY(${item.start - headerHeight}px)` }}
            >
              {entry.type === 'year' && (
                <h3 className="timeline-year">
                  {entry.year ?? 'Undated'}
                  <span className="timeline-count">
                    {entry.count} {entry.count === 1 ? 'bulletin' : 'bulletins'}
                  </span>
                </h3>
              )}
              {entry.type === 'month' && (
                <h4 className="timeline-month">
                  {monthName(entry.month)} <span className="visually-hidden">{entry.year}</span>
                </h4>
              )}
              {entry.type === 'bulletin' && (
                <BulletinRow
                  bulletin={entry.bulletin}
                  row={item.index}
                  tabbable={item.index === tabRow}
                  current={entry.bulletin.file === currentFile}
                  onOpen={openRow}
                  onPrefetch={onPrefetch}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
