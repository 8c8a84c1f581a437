/**
 * The Raft protocol as a pure, deterministic state machine (Ongaro & Ousterhout, "In Search
 * of an Understandable Consensus Algorithm", and Ongaro's thesis). No I/O, no clock, no
 * randomness except the injected RandomSource: the caller feeds ticks and messages, and
 * collects outgoing messages and log changes through RawNode's Ready. Time enters only as an
 * input: elections count ticks, and leases use the monotonic time (ms) the caller passes with
 * tick(), step() and readIndex().
 *
 * Durability: the leader's own log entries count towards a quorum only once the node reports
 * them persisted (`onPersisted`, called by RawNode.advance); see rawnode.ts for the contract.
 *
 * This class is the core's face: its inputs, and step()'s dispatch by role. Its state is
 * declared in raft-state.ts; each part of the protocol is a module of functions over that
 * state: elections in election.ts, role changes in roles.ts, the leader's replication in
 * replication.ts, the follower's in follower.ts, reads and leases in leader-reads.ts.
 */
import { type Entry, EntryType } from "../types/index.js";
import { assertionFailed } from "../util/assert.js";
import { InvalidArgumentError } from "../util/errors.js";
import {
  type ConfChange,
  ConfChanges,
  changeConfig,
  encodeConfChange,
  switchConfig,
} from "./confchange/index.js";
import { type RaftConfig, ReadMode } from "./config.js";
import {
  acceptHigherTerm,
  answerStaleTerm,
  answerVoteRequest,
  CampaignKind,
  hup,
  poll,
  tickElection,
  tickHeartbeat,
} from "./election.js";
import {
  ConfChangeRejectedError,
  CoreNotLeaderError,
  CoreOverloadedError,
  ProposalDroppedError,
  TransferRejectedError,
} from "./errors.js";
import { handleAppend, handleHeartbeat, handleSnapshot } from "./follower.js";
import { leaderRead, leaseHolds } from "./leader-reads.js";
import { RaftState } from "./raft-state.js";
import {
  appendEntries,
  broadcastPending,
  handleAppendResponse,
  handleHeartbeatResponse,
  maybeCommitAndBroadcast,
  sendAppends,
  sendTimeoutNow,
} from "./replication.js";
import { becomeFollower } from "./roles.js";
import { type Progress, ProgressState } from "./tracker/index.js";
import { type Message, MessageType, StateRole, type VoteRequest } from "./types.js";

/** Where a proposal landed: the caller matches it against applied entries. */
export interface ProposalPosition {
  readonly index: number;
  readonly term: number;
}

export class Raft extends RaftState {
  constructor(config: RaftConfig) {
    super(config);
    becomeFollower(this, this.term, 0);
  }

  // ---------------------------------------------------------------- inputs

  /** One tick; `nowMs` (optional) is the caller's monotonic time now (see observeTime). */
  tick(nowMs?: number): void {
    this.observeTime(nowMs);
    this.ticks++;
    if (this.role === StateRole.Leader) tickHeartbeat(this);
    else tickElection(this);
  }

