import { describe, expect, it } from "vitest";
import { formatFailure, runSeed } from "./run.js";

// Seed 89671 of a 100000-seed core run: five voters with pre-vote, equal logs, messages
// delayed up to 3 steps; after the faults stopped, three nodes passed pre-vote together and
// split the real vote seven rounds in a row, and no leader existed 200 steps after the stop.
// Raft promises a leader only with high probability; the simulation's leader bound is 400
// steps (see the header of simulation.ts). Since the leader batches the heartbeat rounds of
// ReadIndex requests (src/raft/leader-reads.ts) the schedules moved: seed 89671 now elects
// within 20 steps, and none of seeds 0..99999 is without a leader 200 steps after the stop
// (measured with leaderWithinSteps: 200). The seed stays as a regression run of that history.
// Replay with `npm run sim -- --seed 89671`.
const SEED = 89671;

describe("repeated split votes after the faults stop", () => {
  it(`seed ${SEED} elects one within the simulation's bound and passes every check`, () => {
    const result = runSeed(SEED);
    expect(result.ok ? "" : formatFailure(result)).toBe("");
  });
});
