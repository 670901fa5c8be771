// The sheet in front and its saving, outside React: the state is updated synchronously on every action, so
// a save that runs right after another always sees the id the first one was given (two quick saves of a new
// sheet must never make two files). Saves run one after another; React reads the state through
// useSyncExternalStore.
import type { PrayerDeskApi } from '../../../shared/prayer-desk-api';
import type { PrayerSheet, SheetDraft } from '../../../shared/prayer-sheet';
import { errorMessage } from '../api/error-message';
import type { SheetAction, SheetState } from './sheet-state';
import { initialSheetState, isDirty, isWorthSaving, sheetReducer } from './sheet-state';

export type SheetStoreApi = Pick<PrayerDeskApi, 'saveSheet'>;

export class SheetSession {
  private current: SheetState;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    draft: SheetDraft,
    private api: SheetStoreApi | null,
  ) {
    this.current = initialSheetState(draft);
  }

  /** The API may arrive after the session (a provider re-rendered with it). */
  setApi(api: SheetStoreApi | null): void {
    this.api = api;
  }

  get state(): SheetState {
    return this.current;
  }

  readonly getSnapshot = (): SheetState => this.current;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly dispatch = (action: SheetAction): void => {
    const next = sheetReducer(this.current, action);
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  };

  /**
   * Saves the sheet in front if it has unsaved changes worth a file; resolves with the saved sheet (or
   * null when there is none). Never rejects: a failure is kept in `state.error`.
   */
  saveNow(): Promise<PrayerSheet | null> {
    const run = this.queue.then(() => this.saveOnce());
    this.queue = run;
    return run;
  }

  /** Resolves once every save asked for so far has finished. */
  settled(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  private async saveOnce(): Promise<PrayerSheet | null> {
    const state = this.current;
    const known = state.saved && state.saved.id !== null ? (state.saved as PrayerSheet) : null;
    if (!this.api || !isDirty(state) || !isWorthSaving(state.draft)) return known;
    const sent = state.draft;
    const session = state.session;
    this.dispatch({ type: 'save-started' });
    try {
      const sheet = await this.api.saveSheet(sent);
      this.dispatch({ type: 'saved', session, sent, sheet });
      return sheet;
    } catch (error) {
      this.dispatch({ type: 'save-failed', session, sent, message: errorMessage(error) });
      return null;
    }
  }
}
