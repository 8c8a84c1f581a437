/**
 * The physical limits of the data directory's disk, measured with node:fs directly and
 * synchronously (the least software between us and the disk), so the log's figures can be
 * read as a fraction of what the disk allows.
 *
 * Every write extends its file, as the log's appends do: fdatasync then has to make the new
 * file size durable too (a journal commit on ext4/xfs), which an overwrite in place does not.
 * The overwrite latency is reported for reference: it is what a log with preallocated
 * segments could reach.
 */
import fs from "node:fs";
import path from "node:path";
import {
  type LatencyBudget,
  type LatencyRecorder,
  type LatencySummary,
  measureLatency,
} from "./latency.js";

export const RAW_WRITE_BYTES = 4096;

export interface SequentialBandwidth {
  chunkBytes: number;
  bytesWritten: number;
  seconds: number;
  megabytesPerSecond: number;
}

/** Bounds of a sequential bandwidth run: it stops at whichever comes first (after one write). */
export interface BandwidthBudget {
  timeMs: number;
  bytesMax: number;
}

function openFresh(directory: string, name: string): { fd: number; file: string } {
  const file = path.join(directory, name);
  fs.rmSync(file, { force: true });
  return { fd: fs.openSync(file, "wx+", 0o644), file };
}

function closeAndRemove(opened: { fd: number; file: string }): void {
  fs.closeSync(opened.fd);
  fs.rmSync(opened.file, { force: true });
}

/** 4 KiB pwrite + fdatasync, each write at the end of the file (the file grows). */
export async function measureRawAppendFdatasync(
  directory: string,
  budget: LatencyBudget,
  recorder: LatencyRecorder,
): Promise<LatencySummary> {
  const opened = openFresh(directory, "raw-append-4k.bin");
  const buffer = new Uint8Array(RAW_WRITE_BYTES).fill(0x5a);
  let position = 0;
  try {
    return await measureLatency(
      "raw 4 KiB append + fdatasync",
      budget,
      {
        operation: () => {
          writeAll(opened.fd, buffer, position);
          fs.fdatasyncSync(opened.fd);
          position += buffer.length;
        },
      },
      recorder,
    );
  } finally {
    closeAndRemove(opened);
  }
}

/** 4 KiB pwrite + fdatasync over the same block (no size change: the preallocated case). */
export async function measureRawOverwriteFdatasync(
  directory: string,
  budget: LatencyBudget,
): Promise<LatencySummary> {
  const opened = openFresh(directory, "raw-overwrite-4k.bin");
  const buffer = new Uint8Array(RAW_WRITE_BYTES).fill(0x5a);
  writeAll(opened.fd, buffer, 0);
  fs.fsyncSync(opened.fd);
  try {
    return await measureLatency("raw 4 KiB overwrite + fdatasync", budget, {
      operation: () => {
        writeAll(opened.fd, buffer, 0);
        fs.fdatasyncSync(opened.fd);
      },
    });
  } finally {
    closeAndRemove(opened);
  }
}

/** Sequential durable bandwidth: write `chunkBytes` at the end of the file, fdatasync, repeat. */
export function measureRawSequential(
  directory: string,
  chunkBytes: number,
  budget: BandwidthBudget,
): SequentialBandwidth {
  const opened = openFresh(directory, `raw-seq-${chunkBytes}.bin`);
  const chunk = new Uint8Array(chunkBytes).fill(0xa5);
  let written = 0;
  const start = performance.now();
  try {
    // Bounded by the time and byte budgets.
    do {
      writeAll(opened.fd, chunk, written);
      fs.fdatasyncSync(opened.fd);
      written += chunkBytes;
    } while (performance.now() - start < budget.timeMs && written + chunkBytes <= budget.bytesMax);
  } finally {
    closeAndRemove(opened);
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    chunkBytes,
    bytesWritten: written,
    seconds,
    megabytesPerSecond: written / 1e6 / seconds,
  };
}

function writeAll(fd: number, buffer: Uint8Array, position: number): void {
  let done = 0;
  // Bounded: each pass writes at least one byte or throws.
  while (done < buffer.length) {
    const count = fs.writeSync(fd, buffer, done, buffer.length - done, position + done);
    if (count <= 0) {
      throw new Error("raw write made no progress");
    }
    done += count;
  }
}
