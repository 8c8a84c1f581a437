/**
 * The Raft core's state: every field the protocol keeps, read from storage at start, and the
 * few operations on it that every part of the protocol uses: sending a message and the seat
 * rules of node incarnations (docs/architecture.md, "Node identity"). Raft (raft.ts) extends
 * this class and is the one object that holds the state; the parts of the protocol are
 * modules of functions over it (src/raft/README.md, "Layout"). The fields are public for those
 * modules only: outside src/raft, the core is driven through RawNode.
 *
 * Invariant: role === Leader implies lead === id; vote !== 0 only for the current term.
 * Invariant: log.applied <= log.committed <= log.lastIndex().
 */
import { assert, assertionFailed } from "../util/assert.js";
import { configFromConfState, type ProgressLimits, switchConfig } from "./confchange/index.js";
import { type RaftConfig, validateConfig } from "./config.js";
import { expectedIncarnation, type IncarnationRefusal, incarnationRefusal } from "./incarnation.js";
import { RaftLog } from "./log.js";
import { ReadOnly } from "./read-only.js";
import { ProgressTracker, seatIncarnation } from "./tracker/index.js";
import { type Message, type ReadState, StateRole } from "./types.js";

/** No bytes: the data of a leader's no-op entry, the context of a plain heartbeat. */
export const EMPTY_BYTES = new Uint8Array(0);

/** A read a leader serves (leader-reads.ts): its own, or one a follower forwarded. */
export interface PendingRead {
  readonly from: number;
  readonly context: Uint8Array;
  readonly lease: boolean;
}

export class RaftState {
  readonly id: number;
  term = 0;
  vote = 0;
  /**
   * The disk `vote` went to in this term, if known: a vote is granted again only to the same
   * disk (a seat may change disks, and a restart forgets this, so then it is not granted again).
   */
  voteIncarnation: number | undefined = undefined;
  lead = 0;
  role: StateRole = StateRole.Follower;
  readonly log: RaftLog;
  tracker = new ProgressTracker();
  /** Messages produced since the last Ready (owned by RawNode, which drains it). */
  msgs: Message[] = [];
  readStates: ReadState[] = [];

  readonly config: RaftConfig;
  readonly limits: ProgressLimits;
  electionElapsed = 0;
  heartbeatElapsed = 0;
  randomizedElectionTimeout = 0;
  /** Ticks since this incarnation started (a restarted voter's vote refusal). Starts at 1. */
  ticks = 1;
  /**
   * The newest monotonic time (ms) the caller passed: a lower bound of the time now. It stamps
   * heartbeats, so a lease starts no later than the heartbeat left. Never read for a lease
   * check: those take the time passed with the call that serves the read.
   */
  nowMs = 0;
  leadTransferee = 0;
  /** A TimeoutNow was sent in this term: lease reads are off for the rest of the term. */
  leaseGivenAway = false;
  /** Index of the last conf change proposed; no other may be proposed until it applies. */
  pendingConfIndex = 0;
  /** Payload bytes appended by this leader and not yet applied. */
  uncommittedBytes = 0;
  readonly readOnly: ReadOnly;
  /** Reads that arrived before the leader committed an entry of its term. */
  pendingReads: PendingRead[] = [];
  /** Flushed by Raft.flushBroadcast(): send new entries / the new commit index to followers. */
  broadcastEntries = false;
  broadcastCommit = false;
  /**
   * Flushed by Raft.flushBroadcast() too: ReadIndex requests arrived that need a heartbeat
   * round. One round, carrying the newest pending context, confirms every read queued before
   * it (read-only.ts), so the reads of one turn share one heartbeat per follower.
   */
  broadcastReadHeartbeat = false;
  /** Messages dropped by the incarnation rules (incarnation.ts) so far, and the last one. */
  incarnationRefusals = 0;
  lastIncarnationRefusal: IncarnationRefusal | undefined = undefined;

