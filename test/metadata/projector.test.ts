/** The projector's behaviour, event by event (placement effects, migrations, watch, codec). */
import { describe, expect, it } from "vitest";
import { decodeSnapshot, encodeSnapshot } from "../../src/metadata/codec.js";
import {
  type MetadataEvent,
  MetadataProjector,
  type MetadataResponse,
  metadataCodec,
  type Shard,
} from "../../src/metadata/index.js";
import { AT_MS, basicCluster, create, Harness, register } from "./fixtures.js";

const at = AT_MS;

function result<T extends string>(response: MetadataResponse, type: T) {
  if (!response.ok || response.result?.type !== type) throw new Error(JSON.stringify(response));
  return response.result as Extract<NonNullable<typeof response.result>, { type: T }>;
}

function shardsOf(h: Harness, collection = "docs"): Shard[] {
  return result(h.projector.query({ type: "shardsOfCollection", collection }), "shards").shards;
}

const replicas = (shard: Shard) => [shard.primaryNodeId, ...shard.replicaNodeIds];

describe("MetadataProjector", () => {
  it("creates a collection with resolved defaults and places every shard on 3 nodes", () => {
    const h = basicCluster();
    const collection = result(
      h.projector.query({ type: "getCollection", name: "docs" }),
      "collection",
    ).collection;
    expect(collection.spec.hnsw).toEqual({
      m: 32,
      efConstruction: 200,
      efSearch: 100,
      maxElements: 10_000_000,
    });
    expect(collection.spec.replicationFactor).toBe(3);
    expect(collection.createdAtMs).toBe(at);
    const shards = shardsOf(h);
    expect(shards.map((shard) => shard.shardId)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const shard of shards) {
      expect([...replicas(shard)].sort()).toEqual([1, 2, 3]);
      expect(shard.status).toBe("active");
    }
  });

  it("uses the cluster's shard count when the spec says 0", () => {
    const h = basicCluster().setup(create("big", { shardCount: 0 }));
    expect(shardsOf(h, "big")).toHaveLength(64);
  });

  it("moves replicas off a node that goes offline, marks them replicating, and back on join", () => {
    const h = basicCluster().setup(register(4), register(5));
    expect(shardsOf(h).some((shard) => replicas(shard).includes(5))).toBe(true);
    h.setup({ type: "updateNodeStatus", atMs: at + 1, nodeId: 5, status: "offline" });
    const shards = shardsOf(h);
    expect(shards.some((shard) => replicas(shard).includes(5))).toBe(false);
    expect(shards.some((shard) => shard.status === "replicating")).toBe(true);
    const nodes = result(h.projector.query({ type: "listNodes" }), "nodes").nodes;
    expect(nodes.find((node) => node.id === 5)).toMatchObject({
      status: "offline",
      statusChangedAtMs: at + 1,
    });
    expect(result(h.projector.query({ type: "shardsOnNode", nodeId: 5 }), "shards").shards).toEqual(
      [],
    );
  });

  it("keeps replicas on a suspect node (no data moves on a suspicion)", () => {
    const h = basicCluster().setup(register(4));
    const before = shardsOf(h);
    h.setup({ type: "updateNodeStatus", atMs: at, nodeId: 4, status: "suspect" });
    expect(shardsOf(h)).toEqual(before);
  });

  it("runs a migration: start, complete (target takes the source's place)", () => {
    const h = basicCluster().setup(register(4));
    const shard = shardsOf(h).find((candidate) => !replicas(candidate).includes(4))!;
    const source = shard.primaryNodeId;
    h.setup({
      type: "startMigration",
      atMs: at + 5,
      collection: "docs",
      shardId: shard.shardId,
      sourceNodeId: source,
      targetNodeId: 4,
      totalKeys: 1234,
    });
    expect(shardsOf(h)[shard.shardId]).toMatchObject({
      status: "migrating",
      migration: { sourceNodeId: source, targetNodeId: 4, totalKeys: 1234, startedAtMs: at + 5 },
    });
    h.setup({ type: "completeMigration", atMs: at, collection: "docs", shardId: shard.shardId });
    const after = shardsOf(h)[shard.shardId]!;
    expect(after.primaryNodeId).toBe(4);
    expect(after.replicaNodeIds).toEqual(shard.replicaNodeIds);
    expect(after.status).toBe("active");
    expect(after.migration).toBeUndefined();
  });

  it("aborts a migration without changing the replicas", () => {
    const h = basicCluster().setup(register(4));
    const shard = shardsOf(h).find((candidate) => !replicas(candidate).includes(4))!;
    h.setup(
      {
        type: "startMigration",
        atMs: at,
        collection: "docs",
        shardId: shard.shardId,
        sourceNodeId: shard.replicaNodeIds[0]!,
        targetNodeId: 4,
        totalKeys: 1,
      },
      { type: "abortMigration", atMs: at, collection: "docs", shardId: shard.shardId },
    );
    expect(shardsOf(h)[shard.shardId]).toEqual({ ...shard, status: "active" });
  });

  it("promotes a replica to primary (failover)", () => {
    const h = basicCluster();
    const shard = shardsOf(h)[0]!;
    const newPrimary = shard.replicaNodeIds[1]!;
    h.setup({
      type: "promotePrimary",
      atMs: at,
      collection: "docs",
      shardId: 0,
      nodeId: newPrimary,
    });
    const after = shardsOf(h)[0]!;
    expect(after.primaryNodeId).toBe(newPrimary);
    expect([...replicas(after)].sort()).toEqual([1, 2, 3]);
  });

  it("creates, switches, resolves, lists and deletes aliases", () => {
    const h = basicCluster().setup(
      create("docs-v2"),
      { type: "createAlias", atMs: at, alias: "live", collection: "docs" },
      { type: "switchAlias", atMs: at, alias: "live", collection: "docs-v2" },
    );
    expect(
      result(h.projector.query({ type: "resolveAlias", alias: "live" }), "alias").alias,
    ).toEqual({
      name: "live",
      collection: "docs-v2",
    });
    expect(h.apply({ type: "dropCollection", atMs: at, name: "docs-v2" })).toMatchObject({
      ok: false,
      rule: "collection.has_aliases",
    });
    h.setup({ type: "dropCollection", atMs: at, name: "docs" });
    h.setup({ type: "deleteAlias", atMs: at, alias: "live" });
    expect(result(h.projector.query({ type: "listAliases" }), "aliases").aliases).toEqual([]);
    expect(
      result(h.projector.query({ type: "listCollections" }), "collections").collections.map(
        (c) => c.spec.name,
      ),
    ).toEqual(["docs-v2"]);
  });

  it("updates ef_search and the replication factor (placement adds replicas)", () => {
    const h = basicCluster().setup(register(4), {
      type: "updateCollection",
      atMs: at + 9,
      name: "docs",
      efSearch: 256,
      replicationFactor: 4,
    });
    const collection = result(
      h.projector.query({ type: "getCollection", name: "docs" }),
      "collection",
    ).collection;
    expect(collection.spec.hnsw.efSearch).toBe(256);
    expect(collection.updatedAtMs).toBe(at + 9);
    for (const shard of shardsOf(h)) expect([...replicas(shard)].sort()).toEqual([1, 2, 3, 4]);
  });

  it("answers with the response index; events answer ok with their index", () => {
    const h = new Harness();
    expect(h.apply(register(1))).toEqual({ ok: true, index: 1 });
    expect(h.projector.query({ type: "getSettings" })).toEqual({
      ok: true,
      index: 1,
      result: {
        type: "settings",
        settings: {
          replicationFactor: 3,
          shardCount: 64,
          heartbeatIntervalMs: 1000,
          nodeTimeoutMs: 30_000,
          spreadLabel: "",
          concurrentMigrationsMax: 4,
        },
      },
    });
  });

  it("throws on an out-of-order index (a programmer error)", () => {
    const projector = new MetadataProjector();
    projector.apply({ index: 5, term: 1, command: register(1) });
    expect(() => projector.apply({ index: 5, term: 1, command: register(2) })).toThrow(
      /out of order/,
    );
  });

  it("decodes garbage bytes to an event that is rejected, not to a crash", () => {
    const event = metadataCodec.decodeCommand(Uint8Array.of(0x0a, 0xff, 0xff, 0xff));
    expect(event.type).toBe("undecodable");
    const empty = metadataCodec.decodeCommand(new Uint8Array());
    expect(new Harness().apply(empty)).toMatchObject({ ok: false, rule: "event.undecodable" });
  });

  describe("watch", () => {
    it("serves events after an index, then asks for a snapshot once they left the ring", () => {
      const h = new Harness(new MetadataProjector({ watchCapacityEvents: 3 }));
      h.setup(register(1), register(2));
      h.apply(register(2)); // rejected: not watched
      h.setup(register(3), register(4));
      const batch = h.projector.eventsSince(2);
      expect(batch).toMatchObject({ kind: "events", appliedIndex: 5 });
      expect(batch.kind === "events" && batch.events.map((e) => e.index)).toEqual([4, 5]);
      expect(h.projector.eventsSince(1)).toMatchObject({ kind: "events" });
      expect(h.projector.eventsSince(0)).toEqual({
        kind: "snapshotNeeded",
        floorIndex: 1,
        appliedIndex: 5,
      });
    });

    it("after restore, serves from the snapshot's index (snapshot first, then the events)", () => {
      const h = basicCluster();
      const follower = new Harness(new MetadataProjector());
      follower.projector.restoreBytes(h.projector.snapshotBytes());
      follower.index = h.index;
      expect(follower.projector.eventsSince(0)).toMatchObject({
        kind: "snapshotNeeded",
        floorIndex: h.index,
      });
      const event: MetadataEvent = {
        type: "createAlias",
        atMs: at,
        alias: "live",
        collection: "docs",
      };
      follower.setup(event);
      expect(follower.projector.eventsSince(h.index)).toEqual({
        kind: "events",
        events: [{ index: h.index + 1, event }],
        appliedIndex: h.index + 1,
      });
    });

    it("rejects a ring capacity out of bounds", () => {
      expect(() => new MetadataProjector({ watchCapacityEvents: 0 })).toThrow(RangeError);
    });
  });

  it("takes byte-identical snapshots of the same view built in different orders", () => {
    const a = new Harness().setup(register(1), register(2), register(3), create("b"), create("a"));
    const b = new Harness().setup(register(3), register(1), register(2), create("a"), create("b"));
    // The holders' since indexes are those of each collection's creation, which differ: the
    // rest of the two views is the same, and so must their bytes be.
    const withoutSince = (bytes: Uint8Array) => {
      const view = decodeSnapshot(bytes);
      for (const [name, shards] of view.shards) {
        view.shards.set(
          name,
          shards.map(({ holderSince: _, ...shard }) => shard),
        );
      }
      return encodeSnapshot(view);
    };
    const [aBytes, bBytes] = [a, b].map((h) => h.projector.snapshotBytes());
    expect(aBytes).not.toEqual(bBytes);
    expect(withoutSince(bBytes as Uint8Array)).toEqual(withoutSince(aBytes as Uint8Array));
    // Built in the same order, nodes registered in another: the same bytes, since and all.
    const c = new Harness().setup(register(2), register(3), register(1), create("b"), create("a"));
    expect(c.projector.snapshotBytes()).toEqual(aBytes);
  });
});

