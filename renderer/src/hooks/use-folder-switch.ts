// Another bulletin folder was opened (the dialog, the menu, a recent folder): the bulletin being read
// belongs to the old folder, so the reader closes instead of saying "no longer in the folder", and once
// the new folder is read a note confirms it: "Loaded 1,000 bulletins from D:\Bulletins."
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryState } from '../../../shared/library-types';
import { plural } from '../lib/plural';

export interface FolderSwitch {
  /** The confirmation to show, or null. */
  message: string | null;
  dismiss(): void;
}

export function loadedMessage(state: LibraryState): string {
  return `Loaded ${plural(state.bulletinCount, 'bulletin', 'bulletins')} from ${state.folder}.`;
}

/** `onSwitch` should be stable (a useCallback). */
export function useFolderSwitch(state: LibraryState | null, onSwitch: () => void): FolderSwitch {
  const shownFolder = useRef<string | null>(null);
  const [switchedTo, setSwitchedTo] = useState<string | null>(null);
  const folder = state?.folder ?? null;

  useEffect(() => {
    if (folder === null) return;
    const previous = shownFolder.current;
    shownFolder.current = folder;
    // The first folder of a start is where the remembered view belongs: nothing to close then.
    if (previous === null || previous === folder) return;
    onSwitch();
    setSwitchedTo(folder);
  }, [folder, onSwitch]);

  const dismiss = useCallback(() => setSwitchedTo(null), []);
  const message =
    state !== null && switchedTo === state.folder && state.status === 'ready' && !state.isSample
      ? loadedMessage(state)
      : null;
  return { message, dismiss };
}
