/**
 * RawNode: the Ready / advance interface of the core (after etcd-io/raft's RawNode).
 *
 * The node loop MUST handle each Ready as follows:
 *
 *  1. Persist. If `snapshot` is set, install it in storage BEFORE the entries. Append
 *     `entries` (they replace any stored suffix from entries[0].index on) and write
 *     `hardState` if set. When `mustSync` is true, all of it MUST be durable (one write and
 *     one fdatasync for the batch) BEFORE step 2b and step 3.
 *  2. Send.
 *     a. `messages` MAY be sent right away, BEFORE or while step 1 runs: they are the
 *        leader's appends, heartbeats, snapshots and TimeoutNow, which promise nothing about
 *        this node's durable state. (A leader counts its own entries towards a quorum only
 *        AFTER advance() reports them persisted.)
 *     b. `messagesAfterPersist` MUST be sent only AFTER step 1 is durable: votes, append
 *        acknowledgements and everything else whose meaning depends on the persisted state.
 *        When the Ready changes the term or the vote, every message is in this list.
 *  3. Apply `committedEntries` in order (AFTER step 1: they may include entries from this
 *     Ready's `entries`). Those below entries[0].index (all of them when `entries` is empty)
 *     were made durable by earlier Readys and are committed: they MAY be applied before or
 *     while step 1 runs (the node does, so that their proposers are not answered one write
 *     later). A CONF_CHANGE entry needs nothing from the caller (advance()
 *     applies it to the core). Answer each ReadState in `readStates` once the applied index
 *     is >= its index. If `snapshot` is set, restore the state machine from it first.
 *  4. Call advance() AFTER steps 1 and 3. ready() MUST NOT be called again before
 *     advance(); tick(), step() and the proposal methods MAY be called in between.
 *
 * Ownership: the Ready's arrays and entries belong to the caller after ready(); the core
 * does not mutate them, and the caller MUST NOT mutate them either (they may be shared with
 * messages and the core's unstable log).
 */
import {
  type ConfState,
  type Entry,
  EntryType,
  type HardState,
  hardStateEqual,
} from "../types/index.js";
import { assert } from "../util/assert.js";
import { type ConfChange, decodeConfChange } from "./confchange/index.js";
import type { RaftConfig, ReadMode } from "./config.js";
import { type ProposalPosition, Raft } from "./raft.js";
import { confStateOf, type Progress } from "./tracker/index.js";
import { type Message, MessageType, type ReadState, type Snapshot, StateRole } from "./types.js";
import { validateMessage } from "./validate.js";

export interface SoftState {
  readonly lead: number;
  readonly role: StateRole;
}

export interface Ready {
  /** Set when the soft state (leader, role) changed; volatile, never persisted. */
  readonly softState: SoftState | undefined;
  /** Set when it changed since the last Ready: persist it (step 1). */
  readonly hardState: HardState | undefined;
  /** Entries to append durably (step 1). */
  readonly entries: readonly Entry[];
  /** A snapshot to install durably and restore (steps 1 and 3). */
  readonly snapshot: Snapshot | undefined;
  /** Committed entries to apply in order (step 3). */
  readonly committedEntries: readonly Entry[];
  /** May be sent before persisting (step 2a). */
  readonly messages: readonly Message[];
  /** Must be sent only after persisting (step 2b). */
  readonly messagesAfterPersist: readonly Message[];
  /** Reads that became safe (step 3). */
  readonly readStates: readonly ReadState[];
  /** Whether step 1 needs an fdatasync (entries, snapshot, term or vote changed). */
  readonly mustSync: boolean;
}

export interface Status {
  readonly id: number;
  readonly term: number;
  readonly vote: number;
  readonly lead: number;
  readonly role: StateRole;
  readonly commit: number;
  readonly applied: number;
  readonly lastIndex: number;
  readonly confState: ConfState;
  readonly leadTransferee: number;
  readonly progress: ReadonlyMap<number, Progress> | undefined;
}

