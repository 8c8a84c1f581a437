/**
 * Closed-loop load on a running cluster: N concurrent async loops, each doing one operation
 * (by default `await kv.put(key, value)`; `LoadOptions.operation` for another, such as the
 * reads of bench/cluster-reads.ts) again and again, warm-up first, then a measured window.
 *
 * An operation counts in the window when it COMPLETES inside it (steady state of a closed
 * loop); its latency, measured with process.hrtime.bigint() around the put, goes into an HDR
 * histogram in microseconds. A failed put counts as an error (the loop pauses briefly, then
 * keeps going). Put keys are distinct per loop (`c<loop>-<n % 1000>`) so loops never contend.
 */
import type { Histogram } from "hdr-histogram-js";
import { KvClient } from "../src/client/kv-client.js";
import { RaftClient } from "../src/client/raft-client.js";
import type { ClusterLeader, LocalCluster } from "./cluster-processes.js";
import { blockDeviceStatFile, deviceWrittenBytes } from "./device-io.js";
import { latencyHistogram } from "./latency.js";
import { ownCpuSeconds, sumCpuSeconds } from "./process-cpu.js";
import { type ProcessIoBytes, sumIoBytes } from "./process-io.js";

/**
 * Loops per RaftClient (each RaftClient: one TCP connection to the leader, requests pipelined,
 * one client session). Measured on the shared 2-core machine, 3 nodes, 256-byte values, 4 s
 * windows (ops/s, 64 clients / 256 clients): one RaftClient for all loops 3,000-5,700 /
 * 6,700-7,000; 16 loops each 2,700-5,300 / 4,900-9,900; 64 loops each 4,300 / 10,100; one per
 * loop 1,900 / 2,500. The noise is as large as the differences, except for one per loop (many
 * small writes on 256 sockets), which is clearly worst. 64 keeps 64 clients on one connection
 * (each turn's requests leave in one write) and spreads 256 over 4.
 * Caveat: loops sharing a RaftClient share its session, whose sequence numbers are then in
 * flight concurrently; after a leader change a retried lower sequence can be refused as stale
 * (the session table keeps only the last sequence), which shows up here as errors.
 */
export const LOOPS_PER_RAFT_CLIENT_DEFAULT = 64;

/** Largest latency recorded: a sample above it is clamped (the histogram's range). */
const LATENCY_US_MAX = 60_000_000;
/** Pause of a loop after a failed put, so that a down cluster does not spin the bench. */
const ERROR_PAUSE_MS = 10;
/** Keys per loop: `c<loop>-<n % KEYS_PER_LOOP>`. */
const KEYS_PER_LOOP = 1000;
/** One put gives up after this long (RaftClient operationTimeoutMs); it is then an error. */
const OPERATION_TIMEOUT_MS = 10_000;

export interface LoadOptions {
  /** The nodes, in the order a RaftClient tries them (reads go to the first that answers). */
  endpoints: readonly string[];
  clients: number;
  valueSizeBytes: number;
  warmupMs: number;
  durationMs: number;
  /** Loops sharing one RaftClient (one connection to the leader, requests pipelined). */
  loopsPerRaftClient: number;
  /** Admin "host:port" of the leader: its group-commit counters are read around the window. */
  leaderAdminAddress: string;
  /** The node processes, whose CPU time and written bytes are read around the window. */
  nodePids: readonly number[];
  /** The stat file of the nodes' block device (bench/device-io.ts), read around the window. */
  deviceStatFile?: string;
  /**
   * The operation each loop repeats (default: putOperation of the value size); it throws to
   * count as an error.
   */
  operation?: LoopOperation;
}

/**
 * One operation of loop `loopIndex` (its `n`th, from 0), through `kv`, the KvClient the loop
 * shares with the others of its RaftClient. Throws when it failed.
 */
export type LoopOperation = (kv: KvClient, loopIndex: number, n: number) => Promise<unknown>;

/** Puts of `valueSizeBytes`-byte values, each loop under its own keys. */
export function putOperation(valueSizeBytes: number): LoopOperation {
  const value = "v".repeat(valueSizeBytes);
  return (kv, loopIndex, n) => kv.put(`c${loopIndex}-${n % KEYS_PER_LOOP}`, value);
}

