/**
 * Deterministic shard placement: consistent hashing with virtual nodes and bounded loads,
 * sticky to the current assignment.
 *
 * The ring: every eligible node owns VIRTUAL_NODES_PER_NODE points, at
 * placementHash(`node/<id>/<v>`); a shard's position is placementHash(`<collection>/<shardId>`).
 * Walking the ring clockwise from a shard's position gives its preference order of nodes.
 *
 * Placing one collection (S shards, R = min(replication factor, n) replicas each, n eligible
 * nodes, T = S * R assignments; each node has a `lower` and an `upper` bound on its load: with
 * equal capacities floor(T / n) and ceil(T / n), otherwise the floor and ceiling of its
 * capacity's share, see placement-constraints.ts, which also defines the spread over zones
 * when a spread label is set):
 *   1. Keep every current replica that is on an eligible node (at most R per shard, the first
 *      ones in primary-then-replica order; with spreading, only those the shard can still be
 *      spread with). Nothing else moves unless a bound requires it.
 *   2. Fill each shard (in shard order) up to R replicas: walk the ring from its position and
 *      take the first node not in the shard (and keeping it spreadable) whose load is below its
 *      `lower`; if none, below its `upper`; if none, the least loaded relative to its `upper`.
 *   3. While a node's load is above its `upper`: move one of its replicas (a shard where it is
 *      not primary if there is one; never spreading a shard worse) to the node with the most
 *      room below its `upper` that is not in that shard (if no shard allows it, through a third
 *      node: via -> to, then from -> via).
 *   4. While a node's load is below its `lower`: move a replica to it from the node furthest
 *      above its own `lower`, from a shard it is not in (or through a third node).
 *   5. Primaries: a shard keeps its primary while it remains a replica; otherwise the replica
 *      with the fewest primaries becomes primary. Then, while a node holds more than
 *      ceil(S / n) primaries, a shard it leads is handed to a replica with fewer (a promotion,
 *      no data moves).
 *
 * Guarantees with equal capacities and no spreading (tested in test/metadata/placement.test.ts;
 * with capacities or zones see placement-constraints.ts and its test):
 * - Replicas of a shard are on distinct eligible nodes.
 * - Balance: after a placement every eligible node holds between floor(T / n) and ceil(T / n)
 *   replicas of the collection. Steps 3 and 4 always find a move: a node with more replicas
 *   than another has a shard the other is not in (pigeonhole), and each move brings the two
 *   loads closer, so the loops end (bounded by T moves each).
 * - Movement: a placement only changes what the new node set or bounds require; adding one
 *   node to n moves at most ceil(T / (n + 1)) + n assignments and removing one at most
 *   ceil(T / n) + n (the theoretical minimum is about T / (n + 1) and T / n); the tests
 *   measure it.
 * - Determinism: a pure function of its inputs; ties break on node id.
 *
 * Cost: when the eligible nodes change, every collection is placed again; most are untouched
 * by a one-node change, and `isPlacementSettled` recognises those in O(shards x replicas)
 * without the per-node work, so the projector skips them. The ring of the new node set is
 * derived from the previous one in linear time (`HashRing.derive`), and each node's points
 * are hashed once per process.
 */
import { placementHash } from "./hash.js";
import type { HashRing } from "./hash-ring.js";
import {
  constraintsOf,
  type LoadBounds,
  type PlaceCollectionOptions,
  type ReplicaList,
  type Spread,
} from "./placement-constraints.js";

export { HashRing, VIRTUAL_NODES_PER_NODE } from "./hash-ring.js";
export type {
  PlaceCollectionOptions,
  PlacementDigest,
  ReplicaList,
} from "./placement-constraints.js";
export { isPlacementSettled, placementDigest } from "./placement-settled.js";

