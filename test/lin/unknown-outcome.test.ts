import { describe, expect, it } from "vitest";
import {
  type CheckResult,
  checkLinearizability,
  isUnknownOutcome,
  type KvOperation,
  kvModel,
} from "../../src/testing/lin/index.js";
import { cas, get, put, UNKNOWN } from "./kv-history.js";

function verdictOf(history: readonly KvOperation[]): CheckResult["verdict"] {
  return checkLinearizability(kvModel, history).verdict;
}

describe("operations with unknown outcomes", () => {
  it("marks them by return = Infinity and output = unknownOutput", () => {
    expect(isUnknownOutcome(put(1, [0, UNKNOWN], "x", "a"))).toBe(true);
    expect(isUnknownOutcome(put(1, [0, 1], "x", "a"))).toBe(false);
  });

  it("assumes a timed-out write happened when a later read sees it", () => {
    const history = [put(1, [0, UNKNOWN], "x", "a"), get(2, [5, 6], "x", "a")];
    const result = checkLinearizability(kvModel, history);
    expect(result.verdict).toBe("linearizable");
    expect(result.partitions[0]?.linearization).toEqual([0, 1]);
  });

  it("assumes a timed-out write never happened when no read sees it", () => {
    const history = [put(1, [0, UNKNOWN], "x", "a"), get(2, [5, 6], "x", null)];
    const result = checkLinearizability(kvModel, history);
    expect(result.verdict).toBe("linearizable");
    expect(result.partitions[0]?.linearization).toEqual([1]);
  });

  it("lets a timed-out write take effect long after the client gave up", () => {
    expect(
      verdictOf([
        put(1, [0, UNKNOWN], "x", "a"),
        get(2, [100, 101], "x", null),
        get(2, [200, 201], "x", "a"),
      ]),
    ).toBe("linearizable");
  });

  it("does not let a timed-out write take effect before its call", () => {
    expect(verdictOf([get(2, [0, 5], "x", "a"), put(1, [10, UNKNOWN], "x", "a")])).toBe(
      "not-linearizable",
    );
  });

  it("does not let a timed-out write be seen and then unseen", () => {
    expect(
      verdictOf([
        put(1, [0, UNKNOWN], "x", "a"),
        get(2, [5, 6], "x", "a"),
        get(2, [7, 8], "x", null),
      ]),
    ).toBe("not-linearizable");
  });

  it("does not let a timed-out write happen twice", () => {
    expect(
      verdictOf([
        put(1, [0, 1], "x", "a"),
        put(1, [2, UNKNOWN], "x", "b"),
        put(3, [3, 4], "x", "c"),
        get(2, [5, 6], "x", "b"),
        put(3, [7, 8], "x", "d"),
        get(2, [9, 10], "x", "b"),
      ]),
    ).toBe("not-linearizable");
  });

  it("gives a timed-out compare-and-set the effect it would have had at its point", () => {
    const base = [
      put(1, [0, 1], "x", "a"),
      cas(2, [2, UNKNOWN], { key: "x", expected: "a", value: "b" }, true),
    ];
    expect(verdictOf([...base, get(3, [5, 6], "x", "b")])).toBe("linearizable");
    expect(verdictOf([...base, get(3, [5, 6], "x", "a")])).toBe("linearizable");
    expect(verdictOf([...base, get(3, [5, 6], "x", "b"), get(3, [7, 8], "x", "a")])).toBe(
      "not-linearizable",
    );
  });

  it("does not let a timed-out compare-and-set swap from a value it did not expect", () => {
    expect(
      verdictOf([
        put(1, [0, 1], "x", "z"),
        cas(2, [2, UNKNOWN], { key: "x", expected: "a", value: "b" }, true),
        get(3, [5, 6], "x", "b"),
      ]),
    ).toBe("not-linearizable");
  });

  it("places a timed-out write between two known ones when only that explains a read", () => {
    const result = checkLinearizability(kvModel, [
      put(1, [0, 1], "x", "a"),
      put(2, [2, UNKNOWN], "x", "b"),
      get(3, [3, 4], "x", "b"),
      put(1, [5, 6], "x", "c"),
      get(3, [7, 8], "x", "c"),
    ]);
    expect(result.verdict).toBe("linearizable");
    expect(result.partitions[0]?.linearization).toEqual([0, 1, 2, 3, 4]);
  });

  it("accepts timed-out reads whatever happened", () => {
    expect(
      verdictOf([
        get(1, [0, UNKNOWN], "x", null),
        put(2, [1, 2], "x", "a"),
        get(1, [3, 4], "x", "a"),
      ]),
    ).toBe("linearizable");
  });

  it("accepts a history of nothing but timed-out operations at once", () => {
    const history: KvOperation[] = [];
    for (let index = 0; index < 200; index++) {
      history.push(put(index, [index, UNKNOWN], "x", `v${index}`));
    }
    const result = checkLinearizability(kvModel, history);
    expect(result.verdict).toBe("linearizable");
    expect(result.searchStepCount).toBe(0);
  });

  it("settles a dozen concurrent timed-out writes of which one was seen", () => {
    const history = concurrentTimedOutWrites(12, "v3");
    const result = checkLinearizability(kvModel, history);
    expect(result.verdict, result.report).toBe("linearizable");
    expect(result.partitions[0]?.linearization?.slice(-3)).toEqual([3, 12, 13]);
  });

  it("gives up with unknown, never a wrong verdict, when timed-out writes pile up on a key", () => {
    // The known limitation (porcupine's too): every timed-out write stays a candidate
    // forever, so the search is exponential in how many are pending at once.
    const history = concurrentTimedOutWrites(60, "v42");
    const result = checkLinearizability(kvModel, history, { searchStepsMaxPerPartition: 20_000 });
    expect(result.verdict).toBe("unknown");
    expect(result.ok).toBe(false);
    expect(result.searchStepCount).toBe(20_000);
    expect(result.partitions[0]?.unknownReason).toBe("search-steps");
    expect(result.report).toContain("gave up after 20000 search steps (bound: search-steps)");
  });
});

/** `count` timed-out puts called together, then two reads that both see `seen`. */
function concurrentTimedOutWrites(count: number, seen: string): KvOperation[] {
  const history: KvOperation[] = [];
  for (let index = 0; index < count; index++) {
    history.push(put(index, [index, UNKNOWN], "x", `v${index}`));
  }
  history.push(get(100, [100, 101], "x", seen));
  history.push(get(100, [102, 103], "x", seen));
  return history;
}
