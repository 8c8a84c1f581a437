/**
 * The byte layout of segment files: the one place that encodes and decodes it.
 * segments/FORMAT.md is the specification; this module must agree with it byte for byte.
 * All integers are little-endian. u64 values are written as two u32 halves and must be
 * safe JavaScript integers (< 2^53) when read back; larger values are reported as corrupt.
 *
 * Segment header (40 bytes, at offset 0 of every segment file):
 *
 *   0               8               16              24              32      36      40
 *   +---------------+-------+-------+---------------+---------------+-------+-------+
 *   | magic         |version| flags | segmentId u64 | firstIndex u64|reservd|  crc  |
 *   | "RVRAFTSG"    |  u32  |  u32  |               |               |  u32  |  u32  |
 *   +---------------+-------+-------+---------------+---------------+-------+-------+
 *   crc = CRC-32 (IEEE) of bytes [0, 36); the reserved u32 is zero.
 *   flags bit 0 (RESTART): the log restarts here; segments with a lower id are obsolete.
 *
 * Frame (header of 32 bytes, then the payload, then zero padding to a multiple of 8):
 *
 *   0       4   5   6       8       12      16              24              32
 *   +-------+---+---+-------+-------+-------+---------------+---------------+----------...
 *   |  crc  |typ|flg|reservd|length |  seq  |   index u64   |   term u64    | payload ...
 *   |  u32  |u8 |u8 |  u16  |  u32  |  u32  |               |               | (length bytes)
 *   +-------+---+---+-------+-------+-------+---------------+---------------+----------...
 *   crc = CRC-32 (IEEE) of header bytes [4, 32) followed by the payload bytes (not the padding).
 *   typ: 1 = ENTRY (payload: wal.LogEntry), 2 = HARD_STATE (payload: wal.HardState); 0 never
 *   valid, so zero-filled or preallocated space is never mistaken for a frame.
 *   flg bit 0: this frame is the last one of its write (group commit) batch.
 *   seq: the write batch number within the segment (the header is batch 0).
 */
import { assert, assertIndex } from "../util/assert.js";
import { crc32, crc32Range } from "./crc32.js";

export { crc32 };

export const SEGMENT_MAGIC = Uint8Array.from(Buffer.from("RVRAFTSG", "latin1"));
/**
 * Format versions this code can read (1 and 2). Writing always uses the newest. Version 2 has
 * the byte layout of version 1; it says that a segment may end in a zero tail (preallocated
 * free space, segments/FORMAT.md "Versioning"), which a version-1 reader would misjudge as
 * damage: the version makes such a reader refuse the file instead.
 */
export const FORMAT_VERSION = 2;
export const SEGMENT_HEADER_BYTES = 40;
export const FRAME_HEADER_BYTES = 32;
export const FRAME_ALIGNMENT_BYTES = 8;

export const FrameType = {
  ENTRY: 1,
  HARD_STATE: 2,
} as const;
export type FrameType = (typeof FrameType)[keyof typeof FrameType];

export const FRAME_FLAG_BATCH_END = 0x01;

/**
 * The largest payload a frame may carry. A length field above it is corruption: a corrupt
 * length must never make us allocate or read gigabytes.
 */
export const FRAME_PAYLOAD_BYTES_MAX = 64 * 1024 * 1024;
/**
 * The largest segment file. Offsets inside a segment are held in Uint32Arrays, so this must
 * stay below 4 GiB.
 */
export const SEGMENT_SIZE_BYTES_MAX = 1024 * 1024 * 1024;

const TWO_POW_32 = 0x1_0000_0000;

export interface SegmentHeader {
  formatVersion: number;
  segmentId: number;
  firstIndex: number;
  /** The log restarts at this segment: every segment with a lower id is obsolete. */
  restart: boolean;
}

export const SEGMENT_FLAG_RESTART = 0x01;

export interface FrameHeader {
  crc: number;
  frameType: number;
  flags: number;
  reserved: number;
  payloadLength: number;
  writeSequence: number;
  index: number;
  term: number;
}

export function alignUp(length: number): number {
  return Math.ceil(length / FRAME_ALIGNMENT_BYTES) * FRAME_ALIGNMENT_BYTES;
}

