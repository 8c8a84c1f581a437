/**
 * RaftNode configuration: every key with its unit, defaults in one function, and validation
 * that names the key (InvalidConfigError).
 *
 * Time (see nodeTiming): the node ticks the core every `tickMs` (at most MAX_TICK_MS), the
 * leader sends heartbeats every `heartbeatIntervalMs`, and the core draws each election
 * timeout uniformly from [electionTimeoutMinMs, electionTimeoutMaxMs) in whole ticks.
 * `electionTimeoutMaxMs` bounds how long a follower waits for a missing leader and is what
 * `waitForLeader` callers should plan with.
 */
import { DURABLE_WRITE_THREADS, type DurableWriteThread } from "../storage/fs.js";
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
  /** Least time a follower waits for a leader before it campaigns; also bounds the lease. */
  electionTimeoutMinMs: number;
  /** Election timeouts are drawn uniformly from [electionTimeoutMinMs, this). */
  electionTimeoutMaxMs: number;
  /** The leader's heartbeat period: at most half of electionTimeoutMinMs. */
  heartbeatIntervalMs: number;
  appendEntryCountMax: number;
  appendBytesMax: number;
  inflightAppendCountMax: number;
  inflightBytesMax: number;
  uncommittedBytesMax: number;
  /** Take a snapshot and compact the log after this many applied entries... */
  snapshotThresholdEntries: number;
  /** ...or after this many bytes of applied entry data, whichever comes first. */
  snapshotThresholdBytes: number;
  /**
   * A snapshot due by snapshotThresholdEntries also waits until the entry data applied since
   * the last snapshot is at least this many times the last snapshot's file size (0 = it does
   * not wait; snapshotThresholdBytes never waits). A snapshot writes the whole state while the
   * log grows by the entries alone: with a large state, 100,000 small entries are a fraction of
   * it, and snapshots at that pace wrote 2-2.5x the log's bytes at the cluster benchmark's 256
   * clients. At ratio r, snapshot files add about 1/r of the log's entry bytes while the state
   * is below snapshotThresholdBytes / r (that threshold does not wait; and the size compared is
   * the previous snapshot's, so a growing state goes somewhat past it), and the log since the
   * last snapshot (replayed on restart, indexed in memory) holds about r times the state's size
   * in entry data, at most snapshotThresholdBytes. The size counted is that of the current
   * snapshot: one taken, one installed from the leader, or the one the node restarted from. A
   * compaction that fails counts its bytes again (the retry does not wait).
   */
  snapshotThresholdLogRatio: number;
  /** Entries kept in the log below a snapshot, so slow followers catch up from the log. */
  snapshotTrailingEntries: number;
  segmentSizeBytes: number;
  /**
   * A proposal not applied by then fails with TimeoutError (outcome unknown). Deadlines are
   * checked on the ticker at most every 50 ms, so it fails up to 50 ms plus one tick late,
   * never early.
   */
  proposalTimeoutMs: number;
  readTimeoutMs: number;
  /**
   * promote refuses (unless forced) a learner more entries than this behind the leader's
   * commit index: as a voter it would count towards quorums it cannot help reach.
   */
  promoteLagEntryCountMax: number;
  /** Most client sessions remembered for exactly-once proposals. */
  sessionCountMax: number;
  /** Lease reads (ReadConsistency "lease"); see nodeTiming for how long a lease lasts. */
  leaseReads: boolean;
  /**
   * Which thread writes the log's group commits (DurableWriteThread in src/storage/fs.ts):
   * "event-loop" (default: a write of up to EVENT_LOOP_WRITE_BYTES_MAX blocks the node's event
   * loop until the disk answers, which saves the I/O thread pool's hand-off, measured at 80 us
   * and more per write on a virtual machine) or "thread-pool". With extras.fileSystem given it
   * only chooses the order of a Ready's apply and write (ReadyLoopParts.applyBeforeWrite), so a
   * simulated disk runs the order the default uses.
   */
  logWriteThread: DurableWriteThread;
  /**
   * The cluster secret: peers and administrators prove it in the handshake (undefined: none,
   * and every connection has admin rights; see "Rights" in src/proto/raft.proto).
   */
  sharedSecret: string | undefined;
  /** A client secret (needs sharedSecret): clients proving it may propose and read only. */
  clientSecret: string | undefined;
  tls: { certFile: string; keyFile: string; caFile: string } | undefined;
  /** Seed of the core's random source (election jitter); default: drawn from extras.random. */
  randomSeed: number | undefined;
  /**
   * DANGEROUS, for recovery from a lost majority only: start as a single-node cluster from this
   * node's committed state (see forceNewCluster in startup.ts). Default false.
   */
  forceNewCluster: boolean;
}

