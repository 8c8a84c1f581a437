/**
 * Bytes written by processes, for benchmarks, from /proc/<pid>/io (Linux, same user):
 * - write_bytes: bytes the process caused to be sent to the block layer, counted when it
 *   dirties a page of the page cache; a small append to a page already written back dirties
 *   (and counts) the whole page again, or the whole large folio where the page cache holds
 *   those (measureWriteBytesPerSmallAppend tells). Zero on file systems without block I/O
 *   accounting (tmpfs, some container overlays).
 * - wchar: bytes handed to write-like system calls, sockets and pipes included.
 */
import fs from "node:fs";
import path from "node:path";
import { assert } from "../src/util/assert.js";

export interface ProcessIoBytes {
  writeBytes: number;
  wchar: number;
}

/** The write counters of process `pid` so far, or undefined when they cannot be read. */
export function processIoBytes(pid: number): ProcessIoBytes | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/io`, "utf8");
  } catch {
    return undefined;
  }
  return parseProcIo(text);
}

/** The `write_bytes` and `wchar` fields of a /proc/<pid>/io text, or undefined if one is missing. */
export function parseProcIo(text: string): ProcessIoBytes | undefined {
  const field = (name: string): number | undefined => {
    const match = new RegExp(`^${name}: (\\d+)$`, "m").exec(text);
    return match === null ? undefined : Number(match[1]);
  };
  const writeBytes = field("write_bytes");
  const wchar = field("wchar");
  return writeBytes === undefined || wchar === undefined ? undefined : { writeBytes, wchar };
}

/** The write counters of all `pids` together, or undefined when one cannot be read. */
export function sumIoBytes(pids: readonly number[]): ProcessIoBytes | undefined {
  const total = { writeBytes: 0, wchar: 0 };
  for (const pid of pids) {
    const io = processIoBytes(pid);
    if (io === undefined) return undefined;
    total.writeBytes += io.writeBytes;
    total.wchar += io.wchar;
  }
  return total;
}

/** How long waitForWritesToSettle looks, and what counts as quiet. */
export interface SettleBudget {
  /** Quiet: neither counter of the processes together grew by this much in one interval. */
  quietBytes: number;
  intervalMs: number;
  timeoutMs: number;
}

/**
 * Before a warm-up, a cluster's start-up writes (a ruvraft node's zero-fill of its first
 * segment and of a spare, 64 MiB each by default) must be done: quiet means under 256 KiB
 * written in 500 ms.
 */
export const START_UP_WRITES_SETTLE: SettleBudget = {
  quietBytes: 256 * 1024,
  intervalMs: 500,
  timeoutMs: 60_000,
};

/**
 * Waits until the processes' writes settle: an interval in which neither write_bytes nor
 * wchar (all `pids` together) grew by `quietBytes`. A fresh node zero-fills its first segment
 * and a spare (src/storage/preallocation.ts) in the background; a window measured during
 * that would count start-up writes as the load's.
 */
export async function waitForWritesToSettle(
  pids: readonly number[],
  budget: SettleBudget,
): Promise<"settled" | "timeout" | "unreadable"> {
  const deadline = Date.now() + budget.timeoutMs;
  let previous = sumIoBytes(pids);
  // Bounded by the deadline.
  while (previous !== undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, budget.intervalMs));
    const current = sumIoBytes(pids);
    if (current === undefined) break;
    const grown = Math.max(
      current.writeBytes - previous.writeBytes,
      current.wchar - previous.wchar,
    );
    if (grown < budget.quietBytes) return "settled";
    previous = current;
  }
  return previous === undefined ? "unreadable" : "timeout";
}

/** Appends measureWriteBytesPerSmallAppend makes, and their size. */
const GRANULE_APPENDS = 16;
const GRANULE_APPEND_BYTES = 256;
/** The zero-fill before them: as the log's, in 1 MiB writes (src/storage/preallocation.ts). */
const GRANULE_ZERO_FILL_BYTES = 2 * 1024 * 1024;
const GRANULE_ZERO_FILL_CHUNK_BYTES = 1024 * 1024;

/**
 * What write_bytes counts for one 256-byte write + fdatasync into a file zero-filled in 1 MiB
 * writes (a preallocated segment's appends): 4096 where the page cache counts 4 KiB pages; the
 * folio size (up to 1 MiB) where it holds large folios (recent kernels), and write_bytes then
 * overstates what reaches the disk by that much for small appends. Undefined where this
 * process's /proc/self/io cannot be read. Writes and removes one file in `directory`.
 */
export function measureWriteBytesPerSmallAppend(directory: string): number | undefined {
  const file = path.join(directory, "write-bytes-granule.bin");
  const fd = fs.openSync(file, "wx+", 0o644);
  try {
    const zeros = new Uint8Array(GRANULE_ZERO_FILL_CHUNK_BYTES);
    for (let offset = 0; offset < GRANULE_ZERO_FILL_BYTES; offset += zeros.length) {
      assert(fs.writeSync(fd, zeros, 0, zeros.length, offset) === zeros.length, "zero-fill write");
    }
    fs.fsyncSync(fd);
    const append = new Uint8Array(GRANULE_APPEND_BYTES).fill(0x5a);
    const before = processIoBytes(process.pid);
    for (let n = 0; n < GRANULE_APPENDS; n++) {
      const written = fs.writeSync(fd, append, 0, append.length, n * append.length);
      assert(written === append.length, "append write");
      fs.fdatasyncSync(fd);
    }
    const after = processIoBytes(process.pid);
    return before === undefined || after === undefined
      ? undefined
      : (after.writeBytes - before.writeBytes) / GRANULE_APPENDS;
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
}
