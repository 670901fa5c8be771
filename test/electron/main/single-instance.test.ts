import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../electron/main/single-instance';

function fakeApp(gotLock: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
  });
}

describe('claimSingleInstance', () => {
  it('the first instance keeps running and focuses its window when a second one starts', () => {
    const app = fakeApp(true);
    const focus = vi.fn();
    expect(claimSingleInstance(app as never, focus)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['prayer-desk'], '/home/office');
    expect(focus).toHaveBeenCalledOnce();
  });

  it('a second instance quits at once', () => {
    const app = fakeApp(false);
    const focus = vi.fn();
    expect(claimSingleInstance(app as never, focus)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
