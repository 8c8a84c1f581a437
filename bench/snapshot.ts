/**
 * bench:snapshot — snapshot write and read bandwidth against the raw sequential write limit
 * of the same disk, measured in the same run.
 *
 * - raw: `stateMiB` MiB written with node:fs in `chunkMiB` MiB writes to a new file, then one
 *   fsync: the most a snapshot writer could reach on this disk;
 * - snapshot write: the same bytes through SnapshotWriter (chunk CRCs, header, trailer), then
 *   commit (fsync + rename + directory fsync);
 * - snapshot read: openSnapshot + every chunk verified (the file is mostly in the page cache
 *   right after writing, so this is CRC + copy speed rather than disk speed; the raw read of
 *   the same file is shown for comparison).
 *
 * Usage: node dist/bench/snapshot.js [--mib N] [--chunk-mib N] [--dir DIR] [--json]
 * Prints a table, then (always) one JSON line last: {snapshotWriteMBps, snapshotReadMBps,
 * rawSeqMBps, rawReadMBps, stateBytes, chunkBytes}. MB = 10^6 bytes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSnapshot, SnapshotWriter, snapshotFileName } from "../src/snapshot/index.js";

interface Settings {
  stateMiB: number;
  chunkMiB: number;
  directory: string | undefined;
  jsonOnly: boolean;
}

function parseArguments(argv: readonly string[]): Settings {
  const settings: Settings = { stateMiB: 256, chunkMiB: 1, directory: undefined, jsonOnly: false };
  for (let position = 0; position < argv.length; position++) {
    const argument = argv[position];
    const value = argv[position + 1];
    if (argument === "--json") {
      settings.jsonOnly = true;
    } else if (argument === "--mib" && value !== undefined) {
      settings.stateMiB = Number(value);
      position++;
    } else if (argument === "--chunk-mib" && value !== undefined) {
      settings.chunkMiB = Number(value);
      position++;
    } else if (argument === "--dir" && value !== undefined) {
      settings.directory = value;
      position++;
    } else {
      throw new Error(`unknown argument ${argument}`);
    }
  }
  return settings;
}

function megabytesPerSecond(bytes: number, startNs: bigint): number {
  const seconds = Number(process.hrtime.bigint() - startNs) / 1e9;
  return bytes / 1e6 / seconds;
}

/** A chunk of data that is not all zeroes (some file systems treat zeroes specially). */
function makeChunk(chunkBytes: number): Uint8Array {
  const data = new Uint8Array(chunkBytes);
  for (let i = 0; i < chunkBytes; i++) {
    data[i] = (i * 131 + (i >>> 9)) & 0xff;
  }
  return data;
}

async function rawSequentialWrite(file: string, chunk: Uint8Array, chunks: number) {
  const handle = await fs.promises.open(file, "wx", 0o644);
  const start = process.hrtime.bigint();
  try {
    for (let i = 0; i < chunks; i++) {
      await handle.write(chunk, 0, chunk.length, i * chunk.length);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return megabytesPerSecond(chunk.length * chunks, start);
}

async function snapshotWrite(file: string, chunk: Uint8Array, chunks: number) {
  const metadata = {
    index: 1_000_000,
    term: 7,
    confState: {
      voters: [1, 2, 3],
      votersOutgoing: [],
      learners: [],
      learnersNext: [],
      autoLeave: false,
      incarnations: [],
    },
  };
  const start = process.hrtime.bigint();
  const writer = await SnapshotWriter.create(file, metadata, { chunkBytes: chunk.length });
  for (let i = 0; i < chunks; i++) {
    await writer.write(chunk);
  }
  await writer.commit();
  return megabytesPerSecond(chunk.length * chunks, start);
}

function snapshotRead(file: string): { mbps: number; bytes: number } {
  const start = process.hrtime.bigint();
  let bytes = 0;
  for (const data of openSnapshot(file)) {
    bytes += data.length;
  }
  return { mbps: megabytesPerSecond(bytes, start), bytes };
}

function rawRead(file: string, chunkBytes: number): number {
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const fd = fs.openSync(file, "r");
  const start = process.hrtime.bigint();
  let bytes = 0;
  try {
    // Bounded by the file's size: each pass reads > 0 bytes or ends.
    for (;;) {
      const got = fs.readSync(fd, buffer, 0, chunkBytes, bytes);
      if (got === 0) break;
      bytes += got;
    }
  } finally {
    fs.closeSync(fd);
  }
  return megabytesPerSecond(bytes, start);
}

async function main(): Promise<void> {
  const settings = parseArguments(process.argv.slice(2));
  const chunkBytes = Math.round(settings.chunkMiB * 1024 * 1024);
  const chunks = Math.ceil((settings.stateMiB * 1024 * 1024) / chunkBytes);
  const stateBytes = chunks * chunkBytes;
  const directory = fs.mkdtempSync(
    path.join(settings.directory ?? os.tmpdir(), "ruvraft-bench-snapshot-"),
  );
  const chunk = makeChunk(chunkBytes);
  try {
    const rawFile = path.join(directory, "raw.bin");
    const rawSeqMBps = await rawSequentialWrite(rawFile, chunk, chunks);
    fs.rmSync(rawFile);
    const snapshotFile = path.join(directory, snapshotFileName(1_000_000, 7));
    const snapshotWriteMBps = await snapshotWrite(snapshotFile, chunk, chunks);
    const read = snapshotRead(snapshotFile);
    if (read.bytes !== stateBytes) {
      throw new Error(`read ${read.bytes} bytes back, wrote ${stateBytes}`);
    }
    const rawReadMBps = rawRead(snapshotFile, chunkBytes);
    const result = {
      snapshotWriteMBps: round(snapshotWriteMBps),
      snapshotReadMBps: round(read.mbps),
      rawSeqMBps: round(rawSeqMBps),
      rawReadMBps: round(rawReadMBps),
      stateBytes,
      chunkBytes,
    };
    if (!settings.jsonOnly) {
      const rows = [
        ["raw sequential write + fsync", rawSeqMBps, 1],
        ["snapshot write + commit", snapshotWriteMBps, snapshotWriteMBps / rawSeqMBps],
        ["raw read (page cache)", rawReadMBps, rawReadMBps / rawSeqMBps],
        ["snapshot read + verify", read.mbps, read.mbps / rawSeqMBps],
      ] as const;
      console.log(
        `snapshot bench: ${settings.stateMiB} MiB of state in ${settings.chunkMiB} MiB chunks, ${directory}`,
      );
      console.log(`${"operation".padEnd(32)} ${"MB/s".padStart(9)} ${"vs raw write".padStart(13)}`);
      for (const [name, mbps, ratio] of rows) {
        console.log(
          `${name.padEnd(32)} ${mbps.toFixed(1).padStart(9)} ${`${(ratio * 100).toFixed(0)}%`.padStart(13)}`,
        );
      }
    }
    console.log(JSON.stringify(result));
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

await main();