/** Places every shard of one collection; returns the replicas per shard, primary first. */
export function placeCollection(options: PlaceCollectionOptions): number[][] {
  const { collection, shardCount, ring } = options;
  const nodeCount = ring.nodeIds.length;
  const replicas = Math.min(options.replicationFactor, nodeCount);
  if (replicas === 0) return Array.from({ length: shardCount }, () => []);
  const total = shardCount * replicas;
  const state: PlacementState = {
    loads: new Map(),
    ...constraintsOf(options, replicas),
    replicas,
  };
  const { loads, spread } = state;
  const shards: number[][] = [];
  for (let shardId = 0; shardId < shardCount; shardId++) {
    const shard: number[] = [];
    for (const id of options.current?.[shardId] ?? []) {
      if (shard.length >= replicas) break;
      if (!ring.has(id)) continue;
      // With spreading, a replica stays only if the shard can still be spread with it.
      const slotsLeft = replicas - shard.length - 1;
      if (spread.violation(shard, slotsLeft, { position: shard.length, nodeId: id }) > 0) continue;
      shard.push(id);
      loads.set(id, (loads.get(id) ?? 0) + 1);
    }
    shards.push(shard);
  }
  // Two passes: the first gives free slots only to nodes below their lower bound (so that a
  // leaving node's replicas land where step 4 would otherwise have to move others), the second
  // fills the rest.
  for (const onlyBelowLower of [true, false]) {
    // No node below its lower bound (always so when they are 0): nothing to give in pass one.
    if (onlyBelowLower && !state.bounds.anyBelowLower(loads)) continue;
    for (let shardId = 0; shardId < shardCount; shardId++) {
      const shard = shards[shardId] as number[];
      if (shard.length >= replicas) continue;
      const hash = placementHash(`${collection}/${shardId}`);
      while (shard.length < replicas) {
        const chosen = chooseForFill(ring, hash, shard, state, onlyBelowLower);
        if (chosen === undefined) break;
        shard.push(chosen);
        loads.set(chosen, (loads.get(chosen) ?? 0) + 1);
      }
    }
  }
  trimOverloaded(shards, state, ring.nodeIds, total);
  raiseUnderloaded(shards, state, ring.nodeIds, total);
  balancePrimaries(shards, options.current);
  return shards;
}

interface PlacementState {
  /** Replicas per node placed so far (absent = 0). */
  loads: Map<number, number>;
  bounds: LoadBounds;
  spread: Spread;
  /** Replicas per shard. */
  replicas: number;
}

/**
 * The node for the next replica of `shard`: walking the ring from the shard's position, the
 * first node that keeps the shard spreadable and is below its lower bound, else the first
 * below its upper bound, else (second pass only) the least loaded relative to its bound among
 * those that spread best. In pass one (`onlyBelowLower`) undefined rather than a node at or
 * above its lower bound.
 */
function chooseForFill(
  ring: HashRing,
  hash: number,
  shard: number[],
  state: PlacementState,
  onlyBelowLower: boolean,
): number | undefined {
  const { bounds, spread } = state;
  const load = (id: number): number => state.loads.get(id) ?? 0;
  const slotsLeft = state.replicas - shard.length - 1;
  const breaksSpread = (id: number): number =>
    spread.violation(shard, slotsLeft, { position: shard.length, nodeId: id });
  // The walk looks for the first node below its lower bound, remembering the first below its
  // upper; when no node is below its lower bound the first below its upper is the answer and
  // the walk can stop there (the result is the same, the ring is not walked to its end).
  const belowLowerExists = bounds.anyBelowLower(state.loads);
  let belowUpper: number | undefined;
  for (const id of ring.walk(hash)) {
    if (shard.includes(id) || (spread.active && breaksSpread(id) > 0)) continue;
    if (load(id) < bounds.lower(id)) return id;
    if (belowUpper === undefined && load(id) < bounds.upper(id)) {
      belowUpper = id;
      if (!belowLowerExists) break;
    }
  }
  if (onlyBelowLower) return undefined;
  if (belowUpper !== undefined) return belowUpper;
  // Every node that spreads is at its upper bound: the least loaded (relative to its bound) of
  // those that break the spread least; ties on node id.
  let best: number | undefined;
  let bestKey: [number, number] = [0, 0];
  for (const id of ring.nodeIds) {
    if (shard.includes(id)) continue;
    const key: [number, number] = [breaksSpread(id), load(id) - bounds.upper(id)];
    if (
      best === undefined ||
      key[0] < bestKey[0] ||
      (key[0] === bestKey[0] && key[1] < bestKey[1])
    ) {
      best = id;
      bestKey = key;
    }
  }
  if (best === undefined) throw new Error("placement: no node left for a shard replica");
  return best;
}

