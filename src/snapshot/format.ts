/**
 * The byte layout of snapshot files, version 2: the one place that encodes and decodes it.
 * segments/FORMAT.md ("Snapshot files") is the specification; this module must agree with it
 * byte for byte. All integers are little-endian; u64 values must be safe JavaScript integers
 * (< 2^53) and larger ones read back are reported as corruption.
 *
 * File `snap-<index, 20 digits>-<term, 20 digits>.snap`:
 *
 *   header (24 bytes)
 *   0          8        12       16       20       24
 *   +----------+--------+--------+--------+--------+
 *   | magic    |version | flags  | m u32  |hdr crc |
 *   | RVRAFTSN | u32 =2 | u32 =0 |        |  u32   |
 *   +----------+--------+--------+--------+--------+
 *   hdr crc = CRC-32 of header bytes [0, 20) followed by the m metadata bytes.
 *
 *   metadata (m bytes, 0 <= m <= METADATA_BYTES_MAX): ruvraft.node.SnapshotFileMetadata
 *   (index, term, conf state; data_bytes is written 0: the trailer holds the total).
 *
 *   chunks, each (1 <= L <= CHUNK_BYTES_MAX):
 *   +--------+--------+---------------+
 *   | L u32  |crc u32 | data (L bytes)|
 *   +--------+--------+---------------+
 *   crc = CRC-32 of [chunk number u32][L u32][data]; the chunk number (0, 1, 2, ...) is not
 *   stored: it makes a reordered, duplicated or dropped chunk fail its own check.
 *
 *   trailer (20 bytes)
 *   +--------+--------+-----------------+--------+
 *   | 0 u32  |count   | data bytes u64  |crc u32 |
 *   | (end)  |  u32   |                 |        |
 *   +--------+--------+-----------------+--------+
 *   crc = CRC-32 of [hdr crc u32] followed by trailer bytes [0, 16); the file ends right after.
 *
 * Version 1 (one whole-file CRC, never released) is not read: a v1 file is reported as an
 * unsupported version.
 */
import { confStateProperties } from "../proto/codec/conf-state.js";
import { node } from "../proto/node-index.js";
import { crc32 } from "../storage/format.js";
import type { SnapshotMetadata } from "../types/index.js";
import { assert, assertIndex } from "../util/assert.js";
import { RuvraftError } from "../util/errors.js";
import { smallInteger } from "../util/small-integer.js";

export const SNAPSHOT_MAGIC = Uint8Array.from(Buffer.from("RVRAFTSN", "latin1"));
/** The format version written; the only one read. */
export const SNAPSHOT_FORMAT_VERSION = 2;
export const SNAPSHOT_HEADER_BYTES = 24;
export const CHUNK_HEADER_BYTES = 8;
export const SNAPSHOT_TRAILER_BYTES = 20;
/** Data bytes per chunk the writer uses unless told otherwise. */
export const CHUNK_BYTES_DEFAULT = 1024 * 1024;
/**
 * The largest chunk a writer may make and a reader accepts: a corrupt length field must never
 * make a reader allocate more than this.
 */
export const CHUNK_BYTES_MAX = 64 * 1024 * 1024;
/** The largest metadata message (a conf state of thousands of ids is a few tens of KiB). */
export const METADATA_BYTES_MAX = 1024 * 1024;
/** Suffix of a snapshot being written; such a file is never read and is removed on open. */
export const SNAPSHOT_TEMPORARY_SUFFIX = ".tmp";
/** Suffix of a snapshot set aside after failing its checks (kept for the operator). */
export const SNAPSHOT_BAD_SUFFIX = ".bad";

const TWO_POW_32 = 0x1_0000_0000;
const NAME_PATTERN = /^snap-(\d{20})-(\d{20})\.snap$/;

/** What kind of check failed; `offsetBytes` of the error says where. */
export type SnapshotProblem =
  | "unreadable"
  | "magic"
  | "version"
  | "header"
  | "metadata"
  | "chunk-length"
  | "chunk-crc"
  | "truncated"
  | "trailer"
  | "trailing-bytes"
  | "name";

/** A snapshot file failed a check: names the file, the byte offset and what failed. */
export class SnapshotFileError extends RuvraftError {
  override name = "SnapshotFileError";
  constructor(
    readonly file: string,
    readonly offsetBytes: number,
    readonly problem: SnapshotProblem,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super("ESNAPSHOT", `snapshot ${file} at byte offset ${offsetBytes}: ${reason}`, options);
  }
}

// ---- header and metadata -------------------------------------------------------------------

