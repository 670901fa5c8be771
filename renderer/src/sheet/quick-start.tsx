// "Sheet from this bulletin" and "Sheet from these results": a whole sheet in one click, for the reader
// and the results list to place. The sheet that was open is kept among the saved sheets.
import { useState } from 'react';
import type { Bulletin } from '../../../shared/model';
import type { SearchQuery } from '../../../shared/search-types';
import { errorMessage } from '../api/error-message';
import { useSheetActions } from './sheet-context';

export function SheetFromBulletinButton({
  bulletin,
  className = 'button',
}: {
  bulletin: Bulletin;
  className?: string;
}) {
  const actions = useSheetActions();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={busy || bulletin.items.length === 0}
      onClick={() => {
        setBusy(true);
        actions.startFromBulletin(bulletin).finally(() => setBusy(false));
      }}
    >
      Sheet from this bulletin
    </button>
  );
}

export interface SheetFromResultsButtonProps {
  /** The search the results list shows (its paging is ignored: the sheet takes the first results). */
  query: SearchQuery;
  /** How many results there are; the button is off when there are none. */
  total: number;
  className?: string;
}

export function SheetFromResultsButton({ query, total, className = 'button' }: SheetFromResultsButtonProps) {
  const actions = useSheetActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={busy || total === 0}
        onClick={() => {
          setBusy(true);
          setError(null);
          actions
            .startFromQuery(query)
            .catch((cause: unknown) => setError(errorMessage(cause)))
            .finally(() => setBusy(false));
        }}
      >
        Sheet from these results
      </button>
      {error && (
        <span className="inline-error" role="alert">
          The sheet could not be started: {error}
        </span>
      )}
    </>
  );
}