export interface LoadResult {
  clients: number;
  raftClients: number;
  operations: number;
  errors: number;
  warmupErrors: number;
  firstError: string | undefined;
  seconds: number;
  opsPerSec: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  maxUs: number;
  meanUs: number;
  /** The leader's fdatasyncs in the window, and entries written per fdatasync (its group commit). */
  leaderFsyncs: number | undefined;
  leaderEntriesPerFsync: number | undefined;
  /** Mean time of the leader's durable writes (write + fdatasync) in the window. */
  leaderFsyncMeanUs: number | undefined;
  /**
   * The leader's transport frames (to and from peers and clients) per operation in the window,
   * sent and received, and frames per socket write (its batching); from its
   * ruvraft_transport_* counters.
   */
  leaderFramesSentPerOp: number | undefined;
  leaderFramesReceivedPerOp: number | undefined;
  leaderFramesPerSocketWrite: number | undefined;
  /**
   * CPU time (user + system) per operation in the window: all node processes together, and
   * this (client) process. Undefined where /proc cannot be read.
   */
  nodeCpuUsPerOp: number | undefined;
  clientCpuUsPerOp: number;
  /**
   * Bytes written by all node processes together in the window (/proc/<pid>/io deltas, see
   * bench/process-io.ts). Undefined where /proc cannot be read.
   */
  nodeIo: ProcessIoBytes | undefined;
  /**
   * Bytes written to the nodes' block device in the window, by every process on the machine
   * (bench/device-io.ts). Undefined without a device stat file.
   */
  deviceWriteBytes: number | undefined;
}

/**
 * The load of one run against a started cluster (the cluster supplies the rest); `firstEndpoint`
 * puts that node first in the clients' endpoints (default: the nodes in id order).
 */
export type ClusterLoad = Omit<LoadOptions, "endpoints" | "leaderAdminAddress" | "nodePids"> & {
  firstEndpoint?: string;
};

/**
 * runClosedLoop against `cluster`, whose leader is `leader`. Throws when a node exited by
 * itself during the run: the figures would not be those of the cluster asked for.
 */
export async function loadCluster(
  cluster: LocalCluster,
  leader: ClusterLeader,
  load: ClusterLoad,
): Promise<LoadResult> {
  const { firstEndpoint, ...rest } = load;
  const run = await runClosedLoop({
    ...rest,
    endpoints:
      firstEndpoint === undefined
        ? cluster.endpoints
        : [firstEndpoint, ...cluster.endpoints.filter((endpoint) => endpoint !== firstEndpoint)],
    leaderAdminAddress: leader.adminAddress,
    nodePids: cluster.pids(),
    ...deviceOf(cluster),
  });
  const exit = cluster.unexpectedExit();
  if (exit !== undefined) throw new Error(exit);
  return run;
}

/** The stat file of the block device holding the first node's data, where there is one. */
function deviceOf(cluster: LocalCluster): { deviceStatFile?: string } {
  const directory = cluster.layout.nodes[0]?.dataDirectory;
  const file = directory === undefined ? undefined : blockDeviceStatFile(directory);
  return file === undefined ? {} : { deviceStatFile: file };
}

type Phase = "warmup" | "measure" | "stop";

interface LoopState {
  phase: Phase;
  operations: number;
  errors: number;
  warmupErrors: number;
  firstError: string | undefined;
}

/** The counters read from /proc, /sys and this process at the edges of the measured window. */
interface WindowCounters {
  nodeCpuSeconds: number | undefined;
  clientCpuSeconds: number;
  nodeIo: ProcessIoBytes | undefined;
  deviceWriteBytes: number | undefined;
}

function readWindowCounters(options: LoadOptions): WindowCounters {
  return {
    nodeCpuSeconds: sumCpuSeconds(options.nodePids),
    clientCpuSeconds: ownCpuSeconds(),
    nodeIo: sumIoBytes(options.nodePids),
    deviceWriteBytes:
      options.deviceStatFile === undefined ? undefined : deviceWrittenBytes(options.deviceStatFile),
  };
}

