/**
 * One test per validation rule: a cluster (three voters and the collection "docs", 8 shards,
 * replication factor 3, plus what the case adds), then the event that breaks the rule. The
 * response names the rule, and the view is unchanged (only the applied index moves).
 */
import { describe, expect, it } from "vitest";
import {
  decodeSnapshot,
  type MetadataEvent,
  type MetadataQuery,
  metadataCodec,
  RULES,
  type RuleName,
  type Shard,
} from "../../src/metadata/index.js";
import { AT_MS, basicCluster, create, type Harness, register } from "./fixtures.js";

const at = AT_MS;

function shards(h: Harness, collection = "docs"): Shard[] {
  const response = h.projector.query({ type: "shardsOfCollection", collection });
  if (!response.ok || response.result?.type !== "shards") throw new Error("no shards");
  return response.result.shards;
}

/** A shard of docs that node `nodeId` holds no replica of. */
function shardWithout(h: Harness, nodeId: number): Shard {
  const shard = shards(h).find(
    (candidate) => candidate.primaryNodeId !== nodeId && !candidate.replicaNodeIds.includes(nodeId),
  );
  if (shard === undefined) throw new Error(`every shard is on node ${nodeId}`);
  return shard;
}

const settings = {
  replicationFactor: 3,
  shardCount: 64,
  heartbeatIntervalMs: 1000,
  nodeTimeoutMs: 10_000,
  spreadLabel: "zone",
  concurrentMigrationsMax: 4,
};

interface Case {
  rule: RuleName;
  setup?: MetadataEvent[];
  event: MetadataEvent | ((h: Harness) => MetadataEvent);
}

const labels65 = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, "v"]));
const startMigration = (h: Harness, extra: Partial<MetadataEvent> = {}): MetadataEvent => {
  const shard = shardWithout(h, 4);
  return {
    type: "startMigration",
    atMs: at,
    collection: "docs",
    shardId: shard.shardId,
    sourceNodeId: shard.primaryNodeId,
    targetNodeId: 4,
    totalKeys: 1000,
    ...extra,
  } as MetadataEvent;
};

