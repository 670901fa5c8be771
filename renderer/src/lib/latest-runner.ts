// Runs searches as someone types without flooding the main process: at most one request in flight, and
// only the newest question is ever sent next or shown. A request can wait a little (the debounce) so a
// burst of keystrokes becomes one search, yet the first key after a pause goes out at once.

export interface LatestRunnerOptions<Q, R> {
  run(query: Q): Promise<R>;
  onResult(query: Q, result: R, key: string): void;
  onError(query: Q, error: unknown, key: string): void;
  /** Injected for tests; default window timers. */
  setTimer?(callback: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

export class LatestRunner<Q, R> {
  private latest: { query: Q; key: string } | null = null;
  private sentKey: string | null = null;
  private inFlight = false;
  private timer: unknown = null;
  private disposed = false;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: LatestRunnerOptions<Q, R>) {
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Asks `query` (identified by `key`), sent after `delayMs` unless a newer request comes first. */
  request(query: Q, key: string, delayMs: number): void {
    if (this.disposed) return;
    this.latest = { query, key };
    this.cancelTimer();
    if (delayMs <= 0) {
      this.pump();
    } else {
      this.timer = this.setTimer(() => {
        this.timer = null;
        this.pump();
      }, delayMs);
    }
  }

  /** Sends a waiting request now (Enter in the search box). */
  flush(): void {
    if (this.timer === null) return;
    this.cancelTimer();
    this.pump();
  }

  /** True while a request waits for its delay. */
  get waiting(): boolean {
    return this.timer !== null;
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  private pump(): void {
    if (this.inFlight || this.latest === null || this.latest.key === this.sentKey) return;
    const { query, key } = this.latest;
    this.inFlight = true;
    this.sentKey = key;
    this.options.run(query).then(
      (result) => this.settle(() => this.options.onResult(query, result, key), key),
      (error: unknown) => this.settle(() => this.options.onError(query, error, key), key),
    );
  }

  private settle(report: () => void, key: string): void {
    this.inFlight = false;
    if (this.disposed) return;
    // An answer to a question that has since changed is dropped: only the newest is ever shown.
    if (this.latest?.key === key) report();
    if (this.timer === null) this.pump();
  }

  /** Forgets what was sent, so the same question is asked again (the library changed underneath it). */
  invalidate(): void {
    this.sentKey = null;
  }
}