/** Bytes a frame with `payloadLength` bytes of payload occupies on disk, padding included. */
export function frameBytes(payloadLength: number): number {
  return FRAME_HEADER_BYTES + alignUp(payloadLength);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function writeU64(data: DataView, offset: number, value: number): void {
  assertIndex(value, "u64 field");
  data.setUint32(offset, value % TWO_POW_32, true);
  data.setUint32(offset + 4, Math.floor(value / TWO_POW_32), true);
}

/** Reads a u64; returns -1 when it is not a safe integer (the caller reports corruption). */
function readU64(data: DataView, offset: number): number {
  const low = data.getUint32(offset, true);
  const high = data.getUint32(offset + 4, true);
  if (high >= 0x20_0000) {
    return -1;
  }
  // A high half of 0 (every index and term in practice) gives `low`, a small integer, not the
  // heap number the arithmetic would make (src/util/small-integer.ts says why that matters).
  return high === 0 ? low : high * TWO_POW_32 + low;
}

export function encodeSegmentHeader(header: SegmentHeader): Uint8Array {
  assert(header.formatVersion === FORMAT_VERSION, "segments are written in the newest format");
  const bytes = new Uint8Array(SEGMENT_HEADER_BYTES);
  const data = view(bytes);
  bytes.set(SEGMENT_MAGIC, 0);
  data.setUint32(8, header.formatVersion, true);
  data.setUint32(12, header.restart ? SEGMENT_FLAG_RESTART : 0, true);
  writeU64(data, 16, header.segmentId);
  writeU64(data, 24, header.firstIndex);
  data.setUint32(36, crc32(bytes.subarray(0, 36)), true);
  return bytes;
}

export type SegmentHeaderProblem =
  | { kind: "short"; length: number }
  | { kind: "magic" }
  | { kind: "crc"; stored: number; computed: number }
  | { kind: "version"; version: number }
  | { kind: "field"; field: string };

/** Decodes a segment header; returns the header or what is wrong with it. */
export function decodeSegmentHeader(
  bytes: Uint8Array,
): { header: SegmentHeader } | { problem: SegmentHeaderProblem } {
  if (bytes.length < SEGMENT_HEADER_BYTES) {
    return { problem: { kind: "short", length: bytes.length } };
  }
  for (let i = 0; i < SEGMENT_MAGIC.length; i++) {
    if (bytes[i] !== SEGMENT_MAGIC[i]) {
      return { problem: { kind: "magic" } };
    }
  }
  const data = view(bytes);
  const stored = data.getUint32(36, true);
  const computed = crc32(bytes.subarray(0, 36));
  if (stored !== computed) {
    return { problem: { kind: "crc", stored, computed } };
  }
  const formatVersion = data.getUint32(8, true);
  if (formatVersion < 1 || formatVersion > FORMAT_VERSION) {
    return { problem: { kind: "version", version: formatVersion } };
  }
  const flags = data.getUint32(12, true);
  if ((flags & ~SEGMENT_FLAG_RESTART) !== 0 || data.getUint32(32, true) !== 0) {
    return { problem: { kind: "field", field: "flags" } };
  }
  const segmentId = readU64(data, 16);
  const firstIndex = readU64(data, 24);
  if (segmentId < 1) {
    return { problem: { kind: "field", field: "segmentId" } };
  }
  if (firstIndex < 1) {
    return { problem: { kind: "field", field: "firstIndex" } };
  }
  const restart = (flags & SEGMENT_FLAG_RESTART) !== 0;
  return { header: { formatVersion, segmentId, firstIndex, restart } };
}

/**
 * Writes the fields of a frame header that are known when the frame is encoded: type, length,
 * index, term, and the reserved bytes (zero; the buffer may be a reused one). The write batch
 * number, the flags and the crc are set later by sealFrame, when the batch is formed.
 */
export function writeFrameFields(
  data: DataView,
  offset: number,
  frame: { frameType: FrameType; payloadLength: number; index: number; term: number },
): void {
  assert(frame.payloadLength <= FRAME_PAYLOAD_BYTES_MAX, "frame payload within bounds");
  assert(offset % FRAME_ALIGNMENT_BYTES === 0, "frames are 8-byte aligned");
  data.setUint8(offset + 4, frame.frameType);
  data.setUint16(offset + 6, 0, true);
  data.setUint32(offset + 8, frame.payloadLength, true);
  writeU64(data, offset + 16, frame.index);
  writeU64(data, offset + 24, frame.term);
}

/**
 * Completes a frame whose fields and payload are in place: sets its write batch number and
 * flags, then its crc over header bytes [4, 32) and the payload. Returns the frame's length
 * on disk (header, payload, padding).
 */
export function sealFrame(
  bytes: Uint8Array,
  data: DataView,
  offset: number,
  seal: { writeSequence: number; flags: number },
): number {
  data.setUint8(offset + 5, seal.flags);
  data.setUint32(offset + 12, seal.writeSequence, true);
  const payloadLength = data.getUint32(offset + 8, true);
  data.setUint32(offset, computeFrameCrc(bytes, data, offset, payloadLength), true);
  return frameBytes(payloadLength);
}

/** writeFrameFields then sealFrame, for a frame whose payload is already in place. */
export function writeFrame(
  target: Uint8Array,
  offset: number,
  frame: {
    frameType: FrameType;
    flags: number;
    payloadLength: number;
    writeSequence: number;
    index: number;
    term: number;
  },
): number {
  const data = view(target);
  writeFrameFields(data, offset, frame);
  sealFrame(target, data, offset, frame);
  return data.getUint32(offset, true);
}

/** Reads the fields of a frame header (no validation). `bytes` holds at least 32 bytes. */
export function readFrameHeader(bytes: Uint8Array, offset: number): FrameHeader {
  const data = view(bytes);
  return {
    crc: data.getUint32(offset, true),
    frameType: bytes[offset + 4] ?? 0,
    flags: bytes[offset + 5] ?? 0,
    reserved: data.getUint16(offset + 6, true),
    payloadLength: data.getUint32(offset + 8, true),
    writeSequence: data.getUint32(offset + 12, true),
    index: readU64(data, offset + 16),
    term: readU64(data, offset + 24),
  };
}

/**
 * The crc a frame at `offset` of `bytes` should carry: over header bytes [4, 32) and the
 * payload. `data` is a DataView of `bytes` (same buffer and offset).
 */
export function computeFrameCrc(
  bytes: Uint8Array,
  data: DataView,
  offset: number,
  payloadLength: number,
): number {
  return crc32Range(bytes, data, offset + 4, offset + FRAME_HEADER_BYTES + payloadLength);
}

// ---- file names ----------------------------------------------------------------------------

/** `<firstIndex, 20 decimal digits>-<segmentId, 16 hex digits>.seg`: sorts by first index. */
export function segmentFileName(firstIndex: number, segmentId: number): string {
  assertIndex(firstIndex, "firstIndex");
  assertIndex(segmentId, "segmentId");
  return `${firstIndex.toString().padStart(20, "0")}-${segmentId.toString(16).padStart(16, "0")}.seg`;
}

const SEGMENT_NAME_PATTERN = /^(\d{20})-([0-9a-f]{16})\.seg$/;

export function parseSegmentFileName(
  name: string,
): { firstIndex: number; segmentId: number } | undefined {
  const match = SEGMENT_NAME_PATTERN.exec(name);
  if (match === null) {
    return undefined;
  }
  const firstIndex = Number(match[1]);
  const segmentId = Number.parseInt(match[2] ?? "", 16);
  if (!Number.isSafeInteger(firstIndex) || !Number.isSafeInteger(segmentId)) {
    return undefined;
  }
  return { firstIndex, segmentId };
}

/** A segment being created is written under this suffix and renamed once its header is durable. */
export const TEMPORARY_SUFFIX = ".tmp";

/**
 * The spare segment: the next segment file, zero-filled ahead of time and renamed to its
 * segment name at the next rollover. It ends in `.seg.tmp`, so recovery deletes it like any
 * segment whose creation never completed.
 */
export const SPARE_SEGMENT_FILE_NAME = `spare.seg${TEMPORARY_SUFFIX}`;
