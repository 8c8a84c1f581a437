import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FrameTooLargeError } from "../../src/transport/errors.js";
import { encodeFrame, FrameDecoder } from "../../src/transport/frame-decoder.js";

function concat(frames: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(frames.map((frame) => encodeFrame(frame)));
}

function decodeAll(decoder: FrameDecoder, pieces: readonly Uint8Array[]): number[][] {
  const out: number[][] = [];
  for (const piece of pieces) {
    for (const frame of decoder.push(piece)) {
      out.push(Array.from(frame));
    }
  }
  return out;
}

describe("FrameDecoder (push parser, no I/O)", () => {
  const payloads = [new Uint8Array([1, 2, 3]), new Uint8Array(0), new Uint8Array(300).fill(7)];

  it("decodes a stream fed whole", () => {
    const decoder = new FrameDecoder(1024);
    expect(decodeAll(decoder, [concat(payloads)])).toEqual(payloads.map((p) => Array.from(p)));
    expect(decoder.pendingBytes).toBe(0);
  });

  it("decodes the same stream fed one byte at a time", () => {
    const stream = concat(payloads);
    const decoder = new FrameDecoder(1024);
    const pieces = Array.from(stream, (byte) => new Uint8Array([byte]));
    expect(decodeAll(decoder, pieces)).toEqual(payloads.map((p) => Array.from(p)));
  });

  it("property: any split of a frame stream gives the same frames", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (frames, cutSeeds) => {
          const stream = concat(frames);
          const cuts = [...new Set(cutSeeds.map((seed) => seed % (stream.byteLength + 1)))].sort(
            (a, b) => a - b,
          );
          const pieces: Uint8Array[] = [];
          let start = 0;
          for (const cut of [...cuts, stream.byteLength]) {
            pieces.push(stream.subarray(start, cut));
            start = cut;
          }
          const decoder = new FrameDecoder(256);
          expect(decodeAll(decoder, pieces)).toEqual(frames.map((f) => Array.from(f)));
          expect(decoder.pendingBytes).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns a frame lying within one chunk as a view of it, and copies one spanning chunks", () => {
    const stream = concat([new Uint8Array(40).fill(1), new Uint8Array(40).fill(2)]);
    const decoder = new FrameDecoder(1024);
    // The first frame and the second's header lie in the first piece; its payload spans two.
    const [first, ...rest] = decoder.push(stream.subarray(0, 60));
    expect(rest).toEqual([]);
    expect(first?.buffer).toBe(stream.buffer);
    expect(first?.byteOffset).toBe(stream.byteOffset + 4);
    expect(decoder.pendingBytes).toBe(12);
    const [second] = decoder.push(stream.subarray(60));
    expect(second?.buffer).not.toBe(stream.buffer);
    expect(Array.from(second ?? [])).toEqual(new Array(40).fill(2));
    expect(decoder.pendingBytes).toBe(0);
  });

  it("keeps an incomplete frame pending", () => {
    const decoder = new FrameDecoder(1024);
    const stream = concat([new Uint8Array(10)]);
    expect(decoder.push(stream.subarray(0, 7))).toEqual([]);
    expect(decoder.pendingBytes).toBe(3); // the 4 header bytes are parsed
    expect(decoder.push(stream.subarray(7))).toHaveLength(1);
  });

  it("refuses a 4 GiB length prefix as soon as the header is in, before allocating", () => {
    const decoder = new FrameDecoder(64 * 1024 * 1024);
    expect(decoder.push(new Uint8Array([0xff, 0xff]))).toEqual([]);
    let error: unknown;
    try {
      decoder.push(new Uint8Array([0xff, 0xff, 1, 2, 3]));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FrameTooLargeError);
    expect((error as FrameTooLargeError).lengthBytes).toBe(0xffffffff);
    expect((error as FrameTooLargeError).name).toBe("FrameTooLargeError");
  });

  it("accepts a frame of exactly the maximum and refuses one byte more", () => {
    expect(new FrameDecoder(5).push(concat([new Uint8Array(5)]))).toHaveLength(1);
    expect(() => new FrameDecoder(5).push(concat([new Uint8Array(6)]))).toThrow(FrameTooLargeError);
  });
});