describe("draining and node addresses", () => {
  it("a draining node gets no replicas and its replicas move off; undraining takes it back", () => {
    const h = new Harness().setup(
      register(1),
      register(2),
      register(3),
      register(4),
      create("docs", { shardCount: 8, replicationFactor: 2 }),
    );
    expect(shardsOf(h).some((shard) => replicas(shard).includes(4))).toBe(true);
    expect(h.apply({ type: "drainNode", atMs: at, nodeId: 4, draining: true }).ok).toBe(true);
    expect(shardsOf(h).some((shard) => replicas(shard).includes(4))).toBe(false);
    expect(shardsOf(h).every((shard) => replicas(shard).length === 2)).toBe(true);
    const nodes = result(h.projector.query({ type: "listNodes" }), "nodes").nodes;
    expect(nodes.find((node) => node.id === 4)).toMatchObject({ draining: true, status: "online" });
    // A new collection avoids it too.
    h.setup(create("more", { shardCount: 4, replicationFactor: 3 }));
    expect(shardsOf(h, "more").some((shard) => replicas(shard).includes(4))).toBe(false);
    // Draining every other node leaves too few for replication factor 3.
    h.apply({ type: "drainNode", atMs: at, nodeId: 3, draining: true });
    expect(h.apply(create("third", { shardCount: 1, replicationFactor: 3 }))).toMatchObject({
      ok: false,
      rule: "placement.insufficient_nodes",
    });
    h.apply({ type: "drainNode", atMs: at, nodeId: 3, draining: false });
    expect(h.apply({ type: "drainNode", atMs: at, nodeId: 4, draining: false }).ok).toBe(true);
    expect(shardsOf(h).some((shard) => replicas(shard).includes(4))).toBe(true);
    expect(h.apply({ type: "drainNode", atMs: at, nodeId: 9, draining: true })).toMatchObject({
      ok: false,
      rule: "node.unknown",
    });
  });

  it("a node's address changes; another node's address is refused", () => {
    const h = new Harness().setup(register(1), register(2));
    const change = (nodeId: number, address: string) =>
      h.apply({ type: "updateNodeAddress", atMs: at, nodeId, address });
    expect(change(1, "data-1:9000").ok).toBe(true);
    expect(change(1, "data-1:9000").ok).toBe(true);
    expect(change(2, "data-1:9000")).toMatchObject({ ok: false, rule: "node.address.in_use" });
    expect(change(2, "no port")).toMatchObject({ ok: false, rule: "node.address.format" });
    const nodes = result(h.projector.query({ type: "listNodes" }), "nodes").nodes;
    expect(nodes.map((node) => node.address)).toEqual(["data-1:9000", "10.0.0.2:7000"]);
  });

  it("both events survive the codec and the snapshot", () => {
    const events: MetadataEvent[] = [
      { type: "drainNode", atMs: at, nodeId: 3, draining: true },
      { type: "updateNodeAddress", atMs: at, nodeId: 2, address: "h:1" },
    ];
    for (const event of events) {
      expect(metadataCodec.decodeCommand(metadataCodec.encodeCommand(event))).toEqual(event);
    }
    const h = basicCluster().setup(...events);
    const restored = new MetadataProjector();
    restored.restoreBytes(h.projector.snapshotBytes());
    expect(result(restored.query({ type: "listNodes" }), "nodes").nodes).toEqual(
      result(h.projector.query({ type: "listNodes" }), "nodes").nodes,
    );
  });
});

