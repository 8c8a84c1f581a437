/**
 * Validation: one function per rule. A rule returns undefined when the event respects it, or
 * a Rejection naming the rule (a stable string, part of the contract: clients match on it)
 * and explaining why. Rules only read; the projector runs them before any change, so a
 * rejected event changes nothing. Compose them with `??` (lazy: later rules may assume the
 * earlier ones passed).
 */

import { holderSinceIndex } from "./holder-records.js";
import {
  type ClusterSettings,
  DISTANCE_METRICS,
  type HnswConfig,
  type Labels,
  NODE_ROLES,
  NODE_STATUSES,
  type Quantization,
  SHARD_STATUSES,
  type Shard,
  shardReplicas,
} from "./model.js";
import type { MetadataView } from "./view.js";

export interface Rejection {
  rule: RuleName;
  reason: string;
}

/** Every rule, by name. */
export const RULES = [
  "event.undecodable",
  "event.timestamp.range",
  "node.id.range",
  "node.exists",
  "node.unknown",
  "node.address.format",
  "node.address.in_use",
  "node.capacity.range",
  "node.labels.too_many",
  "node.label.format",
  "node.status.invalid",
  "node.role.invalid",
  "node.in_migration",
  "settings.replication_factor.range",
  "settings.shard_count.range",
  "settings.heartbeat_interval.range",
  "settings.node_timeout.range",
  "settings.spread_label.format",
  "settings.concurrent_migrations.range",
  "collection.name.format",
  "collection.exists",
  "collection.name_taken_by_alias",
  "collection.unknown",
  "collection.dimensions.range",
  "collection.metric.invalid",
  "collection.shard_count.range",
  "collection.replication_factor.range",
  "collection.has_aliases",
  "collection.update.empty",
  "hnsw.m.range",
  "hnsw.ef_construction.range",
  "hnsw.ef_construction_below_m",
  "hnsw.ef_search.range",
  "hnsw.max_elements.range",
  "quantization.kind.invalid",
  "quantization.product.subspaces",
  "quantization.product.k.range",
  "placement.insufficient_nodes",
  "alias.name.format",
  "alias.exists",
  "alias.name_taken_by_collection",
  "alias.unknown",
  "alias.target_missing",
  "shard.unknown",
  "shard.unknown_node",
  "shard.node_offline",
  "shard.not_replica",
  "shard.status.invalid",
  "shard.status.migrating_reserved",
  "shard.holders_changed",
  "migration.in_progress",
  "migration.not_in_progress",
  "migration.source_not_replica",
  "migration.target_is_replica",
  "migration.total_keys.range",
  "stats.too_many",
  "stats.range",
  // Queries (not events): a query of a type this version does not know.
  "query.unknown",
] as const;
export type RuleName = (typeof RULES)[number];

// ---- limits (each with its reason) -----------------------------------------------------------

/** Collection and alias names: what fits a path segment and a file name on every platform. */
export const NAME_LENGTH_MAX = 255;
const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
export const DIMENSIONS_MAX = 100_000;
/** A bound on per-node metadata size (labels live in every snapshot). */
export const LABELS_MAX = 64;
export const LABEL_KEY_LENGTH_MAX = 63;
export const LABEL_VALUE_LENGTH_MAX = 255;
const LABEL_KEY_PATTERN = /^[A-Za-z0-9._/-]+$/;
export const ADDRESS_LENGTH_MAX = 255;
export const REPLICATION_FACTOR_MAX = 16;
/** Placement cost is linear in shards; more than this is a configuration mistake. */
export const SHARD_COUNT_MAX = 4096;
export const HEARTBEAT_INTERVAL_MS_MAX = 60_000;
export const NODE_TIMEOUT_MS_MAX = 600_000;
/** More moves at once than this is no longer gradual; 0 (no limit) says so plainly. */
export const CONCURRENT_MIGRATIONS_MAX = 10_000;
export const HNSW_M_MIN = 2;
export const HNSW_M_MAX = 512;
export const HNSW_EF_MAX = 10_000;
export const PRODUCT_K_MIN = 2;
export const PRODUCT_K_MAX = 65_536;