/** Header + metadata, ready to write at offset 0; `headerCrc` seeds the trailer's crc. */
export function encodeSnapshotHead(metadata: SnapshotMetadata): {
  bytes: Uint8Array;
  headerCrc: number;
} {
  assertIndex(metadata.index, "snapshot index");
  assertIndex(metadata.term, "snapshot term");
  const encoded = node.SnapshotFileMetadata.encode({
    index: metadata.index,
    term: metadata.term,
    confState: confStateProperties(metadata.confState),
    dataBytes: 0,
  }).finish();
  assert(encoded.length <= METADATA_BYTES_MAX, "snapshot metadata fits METADATA_BYTES_MAX");
  const bytes = new Uint8Array(SNAPSHOT_HEADER_BYTES + encoded.length);
  const data = view(bytes);
  bytes.set(SNAPSHOT_MAGIC, 0);
  data.setUint32(8, SNAPSHOT_FORMAT_VERSION, true);
  data.setUint32(12, 0, true);
  data.setUint32(16, encoded.length, true);
  bytes.set(encoded, SNAPSHOT_HEADER_BYTES);
  const headerCrc = crc32(encoded, crc32(bytes.subarray(0, 20)));
  data.setUint32(20, headerCrc, true);
  return { bytes, headerCrc };
}

/** The fixed header's fields, checked except the crc (which needs the metadata bytes). */
export function decodeSnapshotHeader(
  file: string,
  header: Uint8Array,
): { metadataBytes: number; headerCrc: number } {
  if (header.length < SNAPSHOT_HEADER_BYTES) {
    throw new SnapshotFileError(
      file,
      header.length,
      "truncated",
      `too short for a snapshot header (${header.length} of ${SNAPSHOT_HEADER_BYTES} bytes)`,
    );
  }
  if (!Buffer.from(header.subarray(0, 8)).equals(SNAPSHOT_MAGIC)) {
    throw new SnapshotFileError(file, 0, "magic", "wrong magic: not a ruvector-raft snapshot");
  }
  const data = view(header);
  const version = data.getUint32(8, true);
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    throw new SnapshotFileError(
      file,
      8,
      "version",
      `unsupported snapshot format version ${version} (this build reads version ${SNAPSHOT_FORMAT_VERSION})`,
    );
  }
  if (data.getUint32(12, true) !== 0) {
    throw new SnapshotFileError(file, 12, "header", "reserved flags are not zero");
  }
  const metadataBytes = data.getUint32(16, true);
  if (metadataBytes > METADATA_BYTES_MAX) {
    throw new SnapshotFileError(
      file,
      16,
      "header",
      `metadata length ${metadataBytes} is above the limit of ${METADATA_BYTES_MAX} bytes`,
    );
  }
  return { metadataBytes, headerCrc: data.getUint32(20, true) };
}

