/**
 * Everything a RaftNode's callers wait on, and one deadline mechanism for all of it: no timer
 * per request. The node's ticker calls `sweep(nowMs)` (at most every SWEEP_INTERVAL_MS), which
 * fails what passed its deadline and polls the waits; so a deadline fires up to that much late.
 *
 * - **Proposals** wait for their log index to apply, by index: usually one, more after
 *   leadership came back (whichever term commits at the index decides all of them).
 * - **Reads** wait first for the leader to confirm their ReadIndex context, then for the
 *   applied index to reach the confirmed index.
 * - **Waits** poll a condition (a leader is known, a learner caught up, a transfer done) at
 *   every sweep and whenever the node asks (`pollWaits`, after a leader change).
 *
 * docs/architecture.md, "The node", has the picture.
 */
import type { Entry } from "../types/index.js";
import { assert } from "../util/assert.js";
import type { ApplyOutcome } from "./applier.js";
import type { Clock } from "./clock.js";
import { DroppedError, RejectedError, TimeoutError } from "./errors.js";
import type { ProposalCallback } from "./node-api.js";
import type { Random } from "./random.js";

/** Zero bytes (a response without content; nothing to share by mutation). */
export const EMPTY_BYTES = new Uint8Array(0);

/** How often the ticker sweeps the deadlines (and polls the waits). */
export const SWEEP_INTERVAL_MS = 50;

/** A proposal waiting for its entry to apply. */
export interface PendingProposal {
  /** The term its entry was proposed in: a different term at its index means it was replaced. */
  term: number;
  settle: ProposalCallback;
  /** The clock's nowMs() after which it fails with TimeoutError. */
  deadlineMs: number;
  timeoutMs: number;
  /** What it is, for the timeout message ("proposal", "membership change"). */
  what: string;
}

interface PendingRead {
  /** The confirmed read index; +Infinity until the leader confirms it. */
  index: number;
  deadlineMs: number;
  resolve: () => void;
  reject: (error: Error) => void;
  /** The error when the deadline passes (evaluated then: it may depend on the leader). */
  timeoutError: () => Error;
}

interface PendingWait {
  deadlineMs: number;
  /** Done: a value (resolves), undefined (not yet); throws to fail the wait. */
  poll: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timeoutError: () => Error;
}

export class PendingRequests {
  private readonly proposals = new Map<number, PendingProposal[]>();
  /** Reads the leader has not confirmed yet, by context key. */
  private readonly unconfirmedReads = new Map<string, PendingRead>();
  /** Confirmed reads, waiting for the applied index to reach theirs. */
  private readonly confirmedReads: PendingRead[] = [];
  private readonly waits = new Set<PendingWait>();
  private nextSweepMs = 0;
  /** Set by close(): the error every later wait fails with. */
  private closedBy: Error | undefined;
  /** 8 random bytes per RaftNode instance: part of every read context (see trackRead). */
  private readonly runId: Uint8Array;
  private readCounter = 0;

  constructor(
    private readonly clock: Clock,
    private readonly nodeId: number,
    random: Random,
  ) {
    this.runId = drawRunId(random);
  }

  // ---- proposals -----------------------------------------------------------------------------

  /**
   * Tracks a proposal at `index` (term `term`) until it applies, fails, or `timeoutMs` passes.
   * An older proposal at the same index lost its entry in this node's log when the node lost
   * leadership; now it leads again and reuses the index. The older one stays pending: its entry
   * may survive on another node and still commit.
   */
  trackProposal(
    index: number,
    term: number,
    timeoutMs: number,
    what: string,
    settle: ProposalCallback,
  ): void {
    const pending: PendingProposal = {
      term,
      settle,
      deadlineMs: this.clock.nowMs() + timeoutMs,
      timeoutMs,
      what,
    };
    const waiting = this.proposals.get(index);
    if (waiting === undefined) this.proposals.set(index, [pending]);
    else waiting.push(pending);
  }

  /** The proposals waiting for index `index`, forgotten here (the caller settles them). */
  private takeProposals(index: number): PendingProposal[] {
    const pending = this.proposals.get(index);
    if (pending === undefined) return [];
    this.proposals.delete(index);
    return pending;
  }

