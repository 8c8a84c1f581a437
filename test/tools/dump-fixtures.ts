/**
 * Fixtures for the dump tool tests: data directories written by the real SegmentLog, hand-made
 * segments (for what SegmentLog never writes), the damage helpers, and a runner that spawns
 * the compiled tool (dist/tools/dump.js; `npm test` builds it first).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { wal } from "../../src/proto/index.js";
import {
  encodeSegmentHeader,
  FORMAT_VERSION,
  FRAME_FLAG_BATCH_END,
  FRAME_HEADER_BYTES,
  FrameType,
  frameBytes,
  segmentFileName,
  writeFrame,
} from "../../src/storage/format.js";
import { SegmentLog } from "../../src/storage/index.js";
import { MemorySource, readSegmentHeader, scanFrames } from "../../src/storage/scan.js";
import { type Entry, EntryType } from "../../src/types/index.js";

export const DUMP_SCRIPT = path.resolve("dist/tools/dump.js");
const DUMP_TIMEOUT_MS = 30_000;

export interface DumpRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runDump(args: readonly string[]): DumpRun {
  if (!fs.existsSync(DUMP_SCRIPT)) {
    throw new Error(`${DUMP_SCRIPT} is missing: run \`npm run build\` (npm test does) first`);
  }
  const result = spawnSync(process.execPath, [DUMP_SCRIPT, ...args], {
    encoding: "utf8",
    timeout: DUMP_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// biome-ignore lint/suspicious/noExplicitAny: JSON lines are checked field by field in tests.
export type JsonLine = Record<string, any>;

/** Runs with --json and parses every stdout line (each must be one JSON object). */
export function runDumpJson(args: readonly string[]): { status: number | null; lines: JsonLine[] } {
  const run = runDump(["--json", ...args]);
  const lines = run.stdout
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as JsonLine);
  return { status: run.status, lines };
}

export function ofKind(lines: readonly JsonLine[], kind: string): JsonLine[] {
  return lines.filter((line) => line.kind === kind);
}

export function summaryOf(lines: readonly JsonLine[]): JsonLine {
  const last = lines[lines.length - 1];
  if (last?.kind !== "summary") {
    throw new Error(`the last line is not the summary: ${JSON.stringify(last)}`);
  }
  return last;
}

export function makeTempDirectory(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "ruvraft-dump-test-"));
}

/** The data of entry `index` in generated logs: a mix of every kind the dump shows. */
export function generatedEntry(index: number, term: number): Entry {
  if (index % 10 === 1) {
    return { index, term, type: EntryType.NO_OP, data: new Uint8Array() };
  }
  if (index % 10 === 7) {
    return { index, term, type: EntryType.CONF_CHANGE, data: Uint8Array.from([0x08, index]) };
  }
  if (index % 10 === 5) {
    return { index, term, type: EntryType.NORMAL, data: Uint8Array.from([0, 1, 2, 0xff, index]) };
  }
  const text = index % 10 === 3 ? `put k${index} ${"v".repeat(100)}` : `put k${index} v${index}`;
  return { index, term, type: EntryType.NORMAL, data: new TextEncoder().encode(text) };
}

/**
 * Writes a log with SegmentLog: `batches` appends of `perBatch` entries, each with a hard
 * state, in 4 KiB segments, growing (the default here) or preallocated. Returns the segment
 * paths, oldest first.
 */
export async function writeLog(
  directory: string,
  options: { batches: number; perBatch: number; preallocateSegments?: boolean },
): Promise<string[]> {
  const log = await SegmentLog.open(directory, {
    segmentSizeBytes: 4096,
    lock: false,
    preallocateSegments: options.preallocateSegments ?? false,
  });
  try {
    let index = 1;
    for (let batch = 0; batch < options.batches; batch++) {
      const term = 1 + Math.floor(batch / 4);
      const entries: Entry[] = [];
      for (let k = 0; k < options.perBatch; k++) {
        entries.push(generatedEntry(index, term));
        index++;
      }
      await log.append(entries, { term, vote: 2, commit: Math.max(0, index - 2) });
    }
    return log.segmentFiles();
  } finally {
    await log.close();
  }
}

export interface FrameInfo {
  offsetBytes: number;
  frameType: number;
  index: number;
  writeSequence: number;
  batchEnd: boolean;
}

/** The good frames of a segment, read with scan.ts directly (not through the tool). */
export function framesOf(file: string): FrameInfo[] {
  const source = new MemorySource(fs.readFileSync(file));
  const decoded = readSegmentHeader(source);
  if ("problem" in decoded) {
    throw new Error(`${file}: ${decoded.problem.kind}`);
  }
  const frames: FrameInfo[] = [];
  scanFrames(source, {
    firstIndex: decoded.header.firstIndex,
    onFrame: (frame) =>
      frames.push({
        offsetBytes: frame.offset,
        frameType: frame.header.frameType,
        index: frame.header.index,
        writeSequence: frame.header.writeSequence,
        batchEnd: (frame.header.flags & FRAME_FLAG_BATCH_END) !== 0,
      }),
  });
  return frames;
}

export function flipBit(file: string, offsetBytes: number): void {
  const bytes = fs.readFileSync(file);
  const value = bytes[offsetBytes];
  if (value === undefined) {
    throw new Error(`offset ${offsetBytes} is past the end of ${file}`);
  }
  bytes[offsetBytes] = value ^ 0x10;
  fs.writeFileSync(file, bytes);
}

export interface CraftedFrame {
  frameType?: number;
  index: number;
  term: number;
  writeSequence: number;
  batchEnd?: boolean;
  /** Defaults to the encoded LogEntry {index, term, NORMAL, "x<index>"}. */
  payload?: Uint8Array;
}

/** A segment file made by hand (for frames SegmentLog never writes). Returns its path. */
export function craftSegment(
  directory: string,
  options: { firstIndex: number; segmentId: number; restart?: boolean; frames: CraftedFrame[] },
): string {
  const parts: Uint8Array[] = [
    encodeSegmentHeader({
      formatVersion: FORMAT_VERSION,
      segmentId: options.segmentId,
      firstIndex: options.firstIndex,
      restart: options.restart ?? false,
    }),
  ];
  for (const frame of options.frames) {
    const payload =
      frame.payload ??
      wal.LogEntry.encode({
        index: frame.index,
        term: frame.term,
        type: EntryType.NORMAL,
        data: new TextEncoder().encode(`x${frame.index}`),
      }).finish();
    const bytes = new Uint8Array(frameBytes(payload.length));
    bytes.set(payload, FRAME_HEADER_BYTES);
    writeFrame(bytes, 0, {
      frameType: (frame.frameType ?? FrameType.ENTRY) as FrameType,
      flags: frame.batchEnd === false ? 0 : FRAME_FLAG_BATCH_END,
      payloadLength: payload.length,
      writeSequence: frame.writeSequence,
      index: frame.index,
      term: frame.term,
    });
    parts.push(bytes);
  }
  const file = path.join(directory, segmentFileName(options.firstIndex, options.segmentId));
  fs.writeFileSync(file, Buffer.concat(parts));
  return file;
}
