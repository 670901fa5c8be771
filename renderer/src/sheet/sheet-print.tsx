// Laying the sheet out for paper, and printing it. The sheet is laid out off screen at the paper's real
// width; its heights are measured to choose the type size (the largest that fits one page, down to a
// readable minimum) and the page breaks. The pages that result are rendered twice from the same
// components: in the print root (the only thing @media print shows) and in the preview.
//
// Printing is main's job (webContents.print / printToPDF print whatever the window shows under @media
// print): the renderer makes sure the print root is up to date, committed, its fonts ready and one frame
// drawn, then asks.
import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { SHEET_PAGE_MARGIN_MM } from '../../../shared/prayer-sheet';
import type { PrintOutcome, PrintSize, SheetDraft } from '../../../shared/prayer-sheet';
import { defaultPdfFileName, defaultSheetTitle, pdfFileNameFromTitle } from '../../../shared/sheet-defaults';
import { sheetAsText, sheetExportContent } from '../../../shared/sheet-export';
import { formatDate } from '../lib/dates';
import { errorMessage } from '../api/error-message';
import type { PaperContent, PrintableSheet } from './paper-content';
import { paperContent } from './paper-content';
import {
  CALENDAR_FONT_STEPS_PT,
  columnWidthMm,
  contentBoxMm,
  FONT_STEPS_PT,
  minimumFontPt,
  pageHeightMm,
  pageHeightPx,
} from './paper-metrics';
import type { CalendarContent } from './calendar-content';
import { CalendarPage } from './calendar-paper';
import type { FitStep, PaperPage } from './paginate';
import { advanceFit, FIRST_FIT_STEP, paginate } from './paginate';
import type { FitWay, PaperLayout } from './sheet-paper';
import { PaperBlockView, PaperHead, PaperPageView, paperProps, RunningHead } from './sheet-paper';
import { useSheet, useSheetApi } from './sheet-context';

/** Print, Save as PDF, Save as Word document, Copy as text. */
export type PrintKind = 'print' | 'pdf' | 'docx' | 'copy';

export interface PrintResult {
  kind: PrintKind;
  result: PrintOutcome;
}

export interface SheetPrint {
  /** The sheet laid out for paper; null until first measured. */
  layout: PaperLayout | null;
  /** Whether `layout` is the sheet as it is now (it lags a moment behind typing). */
  current: boolean;
  busy: PrintKind | null;
  /** What became of the last Print or Save as PDF; null when there is nothing to say. */
  outcome: PrintResult | null;
  print(): Promise<PrintOutcome>;
  savePdf(): Promise<PrintOutcome>;
  /** The sheet as a Word document, through main's save dialog. */
  saveDocx(): Promise<PrintOutcome>;
  /** The sheet as plain text on the clipboard, for an e-mail. */
  copyText(): Promise<PrintOutcome>;
  dismissOutcome(): void;
}

const PrintContext = createContext<SheetPrint | null>(null);

export function usePrintSheet(): SheetPrint {
  const print = useContext(PrintContext);
  if (print === null) throw new Error('usePrintSheet() needs a <SheetPrintProvider> above it.');
  return print;
}

/** The file name "Save as PDF…" proposes: dated for a sheet with this week's title, else from the title. */
export function suggestedPdfName(sheet: Pick<SheetDraft, 'title'>, now: Date, locale?: string): string {
  const title = sheet.title.trim();
  if (title === '' || title === defaultSheetTitle(locale, now)) return defaultPdfFileName(now);
  return pdfFileNameFromTitle(title, now);
}

