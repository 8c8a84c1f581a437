/**
 * PlacementRunner: places the view's collections while the projector applies an event
 * (docs/architecture.md, "Event-sourced metadata"), and owns the derived state that keeps a
 * placement of every collection cheap: rings by node set (least recently used first),
 * replica lists per shard object with each collection's PlacementDigest, and the sorted
 * collection names. None of it is snapshotted: it is derived from the view, so two replicas
 * with equal views place identically whatever their caches hold.
 *
 * The projector tells the runner when the view's collections change under it
 * (collectionNamesChanged, collectionDropped) and when the whole view is replaced (viewReplaced).
 */

import { withHolderRecords } from "./holder-records.js";
import { type Shard, shardReplicas } from "./model.js";
import {
  HashRing,
  isPlacementSettled,
  type PlaceCollectionOptions,
  type PlacementDigest,
  placeCollection,
  placementDigest,
} from "./placement.js";
import {
  isBalanceMove,
  MoveBudget,
  type PlacementPass,
  placementNodes,
} from "./placement-inputs.js";
import { compareStrings, eligibleNodeIds, type MetadataView } from "./view.js";

/** Placement rings kept for recent node sets (a ring of 20 nodes is about 10 KiB). */
const RING_CACHE_ENTRIES_MAX = 8;

/** One collection's entry of PlacementRunner.replicaListCache. */
interface ReplicaListEntry {
  /** The view's shard array last read. */
  source: readonly Shard[] | undefined;
  /** The shard objects the lists were read from (index = shard id). */
  shards: Shard[];
  /** The replicas per shard, primary first. */
  lists: number[][];
  /** placementDigest(lists); undefined = to compute again. */
  digest: PlacementDigest | undefined;
}

export class PlacementRunner {
  /** Derived from the view (never snapshotted): rings by eligible node set, least recently used first. */
  private readonly rings = new Map<string, HashRing>();
  /**
   * Derived from the view: each collection's replica lists (placement's input) with the shard
   * objects they were read from; a list is read again where its shard object changed (shards
   * are replaced, never changed in place), so placing every collection allocates only for the
   * shards that changed.
   */
  private readonly replicaListCache = new Map<string, ReplicaListEntry>();
  /** Derived: see sortedCollectionNames; undefined = to sort again. */
  private sortedNames: string[] | undefined;

  /** A collection was created: the sorted names are read again. */
  collectionNamesChanged(): void {
    this.sortedNames = undefined;
  }

  /** A collection may be dropped: its replica lists are forgotten, the names sorted again. */
  collectionDropped(name: string): void {
    this.replicaListCache.delete(name);
    this.sortedNames = undefined;
  }

  /** The projector's view was replaced (a restore): what was read of the old one is forgotten. */
  viewReplaced(): void {
    this.replicaListCache.clear();
    this.sortedNames = undefined;
  }

  /** Places every collection, in name order, in one pass (one ring, one move budget). */
  placeAll(view: MetadataView): void {
    const pass = this.pass(view);
    for (const name of this.sortedCollectionNames(view)) {
      this.place(view, name, pass);
    }
  }

  /**
   * Places again the collections with balance moves left for later (view.placementPending), in
   * name order while moves can start: with the budget spent the rest wait for the next shard
   * to stop moving (so a long queue costs one placement per finished move, not all of them).
   */
  placePending(view: MetadataView): void {
    if (view.placementPending.size === 0) return;
    const pass = this.pass(view);
    for (const name of [...view.placementPending].sort(compareStrings)) {
      if (pass.budget.spent()) return;
      this.place(view, name, pass);
    }
  }

  /**
   * Places one collection. A shard whose new replica set only serves balance (isBalanceMove)
   * keeps its current set when the budget of concurrent moves is spent, and the collection is
   * marked pending; every other change (a lost holder, a missing replica, a primary) is made
   * at once.
   */
  place(view: MetadataView, name: string, pass = this.pass(view)): void {
    const spec = view.collections.get(name)!.spec;
    const previous = view.shards.get(name);
    const { budget } = pass;
    const lists = previous === undefined ? undefined : this.replicaLists(name, previous);
    const options: PlaceCollectionOptions = {
      collection: name,
      shardCount: spec.shardCount,
      replicationFactor: spec.replicationFactor,
      ring: pass.ring,
      nodes: pass.nodes,
      current: lists?.lists,
      currentDigest: lists?.digest,
    };
    // Nothing to move (most collections when one node changes): the shards stay as they are.
    if (isPlacementSettled(options)) {
      view.placementPending.delete(name);
      return;
    }
    const placed = placeCollection(options);
    let deferred = false;
    const current = options.current;
    const shards = placed.map((replicas, shardId) => {
      const before = previous?.[shardId];
      if (before !== undefined && sameReplicas(current?.[shardId] ?? [], replicas)) return before;
      if (before !== undefined && isBalanceMove(view, before, replicas) && !budget.take()) {
        deferred = true;
        // The move waits, but a lowered replication factor does not: the holders the shard
        // keeps meanwhile are cut to it (those of the new set first), which moves no data.
        const kept = keptWhileDeferred(before, replicas);
        return kept === undefined
          ? before
          : nextShard(before, name, shardId, kept, view.appliedIndex);
      }
      return nextShard(before, name, shardId, replicas, view.appliedIndex);
    });
    view.shards.set(name, shards);
    if (deferred) view.placementPending.add(name);
    else view.placementPending.delete(name);
  }

