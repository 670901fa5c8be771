// The prayer sheet shared by every "Add to prayer sheet" button, the quick starts and the sheet panel: the
// sheet in front (a SheetDraft), saved by itself a moment after each change, and the saved sheets to
// reopen, duplicate or delete. Without an API (a component alone in a test) it works in memory only.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ReactNode } from 'react';
import type { Bulletin } from '../../../shared/model';
import type { PrayerDeskApi } from '../../../shared/prayer-desk-api';
import type {
  NewSheetDefaults,
  PrayerSheet,
  SheetDraft,
  SheetLayout,
  SheetSummary,
} from '../../../shared/prayer-sheet';
import {
  createSheet,
  isSheetFull,
  MAX_SHEET_ENTRIES,
  sheetFromBulletin,
  sheetFromHits,
} from '../../../shared/prayer-sheet';
import type { SearchHit, SearchQuery } from '../../../shared/search-types';
import type { PraiseDigest, PraiseDigestOptions } from '../../../shared/story-types';
import { sheetDefaults } from '../../../shared/sheet-defaults';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-message';
import type { SheetEntry } from '../../../shared/prayer-sheet';
import { SheetSession } from './sheet-session';
import type { SheetDetails, SheetState } from './sheet-state';
import { isDirty, isWorthSaving } from './sheet-state';

/** How long after the last change the sheet is saved by itself. */
export const AUTOSAVE_DELAY_MS = 700;

export type SaveStatus =
  /** Nothing worth saving yet (no requests). */
  'new' | 'unsaved' | 'saving' | 'saved' | 'error';

export interface SheetControls {
  sheet: SheetDraft;
  entries: readonly SheetEntry[];
  /** The sheet holds as many requests as it can (MAX_SHEET_ENTRIES). */
  full: boolean;
  has(id: string): boolean;
  add(entry: SheetEntry): void;
  /** Puts a request back at a place (undoing a removal). */
  insert(entry: SheetEntry, index: number): void;
  remove(id: string): void;
  /** Up (by < 0) or down (by > 0) by a number of places. */
  move(id: string, by: number): void;
  /** From one index to another, as a drag and drop does. */
  moveTo(from: number, to: number): void;
  editText(id: string, text: string): void;
  resetText(id: string): void;
  updateDetails(patch: Partial<SheetDetails>): void;
  updateLayout(patch: Partial<SheetLayout>): void;
  clear(): void;
  saveStatus: SaveStatus;
  /** Why the last save failed, in plain words. */
  saveError: string | null;
  /** Saves now (normally it happens by itself); resolves with the saved sheet, null if none. */
  saveNow(): Promise<PrayerSheet | null>;
}

export interface SheetActions {
  /** "Sheet from this bulletin": a new sheet with every request of the bulletin and its verse. */
  startFromBulletin(bulletin: Bulletin): Promise<void>;
  /** "Sheet from these results": a new sheet with these hits, in the order shown. */
  startFromHits(hits: readonly SearchHit[]): Promise<void>;
  /** As startFromHits, for everything a search finds (up to MAX_SHEET_ENTRIES); says how many it took. */
  startFromQuery(query: SearchQuery): Promise<{ added: number; total: number }>;
  /**
   * "Praise digest…": every praise report of a date range, grouped by region, as a new sheet in front (in
   * the user's paper size and church). When the range has no praise report the sheet in front stays.
   */
  startFromDigest(options: PraiseDigestOptions): Promise<PraiseDigest>;
  /** A new, empty sheet (the one in front is kept among the saved sheets). */
  newSheet(): Promise<void>;
  /** Opens a saved sheet; false when it is gone. */
  openSheet(id: string): Promise<boolean>;
  /** Saves a copy of a saved sheet and opens the copy. */
  duplicateSheet(id: string): Promise<PrayerSheet>;
  deleteSheet(id: string): Promise<void>;
  /** The saved sheets, newest first; null until first listed. */
  savedSheets: SheetSummary[] | null;
  savedSheetsError: string | null;
  refreshSavedSheets(): Promise<void>;
  /** Tells `listener` each time a quick start has put a new sheet in front (to show the panel). */
  onStarted(listener: () => void): () => void;
  /** Says what a quick start or a saved-sheet action did, for the panel to show; null when nothing. */
  notice: string | null;
  dismissNotice(): void;
}

