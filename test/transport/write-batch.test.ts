import { describe, expect, it } from "vitest";
import { BY_REFERENCE_BYTES_MIN, WriteBatch } from "../../src/transport/write-batch.js";

function bytes(length: number, fill: number): Buffer {
  return Buffer.alloc(length, fill);
}

describe("WriteBatch", () => {
  it("joins small pieces, passes large ones by reference, in order, and counts frames", () => {
    const batch = new WriteBatch();
    const large = bytes(BY_REFERENCE_BYTES_MIN, 3);
    batch.pushFrame(bytes(5, 1));
    batch.pushParts(bytes(4, 2), large);
    batch.pushFrame(bytes(7, 4));
    expect(batch.frames).toBe(3);
    expect(batch.bytes).toBe(5 + 4 + large.length + 7);
    const buffers = batch.take();
    expect(buffers).toHaveLength(3);
    expect(buffers[1]).toBe(large);
    expect(Buffer.concat(buffers)).toEqual(
      Buffer.concat([bytes(5, 1), bytes(4, 2), large, bytes(7, 4)]),
    );
    expect(batch.frames).toBe(0);
    expect(batch.bytes).toBe(0);
  });

  it("writes small frames as one buffer, and a single piece as it is", () => {
    const batch = new WriteBatch();
    const frame = bytes(3, 9);
    batch.pushFrame(frame);
    expect(batch.take()).toEqual([frame]);
    batch.pushFrame(bytes(2, 1));
    batch.pushParts(bytes(4, 2), bytes(6, 3));
    const buffers = batch.take();
    expect(buffers).toHaveLength(1);
    expect(Buffer.from(buffers[0]!)).toEqual(
      Buffer.concat([bytes(2, 1), bytes(4, 2), bytes(6, 3)]),
    );
  });
});
