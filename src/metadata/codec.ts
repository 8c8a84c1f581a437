/**
 * Protobuf encoding of the metadata model (src/proto/metadata.proto documents every field).
 *
 * - Encoding writes every field of the plain model, lists sorted where the model is unordered
 *   (labels by key; snapshots sort everything), so equal values give equal bytes.
 * - decodeCommand never throws: bytes that do not decode become an `undecodable` event, which
 *   apply rejects (rule event.undecodable) identically on every replica.
 * - An enum number this version does not know decodes to the string `unknown(<n>)`, which
 *   validation rejects (node.status.invalid, ...); values are never guessed.
 * - decodeSnapshot throws on a snapshot it cannot trust (unknown format version, unsafe
 *   integers, broken invariants): restoring a corrupt snapshot is an operating error.
 */
import type { StateMachineCodec } from "../node/state-machine.js";
import { type metadataTypes, metadataProto as proto } from "../proto/metadata-index.js";
import { MalformedDataError } from "../util/errors.js";
import { readFieldRuns } from "../util/protobuf-stream.js";
import type {
  Alias,
  ClusterSettings,
  Collection,
  CollectionSpec,
  DistanceMetric,
  Labels,
  MetadataEvent,
  MetadataQuery,
  MetadataResponse,
  MetadataResult,
  NodeInfo,
  NodeRole,
  NodeStatus,
  Quantization,
  Shard,
  ShardStatus,
} from "./model.js";
import { compareStrings, emptyView, type MetadataView } from "./view.js";

type P = typeof metadataTypes.metadata;
export const SNAPSHOT_FORMAT_VERSION = 1;

// ---- enums -------------------------------------------------------------------------------------

function enumCodec<Name extends string>(names: readonly Name[]) {
  return {
    encode: (name: Name): number => names.indexOf(name) + 1,
    decode: (value: number | null | undefined): Name =>
      (names[(value ?? 0) - 1] ?? `unknown(${value ?? 0})`) as Name,
  };
}
const nodeStatus = enumCodec<NodeStatus>(["online", "suspect", "offline"]);
const nodeRole = enumCodec<NodeRole>(["voter", "learner"]);
const metric = enumCodec<DistanceMetric>(["euclidean", "cosine", "dotProduct", "manhattan"]);
const shardStatus = enumCodec<ShardStatus>(["active", "migrating", "replicating", "offline"]);

// ---- model pieces ------------------------------------------------------------------------------

function labelsToProto(labels: Labels): metadataTypes.metadata.Label.$Properties[] {
  return Object.keys(labels)
    .sort(compareStrings)
    .map((key) => ({ key, value: labels[key] as string }));
}

function labelsFromProto(labels: metadataTypes.metadata.Label.$Shape[] | null | undefined) {
  return Object.fromEntries(
    (labels ?? []).map((label) => [label.key ?? "", label.value ?? ""]),
  ) as Labels;
}

function nodeToProto(node: NodeInfo): metadataTypes.metadata.Node.$Properties {
  return {
    id: node.id,
    address: node.address,
    capacityBytes: node.capacityBytes,
    labels: labelsToProto(node.labels),
    status: nodeStatus.encode(node.status),
    role: nodeRole.encode(node.role),
    registeredAtMs: node.registeredAtMs,
    statusChangedAtMs: node.statusChangedAtMs,
    draining: node.draining,
  };
}

function nodeFromProto(node: metadataTypes.metadata.Node.$Shape): NodeInfo {
  return {
    id: node.id ?? 0,
    address: node.address ?? "",
    capacityBytes: node.capacityBytes ?? 0,
    labels: labelsFromProto(node.labels),
    status: nodeStatus.decode(node.status),
    role: nodeRole.decode(node.role),
    registeredAtMs: node.registeredAtMs ?? 0,
    statusChangedAtMs: node.statusChangedAtMs ?? 0,
    draining: node.draining ?? false,
  };
}

