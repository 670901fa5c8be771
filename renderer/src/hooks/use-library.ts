// The open bulletin folder as the screen needs it: its state, the bulletin list for the timeline, loading
// progress, and a generation number that changes whenever the content does, so searches run again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  BulletinSummary,
  LibraryEvent,
  LibraryProgress,
  LibraryState,
} from '../../../shared/library-types';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-message';

export interface LibraryView {
  state: LibraryState | null;
  /** Null until the first list arrives (and while a different folder loads). */
  bulletins: BulletinSummary[] | null;
  progress: LibraryProgress | null;
  error: string | null;
  /** Changes each time the library's content does. */
  generation: number;
  /**
   * Changes when the library's threads became known after its list was sent without them: answers and
   * story marks on screen are worth asking for again.
   */
  storiesVersion: number;
  chooseFolder(): Promise<void>;
  reload(): Promise<void>;
  dismissError(): void;
  /** Stops the reading under way (a large mailbox); the next reload goes on from there. */
  stopReading(): Promise<void>;
}

export function useLibrary(): LibraryView {
  const api = useApi();
  const [state, setState] = useState<LibraryState | null>(null);
  const [bulletins, setBulletins] = useState<BulletinSummary[] | null>(null);
  const [progress, setProgress] = useState<LibraryProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const listRequest = useRef(0);
  const newContentPending = useRef(false);
  const folderRef = useRef<string | null>(null);
  const [storiesVersion, setStoriesVersion] = useState(0);

  const refreshList = useCallback(
    async (newContent = true) => {
      const request = ++listRequest.current;
      // A newer request supersedes this one's answer but not its news: new content still needs a generation.
      if (newContent) newContentPending.current = true;
      try {
        const list = await api.listBulletins();
        // A slower, older answer must not overwrite a newer one.
        if (request !== listRequest.current) return;
        setBulletins(list);
        if (newContentPending.current) {
          newContentPending.current = false;
          setGeneration((value) => value + 1);
        }
      } catch (cause) {
        if (request === listRequest.current) setError(errorMessage(cause));
      }
    },
    [api],
  );

  const applyState = useCallback(
    (next: LibraryState) => {
      if (folderRef.current !== null && folderRef.current !== next.folder) {
        // Another folder: its timeline fills in when it is ready, never mixed with the old one.
        setBulletins(null);
      }
      folderRef.current = next.folder;
      setState(next);
      setProgress(next.status === 'loading' ? next.progress : null);
      // Large libraries report bulletins while still loading (from the cache at once, or newest weeks first
      // on a first load): show them as they come rather than waiting for 'ready'.
      if (next.status === 'ready' || next.bulletinCount > 0) void refreshList();
    },
    [refreshList],
  );

  useEffect(() => {
    let live = true;
    // A ready/changed event that arrives before the first getLibraryState answer is the newer news.
    let sawState = false;
    // Likewise progress: an event's figures are newer than the first answer's.
    let lastProgress: LibraryProgress | null = null;
    const unsubscribe = api.onLibraryEvent((event: LibraryEvent) => {
      if (!live) return;
      switch (event.type) {
        case 'progress':
          lastProgress = event.progress;
          setProgress(event.progress);
          setState((current) =>
            current ? { ...current, status: 'loading', progress: event.progress } : current,
          );
          break;
        case 'ready':
        case 'changed':
          sawState = true;
          applyState(event.state);
          break;
        case 'error':
          setError(event.message);
          break;
        case 'stories':
          // Main never makes the list wait for the threads: it sends it without answers, works them out in
          // the background and says so here (and after each link or unlink). Same bulletins, new marks.
          void refreshList(false).then(() => setStoriesVersion((value) => value + 1));
          break;
      }
    });
    api.getLibraryState().then(
      (initial) => {
        if (!live || sawState) return;
        applyState(
          initial.status === 'loading' && lastProgress ? { ...initial, progress: lastProgress } : initial,
        );
      },
      (cause: unknown) => {
        if (live) setError(errorMessage(cause));
      },
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api, applyState, refreshList]);

  const chooseFolder = useCallback(async () => {
    try {
      const next = await api.chooseFolder();
      if (next !== null) applyState(next);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }, [api, applyState]);

  const reload = useCallback(async () => {
    try {
      applyState(await api.reloadLibrary());
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }, [api, applyState]);

  const dismissError = useCallback(() => setError(null), []);

  const stopReading = useCallback(async () => {
    try {
      applyState(await api.stopReading());
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }, [api, applyState]);

  return {
    state,
    bulletins,
    progress,
    error,
    generation,
    storiesVersion,
    chooseFolder,
    reload,
    dismissError,
    stopReading,
  };
}
