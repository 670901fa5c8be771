// The print preview: the very pages the printer gets (same components, same stylesheet, same page breaks),
// each drawn at its real paper size in millimetres and scaled down to fit the window, beside the layout
// options, so a change shows at once. Print and Save as PDF are here too.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { SHEET_PAGE_MARGIN_MM } from '../../../shared/prayer-sheet';
import type { SheetLayout } from '../../../shared/prayer-sheet';
import { LayoutOptions } from './layout-options';
import { useModalKeys } from './modal-keys';
import { noticeBoardFor } from './paper-content';
import { minimumFontPt, paperMm, PX_PER_MM } from './paper-metrics';
import type { SizeMm } from './paper-metrics';
import { PrintNote } from './print-note';
import { useSheet } from './sheet-context';
import { requestCount, shortText } from './sheet-format';
import { PaperPageView } from './sheet-paper';
import type { FitWay, PaperLayout } from './sheet-paper';
import { ExportButtons, PrintButtons } from './print-buttons';
import { usePrintSheet } from './sheet-print';

export interface PrintPreviewProps {
  onClose(): void;
  /** Where focus starts: the Print button (asked for with Ctrl+P) or the dialog's title. */
  initialFocus?: 'print' | 'title';
}

/** Room around the pages in the preview, in CSS px. */
const PAGES_PADDING = 24;
/** The width at which the preview turns into one scrolling column (as in sheet.css). */
const NARROW_PREVIEW = '(max-width: 820px)';

