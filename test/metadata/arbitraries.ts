/**
 * fast-check generators of metadata events over a small universe (nodes 1..6, a few names),
 * so that random sequences hit both accepted and rejected events of every kind.
 */
import fc from "fast-check";
import type {
  CollectionSpec,
  MetadataEvent,
  MetadataQuery,
  Quantization,
} from "../../src/metadata/index.js";

const nodeId = fc.integer({ min: 0, max: 6 });
const knownNodeId = fc.integer({ min: 1, max: 6 });
const name = fc.constantFrom("a", "b", "c", "x", "a", "b", "bad name");
const shardId = fc.integer({ min: 0, max: 6 });
const atMs = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 0, max: 2_000_000_000_000 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);
const labels = fc.dictionary(
  fc.constantFrom("zone", "rack", "bad key"),
  fc.string({ maxLength: 4 }),
  {
    maxKeys: 3,
  },
);
const role = fc.constantFrom("voter" as const, "learner" as const);
const nodeStatus = fc.constantFrom("online" as const, "suspect" as const, "offline" as const);
const shardStatus = fc.constantFrom(
  "active" as const,
  "replicating" as const,
  "offline" as const,
  "migrating" as const,
);

const quantization: fc.Arbitrary<Quantization> = fc.oneof(
  fc.constant({ kind: "none" as const }),
  fc.constant({ kind: "scalar" as const }),
  fc.constant({ kind: "binary" as const }),
  fc.record({
    kind: fc.constant("product" as const),
    subspaces: fc.constantFrom(2, 3),
    k: fc.constantFrom(256, 1),
  }),
);

const spec: fc.Arbitrary<CollectionSpec> = fc.record({
  name,
  dimensions: fc.constantFrom(8, 16, 16, 0),
  metric: fc.constantFrom(
    "euclidean" as const,
    "cosine" as const,
    "dotProduct" as const,
    "manhattan" as const,
  ),
  hnsw: fc.record({
    m: fc.constantFrom(0, 16, 64),
    efConstruction: fc.constantFrom(0, 32, 300),
    efSearch: fc.constantFrom(0, 50),
    maxElements: fc.constantFrom(0, 1000),
  }),
  quantization,
  onDiskPayload: fc.boolean(),
  shardCount: fc.integer({ min: 0, max: 6 }),
  replicationFactor: fc.integer({ min: 0, max: 4 }),
});

const shardRef = { collection: name, shardId };

