/**
 * A warning that a flood would repeat (a refused connection per attempt): written at once the
 * first time, then at most once per interval, with how many were left out in between
 * (`suppressedSinceLast`). So 5,000 refused connections write a few lines, not 5,000.
 */
export class RateLimitedWarning {
  private lastLoggedMs = Number.NEGATIVE_INFINITY;
  private suppressed = 0;

  /** `write` logs one line with the fields it is given (a logger's warn with its message). */
  constructor(
    private readonly write: (fields: Record<string, unknown>) => void,
    private readonly intervalMs = 10_000,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  /** Writes `fields` and the count of the ones left out since the last line, or counts this one. */
  warn(fields: Record<string, unknown>): void {
    const now = this.nowMs();
    if (now - this.lastLoggedMs < this.intervalMs) {
      this.suppressed += 1;
      return;
    }
    this.write({ ...fields, suppressedSinceLast: this.suppressed });
    this.lastLoggedMs = now;
    this.suppressed = 0;
  }
}
