// Creates the main window. Every security-relevant web preference is set explicitly, even where it is
// Electron's default today, so a future default change or a careless edit shows up in review and in tests.
// The options are an object literal inside `new BrowserWindow(…)` on purpose: Electronegativity reads
// them there (it cannot follow a function's return value).
import { BrowserWindow } from 'electron';
import type { WindowPlacement } from './window-bounds';

export interface MainWindowInput {
  placement: WindowPlacement;
  /** Absolute path of dist-electron/preload.cjs. */
  preloadPath: string;
  /** Window icon (Linux taskbar, development runs); the installers embed their own. */
  iconPath?: string;
  /** Developer tools only in development builds. */
  devTools: boolean;
}

export const MIN_WIDTH = 640;
export const MIN_HEIGHT = 480;

export function createMainWindow(input: MainWindowInput): BrowserWindow {
  const { placement } = input;
  const position =
    placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {};
  return new BrowserWindow({
    ...position,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Prayer Desk',
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f7f5f0',
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click on a link would otherwise try to open a new window (denied anyway; not even asked).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: input.devTools,
    },
  });
}
