/**
 * What the leader knows about one follower's log (Raft §5.3 nextIndex/matchIndex) and how it
 * sends to it:
 * - Probe: the leader does not know where the logs match; at most one append is in flight
 *   per heartbeat interval, and a rejection moves `next` back.
 * - Replicate: the logs match up to `match`; appends are pipelined, bounded by the inflight
 *   window, and `next` advances optimistically when an append is sent.
 * - Snapshot: the follower needs entries the log no longer has; nothing is sent until the
 *   snapshot is reported applied or failed.
 * Invariant: 0 <= match < next.
 */
import { assertionFailed } from "../../util/assert.js";
import { Inflights } from "./inflights.js";

export const ProgressState = {
  Probe: 1,
  Replicate: 2,
  Snapshot: 3,
} as const;
export type ProgressState = (typeof ProgressState)[keyof typeof ProgressState];

export class Progress {
  match = 0;
  next: number;
  state: ProgressState = ProgressState.Probe;
  /** In Snapshot state: the index of the snapshot being sent. */
  pendingSnapshot = 0;
  /** Heard from since the last check-quorum round. */
  recentActive = false;
  /** In Probe state: an append was sent and the next one waits for a heartbeat response. */
  probeSent = false;
  /**
   * The newest send time (the leader's monotonic ms) of a heartbeat this peer acknowledged in
   * this term (leader leases); -Infinity when none.
   */
  ackedHeartbeatSentMs = Number.NEGATIVE_INFINITY;
  readonly inflights: Inflights;
  isLearner: boolean;

  constructor(options: {
    next: number;
    inflightMessageCountMax: number;
    inflightBytesMax: number;
    isLearner: boolean;
  }) {
    this.next = options.next;
    this.isLearner = options.isLearner;
    this.inflights = new Inflights(options.inflightMessageCountMax, options.inflightBytesMax);
    this.checkInvariant();
  }

  /** Forget everything learned (a new term): probe from `next`. */
  reset(next: number): void {
    this.resetState(ProgressState.Probe);
    this.match = 0;
    this.next = next;
    this.recentActive = false;
    this.ackedHeartbeatSentMs = Number.NEGATIVE_INFINITY;
    this.checkInvariant();
  }

  private resetState(state: ProgressState): void {
    this.probeSent = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  becomeProbe(): void {
    if (this.state === ProgressState.Snapshot) {
      // Resume after the snapshot: the follower has at least the snapshot index.
      const pending = this.pendingSnapshot;
      this.resetState(ProgressState.Probe);
      this.next = Math.max(this.match + 1, pending + 1);
    } else {
      this.resetState(ProgressState.Probe);
      this.next = this.match + 1;
    }
    this.checkInvariant();
  }

  becomeReplicate(): void {
    this.resetState(ProgressState.Replicate);
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: number): void {
    this.resetState(ProgressState.Snapshot);
    this.pendingSnapshot = snapshotIndex;
  }

  /**
   * Records an append sent with entries up to `lastIndex` (`sizeBytes` in total; an append
   * without entries has lastIndex = next - 1).
   */
  sentEntries(lastIndex: number, entryCount: number, sizeBytes: number): void {
    if (this.state === ProgressState.Replicate) {
      if (entryCount > 0) {
        this.next = lastIndex + 1;
        this.inflights.add(lastIndex, sizeBytes);
      }
    } else if (this.state === ProgressState.Probe) {
      this.probeSent = true;
    } else {
      assertionFailed(`sentEntries in state ${this.state}`);
    }
    this.checkInvariant();
  }

  /** An acknowledgement of `index`; returns false when it is stale (nothing learned). */
  maybeUpdate(index: number): boolean {
    let updated = false;
    if (this.match < index) {
      this.match = index;
      updated = true;
      this.probeSent = false;
    }
    this.next = Math.max(this.next, index + 1);
    this.checkInvariant();
    return updated;
  }

  /**
   * A rejection of an append at `rejected`; `matchHint` is the leader's guess of the
   * follower's last matching index. Returns false when the rejection is stale.
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === ProgressState.Replicate) {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1);
    this.probeSent = false;
    this.checkInvariant();
    return true;
  }

  /** True when the leader should not send appends to this follower now. */
  isPaused(): boolean {
    switch (this.state) {
      case ProgressState.Probe:
        return this.probeSent;
      case ProgressState.Replicate:
        return this.inflights.full();
      case ProgressState.Snapshot:
        return true;
    }
  }

  private checkInvariant(): void {
    if (!(this.match < this.next))
      assertionFailed(`progress: match ${this.match} < next ${this.next}`);
  }
}
