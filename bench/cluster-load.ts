/**
 * Closed-loop load on a running cluster: N concurrent async loops, each doing
 * `await kv.put(key, value)` again and again, warm-up first, then a measured window.
 *
 * An operation counts in the window when it COMPLETES inside it (steady state of a closed
 * loop); its latency, measured with process.hrtime.bigint() around the put, goes into an HDR
 * histogram in microseconds. A failed put counts as an error (the loop pauses briefly, then
 * keeps going). Keys are distinct per loop (`c<loop>-<n % 1000>`) so loops never contend.
 */
import { KvClient } from "../src/client/kv-client.js";
import { RaftClient } from "../src/client/raft-client.js";
import type { ClusterLeader, LocalCluster } from "./cluster-processes.js";
import { latencyHistogram } from "./latency.js";
import { ownCpuSeconds, processCpuSeconds } from "./process-cpu.js";

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
  endpoints: readonly string[];
  clients: number;
  valueSizeBytes: number;
  warmupMs: number;
  durationMs: number;
  /** Loops sharing one RaftClient (one connection to the leader, requests pipelined). */
  loopsPerRaftClient: number;
  /** Admin "host:port" of the leader: its group-commit counters are read around the window. */
  leaderAdminAddress: string;
  /** The node processes, whose CPU time is read around the window. */
  nodePids: readonly number[];
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
   * CPU time (user + system) per operation in the window: all node processes together, and
   * this (client) process. Undefined where /proc cannot be read.
   */
  nodeCpuUsPerOp: number | undefined;
  clientCpuUsPerOp: number;
}

/** The load of one run against a started cluster (the cluster supplies the rest). */
export type ClusterLoad = Omit<LoadOptions, "endpoints" | "leaderAdminAddress" | "nodePids">;

/**
 * runClosedLoop against `cluster`, whose leader is `leader`. Throws when a node exited by
 * itself during the run: the figures would not be those of the cluster asked for.
 */
export async function loadCluster(
  cluster: LocalCluster,
  leader: ClusterLeader,
  load: ClusterLoad,
): Promise<LoadResult> {
  const run = await runClosedLoop({
    ...load,
    endpoints: cluster.endpoints,
    leaderAdminAddress: leader.adminAddress,
    nodePids: cluster.pids(),
  });
  const exit = cluster.unexpectedExit();
  if (exit !== undefined) throw new Error(exit);
  return run;
}

type Phase = "warmup" | "measure" | "stop";

/** The CPU seconds of all `pids` together, or undefined when one cannot be read. */
function sumCpuSeconds(pids: readonly number[]): number | undefined {
  let total = 0;
  for (const pid of pids) {
    const seconds = processCpuSeconds(pid);
    if (seconds === undefined) return undefined;
    total += seconds;
  }
  return total;
}

export async function runClosedLoop(options: LoadOptions): Promise<LoadResult> {
  const raftClientCount = Math.ceil(options.clients / options.loopsPerRaftClient);
  const raftClients = Array.from(
    { length: raftClientCount },
    () =>
      new RaftClient({ endpoints: options.endpoints, operationTimeoutMs: OPERATION_TIMEOUT_MS }),
  );
  const kvClients = raftClients.map((client) => new KvClient(client));
  const value = "v".repeat(options.valueSizeBytes);
  const histogram = latencyHistogram();
  const state = {
    phase: "warmup" as Phase,
    operations: 0,
    errors: 0,
    warmupErrors: 0,
    firstError: undefined as string | undefined,
  };

  const loop = async (loopIndex: number): Promise<void> => {
    const kv = kvClients[Math.floor(loopIndex / options.loopsPerRaftClient)] as KvClient;
    // Bounded: runs until the phase is "stop"; every put ends within OPERATION_TIMEOUT_MS.
    for (let n = 0; state.phase !== "stop"; n++) {
      const start = process.hrtime.bigint();
      let failed = false;
      try {
        await kv.put(`c${loopIndex}-${n % KEYS_PER_LOOP}`, value);
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
  };

  const loops = Array.from({ length: options.clients }, (_, loopIndex) => loop(loopIndex));
  try {
    await sleep(options.warmupMs);
    const before = await readGroupCommit(options.leaderAdminAddress);
    const nodeCpuBefore = sumCpuSeconds(options.nodePids);
    const clientCpuBefore = ownCpuSeconds();
    state.phase = "measure";
    const windowStart = process.hrtime.bigint();
    await sleep(options.durationMs);
    state.phase = "stop";
    const seconds = Number(process.hrtime.bigint() - windowStart) / 1e9;
    const clientCpuSeconds = ownCpuSeconds() - clientCpuBefore;
    const nodeCpuAfter = sumCpuSeconds(options.nodePids);
    const nodeCpuSeconds =
      nodeCpuBefore === undefined || nodeCpuAfter === undefined
        ? undefined
        : nodeCpuAfter - nodeCpuBefore;
    const after = await readGroupCommit(options.leaderAdminAddress);
    await Promise.all(loops);
    const fsyncs =
      before === undefined || after === undefined ? undefined : after.fsyncs - before.fsyncs;
    const entries =
      before === undefined || after === undefined ? undefined : after.entries - before.entries;
    const fsyncSeconds =
      before === undefined || after === undefined ? undefined : after.seconds - before.seconds;
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
      leaderFsyncs: fsyncs,
      leaderEntriesPerFsync:
        fsyncs === undefined || entries === undefined || fsyncs === 0
          ? undefined
          : entries / fsyncs,
      leaderFsyncMeanUs:
        fsyncs === undefined || fsyncSeconds === undefined || fsyncs === 0
          ? undefined
          : (fsyncSeconds / fsyncs) * 1e6,
      nodeCpuUsPerOp:
        nodeCpuSeconds === undefined || state.operations === 0
          ? undefined
          : (nodeCpuSeconds / state.operations) * 1e6,
      clientCpuUsPerOp:
        state.operations === 0 ? Number.NaN : (clientCpuSeconds / state.operations) * 1e6,
    };
  } finally {
    state.phase = "stop";
    await Promise.allSettled(loops);
    for (const client of raftClients) client.close();
    histogram.destroy();
  }
}

/**
 * The leader's log write counters from its admin /metrics (Prometheus text): fdatasyncs done
 * with their total time, and entries written. undefined when the endpoint does not answer (the figures are optional).
 */
async function readGroupCommit(
  adminAddress: string,
): Promise<{ fsyncs: number; seconds: number; entries: number } | undefined> {
  try {
    const response = await fetch(`http://${adminAddress}/metrics`, {
      signal: AbortSignal.timeout(2_000),
    });
    const text = await response.text();
    const sample = (name: string): number | undefined => {
      const line = text.split("\n").find((candidate) => candidate.startsWith(`${name} `));
      return line === undefined ? undefined : Number(line.slice(name.length + 1));
    };
    const fsyncs = sample("ruvraft_fsync_duration_seconds_count");
    const seconds = sample("ruvraft_fsync_duration_seconds_sum");
    const entries = sample("ruvraft_group_commit_entries_sum");
    return fsyncs === undefined || seconds === undefined || entries === undefined
      ? undefined
      : { fsyncs, seconds, entries };
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
