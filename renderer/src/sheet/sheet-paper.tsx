// The sheet as it looks on paper: one component for the print layout, the in-app preview and the
// measuring that decides the type size and the page breaks, so all three lay the text out alike.
// The look itself is in styles/print.css.
import type { CSSProperties } from 'react';
import { formatDate } from '../lib/dates';
import type { PaperBlock, PaperContent, PrintableSheet } from './paper-content';
import type { PaperPage } from './paginate';
import { pageHeightMm } from './paper-metrics';
import type { CalendarFit } from './calendar-paper';
import { CalendarPage } from './calendar-paper';
import '../styles/print.css';

/** A sheet laid out: its pages at the type size that was chosen by measuring. */
export interface PaperLayout {
  /** The sheet this was laid out from (to tell whether it is up to date). */
  sheet: PrintableSheet;
  content: PaperContent;
  /** Body type size in points. */
  fontPt: number;
  pages: PaperPage[];
  /** The type was made smaller than its usual size so the sheet fits on one page. */
  shrunk: boolean;
  /** How a calendar page was fitted (content.calendar); null for the usual list. */
  calendarFit: CalendarFit | null;
  /**
   * For a list that runs over one page: the changes measured to bring it onto one page (each laid out off
   * screen at the smallest type), so the advice offers only what will actually fit. Absent otherwise.
   */
  fitWays?: FitWay[];
}

/** A change of layout that brings a long sheet onto one page. */
export type FitWay = 'two-columns' | 'normal-print' | 'normal-print-two-columns';

/** The class and type size every piece of paper carries (the measuring copy included). */
export function paperProps(
  content: PaperContent,
  fontPt: number,
): { className: string; style: CSSProperties } {
  const { layout } = content;
  const classes = [
    'paper',
    `paper-${layout.printSize}`,
    `paper-notes-${layout.notes}`,
    layout.numbered ? 'is-numbered' : '',
    layout.columns === 2 ? 'is-two-columns' : '',
  ];
  return {
    className: classes.filter(Boolean).join(' '),
    style: { '--paper-pt': `${fontPt}pt` } as CSSProperties,
  };
}

export function PaperHead({ content }: { content: PaperContent }) {
  const { churchName, title, verse, introduction } = content;
  return (
    <header className="paper-head">
      {churchName && <p className="paper-church">{churchName}</p>}
      {title && <h1 className="paper-title">{title}</h1>}
      <hr className="paper-rule" />
      {verse && (
        <blockquote className="paper-verse">
          {verse.text && <p className="paper-verse-text">{quoted(verse.text)}</p>}
          {verse.reference && <p className="paper-verse-reference">{verse.reference}</p>}
        </blockquote>
      )}
      {introduction && <p className="paper-intro">{introduction}</p>}
    </header>
  );
}

/** The title again at the top of the pages after the first, with where this page is. */
export function RunningHead({ title, page, pages }: { title: string; page: number; pages: number }) {
  return (
    <header className="paper-running-head">
      <div className="paper-running-line">
        <span className="paper-running-title">{title || 'Prayer requests'}</span>
        <span className="paper-running-page">
          Page {page} of {pages}
        </span>
      </div>
    </header>
  );
}

export function PaperBlockView({ block, content }: { block: PaperBlock; content: PaperContent }) {
  if (block.kind === 'region') {
    return <h2 className="paper-region">{block.region}</h2>;
  }
  const { layout } = content;
  return (
    <div className="paper-entry" data-entry={block.key}>
      {layout.notes === 'tick-box' && <span className="paper-tick" aria-hidden="true" />}
      {layout.numbered && <span className="paper-number">{block.number}.</span>}
      <div className="paper-entry-body">
        <p className="paper-entry-text">{block.text}</p>
        {layout.showDates && block.date !== null && (
          <p className="paper-entry-date">{formatDate(block.date)}</p>
        )}
      </div>
      {layout.notes === 'lines' && (
        <div className="paper-note-lines" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
      )}
    </div>
  );
}

/** One page of a laid-out sheet, exactly as it prints. */
export function PaperPageView({ layout, index }: { layout: PaperLayout; index: number }) {
  const { content, pages } = layout;
  const page = pages[index];
  if (!page) return null;
  if (content.calendar) {
    return (
      <CalendarPage
        content={content}
        calendar={content.calendar}
        fontPt={layout.fontPt}
        heightMm={pageHeightMm(content.layout.paperSize, content.calendar.landscape)}
        wording={new Set(layout.calendarFit?.shortDays ?? [])}
      />
    );
  }
  const paper = paperProps(content, layout.fontPt);
  return (
    <section className={`${paper.className} paper-page`} style={paper.style} data-page={index + 1}>
      {index === 0 ? (
        <PaperHead content={content} />
      ) : (
        <RunningHead title={content.title} page={index + 1} pages={pages.length} />
      )}
      <div className="paper-body">
        {page.columns.map((column, c) => (
          <div className="paper-column" key={c}>
            {column.map((blockIndex) => {
              const block = content.blocks[blockIndex]!;
              return <PaperBlockView key={block.key} block={block} content={content} />;
            })}
          </div>
        ))}
      </div>
    </section>
  );
}

/** Verses copied from bulletins usually carry their own quotation marks; typed ones get them here. */
function quoted(text: string): string {
  return /^["“‘']/.test(text) ? text : `“${text}”`;
}
