/**
 * Workloads on the SegmentLog itself: append latency per batch size, group commit under
 * concurrent appenders, and writing the log that the recovery child reopens.
 */
import { wal } from "../src/proto/index.js";
import { frameBytes } from "../src/storage/format.js";
import { type DurableWriteThread, NodeFileSystem } from "../src/storage/fs.js";
import { SegmentLog } from "../src/storage/segment-log.js";
import { type Entry, EntryType } from "../src/types/index.js";
import {
  elapsedUs,
  type LatencyBudget,
  LatencyRecorder,
  type LatencySummary,
  measureLatency,
} from "./latency.js";

export const ENTRY_DATA_BYTES = 256;
const TERM = 1;

/** One shared payload: the log keeps references to entries, and never mutates their data. */
const ENTRY_DATA = new Uint8Array(ENTRY_DATA_BYTES).fill(0x42);

function entryAt(index: number): Entry {
  return { index, term: TERM, type: EntryType.NORMAL, data: ENTRY_DATA };
}

function batchFrom(firstIndex: number, count: number): Entry[] {
  const batch: Entry[] = new Array(count);
  for (let position = 0; position < count; position++) {
    batch[position] = entryAt(firstIndex + position);
  }
  return batch;
}

/** Bytes one entry occupies in a segment (frame header, protobuf payload, padding). */
export function entryFrameBytes(index: number): number {
  return frameBytes(wal.LogEntry.encode(entryAt(index)).finish().length);
}

/**
 * Bytes the log holds in its segments (frames and headers): a preallocated segment's file is
 * its full size from the start, so file sizes would count zeros not yet written.
 */
function segmentBytes(log: SegmentLog): number {
  return log.diskUsage().dataBytes;
}

/**
 * Opens the log and waits for the spare segment's background zero-fill, so that measurements
 * start from a settled disk: in steady state the zero-fill happens once per segment (64 MiB of
 * appends), not at every measurement's start.
 */
async function openSettled(
  directory: string,
  preallocateSegments = true,
  durableWriteThread: DurableWriteThread = "thread-pool",
): Promise<SegmentLog> {
  const log = await SegmentLog.open(directory, {
    preallocateSegments,
    fileSystem: new NodeFileSystem({ durableWriteThread }),
  });
  await log.spareSegmentSettled();
  return log;
}

export interface AppendResult extends LatencySummary {
  batchEntries: number;
  /** Bytes written to the segment files (frames with their framing) per second of append time. */
  fileMegabytesPerSecond: number;
  /** Entry data bytes (256 per entry) per second of append time. */
  payloadMegabytesPerSecond: number;
  entriesPerSecond: number;
  /**
   * Zeros the log wrote to prepare spare segments per byte it appended, from the open (after
   * the first spare was settled) to the last round: what preallocation cost in writes.
   */
  zeroFillBytesPerLogByte: number;
}

/**
 * Appends batches of `batchEntries` entries one after another, each awaited (durable), in
 * rounds: the caller interleaves rounds with the raw disk measurement it is compared with,
 * so that both see the same disk weather on a shared machine.
 */
export class AppendRunner {
  private readonly recorder = new LatencyRecorder();
  private batch: Entry[] = [];
  private bytes = 0;
  private entries = 0;
  /** Figures at the open, once the first spare was settled (zeroFillBytesPerLogByte). */
  private readonly zeroFillBytesAtOpen: number;
  private readonly segmentBytesAtOpen: number;

  private constructor(
    private readonly log: SegmentLog,
    readonly batchEntries: number,
  ) {
    this.zeroFillBytesAtOpen = log.stats.zeroFillBytes;
    this.segmentBytesAtOpen = segmentBytes(log);
  }

  /**
   * A runner on a log in `directory`, preallocated (the default) or growing, writing on the
   * I/O thread pool (the SegmentLog default) or on the event loop (a RaftNode's default).
   */
  static async open(
    directory: string,
    batchEntries: number,
    preallocateSegments = true,
    durableWriteThread: DurableWriteThread = "thread-pool",
  ): Promise<AppendRunner> {
    return new AppendRunner(
      await openSettled(directory, preallocateSegments, durableWriteThread),
      batchEntries,
    );
  }

  /** The log's counters (segments created and preallocated, spare waits). */
  stats(): SegmentLog["stats"] {
    return this.log.stats;
  }

