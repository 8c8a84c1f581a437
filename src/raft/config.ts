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
   * acknowledged a heartbeat sent less than an election timeout ago. Requires check-quorum;
   * assumes all clocks tick at the same rate.
   */
  Lease: 2,
} as const;
export type ReadMode = (typeof ReadMode)[keyof typeof ReadMode];

export interface RaftOptions {
  /** Minimum election timeout; the actual one is drawn from [this, 2 * this). */
  electionTimeoutTicks: number;
  heartbeatIntervalTicks: number;
  /** Pre-vote (thesis §9.6): a partitioned node does not disrupt the cluster on rejoin. */
  preVote: boolean;
  /** Check-quorum: a leader steps down after an election timeout without a quorum. */
  checkQuorum: boolean;
  /** Most entries in one Append message. */
  maxEntriesPerMessage: number;
  /** Most entry bytes in one Append message (at least one entry is always sent). */
  maxBytesPerMessage: number;
  /** Most unacknowledged Append messages per follower in Replicate state. */
  maxInflightMessages: number;
  /** Most unacknowledged entry bytes per follower in Replicate state. */
  maxInflightBytes: number;
  /** Proposals beyond this many uncommitted payload bytes fail with OverloadedError. */
  maxUncommittedEntriesBytes: number;
  /** Most committed entry bytes handed out in one Ready (at least one entry). */
  maxCommittedBytesPerReady: number;
  /** Most ReadIndex requests waiting on the leader; more are rejected. */
  maxPendingReadIndexRequests: number;
  /**
   * Allow lease-based reads (ReadMode.Lease). Requires checkQuorum. With leases on, a node
   * also ignores vote requests for an election timeout after it starts, so that a restart
   * cannot cut a lease short.
   */
  leaseReads: boolean;
  /** Default mode of `readIndex` (Lease needs leaseReads). */
  readMode: ReadMode;
  /** Index the state machine already applied on restart (0 = replay from the snapshot). */
  applied: number;
  /**
   * The incarnation of this node's disk (types.ts MemberIncarnation): 0 for a founding member,
   * a random safe integer for a data directory created later. The node votes and campaigns
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
    electionTimeoutTicks: 10,
    heartbeatIntervalTicks: 1,
    preVote: true,
    checkQuorum: true,
    maxEntriesPerMessage: 1024,
    maxBytesPerMessage: 1024 * 1024,
    maxInflightMessages: 256,
    maxInflightBytes: 32 * 1024 * 1024,
    maxUncommittedEntriesBytes: 64 * 1024 * 1024,
    maxCommittedBytesPerReady: 16 * 1024 * 1024,
    maxPendingReadIndexRequests: 4096,
    leaseReads: false,
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
  positive(config.electionTimeoutTicks, "electionTimeoutTicks");
  positive(config.heartbeatIntervalTicks, "heartbeatIntervalTicks");
  if (config.heartbeatIntervalTicks >= config.electionTimeoutTicks) {
    throw new InvalidArgumentError("heartbeatIntervalTicks must be below electionTimeoutTicks");
  }
  positive(config.maxEntriesPerMessage, "maxEntriesPerMessage");
  positive(config.maxBytesPerMessage, "maxBytesPerMessage");
  positive(config.maxInflightMessages, "maxInflightMessages");
  positive(config.maxInflightBytes, "maxInflightBytes");
  positive(config.maxUncommittedEntriesBytes, "maxUncommittedEntriesBytes");
  positive(config.maxCommittedBytesPerReady, "maxCommittedBytesPerReady");
  positive(config.maxPendingReadIndexRequests, "maxPendingReadIndexRequests");
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
  if (config.readMode === ReadMode.Lease && !config.leaseReads) {
    throw new InvalidArgumentError("readMode Lease requires leaseReads");
  }
}
