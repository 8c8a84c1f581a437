/**
 * Shard.holderSince: since when each holder holds a shard without a break (the log index of
 * the event that made it a holder), kept through every event that changes holders, and
 * through snapshots, so that a node that applies a removal and a return at once still sees a
 * new holding (src/metadata/holder-records.ts).
 */
import { describe, expect, it } from "vitest";
import { decodeSnapshot, encodeSnapshot } from "../../src/metadata/codec.js";
import { holderSinceIndex, withHolderRecords } from "../../src/metadata/holder-records.js";
import { MetadataProjector, type MetadataResponse, type Shard } from "../../src/metadata/index.js";
import { AT_MS, create, Harness, register } from "./fixtures.js";

function shardsOf(h: Harness, collection = "docs"): Shard[] {
  const response: MetadataResponse = h.projector.query({ type: "shardsOfCollection", collection });
  if (!response.ok || response.result?.type !== "shards") throw new Error(JSON.stringify(response));
  return response.result.shards;
}

const holders = (shard: Shard) =>
  [shard.primaryNodeId, ...shard.replicaNodeIds, shard.migration?.targetNodeId ?? 0]
    .filter((id) => id !== 0)
    .sort((a, b) => a - b);

/** Every holder has exactly one entry, in node id order. */
function expectOneEntryPerHolder(shard: Shard): void {
  expect(shard.holderSince?.map((since) => since.nodeId)).toEqual(holders(shard));
}

const status = (nodeId: number, value: "online" | "offline") =>
  ({ type: "updateNodeStatus", atMs: AT_MS, nodeId, status: value }) as const;

