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
 */
import { assert } from "../util/assert.js";
import { InvalidArgumentError } from "../util/errors.js";
import {
  type ConfChange,
  ConfChanges,
  changeConfig,
  configFromConfState,
  encodeConfChange,
  type ProgressLimits,
  switchConfig,
} from "./confchange/index.js";
import { type RaftConfig, ReadMode, validateConfig } from "./config.js";
import {
  ConfChangeRejectedError,
  CoreNotLeaderError,
  CoreOverloadedError,
  LogCompactedError,
  ProposalDroppedError,
  TransferRejectedError,
} from "./errors.js";
import { expectedIncarnation, type IncarnationRefusal, incarnationRefusal } from "./incarnation.js";
import { RaftLog } from "./log.js";
import { VoteResult } from "./quorum/index.js";
import { ReadOnly } from "./read-only.js";
import { type Progress, ProgressState, ProgressTracker, seatIncarnation } from "./tracker/index.js";
import {
  type AppendRequest,
  type AppendResponse,
  type Entry,
  EntryType,
  entrySizeBytes,
  type HeartbeatRequest,
  type HeartbeatResponse,
  type Message,
  MessageType,
  type ReadState,
  type Snapshot,
  StateRole,
  type VoteRequest,
} from "./types.js";

const EMPTY = new Uint8Array(0);

const CampaignKind = {
  PreElection: 1,
  Election: 2,
  /** After TimeoutNow: skip pre-vote, and voters skip their lease check. */
  Transfer: 3,
} as const;
type CampaignKind = (typeof CampaignKind)[keyof typeof CampaignKind];

interface PendingRead {
  readonly from: number;
  readonly context: Uint8Array;
  readonly lease: boolean;
}

/** Where a proposal landed: the caller matches it against applied entries. */
export interface ProposalPosition {
  readonly index: number;
  readonly term: number;
}

/**
 * Invariant: role === Leader implies lead === id; vote !== 0 only for the current term.
 * Invariant: log.applied <= log.committed <= log.lastIndex().
 */
export class Raft {
  readonly id: number;
  term = 0;
  vote = 0;
  /**
   * The disk `vote` went to in this term, if known: a vote is granted again only to the same
   * disk (a seat may change disks, and a restart forgets this, so then it is not granted again).
   */
  private voteIncarnation: number | undefined = undefined;
  lead = 0;
  role: StateRole = StateRole.Follower;
  readonly log: RaftLog;
  tracker = new ProgressTracker();
  /** Messages produced since the last Ready (owned by RawNode, which drains it). */
  msgs: Message[] = [];
  readStates: ReadState[] = [];

  private readonly config: RaftConfig;
  private readonly limits: ProgressLimits;
  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  private randomizedElectionTimeout = 0;
  /** Ticks since this incarnation started (a restarted voter's vote refusal). Starts at 1. */
  private ticks = 1;
  /**
   * The newest monotonic time (ms) the caller passed: a lower bound of the time now. It stamps
   * heartbeats, so a lease starts no later than the heartbeat left. Never read for a lease
   * check: those take the time passed with the call that serves the read.
   */
  private nowMs = 0;
  leadTransferee = 0;
  /** A TimeoutNow was sent in this term: lease reads are off for the rest of the term. */
  private leaseGivenAway = false;
  /** Index of the last conf change proposed; no other may be proposed until it applies. */
  pendingConfIndex = 0;
  /** Payload bytes appended by this leader and not yet applied. */
  uncommittedBytes = 0;
  private readonly readOnly: ReadOnly;
  /** Reads that arrived before the leader committed an entry of its term. */
  private pendingReads: PendingRead[] = [];
  /** Flushed by flushBroadcast(): send new entries / the new commit index to followers. */
  private broadcastEntries = false;
  private broadcastCommit = false;
  /** Messages dropped by the incarnation rules (incarnation.ts) so far, and the last one. */
  incarnationRefusals = 0;
  lastIncarnationRefusal: IncarnationRefusal | undefined = undefined;