const CASES: Case[] = [
  { rule: "event.undecodable", event: metadataCodec.decodeCommand(Uint8Array.of(0xff, 0xff)) },
  { rule: "event.timestamp.range", event: register(4, { atMs: -1 }) },
  { rule: "node.id.range", event: register(0) },
  { rule: "node.exists", event: register(1, { address: "10.0.0.9:7000" }) },
  {
    rule: "node.unknown",
    event: { type: "updateNodeStatus", atMs: at, nodeId: 99, status: "offline" },
  },
  {
    rule: "node.address.format",
    event: register(4, { address: "no-port" } as Partial<MetadataEvent>),
  },
  {
    rule: "node.address.in_use",
    event: register(4, { address: "10.0.0.1:7000" } as Partial<MetadataEvent>),
  },
  {
    rule: "node.capacity.range",
    event: register(4, { capacityBytes: -5 } as Partial<MetadataEvent>),
  },
  {
    rule: "node.labels.too_many",
    event: register(4, { labels: labels65 } as Partial<MetadataEvent>),
  },
  {
    rule: "node.label.format",
    event: { type: "updateNodeLabels", atMs: at, nodeId: 1, labels: { "bad key": "x" } },
  },
  {
    rule: "node.status.invalid",
    event: { type: "updateNodeStatus", atMs: at, nodeId: 1, status: "asleep" as "online" },
  },
  {
    rule: "node.role.invalid",
    event: { type: "updateNodeRole", atMs: at, nodeId: 1, role: "observer" as "voter" },
  },
  {
    rule: "node.in_migration",
    setup: [register(4)],
    event: (h) => {
      const response = h.apply(startMigration(h));
      expect(response.ok).toBe(true);
      return { type: "removeNode", atMs: at, nodeId: 4 };
    },
  },
  {
    rule: "settings.replication_factor.range",
    event: {
      type: "setClusterSettings",
      atMs: at,
      settings: { ...settings, replicationFactor: 0 },
    },
  },
  {
    rule: "settings.shard_count.range",
    event: { type: "setClusterSettings", atMs: at, settings: { ...settings, shardCount: 4097 } },
  },
  {
    rule: "settings.heartbeat_interval.range",
    event: {
      type: "setClusterSettings",
      atMs: at,
      settings: { ...settings, heartbeatIntervalMs: 0 },
    },
  },
  {
    rule: "settings.node_timeout.range",
    event: { type: "setClusterSettings", atMs: at, settings: { ...settings, nodeTimeoutMs: 1000 } },
  },
  {
    rule: "settings.spread_label.format",
    event: { type: "setClusterSettings", atMs: at, settings: { ...settings, spreadLabel: "a b" } },
  },
  {
    rule: "settings.concurrent_migrations.range",
    event: {
      type: "setClusterSettings",
      atMs: at,
      settings: { ...settings, concurrentMigrationsMax: 10_001 },
    },
  },
  { rule: "collection.name.format", event: create("bad name!") },
  { rule: "collection.name.format", event: create("x".repeat(256)) },
  { rule: "collection.name.format", event: create("") },
  { rule: "collection.exists", event: create("docs") },
  {
    rule: "collection.name_taken_by_alias",
    setup: [{ type: "createAlias", atMs: at, alias: "latest", collection: "docs" }],
    event: create("latest"),
  },
  { rule: "collection.unknown", event: { type: "dropCollection", atMs: at, name: "nope" } },
  { rule: "collection.dimensions.range", event: create("x", { dimensions: 100_001 }) },
  { rule: "collection.dimensions.range", event: create("x", { dimensions: 0 }) },
  { rule: "collection.metric.invalid", event: create("x", { metric: "hamming" as "cosine" }) },
  { rule: "collection.shard_count.range", event: create("x", { shardCount: 4097 }) },
  { rule: "collection.replication_factor.range", event: create("x", { replicationFactor: 17 }) },
  {
    rule: "collection.has_aliases",
    setup: [{ type: "createAlias", atMs: at, alias: "latest", collection: "docs" }],
    event: { type: "dropCollection", atMs: at, name: "docs" },
  },
  {
    rule: "collection.update.empty",
    event: { type: "updateCollection", atMs: at, name: "docs", efSearch: 0, replicationFactor: 0 },
  },
  {
    rule: "hnsw.m.range",
    event: create("x", { hnsw: { m: 1, efConstruction: 0, efSearch: 0, maxElements: 0 } }),
  },
  {
    rule: "hnsw.ef_construction.range",
    event: create("x", { hnsw: { m: 0, efConstruction: 10_001, efSearch: 0, maxElements: 0 } }),
  },
  {
    rule: "hnsw.ef_construction_below_m",
    event: create("x", { hnsw: { m: 64, efConstruction: 32, efSearch: 0, maxElements: 0 } }),
  },
  {
    rule: "hnsw.ef_search.range",
    event: create("x", { hnsw: { m: 0, efConstruction: 0, efSearch: 10_001, maxElements: 0 } }),
  },
  {
    rule: "hnsw.ef_search.range",
    event: {
      type: "updateCollection",
      atMs: at,
      name: "docs",
      efSearch: 10_001,
      replicationFactor: 0,
    },
  },
  {
    rule: "hnsw.max_elements.range",
    event: create("x", { hnsw: { m: 0, efConstruction: 0, efSearch: 0, maxElements: 2 ** 53 } }),
  },
  {
    rule: "quantization.kind.invalid",
    event: create("x", { quantization: { kind: "lattice" } as never }),
  },
  {
    rule: "quantization.product.subspaces",
    event: create("x", { quantization: { kind: "product", subspaces: 3, k: 256 } }),
  },
  {
    rule: "quantization.product.subspaces",
    event: create("x", { quantization: { kind: "product", subspaces: 0, k: 256 } }),
  },
  {
    rule: "quantization.product.k.range",
    event: create("x", { quantization: { kind: "product", subspaces: 8, k: 1 } }),
  },
  { rule: "placement.insufficient_nodes", event: create("x", { replicationFactor: 4 }) },
  {
    rule: "placement.insufficient_nodes",
    event: { type: "updateCollection", atMs: at, name: "docs", efSearch: 0, replicationFactor: 4 },
  },
  {
    rule: "placement.insufficient_nodes",
    setup: [{ type: "updateNodeStatus", atMs: at, nodeId: 3, status: "offline" }],
    event: create("x"),
  },
  {
    rule: "alias.name.format",
    event: { type: "createAlias", atMs: at, alias: "a b", collection: "docs" },
  },
  {
    rule: "alias.exists",
    setup: [{ type: "createAlias", atMs: at, alias: "latest", collection: "docs" }],
    event: { type: "createAlias", atMs: at, alias: "latest", collection: "docs" },
  },
  {
    rule: "alias.name_taken_by_collection",
    event: { type: "createAlias", atMs: at, alias: "docs", collection: "docs" },
  },
  { rule: "alias.unknown", event: { type: "deleteAlias", atMs: at, alias: "nope" } },
  {
    rule: "alias.unknown",
    event: { type: "switchAlias", atMs: at, alias: "nope", collection: "docs" },
  },
  {
    rule: "alias.target_missing",
    event: { type: "createAlias", atMs: at, alias: "latest", collection: "nope" },
  },
  {
    rule: "alias.target_missing",
    setup: [{ type: "createAlias", atMs: at, alias: "latest", collection: "docs" }],
    event: { type: "switchAlias", atMs: at, alias: "latest", collection: "nope" },
  },
  {
    rule: "shard.unknown",
    event: { type: "promotePrimary", atMs: at, collection: "docs", shardId: 8, nodeId: 1 },
  },
  {
    rule: "shard.unknown_node",
    event: { type: "promotePrimary", atMs: at, collection: "docs", shardId: 0, nodeId: 99 },
  },
  {
    rule: "shard.unknown_node",
    setup: [register(4)],
    event: (h) => startMigration(h, { targetNodeId: 99 } as Partial<MetadataEvent>),
  },
  {
    rule: "shard.node_offline",
    setup: [register(4), { type: "updateNodeStatus", atMs: at, nodeId: 4, status: "offline" }],
    event: (h) => startMigration(h),
  },
  {
    rule: "shard.not_replica",
    setup: [register(4)],
    event: (h) => ({
      type: "promotePrimary",
      atMs: at,
      collection: "docs",
      shardId: shardWithout(h, 4).shardId,
      nodeId: 4,
    }),
  },
  {
    rule: "shard.status.invalid",
    event: {
      type: "setShardStatus",
      atMs: at,
      collection: "docs",
      shardId: 0,
      status: "lost" as "active",
    },
  },
  {
    rule: "shard.status.migrating_reserved",
    event: {
      type: "setShardStatus",
      atMs: at,
      collection: "docs",
      shardId: 0,
      status: "migrating",
    },
  },
  {
    rule: "shard.holders_changed",
    event: (h) => {
      const shard = shards(h)[0] as Shard;
      return {
        type: "setShardStatus",
        atMs: at,
        collection: "docs",
        shardId: 0,
        status: "active",
        // Checked against one replica more than the shard has now.
        holderNodeIds: [shard.primaryNodeId, ...shard.replicaNodeIds, 99],
      };
    },
  },
  {
    rule: "migration.in_progress",
    setup: [register(4)],
    event: (h) => {
      expect(h.apply(startMigration(h)).ok).toBe(true);
      return startMigration(h);
    },
  },
  {
    rule: "migration.in_progress",
    setup: [register(4)],
    event: (h) => {
      const migration = startMigration(h) as Extract<MetadataEvent, { type: "startMigration" }>;
      expect(h.apply(migration).ok).toBe(true);
      return {
        type: "setShardStatus",
        atMs: at,
        collection: "docs",
        shardId: migration.shardId,
        status: "active",
      };
    },
  },
  {
    rule: "migration.not_in_progress",
    event: { type: "completeMigration", atMs: at, collection: "docs", shardId: 0 },
  },
  {
    rule: "migration.not_in_progress",
    event: { type: "abortMigration", atMs: at, collection: "docs", shardId: 0 },
  },
  {
    rule: "migration.source_not_replica",
    setup: [register(4), register(5)],
    event: (h) => {
      const shard = shardWithout(h, 4);
      const target = [1, 2, 3, 5].find(
        (id) => id !== shard.primaryNodeId && !shard.replicaNodeIds.includes(id),
      )!;
      return {
        type: "startMigration",
        atMs: at,
        collection: "docs",
        shardId: shard.shardId,
        sourceNodeId: 4,
        targetNodeId: target,
        totalKeys: 1,
      };
    },
  },
  {
    rule: "migration.target_is_replica",
    event: {
      type: "startMigration",
      atMs: at,
      collection: "docs",
      shardId: 0,
      sourceNodeId: 1,
      targetNodeId: 2,
      totalKeys: 1,
    },
  },
  {
    rule: "migration.total_keys.range",
    setup: [register(4)],
    event: (h) => startMigration(h, { totalKeys: -1 } as Partial<MetadataEvent>),
  },
  {
    rule: "stats.too_many",
    event: {
      type: "reportShardStats",
      atMs: at,
      nodeId: 1,
      shards: Array.from({ length: 10_001 }, () => ({
        collection: "docs",
        shardId: 0,
        vectorCount: 1,
        bytes: 1,
      })),
    },
  },
  {
    rule: "stats.range",
    event: {
      type: "reportShardStats",
      atMs: at,
      nodeId: 1,
      shards: [{ collection: "docs", shardId: 0, vectorCount: 1.5, bytes: 1 }],
    },
  },
];

