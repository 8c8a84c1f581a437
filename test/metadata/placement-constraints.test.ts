/**
 * Placement with zones (a spread label) and capacities (src/metadata/placement-constraints.ts).
 * Stated, for S shards of R replicas over zones of at least ceil(R / zones) nodes each:
 * - spread: every shard spans min(R, zones) zones, at most ceil(R / zones) replicas per zone;
 * - capacity: node i holds floor(t_i) to ceil(t_i) replicas, t_i its capacity's share of S * R
 *   (none above S), when no spread competes;
 * - with zones of equal size and equal capacities the equal bounds still hold;
 * - sticky and settled: placing again what was just placed changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CLUSTER_SETTINGS,
  HashRing,
  isPlacementSettled,
  type PlacementNodes,
  placeCollection,
  type Shard,
} from "../../src/metadata/index.js";
import { AT_MS, create, Harness, register } from "./fixtures.js";

const GIB = 1 << 30;

function loadsOf(shards: number[][]): Map<number, number> {
  const loads = new Map<number, number>();
  for (const shard of shards) for (const id of shard) loads.set(id, (loads.get(id) ?? 0) + 1);
  return loads;
}

/** What breaks the spread of `shards` over `zones` (empty = spread). */
function spreadProblems(shards: number[][], zones: ReadonlyMap<number, string>, r: number) {
  const zoneCount = new Set(zones.values()).size;
  const perZoneMax = Math.ceil(r / zoneCount);
  const problems: string[] = [];
  shards.forEach((shard, shardId) => {
    const counts = new Map<string, number>();
    for (const id of shard) counts.set(zones.get(id)!, (counts.get(zones.get(id)!) ?? 0) + 1);
    if (counts.size < Math.min(r, zoneCount))
      problems.push(`shard ${shardId} spans ${counts.size}`);
    for (const [zone, count] of counts) {
      if (count > perZoneMax) problems.push(`shard ${shardId}: ${count} in ${zone}`);
    }
  });
  return problems;
}

const zoned = fc
  .record({
    zoneCount: fc.integer({ min: 2, max: 4 }),
    nodesPerZone: fc.integer({ min: 1, max: 5 }),
    extra: fc.integer({ min: 0, max: 3 }),
    shardCount: fc.integer({ min: 1, max: 48 }),
    replicationFactor: fc.integer({ min: 1, max: 4 }),
    /** A node to take away for the second placement (0 = none). */
    leaving: fc.integer({ min: 0, max: 24 }),
  })
  .filter(({ nodesPerZone, zoneCount, replicationFactor }) => {
    // The guarantee's premise: every zone can hold its share of one shard.
    return nodesPerZone >= Math.ceil(replicationFactor / zoneCount);
  });

function zonedNodes(zoneCount: number, nodesPerZone: number, extra: number) {
  const zones = new Map<number, string>();
  let id = 1;
  for (let zone = 0; zone < zoneCount; zone++) {
    for (let k = 0; k < nodesPerZone + (zone === 0 ? extra : 0); k++) zones.set(id++, `z${zone}`);
  }
  return zones;
}

