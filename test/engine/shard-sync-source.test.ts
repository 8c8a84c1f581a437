/**
 * Where a store being copied in reads the shard from (src/engine/shard-sync.ts): a synced copy
 * that is not retired whenever one answered, even when a retired one (kept by a node the shard
 * moved from: it may miss writes) has more vectors; a retired copy only when no other node has
 * the data; nothing while a node does not answer and nothing better answered. A copy the
 * copier's view says is not a holder's, or was made for an earlier holding than the view's
 * (ShardStateAnswer.held_since_index), counts as retired whatever its node says.
 */
import { describe, expect, it } from "vitest";
import { createMemoryEngine, type HostedShard, MemoryEngineFiles } from "../../src/engine/index.js";
import type { PeerRequester } from "../../src/engine/peer-requests.js";
import { ShardSyncer } from "../../src/engine/shard-sync.js";
import type { Collection, MetadataEvent, Shard } from "../../src/metadata/index.js";
import type { ClientRequest, ClientResponse } from "../../src/transport/index.js";
import { RuvraftError } from "../../src/util/errors.js";
import { encodeFloat32 } from "../../src/util/float32.js";
import { create, Harness, register } from "../metadata/fixtures.js";
import { ManualClock } from "./helpers.js";

/** What a peer answers: its ShardState, or "down" (unreachable). */
type PeerCopy =
  | "down"
  | { synced: boolean; retired?: boolean; heldSinceIndex?: number; ids: string[] };

/** A peer per node id, answering ShardState and ShardExport for shard notes/0. */
function fakePeers(createdAtMs: number, copies: Map<number, PeerCopy>): PeerRequester {
  const copyAt = (address: string): PeerCopy | undefined =>
    copies.get(Number(/^10\.0\.0\.(\d+):/.exec(address)?.[1]));
  return {
    async request(address: string, body: Omit<ClientRequest, "requestId">) {
      const copy = copyAt(address);
      if (copy === "down") throw new RuvraftError("EUNAVAILABLE", `${address} is down`);
      if (body.shardState) {
        if (copy === undefined) return { shardState: { held: false } } as ClientResponse;
        const { ids, ...state } = copy;
        return {
          shardState: { held: true, createdAtMs, vectorCount: ids.length, ...state },
        } as ClientResponse;
      }
      const ids = copy === undefined ? [] : copy.ids;
      const after = body.shardExport?.afterId ?? "";
      const hits = ids
        .filter((id) => id > after)
        .map((id) => ({ id, values: encodeFloat32(new Float32Array([1, 2, 3, 4])) }));
      return { vectorHits: { hits } } as ClientResponse;
    },
    close() {},
  };
}

/** Nodes 1-4 and "notes": one shard, three holders. */
function notesOnFourNodes(): Harness {
  return new Harness().setup(
    register(1),
    register(2),
    register(3),
    register(4),
    create("notes", { dimensions: 4, shardCount: 1, replicationFactor: 3 }),
  );
}

/**
 * Node `copier` (a holder of notes/0) copies its unsynced store in from peers answering
 * `copies(holders, outsider)`; resolves to the ids its store holds after one pass.
 */
