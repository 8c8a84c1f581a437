/**
 * VectorService on one node, without a network: a collection this node has not applied yet
 * (created and acknowledged on the leader) is found after the node catches up, not answered
 * ENOTFOUND.
 */
import { describe, expect, it } from "vitest";
import {
  createMemoryEngine,
  type PeerRequester,
  VECTOR_HOP,
  VectorService,
} from "../../src/engine/index.js";
import { shardForVector } from "../../src/metadata/index.js";
import { encodeFloat32 } from "../../src/util/float32.js";
import { AT_MS, create, Harness, register } from "../metadata/fixtures.js";
import { hostedShard } from "./helpers.js";

const noPeers: PeerRequester = {
  request: () => Promise.reject(new Error("a one-node test sends nothing to peers")),
  close: () => {},
};

const record = (id: string) => ({ id, values: encodeFloat32(Float32Array.of(1, 2, 3, 4)) });

async function oneNode(withCatchUp: boolean) {
  const harness = new Harness().setup(register(1));
  const engine = createMemoryEngine();
  await engine.open();
  let catchUps = 0;
  // What catching up brings: the create the leader acknowledged, and the stores for it.
  const catchUp = async () => {
    catchUps++;
    if (catchUps > 1) return;
    harness.setup(create("docs", { dimensions: 4, shardCount: 2, replicationFactor: 1 }));
    await engine.create(hostedShard("docs", 0));
    await engine.create(hostedShard("docs", 1));
  };
  const service = new VectorService({
    nodeId: 1,
    engine,
    projector: harness.projector,
    peers: noPeers,
    ...(withCatchUp ? { catchUp } : {}),
  });
  return { service, catchUps: () => catchUps };
}

/**
 * One node holding docs/0 of the incarnation created at `firstAtMs`, whose catching up (once)
 * applies a drop and a re-create at `secondAtMs` that the leader acknowledged, and makes the new
 * incarnation's store (as the reconciler would).
 */
async function lagsBehindRecreate(firstAtMs: number, secondAtMs: number, shardCount = 2) {
  const spec = { dimensions: 4, shardCount, replicationFactor: 1 };
  const harness = new Harness().setup(register(1), { ...create("docs", spec), atMs: firstAtMs });
  const engine = createMemoryEngine();
  await engine.open();
  await engine.create(hostedShard("docs", 0, firstAtMs));
  let catchUps = 0;
  const catchUp = async () => {
    catchUps++;
    if (catchUps > 1) return;
    harness.setup(
      { type: "dropCollection", atMs: Math.max(firstAtMs, secondAtMs) + 1, name: "docs" },
      { ...create("docs", spec), atMs: secondAtMs },
    );
    await engine.drop("docs", 0);
    await engine.create(hostedShard("docs", 0, secondAtMs));
  };
  const service = new VectorService({
    nodeId: 1,
    engine,
    projector: harness.projector,
    peers: noPeers,
    catchUp,
  });
  return { engine, service, catchUps: () => catchUps };
}

/**
 * A routed upsert, get and search of docs/0 with `hop` fields (ids "new" and "old", both of
 * shard 0 of 2): each is refused ENOTHELD.
 */
async function expectRefusedEverywhere(
  service: VectorService,
  hop: { hop: number; shardId: number; createdAtMs?: number },
): Promise<void> {
  await expect(
    service.handle({ vectorUpsert: { collection: "docs", records: [record("new")], ...hop } }),
  ).rejects.toMatchObject({ code: "ENOTHELD" });
  await expect(
    service.handle({ vectorGet: { collection: "docs", id: "old", ...hop } }),
  ).rejects.toMatchObject({ code: "ENOTHELD" });
  await expect(
    service.handle({
      vectorSearch: { collection: "docs", values: record("q").values, k: 1, ...hop },
    }),
  ).rejects.toMatchObject({ code: "ENOTHELD" });
}

/** Node 1 alone and "docs" (4 dimensions, 2 shards, 1 replica): its view and an open engine. */
async function nodeOneWithDocs() {
  const harness = new Harness().setup(
    register(1),
    create("docs", { dimensions: 4, shardCount: 2, replicationFactor: 1 }),
  );
  const engine = createMemoryEngine();
  await engine.open();
  return { harness, engine };
}