describe("placement with a spread label", () => {
  it("spreads every shard over the zones, stays sticky, and is settled after placing", () => {
    fc.assert(
      fc.property(zoned, (draw) => {
        const zones = zonedNodes(draw.zoneCount, draw.nodesPerZone, draw.extra);
        const ids = [...zones.keys()];
        const base = {
          collection: "c",
          shardCount: draw.shardCount,
          replicationFactor: draw.replicationFactor,
        };
        const r = Math.min(draw.replicationFactor, ids.length);
        const nodes: PlacementNodes = { zones };
        const first = placeCollection({ ...base, ring: new HashRing(ids), nodes });
        expect(spreadProblems(first, zones, r)).toEqual([]);
        const ring = new HashRing(ids);
        expect(placeCollection({ ...base, ring, nodes, current: first })).toEqual(first);
        // Equal zones, equal capacities: the equal bounds hold too, so the result is settled.
        if (draw.extra === 0) {
          expect(isPlacementSettled({ ...base, ring, nodes, current: first })).toBe(true);
          const total = draw.shardCount * r;
          for (const load of loadsOf(first).values()) {
            expect(load).toBeGreaterThanOrEqual(Math.floor(total / ids.length));
            expect(load).toBeLessThanOrEqual(Math.ceil(total / ids.length));
          }
        }
        // One node leaves: still spread where its zone keeps enough nodes.
        const left = ids.filter((id) => id !== draw.leaving);
        const leftZones = new Map([...zones].filter(([id]) => id !== draw.leaving));
        const zoneSizes = new Map<string, number>();
        for (const zone of leftZones.values()) zoneSizes.set(zone, (zoneSizes.get(zone) ?? 0) + 1);
        const r2 = Math.min(draw.replicationFactor, left.length);
        const feasible = [...zoneSizes.values()].every(
          (size) => size >= Math.ceil(r2 / zoneSizes.size),
        );
        const second = placeCollection({
          ...base,
          ring: new HashRing(left),
          nodes: { zones: leftZones },
          current: first,
        });
        if (feasible) expect(spreadProblems(second, leftZones, r2)).toEqual([]);
        // Replicas on remaining nodes that still spread stay where they were.
        let kept = 0;
        first.forEach((shard, shardId) => {
          for (const id of shard) if (second[shardId]!.includes(id)) kept++;
        });
        const lost = first.flat().filter((id) => id === draw.leaving).length;
        expect(kept).toBeGreaterThanOrEqual(first.flat().length - lost - 2 * ids.length - 2);
      }),
      { numRuns: 1500 },
    );
  });

  it("puts a replica of every shard in a one-node zone (spread wins over balance)", () => {
    const zones = new Map([
      [1, "a"],
      [2, "b"],
      [3, "b"],
      [4, "b"],
    ]);
    const shards = placeCollection({
      collection: "c",
      shardCount: 12,
      replicationFactor: 2,
      ring: new HashRing([1, 2, 3, 4]),
      nodes: { zones },
    });
    expect(spreadProblems(shards, zones, 2)).toEqual([]);
    expect(loadsOf(shards).get(1)).toBe(12);
  });

  it("without the label every node is in zone '': nothing to spread", () => {
    const zones = new Map([1, 2, 3].map((id) => [id, ""]));
    const plain = placeCollection({
      collection: "c",
      shardCount: 9,
      replicationFactor: 2,
      ring: new HashRing([1, 2, 3]),
    });
    expect(
      placeCollection({
        collection: "c",
        shardCount: 9,
        replicationFactor: 2,
        ring: new HashRing([1, 2, 3]),
        nodes: { zones },
      }),
    ).toEqual(plain);
  });
});

describe("placement with capacities", () => {
  it("gives each node its capacity's share of the replicas (floor or ceiling of it)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 3 }),
        (units, shardCount, replicationFactor) => {
          const ids = units.map((_, i) => i + 1);
          const capacityBytes = new Map(ids.map((id, i) => [id, units[i]! * GIB]));
          const shards = placeCollection({
            collection: "c",
            shardCount,
            replicationFactor,
            ring: new HashRing(ids),
            nodes: { capacityBytes },
          });
          const r = Math.min(replicationFactor, ids.length);
          for (const shard of shards) expect(new Set(shard).size).toBe(r);
          // The targets, computed here independently: unknown (0) = the mean of the known.
          const known = units.filter((unit) => unit > 0);
          const mean = known.length === 0 ? 1 : known.reduce((a, b) => a + b, 0) / known.length;
          const weights = units.map((unit) => (unit > 0 ? unit : mean));
          const targets = new Map<number, number>();
          let free = [...ids];
          let remaining = shardCount * r;
          for (;;) {
            const sum = free.reduce((total, id) => total + weights[id - 1]!, 0);
            const over = free.filter((id) => (remaining * weights[id - 1]!) / sum > shardCount);
            if (over.length === 0) {
              for (const id of free) targets.set(id, (remaining * weights[id - 1]!) / sum);
              break;
            }
            for (const id of over) targets.set(id, shardCount);
            remaining -= over.length * shardCount;
            free = free.filter((id) => !over.includes(id));
          }
          const loads = loadsOf(shards);
          for (const id of ids) {
            const target = targets.get(id)!;
            expect(loads.get(id) ?? 0).toBeGreaterThanOrEqual(Math.floor(target - 1e-9));
            expect(loads.get(id) ?? 0).toBeLessThanOrEqual(Math.ceil(target + 1e-9));
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("a node of twice the capacity holds twice the replicas; a share above S is cut to S", () => {
    const twice = placeCollection({
      collection: "c",
      shardCount: 20,
      replicationFactor: 2,
      ring: new HashRing([1, 2, 3, 4]),
      nodes: {
        capacityBytes: new Map([
          [1, 2 * GIB],
          [2, GIB],
          [3, GIB],
          [4, GIB],
        ]),
      },
    });
    expect([...loadsOf(twice)].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 16],
      [2, 8],
      [3, 8],
      [4, 8],
    ]);
    const capped = placeCollection({
      collection: "c",
      shardCount: 10,
      replicationFactor: 2,
      ring: new HashRing([1, 2, 3]),
      nodes: {
        capacityBytes: new Map([
          [1, 10 * GIB],
          [2, GIB],
          [3, GIB],
        ]),
      },
    });
    expect([...loadsOf(capped)].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 10],
      [2, 5],
      [3, 5],
    ]);
  });
});

