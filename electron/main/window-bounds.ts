// Where the window opens: where the user left it, unless that spot is no longer on any screen
// (a laptop undocked from its second monitor), in which case it opens centred at a sensible size.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between starts. */
export interface SavedWindowBounds extends Rect {
  maximized: boolean;
}

/** What the window is created with; no x/y means "let the OS centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WIDTH = 1200;
export const DEFAULT_HEIGHT = 800;
/** How much of the window's top strip (its title bar) must be on a screen to be reachable with the mouse. */
const MIN_VISIBLE = 100;

/** `workAreas`: the screens' usable areas (Electron's display.workArea), the primary one first. */
export function placeWindow(saved: SavedWindowBounds | null, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  const fit = (width: number, height: number) => ({
    width: Math.round(primary ? Math.min(width, primary.width) : width),
    height: Math.round(primary ? Math.min(height, primary.height) : height),
  });
  if (!saved || !validRect(saved)) return { ...fit(DEFAULT_WIDTH, DEFAULT_HEIGHT), maximized: false };
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(saved.height, 40) };
  const reachable = workAreas.some((area) => overlap(titleBar, area) >= Math.min(MIN_VISIBLE, saved.width));
  if (!reachable) return { ...fit(saved.width, saved.height), maximized: saved.maximized };
  return {
    x: Math.round(saved.x),
    y: Math.round(saved.y),
    width: Math.round(saved.width),
    height: Math.round(saved.height),
    maximized: saved.maximized,
  };
}

function validRect(r: Rect): boolean {
  return [r.x, r.y, r.width, r.height].every(Number.isFinite) && r.width > 0 && r.height > 0;
}

/** Width of the horizontal overlap of two rectangles when they also overlap vertically, else 0. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w : 0;
}
