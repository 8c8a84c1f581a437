/**
 * Plain data types of the Raft core: snapshots, reads, messages and roles. Entries, the hard
 * state, the membership and a snapshot's metadata are shared with the other layers and live in
 * src/types/. Everything here is numbers, booleans, Uint8Array and arrays so that the transport
 * can map it to protobuf and the simulation can copy it. Terms, indexes and node ids are safe
 * integers; node ids are positive (0 means "none").
 */
import type { Entry, SnapshotMetadata } from "../types/index.js";

export interface Snapshot {
  readonly metadata: SnapshotMetadata;
  /**
   * State machine image at `metadata.index`; opaque to the core. RaftNode leaves it empty: its
   * snapshots live in files that the node and the transport stream (src/node/node-snapshot.ts).
   */
  readonly data: Uint8Array;
}

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
   * Set on an append with no entries sent only to pass on a new commit index to a follower
   * known to hold the whole log (replicating, match = prevLogIndex = the leader's last
   * index): a follower that accepts it takes the commit index and does not answer, since an
   * answer would tell the leader nothing (check-quorum, reads and leases hear it through
   * heartbeats); a rejection is answered. replication.ts, isCommitOnly. Absent: false.
   */
  readonly commitOnly?: boolean;
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