describe("the projector with a spread label and capacities", () => {
  const holders = (shard: Shard) => [shard.primaryNodeId, ...shard.replicaNodeIds];
  const shardsOf = (h: Harness) => {
    const response = h.projector.query({ type: "shardsOfCollection", collection: "docs" });
    if (!response.ok || response.result?.type !== "shards") throw new Error("no shards");
    return response.result.shards;
  };
  const settings = (spreadLabel: string) => ({
    type: "setClusterSettings" as const,
    atMs: AT_MS,
    settings: { ...DEFAULT_CLUSTER_SETTINGS, spreadLabel, concurrentMigrationsMax: 2 },
  });
  const finish = (h: Harness) => {
    const moving = shardsOf(h).filter((shard) => shard.status === "replicating");
    for (const shard of moving) {
      h.setup({
        type: "setShardStatus",
        atMs: AT_MS,
        collection: "docs",
        shardId: shard.shardId,
        status: "active",
      });
    }
    return moving.length;
  };

  it("setting the label moves shards, gradually, until each spans both zones", () => {
    // Nodes 1-4; zones by the fixture: z1, z2, z0, z1 -> relabelled to two zones below.
    const h = new Harness().setup(
      settings(""),
      register(1, { labels: { rack: "a" } }),
      register(2, { labels: { rack: "a" } }),
      register(3, { labels: { rack: "b" } }),
      register(4, { labels: { rack: "b" } }),
      create("docs", { shardCount: 16, replicationFactor: 2 }),
    );
    const rackOf = (id: number) => (id <= 2 ? "a" : "b");
    const sameRack = () =>
      shardsOf(h).filter((shard) => new Set(holders(shard).map(rackOf)).size < 2).length;
    expect(sameRack()).toBeGreaterThan(0);
    h.setup(settings("rack"));
    for (let round = 0; round < 40; round++) {
      expect(
        shardsOf(h).filter((shard) => shard.status === "replicating").length,
      ).toBeLessThanOrEqual(2);
      if (finish(h) === 0) break;
    }
    expect(sameRack()).toBe(0);
    // A node's zone changing places again: node 2 joins rack b (3 b, 1 a: every shard keeps
    // one replica in a, on node 1).
    h.setup({ type: "updateNodeLabels", atMs: AT_MS, nodeId: 2, labels: { rack: "b" } });
    for (let round = 0; round < 40 && finish(h) > 0; round++);
    const rackAfter = (id: number) => (id === 1 ? "a" : "b");
    for (const shard of shardsOf(h)) {
      expect(new Set(holders(shard).map(rackAfter)).size).toBe(2);
    }
  });

  it("a capacity change places again: the bigger node takes more", () => {
    const h = new Harness().setup(
      { ...settings(""), settings: { ...settings("").settings, concurrentMigrationsMax: 0 } },
      register(1),
      register(2),
      register(3),
      create("docs", { shardCount: 12, replicationFactor: 1 }),
    );
    const count = (id: number) => shardsOf(h).filter((shard) => holders(shard).includes(id)).length;
    expect([count(1), count(2), count(3)]).toEqual([4, 4, 4]);
    h.setup({ type: "updateNodeCapacity", atMs: AT_MS, nodeId: 1, capacityBytes: 4 * GIB });
    // Node 1: 4 GiB of 6 GiB -> 8 of 12.
    expect([count(1), count(2), count(3)]).toEqual([8, 2, 2]);
  });
});
