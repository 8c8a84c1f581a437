/**
 * Everything a RaftNode's callers wait on, and one deadline mechanism for all of it: no timer
 * per request. The node's ticker calls `sweep(nowMs)` (at most every SWEEP_INTERVAL_MS), which
 * fails what passed its deadline and polls the waits; so a deadline fires up to that much late.
 *
 * - **Proposals** wait for their log index to apply, by index: usually one, more after
 *   leadership came back (whichever term commits at the index decides all of them).
 * - **Reads** wait in batches (read-batches.ts: one ReadIndex request per mode and turn) first
 *   for the leader to confirm their batch's context, then for the applied index to reach the
 *   confirmed index.
 * - **Waits** poll a condition (a leader is known, a learner caught up, a transfer done) at
 *   every sweep and whenever the node asks (`pollWaits`, after a leader change).
 *
 * docs/architecture.md, "The node", has the picture.
 */
import type { ReadMode } from "../raft/index.js";
import type { Entry } from "../types/index.js";
import type { ApplyOutcome } from "./applier.js";
import type { Clock } from "./clock.js";
import { DroppedError, RejectedError, TimeoutError } from "./errors.js";
import type { ProposalCallback } from "./node-api.js";
import type { Random } from "./random.js";
import { ReadBatches, type ReadIndexRequest } from "./read-batches.js";

/** Zero bytes (a response without content; nothing to share by mutation). */
export const EMPTY_BYTES = new Uint8Array(0);

const NO_PROPOSALS: readonly PendingProposal[] = Object.freeze([]);

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
  private readonly reads: ReadBatches;
  private readonly waits = new Set<PendingWait>();
  private nextSweepMs = 0;
  /** Set by close(): the error every later wait fails with. */
  private closedBy: Error | undefined;

  /** `requestReadIndex` submits a read batch's ReadIndex to the core (read-batches.ts). */
  constructor(
    private readonly clock: Clock,
    nodeId: number,
    random: Random,
    requestReadIndex: ReadIndexRequest,
  ) {
    this.reads = new ReadBatches(nodeId, random, requestReadIndex);
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
  private takeProposals(index: number): readonly PendingProposal[] {
    const pending = this.proposals.get(index);
    // One shared empty list: a follower asks for every entry it applies.
    if (pending === undefined) return NO_PROPOSALS;
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
   * Tracks a new read of `mode` until it is confirmed and applied, or `timeoutMs` passes
   * (failing with `timeoutError()`): it joins this turn's batch of that mode, whose ReadIndex
   * goes to the core at the end of the turn (read-batches.ts).
   */
  trackRead(mode: ReadMode, timeoutMs: number, timeoutError: () => Error): Promise<void> {
    return this.reads.track(mode, this.clock.nowMs(), timeoutMs, timeoutError);
  }

  /** The leader confirmed the read batch of `context` at `index`; false if none waits for it. */
  confirmRead(context: Uint8Array, index: number): boolean {
    return this.reads.confirm(context, index);
  }

  /** Answers the confirmed reads whose index is applied. */
  releaseReads(appliedIndex: number): void {
    this.reads.release(appliedIndex);
  }

  /** Fails the submitted reads not yet confirmed (they were tied to a leader that is gone). */
  failUnconfirmedReads(error: Error): void {
    this.reads.failUnconfirmed(error);
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
    this.reads.sweep(nowMs);
    this.pollWaits();
    for (const wait of this.waits) {
      if (wait.deadlineMs <= nowMs) {
        this.waits.delete(wait);
        wait.reject(wait.timeoutError());
      }
    }
  }

  private sweepProposals(nowMs: number): void {
    const isExpired = (pending: PendingProposal) => pending.deadlineMs <= nowMs;
    for (const [index, waiting] of this.proposals) {
      // Nothing allocated for an index with nothing expired (every pending proposal, every sweep).
      if (!waiting.some(isExpired)) continue;
      const expired = waiting.filter(isExpired);
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
    this.reads.failAll(error);
    const waits = [...this.waits];
    this.waits.clear();
    for (const wait of waits) wait.reject(error);
  }
}
