import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, MIN_HEIGHT, MIN_WIDTH } from '../../../electron/main/main-window';
import type { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => ({ BrowserWindow: (await import('./fake-electron')).FakeBrowserWindow }));

const base = {
  placement: { x: 40, y: 30, width: 1000, height: 700, maximized: false },
  preloadPath: '/app/dist-electron/preload.cjs',
  iconPath: '/app/resources/icon.png',
  devTools: false,
};

const optionsOf = (input: Parameters<typeof createMainWindow>[0]) =>
  (createMainWindow(input) as unknown as FakeBrowserWindow).options as {
    webPreferences: Record<string, unknown>;
  } & Record<string, unknown>;

describe('createMainWindow', () => {
  it('sets every security preference explicitly', () => {
    const prefs = optionsOf(base).webPreferences;
    expect(prefs).toEqual({
      preload: '/app/dist-electron/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    });
  });

  it('opens hidden until ready, at the remembered place, never smaller than usable', () => {
    const options = optionsOf(base);
    expect(options).toMatchObject({
      show: false,
      x: 40,
      y: 30,
      width: 1000,
      height: 700,
      title: 'Prayer Desk',
    });
    expect(options.minWidth).toBe(MIN_WIDTH);
    expect(options.minHeight).toBe(MIN_HEIGHT);
    expect(options.icon).toBe('/app/resources/icon.png');
  });

  it('lets the OS centre the window when no position is known', () => {
    const options = optionsOf({ ...base, placement: { width: 1200, height: 800, maximized: false } });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  it('offers developer tools only in development', () => {
    expect(optionsOf({ ...base, devTools: true }).webPreferences.devTools).toBe(true);
  });
});
