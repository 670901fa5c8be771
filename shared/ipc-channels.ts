// The IPC channel names, and nothing else: the preload needs only these, so it does not bundle zod.
// The schemas and result types for each channel live in ./ipc-contract.ts, keyed by the same names.

/** Renderer -> main requests (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  getLibraryState: 'prayer-desk:get-library-state',
  chooseFolder: 'prayer-desk:choose-folder',
  openFolder: 'prayer-desk:open-folder',
  reloadLibrary: 'prayer-desk:reload-library',
  search: 'prayer-desk:search',
  listBulletins: 'prayer-desk:list-bulletins',
  getBulletin: 'prayer-desk:get-bulletin',
  showInFolder: 'prayer-desk:show-in-folder',
  getViewState: 'prayer-desk:get-view-state',
  setViewState: 'prayer-desk:set-view-state',
  listSheets: 'prayer-desk:list-sheets',
  getSheet: 'prayer-desk:get-sheet',
  saveSheet: 'prayer-desk:save-sheet',
  duplicateSheet: 'prayer-desk:duplicate-sheet',
  deleteSheet: 'prayer-desk:delete-sheet',
  printSheet: 'prayer-desk:print-sheet',
  saveSheetPdf: 'prayer-desk:save-sheet-pdf',
  getThread: 'prayer-desk:get-thread',
  getStoryMarks: 'prayer-desk:get-story-marks',
  linkRequests: 'prayer-desk:link-requests',
  unlinkRequest: 'prayer-desk:unlink-request',
  confirmThread: 'prayer-desk:confirm-thread',
  getScriptureIndex: 'prayer-desk:get-scripture-index',
  listCountries: 'prayer-desk:list-countries',
  getCountryView: 'prayer-desk:get-country-view',
  makePraiseDigest: 'prayer-desk:make-praise-digest',
  stopReading: 'prayer-desk:stop-reading',
  saveSheetDocx: 'prayer-desk:save-sheet-docx',
  openSavedFile: 'prayer-desk:open-saved-file',
  showSavedFile: 'prayer-desk:show-saved-file',
  tryAgainFile: 'prayer-desk:try-again-file',
} as const;

export type InvokeName = keyof typeof INVOKE_CHANNELS;

/** Main -> renderer events (webContents.send / ipcRenderer.on). */
export const EVENT_CHANNELS = {
  libraryEvent: 'prayer-desk:library-event',
  menuCommand: 'prayer-desk:menu-command',
} as const;

export type EventName = keyof typeof EVENT_CHANNELS;

/** Menu items the renderer acts on (the menu lives in main; the search box and the sheet in the renderer). */
export const MENU_COMMANDS = ['focus-search', 'print-sheet'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
