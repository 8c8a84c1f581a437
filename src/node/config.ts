/**
 * RaftNode configuration: every key with its unit, defaults in one function, and validation
 * that names the key (InvalidConfigError).
 *
 * Time: the node ticks the core every `heartbeatIntervalMs`. The core draws each election
 * timeout from [electionTimeoutMinMs, 2 x electionTimeoutMinMs) in ticks (as etcd does), so
 * `electionTimeoutMaxMs` must be at least 2 x the minimum; it bounds how long a follower waits
 * for a missing leader and is what `waitForLeader` callers should plan with.
 */
import { InvalidConfigError } from "./errors.js";

export interface PeerConfig {
  id: number;
  /** "host:port" of the peer's listener. */
  address: string;
}

export interface RaftNodeConfig {
  /** This node's id: a positive integer, unique in the cluster. */
  nodeId: number;
  /** Cluster name every member must share (checked in the transport handshake). */
  clusterId: string;
  /** Every member of a new cluster, this node included, with addresses. */
  peers: PeerConfig[];
  /**
   * true (default): a new cluster made of `peers`; false: this node joins an existing cluster
   * (it starts empty and receives the membership from the leader after `addNode`/`addLearner`).
   */
  bootstrap: boolean;
  dataDirectory: string;
  /** Address to listen on; port 0 = OS-assigned. Default: this node's address in `peers`. */
  listenHost: string;
  listenPort: number;
  electionTimeoutMinMs: number;
  electionTimeoutMaxMs: number;
  heartbeatIntervalMs: number;
  maxEntriesPerAppend: number;
  maxBytesPerAppend: number;
  maxInflightAppends: number;
  maxInflightBytes: number;
  maxUncommittedBytes: number;
  /** Take a snapshot and compact the log after this many applied entries... */
  snapshotThresholdEntries: number;
  /** ...or after this many bytes of applied entry data, whichever comes first. */
  snapshotThresholdBytes: number;
  /** Entries kept in the log below a snapshot, so slow followers catch up from the log. */
  snapshotTrailingEntries: number;
  segmentSizeBytes: number;
  /**
   * A proposal not applied by then fails with TimeoutError (outcome unknown). Deadlines are
   * checked on the ticker at most every 50 ms, so it fails up to 50 ms plus one heartbeat
   * interval late, never early.
   */
  proposalTimeoutMs: number;
  readTimeoutMs: number;
  /** Most client sessions remembered for exactly-once proposals. */
  sessionsMax: number;
  leaseReads: boolean;
  sharedSecret: string | undefined;
  tls: { certFile: string; keyFile: string; caFile: string } | undefined;
  /** Seed of the core's random source (election jitter); default derived from the node id. */
  randomSeed: number | undefined;
  /**
   * DANGEROUS, for recovery from a lost majority only: start as a single-node cluster from this
   * node's committed state (see RaftNode.forceNewCluster). Default false.
   */
  forceNewCluster: boolean;
}

export function defaultNodeConfig(): Omit<
  RaftNodeConfig,
  "nodeId" | "clusterId" | "peers" | "dataDirectory" | "listenHost" | "listenPort"
> {
  return {
    bootstrap: true,
    electionTimeoutMinMs: 150,
    electionTimeoutMaxMs: 300,
    heartbeatIntervalMs: 50,
    maxEntriesPerAppend: 1024,
    maxBytesPerAppend: 1024 * 1024,
    maxInflightAppends: 256,
    maxInflightBytes: 32 * 1024 * 1024,
    maxUncommittedBytes: 64 * 1024 * 1024,
    snapshotThresholdEntries: 100_000,
    snapshotThresholdBytes: 256 * 1024 * 1024,
    snapshotTrailingEntries: 10_000,
    segmentSizeBytes: 64 * 1024 * 1024,
    proposalTimeoutMs: 10_000,
    readTimeoutMs: 10_000,
    sessionsMax: 10_000,
    leaseReads: true,
    sharedSecret: undefined,
    tls: undefined,
    randomSeed: undefined,
    forceNewCluster: false,
  };
}

