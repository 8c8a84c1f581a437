/**
 * Races around a shard copy (src/engine/shard-sync.ts): a store made again, or retired and
 * reinstated, while its copy runs, and a store replaced by another incarnation while an
 * earlier shard copies,
 * are never marked synced without the shard's data; an acknowledged data-path write's id is
 * in the unsynced-writes log even after an earlier write of it failed to log.
 */
import { describe, expect, it } from "vitest";
import {
  createMemoryEngine,
  DirectoryShardEngine,
  type HostedShard,
  MemoryEngineFiles,
  MemoryStoreFactory,
  type ShardEngine,
} from "../../src/engine/index.js";
import type { PeerRequester } from "../../src/engine/peer-requests.js";
import { SHARD_COPY_PAGE, ShardSyncer } from "../../src/engine/shard-sync.js";
import type { Collection, Shard } from "../../src/metadata/index.js";
import type { ClientRequest, ClientResponse } from "../../src/transport/index.js";
import { encodeFloat32 } from "../../src/util/float32.js";
import { create, Harness, register } from "../metadata/fixtures.js";
import { hostedShard, ManualClock } from "./helpers.js";

type Copy = { createdAtMs: number; ids: string[] };
/** Peers by node id; each answers for shardId -> copy; beforePage(shardId, afterId). */
function peers(
  copies: Map<number, Map<number, Copy>>,
  beforePage: (shardId: number, afterId: string) => Promise<void>,
): PeerRequester {
  return {
    async request(address: string, body: Omit<ClientRequest, "requestId">) {
      const node = Number(/^10\.0\.0\.(\d+):/.exec(address)?.[1]);
      const shardId = body.shardState?.shardId ?? body.shardExport?.shardId ?? 0;
      const copy = copies.get(node)?.get(shardId ?? 0);
      if (body.shardState) {
        if (copy === undefined) return { shardState: { held: false } } as ClientResponse;
        return {
          shardState: {
            held: true,
            synced: true,
            createdAtMs: copy.createdAtMs,
            vectorCount: copy.ids.length,
          },
        } as ClientResponse;
      }
      const after = body.shardExport?.afterId ?? "";
      await beforePage(shardId ?? 0, after);
      const hits = (copy?.ids ?? [])
        .filter((id) => id > after)
        .slice(0, body.shardExport?.limit ?? 1000)
        .map((id) => ({ id, values: encodeFloat32(new Float32Array([1, 2, 3, 4])) }));
      return { vectorHits: { hits } } as ClientResponse;
    },
    close() {},
  };
}

function view(shardCount: number) {
  const harness = new Harness().setup(
    register(1),
    register(2),
    register(3),
    register(4),
    create("notes", { dimensions: 4, shardCount, replicationFactor: 3 }),
  );
  const s = harness.projector.query({ type: "shardsOfCollection", collection: "notes" });
  const c = harness.projector.query({ type: "listCollections" });
  if (!s.ok || s.result?.type !== "shards" || !c.ok || c.result?.type !== "collections")
    throw new Error();
  return {
    harness,
    shards: s.result.shards as Shard[],
    collection: c.result.collections[0] as Collection,
  };
}

const holders = (s: Shard) => [s.primaryNodeId, ...s.replicaNodeIds];

/** An unsynced store of notes/`shardId` (incarnation `createdAtMs`), as the reconciler makes. */
function unsyncedStore(collection: Collection, shardId: number, createdAtMs: number): HostedShard {
  return { collection: "notes", shardId, createdAtMs, spec: collection.spec, synced: false };
}

async function engineHolding(...stores: HostedShard[]) {
  const engine = createMemoryEngine(new MemoryEngineFiles());
  await engine.open();
  for (const store of stores) await engine.create(store);
  return engine;
}

/** The syncer of node `nodeId` over `engine`; its passes after the first wait for `clock`. */
function syncerOf(
  nodeId: number,
  engine: ShardEngine,
  harness: Harness,
  peerRequester: PeerRequester,
  clock = new ManualClock(),
): ShardSyncer {
  return new ShardSyncer({
    nodeId,
    engine,
    projector: harness.projector,
    peers: peerRequester,
    propose: async () => ({ ok: true, index: 0 }),
    clock,
    onFatal: (error) => {
      throw error;
    },
  });
}

const pageIds = (count: number) =>
  Array.from({ length: count }, (_, i) => `v${String(i).padStart(4, "0")}`);

