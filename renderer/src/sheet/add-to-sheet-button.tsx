// One click puts a request on the prayer sheet; the same button shows that it is there and takes it off.
import type { SheetEntry } from '../../../shared/prayer-sheet';
import { useSheet } from './sheet-context';

export interface AddToSheetButtonProps {
  entry: SheetEntry;
  compact?: boolean;
  /** Only the + or ✓ shows (compact result rows); the words stay the button's name and tooltip. */
  iconOnly?: boolean;
  /** -1 inside a list row that is not the active one, so Tab does not walk every card. */
  tabIndex?: number;
}

export function AddToSheetButton({
  entry,
  compact = false,
  iconOnly = false,
  tabIndex,
}: AddToSheetButtonProps) {
  const sheet = useSheet();
  const onSheet = sheet.has(entry.id);
  // A full sheet takes nothing more; the button says why rather than silently doing nothing.
  const blocked = !onSheet && sheet.full;
  return (
    <button
      type="button"
      className={`sheet-toggle${onSheet ? ' is-on' : ''}${compact ? ' is-compact' : ''}${iconOnly ? ' is-icon' : ''}`}
      aria-pressed={onSheet}
      aria-disabled={blocked || undefined}
      title={
        blocked
          ? 'The prayer sheet is full. Take a request off to add another.'
          : iconOnly
            ? onSheet
              ? 'Added to prayer sheet'
              : 'Add to prayer sheet'
            : undefined
      }
      tabIndex={tabIndex}
      onClick={(event) => {
        // Inside a clickable card: adding must not also open the bulletin.
        event.stopPropagation();
        if (onSheet) sheet.remove(entry.id);
        else if (!blocked) sheet.add(entry);
      }}
    >
      <span aria-hidden="true" className="sheet-toggle-icon">
        {onSheet ? '✓' : '+'}
      </span>
      <span className={iconOnly ? 'visually-hidden' : 'sheet-toggle-label'}>
        {onSheet ? 'Added to prayer sheet' : 'Add to prayer sheet'}
      </span>
    </button>
  );
}
