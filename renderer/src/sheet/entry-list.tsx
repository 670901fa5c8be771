// The requests on the sheet, in the order they will be read: drag one to move it, or focus it and press
// Alt+↑ / Alt+↓ (or use its Move up / Move down buttons); every move is announced. A request can be
// reworded for reading aloud, or taken off (with Undo).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import type { SheetEntry } from '../../../shared/prayer-sheet';
import { isEntryEdited } from '../../../shared/prayer-sheet';
import { KindBadge, RegionChip } from '../components/badges';
import { formatShortDate } from '../lib/dates';
import { EntryEditor } from './entry-editor';
import { noticeBoardFor } from './paper-content';
import { useSheet } from './sheet-context';
import { dropIndex, shortText } from './sheet-format';

export interface EntryListProps {
  /** Says something to screen-reader users (a polite live region). */
  announce(message: string): void;
}

interface DropTarget {
  index: number;
  after: boolean;
}

export const REORDER_HELP_ID = 'sheet-reorder-help';

export function EntryList({ announce }: EntryListProps) {
  const sheet = useSheet();
  const { entries } = sheet;
  const noticeBoard = sheet.sheet.layout.noticeBoard;
  const [editing, setEditing] = useState<string | null>(null);
  const [dragging, setDragging] = useState<{ id: string; from: number } | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const [removed, setRemoved] = useState<{ entry: SheetEntry; index: number } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  /** After a move or an edit the same request keeps the focus (React moved its element, which drops it). */
  const focusNext = useRef<{ id: string; part: 'item' | 'edit' } | null>(null);

  useLayoutEffect(() => {
    const want = focusNext.current;
    if (!want || !listRef.current) return;
    focusNext.current = null;
    const item = [...listRef.current.children].find(
      (child) => (child as HTMLElement).dataset.entryId === want.id,
    ) as HTMLElement | undefined;
    const target = want.part === 'edit' ? item?.querySelector<HTMLElement>('[data-action="edit"]') : item;
    target?.focus();
  });

  const moveBy = (entry: SheetEntry, by: number) => {
    const from = entries.indexOf(entry);
    const to = Math.max(0, Math.min(entries.length - 1, from + by));
    focusNext.current = { id: entry.id, part: 'item' };
    if (to === from) {
      announce(by < 0 ? 'Already at the top.' : 'Already at the bottom.');
      return;
    }
    sheet.move(entry.id, by);
    announce(`Moved to position ${to + 1} of ${entries.length}: ${shortText(entry.text, 40)}`);
  };

  const remove = (entry: SheetEntry, index: number) => {
    sheet.remove(entry.id);
    setRemoved({ entry, index });
    announce(`Removed from the sheet: ${shortText(entry.text, 40)}`);
    // Focus stays in the list: on the request that took its place, or the one before it.
    const neighbour = entries[index + 1] ?? entries[index - 1];
    if (neighbour) focusNext.current = { id: neighbour.id, part: 'item' };
  };

  const undoRemove = useCallback(() => {
    if (!removed || sheet.has(removed.entry.id)) return;
    sheet.insert(removed.entry, removed.index);
    focusNext.current = { id: removed.entry.id, part: 'item' };
    announce('The request is back on the sheet.');
    setRemoved(null);
  }, [removed, sheet, announce]);

  // Ctrl+Z (Cmd+Z) puts the last removed request back, wherever focus is, except in a text field (where
  // it undoes typing).
  useEffect(() => {
    if (!removed) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'z' || isTextField(event.target)) return;
      event.preventDefault();
      undoRemove();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [removed, undoRemove]);

  const undoRow = removed && !sheet.has(removed.entry.id) && (
    <li className="sheet-undo" key="undo">
      Removed “{shortText(removed.entry.text, 40)}”.{' '}
      <button type="button" className="link-button" aria-keyshortcuts="Control+Z" onClick={undoRemove}>
        Undo
      </button>
    </li>
  );
  // Shown where the request was, so the Undo is where the eye and the pointer already are.
  const undoAt = removed ? Math.min(removed.index, entries.length) : -1;

  const onItemKeyDown = (event: KeyboardEvent<HTMLLIElement>, entry: SheetEntry, index: number) => {
    // Keys on the buttons or in the editor inside the item are theirs.
    if (event.target !== event.currentTarget) return;
    const up = event.key === 'ArrowUp';
    const down = event.key === 'ArrowDown';
    if (!up && !down) return;
    event.preventDefault();
    if (event.altKey) {
      moveBy(entry, up ? -1 : 1);
    } else if (!event.ctrlKey && !event.metaKey) {
      const neighbour = entries[index + (up ? -1 : 1)];
      if (neighbour) focusItem(listRef.current, neighbour.id);
    }
  };

  const onDragOver = (event: DragEvent<HTMLLIElement>, index: number) => {
    if (!dragging) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    if (dropTarget?.index !== index || dropTarget.after !== after) setDropTarget({ index, after });
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    if (!dragging) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    const to = dropIndex(dragging.from, index, after);
    const entry = entries[dragging.from];
    setDragging(null);
    setDropTarget(null);
    if (!entry || to === dragging.from) return;
    sheet.moveTo(dragging.from, to);
    announce(`Moved to position ${to + 1} of ${entries.length}: ${shortText(entry.text, 40)}`);
  };

  return (
    <>
      <p id={REORDER_HELP_ID} className="sheet-hint">
        Drag a request to move it, or select it and press Alt+↑ or Alt+↓.
      </p>
      <ol className="sheet-items" ref={listRef}>
        {entries.map((entry, index) => {
          const item = entryItem(entry, index);
          return index === undoAt ? [undoRow, item] : item;
        })}
        {undoAt === entries.length && undoRow}
      </ol>
    </>
  );

  function entryItem(entry: SheetEntry, index: number) {
    const isEditing = editing === entry.id;
    const warnings = noticeBoard ? noticeBoardFor(entry).warnings : [];
    const drop = dropTarget?.index === index ? (dropTarget.after ? ' is-drop-after' : ' is-drop-before') : '';
    const label = shortText(entry.text);
    return (
      <li
        key={entry.id}
        className={`sheet-item${dragging?.id === entry.id ? ' is-dragging' : ''}${drop}`}
        data-entry-id={entry.id}
        tabIndex={0}
        aria-describedby={REORDER_HELP_ID}
        draggable={!isEditing}
        onKeyDown={(event) => onItemKeyDown(event, entry, index)}
        onDragStart={(event) => {
          if (isEditing) return;
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', entry.text);
          setDragging({ id: entry.id, from: index });
        }}
        onDragOver={(event) => onDragOver(event, index)}
        onDrop={(event) => onDrop(event, index)}
        onDragEnd={() => {
          setDragging(null);
          setDropTarget(null);
        }}
      >
        <div className="sheet-item-head">
          <span className="sheet-item-grip" aria-hidden="true" title="Drag to move">
            ⠿
          </span>
          <span className="sheet-item-number">{index + 1}.</span>
          <span className="meta-date">{formatShortDate(entry.source.date)}</span>
          <RegionChip region={entry.source.region} />
          <KindBadge kind={entry.source.kind} />
          {isEntryEdited(entry) && <span className="sheet-item-edited">Reworded</span>}
        </div>
        {isEditing ? (
          <EntryEditor
            entry={entry}
            onDone={(how) => {
              setEditing(null);
              focusNext.current = { id: entry.id, part: 'edit' };
              if (how === 'emptied') announce('The wording was empty, so the bulletin’s wording is back.');
              else if (how === 'cancelled') announce('Editing cancelled.');
            }}
          />
        ) : (
          <p className="sheet-item-text">{entry.text}</p>
        )}
        {warnings.length > 0 && (
          <div className="sheet-item-warnings">
            {warnings.map((warning) => (
              <p key={warning}>{warning}</p>
            ))}
          </div>
        )}
        {!isEditing && (
          <div className="sheet-item-actions">
            <button
              type="button"
              className="icon-button is-small"
              aria-label={`Move up: ${label}`}
              title="Move up (Alt+↑)"
              disabled={index === 0}
              onClick={() => moveBy(entry, -1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="icon-button is-small"
              aria-label={`Move down: ${label}`}
              title="Move down (Alt+↓)"
              disabled={index === entries.length - 1}
              onClick={() => moveBy(entry, 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="link-button"
              data-action="edit"
              aria-label={`Edit wording: ${label}`}
              onClick={() => setEditing(entry.id)}
            >
              Edit wording
            </button>
            <button
              type="button"
              className="link-button is-quiet"
              aria-label={`Remove from prayer sheet: ${label}`}
              onClick={() => remove(entry, index)}
            >
              Remove
            </button>
          </div>
        )}
      </li>
    );
  }
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT';
}

function focusItem(list: HTMLOListElement | null, id: string): void {
  const item = [...(list?.children ?? [])].find((child) => (child as HTMLElement).dataset.entryId === id);
  (item as HTMLElement | undefined)?.focus();
}