export function SheetPrintProvider({ children }: { children: ReactNode }) {
  const api = useSheetApi();
  const { sheet } = useSheet();
  const deferred = useDeferredValue(sheet);
  const content = useMemo(() => paperContent(deferred), [deferred]);
  const fontsVersion = useFontsVersion();
  const [layout, setLayout] = useState<PaperLayout | null>(null);
  const [busy, setBusy] = useState<PrintKind | null>(null);
  const [outcome, setOutcome] = useState<PrintResult | null>(null);

  // Print waits for the layout of the sheet as it is now: these refs let a pending wait see each commit.
  const latest = useRef<{ sheet: SheetDraft; layout: PaperLayout | null }>({ sheet, layout });
  const waiters = useRef(new Set<() => void>());
  const busyRef = useRef(false);
  useLayoutEffect(() => {
    latest.current = { sheet, layout };
    for (const check of [...waiters.current]) check();
  });

  const waitForLayout = useCallback(
    () =>
      new Promise<PaperLayout>((resolve) => {
        const check = () => {
          const { sheet: now, layout: laid } = latest.current;
          if (laid && laid.sheet === now) {
            waiters.current.delete(check);
            resolve(laid);
          }
        };
        waiters.current.add(check);
        check();
      }),
    [],
  );

  // Word and text need no paper layout: they are made from the sheet's content (shared/sheet-export).
  const exportSheet = useCallback(
    async (kind: 'docx' | 'copy', now: SheetDraft): Promise<PrintOutcome> => {
      if (kind === 'copy') {
        const text = sheetAsText(sheetExportContent(now), (date) => formatDate(date));
        await navigator.clipboard.writeText(text);
        return { ok: true, path: null };
      }
      if (!api) throw new Error('Saving is not available here.');
      return api.saveSheetDocx(now, {
        suggestedName: suggestedPdfName(now, new Date(), navigator.language).replace(/\.pdf$/i, '.docx'),
      });
    },
    [api],
  );

  const run = useCallback(
    async (kind: PrintKind): Promise<PrintOutcome> => {
      if (busyRef.current) return { ok: false, reason: 'cancelled', message: 'Already printing.' };
      busyRef.current = true;
      setBusy(kind);
      setOutcome(null);
      const printOrPdf = async (kind: 'print' | 'pdf'): Promise<PrintOutcome> => {
        const laid = await waitForLayout();
        await document.fonts?.ready;
        await nextFrame();
        const paperSize = laid.content.layout.paperSize;
        // Only said when sideways, so an upright sheet asks exactly as it always did.
        const turn = laid.content.calendar?.landscape ? { landscape: true } : {};
        if (!api) throw new Error('Printing is not available here.');
        return kind === 'print'
          ? api.printSheet({ paperSize, ...turn })
          : api.saveSheetPdf({
              paperSize,
              ...turn,
              suggestedName: suggestedPdfName(latest.current.sheet, new Date(), navigator.language),
            });
      };
      let result: PrintOutcome;
      try {
        result =
          kind === 'docx' || kind === 'copy'
            ? await exportSheet(kind, latest.current.sheet)
            : await printOrPdf(kind);
      } catch (error) {
        result = { ok: false, reason: 'failed', message: errorMessage(error) };
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
      setOutcome(result.ok || result.reason !== 'cancelled' ? { kind, result } : null);
      return result;
    },
    [api, waitForLayout, exportSheet],
  );

  const value = useMemo<SheetPrint>(
    () => ({
      layout,
      current: layout !== null && layout.sheet === sheet,
      busy,
      outcome,
      print: () => run('print'),
      savePdf: () => run('pdf'),
      saveDocx: () => run('docx'),
      copyText: () => run('copy'),
      dismissOutcome: () => setOutcome(null),
    }),
    [layout, sheet, busy, outcome, run],
  );

  return (
    <PrintContext.Provider value={value}>
      {children}
      {content.calendar ? (
        <CalendarMeasure
          sheet={deferred}
          content={content}
          calendar={content.calendar}
          fontsVersion={fontsVersion}
          onLaidOut={setLayout}
        />
      ) : (
        <PaperMeasure sheet={deferred} content={content} fontsVersion={fontsVersion} onLaidOut={setLayout} />
      )}
      {layout && <PrintRoot layout={layout} />}
    </PrintContext.Provider>
  );
}

/**
 * The sheet laid out off screen at the paper's width, once per change: each block's height is read at
 * each candidate type size (the size is a CSS variable, so trying one is a style change and a layout,
 * not a render), and the pages worked out from them.
 */
function PaperMeasure({
  sheet,
  content,
  fontsVersion,
  onLaidOut,
}: {
  sheet: PrintableSheet;
  content: PaperContent;
  fontsVersion: number;
  onLaidOut(layout: PaperLayout): void;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { layout } = content;
  const steps = FONT_STEPS_PT[layout.printSize];

  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const results = new Map<number, PaperPage[]>();
    const pagesAt = (index: number): PaperPage[] => {
      const known = results.get(index);
      if (known) return known;
      root.style.setProperty('--paper-pt', `${steps[index]}pt`);
      const pages = paginate(readMeasures(root, content));
      results.set(index, pages);
      return pages;
    };
    let step: FitStep = FIRST_FIT_STEP;
    let settle = 0;
    for (;;) {
      const next = advanceFit(step, pagesAt(step.trial).length === 1, steps.length);
      if ('settle' in next) {
        settle = next.settle;
        break;
      }
      step = next;
    }
    const pages = pagesAt(settle);
    onLaidOut({
      sheet,
      content,
      fontPt: steps[settle]!,
      pages,
      shrunk: settle > 0,
      calendarFit: null,
      ...(pages.length > 1 ? { fitWays: measureFitWays(root, content) } : {}),
    });
    root.style.setProperty('--paper-pt', `${steps[settle]}pt`);
  }, [sheet, content, steps, fontsVersion, onLaidOut]);

  const paper = paperProps(content, steps[0]!);
  const box = contentBoxMm(layout.paperSize);
  return createPortal(
    <div className="paper-measure" aria-hidden="true" ref={rootRef} style={{ width: `${box.width}mm` }}>
      <div className={paper.className}>
        <div data-measure="head">
          <PaperHead content={content} />
        </div>
        <div data-measure="running-head">
          <RunningHead title={content.title} page={2} pages={2} />
        </div>
        <div
          data-measure="blocks"
          className="paper-column"
          style={{ width: `${columnWidthMm(layout.paperSize, layout.columns)}mm` }}
        >
          {content.blocks.map((block) => (
            <PaperBlockView key={block.key} block={block} content={content} />
          ))}
        </div>
      </div>
    </div>,
    document.body,
  );
}

