/**
 * Configuration of one Raft core. Every limit is a named field with its unit; defaults are
 * gathered in `defaultRaftOptions()`.
 */
import { InvalidArgumentError } from "../util/errors.js";
import type { RandomSource } from "./random.js";
import type { Storage } from "./storage.js";

export const ReadMode = {
  /** ReadIndex with a heartbeat round confirming leadership (Raft thesis §6.4). */
  Safe: 1,
  /**
   * Lease-based (thesis §6.4.1): served from the commit index without a round while a quorum
   * acknowledged a heartbeat sent less than `leaseDurationMs` ago, measured on the monotonic
   * time the caller passes with the read. Requires check-quorum; assumes clock rates differ by
   * less than the margin `leaseDurationMs` leaves below the minimum election timeout.
   */
  Lease: 2,
} as const;
export type ReadMode = (typeof ReadMode)[keyof typeof ReadMode];

export interface RaftOptions {
  /**
   * A follower or candidate that hears from no leader for a randomized election timeout,
   * drawn uniformly from [electionTimeoutMinTicks, electionTimeoutMaxTicks) at each reset,
   * campaigns. Check-quorum, the vote refusal that protects leases and the transfer abort use
   * the minimum: it is the only bound every voter is known to respect.
   */
  electionTimeoutMinTicks: number;
  /** Exclusive upper bound of the randomized election timeout (above the minimum). */
  electionTimeoutMaxTicks: number;
  /** A leader sends heartbeats every this many ticks (below electionTimeoutMinTicks). */
  heartbeatIntervalTicks: number;
  /** Pre-vote (thesis §9.6): a partitioned node does not disrupt the cluster on rejoin. */
  preVote: boolean;
  /** Check-quorum: a leader steps down after an election timeout without a quorum. */
  checkQuorum: boolean;
  /** Most entries in one Append message. */
  messageEntryCountMax: number;
  /** Most entry bytes in one Append message (at least one entry is always sent). */
  messageBytesMax: number;
  /** Most unacknowledged Append messages per follower in Replicate state. */
  inflightMessageCountMax: number;
  /** Most unacknowledged entry bytes per follower in Replicate state. */
  inflightBytesMax: number;
  /** Proposals beyond this many uncommitted payload bytes fail with CoreOverloadedError. */
  uncommittedBytesMax: number;
  /** Most committed entry bytes handed out in one Ready (at least one entry). */
  readyCommittedBytesMax: number;
  /** Most ReadIndex requests waiting on the leader; more are rejected. */
  pendingReadIndexCountMax: number;
  /**
   * Allow lease-based reads (ReadMode.Lease). Requires checkQuorum and leaseDurationMs. With
   * leases on, a node also ignores vote requests for an election timeout after it starts, so
   * that a restart cannot cut a lease short.
   */
  leaseReads: boolean;
  /**
   * How long a lease lasts, in the milliseconds of the monotonic time the caller passes to
   * `tick`, `step` and `readIndex`, counted from the send time of the newest heartbeat a
   * quorum acknowledged. It MUST be shorter than the least real time a voter waits, after
   * receiving that heartbeat, before it grants a vote to anyone else: (electionTimeoutMinTicks
   * - 1) tick intervals (the first tick may come right after the heartbeat), minus a margin for
   * clock drift. The core has no clock and cannot check this; RaftNode derives it. 0 (the
   * default) is only allowed with leaseReads off.
   */
  leaseDurationMs: number;
  /** Default mode of `readIndex` (Lease needs leaseReads). */
  readMode: ReadMode;
  /** Index the state machine already applied on restart (0 = replay from the snapshot). */
  applied: number;
  /**
   * The incarnation of this node's disk (src/types/conf-state.ts MemberIncarnation): a random
   * safe integer drawn when its data directory was created (0 for one older than incarnations;
   * founders record each other's in the founding membership). The node votes and campaigns
   * only while its configuration lists it as a voter with this incarnation.
   */
  incarnation: number;
}

