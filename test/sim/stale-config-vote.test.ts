import { describe, expect, it } from "vitest";
import { formatFailure, runSeed } from "./run.js";

// Seed 31271 of the 100000-seed core run never elected a leader again: voters {1,3,4,5}, where
// node 4 held a configuration from before its addition ({1,2,3}: the change adding it never
// reached it) and node 5 none at all, so 1 and 3 could not get a third (pre-)vote. A node
// its own configuration does not list grants, as in etcd (Raft.mayGrantVote).
// Replay with `npm run sim -- --seed 31271`.
const SEEDS = [31271];

describe("a voter whose configuration predates its addition", () => {
  it(`votes for the voters that know it (seeds ${SEEDS.join(", ")})`, () => {
    const failures = SEEDS.map((seed) => runSeed(seed))
      .filter((result) => !result.ok)
      .map(formatFailure);
    expect(failures.join("\n\n")).toBe("");
  });
});