  /**
   * Processes one message from the network. Messages for another node are dropped. A lease
   * read forwarded by a follower is served from the lease only when `nowMs` is given and the
   * lease holds at that time; otherwise it takes a ReadIndex round.
   *
   * `fromIncarnation` is the incarnation the sender presented in its connection's handshake
   * (0 when not given: a disk older than incarnations); messages the incarnation rules refuse are
   * dropped (incarnation.ts).
   */
  step(m: Message, nowMs?: number, fromIncarnation = 0): void {
    this.observeTime(nowMs);
    if (m.to !== this.id || m.from === this.id) return;
    if (!this.incarnationAllows(m, fromIncarnation)) return;
    if (m.term > this.term) {
      if (!acceptHigherTerm(this, m)) return;
    } else if (m.term < this.term) {
      answerStaleTerm(this, m);
      return;
    }
    if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
      this.handleVoteRequest(m, fromIncarnation);
      return;
    }
    switch (this.role) {
      case StateRole.Leader:
        this.stepLeader(m, nowMs);
        return;
      case StateRole.Candidate:
      case StateRole.PreCandidate:
        this.stepCandidate(m);
        return;
      case StateRole.Follower:
        this.stepFollower(m);
        return;
    }
  }

  /**
   * Appends application commands (a batch becomes consecutive entries). Throws
   * CoreNotLeaderError, ProposalDroppedError during a leadership transfer, CoreOverloadedError when
   * uncommitted bytes exceed uncommittedBytesMax (a single batch larger than the cap
   * is accepted when nothing else is uncommitted, so that it can make progress).
   */
  propose(batch: readonly Uint8Array[]): ProposalPosition {
    if (batch.length === 0) throw new InvalidArgumentError("empty proposal batch");
    this.checkCanPropose();
    let sizeBytes = 0;
    for (const data of batch) sizeBytes += data.byteLength;
    const limit = this.config.uncommittedBytesMax;
    if (this.uncommittedBytes > 0 && this.uncommittedBytes + sizeBytes > limit) {
      throw new CoreOverloadedError(this.uncommittedBytes, limit);
    }
    this.uncommittedBytes += sizeBytes;
    const index = appendEntries(this, EntryType.NORMAL, batch);
    return { index, term: this.term };
  }

  /** Proposes a membership change; throws ConfChangeRejectedError when it is unsafe. */
  proposeConfChange(change: ConfChange): ProposalPosition {
    this.checkCanPropose();
    if (this.pendingConfIndex > this.log.applied) {
      throw new ConfChangeRejectedError(
        `another change is pending (index ${this.pendingConfIndex}, applied ${this.log.applied})`,
      );
    }
    // Throws ConfChangeRejectedError for unsafe changes (see confchange/changer.ts).
    changeConfig(this.tracker.config, change);
    const index = appendEntries(this, EntryType.CONF_CHANGE, [encodeConfChange(change)]);
    this.pendingConfIndex = index;
    return { index, term: this.term };
  }

  /**
   * Requests a linearizable read; its ReadState (in a later Ready) carries the index the
   * state machine must reach first. A follower forwards the request to its leader. A lease
   * read needs `nowMs`, the caller's monotonic time now: the leader checks its lease against
   * it (and falls back to a ReadIndex round when the lease does not hold).
   */
  readIndex(context: Uint8Array, mode: ReadMode = this.config.readMode, nowMs?: number): void {
    if (mode === ReadMode.Lease && !this.config.leaseReads) {
      throw new InvalidArgumentError("lease reads are off (leaseReads needs checkQuorum)");
    }
    const lease = mode === ReadMode.Lease;
    if (lease && nowMs === undefined) {
      throw new InvalidArgumentError("a lease read needs nowMs (the monotonic time now)");
    }
    this.observeTime(nowMs);
    if (this.role === StateRole.Leader) {
      if (!leaderRead(this, { from: this.id, context, lease }, nowMs)) {
        throw new ProposalDroppedError("too many pending reads");
      }
      return;
    }
    if (this.lead === 0) throw new CoreNotLeaderError(0);
    this.send({
      type: MessageType.ReadIndex,
      from: this.id,
      to: this.lead,
      term: this.term,
      context,
      lease,
    });
  }

  /** Starts a leadership transfer to `target` (thesis §3.10). */
  transferLeader(target: number): void {
    if (this.role !== StateRole.Leader) throw new CoreNotLeaderError(this.lead);
    if (target === this.id) return;
    if (!this.tracker.isVoter(target)) {
      throw new TransferRejectedError(`node ${target} is not a voter`);
    }
    if (this.leadTransferee === target) return;
    this.abortLeaderTransfer();
    // The transfer aborts when electionElapsed reaches the election timeout.
    this.electionElapsed = 0;
    this.leadTransferee = target;
    const progress = this.tracker.progress.get(target) as Progress;
    if (progress.match === this.log.lastIndex()) sendTimeoutNow(this, target);
    else sendAppends(this, target, true);
  }

  /** The transport could not reach `peer`: stop pipelining to it and probe again. */
  reportUnreachable(peer: number): void {
    if (this.role !== StateRole.Leader) return;
    const progress = this.tracker.progress.get(peer);
    if (progress?.state === ProgressState.Replicate) progress.becomeProbe();
  }

  /** The snapshot sent to `peer` was delivered (`ok`) or failed. */
  reportSnapshot(peer: number, ok: boolean): void {
    if (this.role !== StateRole.Leader) return;
    const progress = this.tracker.progress.get(peer);
    if (progress?.state !== ProgressState.Snapshot) return;
    if (!ok) progress.pendingSnapshot = 0;
    progress.becomeProbe();
    // Wait for a heartbeat response before probing again.
    progress.probeSent = true;
  }

  /** RawNode.advance: entries up to (index, term) are durable. */
  onPersisted(index: number, term: number): void {
    this.log.unstable.stableTo(index, term);
    if (this.role !== StateRole.Leader) return;
    const self = this.tracker.progress.get(this.id);
    if (self?.maybeUpdate(this.log.stableIndex()) === true) maybeCommitAndBroadcast(this);
  }

  /** RawNode.advance: applies a committed membership change. Returns false if rejected. */
  applyConfChange(change: ConfChange): boolean {
    let next: ReturnType<typeof changeConfig>;
    try {
      next = changeConfig(this.tracker.config, change);
    } catch (error) {
      if (error instanceof ConfChangeRejectedError) return false;
      throw error;
    }
    switchConfig(this.tracker, next, this.log.lastIndex(), this.limits);
    this.afterConfigChange();
    return true;
  }

  /** RawNode.advance: once an auto-leave joint configuration applied, propose leaving it. */
  maybeAutoLeave(): void {
    const config = this.tracker.config;
    if (this.role !== StateRole.Leader || !config.autoLeave) return;
    if (this.pendingConfIndex > this.log.applied) return;
    const data = encodeConfChange(ConfChanges.leaveJoint());
    this.pendingConfIndex = appendEntries(this, EntryType.CONF_CHANGE, [data]);
  }

  /** RawNode.advance: applied entries no longer count as uncommitted. */
  reduceUncommittedBytes(entries: readonly Entry[]): void {
    if (this.role !== StateRole.Leader) return;
    let sizeBytes = 0;
    for (const entry of entries) sizeBytes += entry.data.byteLength;
    this.uncommittedBytes = Math.max(0, this.uncommittedBytes - sizeBytes);
  }

  /** Sends what proposals, commit changes and reads since the last call require (batching). */
  flushBroadcast(): void {
    broadcastPending(this);
  }

  hasPendingBroadcast(): boolean {
    return this.broadcastEntries || this.broadcastCommit || this.broadcastReadHeartbeat;
  }

  /** Whether this leader's lease holds at `nowMs` (leader-reads.ts, leaseHolds). */
  leaseValid(nowMs: number): boolean {
    return leaseHolds(this, nowMs);
  }

  /**
   * Takes the caller's monotonic time (ms) if given: a non-negative number that never goes
   * back. Throws InvalidArgumentError otherwise.
   */
  private observeTime(nowMs: number | undefined): void {
    if (nowMs === undefined) return;
    if (!Number.isFinite(nowMs) || nowMs < 0) {
      throw new InvalidArgumentError(`nowMs must be a non-negative number, got ${nowMs}`);
    }
    if (nowMs < this.nowMs) {
      throw new InvalidArgumentError(
        `nowMs went back from ${this.nowMs} to ${nowMs}: the clock must be monotonic`,
      );
    }
    this.nowMs = nowMs;
  }

  private checkCanPropose(): void {
    if (this.role !== StateRole.Leader) throw new CoreNotLeaderError(this.lead);
    if (this.leadTransferee !== 0) {
      throw new ProposalDroppedError(`leadership transfer to ${this.leadTransferee} in progress`);
    }
  }

  /** After a membership change: a removed or demoted leader steps down; replicate it. */
  private afterConfigChange(): void {
    if (this.role !== StateRole.Leader) return;
    if (!this.tracker.isVoter(this.id)) {
      // Removed or demoted: stop leading; the remaining voters elect a new leader.
      becomeFollower(this, this.term, 0);
      return;
    }
    if (this.leadTransferee !== 0 && !this.tracker.isVoter(this.leadTransferee)) {
      this.abortLeaderTransfer();
    }
    this.broadcastEntries = true;
    maybeCommitAndBroadcast(this);
  }

  // ---------------------------------------------------------------- per-role steps

  /**
   * Answers a (pre-)vote request (election.ts, answerVoteRequest). A method rather than a call
   * in step(): test/sim/node/incarnation-fix-off.ts replaces it to run without the fix.
   */
  private handleVoteRequest(m: VoteRequest, fromIncarnation: number): void {
    answerVoteRequest(this, m, fromIncarnation);
  }

  private stepLeader(m: Message, nowMs: number | undefined): void {
    switch (m.type) {
      case MessageType.AppendResponse:
        handleAppendResponse(this, m);
        return;
      case MessageType.HeartbeatResponse:
        handleHeartbeatResponse(this, m);
        return;
      case MessageType.ReadIndex:
        leaderRead(this, { from: m.from, context: m.context, lease: m.lease }, nowMs);
        return;
      case MessageType.Append:
      case MessageType.Heartbeat:
      case MessageType.Snapshot:
        assertionFailed(`two leaders in term ${this.term}: ${this.id} and ${m.from}`);
        return;
      default:
        return;
    }
  }

  private stepCandidate(m: Message): void {
    const responseType =
      this.role === StateRole.PreCandidate ? MessageType.PreVoteResponse : MessageType.VoteResponse;
    switch (m.type) {
      case MessageType.Append:
      case MessageType.Heartbeat:
      case MessageType.Snapshot:
        becomeFollower(this, this.term, m.from);
        this.stepFollower(m);
        return;
      case MessageType.VoteResponse:
      case MessageType.PreVoteResponse:
        if (m.type === responseType) poll(this, m.from, !m.reject);
        return;
      default:
        return;
    }
  }

  private stepFollower(m: Message): void {
    switch (m.type) {
      case MessageType.Append:
        this.heardFromLeader(m.from);
        handleAppend(this, m);
        return;
      case MessageType.Heartbeat:
        this.heardFromLeader(m.from);
        handleHeartbeat(this, m);
        return;
      case MessageType.Snapshot:
        this.heardFromLeader(m.from);
        handleSnapshot(this, m.from, m.snapshot);
        return;
      case MessageType.TimeoutNow:
        if (m.from === this.lead) hup(this, CampaignKind.Transfer);
        return;
      case MessageType.ReadIndexResponse:
        this.readStates.push({ index: m.index, context: m.context });
        return;
      default:
        return;
    }
  }

  private heardFromLeader(from: number): void {
    this.electionElapsed = 0;
    this.lead = from;
  }
}