  /** The state as storage holds it; Raft's constructor then starts as a follower. */
  constructor(config: RaftConfig) {
    validateConfig(config);
    this.config = config;
    this.id = config.id;
    this.limits = {
      inflightMessageCountMax: config.inflightMessageCountMax,
      inflightBytesMax: config.inflightBytesMax,
    };
    this.readOnly = new ReadOnly(config.pendingReadIndexCountMax);
    this.log = new RaftLog(config.storage, config.readyCommittedBytesMax);
    const { hardState, confState } = config.storage.initialState();
    switchConfig(this.tracker, configFromConfState(confState), this.log.lastIndex(), this.limits);
    if (hardState.term > 0 || hardState.commit > 0) {
      assert(hardState.commit <= this.log.lastIndex(), "hard state commit beyond the log");
      this.term = hardState.term;
      this.vote = hardState.vote;
      // A snapshot is committed even if the hard state written with it was lost.
      this.log.committed = Math.max(hardState.commit, this.log.committed);
    }
    if (config.applied > this.log.applied) this.log.appliedTo(config.applied);
  }

  /** Queues `m` for the next Ready. */
  send(m: Message): void {
    if (m.to === this.id) assertionFailed(`message ${m.type} to self`);
    this.msgs.push(m);
  }

  abortLeaderTransfer(): void {
    this.leadTransferee = 0;
  }

  // ---------------------------------------------------------------- seats and incarnations

  /** The incarnation of this node's disk (RaftConfig.incarnation). */
  get incarnation(): number {
    return this.config.incarnation;
  }

  /** The incarnation `peer`'s connection must present, if any (incarnation.ts). */
  expectedPeerIncarnation(peer: number): number | undefined {
    if (!this.tracker.progress.has(peer)) return undefined;
    return expectedIncarnation(
      this.tracker.isVoter(peer),
      seatIncarnation(this.tracker.config, peer),
    );
  }

  /** expectedPeerIncarnation, bound once (called for every message stepped). */
  private readonly recordedIncarnationOf = (seat: number): number | undefined =>
    this.expectedPeerIncarnation(seat);

  /** Applies the incarnation rules (incarnation.ts) to a message from a disk. */
  incarnationAllows(m: Message, fromIncarnation: number): boolean {
    const refusal = incarnationRefusal(
      m,
      fromIncarnation,
      this.config.incarnation,
      this.recordedIncarnationOf,
    );
    if (refusal === undefined) return true;
    this.incarnationRefusals += 1;
    this.lastIncarnationRefusal = refusal;
    return false;
  }

  /**
   * Is this node a voter of its configuration, on the disk its seat records? A fresh or wiped
   * data directory has a new incarnation, so it does not own the seat of the node that had its
   * id before (whose acknowledgements counted towards commits it no longer holds) until it is
   * added again under its own incarnation. Only a seat owner votes and campaigns.
   */
  ownsSeat(): boolean {
    if (!this.tracker.isVoter(this.id)) return false;
    return seatIncarnation(this.tracker.config, this.id) === this.config.incarnation;
  }

  /**
   * May this node answer a (pre-)vote request with a grant? A seat owner may; so may a learner
   * of its own configuration whose seat is unbound or records its own disk, and a node that
   * holds a configuration not listing it at all (one that predates its addition: a snapshot or
   * log that has not reached the change adding it). A change promoting a node can commit on
   * the old voters before it reaches that node, and until a leader replicates it the new
   * voters may need that node's vote to elect one (etcd raft grants votes whatever the
   * receiver's configuration; seeds 4332 and 31271). The candidate counts the grant only if
   * its own membership records this disk as a voter (incarnation.ts), so a wiped disk is still
   * never counted. A node whose configuration records another disk for its seat never grants,
   * nor does a node with no configuration at all (fresh or wiped: nothing tells them apart).
   */
  mayGrantVote(): boolean {
    if (this.tracker.progress.size === 0) return false;
    const recorded = this.expectedPeerIncarnation(this.id);
    return recorded === undefined || recorded === this.config.incarnation;
  }
}
