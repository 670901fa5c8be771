// "Print…", "Save as PDF…", "Save as Word document…" and "Copy as text", shared by the sheet panel and the
// print preview so both behave alike: disabled while the sheet is empty or a job is running, and saying
// which job is running.
import type { Ref } from 'react';
import { usePrintSheet } from './sheet-print';

export interface PrintButtonsProps {
  empty: boolean;
  printLabel: string;
  printRef?: Ref<HTMLButtonElement>;
}

export function PrintButtons({ empty, printLabel, printRef }: PrintButtonsProps) {
  const print = usePrintSheet();
  const busy = empty || print.busy !== null;
  return (
    <>
      <button
        type="button"
        className="button primary"
        ref={printRef}
        disabled={busy}
        onClick={() => void print.print()}
      >
        {print.busy === 'print' ? 'Printing…' : printLabel}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void print.savePdf()}>
        {print.busy === 'pdf' ? 'Making the PDF…' : 'Save as PDF…'}
      </button>
    </>
  );
}

/** For the church newsletter or an e-mail: the sheet's words without the paper layout. */
export function ExportButtons({ empty }: { empty: boolean }) {
  const print = usePrintSheet();
  const busy = empty || print.busy !== null;
  return (
    <div className="sheet-export-actions">
      <button type="button" className="button is-small" disabled={busy} onClick={() => void print.saveDocx()}>
        {print.busy === 'docx' ? 'Making the document…' : 'Save as Word document…'}
      </button>
      <button type="button" className="button is-small" disabled={busy} onClick={() => void print.copyText()}>
        Copy as text
      </button>
    </div>
  );
}
