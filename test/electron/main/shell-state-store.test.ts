import { describe, expect, it } from 'vitest';
import {
  createShellStateStore,
  defaultShellState,
  shellStateFromSettings,
  shellStateToSettings,
} from '../../../electron/main/shell-state-store';
import type { ShellState } from '../../../electron/main/shell-state-store';
import { DEFAULT_VIEW_STATE } from '../../../shared/ipc-contract';

/** A save that resolves only when the test says so, to see what is written while a save is running. */
function controlledSave() {
  const saved: ShellState[] = [];
  const pending: Array<() => void> = [];
  const save = (state: ShellState) =>
    new Promise<void>((resolve) => {
      saved.push(state);
      pending.push(resolve);
    });
  const releaseAll = async () => {
    while (pending.length > 0) {
      pending.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return { saved, save, releaseAll };
}

describe('shell state store', () => {
  it('saves window bounds and view', async () => {
    const saved: ShellState[] = [];
    const store = createShellStateStore(defaultShellState(), async (s) => void saved.push(s));
    store.setWindow({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
    await store.flush();
    store.setView({ ...DEFAULT_VIEW_STATE, query: 'Uganda' });
    await store.flush();
    expect(saved.at(-1)).toEqual({
      window: { x: 5, y: 6, width: 1000, height: 700, maximized: false },
      view: { ...DEFAULT_VIEW_STATE, query: 'Uganda' },
    });
    expect(store.get().view.query).toBe('Uganda');
  });

  it('coalesces a burst of changes: one save running, then one with the last state', async () => {
    const { saved, save, releaseAll } = controlledSave();
    const store = createShellStateStore(defaultShellState(), save);
    for (let i = 0; i < 20; i += 1) store.setView({ ...DEFAULT_VIEW_STATE, query: `q${i}` });
    expect(saved.map((s) => s.view.query)).toEqual(['q0']);
    const flushed = store.flush();
    await releaseAll();
    await flushed;
    expect(saved.map((s) => s.view.query)).toEqual(['q0', 'q19']);
  });

  it('reports a failed save and keeps going', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const store = createShellStateStore(
      defaultShellState(),
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('disk full');
      },
      (error) => errors.push(error),
    );
    store.setView({ ...DEFAULT_VIEW_STATE, query: 'a' });
    await store.flush();
    store.setView({ ...DEFAULT_VIEW_STATE, query: 'b' });
    await store.flush();
    expect(errors).toHaveLength(1);
    expect(calls).toBe(2);
  });
});

describe('shell state in the settings file', () => {
  it('round-trips', () => {
    const state: ShellState = {
      window: { x: -1200, y: 40, width: 900, height: 650, maximized: true },
      view: { ...DEFAULT_VIEW_STATE, regions: ['Africa'], selectedFile: '2019/a.txt' },
    };
    expect(shellStateFromSettings(shellStateToSettings(state))).toEqual(state);
  });

  it('uses defaults for missing or unusable parts', () => {
    expect(shellStateFromSettings({})).toEqual(defaultShellState());
    expect(shellStateFromSettings({ windowBounds: { width: 800, height: 600 } }).window).toBeNull();
    const hostile = { ...DEFAULT_VIEW_STATE, selectedFile: '../../secret' };
    expect(shellStateFromSettings({ viewState: hostile }).view).toEqual(DEFAULT_VIEW_STATE);
  });
});
