/**
 * Placement (src/metadata/placement.ts). Stated bounds, for one collection of S shards with
 * R replicas on n eligible nodes (T = S * R):
 * - balance: every node holds between floor(T / n) and ceil(T / n) replicas (guaranteed);
 *   primaries per node are within one of [floor(S / n), ceil(S / n)] (exact when R = 1);
 * - movement: adding a node moves at most ceil(T / (n + 1)) assignments (the minimum the new
 *   node's share needs); removing one moves at most ceil(T / n) + 2n (the minimum is the
 *   removed node's share, at most ceil(T / n)).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HashRing,
  isPlacementSettled,
  placeCollection,
  placementDigest,
  placementHash,
} from "../../src/metadata/index.js";

const NODE_COUNTS = Array.from({ length: 18 }, (_, i) => i + 3); // 3..20
const SHARD_COUNTS = [1, 2, 3, 7, 16, 64, 100, 256, 512];
const REPLICATION_FACTORS = [1, 2, 3];
const ids = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

function place(
  collection: string,
  shardCount: number,
  replicationFactor: number,
  nodeIds: number[],
  current?: number[][],
) {
  return placeCollection({
    collection,
    shardCount,
    replicationFactor,
    ring: new HashRing(nodeIds),
    ...(current === undefined ? {} : { current }),
  });
}

/** Assignments in `after` that were not in `before` (data that has to move). */
function moves(before: number[][], after: number[][]): number {
  let count = 0;
  after.forEach((shard, shardId) => {
    for (const id of shard) if (!before[shardId]?.includes(id)) count++;
  });
  return count;
}

/** Returns what breaks the stated balance (empty = balanced); one expect per call is cheap. */
function imbalance(shards: number[][], nodeIds: number[], replicationFactor: number): string[] {
  const problems: string[] = [];
  const n = nodeIds.length;
  const replicas = Math.min(replicationFactor, n);
  const total = shards.length * replicas;
  const loads = new Map(nodeIds.map((id) => [id, 0]));
  const primaries = new Map(nodeIds.map((id) => [id, 0]));
  for (const [shardId, shard] of shards.entries()) {
    if (shard.length !== replicas || new Set(shard).size !== replicas) {
      problems.push(`shard ${shardId} has replicas ${shard.join(",")}`);
    }
    for (const id of shard) {
      if (!loads.has(id)) problems.push(`shard ${shardId} on unknown node ${id}`);
      loads.set(id, (loads.get(id) ?? 0) + 1);
    }
    primaries.set(shard[0]!, (primaries.get(shard[0]!) ?? 0) + 1);
  }
  for (const [id, load] of loads) {
    if (load < Math.floor(total / n) || load > Math.ceil(total / n)) {
      problems.push(`node ${id} holds ${load} of ${total} on ${n} nodes`);
    }
  }
  const slack = replicas === 1 ? 0 : 1;
  for (const [id, count] of primaries) {
    const low = Math.floor(shards.length / n) - slack;
    const high = Math.ceil(shards.length / n) + slack;
    if (count < low || count > high) problems.push(`node ${id} leads ${count} shards`);
  }
  return problems;
}

function checkBalanced(shards: number[][], nodeIds: number[], replicationFactor: number) {
  const problems = imbalance(shards, nodeIds, replicationFactor);
  if (problems.length > 0) expect(problems).toEqual([]);
}

describe("placement", () => {
  it("is balanced within [floor(T/n), ceil(T/n)] for 3..20 nodes and 1..512 shards", () => {
    for (const n of NODE_COUNTS) {
      for (const shardCount of SHARD_COUNTS) {
        for (const factor of REPLICATION_FACTORS) {
          checkBalanced(place(`c-${shardCount}`, shardCount, factor, ids(n)), ids(n), factor);
        }
      }
    }
  });

  it("adding a node moves at most ceil(T/(n+1)) assignments and stays balanced", () => {
    for (const n of NODE_COUNTS) {
      for (const shardCount of SHARD_COUNTS) {
        for (const factor of REPLICATION_FACTORS) {
          const before = place("c", shardCount, factor, ids(n));
          const after = place("c", shardCount, factor, ids(n + 1), before);
          const count = moves(before, after);
          if (count > Math.ceil((shardCount * factor) / (n + 1))) {
            expect({ n, shardCount, factor, count }).toBe("within bounds");
          }
          checkBalanced(after, ids(n + 1), factor);
        }
      }
    }
  });

  it("removing any node moves at most ceil(T/n) + 2n assignments and stays balanced", () => {
    for (const n of NODE_COUNTS) {
      for (const shardCount of SHARD_COUNTS) {
        for (const factor of REPLICATION_FACTORS) {
          const before = place("c", shardCount, factor, ids(n));
          const removed = shardCount <= 64 ? ids(n) : [1, Math.ceil(n / 2), n];
          for (const gone of removed) {
            const remaining = ids(n).filter((id) => id !== gone);
            const after = place("c", shardCount, factor, remaining, before);
            const lost = before.filter((shard) => shard.includes(gone)).length;
            const count = moves(before, after);
            const bound = Math.ceil((shardCount * factor) / n) + 2 * n;
            if ((factor < n && count < lost) || count > bound) {
              expect({ n, shardCount, factor, gone, count, lost, bound }).toBe("within bounds");
            }
            checkBalanced(after, remaining, factor);
          }
        }
      }
    }
  });

  it("does not move anything when the nodes do not change", () => {
    const before = place("c", 64, 3, ids(7));
    expect(place("c", 64, 3, ids(7), before)).toEqual(before);
  });

  it("is a pure function of its inputs (node order does not matter)", () => {
    const a = place("c", 100, 3, [5, 1, 9, 3, 7]);
    const b = place("c", 100, 3, [1, 3, 5, 7, 9]);
    expect(a).toEqual(b);
  });

  it("gives different collections different layouts", () => {
    expect(place("a", 16, 1, ids(8))).not.toEqual(place("b", 16, 1, ids(8)));
  });

  it("places on fewer nodes than the replication factor with one replica per node", () => {
    const shards = place("c", 8, 3, [1, 2]);
    for (const shard of shards) expect([...shard].sort()).toEqual([1, 2]);
    expect(place("c", 4, 3, [])).toEqual([[], [], [], []]);
  });

  it("changes the replication factor with minimal movement", () => {
    const before = place("c", 64, 2, ids(6));
    const after = place("c", 64, 3, ids(6), before);
    for (const [shardId, shard] of after.entries()) {
      for (const id of before[shardId]!) expect(shard).toContain(id);
    }
    checkBalanced(after, ids(6), 3);
  });

  it("hashes are stable across versions (golden values)", () => {
    expect(placementHash("")).toBe(placementHash(""));
    expect([placementHash("docs/0"), placementHash("node/1/0")]).toMatchInlineSnapshot(`
      [
        368937764,
        436509683,
      ]
    `);
  });
});