/** The RaftNodeConfig numbers that must be positive integers. */
const POSITIVE_INTEGER_KEYS = [
  "electionTimeoutMinMs",
  "electionTimeoutMaxMs",
  "heartbeatIntervalMs",
  "appendEntryCountMax",
  "appendBytesMax",
  "inflightAppendCountMax",
  "inflightBytesMax",
  "uncommittedBytesMax",
  "snapshotThresholdEntries",
  "snapshotThresholdBytes",
  "segmentSizeBytes",
  "proposalTimeoutMs",
  "readTimeoutMs",
  "sessionCountMax",
] as const;

/** The largest snapshotThresholdLogRatio (a log 100 times the state is replayed on restart). */
const SNAPSHOT_THRESHOLD_LOG_RATIO_MAX = 100;

/** Every numeric RaftNodeConfig tunable (what a `ruvraft node` config file may set). */
export const NODE_NUMBER_KEYS = [
  ...POSITIVE_INTEGER_KEYS,
  "snapshotThresholdLogRatio",
  "snapshotTrailingEntries",
  "promoteLagEntryCountMax",
  "randomSeed",
] as const;

export function defaultNodeConfig(): Omit<
  RaftNodeConfig,
  "nodeId" | "clusterId" | "peers" | "dataDirectory" | "listenHost" | "listenPort"
> {
  return {
    bootstrap: true,
    electionTimeoutMinMs: 150,
    electionTimeoutMaxMs: 300,
    heartbeatIntervalMs: 50,
    appendEntryCountMax: 1024,
    appendBytesMax: 1024 * 1024,
    inflightAppendCountMax: 256,
    inflightBytesMax: 32 * 1024 * 1024,
    uncommittedBytesMax: 64 * 1024 * 1024,
    snapshotThresholdEntries: 100_000,
    snapshotThresholdBytes: 256 * 1024 * 1024,
    snapshotThresholdLogRatio: 1,
    snapshotTrailingEntries: 10_000,
    segmentSizeBytes: 64 * 1024 * 1024,
    proposalTimeoutMs: 10_000,
    readTimeoutMs: 10_000,
    promoteLagEntryCountMax: 1000,
    sessionCountMax: 10_000,
    leaseReads: true,
    logWriteThread: "event-loop",
    sharedSecret: undefined,
    clientSecret: undefined,
    tls: undefined,
    randomSeed: undefined,
    forceNewCluster: false,
  };
}

export type RaftNodeOptions = Pick<RaftNodeConfig, "nodeId" | "peers" | "dataDirectory"> &
  Partial<Omit<RaftNodeConfig, "nodeId" | "peers" | "dataDirectory">>;

/** The node never ticks the core less often than this: election timeouts are this fine. */
export const MAX_TICK_MS = 10;

/**
 * The share of a lease given up for clock drift: monotonic clocks of the leader and the voters
 * may run at rates that differ by less than this (NTP-disciplined clocks drift by well under
 * 0.1%; the rest absorbs timers firing early by a fraction of a tick).
 */
export const LEASE_CLOCK_DRIFT_MARGIN_RATIO = 0.1;

/** The timing the node gives the core, derived from the configuration in milliseconds. */
export interface NodeTiming {
  /** The ticker's period: the largest whole ms up to MAX_TICK_MS dividing heartbeatIntervalMs. */
  tickMs: number;
  heartbeatIntervalTicks: number;
  /** ceil(electionTimeoutMinMs / tickMs): a drawn timeout is never below electionTimeoutMinMs. */
  electionTimeoutMinTicks: number;
  /** ceil(electionTimeoutMaxMs / tickMs), exclusive: drawn timeouts stay below the maximum. */
  electionTimeoutMaxTicks: number;
  /**
   * How long a leader's lease lasts after the send time of the newest heartbeat a quorum
   * acknowledged, on the leader's monotonic clock: (electionTimeoutMinTicks - 1) x tickMs x
   * (1 - LEASE_CLOCK_DRIFT_MARGIN_RATIO). A voter that received the heartbeat refuses votes
   * until electionTimeoutMinTicks of its ticks have passed, and the first may come right after
   * the heartbeat: so for at least (electionTimeoutMinTicks - 1) x tickMs, on its clock.
   */
  leaseDurationMs: number;
}