describe("shard stats", () => {
  it("keeps each holder's last report, skips shards the node does not hold, and forgets a holder that left", () => {
    const h = new Harness().setup(
      register(1),
      register(2),
      register(3),
      create("docs", { shardCount: 2, replicationFactor: 2 }),
    );
    const shard0 = shardsOf(h)[0] as Shard;
    const [holder, other] = replicas(shard0) as [number, number];
    const outsider = [1, 2, 3].find((id) => !replicas(shard0).includes(id)) as number;
    const report = (nodeId: number, vectorCount: number, atMs = at) =>
      h.apply({
        type: "reportShardStats",
        atMs,
        nodeId,
        shards: [
          { collection: "docs", shardId: 0, vectorCount, bytes: vectorCount * 100 },
          { collection: "gone", shardId: 0, vectorCount: 1, bytes: 1 },
        ],
      });
    expect(report(holder, 10).ok).toBe(true);
    expect(report(other, 12, at + 5).ok).toBe(true);
    expect(report(outsider, 99).ok).toBe(true);
    expect(report(holder, 11, at + 9).ok).toBe(true);
    expect(shardsOf(h)[0]?.stats).toEqual(
      [
        { nodeId: holder, vectorCount: 11, bytes: 1100, reportedAtMs: at + 9 },
        { nodeId: other, vectorCount: 12, bytes: 1200, reportedAtMs: at + 5 },
      ].sort((a, b) => a.nodeId - b.nodeId),
    );
    // The snapshot carries them.
    const restored = new MetadataProjector();
    restored.restoreBytes(h.projector.snapshotBytes());
    expect(
      result(restored.query({ type: "shardsOfCollection", collection: "docs" }), "shards").shards,
    ).toEqual(shardsOf(h));
    // The holder goes offline: its shard moves, and its report goes with it.
    h.setup({ type: "updateNodeStatus", atMs: at, nodeId: holder, status: "offline" });
    expect(shardsOf(h)[0]?.stats?.map((s) => s.nodeId)).toEqual([other]);
    expect(
      h.apply({
        type: "reportShardStats",
        atMs: at,
        nodeId: other,
        shards: [{ collection: "docs", shardId: 0, vectorCount: -1, bytes: 0 }],
      }),
    ).toMatchObject({ ok: false, rule: "stats.range" });
  });
});
