import { describe, expect, it } from "vitest";
import { failingNodeSeeds } from "./node-run.js";

// Whole-node seeds 100 .. 199; node-sim-0.test.ts runs 0 .. 99 (vitest runs the two files in
// parallel). Replay one with `npm run sim -- --node --seed S`.
const FIRST = 100;
const COUNT = 100;

describe("whole-node simulation", () => {
  it(`seeds ${FIRST}..${FIRST + COUNT - 1} keep every safety invariant, converge, and give linearizable histories`, async () => {
    expect(await failingNodeSeeds(FIRST, COUNT)).toBe("");
  }, 600_000);
});
