import { describe, expect, it } from "vitest";
import { formatFailure, runSeed } from "./run.js";

// Seeds of the 100000-seed core run that never elected a leader again: a change promoting
// learners committed on the old voters before it reached the learners, and the new voters
// needed their votes, which they refused as learners of their own configuration (see
// Raft.mayGrantVote in src/raft/raft-state.ts). Replay one with `npm run sim -- --seed S`.
const SEEDS = [4332, 38604, 41132, 43229, 53807, 66707, 86608];

describe("a promoted learner that has not heard of its promotion", () => {
  it(`votes for the new voters (seeds ${SEEDS.join(", ")})`, () => {
    const failures = SEEDS.map((seed) => runSeed(seed))
      .filter((result) => !result.ok)
      .map(formatFailure);
    expect(failures.join("\n\n")).toBe("");
  });
});
