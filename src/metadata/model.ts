/**
 * The metadata model, in plain TypeScript: the view the projector folds events into, the
 * events, the queries and the responses. src/proto/metadata.proto is the wire and snapshot
 * form of the same things and documents every field; src/metadata/codec.ts converts.
 *
 * Units are in the names (`atMs` is unix milliseconds decided by the proposer,
 * `capacityBytes` is bytes). Node ids are safe integers >= 1; 0 means "no node".
 */

export const NODE_STATUSES = ["online", "suspect", "offline"] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];

export const NODE_ROLES = ["voter", "learner"] as const;
export type NodeRole = (typeof NODE_ROLES)[number];

export const DISTANCE_METRICS = ["euclidean", "cosine", "dotProduct", "manhattan"] as const;
export type DistanceMetric = (typeof DISTANCE_METRICS)[number];

export const SHARD_STATUSES = ["active", "migrating", "replicating", "offline"] as const;
export type ShardStatus = (typeof SHARD_STATUSES)[number];

/** A string map; kept sorted by key wherever it is stored or encoded. */
export type Labels = Readonly<Record<string, string>>;

export interface NodeInfo {
  id: number;
  address: string;
  capacityBytes: number;
  labels: Labels;
  status: NodeStatus;
  role: NodeRole;
  registeredAtMs: number;
  statusChangedAtMs: number;
  /** Set by DrainNode: placement gives the node no replicas and moves its replicas off. */
  draining: boolean;
}

export interface ClusterSettings {
  replicationFactor: number;
  shardCount: number;
  heartbeatIntervalMs: number;
  nodeTimeoutMs: number;
  /**
   * A node label key ("zone", "rack") whose values placement spreads each shard's replicas
   * over; "" = no spreading. See placement.ts.
   */
  spreadLabel: string;
  /**
   * At most this many shards move at once for balance (a shard gaining a replica is
   * REPLICATING until its holders are synced); 0 = no limit. A shard that lost a holder is
   * repaired at once regardless. See the projector's `place`.
   */
  concurrentMigrationsMax: number;
}

export const DEFAULT_CLUSTER_SETTINGS: Readonly<ClusterSettings> = Object.freeze({
  replicationFactor: 3,
  shardCount: 64,
  heartbeatIntervalMs: 1_000,
  nodeTimeoutMs: 30_000,
  spreadLabel: "",
  concurrentMigrationsMax: 4,
});

export interface HnswConfig {
  m: number;
  efConstruction: number;
  efSearch: number;
  maxElements: number;
}

export const DEFAULT_HNSW: Readonly<HnswConfig> = Object.freeze({
  m: 32,
  efConstruction: 200,
  efSearch: 100,
  maxElements: 10_000_000,
});

export type Quantization =
  | { kind: "none" }
  | { kind: "scalar" }
  | { kind: "product"; subspaces: number; k: number }
  | { kind: "binary" };

/**
 * A collection as created. In CreateCollection, 0 in `shardCount`, `replicationFactor` or a
 * `hnsw` field (or `hnsw` left out) means "the default"; in the view every value is resolved.
 */
export interface CollectionSpec {
  name: string;
  dimensions: number;
  metric: DistanceMetric;
  hnsw: HnswConfig;
  quantization: Quantization;
  onDiskPayload: boolean;
  shardCount: number;
  replicationFactor: number;
}

export interface Collection {
  spec: CollectionSpec;
  createdAtMs: number;
  updatedAtMs: number;
}

export interface Alias {
  name: string;
  collection: string;
}

export interface Migration {
  sourceNodeId: number;
  targetNodeId: number;
  totalKeys: number;
  startedAtMs: number;
}

/**
 * One shard of a collection. Invariant: `primaryNodeId` is not in `replicaNodeIds`, the
 * replicas are distinct, and `primaryNodeId === 0` iff the shard has no replica at all.
 * Invariant: `migration` is present iff `status === "migrating"`.
 */
