// The preload with `electron` mocked: what it exposes on window.prayerDesk, how requests and events
// cross, and what the page can never get (ipcRenderer, channel names, the IPC event object).
import type { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, INVOKE_NAMES } from '../../../shared/ipc-contract';
import type { PrayerDeskApi } from '../../../shared/prayer-desk-api';

const bridge = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return { exposed };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
  });
  return {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => bridge.exposed.set(key, api)) },
    ipcRenderer,
  };
});

let api: PrayerDeskApi;
let ipc: EventEmitter & { invoke: ReturnType<typeof vi.fn> };

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  const electron = (await import('electron')) as unknown as { ipcRenderer: typeof ipc };
  ipc = electron.ipcRenderer;
  api = bridge.exposed.get('prayerDesk') as PrayerDeskApi;
});

describe('preload', () => {
  it('exposes only window.prayerDesk', () => {
    expect([...bridge.exposed.keys()]).toEqual(['prayerDesk']);
  });

  it('exposes exactly the contract functions and the two event subscriptions, all functions', () => {
    expect(Object.keys(api).sort()).toEqual([...INVOKE_NAMES, 'onLibraryEvent', 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    const text = JSON.stringify(Object.keys(api));
    expect(text).not.toMatch(/ipc|invoke|send|channel/i);
  });

  it.each<[keyof PrayerDeskApi, unknown[]]>([
    ['getLibraryState', []],
    ['chooseFolder', []],
    ['openFolder', ['/home/office/Bulletins']],
    ['reloadLibrary', []],
    ['search', [{ text: 'Uganda' }]],
    ['listBulletins', []],
    ['getBulletin', ['2024/a.txt']],
    ['showInFolder', ['2024/a.txt']],
    ['getViewState', []],
    ['setViewState', [{ query: '' }]],
    ['listSheets', []],
    ['getSheet', ['mfx1k2-0a1b2c3d4e']],
    ['saveSheet', [{ id: null, title: 'Sunday' }]],
    ['duplicateSheet', ['mfx1k2-0a1b2c3d4e']],
    ['deleteSheet', ['mfx1k2-0a1b2c3d4e']],
    ['printSheet', [{ paperSize: 'A4' }]],
    ['saveSheetPdf', [{ paperSize: 'Letter', suggestedName: 'Prayer sheet 2026-11-29.pdf' }]],
    ['getThread', ['2024/a.txt#2']],
    ['getStoryMarks', ['2024/a.txt']],
    ['linkRequests', ['2024/a.txt#2', '2025/b.txt#0']],
    ['unlinkRequest', ['2025/b.txt#0', '2024/a.txt#2']],
    ['confirmThread', ['2024/a.txt#2']],
    ['getScriptureIndex', []],
    ['listCountries', []],
    ['getCountryView', ['Uganda']],
    ['makePraiseDigest', [{ from: '2024-04-01', to: '2024-06-30' }]],
    ['stopReading', []],
  ])('%s invokes its own channel with its arguments', async (name, args) => {
    const fn = api[name] as (...a: unknown[]) => Promise<unknown>;
    await expect(fn(...args)).resolves.toEqual({
      channel: INVOKE_CHANNELS[name as keyof typeof INVOKE_CHANNELS],
      args,
    });
  });

  it('does not forward extra arguments', async () => {
    const fn = api.getBulletin as (...a: unknown[]) => Promise<unknown>;
    await expect(fn('a.txt', 'extra', { evil: true })).resolves.toEqual({
      channel: INVOKE_CHANNELS.getBulletin,
      args: ['a.txt'],
    });
  });

  it('passes main-process errors on as plain messages, without the channel name', async () => {
    ipc.invoke.mockRejectedValueOnce(
      new Error(
        "Error invoking remote method 'prayer-desk:open-folder': NotAllowedError: That folder is not in the recent folders.",
      ),
    );
    const error = await api.openFolder('/etc').catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('That folder is not in the recent folders.');
  });

  it('delivers library events without the IPC event object, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = api.onLibraryEvent((...args: unknown[]) => received.push(args));
    const event = { type: 'progress', progress: { done: 1, total: 2, current: 'a.txt' } };
    ipc.emit(EVENT_CHANNELS.libraryEvent, { sender: ipc }, event);
    expect(received).toEqual([[event]]);
    unsubscribe();
    ipc.emit(EVENT_CHANNELS.libraryEvent, { sender: ipc }, event);
    expect(received).toHaveLength(1);
    expect(ipc.listenerCount(EVENT_CHANNELS.libraryEvent)).toBe(0);
  });

  it('delivers only known menu commands', () => {
    const received: unknown[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    ipc.emit(EVENT_CHANNELS.menuCommand, {}, 'focus-search');
    ipc.emit(EVENT_CHANNELS.menuCommand, {}, 'format-disk');
    ipc.emit(EVENT_CHANNELS.menuCommand, {}, 'print-sheet');
    expect(received).toEqual(['focus-search', 'print-sheet']);
    unsubscribe();
  });

  it('refuses a listener that is not a function', () => {
    expect(() => api.onLibraryEvent('alert(1)' as never)).toThrow(TypeError);
  });
});
