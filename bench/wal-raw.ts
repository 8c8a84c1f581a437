/**
 * The physical limits of the data directory's disk, measured with node:fs directly and
 * synchronously (the least software between us and the disk), so the log's figures can be
 * read as a fraction of what the disk allows.
 *
 * Appends extend their file, as a growing segment's appends do: fdatasync then has to make
 * the new file size durable too (a journal commit on ext4/xfs). Pre-zeroed writes go, one after
 * the other, over a file that was filled with zeros and fsync'd first, as a preallocated
 * segment's appends do: no size or block allocation to commit. The overwrite of one block again
 * and again is reported for reference.
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

/** 4 KiB pwrite + fdatasync over the same block, again and again (reference). */
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

/** How PrezeroedFile writes: its file name, the size of each write, and how it is made durable. */
export interface PrezeroedWrites {
  name: string;
  writeBytes: number;
  /**
   * "fdatasync": a write, then fdatasync (the raw reference of bench:wal); "o-dsync": the file
   * is opened with O_DSYNC, so each write is durable when it returns (the log's segments).
   */
  durability: "fdatasync" | "o-dsync";
}

const PREZEROED_4K: PrezeroedWrites = {
  name: "raw-prezeroed-4k.bin",
  writeBytes: RAW_WRITE_BYTES,
  durability: "fdatasync",
};

/**
 * A file of `fileBytes` zeros, fsync'd, made once and written over round after round (blocks
 * written again cost what pre-zeroed ones do): for measureRawPrezeroedFdatasync, and for the
 * processes of the raw replicated write (bench/replication-floor-child.ts).
 */
export class PrezeroedFile {
  private position = 0;
  private readonly buffer: Uint8Array;

  private constructor(
    private readonly opened: { fd: number; file: string },
    private readonly fileBytes: number,
    private readonly writes: PrezeroedWrites,
  ) {
    this.buffer = new Uint8Array(writes.writeBytes).fill(0x5a);
  }

  static create(
    directory: string,
    fileBytes: number,
    writes: PrezeroedWrites = PREZEROED_4K,
  ): PrezeroedFile {
    const opened = openFresh(directory, writes.name);
    const zeros = new Uint8Array(1024 * 1024);
    for (let offset = 0; offset < fileBytes; offset += zeros.length) {
      writeAll(opened.fd, zeros.subarray(0, Math.min(zeros.length, fileBytes - offset)), offset);
    }
    fs.fsyncSync(opened.fd);
    if (writes.durability === "o-dsync" && fs.constants.O_DSYNC !== undefined) {
      fs.closeSync(opened.fd);
      opened.fd = fs.openSync(opened.file, fs.constants.O_RDWR | fs.constants.O_DSYNC);
    }
    return new PrezeroedFile(opened, fileBytes, writes);
  }

  /** One write at the next position (wrapping at the end of the file), durable on return. */
  writeNext(): void {
    if (this.position + this.buffer.length > this.fileBytes) {
      this.position = 0;
    }
    writeAll(this.opened.fd, this.buffer, this.position);
    if (this.writes.durability === "fdatasync" || fs.constants.O_DSYNC === undefined) {
      fs.fdatasyncSync(this.opened.fd);
    }
    this.position += this.buffer.length;
  }

  close(): void {
    closeAndRemove(this.opened);
  }
}

/** 4 KiB pwrite + fdatasync at consecutive offsets of a pre-zeroed file (the file never grows). */
export async function measureRawPrezeroedFdatasync(
  file: PrezeroedFile,
  budget: LatencyBudget,
  recorder: LatencyRecorder,
): Promise<LatencySummary> {
  return measureLatency(
    "raw 4 KiB pre-zeroed overwrite + fdatasync",
    budget,
    { operation: () => file.writeNext() },
    recorder,
  );
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