/**
 * A calendar page laid out off screen at the paper's size. At each type size the days too full for their
 * box are given the short wording (each request's first sentence); the size that needs the fewest such
 * days wins, the larger on a tie. A calendar is always one page: when even the smallest type and the
 * short wording overflow, the boxes clip (and the preview says so).
 */
function CalendarMeasure({
  sheet,
  content,
  calendar,
  fontsVersion,
  onLaidOut,
}: {
  sheet: PrintableSheet;
  content: PaperContent;
  calendar: CalendarContent;
  fontsVersion: number;
  onLaidOut(layout: PaperLayout): void;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { layout } = content;
  const steps = CALENDAR_FONT_STEPS_PT[calendar.span][layout.printSize];
  const heightMm = pageHeightMm(layout.paperSize, calendar.landscape);

  useLayoutEffect(() => {
    const page = rootRef.current?.querySelector<HTMLElement>('.paper-calendar');
    if (!page) return;
    const days = [...page.querySelectorAll<HTMLElement>('[data-date]')];
    const overflows = (day: HTMLElement) => {
      const box = day.querySelector<HTMLElement>('.cal-body');
      return box !== null && box.scrollHeight > box.clientHeight + 1;
    };
    // At each size: the days too full for their box get the short wording; then does everything fit?
    const trials = steps.map((pt) => {
      page.style.setProperty('--paper-pt', `${pt}pt`);
      for (const day of days) day.classList.remove('is-short');
      const short = days.filter(overflows);
      for (const day of short) day.classList.add('is-short');
      return { pt, shortDays: short.map((day) => day.dataset.date!), fits: !days.some(overflows) };
    });
    // As few shortened days as can be, then the largest type: whole requests matter more than size.
    const fitting = trials.filter((trial) => trial.fits);
    const best =
      fitting.length > 0
        ? fitting.reduce((a, b) => (b.shortDays.length < a.shortDays.length ? b : a))
        : trials[trials.length - 1]!;
    onLaidOut({
      sheet,
      content,
      fontPt: best.pt,
      pages: [{ columns: [] }],
      shrunk: best.pt < steps[0]!,
      calendarFit: { shortDays: best.shortDays, clipped: fitting.length === 0 },
    });
  }, [sheet, content, steps, fontsVersion, onLaidOut]);

  const box = contentBoxMm(layout.paperSize, calendar.landscape);
  return createPortal(
    <div className="paper-measure" aria-hidden="true" ref={rootRef} style={{ width: `${box.width}mm` }}>
      <CalendarPage
        content={content}
        calendar={calendar}
        fontPt={steps[0]!}
        heightMm={heightMm}
        wording="measure"
      />
    </div>,
    document.body,
  );
}

/**
 * Which changes of layout would bring a sheet that runs over one page onto one: each is laid out in the
 * measuring copy at its smallest type (two columns: the column at half width) and paginated. The copy's
 * column width is put back afterwards.
 */
function measureFitWays(root: HTMLElement, content: PaperContent): FitWay[] {
  const { layout } = content;
  const column = root.querySelector<HTMLElement>('[data-measure="blocks"]');
  if (!column) return [];
  const width = column.style.width;
  const fitsWith = (columns: 1 | 2, printSize: PrintSize): boolean => {
    column.style.width = `${columnWidthMm(layout.paperSize, columns)}mm`;
    root.style.setProperty('--paper-pt', `${minimumFontPt(printSize)}pt`);
    return paginate({ ...readMeasures(root, content), columns }).length === 1;
  };
  const ways: FitWay[] = [];
  if (layout.columns === 1 && fitsWith(2, layout.printSize)) ways.push('two-columns');
  if (layout.printSize === 'large') {
    if (fitsWith(layout.columns, 'normal')) ways.push('normal-print');
    else if (layout.columns === 1 && ways.length === 0 && fitsWith(2, 'normal')) {
      ways.push('normal-print-two-columns');
    }
  }
  column.style.width = width;
  return ways;
}

function readMeasures(root: HTMLElement, content: PaperContent) {
  const height = (element: Element | null | undefined) => element?.getBoundingClientRect().height ?? 0;
  const blocks = root.querySelector('[data-measure="blocks"]');
  return {
    head: height(root.querySelector('[data-measure="head"]')),
    runningHead: height(root.querySelector('[data-measure="running-head"]')),
    blocks: [...(blocks?.children ?? [])].map(height),
    keepWithNext: content.blocks.map((block) => block.kind === 'region'),
    pageHeight: pageHeightPx(content.layout.paperSize),
    columns: content.layout.columns,
  };
}

/** What @media print shows: the laid-out pages, and the paper size for the page box. */
function PrintRoot({ layout }: { layout: PaperLayout }) {
  const paper = layout.content.layout.paperSize;
  const orientation = layout.content.calendar?.landscape ? 'landscape' : 'portrait';
  return createPortal(
    <div
      className="sheet-print-root"
      data-pages={layout.pages.length}
      data-font-pt={layout.fontPt}
      data-paper={paper}
    >
      <style>{`@page { size: ${paper === 'A4' ? 'A4' : 'letter'} ${orientation}; margin: ${PAGE_MARGIN}; }`}</style>
      {layout.pages.map((_page, index) => (
        <PaperPageView key={index} layout={layout} index={index} />
      ))}
    </div>,
    document.body,
  );
}

/** The same margin printToPDF is given (SHEET_PAGE_MARGIN_MM), so paper and PDF agree. */
const PAGE_MARGIN = `${SHEET_PAGE_MARGIN_MM}mm`;

/** Changes when fonts finish loading, so the sheet is measured again with the real ones. */
function useFontsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const fonts = document.fonts as FontFaceSet | undefined;
    if (!fonts) return;
    let live = true;
    const bump = () => {
      if (live) setVersion((v) => v + 1);
    };
    void fonts.ready.then(bump);
    fonts.addEventListener('loadingdone', bump);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', bump);
    };
  }, []);
  return version;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 0);
  });
}