/**
 * Moves one replica from `from` to `to` in the first suitable shard (one where `from` is not
 * primary first) that the move does not spread worse; returns false when there is none.
 */
function moveOne(shards: number[][], from: number, to: number, spread: Spread): boolean {
  const move = findMove(shards, from, to, spread);
  if (move === undefined) return false;
  move.shard[move.position] = to;
  return true;
}

function findMove(
  shards: number[][],
  from: number,
  to: number,
  spread: Spread,
): { shard: number[]; position: number } | undefined {
  let candidate: { shard: number[]; position: number } | undefined;
  for (const shard of shards) {
    const position = shard.indexOf(from);
    if (position < 0 || shard.includes(to)) continue;
    if (
      spread.active &&
      spread.violation(shard, 0, { position, nodeId: to }) > spread.violation(shard, 0)
    ) {
      continue;
    }
    if (position > 0) return { shard, position };
    candidate ??= { shard, position };
  }
  return candidate;
}

/**
 * With unequal shares every shard `from` holds may already hold `to`: then a replica goes from
 * some `via` to `to` and one from `from` to `via` (two moves, `via`'s load unchanged). Returns
 * whether such a pair was found and made.
 */
function moveThrough(
  shards: number[][],
  nodeIds: readonly number[],
  from: number,
  to: number,
  spread: Spread,
): boolean {
  for (const via of nodeIds) {
    if (via === from || via === to) continue;
    const first = findMove(shards, via, to, spread);
    if (first === undefined) continue;
    first.shard[first.position] = to;
    if (moveOne(shards, from, via, spread)) return true;
    first.shard[first.position] = via;
  }
  return false;
}

/**
 * Tries `moveOne(from, to)` for each `to` allowed, best first by `rank` (smaller first, ties on
 * node id), until one succeeds; returns the node moved to, or undefined.
 */
function moveToBest(
  shards: number[][],
  state: PlacementState,
  nodeIds: readonly number[],
  from: number,
  allowed: (id: number) => boolean,
  rank: (id: number) => number,
): number | undefined {
  const tried = new Set<number>([from]);
  for (;;) {
    let best: number | undefined;
    for (const id of nodeIds) {
      if (tried.has(id) || !allowed(id)) continue;
      if (best === undefined || rank(id) < rank(best)) best = id;
    }
    if (best === undefined) break;
    if (moveOne(shards, from, best, state.spread)) return best;
    tried.add(best);
  }
  // No direct move: through a third node, to the best target that allows it.
  const targets = nodeIds.filter((id) => id !== from && allowed(id));
  targets.sort((a, b) => rank(a) - rank(b) || a - b);
  return targets.find((to) => moveThrough(shards, nodeIds, from, to, state.spread));
}

/**
 * With equal shares and no spreading a move always exists (pigeonhole, see the file comment):
 * not finding one is a bug. Otherwise the bounds are kept as far as spread-preserving moves
 * allow.
 */
function assertMoveFound(state: PlacementState, what: string): void {
  if (state.bounds.equal && !state.spread.active) {
    throw new Error(`placement: no move found while ${what}`);
  }
}

/** Step 3: while a node holds more than its upper bound, moves a replica to the node with the most room. */
function trimOverloaded(
  shards: number[][],
  state: PlacementState,
  nodeIds: readonly number[],
  maxMoves: number,
): void {
  const { loads, bounds } = state;
  const load = (id: number) => loads.get(id) ?? 0;
  const stuck = new Set<number>();
  for (let moves = 0; moves <= maxMoves + nodeIds.length; moves++) {
    // The lowest id above its bound: only nodes holding something can be, so look at `loads`.
    let from: number | undefined;
    for (const [id, held] of loads) {
      if (held > bounds.upper(id) && !stuck.has(id) && (from === undefined || id < from)) from = id;
    }
    if (from === undefined) return;
    const to = moveToBest(
      shards,
      state,
      nodeIds,
      from,
      (id) => load(id) < bounds.upper(id),
      (id) => load(id) - bounds.upper(id),
    );
    if (to === undefined) {
      assertMoveFound(state, "trimming");
      stuck.add(from);
      continue;
    }
    loads.set(from, load(from) - 1);
    loads.set(to, load(to) + 1);
  }
  throw new Error("placement: trimming did not converge");
}

