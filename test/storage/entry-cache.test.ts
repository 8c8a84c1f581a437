import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EntryCache } from "../../src/storage/entry-cache.js";
import { type Entry, EntryType } from "../../src/types/index.js";

function entry(index: number, sizeBytes: number): Entry {
  const data = new Uint8Array(sizeBytes);
  for (let i = 0; i < sizeBytes; i++) data[i] = (index * 31 + i) & 0xff;
  return { index, term: 1 + (index % 7), type: EntryType.NORMAL, data };
}

/**
 * Expects `actual` to be `expected`: the same fields, the data compared as bytes (toEqual walks
 * a typed array element by element: seconds for the MiB entries below).
 */
function expectSameEntry(actual: Entry | undefined, expected: Entry | undefined): void {
  expect(actual === undefined).toBe(expected === undefined);
  if (actual === undefined || expected === undefined) return;
  expect({ ...actual, data: undefined }).toEqual({ ...expected, data: undefined });
  expect(Buffer.from(actual.data).equals(Buffer.from(expected.data))).toBe(true);
}

/**
 * Random adds, suffix and prefix truncations and index jumps on a cache bounded by a random
 * bytesMax, checked after every step against a list of the entries it should hold.
 */
function checkAgainstModel(limits: {
  sizeMax: number;
  bytesMaxMax: number;
  steps: number;
  runs: number;
}): void {
  type Step =
    | { kind: "add"; size: number }
    | { kind: "suffix" | "tail" | "prefix" | "jump"; fraction: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant("add" as const),
        size: fc.integer({ min: 0, max: limits.sizeMax }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        // "tail": a suffix truncation of the last one to three entries (a follower's conflict).
        kind: fc.constantFrom(
          "suffix" as const,
          "tail" as const,
          "prefix" as const,
          "jump" as const,
        ),
        fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    },
  );
  // Large entries are filled with one byte (per index and size): a read from the wrong place
  // still shows, and filling stays fast.
  const make = (index: number, size: number): Entry =>
    limits.sizeMax <= 4096
      ? entry(index, size)
      : { ...entry(index, 0), data: new Uint8Array(size).fill((index * 31 + size) & 0xff) };
  fc.assert(
    fc.property(
      fc.array(step, { maxLength: limits.steps }),
      fc.integer({ min: 0, max: limits.bytesMaxMax }),
      (steps, bytesMax) => {
        const cache = new EntryCache(bytesMax);
        let model: Entry[] = [];
        let next = 1;
        const cost = (e: Entry) => e.data.length + 96;
        for (const s of steps) {
          if (s.kind === "add") {
            const e = make(next++, s.size);
            // A non-contiguous add restarts the cache at the new index.
            if (model.length > 0 && (model.at(-1) as Entry).index + 1 !== e.index) model = [];
            if (cost(e) > bytesMax) {
              model = [];
            } else {
              model.push(e);
              while (model.reduce((sum, m) => sum + cost(m), 0) > bytesMax) model.shift();
            }
            cache.add(e);
          } else if (s.kind === "suffix" || s.kind === "tail") {
            const from =
              s.kind === "suffix"
                ? Math.floor(next * s.fraction)
                : Math.max(0, next - 1 - Math.floor(s.fraction * 3));
            cache.truncateFrom(from);
            model = model.filter((m) => m.index < from);
            next = Math.min(next, Math.max(from, 1));
            if (model.length > 0) next = Math.max(next, (model.at(-1) as Entry).index + 1);
          } else if (s.kind === "prefix") {
            const upto = Math.floor(next * s.fraction);
            cache.truncateUpTo(upto);
            model = model.filter((m) => m.index > upto);
          } else {
            next += 1 + Math.floor(s.fraction * 10);
          }
          expect(cache.count).toBe(model.length);
          // Equal, not the same object: the cache copies what is appended (see the tests below).
          for (const m of model) expectSameEntry(cache.get(m.index), m);
          expect(cache.get(next)).toBeUndefined();
        }
      },
    ),
    { numRuns: limits.runs },
  );
}