  /**
   * Answers the proposals waiting at a NORMAL entry's index from its apply `outcome`
   * (undefined: an entry without a state machine response, such as a no-op): a proposal of
   * another term was replaced by a new leader's entry. `observe`, when given, hears each one's
   * time since it was proposed and whether it applied.
   */
  settleEntry(
    entry: Entry,
    outcome: ApplyOutcome | undefined,
    observe?: (durationMs: number, applied: boolean) => void,
  ): void {
    const pendings = this.takeProposals(entry.index);
    if (pendings.length === 0) return;
    if (observe !== undefined) {
      const nowMs = this.clock.nowMs();
      for (const pending of pendings) {
        const applied = pending.term === entry.term && (outcome === undefined || outcome.ok);
        observe(Math.max(0, nowMs - (pending.deadlineMs - pending.timeoutMs)), applied);
      }
    }
    for (const pending of pendings) {
      if (pending.term !== entry.term) {
        pending.settle(
          new DroppedError(
            `the proposal at index ${entry.index} was replaced by a new leader's entry (term ${entry.term})`,
          ),
        );
      } else if (outcome === undefined || outcome.ok) {
        pending.settle(undefined, outcome?.response ?? EMPTY_BYTES);
      } else {
        pending.settle(outcome.error);
      }
    }
  }

  /**
   * Answers the membership change proposed at a CONF_CHANGE entry's index, once the core has
   * applied it (`accepted`: whether the core took it).
   */
  settleConfChange(entry: Entry, accepted: boolean): void {
    for (const pending of this.takeProposals(entry.index)) {
      if (pending.term !== entry.term) {
        pending.settle(
          new DroppedError(
            `the membership change at index ${entry.index} was replaced by a new leader's entry`,
          ),
        );
      } else if (!accepted) {
        pending.settle(
          new RejectedError(
            `the membership change at index ${entry.index} was refused by the cluster`,
          ),
        );
      } else {
        pending.settle(undefined, EMPTY_BYTES);
      }
    }
  }

  /** How many proposals wait. */
  proposalCount(): number {
    let count = 0;
    for (const waiting of this.proposals.values()) count += waiting.length;
    return count;
  }

  // ---- reads ---------------------------------------------------------------------------------

  /**
   * Tracks a new read until it is confirmed and applied, or `timeoutMs` passes. Returns its
   * context for the core's ReadIndex: node id (4 bytes), this RaftNode's run id (8 random
   * bytes, drawn per RaftNode) and a counter (8 bytes). The run id keeps a restarted node from
   * reusing the contexts of its previous run: a ReadIndex still pending at the leader under an
   * old context, or a heartbeat response echoing one, would otherwise confirm a new read at an
   * old index (a stale "linearizable" read; the fault suite found one after a SIGKILL and
   * restart). `forget` drops it (the core refused the ReadIndex).
   */
  trackRead(
    timeoutMs: number,
    timeoutError: () => Error,
  ): { context: Uint8Array; done: Promise<void>; forget: () => void } {
    const context = new Uint8Array(24);
    const view = new DataView(context.buffer);
    view.setUint32(0, this.nodeId);
    context.set(this.runId, 8);
    view.setFloat64(16, ++this.readCounter);
    const key = contextKey(context);
    assert(!this.unconfirmedReads.has(key), `read context ${key} is new`);
    let pending: PendingRead | undefined;
    const done = new Promise<void>((resolve, reject) => {
      pending = {
        index: Number.POSITIVE_INFINITY,
        deadlineMs: this.clock.nowMs() + timeoutMs,
        resolve,
        reject,
        timeoutError,
      };
    });
    this.unconfirmedReads.set(key, pending as PendingRead);
    return { context, done, forget: () => this.unconfirmedReads.delete(key) };
  }

  /** The leader confirmed the read of `context` at `index`; false if none waits for it. */
  confirmRead(context: Uint8Array, index: number): boolean {
    const key = contextKey(context);
    const pending = this.unconfirmedReads.get(key);
    if (pending === undefined) return false;
    this.unconfirmedReads.delete(key);
    pending.index = index;
    this.confirmedReads.push(pending);
    return true;
  }

  /** Answers the confirmed reads whose index is applied. */
  releaseReads(appliedIndex: number): void {
    for (let position = this.confirmedReads.length - 1; position >= 0; position--) {
      const read = this.confirmedReads[position] as PendingRead;
      if (read.index <= appliedIndex) {
        this.confirmedReads.splice(position, 1);
        read.resolve();
      }
    }
  }

