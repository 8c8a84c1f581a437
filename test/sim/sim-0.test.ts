import { describe, expect, it } from "vitest";
import { formatFailure, formatUnknown, runSeed } from "./run.js";

// Seeds 0 .. 149; the four sim-*.test.ts files together run 600 seeds and
// vitest runs them in parallel. Replay one with `npm run sim -- --seed S`.
const FIRST = 0;
const COUNT = 150;

describe("whole-cluster simulation", () => {
  it(`seeds ${FIRST}..${FIRST + COUNT - 1} keep every safety invariant, recover, and give linearizable histories`, () => {
    const failures: string[] = [];
    for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
      const result = runSeed(seed);
      if (!result.ok) failures.push(formatFailure(result));
      // A search that hit its bound proves nothing: these seeds are measured never to.
      else if (result.linearizability.verdict !== "linearizable") {
        failures.push(formatUnknown(result));
      }
    }
    expect(failures.join("\n\n")).toBe("");
  });
});
