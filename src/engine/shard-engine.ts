/**
 * The data plane's contract with the metadata (docs/architecture.md, "The engine"): a
 * ShardEngine holds one vector store per shard replica that placement assigns to this node.
 *
 * A store belongs to one collection incarnation: the collection's name, its creation time
 * (`createdAtMs`, the proposer's clock in CreateCollection) and the parts of its spec that the
 * store is built with (`storeShapeOf`). A collection dropped and created again under the same
 * name is a different incarnation, so its old stores are dropped, never reused. (Two creations
 * of the same name, with the same shape, in the same proposer millisecond would look alike:
 * the operator would have to drop and create twice within a millisecond.)
 *
 * Operations are idempotent: creating a store that exists with the same identity, or
 * dropping one that is gone, changes nothing. A crash at any point leaves either a complete
 * store or a directory `open()` recognises as half-made and removes (the manifest is the
 * commit point; src/engine/directory-engine.ts).
 */
import { holderSinceIndex } from "../metadata/holder-records.js";
import type { CollectionSpec, Shard } from "../metadata/index.js";
import { RuvraftError } from "../util/errors.js";
import type { ScoredVector, VectorRecord } from "./vector-store.js";

/** One shard replica held by this node. */
export interface HostedShard {
  collection: string;
  shardId: number;
  /** CreateCollection's proposer time: with the shape, the collection incarnation. */
  createdAtMs: number;
  /** The spec at creation (efSearch and the replication factor may have changed since). */
  spec: CollectionSpec;
  /**
   * True when the store holds the shard's data: made for a new collection, or copied in from a
   * holder that had it (src/engine/shard-sync.ts). A store made for a shard that moved here
   * starts false. Not part of the identity.
   */
  synced?: boolean;
  /**
   * True once the store was kept after this node stopped holding the shard while others hold
   * it (a source for the new holders' copies, src/engine/reconciler.ts). It takes no writes and
   * serves no reads; if the shard comes back to this node it is reinstated (unsynced, its data
   * kept) and copies in what it lacks. Not part of the identity.
   */
  retired?: boolean;
  /**
   * Since when the holding this store was made for began: this node's Shard.holderSince entry
   * when the store was made or reinstated (the node's applied index then, if that entry was
   * unknown); absent in stores made before the field until the reconciler's next pass records
   * it, as of the current holding. A node
   * that holds the shard since a later index lost it and got it back after the store was made,
   * maybe in one apply batch or one snapshot that never showed it unassigned: the store missed
   * the writes made in between, and is reinstated like a retired one (madeForEarlierHolding).
   * Not part of the identity.
   */
  heldSinceIndex?: number;
}

/**
 * True when `store` was made for an earlier holding than the one that began at `sinceIndex`
 * (this node's Shard.holderSince entry; 0, unknown, never counts): it misses writes.
 */
export function madeForEarlierHolding(
  store: Pick<HostedShard, "heldSinceIndex">,
  sinceIndex: number,
): boolean {
  return sinceIndex > 0 && store.heldSinceIndex !== undefined && sinceIndex > store.heldSinceIndex;
}

/**
 * madeForEarlierHolding against the holding of node `nodeId` that `shard` (a view of the
 * metadata) records (Shard.holderSince).
 */
export function madeForEarlierHoldingIn(
  store: Pick<HostedShard, "heldSinceIndex">,
  shard: Shard,
  nodeId: number,
): boolean {
  return madeForEarlierHolding(store, holderSinceIndex(shard, nodeId));
}

export interface ShardStats {
  vectorCount: number;
  /** Bytes the store occupies on disk. */
  bytes: number;
}

