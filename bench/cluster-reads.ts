/**
 * `bench:cluster --reads`: linearizable (ReadIndex) and lease reads against the writes of the
 * same run. Before the first read run, READ_KEY_COUNT keys are written once, each with its own
 * value (readValue); every read then gets one of them and checks that it returned exactly the
 * value written (a different one is an error and counts as a mismatch), so a read mode that
 * answers from the wrong state shows in the figures, not only in its speed.
 *
 * Per client count the report holds the write run and both read runs, each read rate as a
 * ratio to the write rate of the same client count (target: linearizable >= 3x writes).
 */
import { KvClient } from "../src/client/kv-client.js";
import { RaftClient, type ReadConsistency } from "../src/client/raft-client.js";
import {
  type ClusterLoad,
  type LoadResult,
  type LoopOperation,
  loadCluster,
} from "./cluster-load.js";
import type { ClusterLeader, LocalCluster } from "./cluster-processes.js";
import { formatTable } from "./text-table.js";

/** Keys written before the reads, read round robin by every loop. */
export const READ_KEY_COUNT = 1000;
/** Puts in flight while writing the read keys. */
const PREFILL_CONCURRENCY = 64;
/** Linearizable reads per second >= this times the writes per second of the same clients. */
export const LINEARIZABLE_OVER_WRITES_MIN = 3;

export type ReadKind = Exclude<ReadConsistency, "stale">;
export const READ_KINDS: readonly ReadKind[] = ["linearizable", "lease"];

/** The key of read key number `k` (0 <= k < READ_KEY_COUNT). */
export function readKey(k: number): string {
  return `r${k}`;
}

/** The value written under `key`: the key, then filler up to `sizeBytes` (at least the key). */
export function readValue(key: string, sizeBytes: number): string {
  const head = `${key}=`;
  return head.length >= sizeBytes ? head : head + "x".repeat(sizeBytes - head.length);
}

/** Reads checked against the values written, over one read run. */
export interface ReadTally {
  verified: number;
  mismatched: number;
}

/** Writes every read key once, with its value, through the leader; throws if a put fails. */
export async function writeReadKeys(
  endpoints: readonly string[],
  valueSizeBytes: number,
): Promise<void> {
  const client = new RaftClient({ endpoints });
  const kv = new KvClient(client);
  try {
    let next = 0;
    const writer = async (): Promise<void> => {
      // Bounded: READ_KEY_COUNT keys in all.
      while (next < READ_KEY_COUNT) {
        const key = readKey(next++);
        const response = await kv.put(key, readValue(key, valueSizeBytes));
        if (!response.ok) throw new Error(`writing read key ${key} failed: ${response.error}`);
      }
    };
    await Promise.all(Array.from({ length: PREFILL_CONCURRENCY }, writer));
  } finally {
    client.close();
  }
}

/**
 * Reads of one consistency: loop `i`'s `n`th read gets key (i + n) mod READ_KEY_COUNT and
 * throws unless it returned that key's value; `tally` counts both outcomes.
 */
export function readOperation(
  consistency: ReadKind,
  valueSizeBytes: number,
  tally: ReadTally,
): LoopOperation {
  const keys = Array.from({ length: READ_KEY_COUNT }, (_, k) => readKey(k));
  const values = keys.map((key) => readValue(key, valueSizeBytes));
  return async (kv, loopIndex, n) => {
    const k = (loopIndex + n) % READ_KEY_COUNT;
    const value = await kv.get(keys[k] as string, consistency);
    if (value !== values[k]) {
      tally.mismatched++;
      throw new Error(
        `${consistency} read of ${keys[k]} returned ${value === null ? "nothing" : `${value.length} bytes "${value.slice(0, 16)}..."`}, not the value written`,
      );
    }
    tally.verified++;
  };
}

/** One client count's runs: the writes, and each kind of read with its checked reads. */
export interface ReadRuns {
  writes: LoadResult;
  reads: Record<ReadKind, { run: LoadResult; tally: ReadTally }>;
}

