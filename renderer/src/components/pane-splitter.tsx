// The line between the list and the reading pane, draggable and keyboard-operable (a window splitter:
// ←/→ move it, Home/End to the ends), so a volunteer can give the list or the bulletin more room. The
// split is kept with the view and comes back at the next start.
import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { LIST_WIDTH } from '../hooks/use-view-state';

export interface PaneSplitterProps {
  /** The list's share of the container's width. */
  share: number;
  onChange(share: number): void;
  /** The element whose width the share is of. */
  containerRef: RefObject<HTMLElement | null>;
  /** id of the list pane it resizes. */
  controls: string;
}

const STEP = 0.02;
const PAGE_STEP = 0.1;

export function PaneSplitter({ share, onChange, containerRef, controls }: PaneSplitterProps) {
  const dragging = useRef(false);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? share - STEP
        : event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? share + STEP
          : event.key === 'PageUp'
            ? share - PAGE_STEP
            : event.key === 'PageDown'
              ? share + PAGE_STEP
              : event.key === 'Home'
                ? LIST_WIDTH.min
                : event.key === 'End'
                  ? LIST_WIDTH.max
                  : null;
    if (next === null) return;
    event.preventDefault();
    onChange(next);
  };

  const shareAt = (clientX: number): number | null => {
    const box = containerRef.current?.getBoundingClientRect();
    return box && box.width > 0 ? (clientX - box.left) / box.width : null;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    dragging.current = true;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const next = shareAt(event.clientX);
    if (next !== null) onChange(next);
  };
  const stop = () => {
    dragging.current = false;
  };

  const percent = Math.round(share * 100);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Width of the list"
      aria-controls={controls}
      aria-valuemin={Math.round(LIST_WIDTH.min * 100)}
      aria-valuemax={Math.round(LIST_WIDTH.max * 100)}
      aria-valuenow={percent}
      aria-valuetext={`List ${percent}% of the width`}
      tabIndex={0}
      className="pane-splitter"
      title="Drag, or use the arrow keys, to give the list or the bulletin more room"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={stop}
      onPointerCancel={stop}
      onDoubleClick={() => onChange(LIST_WIDTH.initial)}
    />
  );
}
