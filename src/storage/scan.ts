/**
 * Reading a segment file frame by frame. Shared by recovery (SegmentLog.open) and the dump
 * tool, so that both apply exactly the same rules (segments/FORMAT.md, "Reading a segment").
 * Nothing here writes: deciding what to do about damage is the caller's job.
 *
 * A segment ends at the end of its file or at its **zero tail**: the zero bytes after its last
 * frame, up to the end of the file. A preallocated segment is created at its full size filled
 * with zeros, and appends overwrite them; the zeros left are free space, never damage (a zero
 * frame type is never valid, so they can never be mistaken for a frame either).
 */

import { assert } from "../util/assert.js";
import {
  alignUp,
  computeFrameCrc,
  decodeSegmentHeader,
  FRAME_ALIGNMENT_BYTES,
  FRAME_FLAG_BATCH_END,
  FRAME_HEADER_BYTES,
  FRAME_PAYLOAD_BYTES_MAX,
  type FrameHeader,
  FrameType,
  readFrameHeader,
  SEGMENT_HEADER_BYTES,
  type SegmentHeader,
  type SegmentHeaderProblem,
} from "./format.js";
import type { FileHandle } from "./fs.js";

/** Random access to the bytes of one file. Returned views are valid until the next call. */
export interface ByteSource {
  readonly sizeBytes: number;
  bytes(offset: number, length: number): Uint8Array;
}

/** A ByteSource over a file handle that reads a window of `windowBytes` at a time. */
export class WindowedReader implements ByteSource {
  readonly sizeBytes: number;
  private window: Uint8Array = new Uint8Array(0);
  private windowOffset = 0;
  private windowLength = 0;

  constructor(
    private readonly handle: FileHandle,
    sizeBytes: number,
    private readonly windowBytes = 4 * 1024 * 1024,
  ) {
    this.sizeBytes = sizeBytes;
  }

  bytes(offset: number, length: number): Uint8Array {
    if (offset >= this.windowOffset && offset + length <= this.windowOffset + this.windowLength) {
      const start = offset - this.windowOffset;
      return this.window.subarray(start, start + length);
    }
    const capacity = Math.max(this.windowBytes, length);
    if (this.window.length < capacity) {
      this.window = new Uint8Array(capacity);
    }
    const wanted = Math.min(capacity, Math.max(0, this.sizeBytes - offset));
    const got = this.handle.readSync(this.window.subarray(0, wanted), offset);
    this.windowOffset = offset;
    this.windowLength = got;
    return this.window.subarray(0, Math.min(length, got));
  }
}

/** A ByteSource over bytes already in memory. */
export class MemorySource implements ByteSource {
  readonly sizeBytes: number;
  constructor(private readonly data: Uint8Array) {
    this.sizeBytes = data.length;
  }
  bytes(offset: number, length: number): Uint8Array {
    return this.data.subarray(offset, Math.min(this.data.length, offset + length));
  }
}

export interface GoodFrame {
  offset: number;
  header: FrameHeader;
  /** A view of the payload, valid only until the source is read again. */
  payload: Uint8Array;
}

