/**
 * Bytes written by processes, for benchmarks, from /proc/<pid>/io (Linux, same user):
 * - write_bytes: bytes the process caused to be sent to the block layer, counted when it
 *   dirties a page of the page cache; a small append to a page already written back dirties
 *   (and counts) the whole page again. Zero on file systems without block I/O accounting
 *   (tmpfs, some container overlays).
 * - wchar: bytes handed to write-like system calls, sockets and pipes included.
 */
import fs from "node:fs";

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
