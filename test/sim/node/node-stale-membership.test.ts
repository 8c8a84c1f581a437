import { describe, expect, it } from "vitest";
import { formatNodeFailure, runNodeSeed } from "./node-run.js";

// Seeds in which a node lags behind remove-and-add cycles of other seats, so its membership
// records old disks for them, including the current leader's. Before the incarnation rules
// moved from the handshake into the core (src/raft/incarnation.ts), such a node refused the
// leader's connections and never caught up ("member X applied N, the leader committed M: not
// converged"); each was found by `npm run sim -- --node --seeds 20000`.
const STALE_MEMBERSHIP_SEEDS = [3365, 3713, 6838, 9021, 13114];

describe("whole-node simulation: a node whose membership is stale catches up", () => {
  it.each(STALE_MEMBERSHIP_SEEDS)(
    "seed %i converges",
    async (seed) => {
      const result = await runNodeSeed(seed);
      expect(result.ok, result.ok ? "" : formatNodeFailure(result)).toBe(true);
    },
    120_000,
  );
});
