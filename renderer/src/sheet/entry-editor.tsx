// Rewording one request for reading aloud. Only the sheet's copy changes (the bulletin file never does);
// the original stays one click away. Changes apply as they are typed, so the preview follows along;
// Escape or Cancel puts back the wording there was before editing began.
import { useId, useRef, useState } from 'react';
import type { SheetEntry } from '../../../shared/prayer-sheet';
import { isEntryEdited } from '../../../shared/prayer-sheet';
import { useSheet } from './sheet-context';

export interface EntryEditorProps {
  entry: SheetEntry;
  /** Editing is over (`how` says whether the change was kept). */
  onDone(how: 'kept' | 'cancelled' | 'emptied'): void;
}

export function EntryEditor({ entry, onDone }: EntryEditorProps) {
  const sheet = useSheet();
  const id = useId();
  const [before] = useState(entry.text);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const edited = isEntryEdited(entry);

  const finish = () => {
    if (entry.text.trim() === '') {
      // An empty request would print as a bare number: the bulletin's wording comes back instead.
      sheet.resetText(entry.id);
      onDone('emptied');
    } else {
      onDone('kept');
    }
  };
  const cancel = () => {
    sheet.editText(entry.id, before);
    onDone('cancelled');
  };

  return (
    <div className="entry-editor">
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        Wording for reading aloud
      </label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        className="entry-editor-text"
        value={entry.text}
        rows={Math.min(10, Math.max(3, Math.ceil(entry.text.length / 48)))}
        // Focus goes here when editing starts: that is what the Edit button was pressed for.
        autoFocus
        onChange={(event) => sheet.editText(entry.id, event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            cancel();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            finish();
          }
        }}
      />
      <div className="entry-editor-actions">
        <button type="button" className="button primary is-small" onClick={finish}>
          Done
        </button>
        <button type="button" className="button is-small" onClick={cancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button ghost is-small"
          disabled={!edited}
          onClick={() => {
            sheet.resetText(entry.id);
            textRef.current?.focus();
          }}
        >
          Reset to original
        </button>
      </div>
      {edited && (
        <details className="entry-editor-original">
          <summary>The bulletin’s wording</summary>
          <p>{entry.originalText}</p>
        </details>
      )}
    </div>
  );
}
