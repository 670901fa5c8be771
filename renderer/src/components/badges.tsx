// Small labels used across the screen: a request's region, its kind, and the "estimated" date mark.
import type { DateSource, Kind, Region } from '../../../shared/model';
import type { Dated } from '../../../shared/undated';
import { bulletinDateText, estimateReason, isEstimated } from '../lib/dates';

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

/**
 * A bulletin's date with its mark: "≈ estimated" for a guessed one; "Undated" for one without a date of
 * its own, with the day its file was saved as a note (never as its date).
 */
export function BulletinDate({ bulletin, short = false }: { bulletin: Dated; short?: boolean }) {
  const { text, fileSaved } = bulletinDateText(bulletin, short);
  if (text === 'Undated') {
    return (
      <>
        {text}
        {fileSaved !== null && (
          <span className="estimated-mark" title={estimateReason(bulletin.dateSource)}>
            <span aria-hidden="true">≈ </span>file saved {fileSaved}
          </span>
        )}
      </>
    );
  }
  return (
    <>
      {text}
      <EstimatedMark source={bulletin.dateSource} />
    </>
  );
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
