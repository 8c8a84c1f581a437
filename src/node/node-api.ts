/**
 * The public types of RaftNode's API: its status, its events, and the callback and options
 * its methods take (src/node/raft-node.ts has the methods).
 */
import type { Logger } from "pino";
import type { FileSystem, GroupCommitInfo } from "../storage/index.js";
import type { ConfState } from "../types/index.js";
import type { Clock } from "./clock.js";
import type { Random } from "./random.js";
import type { TransportFactory } from "./transport-port.js";

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
  /** Promote even a learner more than promoteLagEntryCountMax behind (default false). */
  force?: boolean;
}

/** Answers a proposal: an error, or the state machine's encoded response. */
export type ProposalCallback = (error: Error | undefined, response?: Uint8Array) => void;

/** What a RaftNode takes besides its options, state machine and codec. */
export interface RaftNodeExtras<Command, Response> {
  transport: TransportFactory;
  logger?: Logger;
  /**
   * The file system of the data directory (default: the real one). Everything the node
   * reads or writes there goes through it: the log, snapshots, the incarnation file and
   * snapshot files the transport received. Tests inject disk faults through it; a
   * simulator runs the node over an in-memory one.
   */
  fileSystem?: FileSystem;
  /**
   * Take the data directory's lock (proper-lockfile, on the real disk with real timers;
   * default true). A simulator whose file system is private to the node passes false.
   */
  lockDataDirectory?: boolean;
  /**
   * Randomness (default: node:crypto): the incarnation of a joining node's new data
   * directory, the run id in read contexts, and the core's seed when config.randomSeed
   * is unset. A simulator passes a seeded one, which must not repeat its draws when it
   * restarts a node (a new RaftNode on the same data directory needs a new run id).
   */
  random?: Random;
  /** Monotonic time, the ticker and every deadline (default: systemClock). */
  clock?: Clock;
  /**
   * A check at propose time, on the node that receives the proposal, before it is logged:
   * a response returned here answers the proposal and nothing is proposed. For limits that
   * do not depend on the replicated state (those belong to apply, identical everywhere),
   * such as what the local engine can build (src/engine/admission.ts).
   */
  admit?: (command: Command) => Response | undefined;
}