export interface Shard {
  collection: string;
  shardId: number;
  primaryNodeId: number;
  replicaNodeIds: number[];
  status: ShardStatus;
  migration?: Migration;
  /** The holders' last reports (ReportShardStats), by node id; absent when none reported. */
  stats?: ShardReplicaStats[];
  /**
   * Since when each holder (primary, replica, migration target) holds the shard without a
   * break: the log index of the event that made it a holder, by node id; absent before the
   * first event that changed the holders after an upgrade (a holder from before it has 0,
   * unknown). A node removed and given the shard again gets a new index, so its engine can tell
   * a store made for an earlier holding (which missed the writes made in between) even when it
   * applied both changes at once (docs/architecture.md, "Shard copies"). A shard left with no
   * holder (`offline`) keeps its last holders' entries: no write reaches it meanwhile, so a
   * holder it comes back to keeps its index and its copy.
   */
  holderSince?: HolderSince[];
}

/** Shard.holderSince: `nodeId` holds the shard since log index `sinceIndex` (0 = unknown). */
export interface HolderSince {
  nodeId: number;
  sinceIndex: number;
}

/** The shard's replicas, primary first; empty when it has none. */
export function shardReplicas(shard: Shard): number[] {
  return shard.primaryNodeId === 0 ? [] : [shard.primaryNodeId, ...shard.replicaNodeIds];
}

/** One holder's report of its copy of a shard. */
export interface ShardReplicaStats {
  nodeId: number;
  vectorCount: number;
  bytes: number;
  reportedAtMs: number;
}

// ---- events -----------------------------------------------------------------------------------

interface EventBase {
  /** Proposer time (unix ms); apply never reads a clock. */
  atMs: number;
}

export interface RegisterNodeEvent extends EventBase {
  type: "registerNode";
  nodeId: number;
  address: string;
  capacityBytes: number;
  labels: Labels;
  role: NodeRole;
}
export interface UpdateNodeStatusEvent extends EventBase {
  type: "updateNodeStatus";
  nodeId: number;
  status: NodeStatus;
}
export interface UpdateNodeLabelsEvent extends EventBase {
  type: "updateNodeLabels";
  nodeId: number;
  labels: Labels;
}
export interface UpdateNodeCapacityEvent extends EventBase {
  type: "updateNodeCapacity";
  nodeId: number;
  capacityBytes: number;
}
export interface UpdateNodeRoleEvent extends EventBase {
  type: "updateNodeRole";
  nodeId: number;
  role: NodeRole;
}
/** Starts (`draining` true) or ends a drain of a node. */
export interface DrainNodeEvent extends EventBase {
  type: "drainNode";
  nodeId: number;
  draining: boolean;
}
/** The node's data-plane address, set by the node from its own configuration. */
export interface UpdateNodeAddressEvent extends EventBase {
  type: "updateNodeAddress";
  nodeId: number;
  address: string;
}
/** A node's numbers for the shard copies it holds (only the changed ones). */
export interface ReportShardStatsEvent extends EventBase {
  type: "reportShardStats";
  nodeId: number;
  shards: { collection: string; shardId: number; vectorCount: number; bytes: number }[];
}
export interface RemoveNodeEvent extends EventBase {
  type: "removeNode";
  nodeId: number;
}
export interface SetClusterSettingsEvent extends EventBase {
  type: "setClusterSettings";
  settings: ClusterSettings;
}
/** `hnsw` fields, `shardCount` and `replicationFactor` may be 0 = default (see CollectionSpec). */
export interface CreateCollectionEvent extends EventBase {
  type: "createCollection";
  spec: CollectionSpec;
}
/** 0 = unchanged; at least one field must change something. */
export interface UpdateCollectionEvent extends EventBase {
  type: "updateCollection";
  name: string;
  efSearch: number;
  replicationFactor: number;
}
export interface DropCollectionEvent extends EventBase {
  type: "dropCollection";
  name: string;
}
export interface CreateAliasEvent extends EventBase {
  type: "createAlias";
  alias: string;
  collection: string;
}
export interface DeleteAliasEvent extends EventBase {
  type: "deleteAlias";
  alias: string;
}
export interface SwitchAliasEvent extends EventBase {
  type: "switchAlias";
  alias: string;
  collection: string;
}
export interface StartMigrationEvent extends EventBase {
  type: "startMigration";
  collection: string;
  shardId: number;
  sourceNodeId: number;
  targetNodeId: number;
  totalKeys: number;
}
export interface CompleteMigrationEvent extends EventBase {
  type: "completeMigration";
  collection: string;
  shardId: number;
}
export interface AbortMigrationEvent extends EventBase {
  type: "abortMigration";
  collection: string;
  shardId: number;
}
export interface PromotePrimaryEvent extends EventBase {
  type: "promotePrimary";
  collection: string;
  shardId: number;
  nodeId: number;
}
export interface SetShardStatusEvent extends EventBase {
  type: "setShardStatus";
  collection: string;
  shardId: number;
  status: ShardStatus;
  /**
   * The shard's holders (primary first, then the replicas in order) the proposer checked the
   * status against: when given, the event is refused (`shard.holders_changed`) if the shard's
   * holders are others when it applies, e.g. a placement gave it a holder that has not copied
   * it in yet. The data plane's `active` report gives it; an operator's override need not.
   */
  holderNodeIds?: number[];
  /**
   * Shard.holderSince of each of `holderNodeIds` (same order) as the proposer checked them:
   * when given, the event is also refused if one differs when it applies, both being known (a
   * holder lost the shard and got it back in between; its copy may miss writes).
   */
  holderSinceIndexes?: number[];
}
/** `collection` empty = every collection. */
export interface RebalanceEvent extends EventBase {
  type: "rebalance";
  collection: string;
}
/**
 * Log entry bytes the codec could not decode (corrupt, or from a newer schema). It is not
 * proposed on purpose: it exists so that apply rejects such an entry (`event.undecodable`)
 * identically on every replica instead of crashing them all.
 */
