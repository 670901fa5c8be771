import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerHandlers, UntrustedSenderError } from '../../../electron/main/register-ipc';
import type { HandlerTable } from '../../../electron/main/handlers';
import { DEFAULT_VIEW_STATE, INVOKE_CHANNELS, INVOKE_NAMES } from '../../../shared/ipc-contract';
import type { InvokeName } from '../../../shared/ipc-contract';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup(trusted = true) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  const table = Object.fromEntries(
    INVOKE_NAMES.map((name) => [name, vi.fn(async () => `${name} answered`)]),
  ) as unknown as {
    [K in InvokeName]: ReturnType<typeof vi.fn> & HandlerTable[K];
  };
  const unregister = registerHandlers(ipcMain as never, table, () => trusted);
  const event = {} as IpcMainInvokeEvent;
  const invoke = async (name: InvokeName, ...args: unknown[]) => {
    const handler = handlers.get(INVOKE_CHANNELS[name]);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler(event, ...args);
  };
  return { handlers, table, invoke, unregister };
}

describe('registerHandlers', () => {
  it('registers every contract channel, and unregisters them', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes valid arguments through to the handler', async () => {
    const { invoke, table } = setup();
    await expect(
      invoke('search', { text: 'Phillipines', regions: ['Southeast Asia'], limit: 20 }),
    ).resolves.toBe('search answered');
    expect(table.search).toHaveBeenCalledWith({
      text: 'Phillipines',
      regions: ['Southeast Asia'],
      limit: 20,
    });
    await invoke('getBulletin', '2019/2019-05-12.txt');
    expect(table.getBulletin).toHaveBeenCalledWith('2019/2019-05-12.txt');
    await invoke('openFolder', 'C:\\Users\\office\\Bulletins');
    await invoke('setViewState', { ...DEFAULT_VIEW_STATE, from: '2019-01-01', selectedFile: 'a/b.txt' });
    await invoke('getLibraryState');
    expect(table.getLibraryState).toHaveBeenCalledWith();
  });

  it.each(['Notes: March 2019.txt', 'draft.', '2019 /old bulletin.txt', 'con.txt', 'ünïcödé/Ñandú.txt'])(
    'getBulletin accepts the odd but legal name %j (served from memory; disk access checks more)',
    async (file) => {
      const { invoke, table } = setup();
      await invoke('getBulletin', file);
      expect(table.getBulletin).toHaveBeenCalledWith(file);
    },
  );

  it.each<[InvokeName, unknown[]]>([
    ['getLibraryState', ['extra']],
    ['search', []],
    ['search', ['Uganda']],
    ['search', [{ text: 42 }]],
    ['search', [{ text: 'x', regions: ['Atlantis'] }]],
    ['search', [{ text: 'x', kinds: ['gossip'] }]],
    ['search', [{ text: 'x', from: '17/03/2024' }]],
    ['search', [{ text: 'x', from: '2024-13-01' }]],
    ['search', [{ text: 'x', limit: -1 }]],
    ['search', [{ text: 'x', limit: 1.5 }]],
    ['search', [{ text: 'x', sort: 'random' }]],
    ['search', [{ text: 'x', __proto__: { polluted: true }, constructor: 'x' }]],
    ['search', [{ text: 'x', unknownKey: 1 }]],
    ['search', [{ text: 'x'.repeat(5000) }]],
    ['getBulletin', ['../../etc/passwd']],
    ['getBulletin', ['/etc/passwd']],
    ['getBulletin', ['C:\\Windows\\win.ini']],
    ['getBulletin', ['\\\\server\\share\\x']],
    ['getBulletin', ['a\0b']],
    ['getBulletin', [{ file: 'a' }]],
    ['getBulletin', []],
    ['showInFolder', ['..']],
    ['showInFolder', ['a', 'b']],
    ['openFolder', ['relative/folder']],
    ['openFolder', ['']],
    ['openFolder', ['/x\0y']],
    ['openFolder', [null]],
    ['setViewState', [{ ...DEFAULT_VIEW_STATE, selectedFile: '../x' }]],
    ['setViewState', [{ query: '' }]],
    ['setViewState', [{ ...DEFAULT_VIEW_STATE, extra: true }]],
  ])('%s rejects %j with a clear error, without calling the handler', async (name, args) => {
    const { invoke, table } = setup();
    await expect(invoke(name, ...args)).rejects.toThrow(new RegExp(`Prayer Desk refused "${name}"`));
    expect(table[name]).not.toHaveBeenCalled();
  });

  it('refuses every channel for a foreign sender, before looking at the arguments', async () => {
    const { invoke, table } = setup(false);
    for (const name of INVOKE_NAMES) {
      await expect(invoke(name)).rejects.toBeInstanceOf(UntrustedSenderError);
      expect(table[name]).not.toHaveBeenCalled();
    }
  });
});
