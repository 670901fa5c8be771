import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { createSenderCheck } from '../../../electron/main/sender-check';

function contents(url = 'app://prayer-desk/index.html') {
  const mainFrame = { url };
  return { mainFrame, isDestroyed: () => false } as unknown as WebContents & { mainFrame: { url: string } };
}

const eventFrom = (sender: unknown, senderFrame: unknown) => ({ sender, senderFrame }) as IpcMainInvokeEvent;

describe('createSenderCheck', () => {
  const app = contents();
  const check = createSenderCheck(() => app);

  it('trusts the main window top frame on the app origin', () => {
    expect(check(eventFrom(app, app.mainFrame))).toBe(true);
  });

  it.each([
    ['another webContents', () => eventFrom(contents(), app.mainFrame)],
    ['a subframe of the window', () => eventFrom(app, { url: 'app://prayer-desk/index.html' })],
    ['a destroyed or navigated frame', () => eventFrom(app, null)],
  ])('refuses %s', (_name, event) => {
    expect(check(event())).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://prayer-desk/',
    'file:///home/office/index.html',
    'app://other-host/index.html',
    'data:text/html,hi',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ])('refuses the main frame when it shows %s', (url) => {
    const window = contents(url);
    expect(createSenderCheck(() => window)(eventFrom(window, window.mainFrame))).toBe(false);
  });

  it('refuses everything when there is no window, or it is destroyed', () => {
    expect(createSenderCheck(() => null)(eventFrom(app, app.mainFrame))).toBe(false);
    const gone = { ...app, isDestroyed: () => true } as unknown as WebContents;
    expect(createSenderCheck(() => gone)(eventFrom(gone, gone.mainFrame))).toBe(false);
  });
});
