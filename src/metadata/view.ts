/**
 * The metadata view the projector folds events into. Maps are keyed for lookups; anything
 * that leaves the projector (queries, snapshots) is sorted, so the maps' insertion order,
 * which differs between a full replay and a restore, never shows.
 *
 * Invariant: `shards.get(name)` exists iff `collections.get(name)` does, with exactly
 * `spec.shardCount` shards, the shard at position i having shardId i.
 * Invariant: every alias points at an existing collection.
 * Invariant: every node id in a shard is a registered node.
 */
import {
  type ClusterSettings,
  type Collection,
  DEFAULT_CLUSTER_SETTINGS,
  type NodeInfo,
  type Shard,
} from "./model.js";

export interface MetadataView {
  /** Log index of the last event applied (accepted or rejected); 0 = none. */
  appliedIndex: number;
  settings: ClusterSettings;
  nodes: Map<number, NodeInfo>;
  collections: Map<string, Collection>;
  /** Alias name -> collection name. */
  aliases: Map<string, string>;
  /**
   * Collection name -> its shards, by shard id. An array is replaced, never changed in place
   * (the projector's placement caches compare arrays by identity).
   */
  shards: Map<string, readonly Shard[]>;
  /**
   * Collections whose last placement left balance moves for later (at most
   * `settings.concurrentMigrationsMax` shards move at once): they are placed again, in name
   * order, after every accepted event until the move budget is spent. Part of the view (snapshotted) so that every replica
   * places the same collections at the same index.
   * Invariant: every name is a collection's.
   */
  placementPending: Set<string>;
}

export function emptyView(): MetadataView {
  return {
    appliedIndex: 0,
    settings: { ...DEFAULT_CLUSTER_SETTINGS },
    nodes: new Map(),
    collections: new Map(),
    aliases: new Map(),
    shards: new Map(),
    placementPending: new Set(),
  };
}

/**
 * Nodes that placement may give replicas to: registered, not offline and not draining (both
 * roles).
 */
export function eligibleNodeIds(view: MetadataView): number[] {
  const ids: number[] = [];
  for (const node of view.nodes.values()) {
    if (node.status !== "offline" && !node.draining) ids.push(node.id);
  }
  return ids.sort((a, b) => a - b);
}

/** Code-unit order, the same in every JavaScript engine (no locale). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Labels sorted by key (Object.fromEntries defines keys such as "__proto__" as data). */
export function sortedLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(labels).sort(([a], [b]) => compareStrings(a, b)),
  ) as Record<string, string>;
}