function settingsFromProto(
  settings: metadataTypes.metadata.ClusterSettings.$Shape | null | undefined,
): ClusterSettings {
  return {
    replicationFactor: settings?.replicationFactor ?? 0,
    shardCount: settings?.shardCount ?? 0,
    heartbeatIntervalMs: settings?.heartbeatIntervalMs ?? 0,
    nodeTimeoutMs: settings?.nodeTimeoutMs ?? 0,
    spreadLabel: settings?.spreadLabel ?? "",
    concurrentMigrationsMax: settings?.concurrentMigrationsMax ?? 0,
  };
}

function settingsToProto(settings: ClusterSettings) {
  return {
    replicationFactor: settings.replicationFactor,
    shardCount: settings.shardCount,
    heartbeatIntervalMs: settings.heartbeatIntervalMs,
    nodeTimeoutMs: settings.nodeTimeoutMs,
    spreadLabel: settings.spreadLabel,
    concurrentMigrationsMax: settings.concurrentMigrationsMax,
  };
}

function quantizationToProto(
  quantization: Quantization,
): metadataTypes.metadata.Quantization.$Properties {
  switch (quantization.kind) {
    case "none":
      return { none: {} };
    case "scalar":
      return { scalar: {} };
    case "product":
      return { product: { subspaces: quantization.subspaces, k: quantization.k } };
    case "binary":
      return { binary: {} };
    default:
      return {};
  }
}

function quantizationFromProto(
  quantization: metadataTypes.metadata.Quantization.$Shape | null | undefined,
): Quantization {
  if (quantization?.product) {
    return {
      kind: "product",
      subspaces: quantization.product.subspaces ?? 0,
      k: quantization.product.k ?? 0,
    };
  }
  if (quantization?.scalar) return { kind: "scalar" };
  if (quantization?.binary) return { kind: "binary" };
  return { kind: "none" };
}

function specToProto(spec: CollectionSpec): metadataTypes.metadata.CollectionSpec.$Properties {
  return {
    name: spec.name,
    dimensions: spec.dimensions,
    metric: metric.encode(spec.metric),
    hnsw: {
      m: spec.hnsw.m,
      efConstruction: spec.hnsw.efConstruction,
      efSearch: spec.hnsw.efSearch,
      maxElements: spec.hnsw.maxElements,
    },
    quantization: quantizationToProto(spec.quantization),
    onDiskPayload: spec.onDiskPayload,
    shardCount: spec.shardCount,
    replicationFactor: spec.replicationFactor,
  };
}

function specFromProto(
  spec: metadataTypes.metadata.CollectionSpec.$Shape | null | undefined,
): CollectionSpec {
  return {
    name: spec?.name ?? "",
    dimensions: spec?.dimensions ?? 0,
    metric: metric.decode(spec?.metric),
    hnsw: {
      m: spec?.hnsw?.m ?? 0,
      efConstruction: spec?.hnsw?.efConstruction ?? 0,
      efSearch: spec?.hnsw?.efSearch ?? 0,
      maxElements: spec?.hnsw?.maxElements ?? 0,
    },
    quantization: quantizationFromProto(spec?.quantization),
    onDiskPayload: spec?.onDiskPayload ?? false,
    shardCount: spec?.shardCount ?? 0,
    replicationFactor: spec?.replicationFactor ?? 0,
  };
}

function collectionToProto(collection: Collection) {
  return {
    spec: specToProto(collection.spec),
    createdAtMs: collection.createdAtMs,
    updatedAtMs: collection.updatedAtMs,
  };
}

function collectionFromProto(collection: metadataTypes.metadata.Collection.$Shape): Collection {
  return {
    spec: specFromProto(collection.spec),
    createdAtMs: collection.createdAtMs ?? 0,
    updatedAtMs: collection.updatedAtMs ?? 0,
  };
}