  constructor(config: RaftConfig) {
    validateConfig(config);
    this.config = config;
    this.id = config.id;
    this.limits = {
      maxInflightMessages: config.maxInflightMessages,
      maxInflightBytes: config.maxInflightBytes,
    };
    this.readOnly = new ReadOnly(config.maxPendingReadIndexRequests);
    this.log = new RaftLog(config.storage, config.maxCommittedBytesPerReady);
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
    this.becomeFollower(this.term, 0);
  }

  // ---------------------------------------------------------------- inputs

  /** One tick; `nowMs` (optional) is the caller's monotonic time now (see observeTime). */
  tick(nowMs?: number): void {
    this.observeTime(nowMs);
    this.ticks++;
    if (this.role === StateRole.Leader) this.tickHeartbeat();
    else this.tickElection();
  }

  /**
   * Processes one message from the network. Messages for another node are dropped. A lease
   * read forwarded by a follower is served from the lease only when `nowMs` is given and the
   * lease holds at that time; otherwise it takes a ReadIndex round.
   */
  /**
   * `fromIncarnation` is the incarnation the sender presented in its connection's handshake
   * (0 when not given: a disk older than incarnations); messages the incarnation rules refuse are
   * dropped (incarnation.ts).
   */
  step(m: Message, nowMs?: number, fromIncarnation = 0): void {
    this.observeTime(nowMs);
    if (m.to !== this.id || m.from === this.id) return;
    if (!this.incarnationAllows(m, fromIncarnation)) return;
    if (m.term > this.term) {
      if (!this.acceptHigherTerm(m)) return;
    } else if (m.term < this.term) {
      this.answerStaleTerm(m);
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
   * uncommitted bytes exceed maxUncommittedEntriesBytes (a single batch larger than the cap
   * is accepted when nothing else is uncommitted, so that it can make progress).
   */
  propose(batch: readonly Uint8Array[]): ProposalPosition {
    if (batch.length === 0) throw new InvalidArgumentError("empty proposal batch");
    this.checkCanPropose();
    let sizeBytes = 0;
    for (const data of batch) sizeBytes += data.byteLength;
    const limit = this.config.maxUncommittedEntriesBytes;
    if (this.uncommittedBytes > 0 && this.uncommittedBytes + sizeBytes > limit) {
      throw new CoreOverloadedError(this.uncommittedBytes, limit);
    }
    this.uncommittedBytes += sizeBytes;
    const index = this.appendEntries(EntryType.Normal, batch);
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
    const index = this.appendEntries(EntryType.ConfChange, [encodeConfChange(change)]);
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
      if (!this.leaderRead({ from: this.id, context, lease }, nowMs)) {
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
    if (progress.match === this.log.lastIndex()) this.sendTimeoutNow(target);
    else this.sendAppends(target, true);
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
    if (self?.maybeUpdate(this.log.stableIndex()) === true) this.maybeCommitAndBroadcast();
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
    this.pendingConfIndex = this.appendEntries(EntryType.ConfChange, [data]);
  }

  /** RawNode.advance: applied entries no longer count as uncommitted. */
  reduceUncommittedBytes(entries: readonly Entry[]): void {
    if (this.role !== StateRole.Leader) return;
    let sizeBytes = 0;
    for (const entry of entries) sizeBytes += entry.data.byteLength;
    this.uncommittedBytes = Math.max(0, this.uncommittedBytes - sizeBytes);
  }

  /** Sends what proposals and commit changes since the last call require (batching). */
  flushBroadcast(): void {
    const entries = this.broadcastEntries;
    const commit = this.broadcastCommit;
    this.broadcastEntries = false;
    this.broadcastCommit = false;
    if (this.role !== StateRole.Leader || !(entries || commit)) return;
    for (const id of this.tracker.progress.keys()) {
      if (id !== this.id) this.sendAppends(id, commit);
    }
  }

  hasPendingBroadcast(): boolean {
    return this.broadcastEntries || this.broadcastCommit;
  }

  /**
   * A leader whose lease (thesis §6.4.1) is valid at `nowMs` (the caller's monotonic time):
   * a quorum acknowledged a heartbeat sent less than leaseDurationMs before `nowMs`. Those
   * voters refuse votes for longer than that after receiving it (see leaseDurationMs), so no
   * other leader can exist yet. Ticks play no part: a leader that was paused (SIGSTOP, GC, VM)
   * gets one late tick on resume, but its clock moved on.
   */
  leaseValid(nowMs: number): boolean {
    if (this.role !== StateRole.Leader || !this.config.leaseReads) return false;
    if (this.leaseGivenAway || this.leadTransferee !== 0) return false;
    const sentMs = this.tracker.quorumAckedHeartbeatSentMs(this.id, nowMs);
    return nowMs < sentMs + this.config.leaseDurationMs;
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

  // ---------------------------------------------------------------- role changes

  private reset(term: number): void {
    if (this.term !== term) {
      assert(term > this.term, `term went back from ${this.term} to ${term}`);
      this.term = term;
      this.vote = 0;
      this.voteIncarnation = undefined;
    }
    this.lead = 0;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    const { electionTimeoutMinTicks, electionTimeoutMaxTicks } = this.config;
    this.randomizedElectionTimeout =
      electionTimeoutMinTicks +
      this.config.random.nextInt(electionTimeoutMaxTicks - electionTimeoutMinTicks);
    this.leadTransferee = 0;
    this.leaseGivenAway = false;
    this.tracker.resetVotes();
    const next = this.log.lastIndex() + 1;
    for (const [id, progress] of this.tracker.progress) {
      progress.reset(next);
      if (id === this.id) progress.match = this.log.stableIndex();
    }
    this.pendingConfIndex = 0;
    this.uncommittedBytes = 0;
    this.readOnly.reset();
    this.pendingReads = [];
    this.broadcastEntries = false;
    this.broadcastCommit = false;
  }

  becomeFollower(term: number, lead: number): void {
    this.reset(term);
    this.lead = lead;
    this.role = StateRole.Follower;
  }

  private becomePreCandidate(): void {
    assert(this.role !== StateRole.Leader, "leader cannot become pre-candidate");
    // Pre-vote changes neither term nor vote.
    this.tracker.resetVotes();
    this.lead = 0;
    this.role = StateRole.PreCandidate;
  }

  private becomeCandidate(): void {
    assert(this.role !== StateRole.Leader, "leader cannot become candidate");
    this.reset(this.term + 1);
    this.vote = this.id;
    this.voteIncarnation = this.config.incarnation;
    this.role = StateRole.Candidate;
  }

  private becomeLeader(): void {
    assert(this.role === StateRole.Candidate, "only a candidate becomes leader");
    this.reset(this.term);
    this.lead = this.id;
    this.role = StateRole.Leader;
    const self = this.tracker.progress.get(this.id);
    assert(self !== undefined, "leader without its own progress");
    self.becomeReplicate();
    self.recentActive = true;
    // Entries in the log may hold an unapplied conf change: no new one before they apply.
    this.pendingConfIndex = this.log.lastIndex();
    // Raft §8: a no-op entry of the new term lets the leader commit (and serve reads).
    this.appendEntries(EntryType.NoOp, [EMPTY]);
  }

  /**
   * Is this node a voter of its configuration, on the disk its seat records? A fresh or wiped
   * data directory has a new incarnation, so it does not own the seat of the node that had its
   * id before (whose acknowledgements counted towards commits it no longer holds) until it is
   * added again under its own incarnation. Only a seat owner votes and campaigns.
   */
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
  private incarnationAllows(m: Message, fromIncarnation: number): boolean {
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
  private mayGrantVote(): boolean {
    if (this.tracker.progress.size === 0) return false;
    const recorded = this.expectedPeerIncarnation(this.id);
    return recorded === undefined || recorded === this.config.incarnation;
  }

  /** Can this node campaign: a seat owner with no snapshot to install or conf change to apply? */
  private promotable(): boolean {
    if (!this.ownsSeat()) return false;
    return this.log.unstable.snapshot === undefined && !this.hasUnappliedConfChange();
  }

  private hasUnappliedConfChange(): boolean {
    if (this.log.committed <= this.log.applied) return false;
    let entries: readonly Entry[];
    try {
      const hi = this.log.committed + 1;
      entries = this.log.slice(this.log.applied + 1, hi, Number.MAX_SAFE_INTEGER);
    } catch (error) {
      if (error instanceof LogCompactedError) return false;
      throw error;
    }
    return entries.some((entry) => entry.type === EntryType.ConfChange);
  }

  private afterConfigChange(): void {
    if (this.role !== StateRole.Leader) return;
    if (!this.tracker.isVoter(this.id)) {
      // Removed or demoted: stop leading; the remaining voters elect a new leader.
      this.becomeFollower(this.term, 0);
      return;
    }
    if (this.leadTransferee !== 0 && !this.tracker.isVoter(this.leadTransferee)) {
      this.abortLeaderTransfer();
    }
    this.broadcastEntries = true;
    this.maybeCommitAndBroadcast();
  }

  // ---------------------------------------------------------------- ticks and elections

  private tickElection(): void {
    this.electionElapsed++;
    if (this.electionElapsed < this.randomizedElectionTimeout) return;
    // A node that cannot campaign (a learner, or a voter with a conf change to apply) keeps
    // counting: restarting its count would keep its last leader's lease (inLease) alive
    // forever, and it would ignore the vote requests of the voters that must replace it.
    if (!this.promotable()) return;
    this.electionElapsed = 0;
    this.hup(this.config.preVote ? CampaignKind.PreElection : CampaignKind.Election);
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.config.electionTimeoutMinTicks) {
      this.electionElapsed = 0;
      if (this.config.checkQuorum && !this.checkQuorumActive()) {
        this.becomeFollower(this.term, 0);
        return;
      }
      if (this.leadTransferee !== 0) this.abortLeaderTransfer();
    }
    if (this.heartbeatElapsed >= this.config.heartbeatIntervalTicks) {
      this.heartbeatElapsed = 0;
      this.broadcastHeartbeat(this.readOnly.lastPendingContext() ?? EMPTY);
    }
  }

  /** Check-quorum round: true if a quorum was heard from; starts the next round. */
  private checkQuorumActive(): boolean {
    const active = this.tracker.quorumActive(this.id);
    for (const [id, progress] of this.tracker.progress) {
      if (id !== this.id) progress.recentActive = false;
    }
    return active;
  }

  private hup(kind: CampaignKind): void {
    if (this.role === StateRole.Leader || !this.promotable()) return;
    this.campaign(kind);
  }

  /** Raft §5.2 (and thesis §9.6 for the pre-vote round). */
  private campaign(kind: CampaignKind): void {
    let voteType: VoteRequest["type"];
    let term: number;
    if (kind === CampaignKind.PreElection) {
      this.becomePreCandidate();
      voteType = MessageType.PreVote;
      term = this.term + 1;
    } else {
      this.becomeCandidate();
      voteType = MessageType.Vote;
      term = this.term;
    }
    if (this.poll(this.id, true)) return;
    const lastLogIndex = this.log.lastIndex();
    const lastLogTerm = this.log.lastTerm();
    for (const id of this.tracker.voterIds()) {
      if (id === this.id) continue;
      this.send({
        type: voteType,
        from: this.id,
        to: id,
        term,
        lastLogIndex,
        lastLogTerm,
        transfer: kind === CampaignKind.Transfer,
      });
    }
  }

  /** Records a vote and acts on the outcome; returns true when the election is decided. */
  private poll(id: number, granted: boolean): boolean {
    this.tracker.recordVote(id, granted);
    const result = this.tracker.voteResult();
    if (result === VoteResult.Won) {
      if (this.role === StateRole.PreCandidate) this.campaign(CampaignKind.Election);
      else this.becomeLeader();
      return true;
    }
    if (result === VoteResult.Lost) {
      this.becomeFollower(this.term, 0);
      return true;
    }
    return false;
  }

  /**
   * With check-quorum, a node that heard from a leader within the election timeout (or,
   * with lease reads on, started less than an election timeout ago) ignores vote requests:
   * this keeps a partitioned node from deposing a healthy leader and makes leases sound.
   */
  private inLease(): boolean {
    if (!this.config.checkQuorum) return false;
    const timeout = this.config.electionTimeoutMinTicks;
    if (this.config.leaseReads && this.ticks <= timeout) return true;
    return this.lead !== 0 && this.electionElapsed < timeout;
  }

  private acceptHigherTerm(m: Message): boolean {
    if ((m.type === MessageType.Vote && !m.transfer) || m.type === MessageType.PreVote) {
      if (this.inLease()) return false;
    } else if (m.type === MessageType.VoteResponse || m.type === MessageType.PreVoteResponse) {
      // A late response to an old campaign must not end a follower's lease either.
      if (this.role === StateRole.Follower && this.inLease()) return false;
    }
    // A pre-vote (or a granted pre-vote response) carries a term nobody has entered yet.
    if (m.type === MessageType.PreVote) return true;
    if (m.type === MessageType.PreVoteResponse && !m.reject) return true;
    const fromLeader =
      m.type === MessageType.Append ||
      m.type === MessageType.Heartbeat ||
      m.type === MessageType.Snapshot;
    if (m.type === MessageType.Vote && this.role !== StateRole.Leader) {
      this.followCandidateTerm(m.term);
      return true;
    }
    this.becomeFollower(m.term, fromLeader ? m.from : 0);
    return true;
  }

  /**
   * Enters a candidate's higher term without restarting the election timer: Raft's Figure 2
   * restarts it only on granting the vote (handleVoteRequest does) or on hearing from the
   * leader. Restarting it on every higher-term request, as etcd does, lets candidates with
   * stale logs, which cannot win, keep the up-to-date nodes from ever timing out first: with
   * pre-vote off the elections then split for as long as stale candidates keep trying.
   */
  private followCandidateTerm(term: number): void {
    const elapsed = this.electionElapsed;
    const timeout = this.randomizedElectionTimeout;
    this.becomeFollower(term, 0);
    this.electionElapsed = elapsed;
    this.randomizedElectionTimeout = timeout;
  }

  private answerStaleTerm(m: Message): void {
    const fromStaleLeader = m.type === MessageType.Append || m.type === MessageType.Heartbeat;
    if ((this.config.checkQuorum || this.config.preVote) && fromStaleLeader) {
      // Tell the stale leader about the newer term so that it steps down.
      this.send({
        type: MessageType.AppendResponse,
        from: this.id,
        to: m.from,
        term: this.term,
        index: 0,
        reject: false,
        rejectHintIndex: 0,
        rejectHintTerm: 0,
      });
    } else if (m.type === MessageType.PreVote) {
      this.send({
        type: MessageType.PreVoteResponse,
        from: this.id,
        to: m.from,
        term: this.term,
        reject: true,
      });
    }
  }

  /**
   * Raft §5.2, §5.4.1: grant at most one vote per term, only to an up-to-date log, and only as
   * the owner of a voter's seat (ownsSeat: a node whose disk is not the one its seat records
   * cannot vouch for what that seat acknowledged).
   */
  private handleVoteRequest(m: VoteRequest, fromIncarnation: number): void {
    const canVote =
      this.mayGrantVote() &&
      ((this.vote === m.from && this.voteIncarnation === fromIncarnation) ||
        (this.vote === 0 && this.lead === 0) ||
        (m.type === MessageType.PreVote && m.term > this.term));
    const type =
      m.type === MessageType.Vote ? MessageType.VoteResponse : MessageType.PreVoteResponse;
    if (canVote && this.log.isUpToDate(m.lastLogIndex, m.lastLogTerm)) {
      this.send({ type, from: this.id, to: m.from, term: m.term, reject: false });
      if (m.type === MessageType.Vote) {
        this.electionElapsed = 0;
        this.vote = m.from;
        this.voteIncarnation = fromIncarnation;
      }
    } else {
      this.send({ type, from: this.id, to: m.from, term: this.term, reject: true });
    }
  }

  // ---------------------------------------------------------------- per-role steps

  private stepLeader(m: Message, nowMs: number | undefined): void {
    switch (m.type) {
      case MessageType.AppendResponse:
        this.handleAppendResponse(m);
        return;
      case MessageType.HeartbeatResponse:
        this.handleHeartbeatResponse(m);
        return;
      case MessageType.ReadIndex:
        this.leaderRead({ from: m.from, context: m.context, lease: m.lease }, nowMs);
        return;
      case MessageType.Append:
      case MessageType.Heartbeat:
      case MessageType.Snapshot:
        assert(false, `two leaders in term ${this.term}: ${this.id} and ${m.from}`);
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
        this.becomeFollower(this.term, m.from);
        this.stepFollower(m);
        return;
      case MessageType.VoteResponse:
      case MessageType.PreVoteResponse:
        if (m.type === responseType) this.poll(m.from, !m.reject);
        return;
      default:
        return;
    }
  }

  private stepFollower(m: Message): void {
    switch (m.type) {
      case MessageType.Append:
        this.heardFromLeader(m.from);
        this.handleAppend(m);
        return;
      case MessageType.Heartbeat:
        this.heardFromLeader(m.from);
        this.handleHeartbeat(m);
        return;
      case MessageType.Snapshot:
        this.heardFromLeader(m.from);
        this.handleSnapshot(m.from, m.snapshot);
        return;
      case MessageType.TimeoutNow:
        if (m.from === this.lead) this.hup(CampaignKind.Transfer);
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

  // ---------------------------------------------------------------- replication (leader)

  /** Appends entries of the leader's term; returns the first new index. */
  private appendEntries(type: EntryType, batch: readonly Uint8Array[]): number {
    const first = this.log.lastIndex() + 1;
    const entries: Entry[] = new Array<Entry>(batch.length);
    for (let i = 0; i < batch.length; i++) {
      entries[i] = { index: first + i, term: this.term, type, data: batch[i] as Uint8Array };
    }
    this.log.append(entries);
    this.broadcastEntries = true;
    return first;
  }

  private checkCanPropose(): void {
    if (this.role !== StateRole.Leader) throw new CoreNotLeaderError(this.lead);
    if (this.leadTransferee !== 0) {
      throw new ProposalDroppedError(`leadership transfer to ${this.leadTransferee} in progress`);
    }
  }

  /** Sends appends to `to` while it is not paused and there is something to send. */
  private sendAppends(to: number, sendIfEmpty: boolean): void {
    const progress = this.tracker.progress.get(to);
    if (progress === undefined) return;
    let sent = this.sendAppend(to, progress, sendIfEmpty);
    while (sent && progress.state === ProgressState.Replicate) {
      if (progress.isPaused() || progress.next > this.log.lastIndex()) break;
      sent = this.sendAppend(to, progress, false);
    }
  }

  /** One Append (or a Snapshot when the entries are compacted). Returns true if sent. */
  private sendAppend(to: number, progress: Progress, sendIfEmpty: boolean): boolean {
    if (progress.isPaused()) return false;
    const prevLogIndex = progress.next - 1;
    const prevLogTerm = this.log.term(prevLogIndex);
    if (prevLogTerm === undefined) return this.sendSnapshot(to, progress);
    let entries: readonly Entry[] = [];
    const lastIndex = this.log.lastIndex();
    if (progress.next <= lastIndex) {
      const hi = Math.min(lastIndex + 1, progress.next + this.config.maxEntriesPerMessage);
      try {
        entries = this.log.slice(progress.next, hi, this.config.maxBytesPerMessage);
      } catch (error) {
        if (error instanceof LogCompactedError) return this.sendSnapshot(to, progress);
        throw error;
      }
    }
    if (entries.length === 0 && !sendIfEmpty) return false;
    let sizeBytes = 0;
    for (const entry of entries) sizeBytes += entrySizeBytes(entry);
    const message: AppendRequest = {
      type: MessageType.Append,
      from: this.id,
      to,
      term: this.term,
      prevLogIndex,
      prevLogTerm,
      entries,
      commit: this.log.committed,
      toIncarnation: this.expectedPeerIncarnation(to),
    };
    this.send(message);
    progress.sentEntries(prevLogIndex + entries.length, entries.length, sizeBytes);
    return true;
  }

  private sendSnapshot(to: number, progress: Progress): boolean {
    // A follower we have not heard from lately may be down: do not ship a snapshot blindly.
    if (!progress.recentActive) return false;
    const snapshot = this.log.snapshot();
    assert(snapshot.metadata.index > 0, "entries are compacted but there is no snapshot");
    progress.becomeSnapshot(snapshot.metadata.index);
    this.send({
      type: MessageType.Snapshot,
      from: this.id,
      to,
      term: this.term,
      snapshot,
      toIncarnation: this.expectedPeerIncarnation(to),
    });
    return false;
  }

  private broadcastHeartbeat(context: Uint8Array): void {
    for (const [id, progress] of this.tracker.progress) {
      if (id === this.id) continue;
      this.send({
        type: MessageType.Heartbeat,
        from: this.id,
        to: id,
        term: this.term,
        // Never beyond what the follower is known to hold.
        commit: Math.min(progress.match, this.log.committed),
        context,
        // No later than the real send time: the lease never starts late.
        sentMs: Math.floor(this.nowMs),
        toIncarnation: this.expectedPeerIncarnation(id),
      });
    }
  }

  private sendTimeoutNow(to: number): void {
    this.leaseGivenAway = true;
    this.send({
      type: MessageType.TimeoutNow,
      from: this.id,
      to,
      term: this.term,
      toIncarnation: this.expectedPeerIncarnation(to),
    });
  }

  private abortLeaderTransfer(): void {
    this.leadTransferee = 0;
  }

  /** Raft §5.3 (with fast back-off), §5.4.2 (commit only current-term entries). */
  private handleAppendResponse(m: AppendResponse): void {
    const progress = this.tracker.progress.get(m.from);
    if (progress === undefined) return;
    progress.recentActive = true;
    if (m.reject) {
      let hint = m.rejectHintIndex;
      if (m.rejectHintTerm > 0) {
        hint = this.log.findConflictByTerm(m.rejectHintIndex, m.rejectHintTerm).index;
      }
      if (progress.maybeDecrTo(m.index, hint)) {
        if (progress.state === ProgressState.Replicate) progress.becomeProbe();
        this.sendAppends(m.from, true);
      }
      return;
    }
    // A follower can never have matched more than this leader holds in its own term (Leader
    // Completeness; a follower answers a stale append with its commit index, which is
    // committed and so in this log): such a response is not trusted.
    if (m.index > this.log.lastIndex()) return;
    // As etcd-io/raft: an ack at exactly the known match of a probing follower advances
    // nothing, but it shows the follower's log matches here: resume replication, or the
    // follower stays in probe and gets one append per heartbeat.
    const updated = progress.maybeUpdate(m.index);
    if (!updated && !(progress.match === m.index && progress.state === ProgressState.Probe)) {
      return;
    }
    if (progress.state === ProgressState.Probe) {
      progress.becomeReplicate();
    } else if (progress.state === ProgressState.Snapshot) {
      if (progress.match + 1 >= this.log.firstIndex()) {
        progress.becomeProbe();
        progress.becomeReplicate();
      }
    } else {
      progress.inflights.freeLE(m.index);
    }
    this.maybeCommitAndBroadcast();
    this.sendAppends(m.from, false);
    if (m.from === this.leadTransferee && progress.match === this.log.lastIndex()) {
      this.sendTimeoutNow(m.from);
    }
  }

  private handleHeartbeatResponse(m: HeartbeatResponse): void {
    const progress = this.tracker.progress.get(m.from);
    if (progress === undefined) return;
    progress.recentActive = true;
    progress.probeSent = false;
    if (m.sentMs > progress.ackedHeartbeatSentMs) progress.ackedHeartbeatSentMs = m.sentMs;
    // Every append of a full window may have been lost: let one through to find out.
    if (progress.state === ProgressState.Replicate && progress.inflights.full()) {
      progress.inflights.freeFirstOne();
    }
    // An empty append probes a follower whose appends may have been lost.
    if (progress.match < this.log.lastIndex()) this.sendAppends(m.from, true);
    if (m.context.length === 0) return;
    const acks = this.readOnly.recvAck(m.from, m.context);
    if (acks === undefined || !this.tracker.isQuorum(acks)) return;
    for (const request of this.readOnly.advance(m.context)) {
      this.respondRead(request.from, request.index, request.context);
    }
  }

  private maybeCommitAndBroadcast(): void {
    if (!this.log.maybeCommit(this.tracker.committed(), this.term)) return;
    this.broadcastCommit = true;
    if (this.pendingReads.length > 0) {
      const reads = this.pendingReads;
      this.pendingReads = [];
      // No time with this call: a lease read waiting here takes a ReadIndex round.
      for (const read of reads) this.leaderRead(read, undefined);
    }
  }

  // ---------------------------------------------------------------- reads

  private committedInTerm(): boolean {
    return this.log.term(this.log.committed) === this.term;
  }

  /**
   * Thesis §6.4 (ReadIndex) and §6.4.1 (leases). A lease read is answered from the lease only
   * if it holds at `nowMs`, the time of the call serving it. Returns false when the queue is
   * full.
   */
  private leaderRead(read: PendingRead, nowMs: number | undefined): boolean {
    if (!this.committedInTerm()) {
      if (this.pendingReads.length >= this.config.maxPendingReadIndexRequests) return false;
      this.pendingReads.push(read);
      return true;
    }
    const leased = read.lease && nowMs !== undefined && this.leaseValid(nowMs);
    if (leased || this.tracker.isSingleton(this.id)) {
      this.respondRead(read.from, this.log.committed, read.context);
      return true;
    }
    if (this.readOnly.full()) return false;
    this.readOnly.add(this.log.committed, read.context, read.from, this.id);
    this.broadcastHeartbeat(read.context);
    return true;
  }

  private respondRead(from: number, index: number, context: Uint8Array): void {
    if (from === this.id) {
      this.readStates.push({ index, context });
      return;
    }
    this.send({
      type: MessageType.ReadIndexResponse,
      from: this.id,
      to: from,
      term: this.term,
      index,
      context,
    });
  }

  // ---------------------------------------------------------------- follower side

  private handleAppend(m: AppendRequest): void {
    if (m.prevLogIndex < this.log.committed) {
      this.sendAppendResponse(m.from, this.log.committed, false, 0, 0);
      return;
    }
    const lastNewIndex = this.log.maybeAppend(m.prevLogIndex, m.prevLogTerm, m.commit, m.entries);
    if (lastNewIndex !== undefined) {
      this.sendAppendResponse(m.from, lastNewIndex, false, 0, 0);
      return;
    }
    const probeAt = Math.min(m.prevLogIndex, this.log.lastIndex());
    const hint = this.log.findConflictByTerm(probeAt, m.prevLogTerm);
    this.sendAppendResponse(m.from, m.prevLogIndex, true, hint.index, hint.term);
  }

  /** One object shape for every AppendResponse (built literally: no spreads on this path). */
  private sendAppendResponse(
    to: number,
    index: number,
    reject: boolean,
    rejectHintIndex: number,
    rejectHintTerm: number,
  ): void {
    this.send({
      type: MessageType.AppendResponse,
      from: this.id,
      to,
      term: this.term,
      index,
      reject,
      rejectHintIndex,
      rejectHintTerm,
    });
  }

  private handleHeartbeat(m: HeartbeatRequest): void {
    this.log.commitTo(m.commit);
    this.send({
      type: MessageType.HeartbeatResponse,
      from: this.id,
      to: m.from,
      term: this.term,
      context: m.context,
      sentMs: m.sentMs,
    });
  }

  private handleSnapshot(from: number, snapshot: Snapshot): void {
    const restored = this.restore(snapshot);
    this.sendAppendResponse(
      from,
      restored ? this.log.lastIndex() : this.log.committed,
      false,
      0,
      0,
    );
  }

  /** Installs a snapshot from the leader; false when it is old or our log already has it. */
  private restore(snapshot: Snapshot): boolean {
    const { index, term, confState } = snapshot.metadata;
    if (index <= this.log.committed) return false;
    assert(this.role === StateRole.Follower, "only a follower restores a snapshot");
    if (this.log.matchTerm(index, term)) {
      // Our log has the entry: just fast-forward the commit index.
      this.log.commitTo(index);
      return false;
    }
    this.log.restore(snapshot);
    this.tracker = new ProgressTracker();
    switchConfig(this.tracker, configFromConfState(confState), this.log.lastIndex(), this.limits);
    return true;
  }

  private send(m: Message): void {
    assert(m.to !== this.id, `message ${m.type} to self`);
    this.msgs.push(m);
  }
}
