// Small labels used across the screen: a request's region, its kind, and the "estimated" date mark.
import type { DateSource, Kind, Region } from '../../../shared/model';
import { estimateReason, isEstimated } from '../lib/dates';

export const KIND_LABELS: Record<Kind, string> = { praise: 'Praise', prayer: 'Prayer', info: 'Info' };

/** A class-name slug of a region's first part: 'latin-america', 'southeast-asia', 'middle-east', 'east-asia'. */
export function regionSlug(region: Region): string {
  return region
    .split(' & ')[0]!
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}

export function RegionChip({ region, count }: { region: Region; count?: number }) {
  return (
    <span className={`region-chip region-${regionSlug(region)}`}>
      {region}
      {count !== undefined && (
        <>
          <span className="visually-hidden">: </span>
          <span className="chip-count">{count.toLocaleString()}</span>
        </>
      )}
    </span>
  );
}

export function KindBadge({ kind }: { kind: Kind }) {
  return <span className={`kind-badge kind-${kind}`}>{KIND_LABELS[kind]}</span>;
}

/** Marks a date that was guessed; the reason is in the title and, for screen readers, in the text. */
export function EstimatedMark({ source }: { source: DateSource }) {
  if (!isEstimated(source)) return null;
  return (
    <span className="estimated-mark" title={estimateReason(source)}>
      <span aria-hidden="true">≈ </span>estimated
    </span>
  );
}
