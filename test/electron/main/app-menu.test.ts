import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/app-menu';
import type { MenuActions } from '../../../electron/main/app-menu';

function build(platform: NodeJS.Platform, recentFolders: string[] = [], devTools = false) {
  const actions = {
    chooseFolder: vi.fn(),
    openRecentFolder: vi.fn(),
    reloadLibrary: vi.fn(),
    sendCommand: vi.fn(),
    showAbout: vi.fn(),
    openDataFolder: vi.fn(),
  } satisfies MenuActions;
  const template = buildMenuTemplate({ platform, appName: 'Prayer Desk', recentFolders, devTools, actions });
  return { template, actions };
}

/** Every item, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) => {
  const found = flatten(items).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
};

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('has the standard menus on %s', (platform) => {
    const { template } = build(platform);
    const labels = template.map((item) => item.label ?? item.role);
    expect(labels).toEqual([
      ...(platform === 'darwin' ? ['Prayer Desk'] : []),
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      'help',
    ]);
    const roles = flatten(template).map((item) => item.role);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
    ]) {
      expect(roles).toContain(role);
    }
    expect(roles).toContain('quit');
    expect(roles).not.toContain('toggleDevTools');
    // Reloading the page would lose the reader's state; Reload means the library.
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('has the shortcuts users expect', () => {
    const { template } = build('win32');
    expect(byLabel(template, 'Choose Bulletin Folder…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel(template, 'Find…').accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel(template, 'Print Prayer Sheet…').accelerator).toBe('CmdOrCtrl+P');
    expect(byLabel(template, 'Reload Library').accelerator).toBe('CmdOrCtrl+R');
    const zoom = flatten(template)
      .filter((item) => item.role === 'zoomIn')
      .map((item) => item.accelerator);
    expect(zoom).toEqual(['CmdOrCtrl+Plus', 'CmdOrCtrl+=']);
    expect(flatten(template).find((item) => item.role === 'zoomOut')?.accelerator).toBe('CmdOrCtrl+-');
    expect(flatten(template).find((item) => item.role === 'resetZoom')?.accelerator).toBe('CmdOrCtrl+0');
  });

  it('wires the app items to their actions', () => {
    const { template, actions } = build('win32');
    click(byLabel(template, 'Choose Bulletin Folder…'));
    expect(actions.chooseFolder).toHaveBeenCalledOnce();
    click(byLabel(template, 'Reload Library'));
    expect(actions.reloadLibrary).toHaveBeenCalledOnce();
    click(byLabel(template, 'Find…'));
    expect(actions.sendCommand).toHaveBeenLastCalledWith('focus-search');
    click(byLabel(template, 'Print Prayer Sheet…'));
    expect(actions.sendCommand).toHaveBeenLastCalledWith('print-sheet');
    click(byLabel(template, 'About Prayer Desk'));
    expect(actions.showAbout).toHaveBeenCalledOnce();
    click(byLabel(template, 'Where My Data Lives'));
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
  });

  it('lists recent folders, and says so when there are none', () => {
    const empty = build('linux').template;
    expect(byLabel(empty, 'No recent folders').enabled).toBe(false);
    const { template, actions } = build('linux', ['/home/office/Bulletins', '/media/usb/Old bulletins']);
    click(byLabel(template, '/media/usb/Old bulletins'));
    expect(actions.openRecentFolder).toHaveBeenCalledWith('/media/usb/Old bulletins');
  });

  it('offers developer tools in development builds only', () => {
    const roles = flatten(build('linux', [], true).template).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
  });
});
