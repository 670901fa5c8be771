// What the reader shows — query, filters, order, the open bulletin — as one reducer, restored from the
// main process on start and saved back (debounced) so the next start comes back to the same place.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { DEFAULT_VIEW_STATE } from '../../../shared/ipc-contract';
import type { ViewState } from '../../../shared/library-types';
import type { Kind, Region } from '../../../shared/model';
import type { SortOrder } from '../../../shared/search-types';
import { useApi } from '../api/api-context';
import { sortedKinds, sortedRegions, toggle } from '../lib/view-query';

export type ViewAction =
  | { type: 'restore'; view: ViewState }
  | { type: 'query'; text: string }
  | { type: 'toggle-region'; region: Region }
  | { type: 'toggle-kind'; kind: Kind }
  | { type: 'toggle-organisation'; organisation: string }
  | { type: 'range'; from: string | null; to: string | null }
  | { type: 'sort'; sort: SortOrder | null }
  | { type: 'select'; file: string | null }
  | { type: 'clear-filters' }
  | { type: 'chart'; open: boolean }
  | { type: 'list-width'; share: number };

export function viewReducer(view: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'restore':
      return { ...DEFAULT_VIEW_STATE, ...action.view };
    case 'query':
      return view.query === action.text ? view : { ...view, query: action.text };
    case 'toggle-region':
      return { ...view, regions: sortedRegions(toggle(view.regions, action.region)) };
    case 'toggle-kind':
      return { ...view, kinds: sortedKinds(toggle(view.kinds, action.kind)) };
    case 'toggle-organisation':
      return { ...view, organisations: toggle(view.organisations ?? [], action.organisation).sort() };
    case 'range': {
      // A range typed backwards still means the years between.
      const swap = action.from !== null && action.to !== null && action.from > action.to;
      return { ...view, from: swap ? action.to : action.from, to: swap ? action.from : action.to };
    }
    case 'sort':
      return { ...view, sort: action.sort };
    case 'select':
      return view.selectedFile === action.file ? view : { ...view, selectedFile: action.file };
    case 'clear-filters': {
      const { organisations: _organisations, ...rest } = view;
      return { ...rest, regions: [], kinds: [], from: null, to: null };
    }
    case 'chart':
      return { ...view, chartOpen: action.open };
    case 'list-width':
      return { ...view, listWidth: clampListWidth(action.share) };
  }
}

export const LIST_WIDTH = { min: 0.25, max: 0.7, initial: 5 / 12 } as const;

/** The list's share of the width, kept where both panes stay usable. */
export function clampListWidth(share: number): number {
  if (!Number.isFinite(share)) return LIST_WIDTH.initial;
  return Math.round(Math.min(LIST_WIDTH.max, Math.max(LIST_WIDTH.min, share)) * 1000) / 1000;
}

/** How long the view must stay still before it is saved: saving on every keystroke is wasted work. */
export const SAVE_DELAY_MS = 400;

export interface ViewStateControls {
  view: ViewState;
  /** False until the remembered view has come back (or failed to). */
  restored: boolean;
  dispatch(action: ViewAction): void;
}

export function useViewState(): ViewStateControls {
  const api = useApi();
  const [state, dispatchRaw] = useReducer(
    (current: { view: ViewState; restored: boolean }, action: ViewAction | { type: 'restored' }) => {
      if (action.type === 'restored') return { ...current, restored: true };
      const view = viewReducer(current.view, action);
      return {
        view,
        restored: current.restored || action.type === 'restore',
      };
    },
    { view: DEFAULT_VIEW_STATE, restored: false },
  );
  const touched = useRef(false);

  useEffect(() => {
    let live = true;
    api.getViewState().then(
      (view) => {
        // If the user already started typing, what they typed wins over what was remembered.
        if (live && !touched.current) dispatchRaw({ type: 'restore', view });
        else if (live) dispatchRaw({ type: 'restored' });
      },
      () => {
        if (live) dispatchRaw({ type: 'restored' });
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (!state.restored) return;
    const timer = window.setTimeout(() => {
      api.setViewState(state.view).catch(() => {
        // Remembering the view is a convenience; failing to save it must not disturb the reader.
      });
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [api, state.view, state.restored]);

  const dispatch = useCallback((action: ViewAction) => {
    if (action.type !== 'restore') touched.current = true;
    dispatchRaw(action);
  }, []);

  return { view: state.view, restored: state.restored, dispatch };
}
