/**
 * RaftNode's public API: its methods with their contracts (RaftNodeApi), its status, its
 * events, and the callback and options its methods take. src/node/raft-node.ts implements it.
 */
import type { Logger } from "pino";
import type { FileSystem, GroupCommitInfo } from "../storage/index.js";
import type { TransportStats } from "../transport/index.js";
import type { ConfState } from "../types/index.js";
import type { Member } from "./address-book.js";
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

/**
 * What a RaftNode offers its users (RaftNode implements it; src/node/raft-node.ts). Methods
 * that act on the cluster throw or reject with the node's typed errors (errors.ts):
 * StoppedError before start() and after stop(), NotLeaderError (with the leader's address
 * when known) where only a leader can act, TimeoutError past a deadline.
 */
export interface RaftNodeApi<Command, Response, Query = Command> {
  /**
   * Opens the data directory (recovering it), restores the state machine, joins the cluster.
   * A founder on a fresh data directory first meets every founding member (founding.ts): its
   * start resolves once all of them were reached, and stop() meanwhile makes it reject with
   * StoppedError. Called once.
   */
  start(): Promise<void>;
  /**
   * Stops the loop, the transport and the ticker, fails everything pending (and every wait
   * made later) with StoppedError, closes the log (releasing the data directory). Also
   * cleans up after a fatal error. Idempotent.
   */
  stop(): Promise<void>;
  /** The address this node listens on ("host:port"; "" before start()). */
  address(): string;
  /** True between a successful start() and stop() (or a fatal error). */
  isRunning(): boolean;
  isLeader(): boolean;
  /** The leader's id as this node knows it; undefined when none is known. */
  leaderId(): number | undefined;
  /** The leader's address as this node knows it; "" when none is known. */
  leaderAddress(): string;
  /** Resolves with the leader's id once one is known; rejects with TimeoutError. */
  waitForLeader(timeoutMs?: number): Promise<number>;

  /** Proposes a command; resolves with the state machine's response once applied here. */
  propose(command: Command): Promise<Response>;
  /**
   * Proposes an encoded command in a client session: a retried (clientId, sequence) takes
   * effect once and is answered with the first response (the client protocol uses this).
   * `firstUnansweredSequence`: every lower sequence of the session was answered (sessions.ts).
   */
  proposeEncoded(
    clientId: number,
    sequence: number,
    command: Uint8Array,
    firstUnansweredSequence?: number,
  ): Promise<Uint8Array>;
  /**
   * proposeEncoded with a callback instead of a promise, called once, synchronously from the
   * apply (or at once on refusal): the client protocol (client-service.ts) answers from it
   * without a promise hop. `settle` must not throw: it runs inside the Ready loop, where an
   * exception stops the node.
   */
  proposeEncodedWith(
    clientId: number,
    sequence: number,
    command: Uint8Array,
    firstUnansweredSequence: number,
    settle: ProposalCallback,
  ): void;
  /**
   * A read of the state machine. "linearizable" (default): ReadIndex, confirmed by a quorum
   * heartbeat round; "lease": ReadIndex served from the leader's lease if it holds on the
   * leader's monotonic clock when the read reaches it, else with a round (needs leaseReads;
   * see docs/operations.md, "Clocks and leases"); "stale": this replica's state right now.
   */
  readIndex(query: Query, consistency?: ReadConsistency): Promise<Response>;
  /** As readIndex, with the query and the response as encoded bytes. */
  readEncoded(query: Uint8Array, consistency: ReadConsistency): Promise<Uint8Array>;
  /**
   * Resolves once this node has applied every entry committed when it was called (the
   * barrier of a linearizable read, without the query): what this node's state machine
   * answers afterwards includes every write acknowledged before the call.
   */
  catchUp(): Promise<void>;

  /** Adds a voter the safe way: learner first, promoted once caught up (membership.ts). */
  addNode(nodeId: number, address: string): Promise<void>;
  /** Adds a learner: it receives the log and does not vote (membership.ts). */
  addLearner(nodeId: number, address: string): Promise<void>;
  /** Makes a learner a voter, bound to the disk it runs on now (membership.ts). */
  promote(nodeId: number, options?: PromoteOptions): Promise<void>;
  /** Removes a member (a voter or a learner) from the cluster. */
  removeNode(nodeId: number): Promise<void>;
  /**
   * Hands leadership to `target`; resolves once it leads, asking again while the core aborts
   * the transfer, until `transferTimeoutMs` (default 5 x electionTimeoutMaxMs) has passed.
   */
  transferLeadership(target: number, transferTimeoutMs?: number): Promise<void>;
  /** Current members with their addresses and roles. */
  members(): Member[];
  /** Role, term, indexes, members and (on the leader) each peer's progress. */
  status(): NodeStatus;
  /**
   * The transport's counters since start: frames and bytes sent and received, socket writes,
   * dropped frames, refused connections (the admin /metrics exports them as
   * ruvraft_transport_*_total). Undefined before start, and for a transport without counters
   * (an in-memory or simulated network).
   */
  transportStats(): TransportStats | undefined;
  /**
   * Takes a snapshot now (whatever the thresholds) and compacts the log; resolves with what it
   * covers and its file once the snapshot file is durable (compaction-manager.ts).
   */
  snapshotNow(): Promise<{ index: number; term: number; file: string }>;
}