/**
 * Node 1 alone, holding docs/0 (of 2 shards) since index 2 in its view, in a store holding
 * vector "kept" and made for the holding that began at `heldSinceIndex`.
 */
async function holderOfDocsZero(heldSinceIndex: number) {
  const { harness, engine } = await nodeOneWithDocs();
  await engine.create({ ...hostedShard("docs", 0), heldSinceIndex });
  await engine.upsert("docs", 0, [{ id: "kept", vector: Float32Array.of(1, 2, 3, 4) }]);
  const service = new VectorService({
    nodeId: 1,
    engine,
    projector: harness.projector,
    peers: noPeers,
  });
  return { engine, service };
}

describe("VectorService", () => {
  it("looks a collection it does not know up again after catching up", async () => {
    const { service, catchUps } = await oneNode(true);
    const written = await service.handle({
      vectorUpsert: { collection: "docs", records: [record("a"), record("b")] },
    });
    expect(written.ok).toBeDefined();
    expect(catchUps()).toBe(1);
    const read = await service.handle({
      vectorGet: { collection: "docs", id: "b", hop: VECTOR_HOP.client },
    });
    expect(read.vectorHits?.hits?.map((hit) => hit.id)).toEqual(["b"]);
    // A known collection needs no barrier.
    expect(catchUps()).toBe(1);
    // A name unknown after catching up is ENOTFOUND.
    await expect(
      service.handle({ vectorGet: { collection: "nope", id: "b" } }),
    ).rejects.toMatchObject({ code: "ENOTFOUND", message: expect.stringContaining('"nope"') });
    expect(catchUps()).toBe(2);
  });

  it("without a catch-up port answers from its own view", async () => {
    const { service } = await oneNode(false);
    await expect(
      service.handle({ vectorUpsert: { collection: "docs", records: [record("a")] } }),
    ).rejects.toMatchObject({ code: "ENOTFOUND" });
  });

  it("neither writes nor reads a store left by a dropped collection of the same name", async () => {
    // "docs" was dropped and made again; this node still holds the old one's stores (its
    // reconciler replaces them after the apply). A request for the new "docs" must not reach
    // them: a write there would be lost with them, a read would return the dropped vectors.
    const created = create("docs", { dimensions: 4, shardCount: 2, replicationFactor: 1 });
    const harness = new Harness().setup(register(1), created);
    const engine = createMemoryEngine();
    await engine.open();
    await engine.create(hostedShard("docs", 0));
    await engine.upsert("docs", 0, [{ id: "old", vector: Float32Array.of(1, 2, 3, 4) }]);
    harness.setup(
      { type: "dropCollection", atMs: AT_MS + 1, name: "docs" },
      { ...created, atMs: AT_MS + 2 },
    );
    const service = new VectorService({
      nodeId: 1,
      engine,
      projector: harness.projector,
      peers: noPeers,
    });
    await expectRefusedEverywhere(service, { hop: VECTOR_HOP.replica, shardId: 0 });
    expect((await engine.exportPage("docs", 0, "", 10)).map((r) => r.id)).toEqual(["old"]);
  });

  it("a retired store answers ShardState as such, takes no writes, still exports; an unsynced one exports nothing", async () => {
    const { harness, engine } = await nodeOneWithDocs();
    await engine.create(hostedShard("docs", 0));
    await engine.upsert("docs", 0, [{ id: "kept", vector: Float32Array.of(1, 2, 3, 4) }]);
    await engine.retire("docs", 0);
    await engine.create({ ...hostedShard("docs", 1), synced: false });
    const service = new VectorService({
      nodeId: 1,
      engine,
      projector: harness.projector,
      peers: noPeers,
    });
    const state = await service.handle({ shardState: { collection: "docs", shardId: 0 } });
    expect(state.shardState).toMatchObject({ held: true, synced: true, retired: true });
    await expect(
      service.handle({
        vectorUpsert: {
          collection: "docs",
          records: [record("new")],
          hop: VECTOR_HOP.replica,
          shardId: 0,
        },
      }),
    ).rejects.toMatchObject({ code: "ENOTHELD" });
    // Still a copy source for the shard's new holders.
    const page = await service.handle({
      shardExport: { collection: "docs", shardId: 0, afterId: "", limit: 10 },
    });
    expect(page.vectorHits?.hits?.map((hit) => hit.id)).toEqual(["kept"]);
    // A copy of another incarnation of docs gets no page of this one.
    const createdAtMs = hostedShard("docs", 0).createdAtMs;
    await expect(
      service.handle({
        shardExport: {
          collection: "docs",
          shardId: 0,
          afterId: "",
          limit: 10,
          createdAtMs: createdAtMs + 1,
        },
      }),
    ).rejects.toMatchObject({ code: "ENOTHELD" });
    const same = await service.handle({
      shardExport: { collection: "docs", shardId: 0, afterId: "", limit: 10, createdAtMs },
    });
    expect(same.vectorHits?.hits?.map((hit) => hit.id)).toEqual(["kept"]);
    // A store still being copied in would hand out a part of the shard as the whole.
    await expect(
      service.handle({ shardExport: { collection: "docs", shardId: 1, afterId: "", limit: 10 } }),
    ).rejects.toMatchObject({ code: "ENOTSYNCED" });
  });

  it("a store made for an earlier holding answers as retired, takes no writes and serves no reads until reinstated", async () => {
    // Node 1 holds docs/0 since index 2 (the create); its store was made for a holding that
    // began at 1: it lost the shard and got it back in one apply batch.
    const { engine, service } = await holderOfDocsZero(1);
    const routed = { hop: VECTOR_HOP.replica, shardId: 0 };
    const state = await service.handle({ shardState: { collection: "docs", shardId: 0 } });
    expect(state.shardState).toMatchObject({ held: true, retired: true, heldSinceIndex: 1 });
    await expect(
      service.handle({ vectorUpsert: { collection: "docs", records: [record("new")], ...routed } }),
    ).rejects.toMatchObject({ code: "ENOTHELD" });
    await expect(
      service.handle({ vectorGet: { collection: "docs", id: "kept", ...routed } }),
    ).rejects.toMatchObject({ code: "ENOTSYNCED" });
    // Reinstated by the reconciler: unsynced, of the current holding, its data kept.
    await engine.create({ ...hostedShard("docs", 0), synced: false, heldSinceIndex: 2 });
    const after = await service.handle({ shardState: { collection: "docs", shardId: 0 } });
    expect(after.shardState).toMatchObject({
      held: true,
      synced: false,
      retired: false,
      heldSinceIndex: 2,
      vectorCount: 1,
    });
    const written = await service.handle({
      vectorUpsert: { collection: "docs", records: [record("new")], ...routed },
    });
    expect(written.ok).toBeDefined();
  });

  it("refuses a routed read or write whose sender's view has this node holding the shard since later than its store", async () => {
    // Of the holding that began at the create (index 2), as this node's view says.
    const { service } = await holderOfDocsZero(2);
    const get = (holderSinceIndex?: number) =>
      service.handle({
        vectorGet: {
          collection: "docs",
          id: "kept",
          hop: VECTOR_HOP.replica,
          shardId: 0,
          ...(holderSinceIndex === undefined ? {} : { holderSinceIndex }),
        },
      });
    const search = (holderSinceIndex: number) =>
      service.handle({
        vectorSearch: {
          collection: "docs",
          values: record("q").values,
          k: 1,
          hop: VECTOR_HOP.replica,
          shardId: 0,
          holderSinceIndex,
        },
      });
    const upsert = (hop: number, holderSinceIndex: number) =>
      service.handle({
        vectorUpsert: {
          collection: "docs",
          records: [record("new")],
          hop,
          shardId: 0,
          holderSinceIndex,
        },
      });
    // The router saw this node lose the shard and get it back at 5: this store missed writes.
    await expect(get(5)).rejects.toMatchObject({ code: "ENOTSYNCED" });
    await expect(search(5)).rejects.toMatchObject({ code: "ENOTSYNCED" });
    for (const hop of [VECTOR_HOP.primary, VECTOR_HOP.replica]) {
      await expect(upsert(hop, 5)).rejects.toMatchObject({ code: "ENOTHELD" });
      expect((await upsert(hop, 2)).ok).toBeDefined();
    }
    for (const since of [undefined, 0, 2]) {
      expect((await get(since)).vectorHits?.hits?.map((hit) => hit.id)).toEqual(["kept"]);
    }
    expect((await search(2)).vectorHits?.hits?.map((hit) => hit.id)).toEqual(["kept"]);
  });

  it("sends with every routed hop the receiving holder's since index in its view", async () => {
    // Both nodes hold both shards, each since index 3 (the create).
    const harness = new Harness().setup(
      register(1),
      register(2),
      create("docs", { dimensions: 4, shardCount: 2, replicationFactor: 2 }),
    );
    const shardsResponse = harness.projector.query({
      type: "shardsOfCollection",
      collection: "docs",
    });
    if (!shardsResponse.ok || shardsResponse.result?.type !== "shards")
      throw new Error("no shards");
    const shards = shardsResponse.result.shards;
    const idIn = (shardId: number) => {
      let n = 0;
      while (shardForVector(`v${n}`, 2) !== shardId) n++;
      return `v${n}`;
    };
    const sent: Record<string, unknown>[] = [];
    const peers: PeerRequester = {
      request: async (_address, body) => {
        sent.push(body as Record<string, unknown>);
        return body.vectorGet ? { vectorHits: { hits: [] } } : { ok: { result: new Uint8Array() } };
      },
      close: () => {},
    };
    const engine = createMemoryEngine();
    await engine.open();
    for (const shard of shards) await engine.create(hostedShard("docs", shard.shardId));
    const service = new VectorService({ nodeId: 1, engine, projector: harness.projector, peers });
    const remote = shards.find((shard) => shard.primaryNodeId === 2);
    const local = shards.find((shard) => shard.primaryNodeId === 1);
    if (remote === undefined || local === undefined) throw new Error("one primary each expected");
    // To node 2 as the read's first holder and as the write's primary; to node 2 as the
    // replica of a write node 1 takes as the primary.
    await service.handle({ vectorGet: { collection: "docs", id: idIn(remote.shardId) } });
    await service.handle({
      vectorUpsert: { collection: "docs", records: [record(idIn(remote.shardId))] },
    });
    await service.handle({
      vectorUpsert: { collection: "docs", records: [record(idIn(local.shardId))] },
    });
    expect(sent).toMatchObject([
      { vectorGet: { hop: VECTOR_HOP.replica, shardId: remote.shardId, holderSinceIndex: 3 } },
      { vectorUpsert: { hop: VECTOR_HOP.primary, shardId: remote.shardId, holderSinceIndex: 3 } },
      { vectorUpsert: { hop: VECTOR_HOP.replica, shardId: local.shardId, holderSinceIndex: 3 } },
    ]);
  });

  it("refuses a client's read while it knows no leader, not a routed one nor a write", async () => {
    const { harness, engine } = await nodeOneWithDocs();
    await engine.create(hostedShard("docs", 0));
    await engine.create(hostedShard("docs", 1));
    let leaderKnown = false;
    const service = new VectorService({
      nodeId: 1,
      engine,
      projector: harness.projector,
      peers: noPeers,
      leaderKnown: () => leaderKnown,
    });
    const search = (hop: number) =>
      service.handle({
        vectorSearch: { collection: "docs", values: record("q").values, k: 1, hop, shardId: 0 },
      });
    await expect(
      service.handle({ vectorGet: { collection: "docs", id: "a" } }),
    ).rejects.toMatchObject({
      code: "ENOTLEADER",
      message: expect.stringContaining("knows no leader"),
    });
    await expect(search(VECTOR_HOP.client)).rejects.toMatchObject({ code: "ENOTLEADER" });
    // A routed read comes from a node whose view put this one among the holders.
    expect((await search(VECTOR_HOP.replica)).vectorHits).toBeDefined();
    // Writes need the leader anyway (the catch-up barrier); without that port they go on.
    expect(
      (await service.handle({ vectorUpsert: { collection: "docs", records: [record("a")] } })).ok,
    ).toBeDefined();
    leaderKnown = true;
    const read = await service.handle({ vectorGet: { collection: "docs", id: "a" } });
    expect(read.vectorHits?.hits?.map((hit) => hit.id)).toEqual(["a"]);
  });

  it("serves a routed request only from the incarnation the sender resolved, catching up first", async () => {
    const { engine, service, catchUps } = await lagsBehindRecreate(AT_MS, AT_MS + 2);
    const replicaHop = { hop: VECTOR_HOP.replica, shardId: 0 };
    // The sender resolved the re-created docs; this node has not applied it yet: it catches
    // up, then writes the new incarnation's store.
    await service.handle({
      vectorUpsert: {
        collection: "docs",
        records: [record("new")],
        ...replicaHop,
        createdAtMs: AT_MS + 2,
      },
    });
    expect(catchUps()).toBe(1);
    expect(engine.hostedShard("docs", 0)?.createdAtMs).toBe(AT_MS + 2);
    expect((await engine.exportPage("docs", 0, "", 10)).map((r) => r.id)).toEqual(["new"]);
    // A sender still on the dropped incarnation gets ENOTHELD (retried once it caught up),
    // for writes and reads alike.
    await expectRefusedEverywhere(service, { ...replicaHop, createdAtMs: AT_MS });
    expect((await engine.exportPage("docs", 0, "", 10)).map((r) => r.id)).toEqual(["new"]);
  });

  it("without a catch-up port answers a request of a newer incarnation ENOTHELD", async () => {
    const { harness, engine } = await nodeOneWithDocs();
    await engine.create(hostedShard("docs", 0));
    const service = new VectorService({
      nodeId: 1,
      engine,
      projector: harness.projector,
      peers: noPeers,
    });
    await expect(
      service.handle({
        vectorUpsert: {
          collection: "docs",
          records: [record("x")],
          hop: VECTOR_HOP.replica,
          shardId: 0,
          createdAtMs: AT_MS + 5,
        },
      }),
    ).rejects.toMatchObject({ code: "ENOTHELD" });
    expect(await engine.exportPage("docs", 0, "", 10)).toEqual([]);
  });

  it("catches up for a routed request of an incarnation created at an earlier clock time", async () => {
    // The dropped incarnation's leader had a clock ahead: the re-create's time is smaller.
    const { engine, service, catchUps } = await lagsBehindRecreate(AT_MS + 10, AT_MS + 5);
    await service.handle({
      vectorUpsert: {
        collection: "docs",
        records: [record("new")],
        hop: VECTOR_HOP.replica,
        shardId: 0,
        createdAtMs: AT_MS + 5,
      },
    });
    expect(catchUps()).toBe(1);
    expect((await engine.exportPage("docs", 0, "", 10)).map((r) => r.id)).toEqual(["new"]);
  });

  it("a client's write goes to the incarnation acknowledged before it, found by catching up", async () => {
    // The leader acknowledged a drop and re-create this node has not applied yet.
    const { engine, service } = await lagsBehindRecreate(AT_MS, AT_MS + 2, 1);
    await service.handle({ vectorUpsert: { collection: "docs", records: [record("x")] } });
    expect(engine.hostedShard("docs", 0)?.createdAtMs).toBe(AT_MS + 2);
    expect((await engine.exportPage("docs", 0, "", 10)).map((r) => r.id)).toEqual(["x"]);
  });

  it("a routed hop names a collection, never an alias", async () => {
    const spec = { dimensions: 4, shardCount: 1, replicationFactor: 1 };
    // docs was dropped and its name made an alias of another collection created in the same
    // millisecond (the same incarnation time).
    const harness = new Harness().setup(
      register(1),
      create("docs", spec),
      create("other", spec),
      { type: "dropCollection", atMs: AT_MS + 1, name: "docs" },
      { type: "createAlias", atMs: AT_MS + 2, alias: "docs", collection: "other" },
    );
    const engine = createMemoryEngine();
    await engine.open();
    await engine.create(hostedShard("other", 0));
    const service = new VectorService({
      nodeId: 1,
      engine,
      projector: harness.projector,
      peers: noPeers,
    });
    // A sender that still routes the dropped docs.
    await expect(
      service.handle({
        vectorUpsert: {
          collection: "docs",
          records: [record("y")],
          hop: VECTOR_HOP.replica,
          shardId: 0,
          createdAtMs: AT_MS,
        },
      }),
    ).rejects.toMatchObject({ code: "ENOTFOUND" });
    expect(await engine.exportPage("other", 0, "", 10)).toEqual([]);
  });
});
