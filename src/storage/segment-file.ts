/**
 * One segment file as the running log sees it, and the few durable operations on it that
 * both recovery and the log need: create, write whole buffers, append a lone hard-state batch.
 */
import path from "node:path";
import { wal } from "../proto/index.js";
import { assert } from "../util/assert.js";
import {
  encodeSegmentHeader,
  FORMAT_VERSION,
  FRAME_FLAG_BATCH_END,
  FRAME_HEADER_BYTES,
  FrameType,
  frameBytes,
  SEGMENT_HEADER_BYTES,
  segmentFileName,
  TEMPORARY_SUFFIX,
  writeFrame,
} from "./format.js";
import type { FileHandle, FileSystem } from "./fs.js";
import { SegmentIndex } from "./segment-index.js";
import type { HardState } from "./types.js";

/**
 * Invariants: sizeBytes is the durable end of the last good frame and equals the file size
 * except while a write is in flight; writeSequence is the highest write batch number used in
 * the file; batchEnded says whether the last frame on disk ends its batch.
 */
export interface Segment {
  name: string;
  path: string;
  segmentId: number;
  firstIndex: number;
  restart: boolean;
  index: SegmentIndex;
  handle: FileHandle;
  sizeBytes: number;
  writeSequence: number;
  batchEnded: boolean;
}

/**
 * Creates a segment durably: written under a temporary name, header fsync'd, renamed, and the
 * directory fsync'd. Only then does the segment exist for recovery.
 */
export async function createSegment(
  fileSystem: FileSystem,
  directory: string,
  options: { firstIndex: number; segmentId: number; restart: boolean },
): Promise<Segment> {
  const name = segmentFileName(options.firstIndex, options.segmentId);
  const finalPath = path.join(directory, name);
  const temporaryPath = finalPath + TEMPORARY_SUFFIX;
  const handle = fileSystem.openSync(temporaryPath, "createExclusive");
  try {
    const header = encodeSegmentHeader({
      formatVersion: FORMAT_VERSION,
      segmentId: options.segmentId,
      firstIndex: options.firstIndex,
      restart: options.restart,
    });
    await writeFully(handle, [header], 0);
    await handle.sync();
    await fileSystem.rename(temporaryPath, finalPath);
    await fileSystem.syncDirectory(directory);
  } catch (error) {
    handle.closeSync();
    throw error;
  }
  return {
    name,
    path: finalPath,
    segmentId: options.segmentId,
    firstIndex: options.firstIndex,
    restart: options.restart,
    index: new SegmentIndex(options.firstIndex),
    handle,
    sizeBytes: SEGMENT_HEADER_BYTES,
    writeSequence: 0,
    batchEnded: true,
  };
}

/** Writes all of `buffers` at `position`, continuing after short writes. */
export async function writeFully(
  handle: FileHandle,
  buffers: readonly Uint8Array[],
  position: number,
): Promise<void> {
  let pending = buffers.filter((buffer) => buffer.length > 0);
  let written = 0;
  // Bounded: every pass writes at least one byte or throws.
  while (pending.length > 0) {
    const count = await handle.writev(pending, position + written);
    if (count <= 0) {
      throw new Error(`write to ${handle.path} made no progress`);
    }
    written += count;
    pending = dropWritten(pending, count);
  }
}

function dropWritten(buffers: readonly Uint8Array[], count: number): Uint8Array[] {
  const rest: Uint8Array[] = [];
  let skip = count;
  for (const buffer of buffers) {
    if (skip >= buffer.length) {
      skip -= buffer.length;
      continue;
    }
    rest.push(skip > 0 ? buffer.subarray(skip) : buffer);
    skip = 0;
  }
  return rest;
}

export function encodeHardState(hardState: HardState): Uint8Array {
  return wal.HardState.encode(hardState).finish();
}

/**
 * Places a hard-state frame at `offset` of `target` (which has room and is zeroed there).
 * The frame's index field records the log's last index when it was written (informational).
 */
export function placeHardStateFrame(
  target: Uint8Array,
  offset: number,
  payload: Uint8Array,
  options: { writeSequence: number; lastIndex: number; batchEnd: boolean },
): number {
  target.set(payload, offset + FRAME_HEADER_BYTES);
  writeFrame(target, offset, {
    frameType: FrameType.HARD_STATE,
    flags: options.batchEnd ? FRAME_FLAG_BATCH_END : 0,
    payloadLength: payload.length,
    writeSequence: options.writeSequence,
    index: options.lastIndex,
    term: 0,
  });
  return offset + frameBytes(payload.length);
}

/**
 * Appends one hard-state frame as a write batch of its own and fdatasyncs it. Used after the
 * tail of the newest segment was cut (truncation, torn write) so that the last frame on disk
 * always ends its batch, which is what recovery's torn-write rule relies on.
 */
export async function appendLoneHardState(segment: Segment, hardState: HardState): Promise<void> {
  const payload = encodeHardState(hardState);
  const buffer = new Uint8Array(frameBytes(payload.length));
  const writeSequence = segment.writeSequence + 1;
  placeHardStateFrame(buffer, 0, payload, {
    writeSequence,
    lastIndex: segment.index.lastIndex,
    batchEnd: true,
  });
  await writeFully(segment.handle, [buffer], segment.sizeBytes);
  await segment.handle.datasync();
  segment.sizeBytes += buffer.length;
  segment.writeSequence = writeSequence;
  segment.batchEnded = true;
  assert(segment.sizeBytes % 8 === 0, "segment size stays 8-byte aligned");
}
