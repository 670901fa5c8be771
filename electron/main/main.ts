// Main-process entry (bundled to dist-electron/main.cjs): opens the user's settings, the library service
// and the shell's remembered state, then hands them to the shell. Everything else lives in app-shell.ts.
import path from 'node:path';
import { app, dialog } from 'electron';
import { createLibraryService } from '../core/library/library-service';
import { openSettingsStore } from '../core/library/settings-store';
import { createStoryService } from '../core/stories/story-service';
import { startShell } from './app-shell';
import { utilityChild } from './utility-child';
import type { AppPaths, ShellStores } from './app-shell';
import { createShellStateStore, shellStateFromSettings, shellStateToSettings } from './shell-state-store';

async function openStores(paths: AppPaths): Promise<ShellStores> {
  // One settings store for the library (folder, recent folders) and the shell (window, view): one writer.
  const settings = await openSettingsStore(paths.userDataDir);
  const shellState = createShellStateStore(
    shellStateFromSettings(settings.get()),
    (state) => settings.update(shellStateToSettings(state)),
    (error) => console.warn('[prayer-desk] could not save the window and view state', error),
  );
  const library = await createLibraryService({
    userDataDir: paths.userDataDir,
    samplesDir: paths.sampleFolder,
    appVersion: paths.appVersion,
    // Loading runs in a worker thread so the window stays responsive on large folders.
    workerPath: path.join(paths.bundleDir, 'load-worker.cjs'),
    settings,
    // Files are parsed in utility processes that can be stopped (a file built to hang or fill memory
    // costs that file only): electron/core/library/parse-pool.ts.
    spawnParser: utilityChild(path.join(paths.bundleDir, 'parse-child.cjs')),
  });
  const stories = await createStoryService({
    bulletins: () => library.allBulletins(),
    userDataDir: paths.userDataDir,
    // A damaged threads.json was set aside (the user's links start over): worth a line in the log.
    onProblem: (message) => console.warn(`[prayer-desk] ${message}`),
  });
  return { library, shellState, stories };
}

startShell({ bundleDir: __dirname, openStores })?.catch((error: unknown) => {
  console.error('[prayer-desk] could not start', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    'Prayer Desk could not start',
    `${detail}\n\nYour bulletins have not been changed. Please restart Prayer Desk; if this message comes back, reinstall it.`,
  );
  app.exit(1);
});
