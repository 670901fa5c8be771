// The prayer sheet beside the reader: the sheet being put together (title, church, verse, introduction and
// the requests, to arrange, reword or take off), the saved sheets, and the way to paper — Print, Save as
// PDF, or the preview with the layout options. The sheet saves itself a moment after each change.
import { useEffect, useId, useRef, useState } from 'react';
import { EntryList } from './entry-list';
import { DismissibleNotice } from '../components/dismissible-notice';
import { ExportButtons, PrintButtons } from './print-buttons';
import { PrintNote } from './print-note';
import { PraiseDigestDialog } from './praise-digest-dialog';
import { PrintPreview } from './print-preview';
import { SavedSheets } from './saved-sheets';
import type { SaveStatus } from './sheet-context';
import { useSheet, useSheetActions, useSheetApi } from './sheet-context';
import { SheetDetails } from './sheet-details';
import { formatSavedAt, requestCount } from './sheet-format';
import { SheetPrintProvider } from './sheet-print';
import '../styles/sheet.css';

export interface SheetPanelProps {
  onClose(): void;
  /** Opened with the menu's "Print prayer sheet" (Ctrl/Cmd+P): show the preview, focus on Print. */
  focusPrint?: boolean;
}

export function SheetPanel(props: SheetPanelProps) {
  return (
    <SheetPrintProvider>
      <Panel {...props} />
    </SheetPrintProvider>
  );
}

type View = 'sheet' | 'saved';

function Panel({ onClose, focusPrint = false }: SheetPanelProps) {
  const sheet = useSheet();
  const actions = useSheetActions();
  const api = useSheetApi();
  const id = useId();
  const [view, setView] = useState<View>('sheet');
  const [preview, setPreview] = useState<{ open: boolean; focus: 'print' | 'title' }>(() => ({
    open: focusPrint && sheet.entries.length > 0,
    focus: 'print',
  }));
  const [announcement, setAnnouncement] = useState('');
  const [digestOpen, setDigestOpen] = useState(false);
  const digestButtonRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previewButtonRef = useRef<HTMLButtonElement>(null);
  const count = sheet.entries.length;
  const empty = count === 0;

  useEffect(() => {
    if (!preview.open) headingRef.current?.focus();
    // Only when the panel opens; later moves of focus are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const announce = (message: string) => {
    // The same words twice in a row must still be read out: clear, then say.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  };

  // Ctrl/Cmd+P again while the panel is open: the preview, ready to print.
  useEffect(() => {
    if (!api) return;
    return api.onMenuCommand((command) => {
      if (command === 'print-sheet') setPreview({ open: true, focus: 'print' });
    });
  }, [api]);

  const closePreview = () => {
    setPreview((p) => ({ ...p, open: false }));
    requestAnimationFrame(() => previewButtonRef.current?.focus());
  };

  return (
    <>
      <aside
        className="sheet-panel sheet-composer"
        aria-labelledby={`${id}-heading`}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !event.defaultPrevented) {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="sheet-panel-head">
          <h2 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
            Prayer sheet
          </h2>
          <SaveState status={sheet.saveStatus} updatedAt={sheet.sheet.updatedAt} />
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close prayer sheet">
            <span aria-hidden="true">×</span>
          </button>
        </div>

        <div className="sheet-tabs">
          {/* Only the two tabs are in the tab list; the ways to start a sheet sit beside it. */}
          <div className="sheet-tablist" role="tablist" aria-label="Prayer sheet">
            <button
              type="button"
              role="tab"
              id={`${id}-tab-sheet`}
              aria-selected={view === 'sheet'}
              aria-controls={`${id}-view`}
              onClick={() => setView('sheet')}
            >
              This sheet
            </button>
            <button
              type="button"
              role="tab"
              id={`${id}-tab-saved`}
              aria-selected={view === 'saved'}
              aria-controls={`${id}-view`}
              onClick={() => setView('saved')}
            >
              Saved sheets
            </button>
          </div>
          <span className="sheet-starts">
            <button
              type="button"
              className="link-button"
              ref={digestButtonRef}
              onClick={() => setDigestOpen(true)}
            >
              Praise digest…
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                void actions.newSheet();
                setView('sheet');
              }}
            >
              New sheet
            </button>
          </span>
        </div>

        {sheet.saveError && sheet.saveStatus === 'error' && (
          <div className="sheet-note is-problem" role="alert">
            <p>The sheet could not be saved: {sheet.saveError}</p>
            <button type="button" className="button is-small" onClick={() => void sheet.saveNow()}>
              Try again
            </button>
          </div>
        )}
        {actions.notice && (
          <DismissibleNotice
            className="sheet-note"
            message={actions.notice}
            onDismiss={actions.dismissNotice}
          />
        )}

        <div
          className="sheet-view"
          id={`${id}-view`}
          role="tabpanel"
          aria-labelledby={view === 'sheet' ? `${id}-tab-sheet` : `${id}-tab-saved`}
        >
          {view === 'sheet' ? (
            <>
              <SheetDetails />
              <div className="sheet-requests-head">
                <h3>Requests</h3>
                <p className="sheet-panel-count">{empty ? '' : `${requestCount(count)} on the sheet`}</p>
              </div>
              {empty ? (
                <div className="sheet-empty">
                  <p>
                    Nothing on the sheet yet. Use “Add to prayer sheet” on any request, or start from a whole
                    bulletin or from search results.
                  </p>
                  <p>
                    Or gather the answers to prayer of a quarter or a year:{' '}
                    <button type="button" className="link-button" onClick={() => setDigestOpen(true)}>
                      make a praise digest
                    </button>
                    .
                  </p>
                </div>
              ) : (
                <EntryList announce={announce} />
              )}
            </>
          ) : (
            <SavedSheets
              announce={announce}
              onOpened={() => setView('sheet')}
              onPrint={() => {
                setView('sheet');
                setPreview({ open: true, focus: 'print' });
              }}
            />
          )}
        </div>

        {!preview.open && <PrintNote />}
        <div className="sheet-panel-actions sheet-composer-actions">
          <PrintButtons empty={empty} printLabel="Print sheet…" />
          <button
            type="button"
            className="button"
            ref={previewButtonRef}
            onClick={() => setPreview({ open: true, focus: 'title' })}
          >
            Preview and layout…
          </button>
        </div>
        <ExportButtons empty={empty} />
        <div className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
      </aside>
      {preview.open && <PrintPreview initialFocus={preview.focus} onClose={closePreview} />}
      {digestOpen && (
        <PraiseDigestDialog
          onClose={() => {
            setDigestOpen(false);
            requestAnimationFrame(() => digestButtonRef.current?.focus());
          }}
          onMade={() => {
            setDigestOpen(false);
            setView('sheet');
            // The new sheet is in front: reading starts at the panel's heading (the notice says what came).
            requestAnimationFrame(() => headingRef.current?.focus());
          }}
        />
      )}
    </>
  );
}

function SaveState({ status, updatedAt }: { status: SaveStatus; updatedAt: string | null }) {
  const text =
    status === 'saving'
      ? 'Saving…'
      : status === 'saved'
        ? `Saved ${formatSavedAt(updatedAt)}`
        : status === 'unsaved'
          ? 'Not saved yet'
          : status === 'error'
            ? 'Not saved'
            : '';
  return (
    <p className={`sheet-save-state is-${status}`} aria-live="off">
      {text}
    </p>
  );
}
