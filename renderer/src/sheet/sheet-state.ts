// The sheet being composed, as React state: the draft (shared/prayer-sheet's SheetDraft) and how it stands
// against what is saved. Every edit goes through the shared pure helpers, which return the same object when
// nothing changed — so "unsaved changes" is simply `draft !== saved`.
import type { PrayerSheet, SheetDraft, SheetEntry, SheetLayout } from '../../../shared/prayer-sheet';
import {
  addEntries,
  addEntry,
  clip,
  editEntryText,
  MAX_CHURCH_NAME_LENGTH,
  MAX_INTRODUCTION_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_VERSE_REFERENCE_LENGTH,
  MAX_VERSE_TEXT_LENGTH,
  moveEntry,
  moveEntryBy,
  removeEntry,
  resetEntryText,
  updateLayout,
} from '../../../shared/prayer-sheet';

export type SheetDetails = Pick<SheetDraft, 'title' | 'churchName' | 'verse' | 'introduction'>;

export interface SheetState {
  draft: SheetDraft;
  /** The draft as last saved or opened; the same object as `draft` while nothing changed since. */
  saved: SheetDraft | null;
  /**
   * Counts the sheets put in front (new, opened, started from a bulletin…), so the answer to a save of
   * the previous sheet is never applied to the next one.
   */
  session: number;
  saving: boolean;
  /** Why the last save failed, in plain words; null when it did not. */
  error: string | null;
  /** The draft whose save failed: not tried again by itself until it changes (no retry storm). */
  failed: SheetDraft | null;
}

export type SheetAction =
  | { type: 'add'; entries: readonly SheetEntry[] }
  | { type: 'insert'; entry: SheetEntry; index: number }
  | { type: 'remove'; id: string }
  | { type: 'move'; id: string; by: number }
  | { type: 'move-to'; from: number; to: number }
  | { type: 'edit'; id: string; text: string }
  | { type: 'reset'; id: string }
  | { type: 'details'; patch: Partial<SheetDetails> }
  | { type: 'layout'; patch: Partial<SheetLayout> }
  | { type: 'clear' }
  /** Another sheet in front; `saved` when it is the saved copy (an opened sheet), not a new draft. */
  | { type: 'replace'; draft: SheetDraft; saved: boolean }
  /** A fresh, untouched sheet takes the church name and layout of the user's last sheet. */
  | { type: 'remembered'; churchName: string; layout: SheetLayout }
  | { type: 'save-started' }
  | { type: 'saved'; session: number; sent: SheetDraft; sheet: PrayerSheet }
  | { type: 'save-failed'; session: number; sent: SheetDraft; message: string };

export function initialSheetState(draft: SheetDraft): SheetState {
  return { draft, saved: null, session: 0, saving: false, error: null, failed: null };
}

export function isDirty(state: SheetState): boolean {
  return state.draft !== state.saved;
}

/** A sheet is worth a file once it has a request, or once it has one already. */
export function isWorthSaving(draft: SheetDraft): boolean {
  return draft.id !== null || draft.entries.length > 0;
}

/** A sheet no one has touched: no id, no requests, nothing typed. */
export function isPristine(state: SheetState): boolean {
  const { draft } = state;
  return (
    draft.id === null &&
    draft.entries.length === 0 &&
    draft.verse === null &&
    draft.introduction === '' &&
    draft.churchName === '' &&
    state.saved === null
  );
}

export function sheetReducer(state: SheetState, action: SheetAction): SheetState {
  switch (action.type) {
    case 'add':
      return withDraft(state, addEntries(state.draft, action.entries));
    case 'insert': {
      const added = addEntry(state.draft, action.entry);
      if (added === state.draft) return state;
      return withDraft(state, moveEntry(added, added.entries.length - 1, action.index));
    }
    case 'remove':
      return withDraft(state, removeEntry(state.draft, action.id));
    case 'move':
      return withDraft(state, moveEntryBy(state.draft, action.id, action.by));
    case 'move-to':
      return withDraft(state, moveEntry(state.draft, action.from, action.to));
    case 'edit':
      return withDraft(state, editEntryText(state.draft, action.id, action.text));
    case 'reset':
      return withDraft(state, resetEntryText(state.draft, action.id));
    case 'details':
      return withDraft(state, updateDetails(state.draft, action.patch));
    case 'layout': {
      const changed = Object.entries(action.patch).some(
        ([key, value]) => state.draft.layout[key as keyof SheetLayout] !== value,
      );
      return changed ? withDraft(state, updateLayout(state.draft, action.patch)) : state;
    }
    case 'clear':
      return state.draft.entries.length === 0 ? state : withDraft(state, { ...state.draft, entries: [] });
    case 'replace':
      return {
        draft: action.draft,
        saved: action.saved ? action.draft : null,
        session: state.session + 1,
        saving: false,
        error: null,
        failed: null,
      };
    case 'remembered': {
      if (!isPristine(state)) return state;
      return {
        ...state,
        draft: { ...state.draft, churchName: action.churchName, layout: { ...action.layout } },
        // Still nothing worth saving: these are only the starting values.
        saved: null,
      };
    }
    case 'save-started':
      return { ...state, saving: true };
    case 'saved': {
      if (action.session !== state.session) return state;
      if (state.draft === action.sent) {
        return {
          ...state,
          draft: action.sheet,
          saved: action.sheet,
          saving: false,
          error: null,
          failed: null,
        };
      }
      // Changed while the save was on its way: keep the changes, take the id and times (another save follows).
      const { id, createdAt, updatedAt } = action.sheet;
      return {
        ...state,
        draft: { ...state.draft, id, createdAt, updatedAt },
        saved: action.sheet,
        saving: false,
        error: null,
        failed: null,
      };
    }
    case 'save-failed':
      if (action.session !== state.session) return state;
      return { ...state, saving: false, error: action.message, failed: action.sent };
  }
}

function withDraft(state: SheetState, draft: SheetDraft): SheetState {
  return draft === state.draft ? state : { ...state, draft };
}

function updateDetails(draft: SheetDraft, patch: Partial<SheetDetails>): SheetDraft {
  const next: SheetDraft = { ...draft };
  let changed = false;
  if (patch.title !== undefined && patch.title !== draft.title) {
    next.title = clip(patch.title, MAX_TITLE_LENGTH);
    changed = true;
  }
  if (patch.churchName !== undefined && patch.churchName !== draft.churchName) {
    next.churchName = clip(patch.churchName, MAX_CHURCH_NAME_LENGTH);
    changed = true;
  }
  if (patch.introduction !== undefined && patch.introduction !== draft.introduction) {
    next.introduction = clip(patch.introduction, MAX_INTRODUCTION_LENGTH);
    changed = true;
  }
  if (patch.verse !== undefined) {
    const verse =
      patch.verse === null
        ? null
        : {
            text: clip(patch.verse.text, MAX_VERSE_TEXT_LENGTH),
            reference: clip(patch.verse.reference, MAX_VERSE_REFERENCE_LENGTH),
          };
    const same =
      verse === draft.verse ||
      (verse !== null &&
        draft.verse !== null &&
        verse.text === draft.verse.text &&
        verse.reference === draft.verse.reference);
    if (!same) {
      next.verse = verse;
      changed = true;
    }
  }
  return changed ? next : draft;
}
