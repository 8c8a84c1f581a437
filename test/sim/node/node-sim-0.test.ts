import { describe, expect, it } from "vitest";
import { formatNodeFailure, formatNodeUnknown, runNodeSeed } from "./node-run.js";

// Whole-node seeds 0 .. 99; node-sim-1.test.ts runs 100 .. 199 (vitest runs the two files in
// parallel). Replay one with `npm run sim -- --node --seed S`.
const FIRST = 0;
const COUNT = 100;

describe("whole-node simulation", () => {
  it(`seeds ${FIRST}..${FIRST + COUNT - 1} keep every safety invariant, converge, and give linearizable histories`, async () => {
    const failures: string[] = [];
    for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
      const result = await runNodeSeed(seed);
      if (!result.ok) failures.push(formatNodeFailure(result));
      else if (result.linearizability.verdict !== "linearizable") {
        failures.push(formatNodeUnknown(result));
      }
    }
    expect(failures.join("\n\n")).toBe("");
  }, 600_000);
});
