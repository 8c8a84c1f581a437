import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkLinearizability,
  type KvOperation,
  type KvOutput,
  kvModel,
  unknownOutput,
} from "../../src/testing/lin/index.js";
import {
  bruteForceLinearizable,
  executePlans,
  NEVER_WRITTEN,
  plansArbitrary,
  VALUES,
} from "./generate.js";

const STEPS_MAX = 200_000;

function verdictOf(history: readonly KvOperation[]) {
  return checkLinearizability(kvModel, history, { searchStepsMaxPerPartition: STEPS_MAX });
}

const histories = plansArbitrary({ clientCount: 5, stepsMaxPerClient: 10, keyCount: 3 }).map(
  executePlans,
);

function knownIndexes(history: readonly KvOperation[], kind: "get" | "cas"): number[] {
  return history.flatMap((operation, index) =>
    operation.input.kind === kind && operation.output !== unknownOutput ? [index] : [],
  );
}

describe("histories linearizable by construction", () => {
  it("are accepted, with a linearization the model replays", () => {
    fc.assert(
      fc.property(histories, (history) => {
        const result = verdictOf(history);
        expect(result.verdict, result.report).toBe("linearizable");
        for (const partition of result.partitions) {
          let state = kvModel.init();
          for (const index of partition.linearization ?? []) {
            const operation = history[index]!;
            const step = kvModel.step(state, operation.input, operation.output);
            expect(step.ok).toBe(true);
            if (step.ok) state = step.newState;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("are accepted whatever order the history array is in", () => {
    fc.assert(
      fc.property(
        histories.chain((history) => fc.shuffledSubarray(history, { minLength: history.length })),
        (shuffled) => {
          expect(verdictOf(shuffled).verdict).toBe("linearizable");
        },
      ),
      { numRuns: 100 },
    );
  });

  it("are rejected once one read returns a value never written", () => {
    const mutated = histories
      .filter((history) => knownIndexes(history, "get").length > 0)
      .chain((history) =>
        fc.constantFrom(...knownIndexes(history, "get")).map((index) => ({ history, index })),
      );
    fc.assert(
      fc.property(mutated, ({ history, index }) => {
        const changed = history.slice();
        const output: KvOutput = { kind: "get", value: NEVER_WRITTEN };
        changed[index] = { ...history[index]!, output };
        const result = verdictOf(changed);
        expect(result.verdict, result.report).toBe("not-linearizable");
        if (result.verdict === "not-linearizable") {
          const key = JSON.stringify(history[index]!.input.key);
          expect(result.failure.partitionName).toBe(`key ${key}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("are rejected once one compare-and-set swaps from a value never written", () => {
    const mutated = histories
      .filter((history) => knownIndexes(history, "cas").length > 0)
      .chain((history) =>
        fc.constantFrom(...knownIndexes(history, "cas")).map((index) => ({ history, index })),
      );
    fc.assert(
      fc.property(mutated, ({ history, index }) => {
        const original = history[index]!;
        const changed = history.slice();
        const input = {
          ...original.input,
          kind: "cas" as const,
          expected: NEVER_WRITTEN,
          value: "z",
        };
        changed[index] = { ...original, input, output: { kind: "cas", swapped: true } };
        expect(verdictOf(changed).verdict).toBe("not-linearizable");
      }),
      { numRuns: 200 },
    );
  });
});

describe("agreement with the definition on small random histories", () => {
  // Start from a linearizable history and scramble some outputs, so both verdicts occur.
  const scrambled = plansArbitrary({ clientCount: 3, stepsMaxPerClient: 3, keyCount: 2 })
    .map(executePlans)
    .chain((history) =>
      fc
        .array(fc.tuple(fc.boolean(), fc.nat(VALUES.length - 1), fc.boolean()), {
          minLength: history.length,
          maxLength: history.length,
        })
        .map((changes) => history.map((operation, index) => scramble(operation, changes[index]!))),
    );

  it("gives the brute-force verdict (every order of every subset) on every history", () => {
    const seen = { linearizable: 0, "not-linearizable": 0 };
    fc.assert(
      fc.property(scrambled, (history) => {
        const result = verdictOf(history);
        expect(result.verdict).not.toBe("unknown");
        const expected = bruteForceLinearizable(history) ? "linearizable" : "not-linearizable";
        expect(result.verdict, result.report).toBe(expected);
        if (result.verdict !== "unknown") seen[result.verdict]++;
      }),
      { numRuns: 1_000 },
    );
    expect(seen.linearizable).toBeGreaterThan(100);
    expect(seen["not-linearizable"]).toBeGreaterThan(100);
  });
});

function scramble(
  operation: KvOperation,
  [change, valueIndex, swapped]: [boolean, number, boolean],
): KvOperation {
  if (!change || operation.output === unknownOutput) return operation;
  if (operation.input.kind === "get") {
    return { ...operation, output: { kind: "get", value: VALUES[valueIndex]! } };
  }
  if (operation.input.kind === "cas") return { ...operation, output: { kind: "cas", swapped } };
  return operation;
}