/** Checks that a well-formed frame with a matching crc starts at `offset`. */
export function checkFrameAt(
  source: ByteSource,
  offset: number,
): { ok: true; frame: GoodFrame } | { ok: false; reason: string } {
  const remaining = source.sizeBytes - offset;
  if (remaining < FRAME_HEADER_BYTES) {
    return {
      ok: false,
      reason: `truncated frame header (${remaining} of ${FRAME_HEADER_BYTES} bytes)`,
    };
  }
  const headerBytes = source.bytes(offset, FRAME_HEADER_BYTES);
  const header = readFrameHeader(headerBytes, 0);
  if (header.frameType === 0) {
    return { ok: false, reason: "frame type 0 (zeroed or unwritten space)" };
  }
  if (header.frameType !== FrameType.ENTRY && header.frameType !== FrameType.HARD_STATE) {
    return { ok: false, reason: `unknown frame type ${header.frameType}` };
  }
  if (header.reserved !== 0 || (header.flags & ~FRAME_FLAG_BATCH_END) !== 0) {
    return { ok: false, reason: "reserved header bits are set" };
  }
  if (header.payloadLength > FRAME_PAYLOAD_BYTES_MAX) {
    return {
      ok: false,
      reason: `payload length ${header.payloadLength} exceeds the maximum ${FRAME_PAYLOAD_BYTES_MAX}`,
    };
  }
  const frameLength = FRAME_HEADER_BYTES + alignUp(header.payloadLength);
  if (frameLength > remaining) {
    return {
      ok: false,
      reason: `frame of ${frameLength} bytes extends past the end of the file (${remaining} bytes left)`,
    };
  }
  const whole = source.bytes(offset, FRAME_HEADER_BYTES + header.payloadLength);
  const computed = computeFrameCrc(
    whole,
    new DataView(whole.buffer, whole.byteOffset, whole.byteLength),
    0,
    header.payloadLength,
  );
  if (computed !== header.crc) {
    return {
      ok: false,
      reason: `CRC mismatch (stored ${hex32(header.crc)}, computed ${hex32(computed)})`,
    };
  }
  if (header.index < 0 || header.term < 0) {
    return { ok: false, reason: "index or term is not a safe integer" };
  }
  return { ok: true, frame: { offset, header, payload: whole.subarray(FRAME_HEADER_BYTES) } };
}

/**
 * Bytes read per step while looking for the zero tail. Equal to WindowedReader's default window,
 * so that reading a file backward in these steps reads every byte once.
 */
const ZERO_SCAN_CHUNK_BYTES = 4 * 1024 * 1024;
/** Bytes compared at a time against a shared block of zeros (memcmp, not a loop in JS). */
const ZERO_COMPARE_BYTES = 64 * 1024;
let zeroBlock: Buffer | undefined;

/** Index just after the last non-zero byte of `bytes`; 0 when every byte is zero. */
function nonZeroEnd(bytes: Uint8Array): number {
  zeroBlock ??= Buffer.alloc(ZERO_COMPARE_BYTES);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buffer.length;
  // Bounded: each pass moves `end` back by one compare block.
  while (end > 0) {
    const start = Math.max(0, end - ZERO_COMPARE_BYTES);
    if (buffer.compare(zeroBlock, 0, end - start, start, end) !== 0) {
      for (let position = end - 1; position >= start; position--) {
        if (buffer[position] !== 0) {
          return position + 1;
        }
      }
    }
    end = start;
  }
  return 0;
}

/**
 * Where the zero tail at or after `fromOffset` starts: the offset just after the last non-zero
 * byte of [fromOffset, end of file), or `fromOffset` when all of it is zero. Reads backward from
 * the end of the file, so a preallocated file's zeros are read once and damage before them is
 * found without a frame search through them. Bytes the file no longer holds (a short read)
 * count as non-zero: only bytes actually read as zero are free space.
 */
export function zeroTailOffset(source: ByteSource, fromOffset: number): number {
  let end = source.sizeBytes;
  // Bounded: each pass moves `end` back by one chunk.
  while (end > fromOffset) {
    const start = Math.max(fromOffset, end - ZERO_SCAN_CHUNK_BYTES);
    const chunk = source.bytes(start, end - start);
    if (chunk.length < end - start) {
      return end;
    }
    const found = nonZeroEnd(chunk);
    if (found > 0) {
      return start + found;
    }
    end = start;
  }
  return fromOffset;
}