function shardToProto(shard: Shard): metadataTypes.metadata.Shard.$Properties {
  return {
    collection: shard.collection,
    shardId: shard.shardId,
    primaryNodeId: shard.primaryNodeId,
    replicaNodeIds: [...shard.replicaNodeIds],
    status: shardStatus.encode(shard.status),
    ...(shard.migration === undefined ? {} : { migration: { ...shard.migration } }),
    ...(shard.stats === undefined ? {} : { stats: shard.stats.map((stats) => ({ ...stats })) }),
  };
}

function shardFromProto(shard: metadataTypes.metadata.Shard.$Shape): Shard {
  const decoded: Shard = {
    collection: shard.collection ?? "",
    shardId: shard.shardId ?? 0,
    primaryNodeId: shard.primaryNodeId ?? 0,
    replicaNodeIds: [...(shard.replicaNodeIds ?? [])],
    status: shardStatus.decode(shard.status),
  };
  const migration = shard.migration;
  if (migration) {
    decoded.migration = {
      sourceNodeId: migration.sourceNodeId ?? 0,
      targetNodeId: migration.targetNodeId ?? 0,
      totalKeys: migration.totalKeys ?? 0,
      startedAtMs: migration.startedAtMs ?? 0,
    };
  }
  if (shard.stats && shard.stats.length > 0) {
    decoded.stats = shard.stats.map((stats) => ({
      nodeId: stats.nodeId ?? 0,
      vectorCount: stats.vectorCount ?? 0,
      bytes: stats.bytes ?? 0,
      reportedAtMs: stats.reportedAtMs ?? 0,
    }));
  }
  return decoded;
}

const aliasToProto = (alias: Alias) => ({ name: alias.name, collection: alias.collection });
const aliasFromProto = (alias: metadataTypes.metadata.Alias.$Shape): Alias => ({
  name: alias.name ?? "",
  collection: alias.collection ?? "",
});

// ---- events ------------------------------------------------------------------------------------

type EventProto = metadataTypes.metadata.MetadataEvent.$Properties;

/** The oneof body of each event type (undecodable events have none). */
function eventBodyToProto(event: MetadataEvent): Omit<EventProto, "atMs"> {
  switch (event.type) {
    case "registerNode":
      return {
        registerNode: {
          nodeId: event.nodeId,
          address: event.address,
          capacityBytes: event.capacityBytes,
          labels: labelsToProto(event.labels),
          role: nodeRole.encode(event.role),
        },
      };
    case "updateNodeStatus":
      return {
        updateNodeStatus: { nodeId: event.nodeId, status: nodeStatus.encode(event.status) },
      };
    case "updateNodeLabels":
      return {
        updateNodeLabels: { nodeId: event.nodeId, labels: labelsToProto(event.labels) },
      };
    case "updateNodeCapacity":
      return {
        updateNodeCapacity: { nodeId: event.nodeId, capacityBytes: event.capacityBytes },
      };
    case "updateNodeRole":
      return { updateNodeRole: { nodeId: event.nodeId, role: nodeRole.encode(event.role) } };
    case "removeNode":
      return { removeNode: { nodeId: event.nodeId } };
    case "setClusterSettings":
      return { setClusterSettings: { settings: settingsToProto(event.settings) } };
    case "createCollection":
      return { createCollection: { spec: specToProto(event.spec) } };
    case "updateCollection":
      return {
        updateCollection: {
          name: event.name,
          efSearch: event.efSearch,
          replicationFactor: event.replicationFactor,
        },
      };
    case "dropCollection":
      return { dropCollection: { name: event.name } };
    case "createAlias":
      return { createAlias: { alias: event.alias, collection: event.collection } };
    case "deleteAlias":
      return { deleteAlias: { alias: event.alias } };
    case "switchAlias":
      return { switchAlias: { alias: event.alias, collection: event.collection } };
    case "startMigration":
      return {
        startMigration: {
          collection: event.collection,
          shardId: event.shardId,
          sourceNodeId: event.sourceNodeId,
          targetNodeId: event.targetNodeId,
          totalKeys: event.totalKeys,
        },
      };
    case "completeMigration":
      return { completeMigration: { collection: event.collection, shardId: event.shardId } };
    case "abortMigration":
      return { abortMigration: { collection: event.collection, shardId: event.shardId } };
    case "promotePrimary":
      return {
        promotePrimary: {
          collection: event.collection,
          shardId: event.shardId,
          nodeId: event.nodeId,
        },
      };
    case "setShardStatus":
      return {
        setShardStatus: {
          collection: event.collection,
          shardId: event.shardId,
          status: shardStatus.encode(event.status),
        },
      };
    case "rebalance":
      return { rebalance: { collection: event.collection } };
    case "drainNode":
      return { drainNode: { nodeId: event.nodeId, draining: event.draining } };
    case "updateNodeAddress":
      return { updateNodeAddress: { nodeId: event.nodeId, address: event.address } };
    case "reportShardStats":
      return {
        reportShardStats: { nodeId: event.nodeId, shards: event.shards.map((s) => ({ ...s })) },
      };
    default:
      return {};
  }
}

