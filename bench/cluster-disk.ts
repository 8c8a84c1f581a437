/**
 * The physical limits the cluster benchmarks hold their results against, measured in the run's
 * data directory (the disk the nodes write to) with the raw writes of bench/wal-raw.ts: 4 KiB
 * append + fdatasync latency, and sequential durable bandwidth.
 */
import { LatencyRecorder, type LatencySummary } from "./latency.js";
import {
  measureRawAppendFdatasync,
  measureRawSequential,
  type SequentialBandwidth,
} from "./wal-raw.js";

const RAW_FDATASYNC_BUDGET = {
  timeMs: 1_000,
  iterationsMin: 100,
  warmupTimeMs: 100,
  warmupIterationsMin: 10,
} as const;
/** Sequential bandwidth: 1 MiB writes, each followed by fdatasync, for about a second. */
const RAW_SEQUENTIAL_CHUNK_BYTES = 1024 * 1024;
const RAW_SEQUENTIAL_BUDGET = { timeMs: 1_000, bytesMax: 512 * 1024 * 1024 } as const;

/** Raw 4 KiB append + fdatasync latency in `directory` (about a second). */
export function measureRawFdatasync(directory: string): Promise<LatencySummary> {
  return measureRawAppendFdatasync(directory, RAW_FDATASYNC_BUDGET, new LatencyRecorder());
}

/** Raw sequential durable write bandwidth in `directory` (about a second). */
export function measureRawBandwidth(directory: string): SequentialBandwidth {
  return measureRawSequential(directory, RAW_SEQUENTIAL_CHUNK_BYTES, RAW_SEQUENTIAL_BUDGET);
}
