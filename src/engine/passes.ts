/**
 * Passes that run beside the apply loop (the reconciler's, the shard syncer's): `notify()` asks
 * for a pass and never waits; passes never overlap, and requests during one coalesce into one
 * more pass after it. A pass that returns true ("work is left") is retried `retryDelayMs`
 * later. A pass that throws has met a programmer error (operating errors are its own to
 * handle): the runner stops and hands the error to `onFatal` (the node stops).
 */
import type { Clock } from "../node/clock.js";

export interface PassRunnerOptions {
  clock: Clock;
  retryDelayMs: number;
  onFatal: (error: unknown) => void;
}

export class PassRunner {
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private cancelRetry: (() => void) | undefined;

  constructor(
    private readonly pass: () => Promise<boolean>,
    private readonly options: PassRunnerOptions,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  notify(): void {
    if (this.stopped) return;
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    this.running = this.loop();
  }

  /** Resolves when no pass runs or is asked for. */
  async idle(): Promise<void> {
    while (this.running !== undefined) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    await this.idle();
  }

  private async loop(): Promise<void> {
    try {
      let retry = false;
      do {
        this.again = false;
        retry = await this.pass();
      } while (this.again && !this.stopped);
      if (retry && !this.stopped) this.scheduleRetry();
    } catch (error) {
      this.stopped = true;
      this.options.onFatal(error);
    } finally {
      this.running = undefined;
    }
  }

  private scheduleRetry(): void {
    this.cancelRetry?.();
    this.cancelRetry = this.options.clock.after(this.options.retryDelayMs, () => {
      this.cancelRetry = undefined;
      this.notify();
    });
  }
}

/** Where a background pass's runner takes its clock, retry delay (default 1000 ms) and fatal hook. */
export interface BackgroundPassOptions {
  clock: Clock;
  retryDelayMs?: number;
  onFatal: (error: unknown) => void;
}

/** A class whose work is one `pass()` at a time on a PassRunner (the reconciler, the syncer). */
export abstract class BackgroundPasses {
  protected readonly runner: PassRunner;

  constructor(options: BackgroundPassOptions) {
    this.runner = new PassRunner(() => this.pass(), {
      clock: options.clock,
      retryDelayMs: options.retryDelayMs ?? 1000,
      onFatal: options.onFatal,
    });
  }

  /** Asks for a pass (after an apply, at start). Never waits. */
  notify(): void {
    this.runner.notify();
  }

  /** Resolves when no pass runs or is asked for (tests, and stop). */
  idle(): Promise<void> {
    return this.runner.idle();
  }

  stop(): Promise<void> {
    return this.runner.stop();
  }

  /** One pass; true while work is left and a retry is due. */
  protected abstract pass(): Promise<boolean>;
}
