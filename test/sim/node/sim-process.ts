/**
 * One simulated process of a node: what runs "inside" it (its ticker, its deadlines, its disk
 * completions, the messages handed to it) goes through `run`, so the simulator can stop it
 * the way an operating system does:
 *
 * - `pause()` is SIGSTOP (or a long GC or VM pause): nothing of the process runs, while the
 *   simulated time goes on; `resume()` runs what came due meanwhile, in order.
 * - `kill()` is SIGKILL or a power cut: nothing scheduled for this process ever runs (its
 *   promises never settle); a restart makes a new SimProcess.
 *
 * `clock` is the node's Clock port (src/node/clock.ts) over the simulator's time; its
 * yieldTurn is an event of this process too, so a long loop of the node (applying Ready after
 * Ready, reading a snapshot chunk by chunk) stops with the process.
 */
import type { Clock } from "../../../src/node/clock.js";
import type { Scheduler } from "./scheduler.js";

export class SimProcess {
  private paused = false;
  private killed = false;
  /** Work that came due while paused, in the order it came due. */
  private readonly heldWork: (() => void)[] = [];
  /** Told once when the process is killed (its peers' connections to it break). */
  private readonly killListeners = new Set<() => void>();
  readonly clock: Clock;

  constructor(
    readonly nodeId: number,
    private readonly scheduler: Scheduler,
  ) {
    this.clock = {
      nowMs: () => this.scheduler.nowMs(),
      after: (delayMs, callback) => this.after(delayMs, callback),
      // A later event of this process: held while it is paused, never after it is killed.
      yieldTurn: () => new Promise<void>((resolve) => this.after(0, resolve)),
      repeat: (intervalMs, callback) => {
        let cancelNext = (): void => {};
        let stopped = false;
        const arm = (): void => {
          cancelNext = this.after(intervalMs, () => {
            if (stopped) return;
            arm();
            callback();
          });
        };
        arm();
        return () => {
          stopped = true;
          cancelNext();
        };
      },
    };
  }

  get alive(): boolean {
    return !this.killed;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Runs `work` in this process `delayMs` from now (held while paused, dropped once killed). */
  after(delayMs: number, work: () => void): () => void {
    return this.scheduler.after(delayMs, () => this.run(work));
  }

  /** Runs `work` in this process now: at once, held until resume(), or never after kill(). */
  run(work: () => void): void {
    if (this.killed) return;
    if (this.paused) {
      this.heldWork.push(work);
      return;
    }
    work();
  }

  pause(): void {
    if (!this.killed) this.paused = true;
  }

  resume(): void {
    if (this.killed || !this.paused) return;
    this.paused = false;
    const held = this.heldWork.splice(0);
    // Each as its own event: what one of them starts runs before the next, as on a CPU.
    for (const work of held) this.scheduler.after(0, () => this.run(work));
  }

  kill(): void {
    if (this.killed) return;
    this.killed = true;
    this.paused = false;
    this.heldWork.length = 0;
    const listeners = [...this.killListeners];
    this.killListeners.clear();
    for (const listener of listeners) listener();
  }

  /** Calls `listener` when the process is killed, unless the returned function is called. */
  onKill(listener: () => void): () => void {
    if (this.killed) {
      listener();
      return () => {};
    }
    this.killListeners.add(listener);
    return () => this.killListeners.delete(listener);
  }
}
