/**
 * Gradual moves (settings.concurrentMigrationsMax, the projector's `place`): balance moves start
 * at most N at a time and continue as shards finish moving; repairs are never held back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CLUSTER_SETTINGS,
  type MetadataEvent,
  MetadataProjector,
  type Shard,
} from "../../src/metadata/index.js";
import { AT_MS, create, Harness, register } from "./fixtures.js";

const at = AT_MS;

function shardsOf(h: Harness, collection: string): Shard[] {
  const response = h.projector.query({ type: "shardsOfCollection", collection });
  if (!response.ok || response.result?.type !== "shards") throw new Error(JSON.stringify(response));
  return response.result.shards;
}

function allShards(h: Harness, names: readonly string[]): Shard[] {
  return names.flatMap((name) => shardsOf(h, name));
}

const holders = (shard: Shard) => [shard.primaryNodeId, ...shard.replicaNodeIds];
const moving = (shards: readonly Shard[]) =>
  shards.filter((shard) => shard.status === "replicating" || shard.status === "migrating");

function settings(concurrentMigrationsMax: number): MetadataEvent {
  return {
    type: "setClusterSettings",
    atMs: at,
    settings: { ...DEFAULT_CLUSTER_SETTINGS, concurrentMigrationsMax },
  };
}

/** A cluster of nodes 1..`nodeCount` with the move limit set, and collection "docs". */
function cluster(
  limit: number,
  nodeCount: number,
  docs: { shardCount: number; replicationFactor: number },
  ...more: MetadataEvent[]
): Harness {
  const nodes = Array.from({ length: nodeCount }, (_, i) => register(i + 1));
  return new Harness().setup(settings(limit), ...nodes, create("docs", docs), ...more);
}

/** The data plane's part: every moving shard reports its copies synced. */
function finishMoves(h: Harness, names: readonly string[]): number {
  const started = moving(allShards(h, names));
  for (const shard of started) {
    h.setup({
      type: "setShardStatus",
      atMs: at,
      collection: shard.collection,
      shardId: shard.shardId,
      status: "active",
    });
  }
  return started.length;
}