/** `after - before`, each field undefined where either side is. */
function windowDeltas(before: WindowCounters, after: WindowCounters): WindowCounters {
  const difference = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a - b;
  return {
    nodeCpuSeconds: difference(after.nodeCpuSeconds, before.nodeCpuSeconds),
    clientCpuSeconds: after.clientCpuSeconds - before.clientCpuSeconds,
    deviceWriteBytes: difference(after.deviceWriteBytes, before.deviceWriteBytes),
    nodeIo:
      after.nodeIo === undefined || before.nodeIo === undefined
        ? undefined
        : {
            writeBytes: after.nodeIo.writeBytes - before.nodeIo.writeBytes,
            wchar: after.nodeIo.wchar - before.nodeIo.wchar,
          },
  };
}

/**
 * One client loop: does `operation` again and again until the phase is "stop", counting into
 * `state` and `histogram` while the phase is "measure".
 */
async function operationLoop(
  kv: KvClient,
  loopIndex: number,
  operation: LoopOperation,
  state: LoopState,
  histogram: Histogram,
): Promise<void> {
  // Bounded: runs until the phase is "stop"; every operation ends within OPERATION_TIMEOUT_MS.
  for (let n = 0; state.phase !== "stop"; n++) {
    const start = process.hrtime.bigint();
    let failed = false;
    try {
      await operation(kv, loopIndex, n);
    } catch (error) {
      failed = true;
      state.firstError ??= (error as Error).message;
    }
    const us = Number(process.hrtime.bigint() - start) / 1000;
    if (state.phase === "measure") {
      if (failed) {
        state.errors++;
      } else {
        state.operations++;
        histogram.recordValue(Math.min(LATENCY_US_MAX, Math.max(1, Math.round(us))));
      }
    } else if (failed && state.phase === "warmup") {
      state.warmupErrors++;
    }
    if (failed) await sleep(ERROR_PAUSE_MS);
  }
}

export async function runClosedLoop(options: LoadOptions): Promise<LoadResult> {
  const raftClientCount = Math.ceil(options.clients / options.loopsPerRaftClient);
  const raftClients = Array.from(
    { length: raftClientCount },
    () =>
      new RaftClient({ endpoints: options.endpoints, operationTimeoutMs: OPERATION_TIMEOUT_MS }),
  );
  const kvClients = raftClients.map((client) => new KvClient(client));
  const operation = options.operation ?? putOperation(options.valueSizeBytes);
  const histogram = latencyHistogram();
  const state: LoopState = {
    phase: "warmup",
    operations: 0,
    errors: 0,
    warmupErrors: 0,
    firstError: undefined,
  };

  const loops = Array.from({ length: options.clients }, (_, loopIndex) =>
    operationLoop(
      kvClients[Math.floor(loopIndex / options.loopsPerRaftClient)] as KvClient,
      loopIndex,
      operation,
      state,
      histogram,
    ),
  );
  try {
    // Read every counter once during the warm-up: a first read costs more (the leader renders
    // its first /metrics page cold, 40 ms measured; CLK_TCK is asked of getconf), and would
    // otherwise hold up the window's first operations.
    await readLeaderCounters(options.leaderAdminAddress);
    readWindowCounters(options);
    await sleep(options.warmupMs);
    const leaderBefore = await readLeaderCounters(options.leaderAdminAddress);
    const countersBefore = readWindowCounters(options);
    state.phase = "measure";
    const windowStart = process.hrtime.bigint();
    await sleep(options.durationMs);
    state.phase = "stop";
    const seconds = Number(process.hrtime.bigint() - windowStart) / 1e9;
    const counters = windowDeltas(countersBefore, readWindowCounters(options));
    const leaderAfter = await readLeaderCounters(options.leaderAdminAddress);
    await Promise.all(loops);
    return {
      clients: options.clients,
      raftClients: raftClientCount,
      operations: state.operations,
      errors: state.errors,
      warmupErrors: state.warmupErrors,
      firstError: state.firstError,
      seconds,
      opsPerSec: state.operations / seconds,
      p50Us: histogram.getValueAtPercentile(50),
      p99Us: histogram.getValueAtPercentile(99),
      p999Us: histogram.getValueAtPercentile(99.9),
      maxUs: histogram.maxValue,
      meanUs: histogram.mean,
      ...leaderFigures(leaderBefore, leaderAfter, state.operations),
      ...perOperation(counters, state.operations),
    };
  } finally {
    state.phase = "stop";
    await Promise.allSettled(loops);
    for (const client of raftClients) client.close();
    histogram.destroy();
  }
}

