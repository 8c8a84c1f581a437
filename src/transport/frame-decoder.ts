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
  /** Received bytes not yet returned as frames. Invariant: bufferedBytes = sum of lengths. */
  private readonly chunks: Uint8Array[] = [];
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

  /** Appends `chunk` and returns every frame payload it completed, in order. */
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
        const header = this.take(FRAME_HEADER_BYTES);
        const lengthBytes =
          ((header[0]! << 24) >>> 0) + (header[1]! << 16) + (header[2]! << 8) + header[3]!;
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

  /** Removes and returns the first `count` buffered bytes (a view when they are contiguous). */
  private take(count: number): Uint8Array {
    assert(count <= this.bufferedBytes, "take beyond the buffered bytes");
    this.bufferedBytes -= count;
    const first = this.chunks[0];
    if (count === 0) {
      return new Uint8Array(0);
    }
    assert(first !== undefined, "buffered bytes without chunks");
    if (first.byteLength >= count) {
      const out = first.subarray(0, count);
      if (first.byteLength === count) {
        this.chunks.shift();
      } else {
        this.chunks[0] = first.subarray(count);
      }
      return out;
    }
    const out = new Uint8Array(count);
    let filled = 0;
    while (filled < count) {
      const head = this.chunks[0];
      assert(head !== undefined, "ran out of chunks");
      const used = Math.min(head.byteLength, count - filled);
      out.set(head.subarray(0, used), filled);
      filled += used;
      if (used === head.byteLength) {
        this.chunks.shift();
      } else {
        this.chunks[0] = head.subarray(used);
      }
    }
    return out;
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
