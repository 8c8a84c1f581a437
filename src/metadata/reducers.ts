/**
 * The metadata events that change the view without running placement (docs/architecture.md,
 * "Event-sourced metadata"): node labels, capacity, address and role, shard statistics,
 * aliases, collection drops, migrations, primaries and shard status. Each checks its rules
 * against the view and returns the rejection, or changes the view and returns undefined;
 * MetadataProjector.applyEvent dispatches to them (the events that place shards are methods
 * of the projector, which owns the placement caches).
 */
import { holdersOf, withHolderRecords } from "./holder-records.js";
import type { MetadataEvent, Shard } from "./model.js";
import type { Rejection } from "./rules.js";
import * as rules from "./rules.js";
import { type MetadataView, sortedLabels } from "./view.js";

export function updateNodeLabels(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "updateNodeLabels" }>,
): Rejection | undefined {
  const rejection =
    rules.checkNodeKnown(view, event.nodeId) ??
    rules.checkLabelCount(event.labels) ??
    rules.checkLabelFormat(event.labels);
  if (rejection) return rejection;
  const node = view.nodes.get(event.nodeId)!;
  view.nodes.set(node.id, { ...node, labels: sortedLabels(event.labels) });
  return undefined;
}

export function updateNodeCapacity(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "updateNodeCapacity" }>,
): Rejection | undefined {
  const rejection =
    rules.checkNodeKnown(view, event.nodeId) ?? rules.checkCapacity(event.capacityBytes);
  if (rejection) return rejection;
  const node = view.nodes.get(event.nodeId)!;
  view.nodes.set(node.id, { ...node, capacityBytes: event.capacityBytes });
  return undefined;
}

export function updateNodeAddress(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "updateNodeAddress" }>,
): Rejection | undefined {
  const rejection =
    rules.checkNodeKnown(view, event.nodeId) ??
    rules.checkAddressFormat(event.address) ??
    rules.checkAddressFree(view, event.address, event.nodeId);
  if (rejection) return rejection;
  const node = view.nodes.get(event.nodeId)!;
  view.nodes.set(node.id, { ...node, address: event.address });
  return undefined;
}

/** Records a holder's numbers on each shard it still holds; other entries are skipped. */
export function reportShardStats(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "reportShardStats" }>,
): Rejection | undefined {
  const rejection =
    rules.checkNodeKnown(view, event.nodeId) ?? rules.checkStatsReport(event.shards);
  if (rejection) return rejection;
  const changed = new Map<string, Shard[]>();
  for (const entry of event.shards) {
    const shards = changed.get(entry.collection) ?? view.shards.get(entry.collection);
    const shard = shards?.[entry.shardId];
    if (shards === undefined || shard === undefined || !holdersOf(shard).includes(event.nodeId)) {
      continue;
    }
    const report = {
      nodeId: event.nodeId,
      vectorCount: entry.vectorCount,
      bytes: entry.bytes,
      reportedAtMs: event.atMs,
    };
    const stats = [...(shard.stats ?? []).filter((s) => s.nodeId !== event.nodeId), report].sort(
      (a, b) => a.nodeId - b.nodeId,
    );
    const next = [...shards];
    next[entry.shardId] = { ...shard, stats };
    changed.set(entry.collection, next);
  }
  for (const [collection, shards] of changed) view.shards.set(collection, shards);
  return undefined;
}

export function updateNodeRole(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "updateNodeRole" }>,
): Rejection | undefined {
  const rejection = rules.checkNodeKnown(view, event.nodeId) ?? rules.checkNodeRole(event.role);
  if (rejection) return rejection;
  const node = view.nodes.get(event.nodeId)!;
  view.nodes.set(node.id, { ...node, role: event.role });
  return undefined;
}

export function dropCollection(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "dropCollection" }>,
): Rejection | undefined {
  const rejection =
    rules.checkCollectionKnown(view, event.name) ?? rules.checkNoAliases(view, event.name);
  if (rejection) return rejection;
  view.collections.delete(event.name);
  view.shards.delete(event.name);
  view.placementPending.delete(event.name);
  return undefined;
}

export function createAlias(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "createAlias" }>,
): Rejection | undefined {
  const rejection =
    rules.checkAliasName(event.alias) ??
    rules.checkAliasNew(view, event.alias) ??
    rules.checkAliasNotCollection(view, event.alias) ??
    rules.checkAliasTarget(view, event.collection);
  if (rejection) return rejection;
  view.aliases.set(event.alias, event.collection);
  return undefined;
}

export function deleteAlias(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "deleteAlias" }>,
): Rejection | undefined {
  const rejection = rules.checkAliasKnown(view, event.alias);
  if (rejection) return rejection;
  view.aliases.delete(event.alias);
  return undefined;
}

