import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entryLength, writeEntry } from "../../src/proto/codec/entry.js";
import { wal } from "../../src/proto/index.js";
import { BufferPool, POOLED_BYTES_MIN } from "../../src/storage/buffer-pool.js";
import { FrameType, SEGMENT_HEADER_BYTES } from "../../src/storage/format.js";
import { encodeFrames, sealFrames } from "../../src/storage/frame-batch.js";
import { MemorySource, scanFrames } from "../../src/storage/scan.js";
import { INDEX_CHUNK_ENTRIES, SegmentIndex } from "../../src/storage/segment-index.js";
import { type Entry, EntryType } from "../../src/types/index.js";

const entryArbitrary: fc.Arbitrary<Entry> = fc.record({
  index: fc.oneof(
    fc.integer({ min: 1, max: 300 }),
    fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  ),
  term: fc.oneof(
    fc.integer({ min: 1, max: 200 }),
    fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  ),
  type: fc.constantFrom(EntryType.NORMAL, EntryType.CONF_CHANGE, EntryType.NO_OP),
  data: fc.uint8Array({ maxLength: 400 }),
});

describe("the hand-written LogEntry encoder", () => {
  it("writes exactly the bytes of the generated protobuf encoder (fast-check)", () => {
    fc.assert(
      fc.property(entryArbitrary, (entry) => {
        const expected = wal.LogEntry.encode(entry).finish();
        const length = entryLength(entry);
        expect(length).toBe(expected.length);
        const target = new Uint8Array(length + 8);
        const end = writeEntry(target, 3, entry);
        expect(end).toBe(3 + length);
        expect(Buffer.from(target.subarray(3, end)).equals(Buffer.from(expected))).toBe(true);
        const decoded = wal.LogEntry.decode(target.subarray(3, end));
        expect(decoded.index).toBe(entry.index);
        expect(decoded.term).toBe(entry.term);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("framing round trip", () => {
  it("frames sealed into batches scan back to the same entries and batch numbers (fast-check)", () => {
    const batchesArbitrary = fc.array(
      fc.record({
        sizes: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 0, maxLength: 8 }),
        withHardState: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        batchesArbitrary,
        fc.integer({ min: 1, max: 1_000_000 }),
        (batches, firstIndex) => {
          const parts: Uint8Array[] = [new Uint8Array(SEGMENT_HEADER_BYTES)];
          const expected: Entry[] = [];
          let next = firstIndex;
          batches.forEach((batch, position) => {
            const entries = batch.sizes.map((size) => ({
              index: next++,
              term: 1 + position,
              type: EntryType.NORMAL,
              data: Uint8Array.from({ length: size }, (_, i) => (i * 13 + next) & 0xff),
            }));
            if (entries.length === 0 && !batch.withHardState) return;
            const frames = encodeFrames(
              entries,
              batch.withHardState
                ? { state: { term: position, vote: 2, commit: next - 1 }, lastIndex: next - 1 }
                : undefined,
            );
            sealFrames(frames, parts.length, true);
            parts.push(frames.buffer);
            expected.push(...entries);
          });
          const file = Buffer.concat(parts);
          const seen: Entry[] = [];
          const scan = scanFrames(new MemorySource(file), {
            firstIndex,
            onFrame: (frame) => {
              expect(frame.offset % 8).toBe(0);
              if (frame.header.frameType === FrameType.ENTRY) {
                const decoded = wal.LogEntry.decode(frame.payload);
                seen.push({
                  index: decoded.index,
                  term: decoded.term,
                  type: decoded.type as EntryType,
                  data: decoded.data,
                });
              }
            },
          });
          expect(scan.problem).toBeUndefined();
          expect(scan.endOffset).toBe(file.length);
          expect(seen.map((e) => [e.index, e.term, Buffer.from(e.data).toString("hex")])).toEqual(
            expected.map((e) => [e.index, e.term, Buffer.from(e.data).toString("hex")]),
          );
          expect(scan.predecessor.batchEnded).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("SegmentIndex", () => {
  it("grows, answers offsets, lengths and terms, truncates and trims", () => {
    const index = new SegmentIndex(100, 2);
    for (let i = 0; i < 5000; i++) index.push(40 + i * 64, i % 300, 1 + Math.floor(i / 1000));
    expect(index.lastIndex).toBe(5099);
    expect(index.offsetOf(100)).toBe(40);
    expect(index.offsetOf(5099)).toBe(40 + 4999 * 64);
    expect(index.payloadLengthOf(401)).toBe(301 % 300);
    expect(index.termOf(2100)).toBe(3);
    expect(() => index.offsetOf(99)).toThrow(/within segment/);
    expect(() => index.termOf(5100)).toThrow(/within segment/);
    index.truncateFrom(1100);
    expect(index.lastIndex).toBe(1099);
    index.trim();
    expect(index.memoryBytes).toBe(1000 * 16);
    expect(index.termOf(1099)).toBe(1);
  });

  it("counts staged entries only once committed, and forgets discarded ones", () => {
    const index = new SegmentIndex(10);
    index.push(40, 5, 1);
    index.stage(80, 6, 2);
    expect(index.count).toBe(1);
    expect(() => index.offsetOf(11)).toThrow(/within segment/);
    index.commitStaged();
    expect(index.offsetOf(11)).toBe(80);
    index.stage(120, 7, 2);
    index.discardStaged();
    index.stage(128, 8, 3);
    index.commitStaged();
    expect(index.lastIndex).toBe(12);
    expect(index.offsetOf(12)).toBe(128);
    expect(index.termOf(12)).toBe(3);
  });

  it("grows by chunks, never holding more than one chunk beyond its entries, across truncations", () => {
    const index = new SegmentIndex(1);
    const entries = 3 * INDEX_CHUNK_ENTRIES + 123;
    for (let i = 0; i < entries; i++) {
      index.push(i * 8, i % 1000, 1 + (i >> 12));
      expect(index.memoryBytes).toBeLessThanOrEqual(16 * (index.count + INDEX_CHUNK_ENTRIES));
    }
    for (const i of [0, INDEX_CHUNK_ENTRIES - 1, INDEX_CHUNK_ENTRIES, entries - 1]) {
      expect(index.offsetOf(1 + i)).toBe(i * 8);
      expect(index.payloadLengthOf(1 + i)).toBe(i % 1000);
      expect(index.termOf(1 + i)).toBe(1 + (i >> 12));
    }
    index.truncateFrom(1 + 2 * INDEX_CHUNK_ENTRIES);
    expect(index.memoryBytes).toBe(16 * 2 * INDEX_CHUNK_ENTRIES);
    index.push(7, 8, 9);
    expect(index.offsetOf(1 + 2 * INDEX_CHUNK_ENTRIES)).toBe(7);
    expect(index.termOf(2 * INDEX_CHUNK_ENTRIES)).toBe(1 + ((2 * INDEX_CHUNK_ENTRIES - 1) >> 12));
    index.trim();
    expect(index.memoryBytes).toBe(16 * index.count);
    index.push(10, 11, 12);
    expect(index.payloadLengthOf(index.lastIndex)).toBe(11);
    index.truncateFrom(1);
    index.trim();
    expect(index.count).toBe(0);
    expect(index.memoryBytes).toBe(16);
    index.push(1, 2, 3);
    expect(index.termOf(1)).toBe(3);
  });
});

describe("frames encoded into reused buffers (BufferPool)", () => {
  it("are byte for byte the frames of a fresh zeroed buffer, whatever the buffer held (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(entryArbitrary, { maxLength: 100 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 255 }),
        (drawn, withHardState, garbage) => {
          // Enough bytes for a pooled buffer, then the drawn entries.
          const large = { index: 1, term: 1, type: EntryType.NORMAL, data: new Uint8Array(401) };
          const entries = [...Array.from({ length: 160 }, () => large), ...drawn];
          const hardState = withHardState
            ? { state: { term: 7, vote: 2, commit: 5 }, lastIndex: 9 }
            : undefined;
          const fresh = encodeFrames(entries, hardState);
          const pool = new BufferPool();
          // A dirty buffer of the same capacity class, given back so that encodeFrames reuses it.
          expect(fresh.buffer.length).toBeGreaterThanOrEqual(POOLED_BYTES_MIN);
          const dirty = pool.take(fresh.buffer.length);
          new Uint8Array(dirty.buffer).fill(garbage);
          pool.give(dirty);
          const reused = encodeFrames(entries, hardState, pool);
          expect(reused.buffer.buffer).toBe(dirty.buffer);
          sealFrames(fresh, 3, true);
          sealFrames(reused, 3, true);
          expect(Buffer.from(reused.buffer).equals(Buffer.from(fresh.buffer))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("hands a given-back buffer out again, once, and never a buffer still in use", () => {
    const pool = new BufferPool();
    const first = pool.take(300_000);
    const second = pool.take(300_000);
    expect(second.buffer).not.toBe(first.buffer);
    pool.give(first);
    expect(() => pool.give(first)).toThrow();
    const third = pool.take(400_000);
    expect(third.buffer).toBe(first.buffer);
    expect(third.length).toBe(400_000);
    expect(pool.take(300_000).buffer).not.toBe(first.buffer);
    expect(pool.take(100).length).toBe(100);
  });
});