  /** Fails the reads not yet confirmed (they were tied to a leader that is gone). */
  failUnconfirmedReads(error: Error): void {
    for (const read of this.unconfirmedReads.values()) read.reject(error);
    this.unconfirmedReads.clear();
  }

  // ---- waits ---------------------------------------------------------------------------------

  /**
   * Resolves with what `poll` returns once that is not undefined; polled now, at every sweep
   * and at pollWaits(). Rejects with what `poll` throws, or with `timeoutError()` once
   * `timeoutMs` has passed.
   */
  waitFor<T>(poll: () => T | undefined, timeoutMs: number, timeoutError: () => Error): Promise<T> {
    if (this.closedBy !== undefined) return Promise.reject(this.closedBy);
    let first: T | undefined;
    try {
      first = poll();
    } catch (error) {
      return Promise.reject(error);
    }
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      this.waits.add({
        deadlineMs: this.clock.nowMs() + timeoutMs,
        poll,
        resolve: resolve as (value: unknown) => void,
        reject,
        timeoutError,
      });
    });
  }

  /** Polls every wait now (the node calls it when what they wait on may have changed). */
  pollWaits(): void {
    for (const wait of this.waits) {
      let value: unknown;
      try {
        value = wait.poll();
      } catch (error) {
        this.waits.delete(wait);
        wait.reject(error as Error);
        continue;
      }
      if (value !== undefined) {
        this.waits.delete(wait);
        wait.resolve(value);
      }
    }
  }

  // ---- deadlines -----------------------------------------------------------------------------

  /**
   * Called by the ticker: at most every SWEEP_INTERVAL_MS, fails what passed its deadline
   * (TimeoutError for a proposal; a read or a wait fails with its own timeout error) and polls
   * the waits.
   */
  sweep(nowMs: number): void {
    if (nowMs < this.nextSweepMs) return;
    this.nextSweepMs = nowMs + SWEEP_INTERVAL_MS;
    this.sweepProposals(nowMs);
    this.sweepReads(nowMs);
    this.pollWaits();
    for (const wait of this.waits) {
      if (wait.deadlineMs <= nowMs) {
        this.waits.delete(wait);
        wait.reject(wait.timeoutError());
      }
    }
  }

  private sweepProposals(nowMs: number): void {
    for (const [index, waiting] of this.proposals) {
      const expired = waiting.filter((pending) => pending.deadlineMs <= nowMs);
      if (expired.length === 0) continue;
      if (expired.length === waiting.length) this.proposals.delete(index);
      else
        this.proposals.set(
          index,
          waiting.filter((pending) => pending.deadlineMs > nowMs),
        );
      for (const pending of expired) {
        pending.settle(new TimeoutError(`${pending.what} at index ${index}`, pending.timeoutMs));
      }
    }
  }

  private sweepReads(nowMs: number): void {
    for (const [key, read] of this.unconfirmedReads) {
      if (read.deadlineMs <= nowMs) {
        this.unconfirmedReads.delete(key);
        read.reject(read.timeoutError());
      }
    }
    for (let position = this.confirmedReads.length - 1; position >= 0; position--) {
      const read = this.confirmedReads[position] as PendingRead;
      if (read.deadlineMs <= nowMs) {
        this.confirmedReads.splice(position, 1);
        read.reject(read.timeoutError());
      }
    }
  }

  /**
   * The node stopped (or failed, or never started and was stopped): fails everything pending
   * with `error`, and every wait registered from now on at once (no ticker sweeps them now).
   */
  close(error: Error): void {
    this.closedBy ??= error;
    this.failAll(error);
  }

  /** Fails everything pending with `error` (the node stopped or failed). */
  failAll(error: Error): void {
    const proposals = [...this.proposals.values()].flat();
    this.proposals.clear();
    for (const pending of proposals) pending.settle(error);
    const reads = [...this.unconfirmedReads.values(), ...this.confirmedReads];
    this.unconfirmedReads.clear();
    this.confirmedReads.length = 0;
    for (const read of reads) read.reject(error);
    const waits = [...this.waits];
    this.waits.clear();
    for (const wait of waits) wait.reject(error);
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