interface Outstanding {
  readonly lastEntry: { index: number; term: number } | undefined;
  readonly snapshotIndex: number | undefined;
  readonly committedEntries: readonly Entry[];
}

export class RawNode {
  readonly raft: Raft;
  private prevHardState: HardState;
  private prevSoftState: SoftState;
  private outstanding: Outstanding | undefined = undefined;
  /** Results of conf changes applied by the last advance(): entry index -> applied. */
  readonly confChangeResults = new Map<number, boolean>();

  constructor(config: RaftConfig) {
    this.raft = new Raft(config);
    this.prevHardState = this.hardState();
    this.prevSoftState = this.softState();
  }

  /**
   * Time: `nowMs` is the caller's monotonic clock in milliseconds (any origin, never going
   * back; InvalidArgumentError otherwise). Elections count ticks; leases use `nowMs` (see
   * RaftOptions.leaseDurationMs). Passing it with every tick and message keeps heartbeat send
   * times current; a lease read is served from the lease only by a call that carries it.
   */
  tick(nowMs?: number): void {
    this.raft.tick(nowMs);
  }

  /**
   * Throws InvalidArgumentError for a malformed message (terms and indexes not safe ints).
   * `fromIncarnation`: the incarnation the sender presented in the handshake of the connection
   * the message came on (0 when not given; see src/raft/incarnation.ts).
   */
  step(message: Message, nowMs?: number, fromIncarnation = 0): void {
    validateMessage(message);
    this.raft.step(message, nowMs, fromIncarnation);
  }

  /** Proposes one command; returns where it landed (see Raft.propose for errors). */
  propose(data: Uint8Array): ProposalPosition {
    return this.raft.propose([data]);
  }

  /** Proposes commands as consecutive entries; returns the first one's position. */
  proposeBatch(batch: readonly Uint8Array[]): ProposalPosition {
    return this.raft.propose(batch);
  }

  proposeConfChange(change: ConfChange): ProposalPosition {
    return this.raft.proposeConfChange(change);
  }

  /** `nowMs` is required for ReadMode.Lease: the lease is checked against it. */
  readIndex(context: Uint8Array, mode?: ReadMode, nowMs?: number): void {
    this.raft.readIndex(context, mode, nowMs);
  }

  transferLeader(target: number): void {
    this.raft.transferLeader(target);
  }

  reportUnreachable(peer: number): void {
    this.raft.reportUnreachable(peer);
  }

  reportSnapshot(peer: number, ok: boolean): void {
    this.raft.reportSnapshot(peer, ok);
  }

  private hardState(): HardState {
    return { term: this.raft.term, vote: this.raft.vote, commit: this.raft.log.committed };
  }

  private softState(): SoftState {
    return { lead: this.raft.lead, role: this.raft.role };
  }

  /** True when ready() would return something to do. False while a Ready is outstanding. */
  hasReady(): boolean {
    if (this.outstanding !== undefined) return false;
    const raft = this.raft;
    if (raft.msgs.length > 0 || raft.readStates.length > 0 || raft.hasPendingBroadcast()) {
      return true;
    }
    const unstable = raft.log.unstable;
    if (unstable.nextSnapshot() !== undefined) return true;
    if (unstable.offsetInProgress < unstable.offset + unstable.entries.length) return true;
    if (raft.log.hasNextCommittedEntries()) return true;
    if (!hardStateEqual(this.hardState(), this.prevHardState)) return true;
    const soft = this.softState();
    return soft.lead !== this.prevSoftState.lead || soft.role !== this.prevSoftState.role;
  }

