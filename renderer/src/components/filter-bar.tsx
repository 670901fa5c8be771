// Filters that narrow the question: regions, kinds and senders with their counts, and a range of years.
// What is on is repeated in one line with a one-click way to take each off, or all of them.
import { useState } from 'react';
import type { ViewState } from '../../../shared/library-types';
import type { Kind, Region } from '../../../shared/model';
import { KINDS, REGIONS, UNKNOWN_ORGANISATION } from '../../../shared/model';
import { describeRange } from '../lib/dates';
import { hasFilters } from '../lib/view-query';
import type { ViewAction } from '../hooks/use-view-state';
import { KIND_LABELS, regionSlug } from './badges';

export interface FilterBarProps {
  view: ViewState;
  regionCounts: Record<Region, number> | null;
  kindCounts: Record<Kind, number> | null;
  /** Requests per sender ('IJM', 'Open Doors', 'Unknown'); the group shows when there are two or more. */
  organisationCounts?: Record<string, number> | null;
  /** Years with bulletins, any order. */
  years: readonly number[];
  /** The counts are of an earlier question and being worked out again: shown faded. */
  countsStale?: boolean;
  /**
   * Regions the library has requests in. Eleven world regions fit every mission, but a folder of one
   * mission's letters uses a few: the others get no chip (unless chosen), so the results keep their room.
   * Absent: every region.
   */
  libraryRegions?: ReadonlySet<Region>;
  dispatch(action: ViewAction): void;
}

function CountBadge({ count }: { count: number | undefined }) {
  if (count === undefined) return null;
  return (
    <span className="chip-count" aria-hidden="true">
      {count.toLocaleString()}
    </span>
  );
}

/**
 * "Africa, 12 requests": the name a screen reader gives the chip (the count badge alone is hidden). It starts
 * with the chip's visible words, "Africa 12", so a voice-control user can say what they see.
 */
function chipName(label: string, count: number | undefined): string {
  if (count === undefined) return label;
  return `${label}, ${count.toLocaleString()} ${count === 1 ? 'request' : 'requests'}`;
}

function yearOptions(years: readonly number[], current: string | null, edge: 'from' | 'to') {
  const ascending = [...new Set(years)].sort((a, b) => a - b);
  const options = ascending.map((year) => ({
    value: edge === 'from' ? `${year}-01-01` : `${year}-12-31`,
    label: String(year),
  }));
  // A remembered date that is not a whole year (or a year no longer in the folder) stays choosable.
  if (current !== null && !options.some((option) => option.value === current)) {
    options.push({ value: current, label: describeRange(current, current) ?? current });
    options.sort((a, b) => a.value.localeCompare(b.value));
  }
  return options;
}