export function encodeEvent(event: MetadataEvent): Uint8Array {
  return proto.MetadataEvent.encode({ atMs: event.atMs, ...eventBodyToProto(event) }).finish();
}

/** Never throws (see the module comment). */
export function decodeEvent(bytes: Uint8Array): MetadataEvent {
  let message: ReturnType<P["MetadataEvent"]["decode"]>;
  try {
    message = proto.MetadataEvent.decode(bytes);
  } catch (error) {
    return { type: "undecodable", atMs: 0, reason: `undecodable event: ${String(error)}` };
  }
  return eventFromProto(message);
}

function eventFromProto(message: ReturnType<P["MetadataEvent"]["decode"]>): MetadataEvent {
  const atMs = message.atMs ?? 0;
  switch (message.event) {
    case "registerNode": {
      const body = message.registerNode;
      return {
        type: "registerNode",
        atMs,
        nodeId: body.nodeId ?? 0,
        address: body.address ?? "",
        capacityBytes: body.capacityBytes ?? 0,
        labels: labelsFromProto(body.labels),
        role: nodeRole.decode(body.role),
      };
    }
    case "updateNodeStatus": {
      const body = message.updateNodeStatus;
      const status = nodeStatus.decode(body.status);
      return { type: "updateNodeStatus", atMs, nodeId: body.nodeId ?? 0, status };
    }
    case "updateNodeLabels": {
      const body = message.updateNodeLabels;
      const labels = labelsFromProto(body.labels);
      return { type: "updateNodeLabels", atMs, nodeId: body.nodeId ?? 0, labels };
    }
    case "updateNodeCapacity": {
      const body = message.updateNodeCapacity;
      const capacityBytes = body.capacityBytes ?? 0;
      return { type: "updateNodeCapacity", atMs, nodeId: body.nodeId ?? 0, capacityBytes };
    }
    case "updateNodeRole": {
      const body = message.updateNodeRole;
      return {
        type: "updateNodeRole",
        atMs,
        nodeId: body.nodeId ?? 0,
        role: nodeRole.decode(body.role),
      };
    }
    case "removeNode":
      return { type: "removeNode", atMs, nodeId: message.removeNode.nodeId ?? 0 };
    case "setClusterSettings": {
      const settings = settingsFromProto(message.setClusterSettings.settings);
      return { type: "setClusterSettings", atMs, settings };
    }
    case "createCollection":
      return { type: "createCollection", atMs, spec: specFromProto(message.createCollection.spec) };
    case "updateCollection": {
      const body = message.updateCollection;
      return {
        type: "updateCollection",
        atMs,
        name: body.name ?? "",
        efSearch: body.efSearch ?? 0,
        replicationFactor: body.replicationFactor ?? 0,
      };
    }
    case "dropCollection":
      return { type: "dropCollection", atMs, name: message.dropCollection.name ?? "" };
    default:
      return aliasOrShardEventFromProto(message, atMs);
  }
}