  /** What placing collections while applying one event shares. */
  private pass(view: MetadataView): PlacementPass {
    const ring = this.currentRing(view);
    return { ring, nodes: placementNodes(view, ring.nodeIds), budget: new MoveBudget(view) };
  }

  /**
   * Rings by node set, least recently used first; a flapping node alternates between two sets,
   * so keep a few. A hit becomes the newest, so that the next change (usually one node away
   * from the set in use) derives from it.
   */
  private currentRing(view: MetadataView): HashRing {
    const ids = eligibleNodeIds(view);
    const key = ids.join(",");
    let ring = this.rings.get(key);
    if (ring !== undefined) {
      this.rings.delete(key);
      this.rings.set(key, ring);
    } else {
      // The newest cached ring is usually one node away from this one (HashRing.derive).
      const newest = [...this.rings.values()].pop();
      ring = newest === undefined ? new HashRing(ids) : HashRing.derive(newest, ids);
      if (this.rings.size >= RING_CACHE_ENTRIES_MAX) {
        this.rings.delete(this.rings.keys().next().value as string);
      }
      this.rings.set(key, ring);
    }
    return ring;
  }

  /**
   * The replica lists of `shards`, collection `name`, and their placement digest (see
   * replicaListCache; read-only).
   */
  private replicaLists(name: string, shards: readonly Shard[]): ReplicaListEntry {
    let entry = this.replicaListCache.get(name);
    // The view's shard arrays are replaced, never changed in place (view.ts): the same array
    // holds the same shards.
    if (entry?.source === shards && entry.digest !== undefined) return entry;
    if (entry === undefined || entry.shards.length !== shards.length) {
      entry = { source: undefined, shards: [], lists: [], digest: undefined };
      this.replicaListCache.set(name, entry);
    }
    entry.source = shards;
    for (let shardId = 0; shardId < shards.length; shardId++) {
      const shard = shards[shardId] as Shard;
      if (entry.shards[shardId] !== shard) {
        entry.shards[shardId] = shard;
        entry.lists[shardId] = shardReplicas(shard);
        entry.digest = undefined;
      }
    }
    entry.digest ??= placementDigest(entry.lists);
    return entry;
  }

  /**
   * The collection names in code-unit order, kept while no collection is created or dropped
   * (placing everything after a change would otherwise sort thousands of names each time).
   */
  private sortedCollectionNames(view: MetadataView): readonly string[] {
    this.sortedNames ??= [...view.collections.keys()].sort(compareStrings);
    return this.sortedNames;
  }
}

/**
 * The shard after a placement. Same replica set: only the primary may change (status and
 * migration stay). Changed set: a migration in progress is aborted (its source or bounds
 * changed under it); a shard that gained a replica is REPLICATING until the data plane says
 * otherwise; a shard with no replica is OFFLINE.
 */
function nextShard(
  previous: Shard | undefined,
  collection: string,
  shardId: number,
  replicas: number[],
  index: number,
): Shard {
  // Unchanged (most shards of a collection placed again): the same object.
  if (previous !== undefined && sameReplicas(shardReplicas(previous), replicas)) return previous;
  return withHolderRecords(placedShard(previous, collection, shardId, replicas), previous, index);
}

/** nextShard's shard before its holder records (stats, since) are brought up to date. */
function placedShard(
  previous: Shard | undefined,
  collection: string,
  shardId: number,
  replicas: number[],
): Shard {
  const [primaryNodeId = 0, ...replicaNodeIds] = replicas;
  const fresh: Shard = {
    collection,
    shardId,
    primaryNodeId,
    replicaNodeIds,
    status: "active",
    ...(previous?.stats === undefined ? {} : { stats: previous.stats }),
  };
  if (replicas.length === 0) return { ...fresh, status: "offline" };
  if (previous === undefined) return fresh;
  const beforeCount = previous.primaryNodeId === 0 ? 0 : 1 + previous.replicaNodeIds.length;
  let gained = false;
  for (const id of replicas) {
    if (id !== previous.primaryNodeId && !previous.replicaNodeIds.includes(id)) gained = true;
  }
  if (!gained && beforeCount === replicas.length) {
    return { ...previous, primaryNodeId, replicaNodeIds };
  }
  if (gained) return { ...fresh, status: "replicating" };
  return { ...fresh, status: previous.status === "migrating" ? "active" : previous.status };
}

/**
 * The holders a shard keeps while its balance move to `replicas` waits for the move budget:
 * undefined (all of them) unless they are more than `replicas`, else as many as `replicas`,
 * those also in `replicas` first (in its order), then the others in their order.
 */
function keptWhileDeferred(before: Shard, replicas: readonly number[]): number[] | undefined {
  const holders = shardReplicas(before);
  if (holders.length <= replicas.length) return undefined;
  const staying = replicas.filter((id) => holders.includes(id));
  const others = holders.filter((id) => !replicas.includes(id));
  return [...staying, ...others].slice(0, replicas.length);
}

function sameReplicas(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let position = 0; position < a.length; position++)
    if (a[position] !== b[position]) return false;
  return true;
}