const SheetContext = createContext<SheetControls | null>(null);
const SheetActionsContext = createContext<SheetActions | null>(null);
const SheetApiContext = createContext<PrayerDeskApi | null>(null);

/**
 * The layout a new sheet takes from the last one: all of it but the calendar, since a calendar is made
 * for one week or month (a new sheet is a list until the user chooses otherwise).
 */
export function carriedLayout(layout: SheetLayout): SheetLayout {
  return { ...layout, calendar: null };
}

/** A new sheet with today's title, in the user's locale. */
function freshSheet(carry?: Pick<SheetDraft, 'churchName' | 'layout'>): SheetDraft {
  const defaults: NewSheetDefaults = sheetDefaults(navigator.language, new Date());
  if (!carry) return createSheet(defaults);
  // The church and the layout stay as the user last set them; the title is this week's.
  return createSheet({
    ...defaults,
    paperSize: carry.layout.paperSize,
    churchName: carry.churchName,
    layout: carriedLayout(carry.layout),
  });
}

function defaultsFrom(draft: SheetDraft): NewSheetDefaults {
  return {
    ...sheetDefaults(navigator.language, new Date()),
    paperSize: draft.layout.paperSize,
    churchName: draft.churchName,
    layout: carriedLayout(draft.layout),
  };
}

/** The digest main made, in the user's paper, church and print size; grouped by region with dates. */
export function digestDraft(digest: PraiseDigest, current: SheetDraft): SheetDraft {
  return {
    ...digest.draft,
    churchName: current.churchName || digest.draft.churchName,
    layout: {
      ...carriedLayout(current.layout),
      grouping: 'region',
      showDates: true,
    },
  };
}

/** What the panel says after a digest: how many praise reports, and whether some were left out. */
export function digestNotice(digest: PraiseDigest): string {
  const kept = digest.total - digest.omitted;
  const reports = (n: number) => `${n.toLocaleString()} praise ${n === 1 ? 'report' : 'reports'}`;
  if (digest.omitted === 0) return `Started a praise digest: ${reports(digest.total)}, grouped by region.`;
  return (
    `Started a praise digest with the newest ${reports(kept)} of ${digest.total.toLocaleString()}. ` +
    `A sheet holds at most ${MAX_SHEET_ENTRIES} requests, so ${digest.omitted.toLocaleString()} older ` +
    `${digest.omitted === 1 ? 'one was' : 'ones were'} left out; a shorter period takes them all.`
  );
}

/** The app's API when there is an ApiProvider above; null for a component tested alone. */
function useOptionalApi(): PrayerDeskApi | null {
  try {
    return useApi();
  } catch {
    return null;
  }
}

export interface SheetProviderProps {
  children: ReactNode;
  /** The sheet to start with (tests); default: a new one for this week. */
  initial?: SheetDraft;
  /** Default: the ApiProvider's. */
  api?: PrayerDeskApi;
}

