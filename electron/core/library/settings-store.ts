// The user's settings (chosen folder, recent folders, window and view) in the app's user-data folder.
// Read once at start, checked with zod, written atomically on every change. A damaged file must never stop
// the app from starting: it is kept aside for support, defaults are used, and the user is told once.
import path from 'node:path';
import { z } from 'zod';
import { viewStateSchema } from '../../../shared/ipc-contract';
import type { ViewState } from '../../../shared/library-types';
import { migrateRegions } from '../../../shared/model';
import { readJsonWithRecovery, writeJsonAtomic } from './atomic-file';

export const SETTINGS_FILE = 'settings.json';
export const SETTINGS_VERSION = 1;
export const MAX_RECENT_FOLDERS = 8;

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface Settings {
  version: number;
  /** Absolute path of the chosen library folder; null until the user picks one (the samples show). */
  libraryFolder: string | null;
  /** Most recent first, no duplicates, at most MAX_RECENT_FOLDERS. */
  recentFolders: string[];
  windowBounds?: WindowBounds;
  viewState?: ViewState;
}

const windowBoundsSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().positive(),
  height: z.number().positive(),
  maximized: z.boolean().optional(),
});

const coreFields = {
  version: z.number().int().positive(),
  libraryFolder: z.string().min(1).nullable(),
  recentFolders: z.array(z.string().min(1)),
};

/** What a save must satisfy: every field as documented. */
const settingsSchema = z.object({
  ...coreFields,
  windowBounds: windowBoundsSchema.optional(),
  viewState: viewStateSchema.optional(),
});

// Reading is kinder: unknown keys (from a newer version) are dropped, and a window position or view that no
// longer checks out is forgotten on its own, so the user never loses their folder over a cosmetic field.
const settingsFileSchema = z.object({
  ...coreFields,
  windowBounds: windowBoundsSchema.optional().catch(undefined),
  viewState: z.preprocess(withTodaysRegions, viewStateSchema).optional().catch(undefined),
});

/** A view saved before the world regions ('Latin America', 'Southeast Asia') keeps its filter, in today's ids. */
function withTodaysRegions(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('regions' in raw) || !Array.isArray(raw.regions))
    return raw;
  const regions = raw.regions as unknown[];
  if (!regions.every((r): r is string => typeof r === 'string')) return raw;
  return { ...raw, regions: migrateRegions(regions) };
}

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, libraryFolder: null, recentFolders: [] };
}

/** Checks settings before they are saved; throws when a field is not as documented. */
export function parseSettings(raw: unknown): Settings {
  return normalize(settingsSchema.parse(raw));
}

/** Checks a settings file just read; throws only when its folder fields are unusable. */
export function parseSettingsFile(raw: unknown): Settings {
  return normalize(settingsFileSchema.parse(raw));
}

function normalize(parsed: z.output<typeof settingsSchema>): Settings {
  return {
    ...stripUndefined(parsed),
    version: SETTINGS_VERSION,
    recentFolders: normalizeRecent(parsed.recentFolders),
  };
}

/** Most recent first, deduplicated (same path, or same but for case on Windows and macOS), capped. */
export function normalizeRecent(folders: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const folder of folders) {
    const key = folderKey(folder);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(folder);
    if (out.length === MAX_RECENT_FOLDERS) break;
  }
  return out;
}

function folderKey(folder: string): string {
  const resolved = path.resolve(folder);
  // Windows and macOS file systems ignore case by default: C:\Bulletins and c:\bulletins are one folder.
  return process.platform === 'linux' ? resolved : resolved.toLowerCase();
}

export interface SettingsStore {
  /** The file's path, for "where your data lives". */
  readonly file: string;
  /** A copy of the current settings. */
  get(): Settings;
  /** A plain-words message when the settings file was damaged and reset; returned once, then null. */
  takeNotice(): string | null;
  /** Merges and saves (atomically). Resolves once the file is on disk. */
  update(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings>;
  /** Makes `folder` the library folder and the first recent folder. */
  rememberFolder(folder: string): Promise<Settings>;
  /** Drops a folder from the recent list (it was moved or deleted). */
  forgetRecentFolder(folder: string): Promise<Settings>;
}

export async function openSettingsStore(
  userDataDir: string,
  opts: { now?: () => Date } = {},
): Promise<SettingsStore> {
  const file = path.join(userDataDir, SETTINGS_FILE);
  let current = defaultSettings();
  let notice: string | null = null;
  try {
    const read = await readJsonWithRecovery(file, parseSettingsFile, {
      onCorrupt: 'keep-aside',
      now: opts.now,
    });
    if (read.value) current = read.value;
    if (read.backup) {
      notice = `Your settings file was damaged and has been reset; the old one was kept as ${read.backup}.`;
    }
  } catch (error) {
    // Not about the content (no permission, a folder in its place): start anyway, on defaults.
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    notice = `Your settings file ${file} could not be read (${code}); default settings are used.`;
  }
  // Saves run one after another so an older state can never land after a newer one.
  let saving: Promise<unknown> = Promise.resolve();

  // Async so a refused update rejects; everything up to the first await runs at once, keeping the order.
  const save = async (next: Settings): Promise<Settings> => {
    current = parseSettings(next);
    const snapshot = structuredClone(current);
    const done = saving.then(() => writeJsonAtomic(file, snapshot));
    saving = done.catch(() => undefined);
    await done;
    return structuredClone(snapshot);
  };

  return {
    file,
    get: () => structuredClone(current),
    takeNotice() {
      const message = notice;
      notice = null;
      return message;
    },
    update: (patch) => save({ ...current, ...patch, version: SETTINGS_VERSION }),
    rememberFolder: (folder) =>
      save({ ...current, libraryFolder: folder, recentFolders: [folder, ...current.recentFolders] }),
    forgetRecentFolder: (folder) =>
      save({
        ...current,
        recentFolders: current.recentFolders.filter((f) => folderKey(f) !== folderKey(folder)),
      }),
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