  /** Collects the work to do (see the contract above). Call advance() when it is done. */
  ready(): Ready {
    assert(this.outstanding === undefined, "ready() called before advance()");
    const raft = this.raft;
    raft.flushBroadcast();
    const log = raft.log;
    const entries = log.unstable.nextEntries();
    const snapshot = log.unstable.nextSnapshot();
    const committedEntries = log.nextCommittedEntries();
    const hardState = this.hardState();
    const hardStateChanged = !hardStateEqual(hardState, this.prevHardState);
    const termOrVoteChanged =
      hardState.term !== this.prevHardState.term || hardState.vote !== this.prevHardState.vote;
    const { messages, messagesAfterPersist } = splitMessages(raft.msgs, termOrVoteChanged);
    raft.msgs = [];
    const readStates = raft.readStates;
    raft.readStates = [];
    const softState = this.softState();
    const softChanged =
      softState.lead !== this.prevSoftState.lead || softState.role !== this.prevSoftState.role;
    log.unstable.acceptInProgress();
    const lastCommitted = committedEntries[committedEntries.length - 1];
    if (lastCommitted !== undefined) log.acceptApplying(lastCommitted.index);
    const lastEntry = entries[entries.length - 1];
    this.outstanding = {
      lastEntry:
        lastEntry === undefined ? undefined : { index: lastEntry.index, term: lastEntry.term },
      snapshotIndex: snapshot?.metadata.index,
      committedEntries,
    };
    this.prevHardState = hardState;
    this.prevSoftState = softState;
    return {
      softState: softChanged ? softState : undefined,
      hardState: hardStateChanged ? hardState : undefined,
      entries,
      snapshot,
      committedEntries,
      messages,
      messagesAfterPersist,
      readStates,
      mustSync: entries.length > 0 || snapshot !== undefined || termOrVoteChanged,
    };
  }

  /** Reports the last Ready handled (persisted, sent, applied). */
  advance(): void {
    const done = this.outstanding;
    assert(done !== undefined, "advance() without an outstanding Ready");
    this.outstanding = undefined;
    const raft = this.raft;
    if (done.snapshotIndex !== undefined) {
      raft.log.unstable.stableSnapTo(done.snapshotIndex);
      if (done.snapshotIndex > raft.log.applied) raft.log.appliedTo(done.snapshotIndex);
    }
    if (done.lastEntry !== undefined) {
      raft.onPersisted(done.lastEntry.index, done.lastEntry.term);
    }
    this.confChangeResults.clear();
    const committed = done.committedEntries;
    for (const entry of committed) {
      if (entry.type === EntryType.CONF_CHANGE) {
        this.confChangeResults.set(entry.index, raft.applyConfChange(decodeConfChange(entry.data)));
      }
    }
    const last = committed[committed.length - 1];
    if (last !== undefined && last.index > raft.log.applied) {
      raft.log.appliedTo(last.index);
      raft.reduceUncommittedBytes(committed);
    }
    raft.maybeAutoLeave();
  }

  status(): Status {
    const raft = this.raft;
    return {
      id: raft.id,
      term: raft.term,
      vote: raft.vote,
      lead: raft.lead,
      role: raft.role,
      commit: raft.log.committed,
      applied: raft.log.applied,
      lastIndex: raft.log.lastIndex(),
      confState: confStateOf(raft.tracker.config),
      leadTransferee: raft.leadTransferee,
      progress: raft.role === StateRole.Leader ? raft.tracker.progress : undefined,
    };
  }
}

/** Leader replication messages may leave before the write; everything else waits for it. */
function splitMessages(
  msgs: readonly Message[],
  termOrVoteChanged: boolean,
): { messages: Message[]; messagesAfterPersist: Message[] } {
  const messages: Message[] = [];
  const messagesAfterPersist: Message[] = [];
  for (const m of msgs) {
    const early =
      m.type === MessageType.Append ||
      m.type === MessageType.Heartbeat ||
      m.type === MessageType.Snapshot ||
      m.type === MessageType.TimeoutNow;
    if (early && !termOrVoteChanged) messages.push(m);
    else messagesAfterPersist.push(m);
  }
  return { messages, messagesAfterPersist };
}