function aliasOrShardEventFromProto(
  message: ReturnType<P["MetadataEvent"]["decode"]>,
  atMs: number,
): MetadataEvent {
  switch (message.event) {
    case "createAlias": {
      const { alias, collection } = message.createAlias;
      return { type: "createAlias", atMs, alias: alias ?? "", collection: collection ?? "" };
    }
    case "deleteAlias":
      return { type: "deleteAlias", atMs, alias: message.deleteAlias.alias ?? "" };
    case "switchAlias": {
      const { alias, collection } = message.switchAlias;
      return { type: "switchAlias", atMs, alias: alias ?? "", collection: collection ?? "" };
    }
    case "startMigration": {
      const body = message.startMigration;
      return {
        type: "startMigration",
        atMs,
        collection: body.collection ?? "",
        shardId: body.shardId ?? 0,
        sourceNodeId: body.sourceNodeId ?? 0,
        targetNodeId: body.targetNodeId ?? 0,
        totalKeys: body.totalKeys ?? 0,
      };
    }
    case "completeMigration": {
      const { collection, shardId } = message.completeMigration;
      return {
        type: "completeMigration",
        atMs,
        collection: collection ?? "",
        shardId: shardId ?? 0,
      };
    }
    case "abortMigration": {
      const { collection, shardId } = message.abortMigration;
      return { type: "abortMigration", atMs, collection: collection ?? "", shardId: shardId ?? 0 };
    }
    case "promotePrimary": {
      const body = message.promotePrimary;
      return {
        type: "promotePrimary",
        atMs,
        collection: body.collection ?? "",
        shardId: body.shardId ?? 0,
        nodeId: body.nodeId ?? 0,
      };
    }
    case "setShardStatus": {
      const body = message.setShardStatus;
      return {
        type: "setShardStatus",
        atMs,
        collection: body.collection ?? "",
        shardId: body.shardId ?? 0,
        status: shardStatus.decode(body.status),
      };
    }
    case "rebalance":
      return { type: "rebalance", atMs, collection: message.rebalance.collection ?? "" };
    case "drainNode": {
      const body = message.drainNode;
      return {
        type: "drainNode",
        atMs,
        nodeId: body.nodeId ?? 0,
        draining: body.draining ?? false,
      };
    }
    case "reportShardStats": {
      const body = message.reportShardStats;
      return {
        type: "reportShardStats",
        atMs,
        nodeId: body.nodeId ?? 0,
        shards: (body.shards ?? []).map((entry) => ({
          collection: entry.collection ?? "",
          shardId: entry.shardId ?? 0,
          vectorCount: entry.vectorCount ?? 0,
          bytes: entry.bytes ?? 0,
        })),
      };
    }
    case "updateNodeAddress": {
      const body = message.updateNodeAddress;
      return {
        type: "updateNodeAddress",
        atMs,
        nodeId: body.nodeId ?? 0,
        address: body.address ?? "",
      };
    }
    default:
      return { type: "undecodable", atMs, reason: "the event has no known body (newer schema?)" };
  }
}

// ---- queries -----------------------------------------------------------------------------------

export function encodeQuery(query: MetadataQuery): Uint8Array {
  const body: metadataTypes.metadata.MetadataQuery.$Properties = (() => {
    switch (query.type) {
      case "listCollections":
        return { listCollections: {} };
      case "getCollection":
        return { getCollection: { name: query.name } };
      case "resolveAlias":
        return { resolveAlias: { alias: query.alias } };
      case "listAliases":
        return { listAliases: {} };
      case "shardsOfCollection":
        return { shardsOfCollection: { collection: query.collection } };
      case "shardsOnNode":
        return { shardsOnNode: { nodeId: query.nodeId } };
      case "listNodes":
        return { listNodes: {} };
      case "getSettings":
        return { getSettings: {} };
      case "watch":
        return { watch: { fromIndex: query.fromIndex, eventsMax: query.eventsMax } };
      default:
        return {};
    }
  })();
  return proto.MetadataQuery.encode(body).finish();
}