/** Step 4: while a node holds less than its lower bound, moves a replica to it from the node furthest above its own. */
function raiseUnderloaded(
  shards: number[][],
  state: PlacementState,
  nodeIds: readonly number[],
  maxMoves: number,
): void {
  const { loads, bounds } = state;
  // Equal bounds of 0 (more nodes than replicas): nobody can be below.
  if (bounds.equal && bounds.lowerEqual === 0) return;
  const load = (id: number) => loads.get(id) ?? 0;
  const stuck = new Set<number>();
  for (let moves = 0; moves <= maxMoves + nodeIds.length; moves++) {
    const to = nodeIds.find((id) => !stuck.has(id) && load(id) < bounds.lower(id));
    if (to === undefined) return;
    let moved: number | undefined;
    // The source is the most loaded above its lower bound that has a shard `to` can take.
    const sources = nodeIds
      .filter((id) => id !== to && load(id) > bounds.lower(id))
      .sort((a, b) => bounds.lower(a) - load(a) - (bounds.lower(b) - load(b)) || a - b);
    moved = sources.find((from) => moveOne(shards, from, to, state.spread));
    moved ??= sources.find((from) => moveThrough(shards, nodeIds, from, to, state.spread));
    if (moved === undefined) {
      assertMoveFound(state, "raising");
      stuck.add(to);
      continue;
    }
    loads.set(moved, load(moved) - 1);
    loads.set(to, load(to) + 1);
  }
  throw new Error("placement: raising did not converge");
}

/** Step 5: keeps current primaries where possible, then hands over from overloaded leaders. */
function balancePrimaries(shards: number[][], current: readonly ReplicaList[] | undefined): void {
  // Shards led per node (absent = 0).
  const counts = new Map<number, number>();
  const pending: number[][] = [];
  shards.forEach((shard, shardId) => {
    if (shard.length === 0) return;
    const previous = current?.[shardId]?.[0];
    const position = previous === undefined ? -1 : shard.indexOf(previous);
    if (position < 0) {
      pending.push(shard);
      return;
    }
    promote(shard, position);
    counts.set(shard[0] as number, (counts.get(shard[0] as number) ?? 0) + 1);
  });
  for (const shard of pending) {
    let best = 0;
    for (let position = 1; position < shard.length; position++) {
      if ((counts.get(shard[position] as number) ?? 0) < (counts.get(shard[best] as number) ?? 0)) {
        best = position;
      }
    }
    promote(shard, best);
    counts.set(shard[0] as number, (counts.get(shard[0] as number) ?? 0) + 1);
  }
  // Local search: hand a shard to a replica leading at least two fewer shards. Each handover
  // lowers the sum of squared counts, so the loop ends; it is bounded anyway.
  for (let round = 0; round < shards.length + 1; round++) {
    let changed = false;
    for (const shard of shards) {
      const leader = shard[0];
      if (leader === undefined) continue;
      const leaderCount = counts.get(leader) ?? 0;
      let best = -1;
      let bestCount = leaderCount - 1;
      for (let position = 1; position < shard.length; position++) {
        const count = counts.get(shard[position] as number) ?? 0;
        if (count < bestCount) {
          best = position;
          bestCount = count;
        }
      }
      if (best < 0) continue;
      counts.set(leader, leaderCount - 1);
      promote(shard, best);
      counts.set(shard[0] as number, bestCount + 1);
      changed = true;
    }
    if (!changed) return;
  }
}

/** Swaps the replica at `position` to the front (the old primary takes its place). */
function promote(shard: number[], position: number): void {
  if (position === 0) return;
  const leader = shard[0] as number;
  shard[0] = shard[position] as number;
  shard[position] = leader;
}
