// Binds the handler table to ipcMain: every request is checked for its sender (only the app's own window)
// and its arguments (the contract's zod schema) before a handler runs. Errors go back to the renderer
// as rejected promises with a plain message.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_NAMES, invokeContract, parseInvokeArgs } from '../../shared/ipc-contract';
import type { InvokeArgs, InvokeName } from '../../shared/ipc-contract';
import type { HandlerTable } from './handlers';

export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
}

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Registers every contract channel; returns a function that removes them again. */
export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  table: HandlerTable,
  isTrustedSender: SenderCheck,
): () => void {
  for (const name of INVOKE_NAMES) {
    ipcMain.handle(invokeContract[name].channel, (event, ...raw: unknown[]) => {
      if (!isTrustedSender(event)) {
        throw new UntrustedSenderError(
          `Prayer Desk refused "${name}": the request did not come from its window.`,
        );
      }
      return call(table, name, parseInvokeArgs(name, raw));
    });
  }
  return () => {
    for (const name of INVOKE_NAMES) ipcMain.removeHandler(invokeContract[name].channel);
  };
}

// parseInvokeArgs(name, …) returns exactly the tuple table[name] takes; TypeScript cannot follow the
// correlation through the loop variable, hence the one widening cast.
function call<K extends InvokeName>(table: HandlerTable, name: K, args: InvokeArgs<K>): Promise<unknown> {
  return (table[name] as (...a: unknown[]) => Promise<unknown>)(...(args as unknown[]));
}