/** Throws on bytes that are not a query this version knows (the caller answers with an error). */
export function decodeQuery(bytes: Uint8Array): MetadataQuery {
  const message = decodeOrThrow(() => proto.MetadataQuery.decode(bytes), "metadata query");
  switch (message.query) {
    case "listCollections":
      return { type: "listCollections" };
    case "getCollection":
      return { type: "getCollection", name: message.getCollection.name ?? "" };
    case "resolveAlias":
      return { type: "resolveAlias", alias: message.resolveAlias.alias ?? "" };
    case "listAliases":
      return { type: "listAliases" };
    case "shardsOfCollection":
      return {
        type: "shardsOfCollection",
        collection: message.shardsOfCollection.collection ?? "",
      };
    case "shardsOnNode":
      return { type: "shardsOnNode", nodeId: message.shardsOnNode.nodeId ?? 0 };
    case "listNodes":
      return { type: "listNodes" };
    case "getSettings":
      return { type: "getSettings" };
    case "watch":
      return {
        type: "watch",
        fromIndex: safe(message.watch.fromIndex ?? 0, "watch.from_index"),
        eventsMax: message.watch.eventsMax ?? 0,
      };
    default:
      throw new MalformedDataError("metadata query has no known body");
  }
}

// ---- responses ---------------------------------------------------------------------------------

function resultToProto(result: MetadataResult): metadataTypes.metadata.Ok.$Properties {
  switch (result.type) {
    case "collections":
      return { collections: { collections: result.collections.map(collectionToProto) } };
    case "collection":
      return { collection: collectionToProto(result.collection) };
    case "alias":
      return { alias: aliasToProto(result.alias) };
    case "aliases":
      return { aliases: { aliases: result.aliases.map(aliasToProto) } };
    case "shards":
      return { shards: { shards: result.shards.map(shardToProto) } };
    case "nodes":
      return { nodes: { nodes: result.nodes.map(nodeToProto) } };
    case "settings":
      return { settings: settingsToProto(result.settings) };
    case "events":
      return {
        events: {
          events: result.events.map(({ index, event }) => ({ index, event: encodeEvent(event) })),
          snapshotNeeded: result.snapshot !== undefined,
          snapshot: result.snapshot ?? new Uint8Array(),
        },
      };
    default:
      return {};
  }
}

export function encodeResponse(response: MetadataResponse): Uint8Array {
  if (!response.ok) {
    return proto.MetadataResponse.encode({
      rejected: { rule: response.rule, reason: response.reason },
    }).finish();
  }
  const result = response.result === undefined ? {} : resultToProto(response.result);
  return proto.MetadataResponse.encode({ ok: { index: response.index, ...result } }).finish();
}

export function decodeResponse(bytes: Uint8Array): MetadataResponse {
  const message = decodeOrThrow(() => proto.MetadataResponse.decode(bytes), "metadata response");
  if (message.outcome === "rejected") {
    return { ok: false, rule: message.rejected.rule ?? "", reason: message.rejected.reason ?? "" };
  }
  if (message.outcome !== "ok") throw new MalformedDataError("metadata response has no outcome");
  const ok = message.ok;
  const index = ok.index ?? 0;
  const result = resultFromProto(ok);
  return result === undefined ? { ok: true, index } : { ok: true, index, result };
}