describe("races around a shard copy", () => {
  it("a store made again while its copy runs is not marked synced with the copy's tail", async () => {
    const { harness, shards, collection } = view(1);
    const [copier, holder] = holders(shards[0] as Shard) as number[];
    const ids = pageIds(SHARD_COPY_PAGE + 100);
    const store = unsyncedStore(collection, 0, collection.createdAtMs);
    const engine = await engineHolding(store);
    let once = true;
    const source = new Map([
      [holder as number, new Map([[0, { createdAtMs: store.createdAtMs, ids }]])],
    ]);
    const p = peers(source, async (_shard, afterId) => {
      // Between the copy's first and second page the reconciler drops and re-makes the store.
      if (afterId !== "" && once) {
        once = false;
        await engine.drop("notes", 0);
        await engine.create(store);
      }
    });
    const clock = new ManualClock();
    const syncer = syncerOf(copier as number, engine, harness, p, clock);
    syncer.notify();
    await syncer.idle();
    expect(engine.hosted()[0]?.synced).toBe(false);
    // The retry pass starts over on the new store.
    clock.advance(60_000);
    await syncer.idle();
    await syncer.stop();
    expect(engine.hosted()[0]?.synced).toBe(true);
    const copied = await engine.exportPage("notes", 0, "", ids.length + 1);
    expect(copied.map((record) => record.id)).toEqual(ids);
  });

  it("a store reinstated during its copy is not marked synced missing writes made while retired", async () => {
    const { harness, shards, collection } = view(1);
    const [copier, holder] = holders(shards[0] as Shard) as number[];
    const store = unsyncedStore(collection, 0, collection.createdAtMs);
    const source: Copy = { createdAtMs: store.createdAtMs, ids: pageIds(SHARD_COPY_PAGE + 10) };
    const engine = await engineHolding(store);
    let once = true;
    const p = peers(
      new Map([[holder as number, new Map([[0, source]])]]),
      async (_shard, afterId) => {
        if (afterId !== "" && once) {
          once = false;
          // The shard moves away (still replicating): the reconciler retires the store here.
          await engine.retire("notes", 0);
          // A write acknowledged meanwhile by the shard's holders (not this retired store),
          // of an id the copy already passed.
          source.ids.unshift("a-written-while-retired");
          // The shard comes back: the store is reinstated unsynced, its data kept.
          await engine.create(store);
        }
      },
    );
    const syncer = syncerOf(copier as number, engine, harness, p);
    syncer.notify();
    await syncer.idle();
    await syncer.stop();
    const held = engine.hosted()[0];
    const has = (await engine.get("notes", 0, "a-written-while-retired")) !== undefined;
    // Either the store is not synced yet, or it holds the write.
    expect({ synced: held?.synced, has }).not.toEqual({ synced: true, has: false });
  });

  it("a store replaced by another incarnation before its copy starts is not marked synced empty", async () => {
    const { harness, shards, collection } = view(2);
    // A node holding both shards.
    const copier = [1, 2, 3, 4].find((n) => shards.every((s) => holders(s).includes(n))) as number;
    const first = collection.createdAtMs;
    const second = first + 1000;
    const sourceNode = holders(shards[1] as Shard).find((n) => n !== copier) as number;
    const engine = await engineHolding(
      unsyncedStore(collection, 0, first),
      unsyncedStore(collection, 1, first),
    );
    // Every other node: shard 0 of the first incarnation (for the first copy); the source
    // holds shard 1 of the second one, with data.
    const copies = new Map<number, Map<number, Copy>>();
    for (const n of [1, 2, 3, 4].filter((n) => n !== copier)) {
      copies.set(n, new Map([[0, { createdAtMs: first, ids: ["s0"] }]]));
    }
    copies.get(sourceNode)?.set(1, { createdAtMs: second, ids: ["second-data"] });
    let once = true;
    const p = peers(copies, async (shardId) => {
      if (shardId === 0 && once) {
        once = false;
        // While shard 0 copies, the reconciler replaces notes/1 with the second incarnation's
        // (unsynced: replicating here).
        await engine.drop("notes", 1);
        await engine.create(unsyncedStore(collection, 1, second));
      }
    });
    const syncer = syncerOf(copier, engine, harness, p);
    syncer.notify();
    await syncer.idle();
    await syncer.stop();
    const replaced = engine.hostedShard("notes", 1);
    expect(replaced?.createdAtMs).toBe(second);
    const has = (await engine.get("notes", 1, "second-data")) !== undefined;
    expect({ synced: replaced?.synced, has }).not.toEqual({ synced: true, has: false });
  });

  it("an acknowledged data-path write's id is in the unsynced-writes log", async () => {
    const files = new MemoryEngineFiles();
    const factory = new MemoryStoreFactory(files);
    const engine = new DirectoryShardEngine("/engine", files, factory);
    await engine.open();
    await engine.create({ ...hostedShard("docs", 0), synced: false });
    const v = (n: number) => ({ id: "x", vector: Float32Array.of(n, n, n, n) });
    await engine.upsert("docs", 0, [v(1)], { copyIn: true });
    // W1: its unsynced-writes append fails (a disk error): not acknowledged.
    files.crashAfterOperations = 0;
    await expect(engine.upsert("docs", 0, [v(2)])).rejects.toThrow();
    // The disk works again (the engine goes on); W2 of the same id is acknowledged.
    files.restart();
    await engine.upsert("docs", 0, [v(3)]);
    files.restart();
    const again = new DirectoryShardEngine("/engine", files, factory);
    await again.open();
    // A copy page (e.g. from a source that has not seen W2 yet, or a retired one).
    await again.upsert("docs", 0, [v(1)], { copyIn: true });
    expect(Array.from((await again.get("docs", 0, "x"))?.vector ?? [])).toEqual([3, 3, 3, 3]);
  });
});