export interface RaftConfig extends RaftOptions {
  /** This node's id: a positive safe integer. */
  id: number;
  storage: Storage;
  random: RandomSource;
}

export function defaultRaftOptions(): RaftOptions {
  return {
    electionTimeoutMinTicks: 10,
    electionTimeoutMaxTicks: 20,
    heartbeatIntervalTicks: 1,
    preVote: true,
    checkQuorum: true,
    messageEntryCountMax: 1024,
    messageBytesMax: 1024 * 1024,
    inflightMessageCountMax: 256,
    inflightBytesMax: 32 * 1024 * 1024,
    uncommittedBytesMax: 64 * 1024 * 1024,
    readyCommittedBytesMax: 16 * 1024 * 1024,
    pendingReadIndexCountMax: 4096,
    leaseReads: false,
    leaseDurationMs: 0,
    readMode: ReadMode.Safe,
    applied: 0,
    incarnation: 0,
  };
}

export function raftConfig(
  base: { id: number; storage: Storage; random: RandomSource },
  options: Partial<RaftOptions> = {},
): RaftConfig {
  const config: RaftConfig = { ...defaultRaftOptions(), ...options, ...base };
  validateConfig(config);
  return config;
}

function positive(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidArgumentError(`${name} must be a positive integer, got ${value}`);
  }
}

export function validateConfig(config: RaftConfig): void {
  positive(config.id, "id");
  positive(config.electionTimeoutMinTicks, "electionTimeoutMinTicks");
  positive(config.electionTimeoutMaxTicks, "electionTimeoutMaxTicks");
  positive(config.heartbeatIntervalTicks, "heartbeatIntervalTicks");
  if (config.electionTimeoutMaxTicks <= config.electionTimeoutMinTicks) {
    throw new InvalidArgumentError(
      `electionTimeoutMaxTicks (${config.electionTimeoutMaxTicks}) must be above electionTimeoutMinTicks (${config.electionTimeoutMinTicks})`,
    );
  }
  if (config.heartbeatIntervalTicks >= config.electionTimeoutMinTicks) {
    throw new InvalidArgumentError(
      `heartbeatIntervalTicks (${config.heartbeatIntervalTicks}) must be below electionTimeoutMinTicks (${config.electionTimeoutMinTicks})`,
    );
  }
  positive(config.messageEntryCountMax, "messageEntryCountMax");
  positive(config.messageBytesMax, "messageBytesMax");
  positive(config.inflightMessageCountMax, "inflightMessageCountMax");
  positive(config.inflightBytesMax, "inflightBytesMax");
  positive(config.uncommittedBytesMax, "uncommittedBytesMax");
  positive(config.readyCommittedBytesMax, "readyCommittedBytesMax");
  positive(config.pendingReadIndexCountMax, "pendingReadIndexCountMax");
  if (!Number.isSafeInteger(config.applied) || config.applied < 0) {
    throw new InvalidArgumentError(`applied must be a non-negative integer`);
  }
  if (!Number.isSafeInteger(config.incarnation) || config.incarnation < 0) {
    throw new InvalidArgumentError(
      `incarnation must be a non-negative safe integer, got ${config.incarnation}`,
    );
  }
  if (config.leaseReads && !config.checkQuorum) {
    throw new InvalidArgumentError("lease reads require checkQuorum");
  }
  if (!Number.isFinite(config.leaseDurationMs) || config.leaseDurationMs < 0) {
    throw new InvalidArgumentError(
      `leaseDurationMs must be a non-negative number, got ${config.leaseDurationMs}`,
    );
  }
  if (config.leaseReads && config.leaseDurationMs === 0) {
    throw new InvalidArgumentError("leaseDurationMs must be positive with leaseReads on");
  }
  if (config.readMode === ReadMode.Lease && !config.leaseReads) {
    throw new InvalidArgumentError("readMode Lease requires leaseReads");
  }
}
