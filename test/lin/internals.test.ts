import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Bitset, zobristKey } from "../../src/testing/lin/bitset.js";
import { EntryList, HEAD_NODE, NO_NODE } from "../../src/testing/lin/entries.js";
import { type KvState, kvModel, unknownOutput } from "../../src/testing/lin/index.js";
import { AssertionError } from "../../src/util/assert.js";
import { fmix32 } from "../../src/util/fmix32.js";

describe("Bitset", () => {
  it("sets, clears, clones and compares across word boundaries", () => {
    const bits = new Bitset(70);
    expect(bits.words.length).toBe(3);
    for (const index of [0, 31, 32, 69]) bits.set(index);
    const copy = bits.clone();
    expect([0, 31, 32, 69].every((index) => copy.has(index))).toBe(true);
    expect(copy.has(1)).toBe(false);
    expect(copy.equals(bits)).toBe(true);
    copy.clear(32);
    expect(copy.equals(bits)).toBe(false);
    expect(bits.has(32)).toBe(true);
  });

  it("asserts on an index out of range", () => {
    expect(() => new Bitset(10).set(10)).toThrow(AssertionError);
    expect(() => new Bitset(10).has(-1)).toThrow(AssertionError);
  });

  it("mixes indexes into distinct Zobrist keys", () => {
    const keys = new Set(Array.from({ length: 10_000 }, (_unused, index) => zobristKey(index)));
    expect(keys.size).toBe(10_000);
    expect(fmix32(0)).toBe(0);
    expect(zobristKey(0)).not.toBe(0);
  });
});

describe("EntryList", () => {
  const walk = (list: EntryList): string[] => {
    const seen: string[] = [];
    for (let node = list.next[HEAD_NODE]!; node !== NO_NODE; node = list.next[node]!) {
      seen.push(`${list.isCall(node) ? "c" : "r"}${list.operationId[node]}`);
    }
    return seen;
  };

  it("sorts by time, calls before returns at equal times, then by operation", () => {
    const list = new EntryList([
      { call: 5, return: 10 },
      { call: 0, return: 5 },
      { call: 0, return: Number.POSITIVE_INFINITY },
    ]);
    expect(walk(list)).toEqual(["c1", "c2", "c0", "r1", "r0", "r2"]);
  });

  it("restores the list exactly when lifts are undone in reverse order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 20 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.infiniteStream(fc.nat()),
        (spans, choices) => {
          const list = new EntryList(
            spans.map(([call, length]) => ({ call, return: call + length })),
          );
          const original = walk(list);
          const lifted: number[] = [];
          const iterator = choices[Symbol.iterator]();
          while (lifted.length < spans.length) {
            const calls: number[] = [];
            for (let node = list.next[HEAD_NODE]!; node !== NO_NODE; node = list.next[node]!) {
              if (list.isCall(node)) calls.push(node);
            }
            const node = calls[iterator.next().value % calls.length]!;
            list.lift(node);
            lifted.push(node);
            expect(walk(list).length).toBe(original.length - 2 * lifted.length);
          }
          while (lifted.length > 0) list.unlift(lifted.pop()!);
          expect(walk(list)).toEqual(original);
        },
      ),
    );
  });
});

describe("kvModel", () => {
  const state = (entries: [string, string][]): KvState => new Map(entries);

  it("gives equal states equal hashes whatever the insertion order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string(), fc.string()), { selector: ([key]) => key }),
        (entries) => {
          const forward = state(entries);
          const backward = state([...entries].reverse());
          expect(kvModel.equalState(forward, backward)).toBe(true);
          expect(kvModel.hashState(forward)).toBe(kvModel.hashState(backward));
        },
      ),
    );
  });

  it("does not confuse key and value boundaries in the hash", () => {
    const left = state([["ab", "c"]]);
    const right = state([["a", "bc"]]);
    expect(kvModel.equalState(left, right)).toBe(false);
    expect(kvModel.hashState(left)).not.toBe(kvModel.hashState(right));
  });

  it("applies each operation to a state without mutating it", () => {
    const before = state([["x", "a"]]);
    const put = kvModel.step(before, { kind: "put", key: "x", value: null }, { kind: "put" });
    expect(put.ok && put.newState.size).toBe(0);
    expect(before.get("x")).toBe("a");
    const read = kvModel.step(before, { kind: "get", key: "x" }, { kind: "get", value: "b" });
    expect(read.ok).toBe(false);
    const swap = { kind: "cas", key: "x", expected: "a", value: "b" } as const;
    expect(kvModel.step(before, swap, { kind: "cas", swapped: false }).ok).toBe(false);
    const swapped = kvModel.step(before, swap, { kind: "cas", swapped: true });
    expect(swapped.ok && swapped.newState.get("x")).toBe("b");
  });

  it("accepts an unknown output in every state with the effect it would have had", () => {
    const empty = kvModel.init();
    const swap = { kind: "cas", key: "x", expected: null, value: "b" } as const;
    const fromEmpty = kvModel.step(empty, swap, unknownOutput);
    expect(fromEmpty.ok && fromEmpty.newState.get("x")).toBe("b");
    const fromA = kvModel.step(state([["x", "a"]]), swap, unknownOutput);
    expect(fromA.ok && fromA.newState.get("x")).toBe("a");
    expect(kvModel.step(empty, { kind: "get", key: "x" }, unknownOutput).ok).toBe(true);
  });

  it("asserts that the output kind matches the input kind", () => {
    const mismatched = () =>
      kvModel.step(kvModel.init(), { kind: "get", key: "x" }, { kind: "put" });
    expect(mismatched).toThrow(AssertionError);
  });

  it("describes operations and states for people", () => {
    const cas = { kind: "cas", key: "x", expected: null, value: "1" } as const;
    expect(kvModel.describeOperation(cas, { kind: "cas", swapped: true })).toBe(
      'cas("x", null, "1") -> true',
    );
    expect(kvModel.describeOperation({ kind: "get", key: "x" }, unknownOutput)).toBe(
      'get("x") -> ?',
    );
    expect(
      kvModel.describeState(
        state([
          ["y", "2"],
          ["x", "1"],
        ]),
      ),
    ).toBe('{"x": "1", "y": "2"}');
  });
});
