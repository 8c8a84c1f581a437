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
    type Step =
      | { kind: "add"; size: number }
      | { kind: "suffix" | "prefix" | "jump"; fraction: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant("add" as const),
          size: fc.integer({ min: 0, max: 400 }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constantFrom("suffix" as const, "prefix" as const, "jump" as const),
          fraction: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      },
    );
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 300 }),
        fc.integer({ min: 0, max: 4000 }),
        (steps, bytesMax) => {
          const cache = new EntryCache(bytesMax);
          let model: Entry[] = [];
          let next = 1;
          const cost = (e: Entry) => e.data.length + 96;
          for (const s of steps) {
            if (s.kind === "add") {
              const e = entry(next++, s.size);
              // A non-contiguous add restarts the cache at the new index.
              if (model.length > 0 && (model.at(-1) as Entry).index + 1 !== e.index) model = [];
              if (cost(e) > bytesMax) {
                model = [];
              } else {
                model.push(e);
                while (model.reduce((sum, m) => sum + cost(m), 0) > bytesMax) model.shift();
              }
              cache.add(e);
            } else if (s.kind === "suffix") {
              const from = Math.floor(next * s.fraction);
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
            for (const m of model) expect(cache.get(m.index)).toEqual(m);
            expect(cache.get(next)).toBeUndefined();
          }
        },
      ),
      { numRuns: 200 },
    );
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