function resultFromProto(ok: metadataTypes.metadata.Ok.$Shape): MetadataResult | undefined {
  switch (ok.result) {
    case "collections":
      return {
        type: "collections",
        collections: (ok.collections.collections ?? []).map(collectionFromProto),
      };
    case "collection":
      return { type: "collection", collection: collectionFromProto(ok.collection) };
    case "alias":
      return { type: "alias", alias: aliasFromProto(ok.alias) };
    case "aliases":
      return { type: "aliases", aliases: (ok.aliases.aliases ?? []).map(aliasFromProto) };
    case "shards":
      return { type: "shards", shards: (ok.shards.shards ?? []).map(shardFromProto) };
    case "nodes":
      return { type: "nodes", nodes: (ok.nodes.nodes ?? []).map(nodeFromProto) };
    case "settings":
      return { type: "settings", settings: settingsFromProto(ok.settings) };
    case "events": {
      const events = (ok.events.events ?? []).map((item) => ({
        index: item.index ?? 0,
        event: decodeEvent(item.event ?? new Uint8Array()),
      }));
      return ok.events.snapshotNeeded
        ? { type: "events", events, snapshot: ok.events.snapshot ?? new Uint8Array() }
        : { type: "events", events };
    }
    default:
      return undefined;
  }
}

// ---- snapshot ----------------------------------------------------------------------------------

/** Items per encoded piece of a streamed snapshot (a piece is one protobuf message). */
const SNAPSHOT_PIECE_ITEMS = 256;
/** The largest record a streamed metadata snapshot may hold (one collection, node, shard...). */
export const SNAPSHOT_RECORD_BYTES_MAX = 16 * 1024 * 1024;

/**
 * The snapshot of `view` as a stream of pieces, each an encoded MetadataSnapshot holding part
 * of the fields; their concatenation is exactly `encodeSnapshot(view)` (protobuf appends
 * repeated fields). Lazy: the view is read as the pieces are taken, so give it a view nobody
 * changes meanwhile (MetadataProjector.snapshot passes a frozen copy).
 * Deterministic: every list sorted, every field written (see metadata.proto).
 */
export function* encodeSnapshotPieces(view: MetadataView): Generator<Uint8Array, void, undefined> {
  yield proto.MetadataSnapshot.encode({
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    appliedIndex: view.appliedIndex,
    settings: settingsToProto(view.settings),
  }).finish();
  const names = [...view.collections.keys()].sort(compareStrings);
  const nodes = [...view.nodes.values()].sort((a, b) => a.id - b.id);
  yield* pieces(nodes, (batch) => ({ nodes: batch.map(nodeToProto) }));
  yield* pieces(names, (batch) => ({
    collections: batch.map((name) => collectionToProto(view.collections.get(name)!)),
  }));
  const aliasNames = [...view.aliases.keys()].sort(compareStrings);
  yield* pieces(aliasNames, (batch) => ({
    aliases: batch.map((name) => ({ name, collection: view.aliases.get(name)! })),
  }));
  for (const name of names) {
    yield* pieces(view.shards.get(name) ?? [], (batch) => ({ shards: batch.map(shardToProto) }));
  }
  yield* pieces([...view.placementPending].sort(compareStrings), (batch) => ({
    placementPending: [...batch],
  }));
}

function* pieces<T>(
  items: readonly T[],
  toMessage: (batch: readonly T[]) => metadataTypes.metadata.MetadataSnapshot.$Properties,
): Generator<Uint8Array, void, undefined> {
  for (let start = 0; start < items.length; start += SNAPSHOT_PIECE_ITEMS) {
    const batch = items.slice(start, start + SNAPSHOT_PIECE_ITEMS);
    yield proto.MetadataSnapshot.encode(toMessage(batch)).finish();
  }
}

/** The whole snapshot of `view` in one buffer (watch responses, tests, tools). */
export function encodeSnapshot(view: MetadataView): Uint8Array {
  return Buffer.concat([...encodeSnapshotPieces(view)]);
}

export function decodeSnapshot(bytes: Uint8Array): MetadataView {
  return viewFromSnapshot(
    decodeOrThrow(() => proto.MetadataSnapshot.decode(bytes), "metadata snapshot"),
  );
}

