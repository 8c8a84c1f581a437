import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wal } from "../../src/proto/index.js";
import { encodeLogEntryInto, logEntryPayloadLength } from "../../src/storage/frame-batch.js";
import { EntryType, type LogEntry } from "../../src/storage/types.js";

const entryArbitrary: fc.Arbitrary<LogEntry> = fc.record({
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
        const length = logEntryPayloadLength(entry);
        expect(length).toBe(expected.length);
        const target = new Uint8Array(length + 8);
        const end = encodeLogEntryInto(target, 3, entry);
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
