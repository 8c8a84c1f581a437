/**
 * Protobuf mapping of the metadata model's pieces (nodes, settings, collection specs,
 * collections, shards, aliases, labels, enums) for the metadata codec (codec.ts has the rules
 * every encoding follows; src/proto/metadata.proto documents every field).
 */
import type { metadataTypes } from "../proto/metadata-index.js";
import type {
  Alias,
  ClusterSettings,
  Collection,
  CollectionSpec,
  DistanceMetric,
  Labels,
  NodeInfo,
  NodeRole,
  NodeStatus,
  Quantization,
  Shard,
  ShardStatus,
} from "./model.js";
import { compareStrings } from "./view.js";

// ---- enums -------------------------------------------------------------------------------------

function enumCodec<Name extends string>(names: readonly Name[]) {
  return {
    encode: (name: Name): number => names.indexOf(name) + 1,
    decode: (value: number | null | undefined): Name =>
      (names[(value ?? 0) - 1] ?? `unknown(${value ?? 0})`) as Name,
  };
}
export const nodeStatus = enumCodec<NodeStatus>(["online", "suspect", "offline"]);
export const nodeRole = enumCodec<NodeRole>(["voter", "learner"]);
export const metric = enumCodec<DistanceMetric>(["euclidean", "cosine", "dotProduct", "manhattan"]);
export const shardStatus = enumCodec<ShardStatus>([
  "active",
  "migrating",
  "replicating",
  "offline",
]);

// ---- model pieces ------------------------------------------------------------------------------

export function labelsToProto(labels: Labels): metadataTypes.metadata.Label.$Properties[] {
  return Object.keys(labels)
    .sort(compareStrings)
    .map((key) => ({ key, value: labels[key] as string }));
}

export function labelsFromProto(labels: metadataTypes.metadata.Label.$Shape[] | null | undefined) {
  return Object.fromEntries(
    (labels ?? []).map((label) => [label.key ?? "", label.value ?? ""]),
  ) as Labels;
}

export function nodeToProto(node: NodeInfo): metadataTypes.metadata.Node.$Properties {
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

export function nodeFromProto(node: metadataTypes.metadata.Node.$Shape): NodeInfo {
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

export function settingsFromProto(
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

export function settingsToProto(settings: ClusterSettings) {
  return {
    replicationFactor: settings.replicationFactor,
    shardCount: settings.shardCount,
    heartbeatIntervalMs: settings.heartbeatIntervalMs,
    nodeTimeoutMs: settings.nodeTimeoutMs,
    spreadLabel: settings.spreadLabel,
    concurrentMigrationsMax: settings.concurrentMigrationsMax,
  };
}

export function quantizationToProto(
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

export function quantizationFromProto(
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

export function specToProto(
  spec: CollectionSpec,
): metadataTypes.metadata.CollectionSpec.$Properties {
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

export function specFromProto(
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

export function collectionToProto(collection: Collection) {
  return {
    spec: specToProto(collection.spec),
    createdAtMs: collection.createdAtMs,
    updatedAtMs: collection.updatedAtMs,
  };
}

export function collectionFromProto(
  collection: metadataTypes.metadata.Collection.$Shape,
): Collection {
  return {
    spec: specFromProto(collection.spec),
    createdAtMs: collection.createdAtMs ?? 0,
    updatedAtMs: collection.updatedAtMs ?? 0,
  };
}

export function shardToProto(shard: Shard): metadataTypes.metadata.Shard.$Properties {
  return {
    collection: shard.collection,
    shardId: shard.shardId,
    primaryNodeId: shard.primaryNodeId,
    replicaNodeIds: [...shard.replicaNodeIds],
    status: shardStatus.encode(shard.status),
    ...(shard.migration === undefined ? {} : { migration: { ...shard.migration } }),
    ...(shard.stats === undefined ? {} : { stats: shard.stats.map((stats) => ({ ...stats })) }),
    ...(shard.holderSince === undefined
      ? {}
      : { holderSince: shard.holderSince.map((since) => ({ ...since })) }),
  };
}

export function shardFromProto(shard: metadataTypes.metadata.Shard.$Shape): Shard {
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
  if (shard.holderSince && shard.holderSince.length > 0) {
    decoded.holderSince = shard.holderSince.map((since) => ({
      nodeId: since.nodeId ?? 0,
      sinceIndex: since.sinceIndex ?? 0,
    }));
  }
  return decoded;
}

export const aliasToProto = (alias: Alias) => ({ name: alias.name, collection: alias.collection });
export const aliasFromProto = (alias: metadataTypes.metadata.Alias.$Shape): Alias => ({
  name: alias.name ?? "",
  collection: alias.collection ?? "",
});