export function nodeTiming(
  config: Pick<
    RaftNodeConfig,
    "electionTimeoutMinMs" | "electionTimeoutMaxMs" | "heartbeatIntervalMs"
  >,
): NodeTiming {
  let tickMs = Math.min(MAX_TICK_MS, config.heartbeatIntervalMs);
  while (config.heartbeatIntervalMs % tickMs !== 0) tickMs--;
  const electionTimeoutMinTicks = Math.ceil(config.electionTimeoutMinMs / tickMs);
  return {
    tickMs,
    heartbeatIntervalTicks: config.heartbeatIntervalMs / tickMs,
    electionTimeoutMinTicks,
    electionTimeoutMaxTicks: Math.ceil(config.electionTimeoutMaxMs / tickMs),
    leaseDurationMs: (electionTimeoutMinTicks - 1) * tickMs * (1 - LEASE_CLOCK_DRIFT_MARGIN_RATIO),
  };
}

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
  checkPeers(options.peers);
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
  checkSecurity(config);
  checkNumbers(config);
  if (!(DURABLE_WRITE_THREADS as readonly unknown[]).includes(config.logWriteThread)) {
    throw new InvalidConfigError(
      "logWriteThread",
      `must be one of ${DURABLE_WRITE_THREADS.map((name) => `"${name}"`).join(", ")}, got ${JSON.stringify(config.logWriteThread)}`,
    );
  }
  return config;
}

/** Peer ids are positive and distinct; addresses parse and differ (but for port 0). */
function checkPeers(peers: RaftNodeOptions["peers"]): void {
  const seen = new Set<number>();
  const addresses = new Map<string, number>();
  for (const [position, peer] of peers.entries()) {
    positiveInteger(`peers[${position}].id`, peer.id);
    if (seen.has(peer.id)) {
      throw new InvalidConfigError(`peers[${position}].id`, `duplicate node id ${peer.id}`);
    }
    seen.add(peer.id);
    const { port } = parseAddress(`peers[${position}].address`, peer.address);
    // Two ids at one address would dial the same node forever (EWRONGNODE); port 0 is a
    // placeholder (an OS-assigned listener), not an address another node dials.
    const other = addresses.get(peer.address);
    if (other !== undefined && port !== 0) {
      throw new InvalidConfigError(
        `peers[${position}].address`,
        `nodes ${other} and ${peer.id} have the same address ${peer.address}`,
      );
    }
    addresses.set(peer.address, peer.id);
  }
}

/** Secrets are non-empty and distinct, a client secret needs a cluster one, TLS names files. */
function checkSecurity(config: RaftNodeConfig): void {
  for (const key of ["sharedSecret", "clientSecret"] as const) {
    const secret: unknown = config[key];
    if (secret !== undefined && (typeof secret !== "string" || secret === "")) {
      throw new InvalidConfigError(
        key,
        `must be a non-empty string (or undefined for none), got ${typeof secret}`,
      );
    }
  }
  if (config.clientSecret !== undefined && config.sharedSecret === undefined) {
    throw new InvalidConfigError(
      "clientSecret",
      "needs a sharedSecret too: without a cluster secret every connection has admin rights",
    );
  }
  if (config.clientSecret !== undefined && config.clientSecret === config.sharedSecret) {
    throw new InvalidConfigError("clientSecret", "must differ from sharedSecret");
  }
  if (config.tls !== undefined) {
    for (const key of ["certFile", "keyFile", "caFile"] as const) {
      const file: unknown = config.tls[key];
      if (typeof file !== "string" || file === "") {
        throw new InvalidConfigError(`tls.${key}`, `must be a file path, got ${typeof file}`);
      }
    }
  }
}

/** Timings and limits are in range, and the timings fit whole ticks. */
function checkNumbers(config: RaftNodeConfig): void {
  for (const key of POSITIVE_INTEGER_KEYS) {
    positiveInteger(key, config[key]);
  }
  if (config.heartbeatIntervalMs * 2 > config.electionTimeoutMinMs) {
    throw new InvalidConfigError(
      "heartbeatIntervalMs",
      `must be at most half of electionTimeoutMinMs (${config.electionTimeoutMinMs})`,
    );
  }
  if (config.electionTimeoutMaxMs <= config.electionTimeoutMinMs) {
    throw new InvalidConfigError(
      "electionTimeoutMaxMs",
      `must be above electionTimeoutMinMs (${config.electionTimeoutMinMs}): timeouts are drawn from [min, max)`,
    );
  }
  const timing = nodeTiming(config);
  if (timing.electionTimeoutMaxTicks <= timing.electionTimeoutMinTicks) {
    throw new InvalidConfigError(
      "electionTimeoutMaxMs",
      `must leave at least one whole tick of ${timing.tickMs} ms above electionTimeoutMinMs (${config.electionTimeoutMinMs}) once both are rounded up to ticks`,
    );
  }
  const ratio = config.snapshotThresholdLogRatio;
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > SNAPSHOT_THRESHOLD_LOG_RATIO_MAX) {
    throw new InvalidConfigError(
      "snapshotThresholdLogRatio",
      `must be a number in [0, ${SNAPSHOT_THRESHOLD_LOG_RATIO_MAX}], got ${ratio}`,
    );
  }
  for (const key of ["snapshotTrailingEntries", "promoteLagEntryCountMax"] as const) {
    if (!Number.isSafeInteger(config[key]) || config[key] < 0) {
      throw new InvalidConfigError(key, "must be a non-negative integer");
    }
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
