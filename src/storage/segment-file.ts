/**
 * One segment file as the running log sees it, and the few durable operations on it that
 * both recovery and the log need: create (growing, or from a preallocated spare), write whole
 * buffers, append a lone hard-state batch.
 */
import path from "node:path";
import type { HardState } from "../types/index.js";
import { assert } from "../util/assert.js";
import {
  encodeSegmentHeader,
  FORMAT_VERSION,
  SEGMENT_HEADER_BYTES,
  segmentFileName,
  TEMPORARY_SUFFIX,
} from "./format.js";
import { encodeFrames, sealFrames } from "./frame-batch.js";
import type { FileHandle, FileSystem } from "./fs.js";
import { SegmentIndex } from "./segment-index.js";

/**
 * Invariants: sizeBytes is the durable end of the last good frame; fileSizeBytes is the size of
 * the file, >= sizeBytes once a write is durable: equal in a segment that grows with its
 * appends, larger in a preallocated one, whose bytes [sizeBytes, fileSizeBytes) are zeros (its
 * zero tail, overwritten by the next appends). writeSequence is the highest write batch number
 * used in the file; batchEnded says whether the last frame on disk ends its batch.
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
  fileSizeBytes: number;
  writeSequence: number;
  batchEnded: boolean;
}

/** What identifies a new segment: its first index, its id, and whether the log restarts at it. */
export interface NewSegment {
  firstIndex: number;
  segmentId: number;
  restart: boolean;
}

/**
 * Creates a segment that grows with its appends, durably: its header written under a temporary
 * name and fsync'd, renamed, and the directory fsync'd. Only then does the segment exist for
 * recovery. *Commit point: the directory fsync.*
 */
export async function createGrowingSegment(
  fileSystem: FileSystem,
  directory: string,
  options: NewSegment,
): Promise<Segment> {
  const finalPath = path.join(directory, segmentFileName(options.firstIndex, options.segmentId));
  const temporaryPath = finalPath + TEMPORARY_SUFFIX;
  const creating = fileSystem.openSync(temporaryPath, "createExclusive");
  try {
    await writeFully(creating, [headerOf(options)], 0);
    await creating.sync();
    await fileSystem.rename(temporaryPath, finalPath);
    await fileSystem.syncDirectory(directory);
  } finally {
    creating.closeSync();
  }
  // Reopened under its name for appending, O_DSYNC (each write durable when it returns).
  const handle = fileSystem.openSync(finalPath, "readWriteDurable");
  return newSegment(finalPath, handle, options, SEGMENT_HEADER_BYTES);
}

/**
 * Makes a spare (a zero-filled, fsync'd file of the segment size, see spare-segment.ts) the
 * segment `options` describes, durably: its header is written over the zeros at offset 0 and
 * fdatasync'd (an overwrite of synced blocks: no metadata to commit), the spare is renamed to
 * the segment's name and the directory fsync'd, the same steps and the same commit point as
 * createGrowingSegment. Takes ownership of `spare` (closed here: the segment is reopened under
 * its name, so that errors name the right file).
 */
export async function installSpare(
  fileSystem: FileSystem,
  directory: string,
  spare: FileHandle,
  options: NewSegment,
): Promise<Segment> {
  const finalPath = path.join(directory, segmentFileName(options.firstIndex, options.segmentId));
  let fileSizeBytes: number;
  try {
    fileSizeBytes = spare.sizeSync();
    assert(fileSizeBytes >= SEGMENT_HEADER_BYTES, "a spare holds at least a segment header");
    await writeFully(spare, [headerOf(options)], 0);
    await spare.datasync();
  } finally {
    spare.closeSync();
  }
  await fileSystem.rename(spare.path, finalPath);
  await fileSystem.syncDirectory(directory);
  const handle = fileSystem.openSync(finalPath, "readWriteDurable");
  return newSegment(finalPath, handle, options, fileSizeBytes);
}

function headerOf(options: NewSegment): Uint8Array {
  return encodeSegmentHeader({
    formatVersion: FORMAT_VERSION,
    segmentId: options.segmentId,
    firstIndex: options.firstIndex,
    restart: options.restart,
  });
}

function newSegment(
  filePath: string,
  handle: FileHandle,
  options: NewSegment,
  fileSizeBytes: number,
): Segment {
  return {
    name: path.basename(filePath),
    path: filePath,
    segmentId: options.segmentId,
    firstIndex: options.firstIndex,
    restart: options.restart,
    index: new SegmentIndex(options.firstIndex),
    handle,
    sizeBytes: SEGMENT_HEADER_BYTES,
    fileSizeBytes,
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

/**
 * Appends one hard-state frame as a write batch of its own and fdatasyncs it. Used after the
 * tail of the newest segment was cut (truncation, torn write) so that the last frame on disk
 * always ends its batch, which is what recovery's torn-write rule relies on.
 */
export async function appendLoneHardState(segment: Segment, hardState: HardState): Promise<void> {
  const frames = encodeFrames([], { state: hardState, lastIndex: segment.index.lastIndex });
  const writeSequence = segment.writeSequence + 1;
  sealFrames(frames, writeSequence, true);
  await writeFully(segment.handle, [frames.buffer], segment.sizeBytes);
  await segment.handle.datasync();
  segment.sizeBytes += frames.buffer.length;
  segment.writeSequence = writeSequence;
  segment.batchEnded = true;
  noteWritten(segment);
}

/** Records that the frames up to `segment.sizeBytes` are durable (the file may have grown). */
export function noteWritten(segment: Segment): void {
  assert(segment.sizeBytes % 8 === 0, "segment size stays 8-byte aligned");
  segment.fileSizeBytes = Math.max(segment.fileSizeBytes, segment.sizeBytes);
}