/** The leader's group-commit and transport figures over the window, from its counters at the edges. */
function leaderFigures(
  before: LeaderCounters | undefined,
  after: LeaderCounters | undefined,
  operations: number,
): Pick<
  LoadResult,
  | "leaderFsyncs"
  | "leaderEntriesPerFsync"
  | "leaderFsyncMeanUs"
  | "leaderFramesSentPerOp"
  | "leaderFramesReceivedPerOp"
  | "leaderFramesPerSocketWrite"
> {
  if (before === undefined || after === undefined) {
    return {
      leaderFsyncs: undefined,
      leaderEntriesPerFsync: undefined,
      leaderFsyncMeanUs: undefined,
      leaderFramesSentPerOp: undefined,
      leaderFramesReceivedPerOp: undefined,
      leaderFramesPerSocketWrite: undefined,
    };
  }
  const fsyncs = after.fsyncs - before.fsyncs;
  const framesSent = after.framesSent - before.framesSent;
  const socketWrites = after.socketWrites - before.socketWrites;
  const perOp = (count: number) => (operations === 0 ? undefined : count / operations);
  return {
    leaderFsyncs: fsyncs,
    leaderEntriesPerFsync: fsyncs === 0 ? undefined : (after.entries - before.entries) / fsyncs,
    leaderFsyncMeanUs: fsyncs === 0 ? undefined : ((after.seconds - before.seconds) / fsyncs) * 1e6,
    leaderFramesSentPerOp: perOp(framesSent),
    leaderFramesReceivedPerOp: perOp(after.framesReceived - before.framesReceived),
    leaderFramesPerSocketWrite: socketWrites === 0 ? undefined : framesSent / socketWrites,
  };
}

/** CPU per operation, and the bytes written over the window. */
function perOperation(
  processes: WindowCounters,
  operations: number,
): Pick<LoadResult, "nodeCpuUsPerOp" | "clientCpuUsPerOp" | "nodeIo" | "deviceWriteBytes"> {
  return {
    nodeCpuUsPerOp:
      processes.nodeCpuSeconds === undefined || operations === 0
        ? undefined
        : (processes.nodeCpuSeconds / operations) * 1e6,
    clientCpuUsPerOp:
      operations === 0 ? Number.NaN : (processes.clientCpuSeconds / operations) * 1e6,
    nodeIo: processes.nodeIo,
    deviceWriteBytes: processes.deviceWriteBytes,
  };
}

interface LeaderCounters {
  fsyncs: number;
  seconds: number;
  entries: number;
  framesSent: number;
  framesReceived: number;
  socketWrites: number;
}

/**
 * The leader's counters from its admin /metrics (Prometheus text): fdatasyncs done with their
 * total time, entries written, transport frames sent and received and socket writes. undefined when the endpoint does not answer (the figures are optional).
 */
async function readLeaderCounters(adminAddress: string): Promise<LeaderCounters | undefined> {
  try {
    const response = await fetch(`http://${adminAddress}/metrics`, {
      signal: AbortSignal.timeout(2_000),
    });
    const text = await response.text();
    const sample = (name: string): number | undefined => {
      const line = text.split("\n").find((candidate) => candidate.startsWith(`${name} `));
      return line === undefined ? undefined : Number(line.slice(name.length + 1));
    };
    const counters = {
      fsyncs: sample("ruvraft_fsync_duration_seconds_count"),
      seconds: sample("ruvraft_fsync_duration_seconds_sum"),
      entries: sample("ruvraft_group_commit_entries_sum"),
      framesSent: sample("ruvraft_transport_frames_sent_total"),
      framesReceived: sample("ruvraft_transport_frames_received_total"),
      socketWrites: sample("ruvraft_transport_socket_writes_total"),
    };
    return Object.values(counters).some((value) => value === undefined)
      ? undefined
      : (counters as LeaderCounters);
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
