import { describe, expect, it } from "vitest";
import {
  type CheckResult,
  checkLinearizability,
  type KvOperation,
  kvModel,
} from "../../src/testing/lin/index.js";
import { cas, get, put } from "./kv-history.js";

function check(history: readonly KvOperation[]): CheckResult {
  return checkLinearizability(kvModel, history);
}

function expectLinearizable(history: readonly KvOperation[]): CheckResult {
  const result = check(history);
  expect(result.verdict, result.report).toBe("linearizable");
  expect(result.ok).toBe(true);
  return result;
}

function expectViolation(history: readonly KvOperation[]): CheckResult {
  const result = check(history);
  expect(result.verdict, result.report).toBe("not-linearizable");
  expect(result.ok).toBe(false);
  return result;
}

describe("linearizable kv histories", () => {
  it("accepts the empty history", () => {
    const result = expectLinearizable([]);
    expect(result.partitions).toEqual([]);
    expect(result.searchStepCount).toBe(0);
  });

  it("accepts a sequential history and returns its order", () => {
    const result = expectLinearizable([
      put(1, [0, 1], "x", "a"),
      get(2, [2, 3], "x", "a"),
      cas(1, [4, 5], { key: "x", expected: "a", value: "b" }, true),
      get(2, [6, 7], "x", "b"),
      put(1, [8, 9], "x", null),
      get(2, [10, 11], "x", null),
    ]);
    expect(result.partitions[0]?.linearization).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("accepts a read concurrent with a write returning either the old or the new value", () => {
    expectLinearizable([put(1, [0, 10], "x", "a"), get(2, [5, 15], "x", null)]);
    expectLinearizable([put(1, [0, 10], "x", "a"), get(2, [5, 15], "x", "a")]);
  });

  it("treats touching intervals (return === call) as concurrent", () => {
    expectLinearizable([put(1, [0, 5], "x", "a"), get(2, [5, 6], "x", null)]);
  });

  it("backtracks when the first-called write must be linearized last", () => {
    // The search first tries put a, then put b, reaching a dead end at a's return; only
    // b-then-a explains the later read of a.
    const result = expectLinearizable([
      put(1, [0, 10], "x", "a"),
      put(2, [1, 10], "x", "b"),
      get(3, [11, 12], "x", "a"),
    ]);
    expect(result.partitions[0]?.linearization).toEqual([1, 0, 2]);
  });

  it("backtracks out of an accepted read to place an earlier-absent read first", () => {
    const result = expectLinearizable([
      put(1, [0, 100], "x", "1"),
      get(2, [1, 100], "x", null),
      get(3, [2, 100], "x", "1"),
    ]);
    expect(result.partitions[0]?.linearization).toEqual([1, 0, 2]);
    expect(result.searchStepCount).toBeGreaterThan(6);
  });

  it("finds the only order of concurrent compare-and-sets from their results", () => {
    const result = expectLinearizable([
      cas(3, [0, 50], { key: "x", expected: "2", value: "3" }, true),
      cas(2, [1, 50], { key: "x", expected: "1", value: "2" }, true),
      cas(1, [2, 50], { key: "x", expected: null, value: "1" }, true),
      cas(4, [3, 50], { key: "x", expected: null, value: "z" }, false),
      get(5, [60, 61], "x", "3"),
    ]);
    expect(result.partitions[0]?.linearization).toEqual([2, 1, 0, 3, 4]);
  });

  it("accepts reads that see concurrent writes in an order consistent for all readers", () => {
    expectLinearizable([
      put(1, [0, 20], "x", "a"),
      put(2, [0, 20], "x", "b"),
      get(3, [1, 19], "x", "b"),
      get(4, [2, 21], "x", "a"),
      get(5, [22, 23], "x", "a"),
    ]);
  });

  it("checks keys independently", () => {
    const result = expectLinearizable([
      put(1, [0, 10], "x", "a"),
      put(2, [0, 10], "y", "b"),
      get(3, [11, 12], "y", "b"),
      get(3, [13, 14], "x", "a"),
    ]);
    expect(result.partitions.map((partition) => partition.name)).toEqual(['key "x"', 'key "y"']);
  });
});

describe("non-linearizable kv histories", () => {
  it("rejects a stale read after a completed write", () => {
    expectViolation([put(1, [0, 10], "x", "a"), get(2, [20, 30], "x", null)]);
  });

  it("rejects a lost write", () => {
    expectViolation([put(1, [0, 1], "x", "1"), put(1, [2, 3], "x", "2"), get(2, [4, 5], "x", "1")]);
  });

  it("rejects a read of a value never written", () => {
    expectViolation([put(1, [0, 1], "x", "1"), get(2, [0, 5], "x", "2")]);
  });

  it("rejects a value that reappears after being overwritten (needs every order tried)", () => {
    expectViolation([
      put(1, [0, 10], "x", "a"),
      put(2, [0, 10], "x", "b"),
      get(3, [11, 12], "x", "a"),
      get(3, [13, 14], "x", "b"),
    ]);
  });

  it("rejects readers that see concurrent writes in opposite orders", () => {
    expectViolation([
      put(1, [0, 100], "x", "a"),
      put(2, [0, 100], "x", "b"),
      get(3, [1, 2], "x", "a"),
      get(3, [3, 4], "x", "b"),
      get(4, [1, 2], "x", "b"),
      get(4, [3, 4], "x", "a"),
    ]);
  });

  it("rejects two compare-and-sets from the same value that both succeed", () => {
    expectViolation([
      cas(1, [0, 10], { key: "x", expected: null, value: "a" }, true),
      cas(2, [0, 10], { key: "x", expected: null, value: "b" }, true),
    ]);
  });

  it("rejects a compare-and-set that fails although nothing else could interfere", () => {
    expectViolation([
      put(1, [0, 1], "x", "1"),
      cas(1, [2, 3], { key: "x", expected: "1", value: "2" }, false),
    ]);
  });

  it("rejects a read of the old value after a successful compare-and-set", () => {
    expectViolation([
      put(1, [0, 1], "x", "1"),
      cas(1, [2, 3], { key: "x", expected: "1", value: "2" }, true),
      get(2, [4, 5], "x", "1"),
    ]);
  });
});

describe("failure diagnostics", () => {
  const history = [
    put(1, [0, 10], "x", "a"),
    put(2, [0, 10], "y", "b"),
    get(3, [11, 12], "y", "b"),
    get(3, [13, 14], "y", null),
    get(4, [15, 16], "z", null),
  ];

  it("names the failing partition, the longest prefix and the blocked operation", () => {
    const result = expectViolation(history);
    if (result.verdict !== "not-linearizable") return;
    expect(result.failure.partitionName).toBe('key "y"');
    expect(result.failure.longestPrefix).toEqual([1, 2]);
    expect(result.failure.stateAfterPrefix).toBe('{"y": "b"}');
    expect(result.failure.blockedOperations).toEqual([{ operationIndex: 3, modelAccepts: false }]);
    expect(result.failure.remainingOperations).toEqual([3]);
    const verdicts = result.partitions.map((partition) => [partition.name, partition.verdict]);
    expect(verdicts).toEqual([
      ['key "x"', "linearizable"],
      ['key "y"', "not-linearizable"],
      ['key "z"', "not-checked"],
    ]);
  });

  it("formats a report for people", () => {
    const result = expectViolation(history);
    expect(result.report).toBe(
      [
        'NOT LINEARIZABLE (model kv; 5 operations, 3 partitions, 6 search steps): partition key "y" (3 operations)',
        "longest linearizable prefix found: 2 operations, in linearization order:",
        '  1. #1 client 2 [0, 10] put("y", "b") -> ok',
        '  2. #2 client 3 [11, 12] get("y") -> "b"',
        'state after the prefix: {"y": "b"}',
        "operations that could go next, none of which leads to a linearization:",
        '  #3 client 3 [13, 14] get("y") -> null  <- rejected by the model in this state',
        "other operations of the partition not in the prefix (0), by call time:",
      ].join("\n"),
    );
  });

  it("truncates long reports", () => {
    const long: KvOperation[] = [];
    for (let index = 0; index < 30; index++) {
      long.push(put(1, [index * 2, index * 2 + 1], "x", `v${index}`));
    }
    long.push(get(2, [100, 101], "x", "v3"));
    const result = checkLinearizability(kvModel, long, { reportOperationsMax: 5 });
    expect(result.verdict).toBe("not-linearizable");
    expect(result.report).toContain("  ... 25 earlier operations");
    expect(result.report).toContain('  30. #29 client 1 [58, 59] put("x", "v29") -> ok');
  });

  it("summarizes a linearizable history in one line", () => {
    const result = expectLinearizable([put(1, [0, 1], "x", "a")]);
    expect(result.report).toBe(
      "LINEARIZABLE (model kv; 1 operations, 1 partitions, 1 search steps)",
    );
  });
});
