// The bridge between the sandboxed renderer and the main process. It exposes `window.prayerDesk`: the
// task-shaped functions of the contract, nothing else — no ipcRenderer, no channel names, no generic
// invoke — so a bug or injected script in the page can only ask for what the app's UI can ask for.
// Runs sandboxed: bundled into one CommonJS file by scripts/build-electron.mjs.
import { contextBridge, ipcRenderer } from 'electron';
// eslint.config.js's '!../../shared/*' exception never matches (gitignore-style patterns cannot hold '../'),
// so the rule flags the shared imports it means to allow; the regex fix is in the helper's report.
import { EVENT_CHANNELS, INVOKE_CHANNELS, MENU_COMMANDS } from '../../shared/ipc-channels';
import type { LibraryEvent, MenuCommand, PrayerDeskApi } from '../../shared/prayer-desk-api';

type Ipc = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;
type IpcListener = Parameters<Ipc['on']>[1];

// Electron wraps handler errors as "Error invoking remote method '<channel>': <Name>: <message>".
// The page gets just the plain message (and never learns the channel name).
const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

export function createPrayerDeskApi(ipc: Ipc): PrayerDeskApi {
  const invoke = async <T>(channel: string, ...args: unknown[]): Promise<T> => {
    try {
      return (await ipc.invoke(channel, ...args)) as T;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(message.replace(REMOTE_ERROR_PREFIX, ''));
    }
  };
  const subscribe = <T>(
    channel: string,
    accept: (payload: unknown) => payload is T,
    listener: (p: T) => void,
  ) => {
    if (typeof listener !== 'function') throw new TypeError('Expected a function.');
    // The IpcRendererEvent is dropped: it carries `sender`, an ipcRenderer the page must never hold.
    const wrapped: IpcListener = (_event, payload: unknown) => {
      if (accept(payload)) listener(payload);
    };
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };

  // Fixed arities: extra arguments from the page are not forwarded (main validates them anyway).
  return {
    getLibraryState: () => invoke(INVOKE_CHANNELS.getLibraryState),
    chooseFolder: () => invoke(INVOKE_CHANNELS.chooseFolder),
    openFolder: (folder) => invoke(INVOKE_CHANNELS.openFolder, folder),
    reloadLibrary: () => invoke(INVOKE_CHANNELS.reloadLibrary),
    search: (query) => invoke(INVOKE_CHANNELS.search, query),
    listBulletins: () => invoke(INVOKE_CHANNELS.listBulletins),
    getBulletin: (file) => invoke(INVOKE_CHANNELS.getBulletin, file),
    showInFolder: (file) => invoke(INVOKE_CHANNELS.showInFolder, file),
    getViewState: () => invoke(INVOKE_CHANNELS.getViewState),
    setViewState: (view) => invoke(INVOKE_CHANNELS.setViewState, view),
    listSheets: () => invoke(INVOKE_CHANNELS.listSheets),
    getSheet: (id) => invoke(INVOKE_CHANNELS.getSheet, id),
    saveSheet: (sheet) => invoke(INVOKE_CHANNELS.saveSheet, sheet),
    duplicateSheet: (id) => invoke(INVOKE_CHANNELS.duplicateSheet, id),
    deleteSheet: (id) => invoke(INVOKE_CHANNELS.deleteSheet, id),
    printSheet: (options) => invoke(INVOKE_CHANNELS.printSheet, options),
    getThread: (itemId) => invoke(INVOKE_CHANNELS.getThread, itemId),
    getStoryMarks: (file) => invoke(INVOKE_CHANNELS.getStoryMarks, file),
    linkRequests: (itemId, otherId) => invoke(INVOKE_CHANNELS.linkRequests, itemId, otherId),
    unlinkRequest: (itemId, threadItemId) => invoke(INVOKE_CHANNELS.unlinkRequest, itemId, threadItemId),
    confirmThread: (itemId) => invoke(INVOKE_CHANNELS.confirmThread, itemId),
    getScriptureIndex: () => invoke(INVOKE_CHANNELS.getScriptureIndex),
    listCountries: () => invoke(INVOKE_CHANNELS.listCountries),
    getCountryView: (country) => invoke(INVOKE_CHANNELS.getCountryView, country),
    makePraiseDigest: (options) => invoke(INVOKE_CHANNELS.makePraiseDigest, options),
    stopReading: () => invoke(INVOKE_CHANNELS.stopReading),
    tryAgainFile: (file) => invoke(INVOKE_CHANNELS.tryAgainFile, file),
    saveSheetPdf: (options) => invoke(INVOKE_CHANNELS.saveSheetPdf, options),
    saveSheetDocx: (sheet, options) => invoke(INVOKE_CHANNELS.saveSheetDocx, sheet, options),
    openSavedFile: (file) => invoke(INVOKE_CHANNELS.openSavedFile, file),
    showSavedFile: (file) => invoke(INVOKE_CHANNELS.showSavedFile, file),
    onLibraryEvent: (listener) => subscribe(EVENT_CHANNELS.libraryEvent, isLibraryEvent, listener),
    onMenuCommand: (listener) => subscribe(EVENT_CHANNELS.menuCommand, isMenuCommand, listener),
  };
}

function isLibraryEvent(payload: unknown): payload is LibraryEvent {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { type?: unknown }).type === 'string'
  );
}

function isMenuCommand(payload: unknown): payload is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(payload);
}

contextBridge.exposeInMainWorld('prayerDesk', createPrayerDeskApi(ipcRenderer));
