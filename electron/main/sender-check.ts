// Answers only the app's own window: the request must come from the main window's webContents, from its
// top frame, and that frame must show the app's own origin (not an error page, not a navigated-to site).
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './app-url';
import type { SenderCheck } from './register-ipc';

export function createSenderCheck(getAppContents: () => WebContents | null | undefined): SenderCheck {
  return (event: IpcMainInvokeEvent) => {
    const contents = getAppContents();
    if (!contents || contents.isDestroyed() || event.sender !== contents) return false;
    const frame = event.senderFrame;
    // senderFrame is null once the frame navigated away or was destroyed.
    if (!frame || frame !== contents.mainFrame) return false;
    return isAppUrl(frame.url);
  };
}
