import { describe, expect, it } from "vitest";
import { LogCompactedError, MemoryStorage } from "../../src/raft/index.js";
import { RaftLog } from "../../src/raft/log.js";
import type { Entry } from "../../src/types/index.js";

function ents(from: number, terms: number[]): Entry[] {
  return terms.map((term, i) => ({ index: from + i, term, type: 1, data: new Uint8Array(4) }));
}

describe("raft log and unstable entries", () => {
  it("appends, truncates conflicting suffixes and keeps storage + unstable consistent", () => {
    const storage = new MemoryStorage();
    storage.append(ents(1, [1, 1, 2]));
    const log = new RaftLog(storage, 1 << 20);
    expect(log.lastIndex()).toBe(3);
    expect(log.maybeAppend(3, 2, 0, ents(4, [2, 2]))).toBe(5);
    expect(log.unstable.entries.map((e) => e.index)).toEqual([4, 5]);
    // Conflict at 5: replaced by term 3.
    expect(log.maybeAppend(4, 2, 4, ents(5, [3]))).toBe(5);
    expect(log.term(5)).toBe(3);
    expect(log.committed).toBe(4);
    // Mismatch: rejected.
    expect(log.maybeAppend(5, 9, 5, [])).toBeUndefined();
  });

  it("finds the back-off hint by term (fast back-off)", () => {
    const storage = new MemoryStorage();
    storage.append(ents(1, [1, 1, 2, 2, 5, 5]));
    const log = new RaftLog(storage, 1 << 20);
    expect(log.findConflictByTerm(6, 4)).toEqual({ index: 4, term: 2 });
    expect(log.findConflictByTerm(6, 1)).toEqual({ index: 2, term: 1 });
    expect(log.findConflictByTerm(6, 0)).toEqual({ index: 0, term: 0 });
  });

  it("stableTo ignores entries replaced while they were being written", () => {
    const log = new RaftLog(new MemoryStorage(), 1 << 20);
    log.append(ents(1, [1, 1, 1]));
    expect(log.unstable.nextEntries().length).toBe(3);
    log.unstable.acceptInProgress();
    log.append(ents(2, [2, 2]));
    expect(log.unstable.nextEntries().map((e) => e.index)).toEqual([2, 3]);
    log.unstable.stableTo(3, 1);
    expect(log.unstable.entries.length).toBe(3);
  });

  it("slices across storage and unstable with a byte limit, and reports compaction", () => {
    const storage = new MemoryStorage();
    storage.append(ents(1, [1, 1, 1, 1]));
    storage.createSnapshot(
      2,
      {
        voters: [1],
        votersOutgoing: [],
        learners: [],
        learnersNext: [],
        autoLeave: false,
        incarnations: [],
      },
      new Uint8Array(),
    );
    storage.compact(2);
    const log = new RaftLog(storage, 1 << 20);
    log.append(ents(5, [1, 1]));
    expect(log.slice(3, 7, 1 << 20).map((e) => e.index)).toEqual([3, 4, 5, 6]);
    expect(log.slice(3, 7, 60).map((e) => e.index)).toEqual([3, 4]);
    expect(log.slice(3, 7, 1).map((e) => e.index)).toEqual([3]);
    expect(() => log.slice(2, 4, 100)).toThrow(LogCompactedError);
    expect(log.term(2)).toBe(1);
    expect(log.term(1)).toBeUndefined();
  });

  it("only commits entries of the current term (Raft §5.4.2)", () => {
    const log = new RaftLog(new MemoryStorage(), 1 << 20);
    log.append(ents(1, [1, 2]));
    expect(log.maybeCommit(1, 2)).toBe(false);
    expect(log.maybeCommit(2, 2)).toBe(true);
    expect(log.committed).toBe(2);
  });
});