export interface ShardEngine {
  /** Finds the stores on disk (removing half-made ones): call once before anything else. */
  open(): Promise<readonly HostedShard[]>;
  /** The stores held now (after open()). */
  hosted(): readonly HostedShard[];
  /** The store of (collection, shardId) held now, if any (one lookup: on every request). */
  hostedShard(collection: string, shardId: number): HostedShard | undefined;
  /**
   * Creates the store for `shard` (its `synced` flag and `heldSinceIndex` as given, synced by
   * default); an existing store of another identity is replaced; one of the same identity that
   * is retired, or made for an earlier holding than `shard.heldSinceIndex`, is reinstated: no
   * longer retired, synced as `shard` says, held since `shard.heldSinceIndex`, a new generation,
   * its data kept (it may be the best copy left); one with no heldSinceIndex (made before the
   * field) only records `shard.heldSinceIndex`.
   */
  create(shard: HostedShard): Promise<void>;
  /** Drops the store of (collection, shardId) and its data; nothing if there is none. */
  drop(collection: string, shardId: number): Promise<void>;
  /** Vector count and disk bytes of a held store. */
  stats(collection: string, shardId: number): Promise<ShardStats>;
  /**
   * Writes records into a held store (checked first: all or nothing); durable when it resolves.
   * `copyIn`: the records are a page of a shard copy: skip the ids the data path wrote since
   * the store became unsynced (newer than the copy), overwrite the others (a reinstated store
   * may hold old values of them). `generation`: the store the copy started on
   * (`storeGeneration`); a store made or reinstated since refuses with StoreReplacedError, as
   * does a synced store asked to take a copy page.
   */
  upsert(
    collection: string,
    shardId: number,
    records: readonly VectorRecord[],
    options?: { copyIn?: boolean; generation?: number },
  ): Promise<void>;
  /**
   * Records the store as holding the shard's data (durably, in its manifest); with
   * `generation`, only the store of that generation (StoreReplacedError otherwise).
   */
  markSynced(collection: string, shardId: number, generation?: number): Promise<void>;
  /**
   * The generation of the held store of (collection, shardId): a number of this engine that
   * changes whenever the store is made again (dropped and created, a new incarnation) or
   * reinstated, so a copy that spans many awaits can tell it still writes the store it began on.
   */
  storeGeneration(collection: string, shardId: number): number | undefined;
  /** Records the store as retired (durably, in its manifest): see HostedShard.retired. */
  retire(collection: string, shardId: number): Promise<void>;
  /** Up to `limit` records with ids after `afterId` (code-unit order), for copying a shard. */
  exportPage(
    collection: string,
    shardId: number,
    afterId: string,
    limit: number,
  ): Promise<VectorRecord[]>;
  /** The k nearest vectors of a held store, closest first. */
  search(
    collection: string,
    shardId: number,
    vector: Float32Array,
    k: number,
  ): Promise<ScoredVector[]>;
  get(collection: string, shardId: number, id: string): Promise<VectorRecord | undefined>;
  /** Releases the stores (the data stays on disk). */
  close(): Promise<void>;
}

/** A data operation on a shard this node's engine does not hold (a stale route). */
export class ShardNotHeldError extends RuvraftError {
  override name = "ShardNotHeldError";
  constructor(collection: string, shardId: number) {
    super("ENOTHELD", `shard ${collection}/${shardId} is not held by this node's engine`);
  }
}

/** A copy's write to a store made again since the copy began (see storeGeneration). */
export class StoreReplacedError extends RuvraftError {
  override name = "StoreReplacedError";
  constructor(collection: string, shardId: number, why = "was made again since the copy began") {
    super("ESTOREREPLACED", `the store of shard ${collection}/${shardId} ${why}`);
  }
}

/** A read of a store that does not hold its shard's data yet (being copied in). */
export class ShardNotSyncedError extends RuvraftError {
  override name = "ShardNotSyncedError";
  constructor(collection: string, shardId: number) {
    super("ENOTSYNCED", `shard ${collection}/${shardId} is still being copied to this node`);
  }
}

/** What a store is built with; a store whose shape differs belongs to another incarnation. */
export function storeShapeOf(spec: CollectionSpec): string {
  return JSON.stringify([
    spec.dimensions,
    spec.metric,
    spec.hnsw.m,
    spec.hnsw.efConstruction,
    spec.hnsw.maxElements,
    spec.quantization,
    spec.onDiskPayload,
    spec.shardCount,
  ]);
}

/** True when two hosted shards are the same store (same shard of the same incarnation). */
export function sameStore(a: HostedShard, b: HostedShard): boolean {
  return (
    a.collection === b.collection &&
    a.shardId === b.shardId &&
    a.createdAtMs === b.createdAtMs &&
    storeShapeOf(a.spec) === storeShapeOf(b.spec)
  );
}

/** "<collection>/<shardId>": the key of a shard replica on one node. */
export function shardKey(collection: string, shardId: number): string {
  return `${collection}/${shardId}`;
}
