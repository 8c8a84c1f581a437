import { describe, expect, it } from "vitest";
import {
  checkLinearizability,
  defaultCheckOptions,
  HistoryRecorder,
  InvalidCheckOptionError,
  InvalidHistoryError,
  InvalidPartitionError,
  type KvInput,
  type KvOperation,
  type KvOutput,
  kvModel,
  type Model,
  type Operation,
  unknownOutput,
} from "../../src/testing/lin/index.js";
import { get, put, UNKNOWN } from "./kv-history.js";

describe("history validation", () => {
  const good = put(1, [0, 1], "x", "a");

  it.each([
    ["call equal to return", { ...good, call: 1, return: 1 }],
    ["call after return", { ...good, call: 2, return: 1 }],
    ["a NaN call", { ...good, call: Number.NaN }],
    ["an infinite call", { ...good, call: Number.POSITIVE_INFINITY }],
    ["a known output returning at Infinity", { ...good, return: UNKNOWN }],
    ["an unknown output with a finite return", { ...good, output: unknownOutput }],
    ["a negative client", { ...good, client: -1 }],
    ["a fractional client", { ...good, client: 1.5 }],
  ])("rejects %s", (_what, operation) => {
    const attempt = () => checkLinearizability(kvModel, [good, operation as KvOperation]);
    expect(attempt).toThrow(InvalidHistoryError);
    try {
      attempt();
    } catch (error) {
      expect((error as InvalidHistoryError).operationIndex).toBe(1);
      expect((error as InvalidHistoryError).code).toBe("EHISTORY");
    }
  });

  it("rejects a history longer than operationsMax", () => {
    const attempt = () => checkLinearizability(kvModel, [good, good], { operationsMax: 1 });
    expect(attempt).toThrow(InvalidHistoryError);
  });

  it("rejects options out of range", () => {
    for (const options of [
      { searchStepsMaxPerPartition: 0 },
      { cacheBytesMaxPerPartition: -1 },
      { reportOperationsMax: 1.5 },
      { operationsMax: Number.POSITIVE_INFINITY },
    ]) {
      expect(() => checkLinearizability(kvModel, [good], options)).toThrow(InvalidCheckOptionError);
    }
  });

  it("names every default with its unit", () => {
    expect(defaultCheckOptions()).toEqual({
      searchStepsMaxPerPartition: 1_000_000,
      cacheBytesMaxPerPartition: 256 * 1024 * 1024,
      operationsMax: 1_000_000,
      reportOperationsMax: 40,
    });
  });
});

describe("partition validation", () => {
  const history = [put(1, [0, 1], "x", "a"), get(2, [2, 3], "x", "a")];
  const withPartition = (
    partition: Model<unknown, KvInput, KvOutput>["partition"],
  ): Model<unknown, KvInput, KvOutput> =>
    ({ ...kvModel, partition }) as unknown as Model<unknown, KvInput, KvOutput>;

  it.each([
    ["an index out of range", [{ name: "p", operationIndexes: [0, 1, 2] }]],
    ["a negative index", [{ name: "p", operationIndexes: [-1, 0, 1] }]],
    [
      "an index in two partitions",
      [
        { name: "p", operationIndexes: [0, 1] },
        { name: "q", operationIndexes: [1] },
      ],
    ],
    ["an operation in no partition", [{ name: "p", operationIndexes: [0] }]],
  ])("rejects %s", (_what, partitions) => {
    const model = withPartition(() => partitions);
    expect(() => checkLinearizability(model, history)).toThrow(InvalidPartitionError);
  });
});

describe("search bounds", () => {
  // Six concurrent writes and a read of a value never written: the search must try every
  // order before it can say no.
  const hard: KvOperation[] = [];
  for (let index = 0; index < 6; index++) hard.push(put(index, [0, 100], "x", `v${index}`));
  hard.push(get(9, [101, 102], "x", "never"));

  it("proves the hard history non-linearizable with enough steps", () => {
    const result = checkLinearizability(kvModel, hard);
    expect(result.verdict).toBe("not-linearizable");
    expect(result.searchStepCount).toBeGreaterThan(100);
  });

  it("gives up with unknown after searchStepsMaxPerPartition steps", () => {
    const result = checkLinearizability(kvModel, hard, { searchStepsMaxPerPartition: 50 });
    expect(result.verdict).toBe("unknown");
    expect(result.ok).toBe(false);
    expect(result.searchStepCount).toBe(50);
    expect(result.partitions[0]?.unknownReason).toBe("search-steps");
  });

  it("gives up with unknown when the cache outgrows cacheBytesMaxPerPartition", () => {
    const result = checkLinearizability(kvModel, hard, { cacheBytesMaxPerPartition: 1_000 });
    expect(result.verdict).toBe("unknown");
    expect(result.partitions[0]?.unknownReason).toBe("cache-bytes");
  });

  it("still reports a violation in another partition when one partition gives up", () => {
    const renamed = hard.map((operation) => ({
      ...operation,
      input: { ...operation.input, key: "hard" },
    }));
    const history = [...renamed, put(1, [0, 1], "y", "a"), get(2, [2, 3], "y", "b")];
    const result = checkLinearizability(kvModel, history, { searchStepsMaxPerPartition: 50 });
    expect(result.verdict).toBe("not-linearizable");
    expect(result.partitions.map((partition) => partition.verdict)).toEqual([
      "unknown",
      "not-linearizable",
    ]);
  });
});

