import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, placeWindow } from '../../../electron/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const rightMonitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('placeWindow', () => {
  it('uses defaults on first start, fitted to the screen', () => {
    expect(placeWindow(null, [rightMonitor])).toEqual({
      width: DEFAULT_WIDTH,
      height: DEFAULT_HEIGHT,
      maximized: false,
    });
    expect(placeWindow(null, [laptop])).toEqual({ width: DEFAULT_WIDTH, height: 728, maximized: false });
  });

  it('restores a window that is on a screen', () => {
    const saved = { x: 1500, y: 50, width: 900, height: 700, maximized: true };
    expect(placeWindow(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('drops the position when the monitor it was on is gone (keeps size and maximized)', () => {
    const saved = { x: 1500, y: 50, width: 900, height: 700, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 900, height: 700, maximized: true });
  });

  it('drops the position when only a sliver of the title bar would show', () => {
    const saved = { x: 1330, y: 10, width: 800, height: 600, maximized: false };
    expect(placeWindow(saved, [laptop])).not.toHaveProperty('x');
  });

  it('ignores nonsense from a damaged file', () => {
    const saved = { x: Number.NaN, y: 0, width: -5, height: 600, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ width: DEFAULT_WIDTH, height: 728, maximized: false });
  });
});