describe("isPlacementSettled (the shortcut that skips collections a node change leaves alone)", () => {
  const input = fc.record({
    ids: fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 12 }),
    previousIds: fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 12 }),
    shardCount: fc.integer({ min: 1, max: 12 }),
    replicationFactor: fc.integer({ min: 1, max: 4 }),
    swapPrimaries: fc.array(fc.boolean(), { maxLength: 12 }),
    /** A node an operator made primary of every shard it holds (PromotePrimary). */
    favourite: fc.integer({ min: 0, max: 14 }),
    /** Placed before on the same nodes (the usual case: the change is elsewhere). */
    sameNodes: fc.boolean(),
  });

  it("is true exactly where placeCollection would return the current placement unchanged", () => {
    let settled = 0;
    fc.assert(
      fc.property(input, (draw) => {
        const { ids, shardCount, replicationFactor, swapPrimaries } = draw;
        const base = { collection: "c", shardCount, replicationFactor };
        const previousIds = draw.sameNodes ? ids : draw.previousIds;
        const current = placeCollection({ ...base, ring: new HashRing(previousIds) });
        current.forEach((shard, position) => {
          if (swapPrimaries[position] && shard.length > 1) {
            [shard[0], shard[1]] = [shard[1] as number, shard[0] as number];
          }
          const favourite = shard.indexOf(draw.favourite);
          if (favourite > 0) [shard[0], shard[favourite]] = [draw.favourite, shard[0] as number];
        });
        const options = { ...base, ring: new HashRing(ids), current };
        const withDigest = { ...options, currentDigest: placementDigest(current) };
        const unchanged = JSON.stringify(placeCollection(options)) === JSON.stringify(current);
        expect(isPlacementSettled(withDigest)).toBe(unchanged);
        expect(isPlacementSettled(options)).toBe(unchanged);
        if (unchanged) settled++;
      }),
      { numRuns: 3000 },
    );
    expect(settled).toBeGreaterThan(100);
  });

  it("is false when one node holds fewer than floor(T / n) though every node holds some", () => {
    // T = 10 on 4 nodes: bounds 2..3. Node 4 holds 1, every other bound and rule holds.
    const options = {
      collection: "c",
      shardCount: 5,
      replicationFactor: 2,
      ring: new HashRing([1, 2, 3, 4]),
      current: [
        [1, 2],
        [3, 1],
        [2, 3],
        [4, 1],
        [2, 3],
      ],
    };
    expect(isPlacementSettled(options)).toBe(false);
    expect(placeCollection(options)).not.toEqual(options.current);
  });

  it("holds for what placeCollection just placed on the same nodes", () => {
    fc.assert(
      fc.property(input, ({ ids, previousIds, shardCount, replicationFactor }) => {
        const base = { collection: "c", shardCount, replicationFactor };
        const current = placeCollection({ ...base, ring: new HashRing(previousIds) });
        const ring = new HashRing(ids);
        const placed = placeCollection({ ...base, ring, current });
        expect(isPlacementSettled({ ...base, ring, current: placed })).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("HashRing.derive", () => {
  it("gives the ring new HashRing gives, for one node more, one less, or any other change", () => {
    const internals = (ring: HashRing) => {
      const { points, owners } = ring as unknown as { points: Uint32Array; owners: Uint32Array };
      return { ids: ring.nodeIds, points: [...points], owners: [...owners] };
    };
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
        (ids, toggled, other) => {
          const base = new HashRing(ids);
          const oneOff = ids.includes(toggled)
            ? ids.filter((id) => id !== toggled)
            : [...ids, toggled];
          for (const next of [oneOff, other]) {
            if (next.length === 0) continue;
            expect(internals(HashRing.derive(base, next))).toEqual(internals(new HashRing(next)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
