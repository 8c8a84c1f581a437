/**
 * Scheduler: a deterministic event queue in virtual time, for simulations that run real
 * asynchronous code (the storage layer, a node) without real timers.
 *
 * Events are ordered by (time, insertion sequence): two events due at the same virtual
 * millisecond run in the order they were scheduled, whatever their delays were. Nothing
 * depends on the wall clock, so the same inputs give the same run.
 *
 * Running an event is a plain callback; the promise continuations it releases (an `await`
 * on a simulated write resuming, and everything that code then does synchronously or on
 * microtasks) run before the next event, because the run loops yield one macrotask turn
 * (`setImmediate`) before every event. Code under simulation must therefore wait only on
 * things that this scheduler completes (or on microtasks): a real timer or real I/O inside
 * it would not be waited for.
 *
 * Virtual time only moves forward, and only in `runUntilIdle` / `runFor`: to the time of
 * the event being run, or to the end of the `runFor` window.
 */

interface ScheduledEvent {
  atMs: number;
  sequence: number;
  run: () => void;
  cancelled: boolean;
}

/** Yields one macrotask turn: every pending microtask (promise continuation) runs first. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Default bound of runUntilIdle: a run that never goes idle is a bug (or needs runFor). */
const RUN_UNTIL_IDLE_EVENTS_MAX = 1_000_000;

export class Scheduler {
  private currentMs = 0;
  private sequence = 0;
  /** Binary min-heap on (atMs, sequence); cancelled events stay until they reach the top. */
  private readonly heap: ScheduledEvent[] = [];
  /** Events scheduled and neither run nor cancelled. */
  private live = 0;

  /** The current virtual time in milliseconds (starts at 0). */
  nowMs(): number {
    return this.currentMs;
  }

  /** Events scheduled and neither run nor cancelled yet. */
  pendingEvents(): number {
    return this.live;
  }

  /**
   * Runs `run` once, `delayMs` (>= 0, may be fractional) after the current virtual time, after
   * every event already due at or before that time. Returns a function that cancels it (a
   * no-op once it ran or was cancelled).
   */
  after(delayMs: number, run: () => void): () => void {
    if (!Number.isFinite(delayMs) || delayMs < 0) {
      throw new RangeError(`Scheduler.after: delay must be a finite number >= 0, got ${delayMs}`);
    }
    const event: ScheduledEvent = {
      atMs: this.currentMs + delayMs,
      sequence: this.sequence++,
      run,
      cancelled: false,
    };
    this.push(event);
    this.live++;
    return () => {
      if (!event.cancelled) {
        event.cancelled = true;
        this.live--;
      }
    };
  }

  /**
   * Runs events in order until none is left (after letting the code each one releases run),
   * advancing virtual time to each. Throws after `maxEvents` events (default 1,000,000): a run
   * that keeps scheduling work (a periodic timer) never goes idle; use runFor for it.
   */
  async runUntilIdle(maxEvents = RUN_UNTIL_IDLE_EVENTS_MAX): Promise<void> {
    let ran = 0;
    // Bounded by maxEvents.
    for (;;) {
      await nextTurn();
      const event = this.popLive();
      if (event === undefined) {
        return;
      }
      if (ran >= maxEvents) {
        this.push(event);
        throw new Error(`Scheduler.runUntilIdle: still busy after ${maxEvents} events`);
      }
      ran++;
      this.runEvent(event);
    }
  }

  /**
   * Runs every event due within the next `ms` milliseconds of virtual time (including those
   * the events themselves schedule inside the window), then sets the time to the window's end.
   */
  async runFor(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`Scheduler.runFor: duration must be a finite number >= 0, got ${ms}`);
    }
    await this.runUntil(this.currentMs + ms);
  }

  /**
   * Runs every event due up to `endMs` (including those the events schedule before it), then
   * sets the time to `endMs`; stops early, leaving the time at the last event, as soon as
   * `stopWhen` (checked after each event) says so.
   */
  async runUntil(endMs: number, stopWhen: () => boolean = () => false): Promise<void> {
    // Bounded: each pass runs one event; events in the window are finite unless the code keeps
    // scheduling zero-delay work forever (a bug of the code under simulation).
    for (;;) {
      await nextTurn();
      const event = this.popLive();
      if (event === undefined) {
        break;
      }
      if (event.atMs > endMs) {
        this.push(event);
        break;
      }
      this.runEvent(event);
      if (stopWhen()) {
        await nextTurn();
        return;
      }
    }
    this.currentMs = Math.max(this.currentMs, endMs);
    await nextTurn();
  }

  /** Resolves `ms` from now. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.after(ms, resolve));
  }

  /** How `promise` settled, or "timeout" when it did not within `timeoutMs` from now. */
  within<T>(promise: Promise<T>, timeoutMs: number): Promise<Answer<T>> {
    return new Promise((resolve) => {
      let done = false;
      const finish = (answer: Answer<T>): void => {
        if (done) return;
        done = true;
        cancel();
        resolve(answer);
      };
      const cancel = this.after(timeoutMs, () => finish({ kind: "timeout" }));
      promise.then(
        (value) => finish({ kind: "value", value }),
        (error: unknown) => finish({ kind: "error", error }),
      );
    });
  }

  private runEvent(event: ScheduledEvent): void {
    this.live--;
    event.cancelled = true;
    this.currentMs = Math.max(this.currentMs, event.atMs);
    event.run();
  }

  /** Removes and returns the earliest event that was not cancelled. */
  private popLive(): ScheduledEvent | undefined {
    // Bounded by the heap's size.
    while (this.heap.length > 0) {
      const top = this.pop();
      if (!top.cancelled) {
        return top;
      }
    }
    return undefined;
  }

  private push(event: ScheduledEvent): void {
    const heap = this.heap;
    heap.push(event);
    let child = heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!earlier(event, heap[parent] as ScheduledEvent)) {
        break;
      }
      heap[child] = heap[parent] as ScheduledEvent;
      child = parent;
    }
    heap[child] = event;
  }

  private pop(): ScheduledEvent {
    const heap = this.heap;
    const top = heap[0] as ScheduledEvent;
    const last = heap.pop() as ScheduledEvent;
    if (heap.length > 0) {
      let parent = 0;
      for (;;) {
        const left = parent * 2 + 1;
        if (left >= heap.length) {
          break;
        }
        const right = left + 1;
        const child =
          right < heap.length &&
          earlier(heap[right] as ScheduledEvent, heap[left] as ScheduledEvent)
            ? right
            : left;
        if (!earlier(heap[child] as ScheduledEvent, last)) {
          break;
        }
        heap[parent] = heap[child] as ScheduledEvent;
        parent = child;
      }
      heap[parent] = last;
    }
    return top;
  }
}

function earlier(a: ScheduledEvent, b: ScheduledEvent): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.sequence < b.sequence);
}

/** How a promise watched with Scheduler.within settled. */
export type Answer<T> =
  | { kind: "value"; value: T }
  | { kind: "error"; error: unknown }
  | { kind: "timeout" };