export const eventArbitrary: fc.Arbitrary<MetadataEvent> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constant("registerNode" as const),
      atMs,
      nodeId,
      address: fc.constantFrom(
        "10.0.0.1:7000",
        "10.0.0.2:7000",
        "10.0.0.3:7000",
        "h4:1",
        "h5:1",
        "h6:1",
        "bad",
      ),
      capacityBytes: fc.integer({ min: 0, max: 1 << 30 }),
      labels,
      role,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("updateNodeStatus" as const),
      atMs,
      nodeId: knownNodeId,
      status: nodeStatus,
    }),
  },
  fc.record({ type: fc.constant("updateNodeLabels" as const), atMs, nodeId: knownNodeId, labels }),
  fc.record({
    type: fc.constant("updateNodeCapacity" as const),
    atMs,
    nodeId: knownNodeId,
    capacityBytes: fc.integer({ min: 0, max: 1 << 30 }),
  }),
  fc.record({ type: fc.constant("updateNodeRole" as const), atMs, nodeId: knownNodeId, role }),
  fc.record({ type: fc.constant("removeNode" as const), atMs, nodeId: knownNodeId }),
  fc.record({
    type: fc.constant("reportShardStats" as const),
    atMs,
    nodeId: knownNodeId,
    shards: fc.array(
      fc.record({
        collection: name,
        shardId: fc.integer({ min: 0, max: 8 }),
        vectorCount: fc.integer({ min: 0, max: 1_000_000 }),
        bytes: fc.integer({ min: 0, max: 1 << 30 }),
      }),
      { maxLength: 4 },
    ),
  }),
  fc.record({
    type: fc.constant("drainNode" as const),
    atMs,
    nodeId: knownNodeId,
    draining: fc.boolean(),
  }),
  fc.record({
    type: fc.constant("updateNodeAddress" as const),
    atMs,
    nodeId: knownNodeId,
    address: fc.constantFrom("10.0.0.1:7000", "10.0.0.9:7000", "data-host:8080", "bad address"),
  }),
  fc.record({
    type: fc.constant("setClusterSettings" as const),
    atMs,
    settings: fc.record({
      replicationFactor: fc.integer({ min: 0, max: 4 }),
      shardCount: fc.integer({ min: 1, max: 8 }),
      heartbeatIntervalMs: fc.constant(1000),
      nodeTimeoutMs: fc.constantFrom(500, 5000),
      spreadLabel: fc.constantFrom("", "zone", "bad label"),
      concurrentMigrationsMax: fc.constantFrom(0, 1, 4),
    }),
  }),
  {
    weight: 6,
    arbitrary: fc.record({ type: fc.constant("createCollection" as const), atMs, spec }),
  },
  fc.record({
    type: fc.constant("updateCollection" as const),
    atMs,
    name,
    efSearch: fc.constantFrom(0, 64),
    replicationFactor: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ type: fc.constant("dropCollection" as const), atMs, name }),
  fc.record({ type: fc.constant("createAlias" as const), atMs, alias: name, collection: name }),
  fc.record({ type: fc.constant("deleteAlias" as const), atMs, alias: name }),
  fc.record({ type: fc.constant("switchAlias" as const), atMs, alias: name, collection: name }),
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("startMigration" as const),
      atMs,
      ...shardRef,
      sourceNodeId: knownNodeId,
      targetNodeId: knownNodeId,
      totalKeys: fc.integer({ min: 0, max: 1_000_000 }),
    }),
  },
  fc.record({ type: fc.constant("completeMigration" as const), atMs, ...shardRef }),
  fc.record({ type: fc.constant("abortMigration" as const), atMs, ...shardRef }),
  fc.record({
    type: fc.constant("promotePrimary" as const),
    atMs,
    ...shardRef,
    nodeId: knownNodeId,
  }),
  fc.record(
    {
      type: fc.constant("setShardStatus" as const),
      atMs,
      ...shardRef,
      status: shardStatus,
      holderNodeIds: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }),
      holderSinceIndexes: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ["type", "atMs", "collection", "shardId", "status"] },
  ),
  fc.record({
    type: fc.constant("rebalance" as const),
    atMs,
    collection: fc.constantFrom("", "a", "b", "zz"),
  }),
);

/** A few valid registrations first (so that collections can be placed), then anything. */
const prelude: fc.Arbitrary<MetadataEvent[]> = fc
  .subarray([1, 2, 3, 4, 5], { minLength: 2 })
  .map((ids) =>
    ids.map((id) => ({
      type: "registerNode" as const,
      atMs: 1000 + id,
      nodeId: id,
      address: `node-${id}:7000`,
      capacityBytes: 1 << 30,
      labels: { zone: `z${id % 2}` },
      role: id === 5 ? ("learner" as const) : ("voter" as const),
    })),
  );

export const eventsArbitrary = fc
  .tuple(prelude, fc.array(eventArbitrary, { minLength: 1, maxLength: 60, size: "max" }))
  .map(([head, tail]) => [...head, ...tail]);

export const queryArbitrary: fc.Arbitrary<MetadataQuery> = fc.oneof(
  fc.constant({ type: "listCollections" as const }),
  fc.record({ type: fc.constant("getCollection" as const), name }),
  fc.record({ type: fc.constant("resolveAlias" as const), alias: name }),
  fc.constant({ type: "listAliases" as const }),
  fc.record({ type: fc.constant("shardsOfCollection" as const), collection: name }),
  fc.record({ type: fc.constant("shardsOnNode" as const), nodeId }),
  fc.constant({ type: "listNodes" as const }),
  fc.constant({ type: "getSettings" as const }),
);
