/**
 * What placement takes (PlaceCollectionOptions) and respects besides "the replicas of a shard are on distinct nodes":
 *
 * - Load bounds (`LoadBounds`): each node's share of a collection's T replicas. With equal
 *   capacities every node gets floor(T / n) to ceil(T / n). With capacities, a node's target is
 *   T * capacity / (sum of capacities), water-filled so that no node is asked for more than one
 *   replica per shard (a target above S is cut to S and the rest shared by the others), and its
 *   bounds are the floor and ceiling of its target. A node whose capacity is unknown (0) counts
 *   as the mean of the known ones.
 * - Spread (`Spread`): with a spread label, the replicas of each shard go to as many distinct
 *   zones (values of that label; a node without it is in zone "") as there are, up to R, with at
 *   most ceil(R / zones) replicas in one zone. `violation` measures how far a replica list is
 *   from that (0 = spread), counting the slots still to be filled as able to bring new zones.
 *
 * Bounds and spread can conflict (a zone of one node must hold a replica of every shard however
 * small its share): spread wins, the bounds are then kept as far as spread-preserving moves
 * allow. Both are pure functions of their inputs, like placement itself; `constraintsOf`
 * builds them once per ring, nodes, S and R.
 */
import type { HashRing } from "./hash-ring.js";

/** A shard's replicas, primary first. Empty = no node holds the shard. */
export type ReplicaList = readonly number[];

export interface PlaceCollectionOptions {
  collection: string;
  shardCount: number;
  replicationFactor: number;
  ring: HashRing;
  /** The current replicas per shard (index = shard id), primary first; absent = new. */
  current?: readonly ReplicaList[] | undefined;
  /** Capacities and zones of the ring's nodes; absent = equal shares, no spreading. */
  nodes?: PlacementNodes | undefined;
  /**
   * (Speed only) placementDigest(current), kept by a caller that checks the same placement
   * against many rings; MUST be the digest of `current`. isPlacementSettled reads it instead
   * of the per-shard arrays.
   */
  currentDigest?: PlacementDigest | undefined;
}

/**
 * What the settled check needs to know of a collection's current placement that does not
 * depend on the ring or the bounds, computed once per placement (the projector keeps one per
 * collection and recomputes it only when a shard changes). With it the check for equal bounds
 * and no spreading costs O(distinct nodes) per collection instead of O(shards x replicas).
 */
export interface PlacementDigest {
  /** Shards in the placement. */
  readonly shardCount: number;
  /** Replicas of every shard, or -1 when shards differ in their number of replicas. */
  readonly width: number;
  /** No shard lists a node twice. */
  readonly distinctPerShard: boolean;
  /** The distinct node ids holding a replica. */
  readonly nodeIds: readonly number[];
  /** The fewest and most replicas one of `nodeIds` holds (0 when there are none). */
  readonly loadMin: number;
  readonly loadMax: number;
  /** No shard's primary leads two or more shards more than one of its replicas (step 5). */
  readonly primariesBalanced: boolean;
}

/** Capacities and zones of the eligible nodes, for `placeCollection`. */
export interface PlacementNodes {
  /** Capacity per node in bytes; 0 or absent = unknown. Absent map = equal shares. */
  capacityBytes?: ReadonlyMap<number, number>;
  /** Zone per node (the spread label's value, "" without it). Absent map = no spreading. */
  zones?: ReadonlyMap<number, string>;
}

export class LoadBounds {
  /** Every node has the same bounds (`lowerEqual`, `upperEqual`). */
  readonly equal: boolean;
  /** The bounds when `equal`: floor(T / n) and ceil(T / n). */
  readonly lowerEqual: number;
  readonly upperEqual: number;
  private readonly lowers: Map<number, number> | undefined;
  private readonly uppers: Map<number, number> | undefined;

  /**
   * `total` replicas of a collection of `shardCount` shards over `nodeIds`, shared by
   * `capacityBytes` (see the file comment).
   */
  constructor(
    readonly nodeIds: readonly number[],
    total: number,
    shardCount: number,
    capacityBytes?: ReadonlyMap<number, number>,
  ) {
    const n = nodeIds.length;
    this.lowerEqual = Math.floor(total / n);
    this.upperEqual = Math.ceil(total / n);
    const weights = capacityWeights(nodeIds, capacityBytes);
    this.equal = weights === undefined;
    if (weights === undefined) return;
    this.lowers = new Map();
    this.uppers = new Map();
    for (const [id, target] of waterFill(nodeIds, weights, total, shardCount)) {
      this.lowers.set(id, Math.min(Math.floor(target), shardCount));
      this.uppers.set(id, Math.min(Math.ceil(target), shardCount));
    }
  }

  lower(nodeId: number): number {
    return this.lowers === undefined ? this.lowerEqual : (this.lowers.get(nodeId) as number);
  }

  upper(nodeId: number): number {
    return this.uppers === undefined ? this.upperEqual : (this.uppers.get(nodeId) as number);
  }

  /** Some node's load is below its lower bound (a node absent from `loads` has load 0). */
  anyBelowLower(loads: ReadonlyMap<number, number>): boolean {
    if (this.equal) {
      if (this.lowerEqual <= 0) return false;
      if (loads.size < this.nodeIds.length) return true;
      for (const load of loads.values()) if (load < this.lowerEqual) return true;
      return false;
    }
    for (const id of this.nodeIds) if ((loads.get(id) ?? 0) < this.lower(id)) return true;
    return false;
  }
}