export function switchAlias(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "switchAlias" }>,
): Rejection | undefined {
  const rejection =
    rules.checkAliasKnown(view, event.alias) ?? rules.checkAliasTarget(view, event.collection);
  if (rejection) return rejection;
  view.aliases.set(event.alias, event.collection);
  return undefined;
}

function shardOf(view: MetadataView, collection: string, shardId: number): Shard {
  return (view.shards.get(collection) as readonly Shard[])[shardId] as Shard;
}

/**
 * Stores `shard` (its holder records brought up to date: withHolderRecords) in a new array for
 * its collection: shard arrays are never changed in place (view.ts).
 */
function setShard(view: MetadataView, shard: Shard): void {
  const shards = [...(view.shards.get(shard.collection) as readonly Shard[])];
  shards[shard.shardId] = withHolderRecords(shard, shards[shard.shardId], view.appliedIndex);
  view.shards.set(shard.collection, shards);
}

export function startMigration(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "startMigration" }>,
): Rejection | undefined {
  const missing = rules.checkShardKnown(view, event.collection, event.shardId);
  if (missing) return missing;
  const shard = shardOf(view, event.collection, event.shardId);
  const rejection =
    rules.checkNoMigration(shard) ??
    rules.checkSourceIsReplica(shard, event.sourceNodeId) ??
    rules.checkTotalKeys(event.totalKeys) ??
    rules.checkAssignableNode(view, event.targetNodeId) ??
    rules.checkTargetNotReplica(shard, event.targetNodeId);
  if (rejection) return rejection;
  setShard(view, {
    ...shard,
    status: "migrating",
    migration: {
      sourceNodeId: event.sourceNodeId,
      targetNodeId: event.targetNodeId,
      totalKeys: event.totalKeys,
      startedAtMs: event.atMs,
    },
  });
  return undefined;
}

export function completeMigration(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "completeMigration" }>,
): Rejection | undefined {
  const missing = rules.checkShardKnown(view, event.collection, event.shardId);
  if (missing) return missing;
  const shard = shardOf(view, event.collection, event.shardId);
  const rejection =
    rules.checkMigrating(shard) ?? rules.checkAssignableNode(view, shard.migration!.targetNodeId);
  if (rejection) return rejection;
  const { sourceNodeId, targetNodeId } = shard.migration!;
  const swap = (id: number): number => (id === sourceNodeId ? targetNodeId : id);
  setShard(view, {
    collection: shard.collection,
    shardId: shard.shardId,
    primaryNodeId: swap(shard.primaryNodeId),
    replicaNodeIds: shard.replicaNodeIds.map(swap),
    status: "active",
  });
  return undefined;
}

export function abortMigration(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "abortMigration" }>,
): Rejection | undefined {
  const missing = rules.checkShardKnown(view, event.collection, event.shardId);
  if (missing) return missing;
  const shard = shardOf(view, event.collection, event.shardId);
  const rejection = rules.checkMigrating(shard);
  if (rejection) return rejection;
  setShard(view, withoutMigration(shard, "active"));
  return undefined;
}

export function promotePrimary(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "promotePrimary" }>,
): Rejection | undefined {
  const missing = rules.checkShardKnown(view, event.collection, event.shardId);
  if (missing) return missing;
  const shard = shardOf(view, event.collection, event.shardId);
  const rejection =
    rules.checkAssignableNode(view, event.nodeId) ?? rules.checkIsReplica(shard, event.nodeId);
  if (rejection) return rejection;
  if (shard.primaryNodeId === event.nodeId) return undefined;
  setShard(view, {
    ...shard,
    primaryNodeId: event.nodeId,
    replicaNodeIds: shard.replicaNodeIds.map((id) =>
      id === event.nodeId ? shard.primaryNodeId : id,
    ),
  });
  return undefined;
}

export function setShardStatus(
  view: MetadataView,
  event: Extract<MetadataEvent, { type: "setShardStatus" }>,
): Rejection | undefined {
  const missing = rules.checkShardKnown(view, event.collection, event.shardId);
  if (missing) return missing;
  const shard = shardOf(view, event.collection, event.shardId);
  const rejection =
    rules.checkShardStatus(event.status) ??
    rules.checkStatusNotMigrating(event.status) ??
    rules.checkNoMigration(shard) ??
    rules.checkHoldersUnchanged(shard, event.holderNodeIds, event.holderSinceIndexes);
  if (rejection) return rejection;
  setShard(view, { ...shard, status: event.status });
  return undefined;
}

function withoutMigration(shard: Shard, status: Shard["status"]): Shard {
  return {
    collection: shard.collection,
    shardId: shard.shardId,
    primaryNodeId: shard.primaryNodeId,
    replicaNodeIds: shard.replicaNodeIds,
    status,
  };
}
