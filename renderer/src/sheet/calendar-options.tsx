// "Print as": the usual list, or a prayer calendar of a week (seven day boxes) or a month (a grid turned
// sideways), with the first day or the month, and how the requests are spread: one region a day, or in
// the sheet's order.
import { useId } from 'react';
import type { CalendarOptions } from '../../../shared/prayer-calendar';
import type { SheetLayout } from '../../../shared/prayer-sheet';
import { comingSunday, isoDay } from '../../../shared/sheet-defaults';
import { useSheet } from './sheet-context';

type Span = 'list' | CalendarOptions['span'];

/** A week starts on the coming Sunday (today on a Sunday). */
export function defaultWeekStart(now: Date): string {
  return isoDay(comingSunday(now));
}

/** A month calendar is usually printed ahead: next month, unless today is the 1st. */
export function defaultMonthStart(now: Date): string {
  const year = now.getFullYear();
  const month = now.getMonth() + (now.getDate() === 1 ? 0 : 1);
  const first = new Date(Date.UTC(year, month, 1));
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

/** The calendar a span choice turns on (keeping the rule, and the start when it still makes sense). */
export function calendarFor(span: Span, current: CalendarOptions | null, now: Date): CalendarOptions | null {
  if (span === 'list') return null;
  const rule = current?.rule ?? 'region-per-day';
  if (current?.span === span) return current;
  if (span === 'week') return { span, rule, start: defaultWeekStart(now) };
  return { span, rule, start: current ? `${current.start.slice(0, 7)}-01` : defaultMonthStart(now) };
}

const SPAN_CHOICES: { value: Span; label: string }[] = [
  { value: 'list', label: 'A list' },
  { value: 'week', label: 'A week' },
  { value: 'month', label: 'A month' },
];

const RULE_CHOICES: { value: CalendarOptions['rule']; label: string }[] = [
  { value: 'region-per-day', label: 'One region a day' },
  { value: 'in-order', label: 'In sheet order' },
];

export function CalendarOptionsGroup() {
  const sheet = useSheet();
  const id = useId();
  const calendar = sheet.sheet.layout.calendar;
  const span: Span = calendar?.span ?? 'list';
  const set = (next: CalendarOptions | null) =>
    sheet.updateLayout({ calendar: next } as Partial<SheetLayout>);

  return (
    <div className="calendar-options">
      <fieldset className="layout-choice">
        <legend>Print as</legend>
        <div className="segmented">
          {SPAN_CHOICES.map((choice) => (
            <label key={choice.value} className={choice.value === span ? 'is-checked' : undefined}>
              <input
                type="radio"
                name={`${id}-span`}
                checked={choice.value === span}
                onChange={() => set(calendarFor(choice.value, calendar, new Date()))}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {calendar && (
        <>
          <div className="calendar-field">
            <label htmlFor={`${id}-start`}>{calendar.span === 'week' ? 'First day' : 'Month'}</label>
            {calendar.span === 'week' ? (
              <input
                id={`${id}-start`}
                type="date"
                className="calendar-date"
                value={calendar.start}
                required
                onChange={(event) => {
                  // A half-typed or cleared date keeps the last good one.
                  if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) {
                    set({ ...calendar, start: event.target.value });
                  }
                }}
              />
            ) : (
              <input
                id={`${id}-start`}
                type="month"
                className="calendar-date"
                value={calendar.start.slice(0, 7)}
                required
                onChange={(event) => {
                  if (/^\d{4}-\d{2}$/.test(event.target.value)) {
                    set({ ...calendar, start: `${event.target.value}-01` });
                  }
                }}
              />
            )}
          </div>
          <fieldset className="layout-choice">
            <legend>Requests on each day</legend>
            <div className="segmented">
              {RULE_CHOICES.map((choice) => (
                <label
                  key={choice.value}
                  className={choice.value === calendar.rule ? 'is-checked' : undefined}
                >
                  <input
                    type="radio"
                    name={`${id}-rule`}
                    checked={choice.value === calendar.rule}
                    onChange={() => set({ ...calendar, rule: choice.value })}
                  />
                  <span>{choice.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p className="layout-hint">
            {calendar.span === 'month'
              ? 'A month is printed on one page turned sideways, the days of each week side by side.'
              : 'Seven days on one page, each with its requests.'}
          </p>
        </>
      )}
    </div>
  );
}
