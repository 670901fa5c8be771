// A country's requests over time: per year (per month when the requests span less than two years), praise
// and prayer as two bars side by side in each period. Blue and orange stay apart for every common kind of
// colour blindness, and each has a lighter shade for dark mode (stories.css). The picture is one image for
// screen readers, named by a sentence that says what it shows; the numbers are also offered as a table.
import { useId } from 'react';
import type { CountryPeriod, CountryView } from '../../../shared/story-types';
import { formatMonth, shortMonthName } from '../lib/dates';
import { plural } from '../lib/plural';

/** Up to this many months (two years) are drawn month by month. */
export const MAX_MONTHS = 24;

const HEIGHT = 150;
const PLOT_TOP = 10;
const PLOT_BOTTOM = 124;
const MAX_LABELS = 8;
/** Room on the left for the scale's numbers, in percent of the width. */
const PLOT_LEFT = 5;

export interface CountrySeries {
  unit: 'year' | 'month';
  periods: CountryPeriod[];
}

export function countrySeries(view: Pick<CountryView, 'byYear' | 'byMonth'>): CountrySeries {
  if (view.byMonth.length > 0 && view.byMonth.length <= MAX_MONTHS) {
    return { unit: 'month', periods: view.byMonth };
  }
  return { unit: 'year', periods: view.byYear };
}

/** '2024', or 'Mar 2024' for '2024-03'. */
export function periodLabel(period: string): string {
  return /^\d{4}-\d{2}$/.test(period) ? formatMonth(period) : period;
}

/** One sentence for screen readers and for anyone who prefers words to bars. */
export function describeCountrySeries(country: string, series: CountrySeries): string {
  const { periods } = series;
  if (periods.length === 0) return `No dated requests about ${country}.`;
  const praise = periods.reduce((sum, p) => sum + p.praise, 0);
  const prayer = periods.reduce((sum, p) => sum + p.prayer, 0);
  const first = periodLabel(periods[0]!.period);
  const last = periodLabel(periods[periods.length - 1]!.period);
  const span = first === last ? `In ${first}` : `From ${first} to ${last}`;
  const busiest = periods.reduce((best, p) => (p.praise + p.prayer > best.praise + best.prayer ? p : best));
  const most = busiest.praise + busiest.prayer;
  const unit = series.unit === 'year' ? 'by year' : 'by month';
  return (
    `${span}, ${unit}: ${plural(prayer, 'prayer request', 'prayer requests')} and ` +
    `${plural(praise, 'praise report', 'praise reports')} about ${country}` +
    (most > 0 && periods.length > 1 ? `; most in ${periodLabel(busiest.period)} (${most}).` : '.')
  );
}

/** The bars that get a label under them: every few, and the last (a label just before it gives way). */
export function labelledBars(count: number, maxLabels: number): number[] {
  const every = Math.max(1, Math.ceil(count / maxLabels));
  const last = count - 1;
  const shown: number[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index === last || (index % every === 0 && last - index >= every)) shown.push(index);
  }
  return shown;
}

/** Axis labels by bar: a year, or a month with its year ('Mar 24') where the year changes. */
export function axisLabels(series: CountrySeries, maxLabels = MAX_LABELS): Map<number, string> {
  const labels = new Map<number, string>();
  let year = '';
  for (const index of labelledBars(series.periods.length, maxLabels)) {
    const period = series.periods[index]!.period;
    if (series.unit === 'year') {
      labels.set(index, period);
      continue;
    }
    const month = shortMonthName(Number(period.slice(5, 7)));
    // Every month label carries its year when the year is not the one of the label before it.
    labels.set(index, period.slice(0, 4) === year ? month : `${month} ${period.slice(2, 4)}`);
    year = period.slice(0, 4);
  }
  return labels;
}

