import { describe, expect, it } from "vitest";
import { wal } from "../../src/proto/index.js";

describe("wal protobuf messages", () => {
  it("round-trips a LogEntry with u64 fields as numbers up to 2^53-1", () => {
    const entry = {
      index: Number.MAX_SAFE_INTEGER,
      term: 7,
      type: wal.EntryType.ENTRY_TYPE_NORMAL,
      data: new Uint8Array([1, 2, 3]),
    };
    const bytes = wal.LogEntry.encode(entry).finish();
    const back = wal.LogEntry.decode(bytes);
    expect(back.index).toBe(Number.MAX_SAFE_INTEGER);
    expect(back.term).toBe(7);
    expect(back.type).toBe(wal.EntryType.ENTRY_TYPE_NORMAL);
    expect(Array.from(back.data)).toEqual([1, 2, 3]);
  });

  it("round-trips a HardState", () => {
    const bytes = wal.HardState.encode({ term: 3, vote: 2, commit: 99 }).finish();
    expect(wal.HardState.decode(bytes)).toMatchObject({ term: 3, vote: 2, commit: 99 });
  });
});
