// What became of Print or Save as PDF, in plain words. A cancelled dialog needs no words; with no printer
// set up, the PDF is offered straight away, since it still works.
import { usePrintSheet } from './sheet-print';

export function PrintNote() {
  const print = usePrintSheet();
  const { outcome } = print;
  if (!outcome) return null;
  const { kind, result } = outcome;
  if (result.ok) {
    return (
      <p className="sheet-note is-done" role="status">
        {kind === 'pdf' && result.path ? `Saved as ${result.path}` : 'Sent to the printer.'}
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
