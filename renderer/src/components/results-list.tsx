// One card per matching request, virtualized: only the cards on screen exist, so 10,000 matches scroll
// as lightly as ten. Pages of hits are fetched as the visible range nears them.
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { ReactNode, Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { BulletinSummary } from '../../../shared/library-types';
import type { SearchHit } from '../../../shared/search-types';
import type { PagedHits } from '../hooks/use-paged-hits';
import { useElementHeight } from '../hooks/use-element-height';
import { useRovingFocus } from '../hooks/use-roving-focus';
import { PAGE_SIZE } from '../lib/view-query';
import { PlaceholderCard, ResultCard } from './result-card';

export interface ListHandle {
  /** Focuses the active row (the first one when nothing was chosen yet). */
  focusActive(): void;
  /** Focuses the row of this file if it is in the list (after the reader closes). */
  focusFile(file: string): boolean;
}

export interface ResultsListProps {
  paged: PagedHits;
  /** Changes with each new answer: the list goes back to the top. */
  listKey: string;
  bulletinsByFile: ReadonlyMap<string, BulletinSummary>;
  currentFile: string | null;
  busy: boolean;
  onOpen(hit: SearchHit, at: number): void;
  onEscape(): void;
  onPrefetch?(file: string): void;
  /** Drawn above the rows and scrolled with them (the chart). */
  header?: ReactNode;
  ref?: Ref<ListHandle>;
}

const ESTIMATED_CARD_HEIGHT = 48;

export function ResultsList({
  paged,
  listKey,
  bulletinsByFile,
  currentFile,
  busy,
  onOpen,
  onEscape,
  onPrefetch,
  header,
  ref,
}: ResultsListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const headerHeight = useElementHeight(headerRef);
  const { count, hit, ensure } = paged;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    scrollMargin: headerHeight,
    overscan: 4,
    getItemKey: (index) => hit(index)?.id ?? `row-${index}`,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // `hit` changes with each new answer: a list kept in place (the same question asked again after the
  // stories changed) fetches the pages it shows again.
  useEffect(() => {
    if (count > 0) ensure(first, last + PAGE_SIZE / 2);
  }, [ensure, first, last, count, hit]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [listKey]);

  const rows = useMemo(() => Array.from({ length: count }, (_, index) => index), [count]);
  const scrollToRow = useCallback(
    (row: number) => virtualizer.scrollToIndex(row, { align: 'auto' }),
    [virtualizer],
  );
  const openRow = useCallback(
    (row: number, at: number = performance.now()) => {
      const found = hit(row);
      if (found) onOpen(found, at);
    },
    [hit, onOpen],
  );
  const roving = useRovingFocus({ rows, containerRef: scrollRef, scrollToRow, onOpen: openRow, onEscape });

  useImperativeHandle(
    ref,
    () => ({
      focusActive: () => {
        if (roving.activeRow >= 0) roving.focusRow(roving.activeRow);
      },
      focusFile: (file: string) => {
        for (let row = 0; row < count; row += 1) {
          if (hit(row)?.file === file) {
            roving.focusRow(row);
            return true;
          }
        }
        return false;
      },
    }),
    [roving, count, hit],
  );

  // The active row may have scrolled out of the drawn range; then the first drawn row takes Tab instead.
  const tabRow = items.some((item) => item.index === roving.activeRow) ? roving.activeRow : first;

  return (
    <div
      ref={scrollRef}
      className="list-scroll compact-list"
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <div ref={headerRef}>{header}</div>
      <div
        role="feed"
        aria-busy={busy}
        aria-label="Matching requests"
        className="virtual-space"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const found = hit(item.index);
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="virtual-row"
              style={{ transform: `translateY(${item.start - headerHeight}px)` }}
            >
              {found ? (
                <ResultCard
                  hit={found}
                  row={item.index}
                  setSize={count}
                  bulletin={bulletinsByFile.get(found.file)}
                  tabbable={item.index === tabRow}
                  current={found.file === currentFile}
                  onOpen={openRow}
                  onPrefetch={onPrefetch}
                />
              ) : (
                <PlaceholderCard row={item.index} setSize={count} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