/** Checks the header crc over `header` + `metadataBytes`, then decodes the metadata. */
export function decodeSnapshotMetadata(
  file: string,
  header: Uint8Array,
  metadataBytes: Uint8Array,
): SnapshotMetadata {
  const stored = view(header).getUint32(20, true);
  const computed = crc32(metadataBytes, crc32(header.subarray(0, 20)));
  if (stored !== computed) {
    throw new SnapshotFileError(
      file,
      SNAPSHOT_HEADER_BYTES,
      "metadata",
      `header/metadata CRC mismatch (stored 0x${hex32(stored)}, computed 0x${hex32(computed)})`,
    );
  }
  let decoded: ReturnType<typeof node.SnapshotFileMetadata.decode>;
  try {
    decoded = node.SnapshotFileMetadata.decode(metadataBytes);
  } catch (error) {
    throw new SnapshotFileError(
      file,
      SNAPSHOT_HEADER_BYTES,
      "metadata",
      `metadata does not decode: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const conf = decoded.confState;
  const incarnations = (conf?.incarnations ?? []).map((member) => ({
    nodeId: smallInteger(member.nodeId ?? 0),
    incarnation: smallInteger(member.incarnation ?? 0),
  }));
  const ids = [
    ...(conf?.voters ?? []),
    ...(conf?.votersOutgoing ?? []),
    ...(conf?.learners ?? []),
    ...(conf?.learnersNext ?? []),
    ...incarnations.flatMap((member) => [member.nodeId, member.incarnation]),
  ];
  for (const value of [decoded.index, decoded.term, ...ids]) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new SnapshotFileError(
        file,
        SNAPSHOT_HEADER_BYTES,
        "metadata",
        `metadata holds ${value}, not a safe integer`,
      );
    }
  }
  return {
    index: smallInteger(decoded.index),
    term: smallInteger(decoded.term),
    confState: {
      voters: (conf?.voters ?? []).map(smallInteger),
      votersOutgoing: (conf?.votersOutgoing ?? []).map(smallInteger),
      learners: (conf?.learners ?? []).map(smallInteger),
      learnersNext: (conf?.learnersNext ?? []).map(smallInteger),
      autoLeave: conf?.autoLeave ?? false,
      incarnations,
    },
  };
}

// ---- chunks and trailer --------------------------------------------------------------------

/** The crc of chunk number `chunkNumber` holding `data`. */
export function chunkCrc(chunkNumber: number, data: Uint8Array): number {
  const prefix = new Uint8Array(8);
  const fields = view(prefix);
  fields.setUint32(0, chunkNumber >>> 0, true);
  fields.setUint32(4, data.length, true);
  return crc32(data, crc32(prefix));
}

export function encodeChunkHeader(chunkNumber: number, data: Uint8Array): Uint8Array {
  assert(data.length >= 1 && data.length <= CHUNK_BYTES_MAX, "chunk length in [1, max]");
  const bytes = new Uint8Array(CHUNK_HEADER_BYTES);
  const fields = view(bytes);
  fields.setUint32(0, data.length, true);
  fields.setUint32(4, chunkCrc(chunkNumber, data), true);
  return bytes;
}

export interface SnapshotTrailer {
  chunkCount: number;
  dataBytes: number;
}

export function encodeSnapshotTrailer(trailer: SnapshotTrailer, headerCrc: number): Uint8Array {
  assertIndex(trailer.dataBytes, "snapshot data bytes");
  assert(trailer.chunkCount < TWO_POW_32, "chunk count fits u32");
  const bytes = new Uint8Array(SNAPSHOT_TRAILER_BYTES);
  const data = view(bytes);
  data.setUint32(0, 0, true);
  data.setUint32(4, trailer.chunkCount, true);
  data.setUint32(8, trailer.dataBytes % TWO_POW_32, true);
  data.setUint32(12, Math.floor(trailer.dataBytes / TWO_POW_32), true);
  data.setUint32(16, trailerCrc(bytes, headerCrc), true);
  return bytes;
}

/**
 * Decodes the trailer at `offsetBytes` and checks it against what the reader counted; the
 * end marker (its first u32) has already been read as a zero chunk length.
 */
export function checkSnapshotTrailer(
  file: string,
  offsetBytes: number,
  bytes: Uint8Array,
  expected: { headerCrc: number; chunkCount: number; dataBytes: number },
): void {
  const data = view(bytes);
  const stored = data.getUint32(16, true);
  const computed = trailerCrc(bytes, expected.headerCrc);
  if (stored !== computed) {
    throw new SnapshotFileError(
      file,
      offsetBytes,
      "trailer",
      `trailer CRC mismatch (stored 0x${hex32(stored)}, computed 0x${hex32(computed)})`,
    );
  }
  const chunkCount = data.getUint32(4, true);
  const high = data.getUint32(12, true);
  const dataBytes = high >= 0x20_0000 ? -1 : high * TWO_POW_32 + data.getUint32(8, true);
  if (chunkCount !== expected.chunkCount || dataBytes !== expected.dataBytes) {
    throw new SnapshotFileError(
      file,
      offsetBytes,
      "trailer",
      `trailer says ${chunkCount} chunks and ${dataBytes} data bytes, the file holds ${expected.chunkCount} chunks and ${expected.dataBytes} bytes`,
    );
  }
}

function trailerCrc(trailer: Uint8Array, headerCrc: number): number {
  const seed = new Uint8Array(4);
  view(seed).setUint32(0, headerCrc, true);
  return crc32(trailer.subarray(0, 16), crc32(seed));
}

// ---- file names ----------------------------------------------------------------------------

/** `snap-<index, 20 digits>-<term, 20 digits>.snap`: names sort by index, then term. */
export function snapshotFileName(index: number, term: number): string {
  assertIndex(index, "snapshot index");
  assertIndex(term, "snapshot term");
  return `snap-${String(index).padStart(20, "0")}-${String(term).padStart(20, "0")}.snap`;
}

export function parseSnapshotFileName(name: string): { index: number; term: number } | undefined {
  const match = NAME_PATTERN.exec(name);
  if (match === null) {
    return undefined;
  }
  const index = Number(match[1]);
  const term = Number(match[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(term)) {
    return undefined;
  }
  return { index, term };
}

export function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, "0");
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
