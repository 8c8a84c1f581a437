/**
 * The node's randomness: what RaftNode draws at random (the incarnation of a joining node's
 * data directory, the run id in its read contexts, the core's seed when config.randomSeed is
 * unset). RaftNode takes one in its extras (default `systemRandom`); a simulator passes a
 * seeded one, so that a run can be replayed. Draws must not repeat across restarts of a node:
 * the run id keeps a restarted node's read contexts apart from its previous run's.
 */
import { randomInt } from "node:crypto";

export interface Random {
  /**
   * A uniformly distributed integer in [minInclusive, maxExclusive). Callers pass safe
   * integers with 0 < maxExclusive - minInclusive < 2^48 (node:crypto's randomInt limit).
   */
  randomInt(minInclusive: number, maxExclusive: number): number;
}

/** node:crypto's randomInt (a cryptographically strong source). */
export const systemRandom: Random = {
  randomInt: (minInclusive, maxExclusive) => randomInt(minInclusive, maxExclusive),
};
