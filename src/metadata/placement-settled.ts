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
 * its replicas (step 5's handover). Checked in O(shards x replicas) so that re-placing every
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
    const flat = options.currentFlat ?? flatReplicaLists(current);
    if (flat === undefined || flat.length !== shardCount * replicas) return false;
    const verdict = isSettledEqual(flat, ring, replicas, bounds);
    if (verdict !== undefined) return verdict;
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

/** Scratch of isSettledEqual: per node id below 2^16, counts valid in the current generation. */
const SCRATCH_IDS = 1 << 16;
const scratchWrittenIn = new Uint32Array(SCRATCH_IDS);
const scratchLoads = new Int32Array(SCRATCH_IDS);
const scratchLeads = new Int32Array(SCRATCH_IDS);
let scratchGeneration = 0;

/**
 * isPlacementSettled for equal bounds and no spreading, on flat typed arrays (the common case,
 * run for every collection after a node change). Undefined when a node id is too large for the
 * scratch (the general path answers).
 */
/** The lists as one array, shard after shard; undefined unless they all have the same length. */
export function flatReplicaLists(lists: readonly ReplicaList[]): Int32Array | undefined {
  const width = lists[0]?.length ?? 0;
  const flat = new Int32Array(lists.length * width);
  for (let shardId = 0; shardId < lists.length; shardId++) {
    const list = lists[shardId] as ReplicaList;
    if (list.length !== width) return undefined;
    for (let position = 0; position < width; position++) {
      flat[shardId * width + position] = list[position] as number;
    }
  }
  return flat;
}

function isSettledEqual(
  flat: Int32Array,
  ring: HashRing,
  replicas: number,
  bounds: LoadBounds,
): boolean | undefined {
  if ((ring.nodeIds[ring.nodeIds.length - 1] ?? 0) >= SCRATCH_IDS) return undefined;
  scratchGeneration++;
  if (scratchGeneration === 0xffffffff) {
    scratchWrittenIn.fill(0);
    scratchGeneration = 1;
  }
  const generation = scratchGeneration;
  const upper = bounds.upperEqual;
  let distinct = 0;
  for (let start = 0; start < flat.length; start += replicas) {
    for (let position = start; position < start + replicas; position++) {
      const id = flat[position] as number;
      if (!ring.has(id)) return false;
      for (let before = start; before < position; before++) if (flat[before] === id) return false;
      if (scratchWrittenIn[id] !== generation) {
        scratchWrittenIn[id] = generation;
        scratchLoads[id] = 0;
        scratchLeads[id] = 0;
        distinct++;
      }
      const load = (scratchLoads[id] as number) + 1;
      if (load > upper) return false;
      scratchLoads[id] = load;
    }
    const leader = flat[start] as number;
    scratchLeads[leader] = (scratchLeads[leader] as number) + 1;
  }
  if (bounds.lowerEqual > 0) {
    if (distinct < ring.nodeIds.length) return false;
    for (const id of ring.nodeIds)
      if ((scratchLoads[id] as number) < bounds.lowerEqual) return false;
  }
  for (let start = 0; start < flat.length; start += replicas) {
    const leaderCount = scratchLeads[flat[start] as number] as number;
    for (let position = start + 1; position < start + replicas; position++) {
      const id = flat[position] as number;
      const leads = scratchWrittenIn[id] === generation ? (scratchLeads[id] as number) : 0;
      if (leads < leaderCount - 1) return false;
    }
  }
  return true;
}