export function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, "0")}`;
}

/** Where a scan stopped, and why. */
export interface ScanProblem {
  offset: number;
  /** The entry index expected at `offset`. */
  expectedIndex: number;
  reason: string;
  /**
   * End of the damaged bytes: just after the last non-zero byte of the file (> offset). Only
   * zeros follow it (free space of a preallocated segment, or nothing).
   */
  damageEndOffset: number;
}

/** The last good frame seen (or the segment header, as write batch 0). */
interface Predecessor {
  writeSequence: number;
  batchEnded: boolean;
}

export interface ScanOptions {
  /** Entry index the first ENTRY frame must carry (the segment header's first index). */
  firstIndex: number;
  /** Called for every good frame in order. */
  onFrame?: (frame: GoodFrame) => void;
}

export interface FramesScan {
  /** Offset just after the last good frame. */
  endOffset: number;
  /**
   * Where the zero tail starts: endOffset when the segment ends cleanly (the file ends there or
   * only zeros follow), the problem's damageEndOffset after damage. Bytes from here to the end
   * of the file are zero: free space, never data.
   */
  zeroTailOffset: number;
  entryCount: number;
  /** Index of the last good ENTRY frame, or firstIndex - 1 if none. */
  lastIndex: number;
  lastTerm: number;
  hardStateFrames: number;
  predecessor: Predecessor;
  problem?: ScanProblem;
}

/**
 * Walks the frames after the segment header until the end of the file, its zero tail, or the
 * first problem: a frame that fails its checks, or a good frame out of sequence (index not the
 * next one, a term going backwards, a write sequence going backwards). A frame that fails its
 * checks where every byte from it to the end of the file is zero is the zero tail: the clean
 * end of the segment, not a problem.
 */
export function scanFrames(source: ByteSource, options: ScanOptions): FramesScan {
  const scan: FramesScan = {
    endOffset: SEGMENT_HEADER_BYTES,
    zeroTailOffset: SEGMENT_HEADER_BYTES,
    entryCount: 0,
    lastIndex: options.firstIndex - 1,
    lastTerm: 0,
    hardStateFrames: 0,
    predecessor: { writeSequence: 0, batchEnded: true },
  };
  let offset = SEGMENT_HEADER_BYTES;
  while (offset < source.sizeBytes) {
    const checked = checkFrameAt(source, offset);
    if (!checked.ok) {
      const damageEndOffset = zeroTailOffset(source, offset);
      if (damageEndOffset > offset) {
        scan.problem = problemAt(scan, offset, checked.reason, damageEndOffset);
        scan.zeroTailOffset = damageEndOffset;
      }
      return scan;
    }
    const header = checked.frame.header;
    const sequenceProblem = sequenceViolation(scan, header);
    if (sequenceProblem !== undefined) {
      scan.problem = problemAt(scan, offset, sequenceProblem, zeroTailOffset(source, offset));
      scan.zeroTailOffset = scan.problem.damageEndOffset;
      return scan;
    }
    options.onFrame?.(checked.frame);
    if (header.frameType === FrameType.ENTRY) {
      scan.entryCount++;
      scan.lastIndex = header.index;
      scan.lastTerm = header.term;
    } else {
      scan.hardStateFrames++;
    }
    scan.predecessor = {
      writeSequence: header.writeSequence,
      batchEnded: (header.flags & FRAME_FLAG_BATCH_END) !== 0,
    };
    offset += FRAME_HEADER_BYTES + alignUp(header.payloadLength);
    scan.endOffset = offset;
    scan.zeroTailOffset = offset;
  }
  return scan;
}

function problemAt(
  scan: FramesScan,
  offset: number,
  reason: string,
  damageEndOffset: number,
): ScanProblem {
  assert(damageEndOffset > offset, "damage holds a non-zero byte");
  return { offset, expectedIndex: scan.lastIndex + 1, reason, damageEndOffset };
}

function sequenceViolation(scan: FramesScan, header: FrameHeader): string | undefined {
  const previous = scan.predecessor;
  const sequenceOk =
    header.writeSequence > previous.writeSequence ||
    (header.writeSequence === previous.writeSequence && !previous.batchEnded);
  if (!sequenceOk) {
    return `write sequence ${header.writeSequence} does not follow ${previous.writeSequence}`;
  }
  if (header.frameType !== FrameType.ENTRY) {
    return undefined;
  }
  if (header.index !== scan.lastIndex + 1) {
    return `entry index ${header.index} out of sequence, expected ${scan.lastIndex + 1}`;
  }
  if (header.term < 1 || header.term < scan.lastTerm) {
    return `entry term ${header.term} is invalid after term ${scan.lastTerm}`;
  }
  return undefined;
}

/**
 * Decides whether damage found at `problem.offset` in the NEWEST segment is a torn write (the
 * unsynced tail of the last write batch: safe to cut, it was never acknowledged) or corruption.
 *
 * Writes are issued one batch at a time, and a batch is written only after the previous one
 * was fsync'd. A crash can therefore damage only the last batch, in any order within it. The
 * damaged frame belongs to the batch after its predecessor's if the predecessor ended its
 * batch, or to the predecessor's batch otherwise. It is a torn write exactly when every good
 * frame after it belongs to that same batch; a good frame of any other batch proves the
 * damaged one was synced, so it is corruption (bit rot, a bad sector, a stray write).
 * A good frame that is itself out of sequence is always corruption.
 * The search for later frames stops at the zero tail (`problem.damageEndOffset`): a frame
 * starts with its non-zero crc and type, so none can start inside it, and in a preallocated
 * segment that spares a search through megabytes of zeros.
 */
export function classifyDamage(
  source: ByteSource,
  scan: FramesScan,
): { kind: "torn" } | { kind: "corrupt"; why: string } {
  const problem = scan.problem;
  if (problem === undefined) {
    return { kind: "torn" };
  }
  const atProblem = checkFrameAt(source, problem.offset);
  if (atProblem.ok) {
    return { kind: "corrupt", why: "a frame with a good CRC out of sequence is not a torn write" };
  }
  const previous = scan.predecessor;
  const damagedBatch = previous.batchEnded ? previous.writeSequence + 1 : previous.writeSequence;
  let offset = problem.offset + FRAME_ALIGNMENT_BYTES;
  while (offset < problem.damageEndOffset) {
    const checked = checkFrameAt(source, offset);
    if (!checked.ok) {
      offset += FRAME_ALIGNMENT_BYTES;
      continue;
    }
    if (checked.frame.header.writeSequence !== damagedBatch) {
      return {
        kind: "corrupt",
        why: `a good frame of write batch ${checked.frame.header.writeSequence} follows at byte offset ${offset}, so the damaged frame (batch ${damagedBatch}) had been synced: not a torn write`,
      };
    }
    offset += FRAME_HEADER_BYTES + alignUp(checked.frame.header.payloadLength);
  }
  return { kind: "torn" };
}

/**
 * Finds the next offset after `offset`, and before `endOffset` (the zero tail, where no frame
 * starts), where a good frame starts (for the dump tool's --raw mode, which reads past
 * damage). Returns undefined when there is none.
 */
export function resynchronize(
  source: ByteSource,
  offset: number,
  endOffset = source.sizeBytes,
): number | undefined {
  let candidate = offset + FRAME_ALIGNMENT_BYTES;
  while (candidate < endOffset && candidate + FRAME_HEADER_BYTES <= source.sizeBytes) {
    if (checkFrameAt(source, candidate).ok) {
      return candidate;
    }
    candidate += FRAME_ALIGNMENT_BYTES;
  }
  return undefined;
}

export function readSegmentHeader(
  source: ByteSource,
): { header: SegmentHeader } | { problem: SegmentHeaderProblem } {
  return decodeSegmentHeader(source.bytes(0, SEGMENT_HEADER_BYTES));
}

export function describeHeaderProblem(problem: SegmentHeaderProblem): string {
  switch (problem.kind) {
    case "short":
      return `file too short for a segment header (${problem.length} of ${SEGMENT_HEADER_BYTES} bytes)`;
    case "magic":
      return "wrong magic: not a ruvector-raft segment file";
    case "crc":
      return `segment header CRC mismatch (stored ${hex32(problem.stored)}, computed ${hex32(problem.computed)})`;
    case "version":
      return `unsupported segment format version ${problem.version}`;
    case "field":
      return `segment header field ${problem.field} is invalid`;
  }
}