export type RaftNodeOptions = Pick<RaftNodeConfig, "nodeId" | "peers" | "dataDirectory"> &
  Partial<Omit<RaftNodeConfig, "nodeId" | "peers" | "dataDirectory">>;

function positiveInteger(key: string, value: number): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidConfigError(key, `must be a positive integer, got ${value}`);
  }
}

export function parseAddress(key: string, address: string): { host: string; port: number } {
  const colon = address.lastIndexOf(":");
  const host = address.slice(0, colon).replace(/^\[|\]$/g, "");
  const port = Number(address.slice(colon + 1));
  if (colon <= 0 || host === "" || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidConfigError(key, `must be "host:port", got "${address}"`);
  }
  return { host, port };
}

/** Fills defaults and validates; throws InvalidConfigError naming the first bad key. */
export function resolveNodeConfig(options: RaftNodeOptions): RaftNodeConfig {
  positiveInteger("nodeId", options.nodeId);
  if (typeof options.dataDirectory !== "string" || options.dataDirectory === "") {
    throw new InvalidConfigError("dataDirectory", "is required");
  }
  const seen = new Set<number>();
  for (const [position, peer] of options.peers.entries()) {
    positiveInteger(`peers[${position}].id`, peer.id);
    if (seen.has(peer.id)) {
      throw new InvalidConfigError(`peers[${position}].id`, `duplicate node id ${peer.id}`);
    }
    seen.add(peer.id);
    parseAddress(`peers[${position}].address`, peer.address);
  }
  const self = options.peers.find((peer) => peer.id === options.nodeId);
  const bootstrap = options.bootstrap ?? true;
  if (bootstrap && self === undefined) {
    throw new InvalidConfigError(
      "peers",
      `must include this node (${options.nodeId}) when bootstrapping a cluster`,
    );
  }
  const listen =
    self === undefined ? { host: "127.0.0.1", port: 0 } : parseAddress("peers", self.address);
  const config = {
    ...defaultNodeConfig(),
    clusterId: "ruvraft",
    listenHost: listen.host,
    listenPort: listen.port,
    ...stripUndefined(options),
    nodeId: options.nodeId,
    peers: options.peers,
    dataDirectory: options.dataDirectory,
    bootstrap,
  } as RaftNodeConfig;
  if (config.clusterId === "") {
    throw new InvalidConfigError("clusterId", "must not be empty");
  }
  for (const key of [
    "electionTimeoutMinMs",
    "electionTimeoutMaxMs",
    "heartbeatIntervalMs",
    "maxEntriesPerAppend",
    "maxBytesPerAppend",
    "maxInflightAppends",
    "maxInflightBytes",
    "maxUncommittedBytes",
    "snapshotThresholdEntries",
    "snapshotThresholdBytes",
    "segmentSizeBytes",
    "proposalTimeoutMs",
    "readTimeoutMs",
    "sessionsMax",
  ] as const) {
    positiveInteger(key, config[key]);
  }
  if (config.heartbeatIntervalMs * 2 > config.electionTimeoutMinMs) {
    throw new InvalidConfigError(
      "heartbeatIntervalMs",
      `must be at most half of electionTimeoutMinMs (${config.electionTimeoutMinMs})`,
    );
  }
  if (config.electionTimeoutMaxMs < 2 * config.electionTimeoutMinMs) {
    throw new InvalidConfigError(
      "electionTimeoutMaxMs",
      `must be at least 2 x electionTimeoutMinMs (${2 * config.electionTimeoutMinMs}): the core draws timeouts from [min, 2 x min)`,
    );
  }
  if (!Number.isSafeInteger(config.snapshotTrailingEntries) || config.snapshotTrailingEntries < 0) {
    throw new InvalidConfigError("snapshotTrailingEntries", "must be a non-negative integer");
  }
  return config;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
