import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { hardenWebContents } from '../../../electron/main/harden-contents';
import { FakeEvent, FakeWebContents } from './fake-electron';

function hardened() {
  const contents = new FakeWebContents();
  const onDenied = vi.fn();
  hardenWebContents(contents as unknown as WebContents, { onDenied });
  return { contents, onDenied };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s is prevented for any URL',
    (name) => {
      const { contents, onDenied } = hardened();
      for (const url of ['https://www.ijm.org/', 'file:///etc/passwd', 'app://prayer-desk/other.html']) {
        const event = new FakeEvent(url);
        contents.emit(name, event, url);
        expect(event.defaultPrevented).toBe(true);
        expect(onDenied).toHaveBeenLastCalledWith('navigation', url);
      }
    },
  );

  it('denies window.open', () => {
    const { contents, onDenied } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(onDenied).toHaveBeenCalledWith('window-open', 'https://evil.example/');
  });

  it('refuses to attach a <webview>', () => {
    const { contents, onDenied } = hardened();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
    expect(onDenied).toHaveBeenCalledWith('webview', 'https://evil.example/');
  });
});
