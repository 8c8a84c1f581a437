/**
 * The report of `npm run bench:etcd`: per client count, etcd's run and ruvector-raft's, and
 * their ratios. Pure (built from the runs, formatted as text), so it can be tested.
 */
import type { LoadResult } from "./cluster-load.js";
import type { EtcdRun } from "./etcd-cluster.js";
import { formatTable } from "./text-table.js";

/** One system's figures for one client count (an etcd run's, without the count). */
export type SystemRun = Omit<EtcdRun, "clients">;

export interface EtcdComparisonRow {
  clients: number;
  etcd: SystemRun;
  ruvraft: SystemRun;
  /** ruvraft / etcd: above 1 means ruvector-raft did more puts per second. */
  opsRatio: number | undefined;
  /** ruvraft / etcd: below 1 means ruvector-raft's p99 was lower. */
  p99Ratio: number | undefined;
  /** ruvraft / etcd: below 1 means ruvector-raft spent less CPU per put. */
  nodeCpuRatio: number | undefined;
}

export interface EtcdComparison {
  etcdVersion: string;
  nodes: number;
  valueSizeBytes: number;
  warmupMs: number;
  /** Unmeasured load on each fresh cluster before its first client count. */
  startWarmupMs: number;
  /** The system that ran first (--first). */
  first: "etcd" | "ruvraft";
  durationMs: number;
  loopsPerConnection: number;
  rawFdatasyncP50Us: number;
  rawFdatasyncAfterP50Us: number;
  rows: EtcdComparisonRow[];
  fasterAtEveryClientCount: boolean;
}

export function systemRunOf(run: LoadResult | EtcdRun): SystemRun {
  return {
    opsPerSec: run.opsPerSec,
    p50Us: run.p50Us,
    p99Us: run.p99Us,
    p999Us: run.p999Us,
    errors: run.errors,
    // In the window only, as the Go tool reports it (bench:cluster's also keeps a warm-up one).
    firstError: run.errors > 0 ? run.firstError : undefined,
    nodeCpuUsPerOp: run.nodeCpuUsPerOp,
    clientCpuUsPerOp: run.clientCpuUsPerOp,
  };
}

function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  if (numerator === undefined || denominator === undefined || denominator <= 0) return undefined;
  return numerator / denominator;
}

/** Pairs the runs by position: etcdRuns[i] and ruvraftRuns[i] are for clients[i]. */
export function buildEtcdComparison(
  setup: Omit<EtcdComparison, "rows" | "fasterAtEveryClientCount">,
  clients: readonly number[],
  etcdRuns: readonly SystemRun[],
  ruvraftRuns: readonly SystemRun[],
): EtcdComparison {
  if (etcdRuns.length !== clients.length || ruvraftRuns.length !== clients.length) {
    throw new Error(
      `bench:etcd: ${clients.length} client counts but ${etcdRuns.length} etcd and ${ruvraftRuns.length} ruvraft runs`,
    );
  }
  const rows = clients.map((count, position): EtcdComparisonRow => {
    const etcd = etcdRuns[position] as SystemRun;
    const ruvraft = ruvraftRuns[position] as SystemRun;
    return {
      clients: count,
      etcd,
      ruvraft,
      opsRatio: ratio(ruvraft.opsPerSec, etcd.opsPerSec),
      p99Ratio: ratio(ruvraft.p99Us, etcd.p99Us),
      nodeCpuRatio: ratio(ruvraft.nodeCpuUsPerOp, etcd.nodeCpuUsPerOp),
    };
  });
  return {
    ...setup,
    rows,
    fasterAtEveryClientCount: rows.every(
      (row) =>
        row.etcd.errors === 0 &&
        row.ruvraft.errors === 0 &&
        row.ruvraft.opsPerSec > row.etcd.opsPerSec,
    ),
  };
}

const fixed = (value: number | undefined, digits: number) =>
  value === undefined ? "?" : value.toFixed(digits);
const times = (value: number | undefined) => (value === undefined ? "?" : `${value.toFixed(2)}x`);

/** The table, the ratio lines, and the disk reference line. */
export function formatEtcdComparison(report: EtcdComparison): string {
  const rows = report.rows.flatMap((row) =>
    (["etcd", "ruvraft"] as const).map((system) => {
      const run = row[system];
      return [
        String(row.clients),
        system === "etcd" ? `etcd ${report.etcdVersion}` : "ruvector-raft",
        String(Math.round(run.opsPerSec)),
        fixed(run.p50Us / 1000, 3),
        fixed(run.p99Us / 1000, 3),
        fixed(run.nodeCpuUsPerOp, 1),
        fixed(run.clientCpuUsPerOp, 1),
        run.errors === 0 ? "0" : `${run.errors} (${run.firstError ?? "?"})`,
      ];
    }),
  );
  const lines = [
    `etcd ${report.etcdVersion} against ruvector-raft: ${report.nodes} nodes each, ${report.valueSizeBytes}-byte values, ${report.durationMs / 1000} s measured after ${report.warmupMs / 1000} s warm-up (and ${report.startWarmupMs / 1000} s of load on each fresh cluster first), ${report.loopsPerConnection} loops per connection, ${report.first === "etcd" ? "etcd" : "ruvector-raft"} first`,
    formatTable(
      ["clients", "system", "ops/s", "p50 ms", "p99 ms", "node µs/op", "client µs/op", "errors"],
      rows,
    ),
    ...report.rows.map(
      (row) =>
        `  ${row.clients} clients, ruvector-raft / etcd: ops/s ${times(row.opsRatio)}, p99 ${times(row.p99Ratio)}, node CPU per put ${times(row.nodeCpuRatio)}`,
    ),
    `raw 4 KiB append + fdatasync p50 ${Math.round(report.rawFdatasyncP50Us)} µs before, ${Math.round(report.rawFdatasyncAfterP50Us)} µs after`,
    `ruvector-raft faster at every client count: ${report.fasterAtEveryClientCount ? "yes" : "no"}`,
  ];
  return lines.join("\n");
}
