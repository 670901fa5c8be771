// Performance marks for "keystroke to results painted" and "click to bulletin painted", measured in the
// page with the User Timing API so the UI benchmark (test/bench/ui-bench.ts) and the browser's own
// performance panel can read them. Cheap: a few numbers per keystroke, no work when nobody looks.

export const KEYSTROKE_MEASURE = 'pd:keystroke-to-results';
export const OPEN_MEASURE = 'pd:open-to-reader';

let keySeq = 0;
const pendingKeys: { seq: number; at: number }[] = [];
let pendingOpen: { file: string; at: number } | null = null;

/** Call from the search box's input handler with the event's timeStamp (when the key was pressed). */
export function noteKeystroke(at: number): number {
  keySeq += 1;
  pendingKeys.push({ seq: keySeq, at });
  // Never grow without bound if nothing is ever painted (e.g. typing while the timeline shows).
  if (pendingKeys.length > 200) pendingKeys.splice(0, pendingKeys.length - 200);
  return keySeq;
}

/** The keystroke sequence number now: stamped on a search when it is sent. */
export function currentKeySeq(): number {
  return keySeq;
}

/** Runs `callback` after the next frame has been painted. */
export function afterPaint(callback: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  });
}

/** The keys typed so far led to no results list (the box was cleared): nothing of them to measure. */
export function discardPendingKeystrokes(): void {
  pendingKeys.length = 0;
}

/** Results answering every keystroke up to `seq` have been committed: measure each once painted. */
export function noteResultsCommitted(seq: number): void {
  if (!pendingKeys.some((key) => key.seq <= seq)) return;
  afterPaint(() => {
    const end = performance.now();
    while (pendingKeys.length > 0 && pendingKeys[0]!.seq <= seq) {
      const key = pendingKeys.shift()!;
      performance.measure(KEYSTROKE_MEASURE, { start: key.at, end });
    }
  });
}

export function noteOpenRequested(file: string, at: number): void {
  pendingOpen = { file, at };
}

export function noteBulletinCommitted(file: string): void {
  const open = pendingOpen;
  if (open === null || open.file !== file) return;
  pendingOpen = null;
  afterPaint(() => {
    performance.measure(OPEN_MEASURE, { start: open.at, end: performance.now() });
  });
}