/** Runs a generated decoder; its exceptions (bad wire types, lengths) become typed. */
function decodeOrThrow<T>(decode: () => T, what: string): T {
  try {
    return decode();
  } catch (error) {
    throw new MalformedDataError(`${what}: not decodable (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/**
 * Decodes a snapshot read as a stream (chunks cut anywhere). Throws FieldStreamError for a
 * stream cut inside a record, and as decodeSnapshot for content it cannot trust.
 */
export async function decodeSnapshotStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<MetadataView> {
  let whole: DecodedSnapshot | undefined;
  for await (const run of readFieldRuns(chunks, {
    maxRecordBytes: SNAPSHOT_RECORD_BYTES_MAX,
    what: "metadata snapshot",
  })) {
    const part = decodeOrThrow(() => proto.MetadataSnapshot.decode(run), "metadata snapshot");
    if (whole === undefined) {
      whole = part;
      continue;
    }
    // Decoded messages hold only the fields present (defaults live on the prototype).
    if (Object.hasOwn(part, "formatVersion")) whole.formatVersion = part.formatVersion;
    if (Object.hasOwn(part, "appliedIndex")) whole.appliedIndex = part.appliedIndex;
    if (part.settings != null) whole.settings = part.settings;
    for (const node of part.nodes) whole.nodes.push(node);
    for (const collection of part.collections) whole.collections.push(collection);
    for (const alias of part.aliases) whole.aliases.push(alias);
    for (const shard of part.shards) whole.shards.push(shard);
    for (const name of part.placementPending) whole.placementPending.push(name);
  }
  return viewFromSnapshot(whole ?? proto.MetadataSnapshot.decode(new Uint8Array()));
}

type DecodedSnapshot = ReturnType<typeof proto.MetadataSnapshot.decode>;

function viewFromSnapshot(message: DecodedSnapshot): MetadataView {
  if (message.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new MalformedDataError(
      `metadata snapshot format ${message.formatVersion} is not supported`,
    );
  }
  const view = emptyView();
  view.appliedIndex = safe(message.appliedIndex ?? 0, "applied index");
  view.settings = settingsFromProto(message.settings);
  for (const node of message.nodes) {
    const decoded = nodeFromProto(node);
    safe(decoded.id, "node id");
    view.nodes.set(decoded.id, decoded);
  }
  // The shard arrays are filled here, before the view is handed out (it never changes them).
  const shardsByCollection = new Map<string, Shard[]>();
  for (const collection of message.collections) {
    const decoded = collectionFromProto(collection);
    view.collections.set(decoded.spec.name, decoded);
    const shards: Shard[] = [];
    shardsByCollection.set(decoded.spec.name, shards);
    view.shards.set(decoded.spec.name, shards);
  }
  for (const alias of message.aliases) {
    view.aliases.set(alias.name ?? "", alias.collection ?? "");
  }
  for (const shard of message.shards) {
    const decoded = shardFromProto(shard);
    const shards = shardsByCollection.get(decoded.collection);
    if (shards === undefined || decoded.shardId !== shards.length) {
      throw new MalformedDataError(
        `metadata snapshot: shard ${decoded.collection}/${decoded.shardId} out of place`,
      );
    }
    shards.push(decoded);
  }
  for (const [name, collection] of view.collections) {
    if (view.shards.get(name)?.length !== collection.spec.shardCount) {
      throw new MalformedDataError(`metadata snapshot: collection ${name} lacks shards`);
    }
  }
  for (const name of message.placementPending) {
    if (!view.collections.has(name)) {
      throw new MalformedDataError(
        `metadata snapshot: pending placement of ${JSON.stringify(name)}, not a collection`,
      );
    }
    view.placementPending.add(name);
  }
  return view;
}

function safe(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MalformedDataError(`metadata snapshot: ${what} ${value} is not a safe integer`);
  }
  return value;
}

export const metadataCodec: StateMachineCodec<MetadataEvent, MetadataResponse, MetadataQuery> = {
  encodeCommand: encodeEvent,
  decodeCommand: decodeEvent,
  encodeQuery,
  decodeQuery,
  encodeResponse,
  decodeResponse,
};
