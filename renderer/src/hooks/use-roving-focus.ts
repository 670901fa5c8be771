// Keyboard movement through a virtual list: one row is tabbable at a time, arrow keys move it, and the
// row is scrolled into view and focused even if it was not drawn yet (virtual lists draw only what shows).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, RefObject } from 'react';

export interface RovingOptions {
  /** Row indexes that take focus, in order (headings are skipped). */
  rows: readonly number[];
  containerRef: RefObject<HTMLElement | null>;
  scrollToRow(row: number): void;
  onOpen(row: number): void;
  /** Escape with focus in the list. */
  onEscape(): void;
}

export interface RovingFocus {
  /** The row that is tabbable now (-1 when the list is empty). */
  activeRow: number;
  setActiveRow(row: number): void;
  focusRow(row: number): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  /** Put on the list container: a row focused by mouse or Tab becomes the active row. */
  onFocus(event: FocusEvent<HTMLElement>): void;
}

const PAGE_STEP = 8;

export function rowOf(element: Element | null): number | null {
  const host = element?.closest<HTMLElement>('[data-row]');
  if (!host) return null;
  const row = Number(host.dataset.row);
  return Number.isInteger(row) ? row : null;
}

export function useRovingFocus({
  rows,
  containerRef,
  scrollToRow,
  onOpen,
  onEscape,
}: RovingOptions): RovingFocus {
  const [active, setActive] = useState<number>(-1);
  const pendingFocus = useRef<number | null>(null);
  const activeRow = rows.length === 0 ? -1 : rows.includes(active) ? active : rows[0]!;

  useLayoutEffect(() => {
    const row = pendingFocus.current;
    if (row === null) return;
    const element = containerRef.current?.querySelector<HTMLElement>(`[data-row="${row}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const focusRow = useCallback(
    (row: number) => {
      setActive(row);
      pendingFocus.current = row;
      scrollToRow(row);
      const element = containerRef.current?.querySelector<HTMLElement>(`[data-row="${row}"]`);
      if (element) {
        pendingFocus.current = null;
        element.focus({ preventScroll: true });
      }
    },
    [containerRef, scrollToRow],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (rows.length === 0) return;
      const target = event.target as HTMLElement;
      const current = rowOf(target) ?? activeRow;
      const position = Math.max(0, rows.indexOf(current));
      let next: number | null = null;
      switch (event.key) {
        case 'ArrowDown':
          next = Math.min(rows.length - 1, position + 1);
          break;
        case 'ArrowUp':
          next = Math.max(0, position - 1);
          break;
        case 'PageDown':
          next = Math.min(rows.length - 1, position + PAGE_STEP);
          break;
        case 'PageUp':
          next = Math.max(0, position - PAGE_STEP);
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = rows.length - 1;
          break;
        case 'Enter':
          // Only the row itself opens; Enter on a button inside the row presses that button.
          if (target.dataset.row !== undefined) {
            event.preventDefault();
            onOpen(current);
          }
          return;
        case 'Escape':
          event.preventDefault();
          onEscape();
          return;
        default:
          return;
      }
      event.preventDefault();
      focusRow(rows[next]!);
    },
    [rows, activeRow, focusRow, onOpen, onEscape],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const row = Number((event.target as HTMLElement).closest<HTMLElement>('[data-row]')?.dataset.row);
      if (Number.isInteger(row) && row !== activeRow) setActive(row);
    },
    [activeRow, setActive],
  );

  return { activeRow, setActiveRow: setActive, focusRow, onKeyDown, onFocus };
}
