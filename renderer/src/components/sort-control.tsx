// Best match, newest first or oldest first: radio buttons, so the choice is always visible.
import type { SortOrder } from '../../../shared/search-types';

export function SortControl({ sort, onChange }: { sort: SortOrder | null; onChange(sort: SortOrder): void }) {
  const current = sort ?? 'relevance';
  return (
    <fieldset className="sort-control">
      <legend className="visually-hidden">Order</legend>
      {(
        [
          ['relevance', 'Best match'],
          ['date', 'Newest first'],
          ['date-asc', 'Oldest first'],
        ] as const
      ).map(([value, label]) => (
        <label key={value} className={current === value ? 'is-checked' : undefined}>
          <input
            type="radio"
            name="sort-order"
            value={value}
            checked={current === value}
            onChange={() => onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