export function SheetProvider({ children, initial, api: apiProp }: SheetProviderProps) {
  const contextApi = useOptionalApi();
  const api = apiProp ?? contextApi;
  const [session] = useState(() => new SheetSession(initial ?? freshSheet(), api));
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [savedSheets, setSavedSheets] = useState<SheetSummary[] | null>(null);
  const [savedSheetsError, setSavedSheetsError] = useState<string | null>(null);
  const [startListeners] = useState(() => new Set<() => void>());
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => session.setApi(api), [session, api]);

  // Saved by itself a moment after the last change; a failed save is tried again after the next change.
  useEffect(() => {
    if (!api || !shouldAutosave(state)) return;
    const timer = setTimeout(() => void session.saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, session, state]);

  // Whatever is still waiting is saved when the window goes (best effort: main finishes the write).
  useEffect(() => {
    const flush = () => void session.saveNow();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [session]);

  // A new sheet starts with the church name and layout of the user's last saved sheet.
  useEffect(() => {
    if (!api || initial) return;
    let live = true;
    void (async () => {
      try {
        const [latest] = await api.listSheets();
        const sheet = latest ? await api.getSheet(latest.id) : null;
        if (live && sheet)
          session.dispatch({
            type: 'remembered',
            churchName: sheet.churchName,
            layout: carriedLayout(sheet.layout),
          });
      } catch {
        // Only a convenience: a new sheet with the usual defaults is just as good.
      }
    })();
    return () => {
      live = false;
    };
  }, [api, initial, session]);

  const refreshSavedSheets = useCallback(async () => {
    if (!api) return;
    try {
      setSavedSheets(await api.listSheets());
      setSavedSheetsError(null);
    } catch (error) {
      setSavedSheetsError(errorMessage(error));
    }
  }, [api]);

  const requireApi = useCallback((): PrayerDeskApi => {
    if (!api) throw new Error('Saved sheets are not available here.');
    return api;
  }, [api]);

  /**
   * While a praise digest is in front, the sheet a new one takes its church and layout from: the one
   * before the digest. The digest's own layout (by region, with dates) is for the digest only.
   */
  const beforeDigest = useRef<SheetDraft | null>(null);
  /** The sheet a new sheet carries its church and layout from. */
  const carrySource = useCallback(() => beforeDigest.current ?? session.state.draft, [session]);

  /** Puts another sheet in front, once the one there now is saved. */
  const putInFront = useCallback(
    async (draft: SheetDraft, saved: boolean) => {
      await session.saveNow();
      beforeDigest.current = null;
      session.dispatch({ type: 'replace', draft, saved });
    },
    [session],
  );

  const started = useCallback(() => {
    for (const listener of startListeners) listener();
  }, [startListeners]);

  const kept = useCallback(
    () => (isWorthSaving(session.state.draft) ? ' The sheet you had open is kept under Saved sheets.' : ''),
    [session],
  );

  const actions = useMemo<SheetActions>(
    () => ({
      async startFromBulletin(bulletin) {
        const note = kept();
        await putInFront(sheetFromBulletin(bulletin, defaultsFrom(carrySource())), false);
        setNotice(`Started a new sheet from this bulletin.${note}`);
        started();
      },
      async startFromHits(hits) {
        const note = kept();
        await putInFront(sheetFromHits(hits, defaultsFrom(carrySource())), false);
        setNotice(`Started a new sheet from these results.${note}`);
        started();
      },
      async startFromQuery(query) {
        const result = await requireApi().search({ ...query, offset: 0, limit: MAX_SHEET_ENTRIES });
        const note = kept();
        const draft = sheetFromHits(result.hits, defaultsFrom(carrySource()));
        await putInFront(draft, false);
        const added = draft.entries.length;
        setNotice(
          (result.total > added
            ? `Started a new sheet with the first ${added} of ${result.total} results.`
            : `Started a new sheet from these results.`) + note,
        );
        started();
        return { added, total: result.total };
      },
      async startFromDigest(options) {
        const digest = await requireApi().makePraiseDigest(options);
        if (digest.total === 0) return digest;
        const note = kept();
        const before = carrySource();
        await putInFront(digestDraft(digest, before), false);
        beforeDigest.current = before;
        setNotice(`${digestNotice(digest)}${note}`);
        started();
        return digest;
      },
      async newSheet() {
        const note = kept();
        await putInFront(freshSheet(carrySource()), false);
        setNotice(note ? `Started a new sheet.${note}` : null);
      },
      async openSheet(id) {
        await session.saveNow();
        const sheet = await requireApi().getSheet(id);
        if (!sheet) {
          setNotice('That sheet is no longer there.');
          await refreshSavedSheets();
          return false;
        }
        beforeDigest.current = null;
        session.dispatch({ type: 'replace', draft: sheet, saved: true });
        setNotice(null);
        return true;
      },
      async duplicateSheet(id) {
        await session.saveNow();
        const copy = await requireApi().duplicateSheet(id);
        beforeDigest.current = null;
        session.dispatch({ type: 'replace', draft: copy, saved: true });
        setNotice(`Made a copy: “${copy.title}”. The copy is open now.`);
        await refreshSavedSheets();
        return copy;
      },
      async deleteSheet(id) {
        const target = requireApi();
        if (session.state.draft.id === id) {
          // The sheet in front goes: a new one takes its place, and no save of the old one may follow.
          session.dispatch({ type: 'replace', draft: freshSheet(carrySource()), saved: false });
          beforeDigest.current = null;
        }
        await session.settled();
        await target.deleteSheet(id);
        await refreshSavedSheets();
      },
      savedSheets,
      savedSheetsError,
      refreshSavedSheets,
      onStarted(listener) {
        startListeners.add(listener);
        return () => startListeners.delete(listener);
      },
      notice,
      dismissNotice: () => setNotice(null),
    }),
    [
      carrySource,
      kept,
      notice,
      putInFront,
      refreshSavedSheets,
      requireApi,
      savedSheets,
      savedSheetsError,
      session,
      startListeners,
      started,
    ],
  );

  const controls = useMemo<SheetControls>(() => {
    const { draft } = state;
    const ids = new Set(draft.entries.map((entry) => entry.id));
    const dispatch = session.dispatch;
    return {
      sheet: draft,
      entries: draft.entries,
      full: isSheetFull(draft),
      has: (id) => ids.has(id),
      add: (entry) => dispatch({ type: 'add', entries: [entry] }),
      insert: (entry, index) => dispatch({ type: 'insert', entry, index }),
      remove: (id) => dispatch({ type: 'remove', id }),
      move: (id, by) => dispatch({ type: 'move', id, by }),
      moveTo: (from, to) => dispatch({ type: 'move-to', from, to }),
      editText: (id, text) => dispatch({ type: 'edit', id, text }),
      resetText: (id) => dispatch({ type: 'reset', id }),
      updateDetails: (patch) => dispatch({ type: 'details', patch }),
      updateLayout: (patch) => dispatch({ type: 'layout', patch }),
      clear: () => dispatch({ type: 'clear' }),
      saveStatus: saveStatusOf(state, api !== null),
      saveError: state.error,
      saveNow: () => session.saveNow(),
    };
  }, [state, session, api]);

  return (
    <SheetApiContext.Provider value={api}>
      <SheetActionsContext.Provider value={actions}>
        <SheetContext.Provider value={controls}>{children}</SheetContext.Provider>
      </SheetActionsContext.Provider>
    </SheetApiContext.Provider>
  );
}

function shouldAutosave(state: SheetState): boolean {
  if (state.saving || !isDirty(state) || !isWorthSaving(state.draft)) return false;
  return state.failed !== state.draft;
}

function saveStatusOf(state: SheetState, canSave: boolean): SaveStatus {
  if (state.saving) return 'saving';
  if (state.error !== null && state.failed === state.draft) return 'error';
  if (!isWorthSaving(state.draft) || !canSave) return 'new';
  return isDirty(state) ? 'unsaved' : 'saved';
}

export function useSheet(): SheetControls {
  const sheet = useContext(SheetContext);
  if (sheet === null) throw new Error('useSheet() needs a <SheetProvider> above it.');
  return sheet;
}

/** Quick starts and saved sheets: what the reader's "Sheet from this bulletin" buttons call. */
export function useSheetActions(): SheetActions {
  const actions = useContext(SheetActionsContext);
  if (actions === null) throw new Error('useSheetActions() needs a <SheetProvider> above it.');
  return actions;
}

/** The API the sheet provider uses (null: none, as for a component tested alone). */
export function useSheetApi(): PrayerDeskApi | null {
  return useContext(SheetApiContext);
}
