/**
 * Plain data types of the Raft core: entries, hard state, membership, snapshots and messages.
 * Everything here is numbers, booleans, Uint8Array and arrays so that the transport can map it
 * to protobuf and the simulation can copy it. Terms, indexes and node ids are safe integers;
 * node ids are positive (0 means "none").
 */

/** Entry types. The numbers equal the on-disk protobuf `EntryType` (src/proto/wal.proto). */
export const EntryType = {
  /** An application command; data is opaque to the core. */
  Normal: 1,
  /** A membership change; data is an encoded ConfChange (confchange/codec.ts). */
  ConfChange: 2,
  /** The empty entry a new leader appends at the start of its term. */
  NoOp: 3,
} as const;
export type EntryType = (typeof EntryType)[keyof typeof EntryType];

export interface Entry {
  readonly index: number;
  readonly term: number;
  readonly type: EntryType;
  readonly data: Uint8Array;
}

/** State that MUST be durable before any vote or acknowledgement that depends on it leaves. */
export interface HardState {
  readonly term: number;
  /** The node voted for in `term`; 0 = none. */
  readonly vote: number;
  readonly commit: number;
}

export const EMPTY_HARD_STATE: HardState = { term: 0, vote: 0, commit: 0 };

export function hardStateEqual(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

/**
 * Membership. In a joint configuration `votersOutgoing` is non-empty and decisions need a
 * majority of both `voters` and `votersOutgoing`.
 * Invariant: learners and learnersNext are disjoint from voters; learnersNext is a subset of
 * votersOutgoing (voters that become learners when the joint configuration is left).
 */
export interface ConfState {
  readonly voters: readonly number[];
  readonly votersOutgoing: readonly number[];
  readonly learners: readonly number[];
  readonly learnersNext: readonly number[];
  /** Leave the joint configuration automatically once it is applied. */
  readonly autoLeave: boolean;
  /**
   * The incarnation of the disk behind each member's seat, sorted by node id. Only non-zero
   * incarnations are listed: a member not listed has incarnation 0 (its data predates
   * incarnations: a founder of an older release).
   * Invariant: every listed node id is a member.
   */
  readonly incarnations: readonly MemberIncarnation[];
}

/**
 * A seat's disk. A node id names a seat in the membership; the incarnation (a random safe
 * integer drawn when a data directory is created, 0 for one older than incarnations; the
 * founding membership records every founder's, src/node/founding.ts) names the disk
 * behind it. A node whose own incarnation differs from its seat's never votes or campaigns.
 */
export interface MemberIncarnation {
  readonly nodeId: number;
  readonly incarnation: number;
}

export interface SnapshotMetadata {
  readonly index: number;
  readonly term: number;
  readonly confState: ConfState;
}

export interface Snapshot {
  readonly metadata: SnapshotMetadata;
  /**
   * State machine image at `metadata.index`; opaque to the core. RaftNode leaves it empty: its
   * snapshots live in files that the node and the transport stream (src/node/node-snapshot.ts).
   */
  readonly data: Uint8Array;
}

export const EMPTY_CONF_STATE: ConfState = {
  voters: [],
  votersOutgoing: [],
  learners: [],
  learnersNext: [],
  autoLeave: false,
  incarnations: [],
};

/** A read that became safe: the state machine may answer it once `applied >= index`. */
export interface ReadState {
  readonly index: number;
  readonly context: Uint8Array;
}

export const MessageType = {
  Vote: 1,
  VoteResponse: 2,
  PreVote: 3,
  PreVoteResponse: 4,
  Append: 5,
  AppendResponse: 6,
  Heartbeat: 7,
  HeartbeatResponse: 8,
  Snapshot: 9,
  TimeoutNow: 10,
  ReadIndex: 11,
  ReadIndexResponse: 12,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

interface MessageBase {
  readonly from: number;
  readonly to: number;
  /** The sender's term (for a PreVote: the term the sender would campaign with). */
  readonly term: number;
}

/** RequestVote (Raft §5.2) and PreVote (Ongaro thesis §9.6). */
export interface VoteRequest extends MessageBase {
  readonly type: typeof MessageType.Vote | typeof MessageType.PreVote;
  readonly lastLogIndex: number;
  readonly lastLogTerm: number;
  /** Set when the campaign follows a TimeoutNow: voters skip their leader lease check. */
  readonly transfer: boolean;
}

export interface VoteResponse extends MessageBase {
  readonly type: typeof MessageType.VoteResponse | typeof MessageType.PreVoteResponse;
  readonly reject: boolean;
}

/** AppendEntries (Raft §5.3). Carries entries in the half-open range (prevLogIndex, ...]. */
export interface AppendRequest extends MessageBase {
  readonly type: typeof MessageType.Append;
  readonly prevLogIndex: number;
  readonly prevLogTerm: number;
  readonly entries: readonly Entry[];
  readonly commit: number;
  /**
   * The disk (incarnation) the leader's membership records for the receiver's seat: this
   * message was built from that disk's progress, and another disk of the seat drops it
   * (incarnation.ts). Absent (undefined): any disk, for an unbound learner seat.
   */
  readonly toIncarnation?: number | undefined;
}

/**
 * On success `index` is the last index now known to match the leader. On reject `index` is
 * the rejected prevLogIndex and the hint names the follower's last entry at or below it whose
 * term is <= the leader's prevLogTerm (fast back-off, Raft §5.3 "optimization").
 */
export interface AppendResponse extends MessageBase {
  readonly type: typeof MessageType.AppendResponse;
  readonly index: number;
  readonly reject: boolean;
  readonly rejectHintIndex: number;
  readonly rejectHintTerm: number;
}

export interface HeartbeatRequest extends MessageBase {
  readonly type: typeof MessageType.Heartbeat;
  readonly commit: number;
  /** ReadIndex round context (empty when none). */
  readonly context: Uint8Array;
  /**
   * The leader's monotonic time (ms, whole) when it made this heartbeat, no later than it was
   * sent; echoed back for leases and compared only by that leader.
   */
  readonly sentMs: number;
  /** As AppendRequest.toIncarnation. */
  readonly toIncarnation?: number | undefined;
}

export interface HeartbeatResponse extends MessageBase {
  readonly type: typeof MessageType.HeartbeatResponse;
  readonly context: Uint8Array;
  /** The `sentMs` of the heartbeat this answers. */
  readonly sentMs: number;
}

export interface SnapshotRequest extends MessageBase {
  readonly type: typeof MessageType.Snapshot;
  readonly snapshot: Snapshot;
  /** As AppendRequest.toIncarnation. */
  readonly toIncarnation?: number | undefined;
}

export interface TimeoutNowRequest extends MessageBase {
  readonly type: typeof MessageType.TimeoutNow;
  /** As AppendRequest.toIncarnation. */
  readonly toIncarnation?: number | undefined;
}

/** A follower forwarding a read to its leader. */
export interface ReadIndexRequest extends MessageBase {
  readonly type: typeof MessageType.ReadIndex;
  readonly context: Uint8Array;
  /** The reader accepts a lease-based read (served without a heartbeat round if valid). */
  readonly lease: boolean;
}

export interface ReadIndexResponse extends MessageBase {
  readonly type: typeof MessageType.ReadIndexResponse;
  readonly index: number;
  readonly context: Uint8Array;
}

export type Message =
  | VoteRequest
  | VoteResponse
  | AppendRequest
  | AppendResponse
  | HeartbeatRequest
  | HeartbeatResponse
  | SnapshotRequest
  | TimeoutNowRequest
  | ReadIndexRequest
  | ReadIndexResponse;

export const StateRole = {
  Follower: 1,
  PreCandidate: 2,
  Candidate: 3,
  Leader: 4,
} as const;
export type StateRole = (typeof StateRole)[keyof typeof StateRole];

export function roleName(role: StateRole): string {
  switch (role) {
    case StateRole.Follower:
      return "follower";
    case StateRole.PreCandidate:
      return "pre-candidate";
    case StateRole.Candidate:
      return "candidate";
    case StateRole.Leader:
      return "leader";
  }
}

/** Bytes an entry counts for in message batching and inflight limits. */
export function entrySizeBytes(entry: Entry): number {
  return entry.data.byteLength + ENTRY_OVERHEAD_BYTES;
}

/** Fixed per-entry cost (index, term, type, framing) added to the payload size. */
export const ENTRY_OVERHEAD_BYTES = 24;