/** A counter with add(n) -> ok and read -> value; no partitioning: the model is generic. */
type CounterInput = { kind: "add"; amount: number } | { kind: "read" };
type CounterOutput = { kind: "add" } | { kind: "read"; value: number };
const counterModel: Model<number, CounterInput, CounterOutput> = {
  name: "counter",
  init: () => 0,
  step: (state, input, output) => {
    if (input.kind === "add") return { ok: true, newState: state + input.amount };
    if (output === unknownOutput || (output.kind === "read" && output.value === state)) {
      return { ok: true, newState: state };
    }
    return { ok: false };
  },
  equalState: (left, right) => left === right,
  hashState: (state) => state | 0,
  describeOperation: (input, output) => {
    const result = output === unknownOutput ? "?" : output.kind === "read" ? output.value : "ok";
    return `${input.kind === "add" ? `add(${input.amount})` : "read()"} -> ${result}`;
  },
  describeState: (state) => String(state),
};

describe("a model other than kv", () => {
  const add = (client: number, interval: [number, number], amount: number) =>
    ({
      client,
      call: interval[0],
      return: interval[1],
      input: { kind: "add", amount },
      output: { kind: "add" },
    }) as const satisfies Operation<CounterInput, CounterOutput>;
  const read = (client: number, interval: [number, number], value: number) =>
    ({
      client,
      call: interval[0],
      return: interval[1],
      input: { kind: "read" },
      output: { kind: "read", value },
    }) as const satisfies Operation<CounterInput, CounterOutput>;

  it("checks an unpartitioned history as one partition named all", () => {
    const result = checkLinearizability(counterModel, [
      add(1, [0, 10], 1),
      add(2, [0, 10], 2),
      read(3, [1, 9], 2),
      read(3, [11, 12], 3),
    ]);
    expect(result.verdict).toBe("linearizable");
    expect(result.partitions.map((partition) => partition.name)).toEqual(["all"]);
    expect(result.partitions[0]?.linearization).toEqual([1, 2, 0, 3]);
  });

  it("reports a violation with the model's descriptions", () => {
    const result = checkLinearizability(counterModel, [add(1, [0, 1], 1), read(2, [2, 3], 5)]);
    expect(result.verdict).toBe("not-linearizable");
    expect(result.report).toContain("#1 client 2 [2, 3] read() -> 5");
    expect(result.report).toContain("state after the prefix: 1");
  });
});

describe("HistoryRecorder", () => {
  it("stamps strictly increasing times and leaves uncompleted calls unknown", () => {
    const recorder = new HistoryRecorder<KvInput, KvOutput>();
    const first = recorder.call(1, { kind: "put", key: "x", value: "a" });
    const second = recorder.call(2, { kind: "get", key: "x" });
    recorder.complete(first, { kind: "put" });
    recorder.complete(second, { kind: "get", value: "a" });
    recorder.call(3, { kind: "put", key: "x", value: "b" });
    const history = recorder.history();
    expect(history.map((operation) => [operation.call, operation.return])).toEqual([
      [1, 3],
      [2, 4],
      [5, UNKNOWN],
    ]);
    expect(history[2]?.output).toBe(unknownOutput);
    expect(checkLinearizability(kvModel, history).verdict).toBe("linearizable");
  });

  it("orders each call after every response recorded before it, so a stale read is caught", () => {
    const recorder = new HistoryRecorder<KvInput, KvOutput>();
    const write = recorder.call(1, { kind: "put", key: "x", value: "a" });
    recorder.complete(write, { kind: "put" });
    const read = recorder.call(2, { kind: "get", key: "x" });
    recorder.complete(read, { kind: "get", value: null });
    expect(checkLinearizability(kvModel, recorder.history()).verdict).toBe("not-linearizable");
  });

  it("rejects a bad handle, a second completion, a bad client and overflow", () => {
    const recorder = new HistoryRecorder<KvInput, KvOutput>({ operationsMax: 1 });
    expect(() => recorder.complete(0, { kind: "put" })).toThrow(InvalidHistoryError);
    expect(() => recorder.call(-1, { kind: "get", key: "x" })).toThrow(InvalidHistoryError);
    const handle = recorder.call(1, { kind: "get", key: "x" });
    recorder.complete(handle, { kind: "get", value: null });
    expect(() => recorder.complete(handle, { kind: "get", value: null })).toThrow(
      InvalidHistoryError,
    );
    expect(() => recorder.call(1, { kind: "get", key: "x" })).toThrow(InvalidHistoryError);
  });
});