export interface UndecodableEvent extends EventBase {
  type: "undecodable";
  reason: string;
}

export type MetadataEvent =
  | RegisterNodeEvent
  | UpdateNodeStatusEvent
  | UpdateNodeLabelsEvent
  | UpdateNodeCapacityEvent
  | UpdateNodeRoleEvent
  | DrainNodeEvent
  | UpdateNodeAddressEvent
  | ReportShardStatsEvent
  | RemoveNodeEvent
  | SetClusterSettingsEvent
  | CreateCollectionEvent
  | UpdateCollectionEvent
  | DropCollectionEvent
  | CreateAliasEvent
  | DeleteAliasEvent
  | SwitchAliasEvent
  | StartMigrationEvent
  | CompleteMigrationEvent
  | AbortMigrationEvent
  | PromotePrimaryEvent
  | SetShardStatusEvent
  | RebalanceEvent
  | UndecodableEvent;

export type MetadataEventType = MetadataEvent["type"];

// ---- queries and responses ----------------------------------------------------------------------

export type MetadataQuery =
  | { type: "listCollections" }
  | { type: "getCollection"; name: string }
  | { type: "resolveAlias"; alias: string }
  | { type: "listAliases" }
  | { type: "shardsOfCollection"; collection: string }
  | { type: "shardsOnNode"; nodeId: number }
  | { type: "listNodes" }
  | { type: "getSettings" }
  /** Accepted events after fromIndex (eventsMax 0 = all kept), or the whole view if compacted. */
  | { type: "watch"; fromIndex: number; eventsMax: number };

export type MetadataResult =
  | { type: "collections"; collections: Collection[] }
  | { type: "collection"; collection: Collection }
  | { type: "alias"; alias: Alias }
  | { type: "aliases"; aliases: Alias[] }
  | { type: "shards"; shards: Shard[] }
  | { type: "nodes"; nodes: NodeInfo[] }
  | { type: "settings"; settings: ClusterSettings }
  | {
      type: "events";
      events: { index: number; event: MetadataEvent }[];
      /** Set when events were compacted away: the encoded view to start from. */
      snapshot?: Uint8Array;
    };

/**
 * `index`: for an event, the log index it was applied at; for a query, the applied index when
 * it was answered. `result` is absent for events.
 */
export type MetadataResponse =
  | { ok: true; index: number; result?: MetadataResult }
  | { ok: false; rule: string; reason: string };
