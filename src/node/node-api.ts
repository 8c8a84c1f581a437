/**
 * The public types of RaftNode's API: its status, its events, and the callback and options
 * its methods take (src/node/raft-node.ts has the methods).
 */
import type { ConfState } from "../raft/index.js";
import type { GroupCommitInfo } from "../storage/index.js";

export type ReadConsistency = "linearizable" | "lease" | "stale";

export interface NodeStatus {
  nodeId: number;
  /** The incarnation of this node's data directory (docs/architecture.md, "Node identity"). */
  incarnation: number;
  /** The cluster generation this node runs (docs/architecture.md, "Cluster generations"). */
  generation: number;
  address: string;
  role: "follower" | "pre-candidate" | "candidate" | "leader";
  term: number;
  leaderId: number;
  commitIndex: number;
  appliedIndex: number;
  lastIndex: number;
  snapshotIndex: number;
  confState: ConfState;
  /**
   * Leader only: each member's replication progress, and whether the leader heard from it
   * within the last election timeout (`recentActive`, maintained by check-quorum).
   */
  peers: {
    nodeId: number;
    address: string;
    matchIndex: number;
    /** How long ago the leader appended the first entry the peer lacks (0: it has them all). */
    lagMs: number;
    learner: boolean;
    recentActive: boolean;
  }[];
  /** Proposals (commands and membership changes) waiting for their entry to apply. */
  proposalsPending: number;
  /** Bytes of the log on disk: its segment files and the spare segment. */
  logDiskBytes: number;
}

export interface RaftNodeEvents {
  roleChange: [{ role: NodeStatus["role"]; term: number }];
  leaderChange: [{ leaderId: number; term: number }];
  applied: [{ index: number }];
  /** A membership change was applied: members() shows it from now on. */
  membershipChange: [{ appliedIndex: number }];
  snapshot: [{ index: number; term: number; kind: "taken" | "installed" }];
  /** A durable write of the log: its size and write + fdatasync latency. */
  groupCommit: [GroupCommitInfo];
  /** A proposal accepted by the core (this node is the leader). */
  proposal: [{ index: number }];
  /** An outbound snapshot finished, `durationMs` after the node handed it to the transport. */
  snapshotSent: [{ peerId: number; ok: boolean; durationMs: number }];
  /**
   * A snapshot from the leader arrived whole and was checked: `ok` when the node took it.
   * `streamMs`: how long the transport took to receive it (absent when it does not say).
   */
  snapshotReceived: [{ peerId: number; ok: boolean; streamMs?: number }];
  /**
   * A proposal of this node was answered from its applied entry, `durationMs` after it was
   * proposed: `applied` (the state machine's response) or `failed` (replaced by another
   * leader's entry, or refused by its session).
   */
  proposalSettled: [{ durationMs: number; outcome: "applied" | "failed" }];
  /** The node hit a fatal error (a failed write or fsync, a broken invariant) and stopped serving. */
  failed: [Error];
}

/** RaftNode.promote options. */
export interface PromoteOptions {
  /** Promote even a learner more than promoteLagMaxEntries behind (default false). */
  force?: boolean;
}

/** Answers a proposal: an error, or the state machine's encoded response. */
export type ProposalCallback = (error: Error | undefined, response?: Uint8Array) => void;
