/**
 * A node's reads, batched: every read of one mode that arrives in one turn of the event loop
 * waits on ONE ReadIndex request to the core, under one context, submitted at the end of the
 * turn (a microtask queued by the batch's first read). On the leader that is one entry of
 * the core's ReadIndex queue per turn instead of one per read; on a follower, one ReadIndex
 * message to the leader and one answer per turn instead of one per read (thesis §6.4: the
 * read index may be taken at any point between a read's arrival and its answer, and the batch's
 * is taken after every read in it arrived). The reads of a batch share one promise.
 *
 * A batch then waits for the leader to confirm its context (`confirm`), then for the applied
 * index to reach the confirmed index (`release`). PendingRequests owns the deadlines: it calls
 * `sweep`, which fails the batches past theirs.
 */
import type { ReadMode } from "../raft/index.js";
import { assertionFailed } from "../util/assert.js";
import type { Random } from "./random.js";

/**
 * Submits a batch's ReadIndex request to the core under `context`; throws (the error every
 * read of the batch then fails with) when the core refuses it.
 */
export type ReadIndexRequest = (context: Uint8Array, mode: ReadMode) => void;

interface ReadBatch {
  readonly mode: ReadMode;
  readonly context: Uint8Array;
  /** The confirmed read index; +Infinity until the leader confirms it. */
  index: number;
  readonly deadlineMs: number;
  readonly done: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
  /** The error when the deadline passes (evaluated then: it may depend on the leader). */
  readonly timeoutError: () => Error;
}

export class ReadBatches {
  /** The batch collecting the reads of this turn, by mode (not yet submitted). */
  private readonly open = new Map<ReadMode, ReadBatch>();
  /** Submitted batches the leader has not confirmed yet, by context key. */
  private readonly unconfirmed = new Map<string, ReadBatch>();
  /** Confirmed batches, waiting for the applied index to reach theirs. */
  private readonly confirmed: ReadBatch[] = [];
  /** 8 random bytes per RaftNode instance: part of every read context (see newContext). */
  private readonly runId: Uint8Array;
  private counter = 0;

  constructor(
    private readonly nodeId: number,
    random: Random,
    private readonly requestReadIndex: ReadIndexRequest,
  ) {
    this.runId = drawRunId(random);
  }

  /**
   * A read of `mode` arriving now: joins this turn's batch of that mode, or starts one (whose
   * deadline is `nowMs + timeoutMs`). Resolves once its batch is confirmed and applied.
   */
  track(
    mode: ReadMode,
    nowMs: number,
    timeoutMs: number,
    timeoutError: () => Error,
  ): Promise<void> {
    const batch = this.open.get(mode);
    if (batch !== undefined) return batch.done;
    let settle: Pick<ReadBatch, "resolve" | "reject"> | undefined;
    const done = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const started: ReadBatch = {
      mode,
      context: this.newContext(),
      index: Number.POSITIVE_INFINITY,
      deadlineMs: nowMs + timeoutMs,
      done,
      ...(settle as Pick<ReadBatch, "resolve" | "reject">),
      timeoutError,
    };
    this.open.set(mode, started);
    queueMicrotask(() => this.submit(started));
    return done;
  }

  /** Ends `batch`'s turn: no read joins it any more; its ReadIndex goes to the core. */
  private submit(batch: ReadBatch): void {
    // Failed meanwhile (failAll): nothing to submit.
    if (this.open.get(batch.mode) !== batch) return;
    this.open.delete(batch.mode);
    const key = contextKey(batch.context);
    if (this.unconfirmed.has(key)) assertionFailed(`read context ${key} is new`);
    this.unconfirmed.set(key, batch);
    try {
      this.requestReadIndex(batch.context, batch.mode);
    } catch (error) {
      this.unconfirmed.delete(key);
      batch.reject(error as Error);
    }
  }

  /**
   * A context for the core's ReadIndex: node id (4 bytes), this RaftNode's run id (8 random
   * bytes, drawn per RaftNode) and a counter (8 bytes). The run id keeps a restarted node from
   * reusing the contexts of its previous run: a ReadIndex still pending at the leader under an
   * old context, or a heartbeat response echoing one, would otherwise confirm a new read at an
   * old index (a stale "linearizable" read; the fault suite found one after a SIGKILL and
   * restart).
   */
  private newContext(): Uint8Array {
    const context = new Uint8Array(24);
    const view = new DataView(context.buffer);
    view.setUint32(0, this.nodeId);
    context.set(this.runId, 8);
    view.setFloat64(16, ++this.counter);
    return context;
  }

  /** The leader confirmed the batch of `context` at `index`; false if none waits for it. */
  confirm(context: Uint8Array, index: number): boolean {
    const key = contextKey(context);
    const batch = this.unconfirmed.get(key);
    if (batch === undefined) return false;
    this.unconfirmed.delete(key);
    batch.index = index;
    this.confirmed.push(batch);
    return true;
  }

  /** Answers the confirmed batches whose index is applied. */
  release(appliedIndex: number): void {
    for (let position = this.confirmed.length - 1; position >= 0; position--) {
      const batch = this.confirmed[position] as ReadBatch;
      if (batch.index <= appliedIndex) {
        this.confirmed.splice(position, 1);
        batch.resolve();
      }
    }
  }

  /**
   * Fails the submitted batches not yet confirmed (they were tied to a leader that is gone).
   * This turn's open batches go to the core at the end of the turn, which knows the new leader.
   */
  failUnconfirmed(error: Error): void {
    for (const batch of this.unconfirmed.values()) batch.reject(error);
    this.unconfirmed.clear();
  }

  /** Fails the batches past their deadline, each with its timeout error. */
  sweep(nowMs: number): void {
    for (const [key, batch] of this.unconfirmed) {
      if (batch.deadlineMs <= nowMs) {
        this.unconfirmed.delete(key);
        batch.reject(batch.timeoutError());
      }
    }
    for (let position = this.confirmed.length - 1; position >= 0; position--) {
      const batch = this.confirmed[position] as ReadBatch;
      if (batch.deadlineMs <= nowMs) {
        this.confirmed.splice(position, 1);
        batch.reject(batch.timeoutError());
      }
    }
  }

  /** Fails every batch, open ones included, with `error` (the node stopped or failed). */
  failAll(error: Error): void {
    const batches = [...this.open.values(), ...this.unconfirmed.values(), ...this.confirmed];
    this.open.clear();
    this.unconfirmed.clear();
    this.confirmed.length = 0;
    for (const batch of batches) batch.reject(error);
  }
}

function contextKey(context: Uint8Array): string {
  return Buffer.from(context).toString("hex");
}

/** A RaftNode's run id: 8 random bytes, two 32-bit draws from `random`. */
function drawRunId(random: Random): Uint8Array {
  const runId = new Uint8Array(8);
  const view = new DataView(runId.buffer);
  view.setUint32(0, random.randomInt(0, 2 ** 32));
  view.setUint32(4, random.randomInt(0, 2 ** 32));
  return runId;
}
