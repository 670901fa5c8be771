// window.prayerDesk in a plain Chromium page, backed by the real main-process handler table.
// The preload's job is done here by Playwright: each request goes through page.exposeBinding to the same
// handlers the app registers with ipcMain, after the same zod check of its arguments (register-ipc.ts);
// events go the other way with page.evaluate. The page sees exactly the PrayerDeskApi shape.
import type { Page } from 'playwright-core';
import { INVOKE_NAMES, parseInvokeArgs } from '../../../shared/ipc-contract';
import type { InvokeName, MenuCommand } from '../../../shared/ipc-contract';
import type { LibraryEvent } from '../../../shared/library-types';
import type { HandlerTable } from '../../../electron/main/handlers';

const INVOKE_BINDING = '__prayerDeskInvoke';
const EMIT_FUNCTION = '__prayerDeskEmit';

export interface Bridge {
  /** Every request the page made, in order (name and raw arguments). */
  calls: { name: InvokeName; args: unknown[] }[];
  emitLibraryEvent(event: LibraryEvent): Promise<void>;
  emitMenuCommand(command: MenuCommand): Promise<void>;
}

// Runs in the page before any of its scripts. Kept as plain JavaScript text: a TypeScript function would be
// serialized after transpiling, and helpers some transpilers add (esbuild's __name) do not exist in the page.
function installApiScript(names: readonly string[]): string {
  return `(() => {
  const names = ${JSON.stringify(names)};
  const call = window[${JSON.stringify(INVOKE_BINDING)}];
  const listeners = { libraryEvent: new Set(), menuCommand: new Set() };
  const api = {};
  for (const name of names) api[name] = (...args) => call(name, args);
  const subscribe = (channel) => (listener) => {
    listeners[channel].add(listener);
    return () => { listeners[channel].delete(listener); };
  };
  api.onLibraryEvent = subscribe('libraryEvent');
  api.onMenuCommand = subscribe('menuCommand');
  Object.defineProperty(window, 'prayerDesk', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(window, ${JSON.stringify(EMIT_FUNCTION)}, {
    value: (channel, payload) => {
      for (const listener of listeners[channel] || []) listener(payload);
    },
  });
})();`;
}

export async function installBridge(page: Page, handlers: HandlerTable): Promise<Bridge> {
  const calls: Bridge['calls'] = [];
  await page.exposeBinding(INVOKE_BINDING, async (_source, name: unknown, raw: unknown) => {
    if (typeof name !== 'string' || !(INVOKE_NAMES as string[]).includes(name)) {
      throw new Error(`Prayer Desk refused an unknown request: ${String(name)}`);
    }
    const invokeName = name as InvokeName;
    const rawArgs = Array.isArray(raw) ? raw : [];
    calls.push({ name: invokeName, args: rawArgs });
    const args = parseInvokeArgs(invokeName, rawArgs);
    const handler = handlers[invokeName] as (...a: unknown[]) => Promise<unknown>;
    return handler(...(args as unknown[]));
  });
  await page.addInitScript({ content: installApiScript(INVOKE_NAMES) });

  const push = async (channel: string, payload: unknown) => {
    try {
      await page.evaluate(
        `window[${JSON.stringify(EMIT_FUNCTION)}](${JSON.stringify(channel)}, ${JSON.stringify(payload)})`,
      );
    } catch {
      // The page is navigating or closed: an event then has nobody to tell, as in the app.
    }
  };
  return {
    calls,
    emitLibraryEvent: (event) => push('libraryEvent', event),
    emitMenuCommand: (command) => push('menuCommand', command),
  };
}