export function FilterBar({
  view,
  regionCounts,
  kindCounts,
  organisationCounts = null,
  years,
  countsStale = false,
  libraryRegions,
  dispatch,
}: FilterBarProps) {
  const range = describeRange(view.from, view.to);
  // In a narrow window (or at large zoom) the filters fold away behind one button; wide, they always show.
  const [open, setOpen] = useState(false);
  const chosenOrganisations = view.organisations ?? [];
  const activeCount =
    view.regions.length + view.kinds.length + chosenOrganisations.length + (range === null ? 0 : 1);
  // Unknown last: the named senders are what people look for.
  const organisations = [...new Set([...Object.keys(organisationCounts ?? {}), ...chosenOrganisations])].sort(
    (a, b) => Number(a === UNKNOWN_ORGANISATION) - Number(b === UNKNOWN_ORGANISATION) || a.localeCompare(b),
  );
  return (
    <section className={`filter-bar${countsStale ? ' is-counting' : ''}`} aria-label="Filters">
      <button
        type="button"
        className="filter-toggle button"
        aria-expanded={open}
        aria-controls="filter-groups"
        onClick={() => setOpen((value) => !value)}
      >
        {open ? 'Hide filters' : 'Show filters'}
        {activeCount > 0 && <span className="filter-toggle-count">{activeCount} on</span>}
      </button>
      <div className={`filter-groups${open ? ' is-open' : ''}`} id="filter-groups">
        <fieldset className="filter-group">
          <legend>Region</legend>
          <div className="chip-row">
            {REGIONS.map((region) => {
              const count = regionCounts?.[region];
              const active = view.regions.includes(region);
              if (libraryRegions && !libraryRegions.has(region) && !active) return null;
              return (
                <button
                  key={region}
                  type="button"
                  className={`filter-chip region-${regionSlug(region)}${count === 0 && !active ? ' is-empty' : ''}`}
                  aria-pressed={active}
                  aria-label={chipName(region, count)}
                  onClick={() => dispatch({ type: 'toggle-region', region })}
                >
                  {region} <CountBadge count={count} />
                </button>
              );
            })}
          </div>
        </fieldset>
        <fieldset className="filter-group">
          <legend>Kind</legend>
          <div className="chip-row">
            {KINDS.map((kind) => {
              const count = kindCounts?.[kind];
              const active = view.kinds.includes(kind);
              return (
                <button
                  key={kind}
                  type="button"
                  className={`filter-chip kind-${kind}${count === 0 && !active ? ' is-empty' : ''}`}
                  aria-pressed={active}
                  aria-label={chipName(KIND_LABELS[kind], count)}
                  onClick={() => dispatch({ type: 'toggle-kind', kind })}
                >
                  {KIND_LABELS[kind]} <CountBadge count={count} />
                </button>
              );
            })}
          </div>
        </fieldset>
        {organisations.length > 1 && (
          <fieldset className="filter-group">
            <legend>Sender</legend>
            <div className="chip-row">
              {organisations.map((organisation) => {
                const count = organisationCounts?.[organisation];
                const active = chosenOrganisations.includes(organisation);
                return (
                  <button
                    key={organisation}
                    type="button"
                    className={`filter-chip organisation-chip${count === 0 && !active ? ' is-empty' : ''}`}
                    aria-pressed={active}
                    aria-label={chipName(organisation, count)}
                    onClick={() => dispatch({ type: 'toggle-organisation', organisation })}
                  >
                    {organisation}
                    <CountBadge count={count} />
                  </button>
                );
              })}
            </div>
          </fieldset>
        )}
        <fieldset className="filter-group filter-years">
          <legend>Years</legend>
          <div className="year-range">
            <label>
              <span className="visually-hidden">From year</span>
              <select
                value={view.from ?? ''}
                onChange={(event) =>
                  dispatch({ type: 'range', from: event.target.value || null, to: view.to })
                }
              >
                <option value="">Earliest</option>
                {yearOptions(years, view.from, 'from').map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <span aria-hidden="true" className="range-dash">
              to
            </span>
            <label>
              <span className="visually-hidden">To year</span>
              <select
                value={view.to ?? ''}
                onChange={(event) =>
                  dispatch({ type: 'range', from: view.from, to: event.target.value || null })
                }
              >
                <option value="">Latest</option>
                {yearOptions(years, view.to, 'to').map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
      </div>
      {hasFilters(view) && (
        <div className="active-filters">
          <span className="active-filters-label" id="active-filters-label">
            Filtering by
          </span>
          <ul aria-labelledby="active-filters-label">
            {view.regions.map((region) => (
              <li key={region}>
                <button
                  type="button"
                  className="active-chip"
                  aria-label={`Remove filter: ${region}`}
                  onClick={() => dispatch({ type: 'toggle-region', region })}
                >
                  {region} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            {view.kinds.map((kind) => (
              <li key={kind}>
                <button
                  type="button"
                  className="active-chip"
                  aria-label={`Remove filter: ${KIND_LABELS[kind]}`}
                  onClick={() => dispatch({ type: 'toggle-kind', kind })}
                >
                  {KIND_LABELS[kind]} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            {chosenOrganisations.map((organisation) => (
              <li key={organisation}>
                <button
                  type="button"
                  className="active-chip"
                  aria-label={`Remove filter: ${organisation}`}
                  onClick={() => dispatch({ type: 'toggle-organisation', organisation })}
                >
                  {organisation} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            {range !== null && (
              <li>
                <button
                  type="button"
                  className="active-chip"
                  aria-label={`Remove filter: ${range}`}
                  onClick={() => dispatch({ type: 'range', from: null, to: null })}
                >
                  {range} <span aria-hidden="true">×</span>
                </button>
              </li>
            )}
          </ul>
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'clear-filters' })}>
            Clear all filters
          </button>
        </div>
      )}
    </section>
  );
}