/** Replicas per node over the shards. */
function loads(shards: readonly Shard[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const shard of shards) {
    for (const id of holders(shard)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

describe("gradual moves", () => {
  it("a joining node receives its shards at most N at a time, then the placement is balanced", () => {
    const h = cluster(
      2,
      3,
      { shardCount: 12, replicationFactor: 2 },
      create("logs", { shardCount: 6, replicationFactor: 2 }),
    );
    const names = ["docs", "logs"];
    expect(moving(allShards(h, names))).toHaveLength(0);
    h.setup(register(4));
    const rounds: number[] = [];
    for (let round = 0; round < 50; round++) {
      const inFlight = moving(allShards(h, names)).length;
      expect(inFlight).toBeLessThanOrEqual(2);
      if (inFlight === 0) break;
      rounds.push(finishMoves(h, names));
    }
    // Node 4's fair share: 36 replicas over 4 nodes = 9, arriving 2 at a time.
    expect(rounds.length).toBeGreaterThanOrEqual(4);
    expect(rounds.every((count) => count <= 2)).toBe(true);
    expect(moving(allShards(h, names))).toHaveLength(0);
    const docs = loads(shardsOf(h, "docs"));
    const logs = loads(shardsOf(h, "logs"));
    for (const id of [1, 2, 3, 4]) {
      expect(docs.get(id)).toBe(6);
      expect(logs.get(id)).toBe(3);
    }
    // Settled: another rebalance changes nothing.
    const before = allShards(h, names);
    h.setup({ type: "rebalance", atMs: at, collection: "" });
    expect(allShards(h, names)).toEqual(before);
  });

  it("ends where moving everything at once ends (same balance, no shard left behind)", () => {
    const run = (limit: number) => {
      const h = new Harness().setup(
        settings(limit),
        register(1),
        register(2),
        register(3),
        create("docs", { shardCount: 16, replicationFactor: 3 }),
        register(4),
        register(5),
      );
      for (let round = 0; round < 100 && finishMoves(h, ["docs"]) > 0; round++);
      return loads(shardsOf(h, "docs"));
    };
    const gradual = run(1);
    const atOnce = run(0);
    for (const id of [1, 2, 3, 4, 5]) {
      expect(gradual.get(id)).toBeGreaterThanOrEqual(9);
      expect(gradual.get(id)).toBeLessThanOrEqual(10);
      expect(atOnce.get(id)).toBeGreaterThanOrEqual(9);
    }
  });

  it("a drain moves the node's replicas off gradually; it keeps serving them meanwhile", () => {
    const h = cluster(1, 4, { shardCount: 8, replicationFactor: 2 });
    const held = () => shardsOf(h, "docs").filter((shard) => holders(shard).includes(2)).length;
    const initially = held();
    expect(initially).toBeGreaterThan(1);
    h.setup({ type: "drainNode", atMs: at, nodeId: 2, draining: true });
    expect(held()).toBe(initially - 1);
    expect(moving(shardsOf(h, "docs"))).toHaveLength(1);
    for (let round = 0; round < 20 && finishMoves(h, ["docs"]) > 0; round++) {
      expect(moving(shardsOf(h, "docs")).length).toBeLessThanOrEqual(1);
    }
    expect(held()).toBe(0);
  });

  it("repairs are not held back: an offline node's shards are all re-placed at once", () => {
    const h = cluster(1, 4, { shardCount: 12, replicationFactor: 2 });
    const lost = shardsOf(h, "docs").filter((shard) => holders(shard).includes(3)).length;
    expect(lost).toBeGreaterThan(1);
    h.setup({ type: "updateNodeStatus", atMs: at, nodeId: 3, status: "offline" });
    const after = shardsOf(h, "docs");
    expect(after.filter((shard) => holders(shard).includes(3))).toHaveLength(0);
    expect(moving(after).length).toBeGreaterThanOrEqual(lost);
  });

  it("a lowered replication factor is applied at once, also to shards whose move waits", () => {
    // Node 4 joins with one move at a time: most shards wait to move a replica to it. Then the
    // replication factor goes from 3 to 1: a shard whose one replica is to be node 4 keeps
    // waiting for its move, but not with 3 holders: it keeps one of them meanwhile.
    const h = cluster(1, 3, { shardCount: 12, replicationFactor: 3 }, register(4));
    h.setup({
      type: "updateCollection",
      atMs: at,
      name: "docs",
      efSearch: 0,
      replicationFactor: 1,
    });
    const shards = shardsOf(h, "docs");
    expect(shards.map((shard) => holders(shard).length)).toEqual(shards.map(() => 1));
    // The moves left for later still end where moving everything at once ends.
    for (let round = 0; round < 30 && finishMoves(h, ["docs"]) > 0; round++);
    expect(moving(shardsOf(h, "docs"))).toEqual([]);
    expect([...loads(shardsOf(h, "docs")).keys()].sort()).toEqual([1, 2, 3, 4]);
  });

  it("0 moves everything at once (the setting's 'no limit')", () => {
    const h = cluster(0, 3, { shardCount: 12, replicationFactor: 2 }, register(4));
    expect(moving(shardsOf(h, "docs")).length).toBe(6);
  });

  it("raising the limit starts the moves left for later", () => {
    const h = cluster(1, 3, { shardCount: 12, replicationFactor: 2 }, register(4));
    expect(moving(shardsOf(h, "docs"))).toHaveLength(1);
    h.setup(settings(3));
    expect(moving(shardsOf(h, "docs"))).toHaveLength(3);
  });

  it("a replica restored from a snapshot mid-way continues exactly as one that replayed the log", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (limit, picks) => {
          const replayed = new Harness().setup(
            settings(limit),
            register(1),
            register(2),
            register(3),
            create("docs", { shardCount: 10, replicationFactor: 2 }),
            create("logs", { shardCount: 5, replicationFactor: 3 }),
            register(4),
            register(5),
          );
          const restored = new Harness(new MetadataProjector());
          restored.projector.restoreBytes(replayed.projector.snapshotBytes());
          restored.index = replayed.index;
          // The data plane finishes moves in an arbitrary order.
          for (const pick of picks) {
            const inFlight = moving(allShards(replayed, ["docs", "logs"]));
            if (inFlight.length === 0) break;
            const shard = inFlight[pick % inFlight.length] as Shard;
            const event: MetadataEvent = {
              type: "setShardStatus",
              atMs: at,
              collection: shard.collection,
              shardId: shard.shardId,
              status: "active",
            };
            replayed.setup(event);
            restored.setup(event);
            expect(Buffer.from(restored.projector.snapshotBytes())).toEqual(
              Buffer.from(replayed.projector.snapshotBytes()),
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("pending moves continue when budget frees up without a SetShardStatus (a drop, an ended migration)", () => {
    // Dropping a collection whose shard was moving frees the budget.
    const dropped = cluster(1, 2, { shardCount: 8, replicationFactor: 2 });
    dropped.setup(create("logs", { shardCount: 8, replicationFactor: 2 }), register(3));
    expect(moving(allShards(dropped, ["docs", "logs"]))).toHaveLength(1);
    const busy = moving(allShards(dropped, ["docs", "logs"]))[0] as Shard;
    dropped.setup({ type: "dropCollection", atMs: at, name: busy.collection });
    const left = busy.collection === "docs" ? "logs" : "docs";
    expect(moving(shardsOf(dropped, left))).toHaveLength(1);
    // A placement that ends a migration (a lower replication factor) frees it too.
    const ended = cluster(1, 3, { shardCount: 8, replicationFactor: 2 });
    ended.setup(create("tiny", { shardCount: 1, replicationFactor: 2 }));
    const tiny = shardsOf(ended, "tiny")[0] as Shard;
    const outside = [1, 2, 3].find((id) => !holders(tiny).includes(id)) as number;
    ended.setup(
      {
        type: "startMigration",
        atMs: at,
        collection: "tiny",
        shardId: 0,
        sourceNodeId: tiny.replicaNodeIds[0] as number,
        targetNodeId: outside,
        totalKeys: 1,
      },
      register(4),
    );
    expect(moving(shardsOf(ended, "docs"))).toHaveLength(0);
    ended.setup({
      type: "updateCollection",
      atMs: at,
      name: "tiny",
      efSearch: 0,
      replicationFactor: 1,
    });
    expect(moving(shardsOf(ended, "tiny"))).toHaveLength(0);
    expect(moving(shardsOf(ended, "docs"))).toHaveLength(1);
  });
});
