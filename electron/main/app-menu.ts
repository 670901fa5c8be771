// The application menu as a plain template (no Electron runtime import), so its roles and shortcuts are
// tested directly. Standard roles give every platform its native behaviour (copy/paste, zoom, window
// management); the app's own items call the injected actions. Zoom sits in View because many users
// need large text; it persists per origin in Chromium.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc-channels';

export interface MenuActions {
  chooseFolder(): void;
  openRecentFolder(folder: string): void;
  reloadLibrary(): void;
  /** Forwarded to the renderer (focus the search box, print the prayer sheet). */
  sendCommand(command: MenuCommand): void;
  showAbout(): void;
  openDataFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recentFolders: readonly string[];
  /** Developer tools entry only in development builds. */
  devTools: boolean;
  actions: MenuActions;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions } = options;
  const isMac = options.platform === 'darwin';

  const recent: MenuItemConstructorOptions[] =
    options.recentFolders.length === 0
      ? [{ label: 'No recent folders', enabled: false }]
      : options.recentFolders.map((folder) => ({
          label: folder,
          click: () => actions.openRecentFolder(folder),
        }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Choose Bulletin Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.chooseFolder() },
      { label: 'Recent Folders', submenu: recent },
      { label: 'Reload Library', accelerator: 'CmdOrCtrl+R', click: () => actions.reloadLibrary() },
      { type: 'separator' },
      {
        label: 'Print Prayer Sheet…',
        accelerator: 'CmdOrCtrl+P',
        click: () => actions.sendCommand('print-sheet'),
      },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      // Edit > Find is where every platform's users look for it.
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.sendCommand('focus-search') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      // Ctrl+Plus needs Shift on most keyboards; Ctrl+= (same key, no Shift) is what people press.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true },
      { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: 'Actual Size', accelerator: 'CmdOrCtrl+0' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      ...(isMac ? [] : [{ label: `About ${options.appName}`, click: () => actions.showAbout() }]),
      { label: 'Where My Data Lives', click: () => actions.openDataFolder() },
    ],
  };

  const macApp: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return [...(isMac ? [macApp] : []), file, edit, view, { role: 'windowMenu' }, help];
}
