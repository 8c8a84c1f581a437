/**
 * Encoding appends into frames, off the write path. An append call lays out all its frames
 * (entries, then an optional hard state) in one buffer right away, in the caller's turn; when
 * the write queue forms a group commit it only seals them (write batch number, flags, crc)
 * and hands the buffers to one writev. No per-entry copy, one buffer per append call, taken
 * from the writer's BufferPool when it is large (buffer-pool.ts).
 *
 * The LogEntry payload is written by src/proto/codec/entry.ts, byte-identical to the generated
 * protobufjs encoder for ruvraft.wal.LogEntry (a property test checks this): the hot path
 * avoids the generic Writer's per-field allocations. Decoding uses the generated code.
 */

import { entryLength, writeEntry } from "../proto/codec/entry.js";
import { wal } from "../proto/index.js";
import type { Entry, HardState } from "../types/index.js";
import { assert } from "../util/assert.js";
import type { BufferPool } from "./buffer-pool.js";
import {
  FRAME_FLAG_BATCH_END,
  FRAME_HEADER_BYTES,
  FrameType,
  frameBytes,
  sealFrame,
  writeFrameFields,
} from "./format.js";

export function encodeHardState(hardState: HardState): Uint8Array {
  return wal.HardState.encode(hardState).finish();
}

/** The frames of one append call, encoded and waiting to be sealed into a write batch. */
export interface EncodedFrames {
  buffer: Uint8Array;
  view: DataView;
}

/**
 * Lays out entry frames (and a trailing hard-state frame) in one buffer, from `pool` when given
 * (then not zeroed: every byte of the frames is written here, padding and reserved fields
 * included).
 */
export function encodeFrames(
  entries: readonly Entry[],
  hardState: { state: HardState; lastIndex: number } | undefined,
  pool?: BufferPool,
): EncodedFrames {
  let total = 0;
  for (const entry of entries) {
    total += frameBytes(entryLength(entry));
  }
  const hardStatePayload = hardState === undefined ? undefined : encodeHardState(hardState.state);
  if (hardStatePayload !== undefined) {
    total += frameBytes(hardStatePayload.length);
  }
  const buffer = pool === undefined ? new Uint8Array(total) : pool.take(total);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let offset = 0;
  for (const entry of entries) {
    const end = writeEntry(buffer, offset + FRAME_HEADER_BYTES, entry);
    const payloadLength = end - offset - FRAME_HEADER_BYTES;
    writeFrameFields(view, offset, {
      frameType: FrameType.ENTRY,
      payloadLength,
      index: entry.index,
      term: entry.term,
    });
    offset = zeroPadding(buffer, offset, payloadLength);
  }
  if (hardState !== undefined && hardStatePayload !== undefined) {
    buffer.set(hardStatePayload, offset + FRAME_HEADER_BYTES);
    writeFrameFields(view, offset, {
      frameType: FrameType.HARD_STATE,
      payloadLength: hardStatePayload.length,
      index: hardState.lastIndex,
      term: 0,
    });
    offset = zeroPadding(buffer, offset, hardStatePayload.length);
  }
  assert(offset === total, "frames fill their buffer exactly");
  return { buffer, view };
}

/** Zeros the padding after the payload of the frame at `offset`; returns the next frame's offset. */
function zeroPadding(buffer: Uint8Array, offset: number, payloadLength: number): number {
  const next = offset + frameBytes(payloadLength);
  // Bounded: at most FRAME_ALIGNMENT_BYTES - 1 bytes.
  for (let position = offset + FRAME_HEADER_BYTES + payloadLength; position < next; position++) {
    buffer[position] = 0;
  }
  return next;
}

/**
 * Seals every frame of `frames` into write batch `writeSequence`; the very last frame gets
 * BATCH_END when `endsBatch`.
 */
export function sealFrames(frames: EncodedFrames, writeSequence: number, endsBatch: boolean): void {
  let offset = 0;
  // Bounded: each pass advances by at least one frame header.
  while (offset < frames.buffer.length) {
    const length = frames.view.getUint32(offset + 8, true);
    const isLast = offset + frameBytes(length) === frames.buffer.length;
    offset += sealFrame(frames.buffer, frames.view, offset, {
      writeSequence,
      flags: isLast && endsBatch ? FRAME_FLAG_BATCH_END : 0,
    });
  }
}

/** Calls `visit` with the offset and payload length of every ENTRY frame, in order. */
export function forEachEntryFrame(
  frames: EncodedFrames,
  visit: (offset: number, payloadLength: number) => void,
): void {
  let offset = 0;
  while (offset < frames.buffer.length) {
    const length = frames.view.getUint32(offset + 8, true);
    if (frames.view.getUint8(offset + 4) === FrameType.ENTRY) {
      visit(offset, length);
    }
    offset += frameBytes(length);
  }
}
