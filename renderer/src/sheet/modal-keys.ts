// The keys of our modal dialogs (the print preview, "Praise digest…"): Escape closes, and Tab and
// Shift+Tab go round inside the dialog rather than out to the page behind it.
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';

/** The ref for the dialog element and the key handler to put on it. */
export function useModalKeys(onClose: () => void) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      trapTab(event, dialogRef.current);
    }
  };
  return { dialogRef, onKeyDown };
}

/** Keeps Tab inside the dialog. */
export function trapTab(event: KeyboardEvent, dialog: HTMLElement | null): void {
  if (!dialog) return;
  const focusable = [
    ...dialog.querySelectorAll<HTMLElement>(
      'button:not(:disabled), input:not(:disabled), select, textarea, [tabindex]:not([tabindex="-1"])',
    ),
  ];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