async function copyOnce(
  copies: (others: number[], outsider: number) => Map<number, PeerCopy>,
  heldSinceIndex?: number,
): Promise<{ ids: string[]; synced: boolean | undefined }> {
  const harness = notesOnFourNodes();
  const shards = harness.projector.query({ type: "shardsOfCollection", collection: "notes" });
  const collections = harness.projector.query({ type: "listCollections" });
  if (
    !shards.ok ||
    shards.result?.type !== "shards" ||
    !collections.ok ||
    collections.result?.type !== "collections"
  ) {
    throw new Error("no collection");
  }
  const shard = shards.result.shards[0] as Shard;
  const collection = collections.result.collections[0] as Collection;
  const [copier, ...others] = [shard.primaryNodeId, ...shard.replicaNodeIds] as number[];
  const outsider = [1, 2, 3, 4].find((id) => id !== copier && !others.includes(id)) as number;
  const engine = createMemoryEngine(new MemoryEngineFiles());
  await engine.open();
  const store: HostedShard = {
    collection: "notes",
    shardId: 0,
    createdAtMs: collection.createdAtMs,
    spec: collection.spec,
    synced: false,
    ...(heldSinceIndex === undefined ? {} : { heldSinceIndex }),
  };
  await engine.create(store);
  const fatal: unknown[] = [];
  const syncer = new ShardSyncer({
    nodeId: copier as number,
    engine,
    projector: harness.projector,
    peers: fakePeers(collection.createdAtMs, copies(others, outsider)),
    propose: async () => ({ ok: true, index: 0 }),
    clock: new ManualClock(),
    onFatal: (error) => fatal.push(error),
  });
  syncer.notify();
  await syncer.idle();
  await syncer.stop();
  expect(fatal).toEqual([]);
  const ids = (await engine.exportPage("notes", 0, "", 100)).map((record) => record.id);
  return { ids, synced: engine.hosted()[0]?.synced };
}

const current = ["a", "b"];

function shardsOf(harness: Harness): Shard[] {
  const shards = harness.projector.query({ type: "shardsOfCollection", collection: "notes" });
  if (!shards.ok || shards.result?.type !== "shards") throw new Error("no shards");
  return shards.result.shards;
}

function collectionOf(harness: Harness): Collection {
  const collections = harness.projector.query({ type: "listCollections" });
  if (!collections.ok || collections.result?.type !== "collections") throw new Error("none");
  return collections.result.collections[0] as Collection;
}
const stale = ["a", "b", "c", "x", "y"];

describe("the copy source of a store being copied in", () => {
  it("is a copy that is not retired, even when retired ones have more vectors", async () => {
    const copied = await copyOnce(
      ([holder, staleHolder], outsider) =>
        new Map<number, PeerCopy>([
          [holder as number, { synced: true, ids: current }],
          // Given the shard back, its kept copy not reinstated yet: retired.
          [staleHolder as number, { synced: true, retired: true, ids: stale }],
          [outsider, { synced: true, retired: true, ids: stale }],
        ]),
    );
    expect(copied).toEqual({ ids: current, synced: true });
  });

  it("takes a lagging node's copy for retired: made for an earlier holding, or of a node that no longer holds it", async () => {
    // Every holder of notes/0 holds it since index 5 (its creation) in the copier's view.
    const copied = await copyOnce(
      ([holder, returned], outsider) =>
        new Map<number, PeerCopy>([
          [holder as number, { synced: true, heldSinceIndex: 5, ids: current }],
          // Its store was made for a holding that began at 3: it lost the shard and got it
          // back, and has not applied that yet.
          [returned as number, { synced: true, heldSinceIndex: 3, ids: stale }],
          // Not a holder in this view, but it has not applied that: it says current.
          [outsider, { synced: true, ids: stale }],
        ]),
    );
    expect(copied).toEqual({ ids: current, synced: true });
  });

  it("copies nothing into its own store made for an earlier holding (the reconciler reinstates it first)", async () => {
    const copies = ([holder]: number[]) =>
      new Map<number, PeerCopy>([[holder as number, { synced: true, ids: current }]]);
    // Held since the create (5) in the view; the store was made for a holding that began at 3.
    expect(await copyOnce(copies, 3)).toEqual({ ids: [], synced: false });
    expect(await copyOnce(copies, 5)).toEqual({ ids: current, synced: true });
  });

  it("waits while a node that may hold a current copy does not answer", async () => {
    const copied = await copyOnce(
      ([holder, other], outsider) =>
        new Map<number, PeerCopy>([
          [holder as number, "down"],
          [other as number, { synced: false, ids: [] }],
          [outsider, { synced: true, retired: true, ids: stale }],
        ]),
    );
    expect(copied).toEqual({ ids: [], synced: false });
  });

  it("takes a retired copy when every node answered and no other holds the shard synced", async () => {
    const copied = await copyOnce(
      (others, outsider) =>
        new Map<number, PeerCopy>([
          ...others.map((id): [number, PeerCopy] => [id, { synced: false, ids: [] }]),
          [outsider, { synced: true, retired: true, ids: stale }],
        ]),
    );
    expect(copied).toEqual({ ids: stale, synced: true });
  });
});