/** Weights by node, or undefined when they are all equal (the unknown ones take the mean). */
function capacityWeights(
  nodeIds: readonly number[],
  capacityBytes: ReadonlyMap<number, number> | undefined,
): Map<number, number> | undefined {
  if (capacityBytes === undefined) return undefined;
  let knownSum = 0;
  let knownCount = 0;
  for (const id of nodeIds) {
    const capacity = capacityBytes.get(id) ?? 0;
    if (capacity > 0) {
      knownSum += capacity;
      knownCount++;
    }
  }
  if (knownCount === 0) return undefined;
  const mean = knownSum / knownCount;
  const weights = new Map<number, number>();
  let allEqual = true;
  for (const id of nodeIds) {
    const capacity = capacityBytes.get(id) ?? 0;
    const weight = capacity > 0 ? capacity : mean;
    if (weight !== mean) allEqual = false;
    weights.set(id, weight);
  }
  return allEqual ? undefined : weights;
}

/** Targets proportional to the weights, none above `cap` (its excess goes to the others). */
function waterFill(
  nodeIds: readonly number[],
  weights: ReadonlyMap<number, number>,
  total: number,
  cap: number,
): Map<number, number> {
  const targets = new Map<number, number>();
  let free = [...nodeIds];
  let remaining = total;
  while (free.length > 0) {
    const weightSum = free.reduce((sum, id) => sum + (weights.get(id) as number), 0);
    const share = (id: number) => (remaining * (weights.get(id) as number)) / weightSum;
    const capped = free.filter((id) => share(id) > cap);
    if (capped.length === 0) {
      for (const id of free) targets.set(id, share(id));
      break;
    }
    for (const id of capped) targets.set(id, cap);
    free = free.filter((id) => !targets.has(id));
    remaining -= cap * capped.length;
  }
  return targets;
}

export class Spread {
  /** Spreading applies (a spread label is set and the nodes span more than one zone). */
  readonly active: boolean;
  /** Zone index by node id. */
  private readonly zoneOf = new Map<number, number>();
  /** Distinct zones a full shard must span: min(R, zones). */
  private readonly zonesMin: number;
  /** Replicas of one shard one zone may hold: ceil(R / zones). */
  private readonly perZoneMax: number;
  /** Scratch counts by zone index (reset after each use). */
  private readonly counts: Int32Array;

  constructor(
    zones: ReadonlyMap<number, string> | undefined,
    nodeIds: readonly number[],
    replicas: number,
  ) {
    const indexes = new Map<string, number>();
    for (const id of zones === undefined ? [] : nodeIds) {
      const zone = zones?.get(id) ?? "";
      let index = indexes.get(zone);
      if (index === undefined) {
        index = indexes.size;
        indexes.set(zone, index);
      }
      this.zoneOf.set(id, index);
    }
    this.active = zones !== undefined && indexes.size > 1 && replicas > 1;
    this.zonesMin = Math.min(replicas, Math.max(1, indexes.size));
    this.perZoneMax = Math.ceil(replicas / Math.max(1, indexes.size));
    this.counts = new Int32Array(indexes.size);
  }

  /**
   * How far `shard` (with `replaced` at `position` when given, and `added` appended when given)
   * is from spread, `slotsLeft` more replicas still to come: missing zones beyond what those
   * slots can bring, plus replicas above a zone's share. 0 = spread (or no spreading).
   */
  violation(
    shard: readonly number[],
    slotsLeft: number,
    change?: { position: number; nodeId: number },
  ): number {
    if (!this.active) return 0;
    let distinct = 0;
    let excess = 0;
    const length =
      change !== undefined && change.position >= shard.length ? shard.length + 1 : shard.length;
    for (let position = 0; position < length; position++) {
      const id = change?.position === position ? change.nodeId : (shard[position] as number);
      const zone = this.zoneOf.get(id) as number;
      const count = (this.counts[zone] as number) + 1;
      this.counts[zone] = count;
      if (count === 1) distinct++;
      if (count > this.perZoneMax) excess++;
    }
    for (let position = 0; position < length; position++) {
      const id = change?.position === position ? change.nodeId : (shard[position] as number);
      this.counts[this.zoneOf.get(id) as number] = 0;
    }
    return Math.max(0, this.zonesMin - distinct - slotsLeft) + excess;
  }
}

/** The last constraints built, with what they were built from (see constraintsOf). */
let lastConstraints:
  | {
      ring: HashRing;
      nodes: PlacementNodes | undefined;
      shardCount: number;
      replicas: number;
      bounds: LoadBounds;
      spread: Spread;
    }
  | undefined;

/**
 * The bounds and spread of a collection: a pure function of the ring, the nodes' capacities and
 * zones, S and R, so the last ones are reused (placing every collection after a change asks
 * with the same ring and nodes, and mostly the same S and R, thousands of times).
 */
export function constraintsOf(
  options: Pick<PlaceCollectionOptions, "ring" | "nodes" | "shardCount">,
  replicas: number,
): { bounds: LoadBounds; spread: Spread } {
  const { ring, nodes, shardCount } = options;
  const last = lastConstraints;
  if (
    last !== undefined &&
    last.ring === ring &&
    last.nodes === nodes &&
    last.shardCount === shardCount &&
    last.replicas === replicas
  ) {
    return last;
  }
  const total = shardCount * replicas;
  const bounds = new LoadBounds(ring.nodeIds, total, shardCount, nodes?.capacityBytes);
  const spread = new Spread(nodes?.zones, ring.nodeIds, replicas);
  lastConstraints = { ring, nodes, shardCount, replicas, bounds, spread };
  return lastConstraints;
}
