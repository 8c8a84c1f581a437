/**
 * The CI shards of the two seeded simulations (docs/architecture.md, "Simulation"): which
 * seeds a shard runs and what it checks. vitest runs test files in parallel, so each shard is
 * a file of its own that names its number: test/sim/sim-0..3.test.ts for the core simulation,
 * test/sim/node/node-sim-0..1.test.ts for whole nodes.
 */
import { describe, expect, it } from "vitest";
import { assert } from "../../src/util/assert.js";
import { failingNodeSeeds } from "./node/node-run.js";
import { failingSeeds } from "./run.js";

/** The core simulation: 600 seeds in 4 shards. Replay one with `npm run sim -- --seed S`. */
const CORE_SHARDS = 4;
const CORE_SEEDS_PER_SHARD = 150;
/** Whole nodes: 200 seeds in 2 shards. Replay one with `npm run sim -- --node --seed S`. */
const NODE_SHARDS = 2;
const NODE_SEEDS_PER_SHARD = 100;
const NODE_SHARD_TIMEOUT_MS = 600_000;

/**
 * Core shard `shard`: its seeds keep every safety invariant, recover, and give linearizable
 * histories (none hits the history check's search bound).
 */
export function simulationShard(shard: number): void {
  assert(Number.isInteger(shard) && shard >= 0 && shard < CORE_SHARDS, `core shard ${shard}`);
  const first = shard * CORE_SEEDS_PER_SHARD;
  const last = first + CORE_SEEDS_PER_SHARD - 1;
  describe("whole-cluster simulation", () => {
    it(`seeds ${first}..${last} keep every safety invariant, recover, and give linearizable histories`, () => {
      expect(failingSeeds(first, CORE_SEEDS_PER_SHARD)).toBe("");
    });
  });
}

/**
 * Whole-node shard `shard`: its seeds keep every safety invariant, converge, and give
 * linearizable histories (none hits the history check's search bound).
 */
export function nodeSimulationShard(shard: number): void {
  assert(Number.isInteger(shard) && shard >= 0 && shard < NODE_SHARDS, `node shard ${shard}`);
  const first = shard * NODE_SEEDS_PER_SHARD;
  const last = first + NODE_SEEDS_PER_SHARD - 1;
  describe("whole-node simulation", () => {
    it(
      `seeds ${first}..${last} keep every safety invariant, converge, and give linearizable histories`,
      async () => {
        expect(await failingNodeSeeds(first, NODE_SEEDS_PER_SHARD)).toBe("");
      },
      NODE_SHARD_TIMEOUT_MS,
    );
  });
}
