import { describe, expect, it } from "vitest";
import {
  checkLinearizability,
  type KvOperation,
  kvModel,
  unknownOutput,
} from "../../src/testing/lin/index.js";
import { executePlans, largePlans, NEVER_WRITTEN } from "./generate.js";

// 4,000 operations from 8 clients over 6 keys, 2% with unknown outcomes. No timing
// assertions: the point is that partitioning by key keeps each search small, so the check
// finishes well inside the default step bound.
const history = executePlans(
  largePlans({
    seed: 7,
    operationCount: 4_000,
    clientCount: 8,
    keyCount: 6,
    unknownFraction: 0.02,
  }),
);
const stepsMax = 100_000;

describe("a long history across several keys", () => {
  it("is linearizable, with every partition well inside the step bound", () => {
    expect(
      history.filter((operation) => operation.output === unknownOutput).length,
    ).toBeGreaterThan(20);
    const result = checkLinearizability(kvModel, history, { searchStepsMaxPerPartition: stepsMax });
    expect(result.verdict, result.report).toBe("linearizable");
    expect(result.partitions).toHaveLength(6);
    for (const partition of result.partitions) {
      expect(partition.searchStepCount).toBeLessThan(stepsMax);
    }
    const linearized = result.partitions.flatMap((partition) => partition.linearization ?? []);
    expect(new Set(linearized).size).toBe(linearized.length);
  });

  it("is rejected, naming the key, after one early read is changed to a value never written", () => {
    const index = history.findIndex(
      (operation, position) =>
        position > 500 && operation.input.kind === "get" && operation.output !== unknownOutput,
    );
    const mutated: KvOperation[] = history.slice();
    mutated[index] = { ...history[index]!, output: { kind: "get", value: NEVER_WRITTEN } };
    const result = checkLinearizability(kvModel, mutated, { searchStepsMaxPerPartition: stepsMax });
    expect(result.verdict, result.report).toBe("not-linearizable");
    if (result.verdict !== "not-linearizable") return;
    expect(result.failure.partitionName).toBe(`key ${JSON.stringify(history[index]!.input.key)}`);
    expect(result.failure.blockedOperations.map((blocked) => blocked.operationIndex)).toContain(
      index,
    );
    expect(result.report.split("\n").length).toBeLessThan(3 * 40 + 10);
  });
});
