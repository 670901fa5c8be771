// What became of Print, Save as PDF, Save as Word document or Copy as text, in plain words. A cancelled
// dialog needs no words; with no printer set up, the PDF is offered straight away, since it still works.
// A saved file is named by its file name (the whole path is its tooltip), with "Open" and "Show in folder".
import { useState } from 'react';
import { errorMessage } from '../api/error-message';
import { useSheetApi } from './sheet-context';
import { usePrintSheet } from './sheet-print';

/** The file name of a path, Windows or POSIX. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function PrintNote() {
  const print = usePrintSheet();
  const { outcome } = print;
  if (!outcome) return null;
  const { kind, result } = outcome;
  if (result.ok) {
    if (result.path) return <SavedNote path={result.path} />;
    return (
      <p className="sheet-note is-done" role="status">
        {kind === 'copy'
          ? 'Copied the sheet as text: paste it into an e-mail or a newsletter.'
          : 'Sent to the printer.'}
      </p>
    );
  }
  if (result.reason === 'cancelled') return null;
  return (
    <div className="sheet-note is-problem" role="alert">
      <p>{result.message}</p>
      {result.reason === 'no-printer' && (
        <button
          type="button"
          className="button is-small"
          disabled={print.busy !== null}
          onClick={() => void print.savePdf()}
        >
          Save as PDF instead…
        </button>
      )}
    </div>
  );
}

function SavedNote({ path }: { path: string }) {
  const api = useSheetApi();
  const [problem, setProblem] = useState<string | null>(null);
  const act = (action: 'open' | 'show') => {
    setProblem(null);
    if (!api) return;
    const done = action === 'open' ? api.openSavedFile(path) : api.showSavedFile(path);
    done.catch((error: unknown) => setProblem(errorMessage(error)));
  };
  return (
    <div className="sheet-note is-done" role="status">
      <p className="saved-file" title={path} data-path={path}>
        Saved as {fileName(path)}
      </p>
      <button type="button" className="button is-small" onClick={() => act('open')}>
        Open
      </button>
      <button type="button" className="button is-small" onClick={() => act('show')}>
        Show in folder
      </button>
      {problem && <p className="saved-file-problem">{problem}</p>}
    </div>
  );
}
