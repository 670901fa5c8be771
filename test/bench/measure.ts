// Timing and memory helpers for the benchmark. Wall-clock only (performance.now), and a forced GC before
// every memory reading so that figures compare live data, not whatever garbage happened to be pending.
import v8 from 'node:v8';
import vm from 'node:vm';

export function now(): number {
  return performance.now();
}

export function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

let gcFn: (() => void) | null | undefined;

/**
 * The V8 collector, exposed at run time when node was not started with --expose-gc (package.json runs plain
 * `tsx`): a flag set after start-up only applies to new contexts, so fetch `gc` from a fresh one.
 */
function collector(): (() => void) | null {
  if (gcFn !== undefined) return gcFn;
  const global = globalThis as { gc?: () => void };
  if (typeof global.gc === 'function') {
    gcFn = global.gc;
  } else {
    try {
      v8.setFlagsFromString('--expose-gc');
      const fromContext: unknown = vm.runInNewContext('gc');
      gcFn = typeof fromContext === 'function' ? (fromContext as () => void) : null;
    } catch {
      gcFn = null;
    }
  }
  return gcFn;
}

export function gcAvailable(): boolean {
  return collector() !== null;
}

/** Collects garbage (twice: weak references and finalizers free more on the second pass) if possible. */
export function forceGc(): void {
  const gc = collector();
  if (!gc) return;
  gc();
  gc();
}

export interface MemoryReading {
  heapUsed: number;
  /** Memory outside the JS heap held by JS objects: ArrayBuffers (typed-array indexes) and the like. */
  external: number;
  rss: number;
}

export function memoryAfterGc(): MemoryReading {
  forceGc();
  const usage = process.memoryUsage();
  return { heapUsed: usage.heapUsed, external: usage.external, rss: usage.rss };
}

/** Nearest-rank percentile of a list of durations (need not be sorted). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
