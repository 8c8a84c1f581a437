/**
 * Framing: each frame is a 4-byte big-endian length N, then N bytes of payload.
 *
 *   0        4                    4 + N
 *   +--------+--------------------+
 *   | N (BE) | payload (Envelope) |
 *   +--------+--------------------+
 *
 * `FrameDecoder` is a push parser with no I/O: feed it bytes as they arrive, in chunks of any
 * size, and it returns the complete payloads. A length above `frameBytesMax` throws
 * FrameTooLargeError as soon as the 4 length bytes are in, before anything of that size is
 * allocated, so a hostile "4 GiB" prefix costs nothing. After an error the decoder is
 * poisoned (the connection must be closed). Frames out: `encodeFrame`, or a `frameHeader` sent
 * before its payload (no copy), or `sealFrame` over an encoder's headroom.
 */
import { assert } from "../util/assert.js";
import { FrameTooLargeError } from "./errors.js";

export const FRAME_HEADER_BYTES = 4;

export class FrameDecoder {
  private readonly frameBytesMax: number;
  /**
   * Received bytes not yet returned as frames: `chunks`, less the first `headOffset` bytes of
   * chunks[0]. Invariant: bufferedBytes = sum of chunk lengths - headOffset, and headOffset <
   * chunks[0].byteLength while there is a chunk (a chunk used up is dropped at once).
   */
  private readonly chunks: Uint8Array[] = [];
  private headOffset = 0;
  private bufferedBytes = 0;
  /** Payload length of the frame being assembled, or -1 while its header is incomplete. */
  private frameBytes = -1;
  private failed = false;

  constructor(frameBytesMax: number) {
    assert(Number.isSafeInteger(frameBytesMax) && frameBytesMax >= 0, "frameBytesMax");
    this.frameBytesMax = frameBytesMax;
  }

  /** Bytes buffered for an incomplete frame (at most 4 + frameBytesMax + one chunk). */
  get pendingBytes(): number {
    return this.bufferedBytes;
  }

  /**
   * Appends `chunk` and returns every frame payload it completed, in order. A payload lying
   * within one chunk is a view of it (one view per frame, the common case); one spanning
   * chunks is copied.
   */
  push(chunk: Uint8Array): Uint8Array[] {
    assert(!this.failed, "FrameDecoder used after an error");
    const frames: Uint8Array[] = [];
    if (chunk.byteLength === 0) {
      return frames;
    }
    this.chunks.push(chunk);
    this.bufferedBytes += chunk.byteLength;
    // Bounded: every iteration consumes at least the 4 header bytes or returns.
    for (;;) {
      if (this.frameBytes < 0) {
        if (this.bufferedBytes < FRAME_HEADER_BYTES) {
          return frames;
        }
        const lengthBytes = this.takeLength();
        if (lengthBytes > this.frameBytesMax) {
          this.failed = true;
          throw new FrameTooLargeError(lengthBytes, this.frameBytesMax);
        }
        this.frameBytes = lengthBytes;
      }
      if (this.bufferedBytes < this.frameBytes) {
        return frames;
      }
      frames.push(this.take(this.frameBytes));
      this.frameBytes = -1;
    }
  }

  /** Removes the 4 buffered header bytes and returns the length they hold (big-endian). */
  private takeLength(): number {
    const first = this.chunks[0];
    assert(first !== undefined && this.bufferedBytes >= FRAME_HEADER_BYTES, "a header is in");
    const at = this.headOffset;
    if (first.byteLength - at >= FRAME_HEADER_BYTES) {
      const lengthBytes =
        ((first[at]! << 24) >>> 0) +
        (first[at + 1]! << 16) +
        (first[at + 2]! << 8) +
        first[at + 3]!;
      this.consume(FRAME_HEADER_BYTES);
      return lengthBytes;
    }
    const header = this.take(FRAME_HEADER_BYTES);
    return ((header[0]! << 24) >>> 0) + (header[1]! << 16) + (header[2]! << 8) + header[3]!;
  }

  /** Removes and returns the first `count` buffered bytes (a view when they are contiguous). */
  private take(count: number): Uint8Array {
    assert(count <= this.bufferedBytes, "take beyond the buffered bytes");
    if (count === 0) {
      return new Uint8Array(0);
    }
    const first = this.chunks[0];
    assert(first !== undefined, "buffered bytes without chunks");
    const at = this.headOffset;
    if (first.byteLength - at >= count) {
      const out = first.subarray(at, at + count);
      this.consume(count);
      return out;
    }
    const out = new Uint8Array(count);
    let filled = 0;
    // Bounded: every pass copies at least one byte (the chunks hold `count` bytes or more).
    while (filled < count) {
      const head = this.chunks[0];
      assert(head !== undefined, "ran out of chunks");
      const used = Math.min(head.byteLength - this.headOffset, count - filled);
      out.set(head.subarray(this.headOffset, this.headOffset + used), filled);
      filled += used;
      this.consume(used);
    }
    return out;
  }

  /** Drops `count` bytes from the front of chunks[0] (at most what is left of it). */
  private consume(count: number): void {
    const first = this.chunks[0];
    assert(first !== undefined && count <= first.byteLength - this.headOffset, "consume");
    this.bufferedBytes -= count;
    this.headOffset += count;
    if (this.headOffset === first.byteLength) {
      this.chunks.shift();
      this.headOffset = 0;
    }
  }
}

/** Prefixes `payload` with its 4-byte big-endian length (a copy: see frameHeader). */
export function encodeFrame(payload: Uint8Array): Buffer {
  assert(payload.byteLength <= 0xffffffff, "frame payload above 4 GiB");
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.byteLength);
  frame.writeUInt32BE(payload.byteLength, 0);
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}

/** The 4-byte header of a frame whose payload is `payloadBytes` long, to send before it. */
export function frameHeader(payloadBytes: number): Buffer {
  assert(payloadBytes <= 0xffffffff, "frame payload above 4 GiB");
  const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES);
  header.writeUInt32BE(payloadBytes, 0);
  return header;
}

/**
 * Makes `buffer` a frame: writes the length of what follows its first FRAME_HEADER_BYTES (the
 * headroom an encoder left) into them.
 */
export function sealFrame(buffer: Buffer): Buffer {
  const payloadBytes = buffer.length - FRAME_HEADER_BYTES;
  assert(payloadBytes >= 0 && payloadBytes <= 0xffffffff, "a frame's payload fits its header");
  buffer.writeUInt32BE(payloadBytes, 0);
  return buffer;
}
