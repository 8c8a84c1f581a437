/**
 * The consistent-hash ring of placement (placement.ts): every eligible node owns
 * VIRTUAL_NODES_PER_NODE points at placementHash(`node/<id>/<v>`); walking clockwise from a
 * shard's position gives its preference order of nodes.
 */
import { placementHash } from "./hash.js";

export const VIRTUAL_NODES_PER_NODE = 64;

/** A node's virtual points on the ring (cached: they depend on the id alone). */
const NODE_POINTS = new Map<number, Uint32Array>();
const NODE_POINTS_CACHED_MAX = 100_000;

function nodePoints(nodeId: number): Uint32Array {
  let points = NODE_POINTS.get(nodeId);
  if (points === undefined) {
    points = Uint32Array.from({ length: VIRTUAL_NODES_PER_NODE }, (_, virtual) =>
      placementHash(`node/${nodeId}/${virtual}`),
    );
    if (NODE_POINTS.size >= NODE_POINTS_CACHED_MAX) NODE_POINTS.clear();
    NODE_POINTS.set(nodeId, points);
  }
  return points;
}

function validNodeId(nodeId: number): boolean {
  return Number.isSafeInteger(nodeId) && nodeId >= 1 && nodeId <= 0xffffffff;
}

const MEMBER_BYTES_IDS = 1 << 16;

export class HashRing {
  /** Point hashes, ascending; `owners[i]` owns `points[i]`. */
  private readonly points: Uint32Array;
  private readonly owners: Uint32Array;
  readonly nodeIds: readonly number[];
  /** Membership: a byte per id below MEMBER_BYTES_IDS, a set above (ids are small in practice). */
  private readonly memberBytes: Uint8Array;
  private readonly membersLarge: ReadonlySet<number>;

  /** `nodeIds`: the eligible nodes, distinct safe integers >= 1. */
  constructor(nodeIds: readonly number[]);
  /** (Internal, see `derive`) the points already sorted by (hash, owner). */
  constructor(nodeIds: readonly number[], sorted: { points: Uint32Array; owners: Uint32Array });
  constructor(nodeIds: readonly number[], sorted?: { points: Uint32Array; owners: Uint32Array }) {
    const ids = [...nodeIds].sort((a, b) => a - b);
    for (let position = 1; position < ids.length; position++) {
      if (ids[position] === ids[position - 1]) throw new Error("duplicate node id in ring");
    }
    this.nodeIds = ids;
    const last = ids[ids.length - 1] ?? 0;
    this.memberBytes = new Uint8Array(Math.min(last, MEMBER_BYTES_IDS) + 1);
    for (const id of ids) if (id <= MEMBER_BYTES_IDS) this.memberBytes[id] = 1;
    this.membersLarge = new Set(ids.filter((id) => id > MEMBER_BYTES_IDS));
    if (sorted !== undefined) {
      this.points = sorted.points;
      this.owners = sorted.owners;
      return;
    }
    const entries: { hash: number; owner: number }[] = [];
    for (const nodeId of ids) {
      if (!validNodeId(nodeId)) throw new Error(`ring node id ${nodeId} out of range`);
      for (const hash of nodePoints(nodeId)) entries.push({ hash, owner: nodeId });
    }
    entries.sort((a, b) => a.hash - b.hash || a.owner - b.owner);
    this.points = Uint32Array.from(entries, (entry) => entry.hash);
    this.owners = Uint32Array.from(entries, (entry) => entry.owner);
  }

  /**
   * The ring of `nodeIds`, equal to `new HashRing(nodeIds)`, built from `from` in linear time
   * when the two differ by one node (the usual change: a node goes offline, comes back, joins or
   * leaves): its points are dropped from, or merged into, `from`'s sorted points.
   */
  static derive(from: HashRing, nodeIds: readonly number[]): HashRing {
    const added = nodeIds.filter((id) => !from.has(id));
    const kept = nodeIds.length - added.length;
    if (added.length === 0 && kept === from.nodeIds.length - 1) {
      const removed = from.nodeIds.find((id) => !nodeIds.includes(id)) as number;
      const keep = from.owners.reduce((count, owner) => count + (owner === removed ? 0 : 1), 0);
      const points = new Uint32Array(keep);
      const owners = new Uint32Array(keep);
      let at = 0;
      for (let position = 0; position < from.points.length; position++) {
        if (from.owners[position] === removed) continue;
        points[at] = from.points[position] as number;
        owners[at++] = from.owners[position] as number;
      }
      return new HashRing(nodeIds, { points, owners });
    }
    const joined = added[0] as number;
    if (added.length !== 1 || kept !== from.nodeIds.length || !validNodeId(joined)) {
      return new HashRing(nodeIds);
    }
    const fresh = [...nodePoints(joined)].sort((a, b) => a - b);
    const count = from.points.length + fresh.length;
    const points = new Uint32Array(count);
    const owners = new Uint32Array(count);
    let left = 0;
    let right = 0;
    for (let at = 0; at < count; at++) {
      const takeLeft =
        right >= fresh.length ||
        (left < from.points.length &&
          ((from.points[left] as number) < (fresh[right] as number) ||
            ((from.points[left] as number) === (fresh[right] as number) &&
              (from.owners[left] as number) < joined)));
      if (takeLeft) {
        points[at] = from.points[left] as number;
        owners[at] = from.owners[left++] as number;
      } else {
        points[at] = fresh[right++] as number;
        owners[at] = joined;
      }
    }
    return new HashRing(nodeIds, { points, owners });
  }

  /** `nodeId` is one of the ring's (eligible) nodes. */
  has(nodeId: number): boolean {
    // In bounds only: an out-of-bounds typed-array read would slow every later read here.
    if (nodeId < this.memberBytes.length) return this.memberBytes[nodeId] === 1;
    return nodeId > MEMBER_BYTES_IDS && this.membersLarge.has(nodeId);
  }

  /** Nodes in clockwise order from `hash`, each once. */
  *walk(hash: number): Generator<number> {
    const count = this.points.length;
    if (count === 0) return;
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.points[middle] as number) < hash) low = middle + 1;
      else high = middle;
    }
    const seen = new Set<number>();
    for (let step = 0; step < count && seen.size < this.nodeIds.length; step++) {
      const owner = this.owners[(low + step) % count] as number;
      if (!seen.has(owner)) {
        seen.add(owner);
        yield owner;
      }
    }
  }
}
