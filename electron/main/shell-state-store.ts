// What the shell remembers between starts: window position and size, and what the reader was showing
// (query, filters, open bulletin). It lives in the library's settings file (one writer per file: the
// library's SettingsStore, which writes atomically); this store holds the current value and coalesces
// saves, so a burst of changes (typing in the search box) costs one write at a time and the last wins.
import { DEFAULT_VIEW_STATE, viewStateSchema } from '../../shared/ipc-contract';
import type { ViewState } from '../../shared/library-types';
import type { SavedWindowBounds } from './window-bounds';

export interface ShellState {
  window: SavedWindowBounds | null;
  view: ViewState;
}

export interface ShellStateStore {
  get(): ShellState;
  setWindow(bounds: SavedWindowBounds): void;
  setView(view: ViewState): void;
  /** Resolves once everything set so far has been saved (or failed to). */
  flush(): Promise<void>;
}

/** The settings fields this store reads and writes (see electron/core/library/settings-store.ts). */
export interface ShellSettingsFields {
  windowBounds?: { x?: number; y?: number; width: number; height: number; maximized?: boolean };
  viewState?: ViewState;
}

export function defaultShellState(): ShellState {
  return { window: null, view: { ...DEFAULT_VIEW_STATE } };
}

/** Reads the shell's part of the settings; anything unusable falls back to defaults. */
export function shellStateFromSettings(settings: ShellSettingsFields): ShellState {
  const bounds = settings.windowBounds;
  const view = viewStateSchema.safeParse(settings.viewState);
  return {
    window:
      bounds && bounds.x !== undefined && bounds.y !== undefined
        ? {
            x: bounds.x,
            y: bounds.y,
            width: bounds.width,
            height: bounds.height,
            maximized: !!bounds.maximized,
          }
        : null,
    view: view.success ? view.data : { ...DEFAULT_VIEW_STATE },
  };
}

export function shellStateToSettings(state: ShellState): ShellSettingsFields {
  return { ...(state.window ? { windowBounds: { ...state.window } } : {}), viewState: state.view };
}

export function createShellStateStore(
  initial: ShellState,
  save: (state: ShellState) => Promise<unknown>,
  onSaveError: (error: unknown) => void = () => undefined,
): ShellStateStore {
  let state = initial;
  let saving: Promise<void> | null = null;
  let dirty = false;

  // `saving = null` runs in the same tick as the last `dirty` check, so no change can slip between them.
  const saveLoop = async (): Promise<void> => {
    try {
      while (dirty) {
        dirty = false;
        try {
          await save(state);
        } catch (error) {
          onSaveError(error);
        }
      }
    } finally {
      saving = null;
    }
  };
  const schedule = () => {
    dirty = true;
    saving ??= saveLoop();
  };

  return {
    get: () => state,
    setWindow(bounds) {
      state = { ...state, window: bounds };
      schedule();
    },
    setView(view) {
      state = { ...state, view };
      schedule();
    },
    async flush() {
      while (saving) await saving;
    },
  };
}