export function PrintPreview({ onClose, initialFocus = 'title' }: PrintPreviewProps) {
  const print = usePrintSheet();
  const sheetControls = useSheet();
  const { sheet } = sheetControls;
  const { layout } = print;
  const id = useId();
  const { dialogRef, onKeyDown } = useModalKeys(onClose);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const printRef = useRef<HTMLButtonElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  // A month calendar is turned sideways: the preview shows it so.
  const paper = paperMm(sheet.layout.paperSize, sheet.layout.calendar?.span === 'month');
  const scale = useFitScale(pagesRef, paper);
  const empty = sheet.entries.length === 0;

  useEffect(() => {
    if (initialFocus === 'print' && printRef.current && !printRef.current.disabled) printRef.current.focus();
    else headingRef.current?.focus();
  }, [initialFocus]);

  const warnings = sheet.layout.noticeBoard
    ? sheet.entries.filter((entry) => noticeBoardFor(entry).warnings.length > 0)
    : [];

  return (
    <div className="sheet-preview-backdrop">
      <div
        className="sheet-preview"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        ref={dialogRef}
        onKeyDown={onKeyDown}
      >
        <div className="sheet-preview-head">
          <h2 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
            Print preview
          </h2>
          {layout && <p className="sheet-preview-summary">{summary(layout)}</p>}
          <button type="button" className="icon-button" aria-label="Close the preview" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div className="sheet-preview-body">
          <div className="sheet-preview-pages" ref={pagesRef}>
            {layout ? (
              <PreviewPages layout={layout} scale={scale} />
            ) : (
              <p className="sheet-hint">Laying out the sheet…</p>
            )}
          </div>
          <div className="sheet-preview-side">
            <LayoutOptions />
            {layout && (
              <FitNote layout={layout} onFit={(way) => sheetControls.updateLayout(fitLayout(way))} />
            )}
            {warnings.length > 0 && (
              <div className="sheet-note is-warning">
                <p>
                  Check {warnings.length === 1 ? 'this request' : `these ${warnings.length} requests`} before
                  the sheet goes on a notice board:
                </p>
                <ul>
                  {warnings.map((entry) => (
                    <li key={entry.id}>
                      <strong>{shortText(entry.text, 48)}</strong> {noticeBoardFor(entry).warnings.join(' ')}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <PrintNote />
            <div className="sheet-preview-actions">
              <PrintButtons empty={empty} printLabel="Print…" printRef={printRef} />
              <button type="button" className="button ghost" onClick={onClose}>
                Close
              </button>
            </div>
            <ExportButtons empty={empty} />
          </div>
        </div>
      </div>
    </div>
  );
}

function PreviewPages({ layout, scale }: { layout: PaperLayout; scale: number }) {
  const paper = paperMm(layout.content.layout.paperSize, layout.content.calendar?.landscape ?? false);
  const width = paper.width * PX_PER_MM;
  const height = paper.height * PX_PER_MM;
  return (
    <>
      {layout.pages.map((_page, index) => (
        <div
          key={index}
          className="preview-sheet"
          role="group"
          aria-label={`Page ${index + 1} of ${layout.pages.length}`}
          style={{ width: width * scale, height: height * scale }}
        >
          <div
            className="preview-paper"
            style={{
              width: `${paper.width}mm`,
              height: `${paper.height}mm`,
              padding: `${SHEET_PAGE_MARGIN_MM}mm`,
              transform: `scale(${scale})`,
            }}
          >
            <PaperPageView layout={layout} index={index} />
          </div>
        </div>
      ))}
    </>
  );
}

function summary(layout: PaperLayout): string {
  const { calendar } = layout.content;
  if (calendar) {
    const requests = new Set(layout.content.blocks.filter((b) => b.kind === 'entry').map((b) => b.key)).size;
    const paper = `${layout.content.layout.paperSize}${calendar.landscape ? ', sideways' : ''}`;
    return `${calendar.span === 'week' ? 'Week' : 'Month'} calendar · ${requestCount(requests)} · 1 page · ${paper}`;
  }
  const pages = layout.pages.length;
  const entries = layout.content.blocks.filter((block) => block.kind === 'entry').length;
  return `${requestCount(entries)} · ${pages === 1 ? '1 page' : `${pages} pages`} · ${layout.content.layout.paperSize}`;
}

function FitNote({ layout, onFit }: { layout: PaperLayout; onFit(way: FitWay): void }) {
  const { printSize } = layout.content.layout;
  const size = `${layout.fontPt.toLocaleString()} pt`;
  const fit = layout.calendarFit;
  if (layout.content.calendar && fit) {
    const month = layout.content.calendar.span === 'month';
    if (fit.clipped) {
      // What would spread the requests thinner: more days, or an even share for every day.
      const ways = [
        'take some requests off the sheet',
        ...(month ? [] : ['print a month']),
        ...(layout.content.calendar.rule === 'region-per-day' ? ['choose “In sheet order”'] : []),
      ];
      const advice =
        ways.length > 1 ? `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}` : ways[0];
      return (
        <p className="sheet-hint fit-note is-warning">
          Some days hold more than their box can show, even at {size} with each request cut to its first
          sentence: the last lines of those days are left off. To print every word, {advice}.
        </p>
      );
    }
    return (
      <p className="sheet-hint fit-note">
        Fits on one page{month ? ' turned sideways' : ''}, text at {size}
        {fit.shortDays.length > 0
          ? `; on ${fit.shortDays.length === 1 ? 'one day' : `${fit.shortDays.length} days`} the requests are cut to their first sentence, to fit`
          : ''}
        .
      </p>
    );
  }
  if (layout.pages.length === 1) {
    return (
      <p className="sheet-hint fit-note">
        Fits on one page, text at {size}
        {layout.shrunk ? ' (a little smaller than usual, to fit)' : ''}.
      </p>
    );
  }
  // Only the changes measured to fit are offered, each applied at once so the preview shows it.
  const ways = layout.fitWays ?? [];
  return (
    <div className="sheet-hint fit-note">
      <p>
        Too long for one page even at {minimumFontPt(printSize).toLocaleString()} pt, so it runs to{' '}
        {layout.pages.length} pages at {size}; the title repeats at the top of each page.{' '}
        {ways.length > 0
          ? 'To fit it on one page:'
          : 'To fit it on one page, take a request or two off the sheet, or shorten some.'}
      </p>
      {ways.length > 0 && (
        <div className="fit-ways" role="group" aria-label="Fit to one page">
          {ways.map((way) => (
            <button key={way} type="button" className="button" onClick={() => onFit(way)}>
              {FIT_WAY_LABELS[way]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

const FIT_WAY_LABELS: Record<FitWay, string> = {
  'two-columns': 'Fit to one page: two columns',
  'normal-print': 'Fit to one page: normal print',
  'normal-print-two-columns': 'Fit to one page: normal print, two columns',
};

function fitLayout(way: FitWay): Partial<SheetLayout> {
  switch (way) {
    case 'two-columns':
      return { columns: 2 };
    case 'normal-print':
      return { printSize: 'normal' };
    case 'normal-print-two-columns':
      return { printSize: 'normal', columns: 2 };
  }
}

/** The scale at which a whole page fits the preview area (never above real size). */
function useFitScale(ref: React.RefObject<HTMLDivElement | null>, paper: SizeMm): number {
  const [scale, setScale] = useState(0.6);
  const { width: paperWidth, height: paperHeight } = paper;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const paper = { width: paperWidth, height: paperHeight };
    const update = () => {
      const width = element.clientWidth - PAGES_PADDING * 2;
      const height = element.clientHeight - PAGES_PADDING * 2;
      if (width <= 0 || height <= 0) return;
      // In a narrow window (or at 200% zoom) the preview scrolls as one column: the page fills the width,
      // big enough to read, and the options and Print buttons follow below it.
      const narrow = window.matchMedia?.(NARROW_PREVIEW).matches ?? false;
      const byWidth = width / (paper.width * PX_PER_MM);
      const fit = Math.min(1, narrow ? byWidth : Math.min(byWidth, height / (paper.height * PX_PER_MM)));
      setScale(Math.max(0.2, Math.floor(fit * 1000) / 1000));
    };
    update();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, paperWidth, paperHeight]);
  return scale;
}
