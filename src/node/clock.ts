/**
 * The node's time: a monotonic clock and the ticker's schedule. RaftNode takes one in its
 * extras (default `systemClock`); a test or a simulator passes its own, for instance to hold a
 * node's ticks while its clock runs on, as a SIGSTOP, a long GC pause or a VM pause does.
 */
export interface Clock {
  /** Milliseconds from an arbitrary origin; never goes back (not wall-clock time). */
  nowMs(): number;
  /** Calls `callback` every `intervalMs` until the returned function is called. */
  repeat(intervalMs: number, callback: () => void): () => void;
  /** Calls `callback` once, `delayMs` from now, unless the returned function is called first. */
  after(delayMs: number, callback: () => void): () => void;
  /** Resolves on a later turn, after other work that is ready (a long loop's pause). */
  yieldTurn(): Promise<void>;
}

/** performance.now() (monotonic: not moved by wall-clock changes), timers and setImmediate. */
export const systemClock: Clock = {
  nowMs: () => performance.now(),
  repeat: (intervalMs, callback) => {
    const timer = setInterval(callback, intervalMs);
    return () => clearInterval(timer);
  },
  after: (delayMs, callback) => {
    const timer = setTimeout(callback, delayMs);
    return () => clearTimeout(timer);
  },
  yieldTurn: () => new Promise<void>((resolve) => setImmediate(resolve)),
};