const reject = (rule: RuleName, reason: string): Rejection => ({ rule, reason });
const isIntegerIn = (value: number, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && value >= min && value <= max;

// ---- events ----------------------------------------------------------------------------------

export function checkTimestamp(atMs: number): Rejection | undefined {
  if (isIntegerIn(atMs, 0, Number.MAX_SAFE_INTEGER)) return undefined;
  return reject("event.timestamp.range", `timestamp ${atMs} is not a unix time in ms`);
}

// ---- nodes -----------------------------------------------------------------------------------

export function checkNodeIdRange(nodeId: number): Rejection | undefined {
  if (isIntegerIn(nodeId, 1, 0xffffffff)) return undefined;
  return reject("node.id.range", `node id ${nodeId} is not an integer in [1, 2^32-1]`);
}

export function checkNodeNew(view: MetadataView, nodeId: number): Rejection | undefined {
  if (!view.nodes.has(nodeId)) return undefined;
  return reject("node.exists", `node ${nodeId} is already registered`);
}

export function checkNodeKnown(view: MetadataView, nodeId: number): Rejection | undefined {
  if (view.nodes.has(nodeId)) return undefined;
  return reject("node.unknown", `node ${nodeId} is not registered`);
}

/** "host:port": a non-empty host without spaces, a port in [1, 65535]. */
export function checkAddressFormat(address: string): Rejection | undefined {
  const colon = address.lastIndexOf(":");
  const host = address.slice(0, colon);
  const port = address.slice(colon + 1);
  const valid =
    address.length <= ADDRESS_LENGTH_MAX &&
    colon > 0 &&
    !/\s/.test(host) &&
    /^[0-9]{1,5}$/.test(port) &&
    isIntegerIn(Number(port), 1, 65_535);
  if (valid) return undefined;
  return reject("node.address.format", `address ${JSON.stringify(address)} is not host:port`);
}

/** No registered node but `self` (0 = none) has `address`. */
export function checkAddressFree(
  view: MetadataView,
  address: string,
  self = 0,
): Rejection | undefined {
  for (const node of view.nodes.values()) {
    if (node.address === address && node.id !== self) {
      return reject("node.address.in_use", `address ${address} is node ${node.id}'s`);
    }
  }
  return undefined;
}

export function checkCapacity(capacityBytes: number): Rejection | undefined {
  if (isIntegerIn(capacityBytes, 0, Number.MAX_SAFE_INTEGER)) return undefined;
  return reject("node.capacity.range", `capacity ${capacityBytes} is not a byte count`);
}

export const STATS_ENTRIES_MAX = 10_000;

/** A stats report: at most STATS_ENTRIES_MAX entries of whole, non-negative numbers. */
export function checkStatsReport(
  shards: readonly { vectorCount: number; bytes: number; shardId: number }[],
): Rejection | undefined {
  if (shards.length > STATS_ENTRIES_MAX) {
    return reject(
      "stats.too_many",
      `${shards.length} shard entries in one report, more than ${STATS_ENTRIES_MAX}`,
    );
  }
  for (const entry of shards) {
    for (const [name, value] of [
      ["vector count", entry.vectorCount],
      ["bytes", entry.bytes],
      ["shard id", entry.shardId],
    ] as const) {
      if (!isIntegerIn(value, 0, Number.MAX_SAFE_INTEGER)) {
        return reject("stats.range", `${name} ${value} is not a whole number >= 0`);
      }
    }
  }
  return undefined;
}

export function checkLabelCount(labels: Labels): Rejection | undefined {
  const count = Object.keys(labels).length;
  if (count <= LABELS_MAX) return undefined;
  return reject("node.labels.too_many", `${count} labels, at most ${LABELS_MAX}`);
}

function isLabelKey(key: string): boolean {
  return key.length <= LABEL_KEY_LENGTH_MAX && LABEL_KEY_PATTERN.test(key);
}

export function checkLabelFormat(labels: Labels): Rejection | undefined {
  for (const [key, value] of Object.entries(labels)) {
    if (!isLabelKey(key) || typeof value !== "string" || value.length > LABEL_VALUE_LENGTH_MAX) {
      return reject(
        "node.label.format",
        `label ${JSON.stringify(key)}: keys are 1-${LABEL_KEY_LENGTH_MAX} of [A-Za-z0-9._/-], values at most ${LABEL_VALUE_LENGTH_MAX} characters`,
      );
    }
  }
  return undefined;
}

export function checkNodeStatus(status: string): Rejection | undefined {
  if ((NODE_STATUSES as readonly string[]).includes(status)) return undefined;
  return reject("node.status.invalid", `node status ${JSON.stringify(status)} is unknown`);
}

export function checkNodeRole(role: string): Rejection | undefined {
  if ((NODE_ROLES as readonly string[]).includes(role)) return undefined;
  return reject("node.role.invalid", `node role ${JSON.stringify(role)} is unknown`);
}

export function checkNodeNotMigrating(view: MetadataView, nodeId: number): Rejection | undefined {
  for (const shards of view.shards.values()) {
    for (const shard of shards) {
      const migration = shard.migration;
      if (migration && (migration.sourceNodeId === nodeId || migration.targetNodeId === nodeId)) {
        return reject(
          "node.in_migration",
          `node ${nodeId} takes part in the migration of ${shard.collection}/${shard.shardId}`,
        );
      }
    }
  }
  return undefined;
}

// ---- settings --------------------------------------------------------------------------------

export function checkSettings(settings: ClusterSettings): Rejection | undefined {
  if (!isIntegerIn(settings.replicationFactor, 1, REPLICATION_FACTOR_MAX)) {
    return reject(
      "settings.replication_factor.range",
      `replication factor ${settings.replicationFactor} is not in [1, ${REPLICATION_FACTOR_MAX}]`,
    );
  }
  if (!isIntegerIn(settings.shardCount, 1, SHARD_COUNT_MAX)) {
    return reject(
      "settings.shard_count.range",
      `shard count ${settings.shardCount} is not in [1, ${SHARD_COUNT_MAX}]`,
    );
  }
  if (!isIntegerIn(settings.heartbeatIntervalMs, 1, HEARTBEAT_INTERVAL_MS_MAX)) {
    return reject(
      "settings.heartbeat_interval.range",
      `heartbeat interval ${settings.heartbeatIntervalMs} ms is not in [1, ${HEARTBEAT_INTERVAL_MS_MAX}]`,
    );
  }
  const timeoutMin = settings.heartbeatIntervalMs + 1;
  if (!isIntegerIn(settings.nodeTimeoutMs, timeoutMin, NODE_TIMEOUT_MS_MAX)) {
    return reject(
      "settings.node_timeout.range",
      `node timeout ${settings.nodeTimeoutMs} ms is not in [${timeoutMin}, ${NODE_TIMEOUT_MS_MAX}] (above the heartbeat interval)`,
    );
  }
  if (settings.spreadLabel !== "" && !isLabelKey(settings.spreadLabel)) {
    return reject(
      "settings.spread_label.format",
      `spread label ${JSON.stringify(settings.spreadLabel)} is not a label key: 1-${LABEL_KEY_LENGTH_MAX} of [A-Za-z0-9._/-], or "" for none`,
    );
  }
  if (!isIntegerIn(settings.concurrentMigrationsMax, 0, CONCURRENT_MIGRATIONS_MAX)) {
    return reject(
      "settings.concurrent_migrations.range",
      `concurrent migrations ${settings.concurrentMigrationsMax} is not in [0, ${CONCURRENT_MIGRATIONS_MAX}] (0 = no limit)`,
    );
  }
  return undefined;
}

// ---- collections -----------------------------------------------------------------------------

function isName(name: string): boolean {
  return name.length >= 1 && name.length <= NAME_LENGTH_MAX && NAME_PATTERN.test(name);
}

export function checkCollectionName(name: string): Rejection | undefined {
  if (isName(name)) return undefined;
  return reject(
    "collection.name.format",
    `collection name ${JSON.stringify(name.slice(0, 300))} is not 1-${NAME_LENGTH_MAX} of [A-Za-z0-9_-]`,
  );
}

export function checkCollectionNew(view: MetadataView, name: string): Rejection | undefined {
  if (!view.collections.has(name)) return undefined;
  return reject("collection.exists", `collection ${name} already exists`);
}

export function checkNameNotAlias(view: MetadataView, name: string): Rejection | undefined {
  if (!view.aliases.has(name)) return undefined;
  return reject("collection.name_taken_by_alias", `${name} is an alias`);
}

export function checkCollectionKnown(view: MetadataView, name: string): Rejection | undefined {
  if (view.collections.has(name)) return undefined;
  return reject("collection.unknown", `collection ${JSON.stringify(name)} does not exist`);
}

export function checkDimensions(dimensions: number): Rejection | undefined {
  if (isIntegerIn(dimensions, 1, DIMENSIONS_MAX)) return undefined;
  return reject(
    "collection.dimensions.range",
    `dimensions ${dimensions} is not in [1, ${DIMENSIONS_MAX}]`,
  );
}

export function checkMetric(metric: string): Rejection | undefined {
  if ((DISTANCE_METRICS as readonly string[]).includes(metric)) return undefined;
  return reject(
    "collection.metric.invalid",
    `distance metric ${JSON.stringify(metric)} is unknown`,
  );
}

export function checkCollectionShardCount(shardCount: number): Rejection | undefined {
  if (isIntegerIn(shardCount, 1, SHARD_COUNT_MAX)) return undefined;
  return reject(
    "collection.shard_count.range",
    `shard count ${shardCount} is not in [1, ${SHARD_COUNT_MAX}]`,
  );
}

export function checkCollectionReplicationFactor(factor: number): Rejection | undefined {
  if (isIntegerIn(factor, 1, REPLICATION_FACTOR_MAX)) return undefined;
  return reject(
    "collection.replication_factor.range",
    `replication factor ${factor} is not in [1, ${REPLICATION_FACTOR_MAX}]`,
  );
}

export function checkNoAliases(view: MetadataView, name: string): Rejection | undefined {
  for (const [alias, collection] of view.aliases) {
    if (collection === name) {
      return reject("collection.has_aliases", `alias ${alias} points at ${name}`);
    }
  }
  return undefined;
}

export function checkUpdateChanges(update: {
  efSearch: number;
  replicationFactor: number;
}): Rejection | undefined {
  if (update.efSearch !== 0 || update.replicationFactor !== 0) return undefined;
  return reject("collection.update.empty", "the update changes nothing (every field is 0)");
}

// ---- HNSW and quantization -------------------------------------------------------------------

export function checkHnswM(hnsw: HnswConfig): Rejection | undefined {
  if (isIntegerIn(hnsw.m, HNSW_M_MIN, HNSW_M_MAX)) return undefined;
  return reject("hnsw.m.range", `m ${hnsw.m} is not in [${HNSW_M_MIN}, ${HNSW_M_MAX}]`);
}

export function checkEfConstructionRange(hnsw: HnswConfig): Rejection | undefined {
  if (isIntegerIn(hnsw.efConstruction, 1, HNSW_EF_MAX)) return undefined;
  return reject(
    "hnsw.ef_construction.range",
    `ef_construction ${hnsw.efConstruction} is not in [1, ${HNSW_EF_MAX}]`,
  );
}

export function checkEfConstructionAtLeastM(hnsw: HnswConfig): Rejection | undefined {
  if (hnsw.efConstruction >= hnsw.m) return undefined;
  return reject(
    "hnsw.ef_construction_below_m",
    `ef_construction ${hnsw.efConstruction} is below m ${hnsw.m}`,
  );
}

export function checkEfSearch(efSearch: number): Rejection | undefined {
  if (isIntegerIn(efSearch, 1, HNSW_EF_MAX)) return undefined;
  return reject("hnsw.ef_search.range", `ef_search ${efSearch} is not in [1, ${HNSW_EF_MAX}]`);
}

export function checkMaxElements(hnsw: HnswConfig): Rejection | undefined {
  if (isIntegerIn(hnsw.maxElements, 1, Number.MAX_SAFE_INTEGER)) return undefined;
  return reject("hnsw.max_elements.range", `max_elements ${hnsw.maxElements} is not >= 1`);
}

export function checkQuantizationKind(quantization: Quantization): Rejection | undefined {
  if (["none", "scalar", "product", "binary"].includes(quantization.kind)) return undefined;
  return reject(
    "quantization.kind.invalid",
    `quantization ${JSON.stringify(quantization.kind)} is unknown`,
  );
}

export function checkProductSubspaces(
  quantization: Quantization,
  dimensions: number,
): Rejection | undefined {
  if (quantization.kind !== "product") return undefined;
  const { subspaces } = quantization;
  if (isIntegerIn(subspaces, 1, dimensions) && dimensions % subspaces === 0) return undefined;
  return reject(
    "quantization.product.subspaces",
    `${subspaces} subspaces do not divide ${dimensions} dimensions`,
  );
}

export function checkProductK(quantization: Quantization): Rejection | undefined {
  if (quantization.kind !== "product") return undefined;
  if (isIntegerIn(quantization.k, PRODUCT_K_MIN, PRODUCT_K_MAX)) return undefined;
  return reject(
    "quantization.product.k.range",
    `k ${quantization.k} is not in [${PRODUCT_K_MIN}, ${PRODUCT_K_MAX}]`,
  );
}

export function checkEnoughNodes(
  eligibleNodeCount: number,
  replicationFactor: number,
): Rejection | undefined {
  if (eligibleNodeCount >= replicationFactor) return undefined;
  return reject(
    "placement.insufficient_nodes",
    `replication factor ${replicationFactor} needs that many nodes not offline; there are ${eligibleNodeCount}`,
  );
}

// ---- aliases ---------------------------------------------------------------------------------

export function checkAliasName(alias: string): Rejection | undefined {
  if (isName(alias)) return undefined;
  return reject(
    "alias.name.format",
    `alias ${JSON.stringify(alias.slice(0, 300))} is not 1-${NAME_LENGTH_MAX} of [A-Za-z0-9_-]`,
  );
}

export function checkAliasNew(view: MetadataView, alias: string): Rejection | undefined {
  if (!view.aliases.has(alias)) return undefined;
  return reject("alias.exists", `alias ${alias} already exists`);
}

export function checkAliasNotCollection(view: MetadataView, alias: string): Rejection | undefined {
  if (!view.collections.has(alias)) return undefined;
  return reject("alias.name_taken_by_collection", `${alias} is a collection`);
}

export function checkAliasKnown(view: MetadataView, alias: string): Rejection | undefined {
  if (view.aliases.has(alias)) return undefined;
  return reject("alias.unknown", `alias ${JSON.stringify(alias)} does not exist`);
}

export function checkAliasTarget(view: MetadataView, collection: string): Rejection | undefined {
  if (view.collections.has(collection)) return undefined;
  return reject("alias.target_missing", `collection ${JSON.stringify(collection)} does not exist`);
}

// ---- shards and migrations -------------------------------------------------------------------

/** Checks the collection exists first (rule collection.unknown), then the shard id. */
export function checkShardKnown(
  view: MetadataView,
  collection: string,
  shardId: number,
): Rejection | undefined {
  const missing = checkCollectionKnown(view, collection);
  if (missing) return missing;
  const shards = view.shards.get(collection) ?? [];
  if (Number.isSafeInteger(shardId) && shardId >= 0 && shardId < shards.length) return undefined;
  return reject("shard.unknown", `${collection} has no shard ${shardId} (${shards.length} shards)`);
}

export function checkAssignableNode(view: MetadataView, nodeId: number): Rejection | undefined {
  const node = view.nodes.get(nodeId);
  if (node === undefined) {
    return reject("shard.unknown_node", `node ${nodeId} is not registered`);
  }
  if (node.status === "offline") {
    return reject("shard.node_offline", `node ${nodeId} is offline`);
  }
  return undefined;
}

export function checkIsReplica(shard: Shard, nodeId: number): Rejection | undefined {
  if (shard.primaryNodeId === nodeId || shard.replicaNodeIds.includes(nodeId)) return undefined;
  return reject(
    "shard.not_replica",
    `node ${nodeId} holds no replica of ${shard.collection}/${shard.shardId}`,
  );
}

export function checkShardStatus(status: string): Rejection | undefined {
  if ((SHARD_STATUSES as readonly string[]).includes(status)) return undefined;
  return reject("shard.status.invalid", `shard status ${JSON.stringify(status)} is unknown`);
}

export function checkStatusNotMigrating(status: string): Rejection | undefined {
  if (status !== "migrating") return undefined;
  return reject(
    "shard.status.migrating_reserved",
    "only StartMigration puts a shard in the migrating state",
  );
}

/**
 * A status set against the holders `expected` (primary first, then the replicas; undefined or
 * empty, as the codec reads an absent field: no check) is refused once the shard's holders are
 * others.
 */
export function checkHoldersUnchanged(
  shard: Shard,
  expected: readonly number[] | undefined,
  expectedSince?: readonly number[],
): Rejection | undefined {
  if (expected === undefined || expected.length === 0) return undefined;
  const holders = shardReplicas(shard);
  if (holders.length !== expected.length || holders.some((id, i) => id !== expected[i])) {
    return reject(
      "shard.holders_changed",
      `${shard.collection}/${shard.shardId} is held by [${holders.join(", ")}] now, not [${expected.join(", ")}] as the status was checked against`,
    );
  }
  if (expectedSince === undefined || expectedSince.length === 0) return undefined;
  const since = holders.map((id) => holderSinceIndex(shard, id));
  // Only known indexes are compared: a replica that restarted from a snapshot written before
  // Shard.holderSince has 0 where others have the index, and every replica must decide alike.
  // A real loss and return gives a new, known index on every replica.
  const matches = (index: number, i: number): boolean => {
    const expected = expectedSince[i] ?? 0;
    return index === 0 || expected === 0 || index === expected;
  };
  if (since.length === expectedSince.length && since.every(matches)) return undefined;
  return reject(
    "shard.holders_changed",
    `${shard.collection}/${shard.shardId} is held by [${holders.join(", ")}] since [${since.join(", ")}] now, not since [${expectedSince.join(", ")}] as the status was checked against (a holder lost the shard and got it back)`,
  );
}

export function checkNoMigration(shard: Shard): Rejection | undefined {
  if (shard.migration === undefined) return undefined;
  return reject(
    "migration.in_progress",
    `${shard.collection}/${shard.shardId} is being migrated (complete or abort it first)`,
  );
}

export function checkMigrating(shard: Shard): Rejection | undefined {
  if (shard.migration !== undefined) return undefined;
  return reject(
    "migration.not_in_progress",
    `${shard.collection}/${shard.shardId} has no migration in progress`,
  );
}

export function checkSourceIsReplica(shard: Shard, nodeId: number): Rejection | undefined {
  if (shard.primaryNodeId === nodeId || shard.replicaNodeIds.includes(nodeId)) return undefined;
  return reject(
    "migration.source_not_replica",
    `source node ${nodeId} holds no replica of ${shard.collection}/${shard.shardId}`,
  );
}

export function checkTargetNotReplica(shard: Shard, nodeId: number): Rejection | undefined {
  if (shard.primaryNodeId !== nodeId && !shard.replicaNodeIds.includes(nodeId)) return undefined;
  return reject(
    "migration.target_is_replica",
    `target node ${nodeId} already holds ${shard.collection}/${shard.shardId}`,
  );
}

export function checkTotalKeys(totalKeys: number): Rejection | undefined {
  if (isIntegerIn(totalKeys, 0, Number.MAX_SAFE_INTEGER)) return undefined;
  return reject("migration.total_keys.range", `total keys ${totalKeys} is not a count`);
}
