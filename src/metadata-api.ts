/**
 * The package's `ruvector-raft/metadata` entry: MetadataClient (typed access to a cluster's
 * Ruvector metadata, with watch()), the metadata model it speaks, and the routing rule.
 */
export {
  MetadataClient,
  type MetadataClientOptions,
  type MetadataEventBody,
  MetadataRejectedError,
  type WatchItem,
  type WatchOptions,
} from "./client/metadata-client.js";
export {
  type Alias,
  type ClusterSettings,
  type Collection,
  type CollectionSpec,
  DEFAULT_CLUSTER_SETTINGS,
  DEFAULT_HNSW,
  type DistanceMetric,
  type HnswConfig,
  jumpConsistentHash,
  type Labels,
  type MetadataEvent,
  type MetadataQuery,
  type MetadataView,
  type NodeInfo,
  type NodeRole,
  type NodeStatus,
  type Quantization,
  type Shard,
  type ShardStatus,
  shardForVector,
} from "./metadata/index.js";
