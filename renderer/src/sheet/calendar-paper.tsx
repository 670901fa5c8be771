// A prayer calendar on paper: a week as seven day boxes down an upright page, or a month as a Sunday-first
// grid on a page turned sideways, each day with its region and its requests in small type. One page,
// always: the type is made as large as fits (see CalendarMeasure in sheet-print.tsx). The look is in
// styles/print.css, shared with the list sheet.
import type { CSSProperties } from 'react';
import { formatDayMonth } from '../lib/dates';
import type { CalendarCell, CalendarContent, CalendarRequest } from './calendar-content';
import { weekdayName } from './calendar-content';
import type { PaperContent } from './paper-content';

/** How the calendar was fitted on its page. */
export interface CalendarFit {
  /** The days ('YYYY-MM-DD') whose requests are each cut to their first sentence, to fit their box. */
  shortDays: string[];
  /** Even so, some days hold more than their box shows: the last lines are cut off. */
  clipped: boolean;
}

export interface CalendarPageProps {
  content: PaperContent;
  calendar: CalendarContent;
  fontPt: number;
  /** The height of the printable box, in millimetres: the calendar fills it. */
  heightMm: number;
  /**
   * The days printed with shortened requests; 'measure' for the measuring copy, which holds both wordings
   * and switches a day with its is-short class.
   */
  wording: ReadonlySet<string> | 'measure';
}

export function calendarClassName(calendar: CalendarContent, printSize: string): string {
  return ['paper', `paper-${printSize}`, 'paper-page', 'paper-calendar', `is-${calendar.span}`].join(' ');
}

function dayClass(base: string, date: string, wording: CalendarPageProps['wording']): string {
  return wording !== 'measure' && wording.has(date) ? `${base} is-short` : base;
}

export function CalendarPage({ content, calendar, fontPt, heightMm, wording }: CalendarPageProps) {
  const style = { '--paper-pt': `${fontPt}pt`, height: `${heightMm}mm` } as CSSProperties;
  return (
    <section
      className={calendarClassName(calendar, content.layout.printSize)}
      style={style}
      data-page={1}
      data-calendar={calendar.span}
    >
      <CalendarHead content={content} calendar={calendar} />
      {calendar.span === 'week' ? (
        <div className="cal-week">
          {calendar.days.map((day) => (
            <div className={dayClass('cal-day', day.date, wording)} key={day.date} data-date={day.date}>
              <div className="cal-day-label">
                <span className="cal-weekday">{weekdayName(day.weekday)}</span>
                <span className="cal-date">{formatDayMonth(day.date)}</span>
                {day.region && <span className="cal-region">{day.region}</span>}
              </div>
              <Requests requests={day.requests} wording={wording} short={isShort(day.date, wording)} />
            </div>
          ))}
        </div>
      ) : (
        <div
          className="cal-month"
          style={{ gridTemplateRows: `auto repeat(${calendar.weeks.length}, minmax(0, 1fr))` }}
        >
          {[0, 1, 2, 3, 4, 5, 6].map((weekday) => (
            <div className="cal-weekday-head" key={`head-${weekday}`}>
              {weekdayName(weekday)}
            </div>
          ))}
          {calendar.weeks.flatMap((week, w) =>
            week.map((day, d) =>
              day === null ? (
                <div className="cal-cell is-outside" key={`empty-${w}-${d}`} />
              ) : (
                <MonthCell key={day.date} day={day} wording={wording} />
              ),
            ),
          )}
        </div>
      )}
    </section>
  );
}

function CalendarHead({ content, calendar }: { content: PaperContent; calendar: CalendarContent }) {
  const { churchName, title, verse, introduction } = content;
  return (
    <header className="cal-head">
      {churchName && <p className="paper-church">{churchName}</p>}
      <div className="cal-title-line">
        {title && <h1 className="paper-title">{title}</h1>}
        <p className="cal-range">{calendar.heading}</p>
      </div>
      <hr className="paper-rule" />
      {(verse || introduction) && (
        <div className="cal-preface">
          {verse && (
            <p className="cal-verse">
              {verse.text && <span className="cal-verse-text">{quoted(verse.text)}</span>}
              {verse.reference && <span className="cal-verse-reference">{verse.reference}</span>}
            </p>
          )}
          {introduction && <p className="cal-intro">{introduction}</p>}
        </div>
      )}
    </header>
  );
}

function MonthCell({ day, wording }: { day: CalendarCell; wording: CalendarPageProps['wording'] }) {
  return (
    <div className={dayClass('cal-cell', day.date, wording)} data-date={day.date}>
      <div className="cal-cell-head">
        <span className="cal-day-number">{day.day}</span>
        {day.region && <span className="cal-region">{day.region}</span>}
      </div>
      <Requests requests={day.requests} wording={wording} short={isShort(day.date, wording)} />
    </div>
  );
}

function isShort(date: string, wording: CalendarPageProps['wording']): boolean {
  return wording !== 'measure' && wording.has(date);
}

function Requests({
  requests,
  wording,
  short,
}: {
  requests: readonly CalendarRequest[];
  wording: CalendarPageProps['wording'];
  short: boolean;
}) {
  const measure = wording === 'measure';
  return (
    <ul className="cal-body">
      {requests.map((request) => (
        <li className="cal-request" key={request.key}>
          {(measure || !short) && <span className="cal-full">{request.text}</span>}
          {(measure || short) && <span className="cal-short">{request.short}</span>}
        </li>
      ))}
    </ul>
  );
}

function quoted(text: string): string {
  return /^["“‘']/.test(text) ? text : `“${text}”`;
}
