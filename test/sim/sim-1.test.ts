import { describe, expect, it } from "vitest";
import { formatFailure, runSeed } from "./run.js";

// Seeds 150 .. 299; the four sim-*.test.ts files together run 600 seeds and
// vitest runs them in parallel. Replay one with `npm run sim -- --seed S`.
const FIRST = 150;
const COUNT = 150;

describe("whole-cluster simulation", () => {
  it(`seeds ${FIRST}..${FIRST + COUNT - 1} keep every safety invariant and recover`, () => {
    const failures: string[] = [];
    for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
      const result = runSeed(seed);
      if (!result.ok) failures.push(formatFailure(result));
    }
    expect(failures.join("\n\n")).toBe("");
  });
});
