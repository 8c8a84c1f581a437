/**
 * The metadata history of bench:restart: a deterministic stream of events shaped like a
 * long-lived cluster's log, whose VIEW stays the same size however long the stream runs (so
 * that replay, not state, is what grows with the history).
 *
 * Setup: NODE_COUNT nodes, COLLECTION_COUNT collections (SHARD_COUNT shards, replication
 * factor 3), one alias each. Then, per event (probabilities out of 10,000):
 * - 1: a node flaps offline / back online (re-places every collection: the costly event);
 * - 30: a node turns suspect / back online (no placement);
 * - 20: a scratch collection is created and dropped at once (two events, one placement);
 * - the rest: shard status reports, primary promotions, node label and capacity updates,
 *   alias switches and ef_search updates (some are rejected, as in real logs).
 */
import type { MetadataEvent, NodeStatus } from "../src/metadata/index.js";

export const NODE_COUNT = 20;
export const COLLECTION_COUNT = 300;
export const SHARD_COUNT = 8;
const AT_MS = 1_700_000_000_000;

function collectionSpec(name: string, dimensions: number) {
  return {
    name,
    dimensions,
    metric: "cosine" as const,
    hnsw: { m: 0, efConstruction: 0, efSearch: 0, maxElements: 0 },
    quantization: { kind: "scalar" as const },
    onDiskPayload: false,
    shardCount: SHARD_COUNT,
    replicationFactor: 3,
  };
}

export class RestartWorkload {
  private seed: number;
  private position = 0;
  private readonly statuses = new Map<number, NodeStatus>();
  /** A created scratch collection waiting for its drop (the next event). */
  private pendingDrop: string | undefined;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    for (let id = 1; id <= NODE_COUNT; id++) this.statuses.set(id, "online");
  }

  /** The events that build the view; emitted once, before the stream. */
  setup(): MetadataEvent[] {
    const events: MetadataEvent[] = [];
    for (let id = 1; id <= NODE_COUNT; id++) {
      events.push({
        type: "registerNode",
        atMs: AT_MS,
        nodeId: id,
        address: `10.0.${id >> 8}.${id & 255}:7000`,
        capacityBytes: 1 << 30,
        labels: { zone: `z${id % 3}` },
        role: id <= 5 ? "voter" : "learner",
      });
    }
    for (let c = 0; c < COLLECTION_COUNT; c++) {
      events.push({
        type: "createCollection",
        atMs: AT_MS,
        spec: collectionSpec(`collection-${c}`, 768),
      });
      events.push({
        type: "createAlias",
        atMs: AT_MS,
        alias: `alias-${c}`,
        collection: `collection-${c}`,
      });
    }
    return events;
  }

  /** The next event of the stream. */
  next(): MetadataEvent {
    const atMs = AT_MS + ++this.position;
    if (this.pendingDrop !== undefined) {
      const name = this.pendingDrop;
      this.pendingDrop = undefined;
      return { type: "dropCollection", atMs, name };
    }
    const roll = this.random(10_000);
    const nodeId = 1 + this.random(NODE_COUNT);
    if (roll < 1) return this.flap(atMs, nodeId, "offline");
    if (roll < 31) return this.flap(atMs, nodeId, "suspect");
    if (roll < 51) {
      const name = `scratch-${this.position}`;
      this.pendingDrop = name;
      return { type: "createCollection", atMs, spec: collectionSpec(name, 128) };
    }
    const collection = `collection-${this.random(COLLECTION_COUNT)}`;
    const shardId = this.random(SHARD_COUNT);
    if (roll < 4_000) {
      const status = this.random(2) === 0 ? "replicating" : "active";
      return { type: "setShardStatus", atMs, collection, shardId, status };
    }
    if (roll < 5_500) return { type: "promotePrimary", atMs, collection, shardId, nodeId };
    if (roll < 7_000) {
      const labels = { zone: `z${this.random(3)}`, rack: `r${this.random(8)}` };
      return { type: "updateNodeLabels", atMs, nodeId, labels };
    }
    if (roll < 8_000) {
      const capacityBytes = (1 << 30) + this.random(1 << 20);
      return { type: "updateNodeCapacity", atMs, nodeId, capacityBytes };
    }
    if (roll < 9_000) {
      const alias = `alias-${this.random(COLLECTION_COUNT)}`;
      return { type: "switchAlias", atMs, alias, collection };
    }
    const efSearch = 50 + this.random(200);
    return { type: "updateCollection", atMs, name: collection, efSearch, replicationFactor: 0 };
  }

  /** `away` and back: a node that is not online returns online, else it goes `away`. */
  private flap(atMs: number, nodeId: number, away: "offline" | "suspect"): MetadataEvent {
    const current = this.statuses.get(nodeId) ?? "online";
    const status: NodeStatus = current === "online" ? away : "online";
    this.statuses.set(nodeId, status);
    return { type: "updateNodeStatus", atMs, nodeId, status };
  }

  /** A linear congruential generator: deterministic, seeded per run. */
  private random(bound: number): number {
    this.seed = (Math.imul(this.seed, 1_103_515_245) + 12_345) >>> 0;
    return (this.seed >>> 8) % bound;
  }
}
