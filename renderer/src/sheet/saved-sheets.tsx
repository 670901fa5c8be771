// The sheets saved so far, newest first: open one again, copy it as next week's start, print it again,
// or delete it (after a second click, since it cannot be undone).
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/error-message';
import { useSheet, useSheetActions } from './sheet-context';
import { formatSavedAt, requestCount } from './sheet-format';

export interface SavedSheetsProps {
  /** A saved sheet was opened (to go back to composing it). */
  onOpened(): void;
  /** A saved sheet was opened to print it again (show the preview). */
  onPrint(): void;
  announce(message: string): void;
}

export function SavedSheets({ onOpened, onPrint, announce }: SavedSheetsProps) {
  const actions = useSheetActions();
  const { sheet } = useSheet();
  const { savedSheets, savedSheetsError, refreshSavedSheets } = actions;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void refreshSavedSheets();
  }, [refreshSavedSheets]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  if (savedSheetsError) {
    return (
      <p className="sheet-note is-problem" role="alert">
        The saved sheets could not be listed: {savedSheetsError}
      </p>
    );
  }
  if (savedSheets === null) return <p className="sheet-hint">Looking for saved sheets…</p>;
  if (savedSheets.length === 0) {
    return (
      <p className="sheet-empty">
        No saved sheets yet. A sheet is saved by itself as soon as it has a request on it.
      </p>
    );
  }

  return (
    <>
      {error && (
        <p className="sheet-note is-problem" role="alert">
          {error}
        </p>
      )}
      <ul className="saved-sheets" aria-busy={busy || undefined}>
        {savedSheets.map((summary) => {
          const isOpen = summary.id === sheet.id;
          const title = summary.title.trim() || 'Untitled sheet';
          return (
            <li key={summary.id} className={`saved-sheet${isOpen ? ' is-open' : ''}`}>
              <div className="saved-sheet-text">
                <p className="saved-sheet-title">{title}</p>
                <p className="saved-sheet-meta">
                  {requestCount(summary.entryCount)} · changed {formatSavedAt(summary.updatedAt)}
                  {isOpen && <span className="saved-sheet-open"> · open now</span>}
                </p>
              </div>
              {confirming === summary.id ? (
                <div
                  className="saved-sheet-actions is-confirming"
                  role="group"
                  aria-label={`Delete “${title}”?`}
                >
                  <span>Delete this sheet? This cannot be undone.</span>
                  <button
                    type="button"
                    className="button danger is-small"
                    autoFocus
                    disabled={busy}
                    onClick={() =>
                      act(async () => {
                        await actions.deleteSheet(summary.id);
                        setConfirming(null);
                        announce(`Deleted “${title}”.`);
                      })
                    }
                  >
                    Delete
                  </button>
                  <button type="button" className="button is-small" onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </div>
              ) : (
                <div className="saved-sheet-actions">
                  <button
                    type="button"
                    className="button is-small"
                    disabled={busy}
                    aria-label={`Open “${title}”`}
                    onClick={() =>
                      act(async () => {
                        if (isOpen || (await actions.openSheet(summary.id))) onOpened();
                      })
                    }
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    className="button is-small"
                    disabled={busy}
                    aria-label={`Duplicate “${title}”`}
                    onClick={() =>
                      act(async () => {
                        await actions.duplicateSheet(summary.id);
                        onOpened();
                      })
                    }
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="button is-small"
                    disabled={busy}
                    aria-label={`Print “${title}” again`}
                    onClick={() =>
                      act(async () => {
                        if (isOpen || (await actions.openSheet(summary.id))) onPrint();
                      })
                    }
                  >
                    Print…
                  </button>
                  <button
                    type="button"
                    className="button ghost is-small is-danger"
                    disabled={busy}
                    aria-label={`Delete “${title}”`}
                    onClick={() => setConfirming(summary.id)}
                  >
                    Delete
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