describe("EntryCache", () => {
  it("keeps the newest contiguous entries within its byte bound", () => {
    const cache = new EntryCache(10 * (100 + 96));
    for (let index = 1; index <= 100; index++) cache.add(entry(index, 100));
    expect(cache.count).toBe(10);
    expect(cache.get(90)).toBeUndefined();
    expect(cache.get(91)?.index).toBe(91);
    expect(cache.get(100)?.index).toBe(100);
    expect(cache.get(101)).toBeUndefined();
    expect(cache.sizeBytes).toBeLessThanOrEqual(10 * 196);
  });

  it("agrees with a simple model under random adds and truncations (fast-check)", () => {
    checkAgainstModel({ sizeMax: 400, bytesMaxMax: 4000, steps: 300, runs: 200 });
  });

  it("agrees with the model with entries of hundreds of KiB, across many blocks (fast-check)", () => {
    // Truncations that drop whole blocks: block numbers must stay without gaps (an entry read
    // after one used to come from the wrong block).
    checkAgainstModel({ sizeMax: 700 * 1024, bytesMaxMax: 6 * 1024 * 1024, steps: 80, runs: 150 });
  });

  it("reads the right block after a truncation dropped the newest one", () => {
    const MiB = 1024 * 1024;
    const filled = (index: number, size: number, byte: number): Entry => ({
      ...entry(index, 0),
      data: new Uint8Array(size).fill(byte),
    });
    const cache = new EntryCache(64 * MiB);
    cache.add(filled(1, MiB - 10, 1)); // block 0
    cache.add(filled(2, 100, 2)); // block 1
    cache.truncateFrom(2); // block 1 goes
    cache.add(filled(2, MiB - 10, 3));
    cache.add(filled(3, MiB - 10, 4));
    expect((cache.get(1) as Entry).data[0]).toBe(1);
    expect((cache.get(2) as Entry).data[0]).toBe(3);
    expect((cache.get(3) as Entry).data[0]).toBe(4);
  });

  it("copies what is appended: the appended entry's data changing changes nothing held", () => {
    const cache = new EntryCache(4 * 1024 * 1024);
    const appended = entry(1, 300);
    const expected = { ...appended, data: appended.data.slice() };
    cache.add(appended);
    appended.data.fill(0);
    expect(cache.get(1)).toEqual(expected);
  });

  it("returns views of its blocks that keep their bytes after truncation, eviction and reuse", () => {
    const cache = new EntryCache(3 * 1024 * 1024);
    for (let index = 1; index <= 3; index++) cache.add(entry(index, 300));
    const second = cache.get(2) as Entry;
    const third = cache.get(3) as Entry;
    // Views, not copies: two reads of entries in one block share its bytes.
    expect(second.data.buffer).toBe(third.data.buffer);
    expect(second.data.buffer).toBe((cache.get(2) as Entry).data.buffer);
    // A truncated entry's bytes are not written over by the entry that replaces it...
    cache.truncateFrom(3);
    cache.add({ ...entry(3, 300), data: new Uint8Array(300).fill(0xee) });
    expect(third).toEqual(entry(3, 300));
    expect((cache.get(3) as Entry).data[0]).toBe(0xee);
    // ...nor are an evicted block's bytes by the blocks that come after it.
    for (let index = 4; index <= 40; index++) cache.add(entry(index, 200_000));
    expect(cache.get(2)).toBeUndefined();
    expect(second).toEqual(entry(2, 300));
    expect(third).toEqual(entry(3, 300));
  });

  it("holds entries larger than its blocks, and entries across many blocks (1 MiB each)", () => {
    const cache = new EntryCache(8 * 1024 * 1024);
    const added: Entry[] = [];
    for (let index = 1; index <= 40; index++) {
      const e = entry(index, index % 5 === 0 ? 1536 * 1024 : 100_000 + index);
      added.push(e);
      cache.add(e);
    }
    const bytes = (from: number) =>
      added.slice(from - 1).reduce((sum, e) => sum + e.data.length + 96, 0);
    let first = 1;
    while (bytes(first) > 8 * 1024 * 1024) first++;
    expect(cache.count).toBe(41 - first);
    for (let index = first; index <= 40; index++)
      expectSameEntry(cache.get(index), added[index - 1]);
    cache.truncateFrom(35);
    expect(cache.get(35)).toBeUndefined();
    const next = entry(35, 777);
    cache.add(next);
    expectSameEntry(cache.get(35), next);
    expectSameEntry(cache.get(34), added[33]);
  });

  it("keeps staged entries from get() until they are committed, and discards them", () => {
    const cache = new EntryCache(10 * (100 + 96));
    for (let index = 1; index <= 3; index++) cache.add(entry(index, 100));
    cache.stage(entry(4, 100));
    cache.stage(entry(5, 100));
    expect(cache.count).toBe(3);
    expect(cache.get(4)).toBeUndefined();
    expect(cache.get(3)).toEqual(entry(3, 100));
    cache.commitStaged();
    expect(cache.count).toBe(5);
    expect(cache.get(5)).toEqual(entry(5, 100));
    cache.stage(entry(6, 100));
    cache.discardStaged();
    expect(cache.count).toBe(5);
    expect(cache.get(6)).toBeUndefined();
    cache.add(entry(6, 50));
    expect(cache.get(6)).toEqual(entry(6, 50));
    // Staging more than the bound evicts the visible entries, then the oldest staged ones.
    for (let index = 7; index <= 20; index++) cache.stage(entry(index, 100));
    expect(cache.count).toBe(0);
    expect(cache.get(11)).toBeUndefined();
    cache.commitStaged();
    expect(cache.count).toBe(10);
    expect(cache.get(11)).toEqual(entry(11, 100));
    expect(cache.get(10)).toBeUndefined();
  });
});
