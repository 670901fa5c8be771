// The requests-per-year chart above the list is folded by default, so the list starts near the top: a
// small "Chart" toggle in the list's heading line unfolds it, and the choice is remembered with the view.
export interface ChartToggleProps {
  open: boolean;
  onToggle(open: boolean): void;
  /** id of the chart it shows and hides (when it is shown). */
  controls: string;
}

export const CHART_ID = 'request-chart';

export function ChartToggle({ open, onToggle, controls }: ChartToggleProps) {
  return (
    <button
      type="button"
      className="chart-toggle"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={() => onToggle(!open)}
    >
      <svg className="chart-toggle-icon" viewBox="0 0 14 12" width="14" height="12" aria-hidden="true">
        <path d="M1 11h12M3 10V6M6 10V2M9 10V5M12 10V7" />
      </svg>
      {open ? 'Hide chart' : 'Chart'}
    </button>
  );
}