  async round(budget: LatencyBudget): Promise<void> {
    const log = this.log;
    let bytesAtStart = 0;
    let entriesAtStart = 0;
    await measureLatency(
      `append batch of ${this.batchEntries}`,
      budget,
      {
        prepare: () => {
          this.batch = batchFrom(log.lastIndex() + 1, this.batchEntries);
        },
        operation: () => log.append(this.batch),
        onRunStart: () => {
          bytesAtStart = segmentBytes(log);
          entriesAtStart = log.stats.entriesAppended;
        },
        onRunEnd: () => {
          this.bytes += segmentBytes(log) - bytesAtStart;
          this.entries += log.stats.entriesAppended - entriesAtStart;
        },
      },
      this.recorder,
    );
  }

  result(): AppendResult {
    const summary = this.recorder.summary();
    return {
      ...summary,
      batchEntries: this.batchEntries,
      fileMegabytesPerSecond: this.bytes / 1e6 / summary.totalSeconds,
      payloadMegabytesPerSecond: (this.entries * ENTRY_DATA_BYTES) / 1e6 / summary.totalSeconds,
      entriesPerSecond: this.entries / summary.totalSeconds,
      zeroFillBytesPerLogByte:
        (this.log.stats.zeroFillBytes - this.zeroFillBytesAtOpen) /
        Math.max(1, segmentBytes(this.log) - this.segmentBytesAtOpen),
    };
  }

  close(): Promise<void> {
    return this.log.close();
  }
}

export interface GroupCommitResult extends LatencySummary {
  appenders: number;
  seconds: number;
  entries: number;
  entriesPerSecond: number;
  fsyncsPerSecond: number;
  entriesPerFsync: number;
}

/**
 * `appenders` loops, each appending one entry and awaiting it before the next, so at most
 * `appenders` appends are in flight. Indexes come from one shared counter, taken at call time:
 * append() validates contiguity synchronously, in call order.
 */
export async function measureGroupCommit(
  directory: string,
  appenders: number,
  timing: { warmupMs: number; runMs: number },
): Promise<GroupCommitResult> {
  const log = await openSettled(directory);
  const recorder = new LatencyRecorder();
  let nextIndex = log.lastIndex() + 1;
  let recording = false;
  let stopAt = performance.now() + timing.warmupMs + timing.runMs;
  const appender = async (): Promise<void> => {
    // Bounded by the deadline.
    while (performance.now() < stopAt) {
      const start = performance.now();
      await log.append([entryAt(nextIndex++)]);
      if (recording) {
        recorder.record(elapsedUs(start));
      }
    }
  };
  try {
    const loops = Array.from({ length: appenders }, () => appender());
    await sleep(timing.warmupMs);
    const fsyncsAtStart = log.stats.fsyncs;
    const entriesAtStart = log.stats.entriesAppended;
    const start = performance.now();
    recording = true;
    stopAt = start + timing.runMs;
    await sleep(timing.runMs);
    recording = false;
    const seconds = (performance.now() - start) / 1000;
    const fsyncs = log.stats.fsyncs - fsyncsAtStart;
    const entries = log.stats.entriesAppended - entriesAtStart;
    await Promise.all(loops);
    return {
      ...recorder.summary(),
      appenders,
      seconds,
      entries,
      entriesPerSecond: entries / seconds,
      fsyncsPerSecond: fsyncs / seconds,
      entriesPerFsync: fsyncs === 0 ? 0 : entries / fsyncs,
    };
  } finally {
    await log.close();
  }
}

/** Writes `entryCount` entries in batches of `batchEntries`, then closes the log. */
export async function writeLog(
  directory: string,
  entryCount: number,
  batchEntries: number,
): Promise<{ seconds: number; segments: number }> {
  const log = await SegmentLog.open(directory);
  const start = performance.now();
  try {
    let next = log.lastIndex() + 1;
    const last = next + entryCount - 1;
    // Bounded: each pass appends at least one entry.
    while (next <= last) {
      const count = Math.min(batchEntries, last - next + 1);
      await log.append(batchFrom(next, count));
      next += count;
    }
    return { seconds: (performance.now() - start) / 1000, segments: log.segmentFiles().length };
  } finally {
    await log.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
