// The prayer sheet being put together, as the shared sheet model (shared/prayer-sheet.ts) has it: an unsaved
// SheetDraft whose entries keep their own copy of each request. The reducer only wraps the shared pure
// helpers, so the full sheet (editing, layout, saving, printing) grows on the same state.
import type { SheetDraft } from '../../../shared/prayer-sheet';
import { addEntry, createSheet, moveEntryBy, removeEntry } from '../../../shared/prayer-sheet';
import type { SheetEntry } from '../../../shared/prayer-sheet';
import { sheetDefaults } from '../../../shared/sheet-defaults';

export type { SheetEntry };
export { entryFromHit, entryFromItem, sheetEntryId } from '../../../shared/prayer-sheet';

export type SheetAction =
  | { type: 'add'; entry: SheetEntry }
  | { type: 'remove'; id: string }
  | { type: 'move'; id: string; by: number }
  | { type: 'clear' };

/** A new, empty sheet with the title and paper size usual where the user is. */
export function newSheet(locale: string | undefined = undefined, now: Date = new Date()): SheetDraft {
  return createSheet(sheetDefaults(locale, now));
}

export function sheetReducer(sheet: SheetDraft, action: SheetAction): SheetDraft {
  switch (action.type) {
    case 'add':
      // Adding twice is a no-op: one click must never put a request on the sheet twice.
      return addEntry(sheet, action.entry);
    case 'remove':
      return removeEntry(sheet, action.id);
    case 'move':
      return moveEntryBy(sheet, action.id, action.by);
    case 'clear':
      return sheet.entries.length === 0 ? sheet : { ...sheet, entries: [] };
  }
}
