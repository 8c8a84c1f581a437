/**
 * The report of `npm run bench:scale` (bench/scale.ts): one row per cell of the matrix with
 * throughput, latency, node CPU and disk bytes per operation, and the ratios to the disk's
 * raw limits measured in the same run; as a text table and as one JSON object. Pure (no
 * I/O), so it can be tested.
 */
import type { LoadResult } from "./cluster-load.js";
import type { LatencySummary } from "./latency.js";
import { formatTable } from "./text-table.js";
import type { SequentialBandwidth } from "./wal-raw.js";

/** One measured cell: a fresh cluster of `nodes` nodes under `run.clients` clients. */
export interface ScaleCell {
  nodes: number;
  valueSizeBytes: number;
  run: LoadResult;
}

/** The data disk's limits, measured in the same run. */
export interface DiskLimits {
  fdatasync: LatencySummary;
  fdatasyncAfter: LatencySummary | undefined;
  sequential: SequentialBandwidth;
}

/** How the run's disk bytes can be counted, found out before the first cell. */
export interface DiskAccounting {
  /** What write_bytes counts for one small append (bench/process-io.ts); undefined: unknown. */
  writeBytesPerSmallAppend: number | undefined;
  /** The data directory's block device stat file (bench/device-io.ts), if it has one. */
  deviceStatFile: string | undefined;
}

/**
 * Where the disk columns come from: the nodes' write_bytes, the block device's sectors
 * written (machine-wide), or the nodes' wchar (write calls, sockets included).
 */
export type DiskBytesSource = "write_bytes" | "device" | "wchar";

/** A page: where write_bytes counts no more than this per small append, it counts pages. */
const PAGE_BYTES = 4096;

/**
 * The nodes' write_bytes where it counts pages; else the block device's counter (write_bytes
 * stays 0 without block I/O accounting, and counts whole large folios on kernels whose page
 * cache holds them: 1 MiB per small append into a preallocated segment); else write_bytes as
 * it is, or wchar. Undefined when nothing could be read.
 */
export function diskBytesSource(
  accounting: DiskAccounting,
  cells: readonly ScaleCell[],
): DiskBytesSource | undefined {
  const ios = cells.flatMap((cell) => (cell.run.nodeIo === undefined ? [] : [cell.run.nodeIo]));
  const writeBytesCounts = ios.some((io) => io.writeBytes > 0);
  const granule = accounting.writeBytesPerSmallAppend;
  if (writeBytesCounts && granule !== undefined && granule <= PAGE_BYTES) return "write_bytes";
  if (cells.some((cell) => cell.run.deviceWriteBytes !== undefined)) return "device";
  if (writeBytesCounts) return "write_bytes";
  return ios.length > 0 ? "wchar" : undefined;
}

