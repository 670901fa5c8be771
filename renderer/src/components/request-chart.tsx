// A small bar chart of matching requests per month or year, so "when did we pray about Uganda?" is
// answered at a glance. Drawn in SVG with percentage coordinates, so it fills any width without
// stretching its text; the picture is one image for screen readers, named by its one-line summary.
import { useId } from 'react';
import type { ChartSeries } from '../lib/chart-series';
import { describeSeries } from '../lib/chart-series';

export interface RequestChartProps {
  series: ChartSeries | null;
  /** True while the bars are still for the previous question. */
  stale?: boolean;
}

const HEIGHT = 84;
const PLOT_TOP = 6;
const PLOT_BOTTOM = 64;
const MAX_LABELS = 8;

export function RequestChart({ series, stale = false }: RequestChartProps) {
  const summaryId = useId();
  if (series === null) return null;
  const summary = describeSeries(series);
  const max = Math.max(1, ...series.bars.map((bar) => bar.count));
  const slot = 100 / Math.max(1, series.bars.length);
  const gap = series.bars.length > 40 ? 0.15 : 0.25;
  const labelEvery = Math.max(1, Math.ceil(series.bars.length / MAX_LABELS));
  const plotHeight = PLOT_BOTTOM - PLOT_TOP;
  const title = series.unit === 'year' ? 'Requests per year' : 'Requests per month';

  return (
    <figure className={`request-chart${stale ? ' is-stale' : ''}`}>
      <div className="chart-head">
        <span className="chart-title">{title}</span>
        <span className="chart-max" aria-hidden="true">
          highest {max.toLocaleString()}
        </span>
      </div>
      <svg role="img" aria-labelledby={summaryId} width="100%" height={HEIGHT} className="chart-svg">
        <line x1="0" x2="100%" y1={PLOT_BOTTOM + 0.5} y2={PLOT_BOTTOM + 0.5} className="chart-axis" />
        {series.bars.map((bar, index) => {
          const height = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * plotHeight);
          const x = index * slot + (slot * gap) / 2;
          return (
            <g key={bar.key}>
              <rect
                className="chart-bar"
                x={`${x}%`}
                width={`${slot * (1 - gap)}%`}
                y={PLOT_BOTTOM - height}
                height={height}
                rx="1.5"
              >
                <title>{`${bar.longLabel}: ${bar.count.toLocaleString()}`}</title>
              </rect>
              {(index % labelEvery === 0 || index === series.bars.length - 1) &&
                (index === series.bars.length - 1 || series.bars.length - 1 - index >= labelEvery / 2) && (
                  <text
                    className="chart-label"
                    x={`${index * slot + slot / 2}%`}
                    y={HEIGHT - 4}
                    textAnchor="middle"
                  >
                    {series.unit === 'month' && (bar.key.endsWith('-01') || index === 0)
                      ? `${bar.label} ${bar.key.slice(2, 4)}`
                      : bar.label}
                  </text>
                )}
            </g>
          );
        })}
      </svg>
      <figcaption id={summaryId} className="chart-summary">
        {summary}
      </figcaption>
    </figure>
  );
}