describe("the primary's report of a shard that moved", () => {
  /**
   * notes/0 (3 holders of 4 nodes) loses a replica to an offline node and gains the fourth
   * node; the primary, its store synced, asks the replicas with ShardState (the gained one
   * answers `gained`) and proposes SetShardStatus active when they all hold the data.
   */
  async function reportOnce(
    gained: PeerCopy,
    ownRetired = false,
    ownHeldSinceIndex?: number,
  ): Promise<MetadataEvent[]> {
    const harness = notesOnFourNodes();
    const [before] = shardsOf(harness);
    const leaving = (before as Shard).replicaNodeIds[0] as number;
    harness.setup({ type: "updateNodeStatus", atMs: 2, nodeId: leaving, status: "offline" });
    const shard = shardsOf(harness)[0] as Shard;
    expect(shard.status).toBe("replicating");
    const newcomer = shard.replicaNodeIds.find(
      (id) =>
        id !== (before as Shard).primaryNodeId && !(before as Shard).replicaNodeIds.includes(id),
    ) as number;
    const collection = collectionOf(harness);
    const engine = createMemoryEngine(new MemoryEngineFiles());
    await engine.open();
    await engine.create({
      collection: "notes",
      shardId: 0,
      createdAtMs: collection.createdAtMs,
      spec: collection.spec,
      ...(ownHeldSinceIndex === undefined ? {} : { heldSinceIndex: ownHeldSinceIndex }),
    });
    if (ownRetired) await engine.retire("notes", 0);
    const proposed: MetadataEvent[] = [];
    const copies = new Map<number, PeerCopy>(
      shard.replicaNodeIds.map((id): [number, PeerCopy] => [
        id,
        id === newcomer ? gained : { synced: true, ids: current },
      ]),
    );
    const syncer = new ShardSyncer({
      nodeId: shard.primaryNodeId,
      engine,
      projector: harness.projector,
      peers: fakePeers(collection.createdAtMs, copies),
      propose: async (event) => {
        proposed.push(event);
        return { ok: true, index: 0 };
      },
      clock: new ManualClock(),
      onFatal: (error) => {
        throw error;
      },
    });
    syncer.notify();
    await syncer.idle();
    await syncer.stop();
    return proposed.map((event) => ({ ...event, atMs: 0 }));
  }

  it("waits while a replica's copy is a retired one, not reinstated yet", async () => {
    expect(await reportOnce({ synced: true, retired: true, ids: current })).toEqual([]);
  });

  it("waits while a replica's copy was made for an earlier holding than this view's", async () => {
    // The gained replica holds the shard since the offline event (index 6) in this view.
    expect(await reportOnce({ synced: true, heldSinceIndex: 5, ids: current })).toEqual([]);
  });

  it("waits while its own copy is a retired one, not reinstated yet", async () => {
    expect(await reportOnce({ synced: true, ids: current }, true)).toEqual([]);
  });

  it("waits while its own copy was made for an earlier holding than its view's", async () => {
    // The primary holds notes/0 since its creation (index 5); its store was made at 3.
    expect(await reportOnce({ synced: true, ids: current }, false, 3)).toEqual([]);
    // Made for the current holding: it reports.
    expect(await reportOnce({ synced: true, ids: current }, false, 5)).toHaveLength(1);
  });

  it("proposes active with the holders it checked once every replica holds the data", async () => {
    const proposed = await reportOnce({ synced: true, ids: current });
    expect(proposed).toHaveLength(1);
    const event = proposed[0] as Extract<MetadataEvent, { type: "setShardStatus" }>;
    expect(event).toMatchObject({ type: "setShardStatus", status: "active" });
    expect(event.holderNodeIds?.length).toBe(3);
    // Each holder's since index as checked: the primary and the kept replica since the create
    // (5), the gained one since the offline event (6).
    expect(event.holderSinceIndexes).toEqual([5, 5, 6]);
  });
});