/** The bytes `source` counts in `run`'s window. */
function windowBytes(run: LoadResult, source: DiskBytesSource | undefined): number | undefined {
  switch (source) {
    case "write_bytes":
      return run.nodeIo?.writeBytes;
    case "wchar":
      return run.nodeIo?.wchar;
    case "device":
      return run.deviceWriteBytes;
    default:
      return undefined;
  }
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** `value` rounded, or null when it is unknown or not a number. */
function roundOrNull(value: number | undefined, digits: number): number | null {
  return value === undefined || !Number.isFinite(value) ? null : round(value, digits);
}

function cellReport(cell: ScaleCell, source: DiskBytesSource | undefined, limits: DiskLimits) {
  const run = cell.run;
  const io = run.nodeIo;
  const bytes = windowBytes(run, source);
  const perOp = bytes === undefined || run.operations === 0 ? undefined : bytes / run.operations;
  const perSec = bytes === undefined ? undefined : bytes / run.seconds;
  const rawBytesPerSec = limits.sequential.megabytesPerSecond * 1e6;
  return {
    nodes: cell.nodes,
    valueSize: cell.valueSizeBytes,
    clients: run.clients,
    raftClients: run.raftClients,
    operations: run.operations,
    seconds: round(run.seconds, 3),
    opsPerSec: Math.round(run.opsPerSec),
    p50Ms: round(run.p50Us / 1000, 3),
    p99Ms: round(run.p99Us / 1000, 3),
    p50OverRawFdatasync: roundOrNull(run.p50Us / limits.fdatasync.p50Us, 2),
    nodeCpuUsPerOp: roundOrNull(run.nodeCpuUsPerOp, 1),
    diskBytesPerOp: roundOrNull(perOp, 0),
    writeAmplification: roundOrNull(
      perOp === undefined ? undefined : perOp / cell.valueSizeBytes,
      2,
    ),
    diskMegabytesPerSec: roundOrNull(perSec === undefined ? undefined : perSec / 1e6, 2),
    diskBandwidthOverRaw: roundOrNull(
      perSec === undefined ? undefined : perSec / rawBytesPerSec,
      3,
    ),
    nodeWriteBytes: io?.writeBytes ?? null,
    nodeWchar: io?.wchar ?? null,
    deviceWriteBytes: run.deviceWriteBytes ?? null,
    errors: run.errors,
    warmupErrors: run.warmupErrors,
    firstError: run.firstError ?? null,
  };
}

export function buildScaleReport(
  settings: { durationMs: number; warmupMs: number; loopsPerRaftClient: number },
  cells: readonly ScaleCell[],
  limits: DiskLimits,
  accounting: DiskAccounting,
) {
  const source = diskBytesSource(accounting, cells);
  return {
    durationSeconds: settings.durationMs / 1000,
    warmupSeconds: settings.warmupMs / 1000,
    loopsPerRaftClient: settings.loopsPerRaftClient,
    clusterPerCell: true,
    diskBytesSource: source ?? null,
    writeBytesPerSmallAppend: accounting.writeBytesPerSmallAppend ?? null,
    deviceStatFile: accounting.deviceStatFile ?? null,
    rawFdatasyncP50Us: limits.fdatasync.p50Us,
    rawFdatasyncP99Us: limits.fdatasync.p99Us,
    rawFdatasyncAfterP50Us: limits.fdatasyncAfter?.p50Us ?? null,
    rawSequentialMegabytesPerSec: round(limits.sequential.megabytesPerSecond, 1),
    rawSequentialChunkBytes: limits.sequential.chunkBytes,
    cells: cells.map((cell) => cellReport(cell, source, limits)),
    node: process.version,
  };
}

export type ScaleReport = ReturnType<typeof buildScaleReport>;

/** The line under the table that says what the disk columns count. */
function diskBytesNote(report: ScaleReport): string {
  const granule = report.writeBytesPerSmallAppend;
  const writeBytes =
    granule === null
      ? "write_bytes per small append unknown"
      : `write_bytes counts ${granule} B per 256-byte append + fdatasync here`;
  switch (report.diskBytesSource) {
    case "write_bytes":
      return `disk bytes: write_bytes of /proc/<pid>/io, all nodes (${writeBytes})`;
    case "device":
      return `disk bytes: sectors written to ${report.deviceStatFile} by EVERY process on the machine, journal included (${writeBytes}${granule !== null && granule > PAGE_BYTES ? ": large folios, it would overstate" : ""})`;
    case "wchar":
      return "disk bytes: wchar of /proc/<pid>/io, all nodes (write calls, SOCKETS INCLUDED): write_bytes stayed 0 and the device has no counter";
    default:
      return "disk bytes: unavailable (/proc/<pid>/io could not be read)";
  }
}

function text(value: number | null, digits: number): string {
  return value === null ? "?" : value.toFixed(digits);
}

/** The table for people: one row per cell, then the disk's limits and what the columns mean. */
export function formatScaleTable(report: ScaleReport): string {
  const header = [
    "nodes",
    "value B",
    "clients",
    "ops/s",
    "p50 ms",
    "p99 ms",
    "p50/fsync",
    "CPU µs/op",
    "disk B/op",
    "/value",
    "disk MB/s",
    "/raw bw",
    "errors",
  ];
  const rows = report.cells.map((cell) => [
    String(cell.nodes),
    String(cell.valueSize),
    String(cell.clients),
    String(cell.opsPerSec),
    text(cell.p50Ms, 3),
    text(cell.p99Ms, 3),
    text(cell.p50OverRawFdatasync, 2),
    text(cell.nodeCpuUsPerOp, 1),
    text(cell.diskBytesPerOp, 0),
    text(cell.writeAmplification, 2),
    text(cell.diskMegabytesPerSec, 1),
    text(cell.diskBandwidthOverRaw, 3),
    String(cell.errors),
  ]);
  const errors = report.cells
    .filter((cell) => cell.firstError !== null)
    .map(
      (cell) =>
        `  ${cell.nodes} nodes, ${cell.valueSize} B, ${cell.clients} clients: first error: ${cell.firstError}`,
    );
  return [
    `scale: a fresh cluster per cell, ${report.durationSeconds} s measured after ${report.warmupSeconds} s warm-up, ${report.loopsPerRaftClient} loops per RaftClient`,
    formatTable(header, rows),
    ...errors,
    diskBytesNote(report),
    `raw 4 KiB append + fdatasync p50 ${report.rawFdatasyncP50Us} µs, p99 ${report.rawFdatasyncP99Us} µs (after the last cell: p50 ${report.rawFdatasyncAfterP50Us ?? "?"} µs); raw sequential ${report.rawSequentialChunkBytes / (1024 * 1024)} MiB writes + fdatasync ${report.rawSequentialMegabytesPerSec} MB/s`,
    "p50/fsync: p50 / raw fdatasync p50 (1-client rows); /value: disk B/op / value size (floor about the node count, twice that with segment zero-fill); /raw bw: disk MB/s / raw sequential MB/s (256-client rows)",
  ].join("\n");
}