describe("holder since", () => {
  it("gives every holder of a new collection's shards the index of its creation", () => {
    const h = new Harness().setup(register(1), register(2), register(3), create("docs"));
    for (const shard of shardsOf(h)) {
      expectOneEntryPerHolder(shard);
      expect(shard.holderSince?.every((since) => since.sinceIndex === 4)).toBe(true);
    }
  });

  it("keeps the index of a holder that stays, gives a new one the event's, and a returning one a new index", () => {
    const h = new Harness().setup(
      register(1),
      register(2),
      register(3),
      register(4),
      create("docs", { replicationFactor: 2 }),
    );
    const created = shardsOf(h);
    const shardId = created.findIndex((shard) => holders(shard).includes(4));
    const before = created[shardId] as Shard;
    const stays = holders(before).find((id) => id !== 4) as number;
    h.setup(status(4, "offline")); // index 6: node 4 loses its shards
    const moved = shardsOf(h)[shardId] as Shard;
    expect(holders(moved)).not.toContain(4);
    expectOneEntryPerHolder(moved);
    expect(holderSinceIndex(moved, stays)).toBe(5);
    const newcomer = holders(moved).find((id) => id !== stays) as number;
    expect(holderSinceIndex(moved, newcomer)).toBe(6);
    // Back online, then the placement gives it shards again: a new holding, a new index.
    h.setup(status(4, "online"), { type: "rebalance", atMs: AT_MS, collection: "" });
    const back = shardsOf(h).find(
      (shard) => holders(shard).includes(4) && holderSinceIndex(shard, 4) !== 5,
    );
    expect(back).toBeDefined();
    for (const shard of shardsOf(h)) {
      expectOneEntryPerHolder(shard);
      if (holders(shard).includes(4)) expect(holderSinceIndex(shard, 4)).toBeGreaterThan(6);
    }
  });

  it("keeps indexes through a promotion, and a migration target's from its start through its completion", () => {
    const h = new Harness().setup(register(1), register(2), register(3), register(4));
    h.setup(create("docs", { replicationFactor: 3 })); // index 5
    const shard = shardsOf(h).find((candidate) => !holders(candidate).includes(4)) as Shard;
    const replica = shard.replicaNodeIds[0] as number;
    h.setup({
      type: "promotePrimary",
      atMs: AT_MS,
      collection: "docs",
      shardId: shard.shardId,
      nodeId: replica,
    });
    expect(shardsOf(h)[shard.shardId]?.holderSince).toEqual(shard.holderSince);
    h.setup({
      type: "startMigration",
      atMs: AT_MS,
      collection: "docs",
      shardId: shard.shardId,
      sourceNodeId: replica,
      targetNodeId: 4,
      totalKeys: 1,
    }); // index 7
    const migrating = shardsOf(h)[shard.shardId] as Shard;
    expectOneEntryPerHolder(migrating);
    expect(holderSinceIndex(migrating, 4)).toBe(7);
    h.setup({ type: "completeMigration", atMs: AT_MS, collection: "docs", shardId: shard.shardId });
    const done = shardsOf(h)[shard.shardId] as Shard;
    expectOneEntryPerHolder(done);
    expect(holders(done)).not.toContain(replica);
    expect(holderSinceIndex(done, 4)).toBe(7);
    for (const id of holders(done).filter((id) => id !== 4)) {
      expect(holderSinceIndex(done, id)).toBe(5);
    }
  });

  it("keeps the last holders' entries while a shard has none, so a returning last holder keeps its index", () => {
    const shard: Shard = {
      collection: "docs",
      shardId: 0,
      primaryNodeId: 1,
      replicaNodeIds: [2],
      status: "active",
      holderSince: [
        { nodeId: 1, sinceIndex: 5 },
        { nodeId: 2, sinceIndex: 9 },
      ],
    };
    const offline = withHolderRecords(
      { ...shard, primaryNodeId: 0, replicaNodeIds: [], status: "offline" },
      shard,
      20,
    );
    expect(offline.holderSince).toEqual(shard.holderSince);
    // Node 2 comes back with node 3, which never held it.
    const back = withHolderRecords(
      { ...offline, primaryNodeId: 2, replicaNodeIds: [3] },
      offline,
      30,
    );
    expect(back.holderSince).toEqual([
      { nodeId: 2, sinceIndex: 9 },
      { nodeId: 3, sinceIndex: 30 },
    ]);
    // Node 1, a last holder too, comes back once writes reached the shard again: new index.
    const later = withHolderRecords({ ...back, replicaNodeIds: [3, 1] }, back, 40);
    expect(later.holderSince).toEqual([
      { nodeId: 1, sinceIndex: 40 },
      { nodeId: 2, sinceIndex: 9 },
      { nodeId: 3, sinceIndex: 30 },
    ]);
  });

  it("gives a holder from before the field 0 (unknown) and a new one the event's index", () => {
    const legacy: Shard = {
      collection: "docs",
      shardId: 0,
      primaryNodeId: 1,
      replicaNodeIds: [2],
      status: "active",
    };
    expect(
      withHolderRecords({ ...legacy, replicaNodeIds: [2, 3] }, legacy, 12).holderSince,
    ).toEqual([
      { nodeId: 1, sinceIndex: 0 },
      { nodeId: 2, sinceIndex: 0 },
      { nodeId: 3, sinceIndex: 12 },
    ]);
  });

  it("gives 0 to every holder of a shard coming back from no holder with no entries (a snapshot from before them)", () => {
    const offlineLegacy: Shard = {
      collection: "docs",
      shardId: 0,
      primaryNodeId: 0,
      replicaNodeIds: [],
      status: "offline",
    };
    expect(
      withHolderRecords(
        { ...offlineLegacy, primaryNodeId: 1, replicaNodeIds: [2] },
        offlineLegacy,
        30,
      ).holderSince,
    ).toEqual([
      { nodeId: 1, sinceIndex: 0 },
      { nodeId: 2, sinceIndex: 0 },
    ]);
  });

  it("decides a SetShardStatus alike on a replica restored from a snapshot without the entries", () => {
    const events = [
      register(1),
      register(2),
      register(3),
      register(4),
      create("docs", { replicationFactor: 2 }),
      status(4, "offline"),
    ];
    const replayed = new Harness().setup(...events);
    const shard = shardsOf(replayed).find((candidate) => candidate.status === "replicating");
    if (shard === undefined) throw new Error("no replicating shard");
    // As a node of the version before the field wrote its snapshot at index 6.
    const legacyView = decodeSnapshot(replayed.projector.snapshotBytes());
    for (const [name, shards] of legacyView.shards) {
      legacyView.shards.set(
        name,
        shards.map(({ holderSince: _, ...rest }) => rest),
      );
    }
    const holderNodeIds = [shard.primaryNodeId, ...shard.replicaNodeIds];
    for (const expected of [
      holderNodeIds.map((id) => holderSinceIndex(shard, id)), // the replayed view's
      holderNodeIds.map(() => 0), // the restored view's
    ]) {
      const event = {
        type: "setShardStatus",
        atMs: AT_MS,
        collection: "docs",
        shardId: shard.shardId,
        status: "active",
        holderNodeIds,
        holderSinceIndexes: expected,
      } as const;
      const a = new Harness().setup(...events).apply(event);
      const b = new Harness(new MetadataProjector());
      b.projector.restoreBytes(encodeSnapshot(legacyView));
      b.index = b.projector.appliedIndex;
      expect(b.index).toBe(6);
      expect(b.apply(event).ok).toBe(a.ok);
      expect(a.ok).toBe(true);
    }
  });

  it("survives a snapshot: a view restored from one has the same entries", () => {
    const h = new Harness().setup(register(1), register(2), register(3), register(4));
    h.setup(create("docs", { replicationFactor: 2 }), status(4, "offline"));
    const restored = decodeSnapshot(encodeSnapshot(decodeSnapshot(h.projector.snapshotBytes())));
    expect(restored.shards.get("docs")).toEqual(shardsOf(h));
    expect(shardsOf(h).some((shard) => holderSinceIndex(shard, 1) === 5)).toBe(true);
  });
});