export function CountryChart({ view }: { view: CountryView }) {
  const id = useId();
  const series = countrySeries(view);
  const { periods } = series;
  if (periods.length === 0) return null;
  const summary = describeCountrySeries(view.country, series);
  const max = Math.max(1, ...periods.map((p) => Math.max(p.praise, p.prayer)));
  const slot = (100 - PLOT_LEFT) / periods.length;
  // The pair of bars takes most of its slot; thin bars for many months, never wider than reads well.
  const pairWidth = Math.min(slot * 0.72, 9);
  const barWidth = pairWidth / 2;
  const labels = axisLabels(series);
  const plotHeight = PLOT_BOTTOM - PLOT_TOP;
  const heightOf = (count: number) => (count === 0 ? 0 : Math.max(2, (count / max) * plotHeight));
  const title = series.unit === 'year' ? 'Requests per year' : 'Requests per month';

  return (
    <figure className="country-chart">
      <div className="chart-head">
        <span className="chart-title">{title}</span>
        <span className="country-legend" aria-hidden="true">
          <span className="legend-item">
            <span className="legend-swatch is-prayer" />
            Prayer
          </span>
          <span className="legend-item">
            <span className="legend-swatch is-praise" />
            Praise
          </span>
        </span>
      </div>
      <svg role="img" aria-labelledby={`${id}-summary`} width="100%" height={HEIGHT} className="chart-svg">
        <g aria-hidden="true">
          <line
            x1={`${PLOT_LEFT}%`}
            x2="100%"
            y1={PLOT_TOP + 0.5}
            y2={PLOT_TOP + 0.5}
            className="chart-grid"
          />
          <text x="0" y={PLOT_TOP + 4} className="chart-label chart-scale">
            {max}
          </text>
          {max >= 2 && max % 2 === 0 && (
            <>
              <line
                x1={`${PLOT_LEFT}%`}
                x2="100%"
                y1={PLOT_TOP + plotHeight / 2 + 0.5}
                y2={PLOT_TOP + plotHeight / 2 + 0.5}
                className="chart-grid"
              />
              <text x="0" y={PLOT_TOP + plotHeight / 2 + 4} className="chart-label chart-scale">
                {max / 2}
              </text>
            </>
          )}
          <text x="0" y={PLOT_BOTTOM + 4} className="chart-label chart-scale">
            0
          </text>
        </g>
        <line
          x1={`${PLOT_LEFT}%`}
          x2="100%"
          y1={PLOT_BOTTOM + 0.5}
          y2={PLOT_BOTTOM + 0.5}
          className="chart-axis"
        />
        {periods.map((p, index) => {
          const centre = PLOT_LEFT + index * slot + slot / 2;
          const prayerHeight = heightOf(p.prayer);
          const praiseHeight = heightOf(p.praise);
          const label = periodLabel(p.period);
          const axis = labels.get(index);
          return (
            <g key={p.period}>
              <rect
                className="country-bar is-prayer"
                x={`${centre - barWidth}%`}
                width={`${barWidth}%`}
                y={PLOT_BOTTOM - prayerHeight}
                height={prayerHeight}
                rx="1.5"
              >
                <title>{`${label}: ${plural(p.prayer, 'prayer request', 'prayer requests')}`}</title>
              </rect>
              <rect
                className="country-bar is-praise"
                x={`${centre}%`}
                width={`${barWidth}%`}
                y={PLOT_BOTTOM - praiseHeight}
                height={praiseHeight}
                rx="1.5"
              >
                <title>{`${label}: ${plural(p.praise, 'praise report', 'praise reports')}`}</title>
              </rect>
              {axis !== undefined && (
                <text className="chart-label" x={`${centre}%`} y={HEIGHT - 6} textAnchor="middle">
                  {axis}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-summary`} className="chart-summary">
        {summary}
      </figcaption>
      <details className="country-table">
        <summary>Show the numbers as a table</summary>
        <table>
          <caption className="visually-hidden">
            {title} about {view.country}
          </caption>
          <thead>
            <tr>
              <th scope="col">{series.unit === 'year' ? 'Year' : 'Month'}</th>
              <th scope="col">Prayer</th>
              <th scope="col">Praise</th>
              <th scope="col">Other news</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.period}>
                <th scope="row">{periodLabel(p.period)}</th>
                <td>{p.prayer}</td>
                <td>{p.praise}</td>
                <td>{p.info}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