function viewWithoutIndex(h: Harness) {
  return { ...decodeSnapshot(h.projector.snapshotBytes()), appliedIndex: 0 };
}

describe("every validation rule rejects the event that breaks it", () => {
  it.each(CASES.map((testCase, position) => [`${testCase.rule} #${position}`, testCase] as const))(
    "%s",
    (_name, testCase) => {
      const h = basicCluster().setup(...(testCase.setup ?? []));
      const event = typeof testCase.event === "function" ? testCase.event(h) : testCase.event;
      const before = viewWithoutIndex(h);
      const beforeWatch = h.projector.eventsSince(0);
      const response = h.apply(event);
      expect(response).toMatchObject({ ok: false, rule: testCase.rule });
      expect(response.ok === false && response.reason.length > 0).toBe(true);
      expect(viewWithoutIndex(h)).toEqual(before);
      expect(h.projector.appliedIndex).toBe(h.index);
      expect(h.projector.eventsSince(0)).toEqual({ ...beforeWatch, appliedIndex: h.index });
      // The rejection survives the codec unchanged (what the proposer receives).
      expect(metadataCodec.decodeResponse(metadataCodec.encodeResponse(response))).toEqual(
        response,
      );
    },
  );

  it("checks SetShardStatus holders only when some are given (an empty list is an absent field)", () => {
    const h = basicCluster();
    const status = { type: "setShardStatus", atMs: at, collection: "docs", shardId: 0 } as const;
    expect(h.apply({ ...status, status: "active", holderNodeIds: [] }).ok).toBe(true);
    const shard = shards(h)[0] as Shard;
    const holders = [shard.primaryNodeId, ...shard.replicaNodeIds];
    expect(h.apply({ ...status, status: "active", holderNodeIds: holders }).ok).toBe(true);
    expect(
      h.apply({ ...status, status: "active", holderNodeIds: [...holders].reverse() }),
    ).toMatchObject({
      ok: false,
      rule: "shard.holders_changed",
    });
    // With their since indexes (all 4, the create's): the same holders, each since then.
    const since = holders.map(() => 4);
    expect(
      h.apply({ ...status, status: "active", holderNodeIds: holders, holderSinceIndexes: since })
        .ok,
    ).toBe(true);
    // A holder since later in the proposer's view than now, or earlier: it lost the shard and
    // got it back in between (one side or the other), so its copy may miss writes.
    for (const other of [9, 3]) {
      const changed = [other, ...since.slice(1)];
      expect(
        h.apply({
          ...status,
          status: "active",
          holderNodeIds: holders,
          holderSinceIndexes: changed,
        }),
      ).toMatchObject({
        ok: false,
        rule: "shard.holders_changed",
        reason: expect.stringContaining("lost the shard and got it back"),
      });
    }
  });

  it("covers every rule", () => {
    const tested = new Set<string>(CASES.map((testCase) => testCase.rule));
    tested.add("query.unknown"); // below
    expect(RULES.filter((rule) => !tested.has(rule))).toEqual([]);
  });

  it("query.unknown: a query of an unknown type", () => {
    const h = basicCluster();
    const response = h.projector.query({ type: "bogus" } as unknown as MetadataQuery);
    expect(response).toMatchObject({ ok: false, rule: "query.unknown" });
  });

  it("queries for missing things answer with the rule", () => {
    const h = basicCluster();
    expect(h.projector.query({ type: "getCollection", name: "nope" })).toMatchObject({
      ok: false,
      rule: "collection.unknown",
    });
    expect(h.projector.query({ type: "resolveAlias", alias: "nope" })).toMatchObject({
      ok: false,
      rule: "alias.unknown",
    });
    expect(h.projector.query({ type: "shardsOfCollection", collection: "nope" })).toMatchObject({
      ok: false,
      rule: "collection.unknown",
    });
  });
});