/**
 * One run per read kind with the clients of `load`, each read checked (readOperation), every
 * client listing the leader first: a RaftClient reads from the node it reaches first (a
 * follower answers by forwarding a ReadIndex), so leader first keeps runs comparable.
 */
export async function runReads(
  cluster: LocalCluster,
  leader: ClusterLeader,
  load: ClusterLoad,
  done: (kind: ReadKind, run: LoadResult) => void,
): Promise<ReadRuns["reads"]> {
  const reads: Partial<ReadRuns["reads"]> = {};
  for (const kind of READ_KINDS) {
    const tally: ReadTally = { verified: 0, mismatched: 0 };
    const operation = readOperation(kind, load.valueSizeBytes, tally);
    const run = await loadCluster(cluster, leader, {
      ...load,
      operation,
      firstEndpoint: leader.address,
    });
    reads[kind] = { run, tally };
    done(kind, run);
  }
  return reads as ReadRuns["reads"];
}

function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function kindReport(run: LoadResult, writes: LoadResult, tally?: ReadTally) {
  return {
    opsPerSec: Math.round(run.opsPerSec),
    overWrites: writes.opsPerSec === 0 ? null : round(run.opsPerSec / writes.opsPerSec, 2),
    p50Ms: round(run.p50Us / 1000),
    p99Ms: round(run.p99Us / 1000),
    p999Ms: round(run.p999Us / 1000),
    nodeCpuUsPerOp: run.nodeCpuUsPerOp === undefined ? null : round(run.nodeCpuUsPerOp, 1),
    clientCpuUsPerOp: round(run.clientCpuUsPerOp, 1),
    leaderFsyncsPerSec:
      run.leaderFsyncs === undefined ? null : Math.round(run.leaderFsyncs / run.seconds),
    errors: run.errors,
    firstError: run.firstError ?? null,
    ...(tally === undefined
      ? {}
      : { verifiedReads: tally.verified, mismatchedReads: tally.mismatched }),
  };
}

/** The JSON of the read runs: one object per client count. */
export function buildReadsReport(runs: readonly ReadRuns[]) {
  return runs.map(({ writes, reads }) => {
    const linearizable = kindReport(reads.linearizable.run, writes, reads.linearizable.tally);
    const met =
      linearizable.overWrites !== null &&
      linearizable.overWrites >= LINEARIZABLE_OVER_WRITES_MIN &&
      linearizable.errors === 0;
    return {
      clients: writes.clients,
      writes: kindReport(writes, writes),
      linearizable,
      lease: kindReport(reads.lease.run, writes, reads.lease.tally),
      target: `linearizable >= ${LINEARIZABLE_OVER_WRITES_MIN}x writes, no errors`,
      verdict: met ? ("PASS" as const) : ("MISS" as const),
    };
  });
}

export type ReadsReport = ReturnType<typeof buildReadsReport>;

/** The read table: per client count a row for the writes and one per read kind. */
export function formatReadsTable(report: ReadsReport): string {
  const header = [
    "clients",
    "operation",
    "ops/s",
    "x writes",
    "p50 ms",
    "p99 ms",
    "node µs/op",
    "client µs/op",
    "errors",
    "target",
  ];
  const rows = report.flatMap((row) =>
    (["writes", ...READ_KINDS] as const).map((kind) => {
      const figures = row[kind];
      return [
        String(row.clients),
        kind,
        String(figures.opsPerSec),
        figures.overWrites === null ? "?" : figures.overWrites.toFixed(2),
        figures.p50Ms.toFixed(3),
        figures.p99Ms.toFixed(3),
        figures.nodeCpuUsPerOp === null ? "?" : figures.nodeCpuUsPerOp.toFixed(1),
        figures.clientCpuUsPerOp.toFixed(1),
        String(figures.errors),
        kind === "linearizable" ? `${row.verdict} (${row.target})` : "",
      ];
    }),
  );
  return formatTable(header, rows);
}
