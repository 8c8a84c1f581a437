/**
 * The settled check of placement (placement.ts, "Cost"): whether placing a collection again
 * would return its current placement unchanged, in O(shards x replicas) without the per-node
 * work, so the projector can skip the collections a node change leaves alone.
 */
import type { HashRing } from "./hash-ring.js";
import {
  constraintsOf,
  type LoadBounds,
  type PlaceCollectionOptions,
  type PlacementDigest,
  type ReplicaList,
} from "./placement-constraints.js";

/**
 * Counts per node id for the settled check, reused across calls: a typed array for ids below
 * 2^16 (node ids are small in practice), a Map above; `reset` clears only what was touched.
 */
class NodeCounter {
  private readonly small = new Int32Array(1 << 16);
  /** The generation each small count was written in; a count of an older one reads as 0. */
  private readonly writtenIn = new Uint32Array(1 << 16);
  private generation = 1;
  private readonly large = new Map<number, number>();
  /** Distinct ids counted since the reset. */
  size = 0;

  reset(): void {
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.writtenIn.fill(0);
      this.generation = 1;
    }
    if (this.large.size > 0) this.large.clear();
    this.size = 0;
  }

  get(id: number): number {
    if (id < 1 << 16) {
      return this.writtenIn[id] === this.generation ? (this.small[id] as number) : 0;
    }
    return this.large.get(id) ?? 0;
  }

  /** Adds one to `id`'s count; returns the new count. */
  increment(id: number): number {
    const count = this.get(id) + 1;
    if (count === 1) this.size++;
    if (id < 1 << 16) {
      this.small[id] = count;
      this.writtenIn[id] = this.generation;
    } else {
      this.large.set(id, count);
    }
    return count;
  }
}

const SETTLED_LOADS = new NodeCounter();
const SETTLED_LEADS = new NodeCounter();

/**
 * The current placement is what placeCollection would return unchanged: every shard has exactly
 * `replicas` nodes, all in the ring, spread over the zones when spreading; every ring node's
 * load is within its bounds; and no shard's primary leads two or more shards more than one of
 * its replicas (step 5's handover). Checked in O(shards x replicas), or from the placement's
 * digest in O(distinct nodes) with equal bounds and no spreading, so that re-placing every
 * collection after a node change skips those the change does not touch without the per-node
 * work (the projector checks it before placeCollection; test/metadata/placement.test.ts checks
 * that the two agree).
 */
export function isPlacementSettled(options: PlaceCollectionOptions): boolean {
  const { current, shardCount, ring } = options;
  const nodeCount = ring.nodeIds.length;
  const replicas = Math.min(options.replicationFactor, nodeCount);
  if (current === undefined || replicas === 0 || current.length !== shardCount) return false;
  const { bounds, spread } = constraintsOf(options, replicas);
  if (bounds.equal && !spread.active) {
    return isSettledEqual(
      options.currentDigest ?? placementDigest(current),
      ring,
      replicas,
      bounds,
    );
  }
  // Scratch counters reused across calls (the check runs for every collection on a change).
  const loads = SETTLED_LOADS;
  const leads = SETTLED_LEADS;
  loads.reset();
  leads.reset();
  for (const shard of current) {
    if (shard.length !== replicas) return false;
    for (let position = 0; position < shard.length; position++) {
      const id = shard[position] as number;
      if (!ring.has(id) || shard.indexOf(id) !== position) return false;
      if (loads.increment(id) > bounds.upper(id)) return false;
    }
    if (spread.violation(shard, 0) > 0) return false;
    leads.increment(shard[0] as number);
  }
  if (!bounds.equal || bounds.lowerEqual > 0) {
    if (bounds.equal && loads.size < ring.nodeIds.length) return false;
    for (const id of ring.nodeIds) if (loads.get(id) < bounds.lower(id)) return false;
  }
  for (const shard of current) {
    const leaderCount = leads.get(shard[0] as number);
    for (let position = 1; position < shard.length; position++) {
      if (leads.get(shard[position] as number) < leaderCount - 1) return false;
    }
  }
  return true;
}

const DIGEST_LOADS = new NodeCounter();
const DIGEST_LEADS = new NodeCounter();

/** The digest of `lists` (see PlacementDigest). */
export function placementDigest(lists: readonly ReplicaList[]): PlacementDigest {
  const loads = DIGEST_LOADS;
  const leads = DIGEST_LEADS;
  loads.reset();
  leads.reset();
  const width = lists.length === 0 ? 0 : (lists[0] as ReplicaList).length;
  const nodeIds: number[] = [];
  let uniform = true;
  let distinctPerShard = true;
  for (const shard of lists) {
    if (shard.length !== width) uniform = false;
    for (let position = 0; position < shard.length; position++) {
      const id = shard[position] as number;
      if (shard.indexOf(id) !== position) distinctPerShard = false;
      if (loads.increment(id) === 1) nodeIds.push(id);
    }
    if (shard.length > 0) leads.increment(shard[0] as number);
  }
  let primariesBalanced = true;
  for (const shard of lists) {
    if (shard.length === 0) continue;
    const leaderCount = leads.get(shard[0] as number);
    for (let position = 1; position < shard.length; position++) {
      if (leads.get(shard[position] as number) < leaderCount - 1) primariesBalanced = false;
    }
  }
  let loadMin = nodeIds.length === 0 ? 0 : Number.POSITIVE_INFINITY;
  let loadMax = 0;
  for (const id of nodeIds) {
    const load = loads.get(id);
    if (load < loadMin) loadMin = load;
    if (load > loadMax) loadMax = load;
  }
  return {
    shardCount: lists.length,
    width: uniform ? width : -1,
    distinctPerShard,
    nodeIds,
    loadMin,
    loadMax,
    primariesBalanced,
  };
}

/** isPlacementSettled for equal bounds and no spreading, from the digest alone. */
function isSettledEqual(
  digest: PlacementDigest,
  ring: HashRing,
  replicas: number,
  bounds: LoadBounds,
): boolean {
  if (digest.shardCount === 0) return true;
  if (digest.width !== replicas || !digest.distinctPerShard || !digest.primariesBalanced) {
    return false;
  }
  if (digest.loadMax > bounds.upperEqual) return false;
  const { nodeIds } = digest;
  for (const id of nodeIds) if (!ring.has(id)) return false;
  // Every ring node must reach the lower bound: all of them hold replicas (the digest's nodes
  // are all in the ring, so equal counts mean equal sets) and the least loaded reaches it.
  if (bounds.lowerEqual > 0) {
    return nodeIds.length === ring.nodeIds.length && digest.loadMin >= bounds.lowerEqual;
  }
  return true;
}
