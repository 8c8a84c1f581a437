/**
 * The reconciler against the placement: after every event of a random sequence, and after a
 * crash at a random point, each node's engine holds exactly what the placement assigns it,
 * plus only stores it must retain (their shard still waits for its new holders).
 */
import fc from "fast-check";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import {
  createMemoryEngine,
  type HostedShard,
  MemoryEngineFiles,
  planReconcile,
  projectorPlacement,
  registerEngineMetrics,
  ShardReconciler,
  sameStore,
} from "../../src/engine/index.js";
import type { MetadataEvent, MetadataProjector, Shard } from "../../src/metadata/index.js";
import { eventsArbitrary } from "../metadata/arbitraries.js";
import { basicCluster, create, Harness, register } from "../metadata/fixtures.js";
import { ManualClock } from "./helpers.js";

const NODE_IDS = [1, 2, 3, 4, 5, 6];

interface EngineNode {
  nodeId: number;
  files: MemoryEngineFiles;
  engine: ReturnType<typeof createMemoryEngine>;
  reconciler: ShardReconciler;
  fatal: unknown[];
}

async function startNode(
  nodeId: number,
  projector: MetadataProjector,
  files = new MemoryEngineFiles(),
): Promise<EngineNode> {
  const engine = createMemoryEngine(files);
  await engine.open();
  const fatal: unknown[] = [];
  const reconciler = new ShardReconciler({
    nodeId,
    engine,
    placement: projectorPlacement(projector),
    clock: new ManualClock(),
    concurrency: 3,
    onFatal: (error) => fatal.push(error),
  });
  return { nodeId, files, engine, reconciler, fatal };
}

function storeKeys(held: readonly HostedShard[]): string[] {
  return held.map((h) => `${h.collection}/${h.shardId}@${h.createdAtMs}`).sort();
}

async function reconcile(node: EngineNode): Promise<void> {
  node.reconciler.notify();
  await node.reconciler.idle();
}

/** The rule, stated independently of planReconcile. */
function checkHolds(
  projector: MetadataProjector,
  nodeId: number,
  held: readonly HostedShard[],
): void {
  const listed = projector.query({ type: "listCollections" });
  if (!listed.ok || listed.result?.type !== "collections") throw new Error("no collections");
  const expected = new Map<string, { store: HostedShard; shard: Shard }>();
  for (const collection of listed.result.collections) {
    const shards = projector.query({
      type: "shardsOfCollection",
      collection: collection.spec.name,
    });
    if (!shards.ok || shards.result?.type !== "shards") throw new Error("no shards");
    for (const shard of shards.result.shards) {
      expected.set(`${collection.spec.name}/${shard.shardId}`, {
        shard,
        store: {
          collection: collection.spec.name,
          shardId: shard.shardId,
          createdAtMs: collection.createdAtMs,
          spec: collection.spec,
        },
      });
    }
  }
  const heldByKey = new Map(held.map((h) => [`${h.collection}/${h.shardId}`, h]));
  for (const [key, { shard, store }] of expected) {
    const assigned =
      shard.primaryNodeId === nodeId ||
      shard.replicaNodeIds.includes(nodeId) ||
      shard.migration?.targetNodeId === nodeId;
    const have = heldByKey.get(key);
    if (assigned) {
      expect(have, `node ${nodeId} must hold ${key}`).toBeDefined();
      expect(
        sameStore(have as HostedShard, store),
        `node ${nodeId} holds ${key} of its incarnation`,
      ).toBe(true);
    } else if (have !== undefined) {
      expect(sameStore(have, store), `node ${nodeId} keeps ${key} of a gone incarnation`).toBe(
        true,
      );
      expect(shard.status, `node ${nodeId} keeps ${key} although its shard is active`).not.toBe(
        "active",
      );
    }
  }
  for (const key of heldByKey.keys()) {
    expect(expected.has(key), `node ${nodeId} keeps ${key} of a dropped collection`).toBe(true);
  }
}

/** Node 1 going offline or coming back online. */
function nodeOneStatus(status: "offline" | "online"): MetadataEvent {
  return { type: "updateNodeStatus", atMs: 2, nodeId: 1, status };
}

/** Five nodes, "notes" (4 shards x 3), node 1 reconciled with a vector in each store it holds. */
async function nodeWithKeptCopies(): Promise<{
  harness: Harness;
  node: EngineNode;
  held: Set<number>;
}> {
  const harness = new Harness().setup(
    register(1),
    register(2),
    register(3),
    register(4),
    register(5),
    create("notes", { dimensions: 4, shardCount: 4, replicationFactor: 3 }),
  );
  const node = await startNode(1, harness.projector);
  await reconcile(node);
  const held = new Set(node.engine.hosted().map((h) => h.shardId));
  expect(held.size).toBeGreaterThan(0);
  for (const shardId of held) {
    await node.engine.upsert("notes", shardId, [
      { id: `kept-${shardId}`, vector: Float32Array.of(1, 2, 3, 4) },
    ]);
  }
  return { harness, node, held };
}

/**
 * The shards of "notes" node 1 held (`held`) and holds again: each store is unsynced, not
 * retired, and keeps what it held. Returns those shards.
 */
async function expectRegainedCopiesReinstated(
  harness: Harness,
  node: EngineNode,
  held: Set<number>,
): Promise<Shard[]> {
  const shards = harness.projector.query({ type: "shardsOfCollection", collection: "notes" });
  if (!shards.ok || shards.result?.type !== "shards") throw new Error("no shards");
  const regained = shards.result.shards.filter(
    (s) => held.has(s.shardId) && [s.primaryNodeId, ...s.replicaNodeIds].includes(1),
  );
  expect(regained.length, "placement gives node 1 back a shard it kept").toBeGreaterThan(0);
  for (const shard of regained) {
    const store = node.engine.hosted().find((h) => h.shardId === shard.shardId);
    expect(store?.synced, `node 1's kept copy of notes/${shard.shardId}`).toBe(false);
    expect(store?.retired, `node 1's kept copy of notes/${shard.shardId}`).toBeUndefined();
    // Reinstated, not wiped: what it held stays for the copy-in to complete.
    const ids = (await node.engine.exportPage("notes", shard.shardId, "", 10)).map((r) => r.id);
    expect(ids).toEqual([`kept-${shard.shardId}`]);
  }
  return regained;
}

describe("the shard reconciler", () => {
  it("holds exactly the shards placement gives each node after every event (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(eventsArbitrary, async (events: MetadataEvent[]) => {
        const harness = new Harness();
        const nodes = await Promise.all(NODE_IDS.map((id) => startNode(id, harness.projector)));
        for (const event of events) {
          harness.apply(event);
          for (const node of nodes) {
            await reconcile(node);
            expect(node.fatal).toEqual([]);
            checkHolds(harness.projector, node.nodeId, node.engine.hosted());
            expect(node.reconciler.drift()).toBe(0);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("repairs a crash at any point of a pass after the restart (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArbitrary,
        fc.nat(),
        fc.integer({ min: 0, max: 40 }),
        async (events: MetadataEvent[], where: number, crashAfter: number) => {
          const harness = new Harness();
          let node = await startNode(1, harness.projector);
          const crashAt = where % events.length;
          for (const [position, event] of events.entries()) {
            harness.apply(event);
            if (position === crashAt) node.files.crashAfterOperations = crashAfter;
            await reconcile(node);
            // A crash point the pass did not reach is disarmed.
            if (node.fatal.length === 0) node.files.restart();
            if (node.fatal.length > 0) {
              expect(node.fatal[0]).toBeInstanceOf(Error);
              expect((node.fatal[0] as Error).name).toBe("SimulatedCrash");
              node.files.restart();
              node = await startNode(1, harness.projector, node.files);
              await reconcile(node);
            }
            expect(node.fatal).toEqual([]);
            checkHolds(harness.projector, 1, node.engine.hosted());
            // What the engine believes it holds is what is on disk.
            const probe = createMemoryEngine(node.files);
            expect(storeKeys(await probe.open())).toEqual(storeKeys(node.engine.hosted()));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps a moved shard's store until its new holders are active, then drops it", async () => {
    const harness = new Harness().setup(
      register(1),
      register(2),
      create("docs", { shardCount: 4, replicationFactor: 1 }),
    );
    const node1 = await startNode(1, harness.projector);
    await reconcile(node1);
    const before = node1.engine.hosted().length;
    expect(before).toBe(2);
    harness.setup(register(3), register(4));
    await reconcile(node1);
    const shards = harness.projector.query({ type: "shardsOfCollection", collection: "docs" });
    if (!shards.ok || shards.result?.type !== "shards") throw new Error("no shards");
    const moved = shards.result.shards.filter(
      (s) =>
        s.status === "replicating" &&
        node1.engine.hosted().some((h) => h.shardId === s.shardId) &&
        s.primaryNodeId !== 1,
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const shard of moved) {
      harness.setup({
        type: "setShardStatus",
        atMs: 1,
        collection: "docs",
        shardId: shard.shardId,
        status: "active",
      });
    }
    await reconcile(node1);
    checkHolds(harness.projector, 1, node1.engine.hosted());
    for (const shard of moved) {
      expect(node1.engine.hosted().some((h) => h.shardId === shard.shardId)).toBe(false);
    }
  });

  it("a shard given back to a node that kept its old copy is copied in again, not served stale", async () => {
    // Node 1 holds shards of "notes"; it goes offline, its shards are placed elsewhere (it
    // keeps the copies while they are replicating) and writes go on without it; it comes back
    // and placement gives it some of those shards again. The copies it kept miss those writes:
    // they must start unsynced (copied in again), never count as holding the shard's data, and
    // keep what they hold (they may be the best copy left).
    const { harness, node, held } = await nodeWithKeptCopies();
    harness.setup(nodeOneStatus("offline"));
    await reconcile(node);
    // Retained: not assigned, its shard replicating on its new holders.
    expect(
      node.engine
        .hosted()
        .map((h) => h.shardId)
        .sort(),
    ).toEqual([...held].sort());
    expect(node.engine.hosted().every((h) => h.retired === true)).toBe(true);
    // Durably: a restart still knows.
    const reopened = await createMemoryEngine(node.files).open();
    expect(reopened.every((h) => h.retired === true)).toBe(true);
    harness.setup(nodeOneStatus("online"));
    await reconcile(node);
    await expectRegainedCopiesReinstated(harness, node, held);
  });

  it("does the same when it applies the loss and the return at once, never seeing itself unassigned", async () => {
    // One apply batch (or a snapshot from the leader) holding both placements: the copies were
    // never retired, yet they miss the writes made in between. The metadata's holder since
    // index tells: it is later than the one each store was made for.
    const { harness, node, held } = await nodeWithKeptCopies();
    const generations = new Map(
      [...held].map((shardId) => [shardId, node.engine.storeGeneration("notes", shardId)]),
    );
    harness.setup(nodeOneStatus("offline"), nodeOneStatus("online"));
    await reconcile(node);
    const regained = await expectRegainedCopiesReinstated(harness, node, held);
    for (const shard of regained) {
      // A new generation: a copy begun on the old holding cannot mark it synced.
      expect(node.engine.storeGeneration("notes", shard.shardId)).not.toBe(
        generations.get(shard.shardId),
      );
      const store = node.engine.hosted().find((h) => h.shardId === shard.shardId);
      expect(store?.heldSinceIndex).toBe(
        shard.holderSince?.find((since) => since.nodeId === 1)?.sinceIndex,
      );
    }
    // Durably: a restart finds the same (unsynced, held since the new index).
    const reopened = await createMemoryEngine(node.files).open();
    expect(reopened.filter((h) => h.synced === false).length).toBe(regained.length);
    // Reconciled again, nothing changes: the reinstated stores are of the current holding.
    const before = node.engine.hosted();
    await reconcile(node);
    expect(node.engine.hosted()).toEqual(before);
  });

  it("records the holding of a synced store made before heldSinceIndex, without reinstating it", async () => {
    const harness = new Harness().setup(
      register(1),
      create("notes", { dimensions: 4, shardCount: 1, replicationFactor: 1 }),
    );
    const node = await startNode(1, harness.projector);
    const [collection] = [...projectorPlacement(harness.projector).collections()];
    if (collection === undefined) throw new Error("no collection");
    // As a node of the version before the field made it.
    await node.engine.create({
      collection: "notes",
      shardId: 0,
      createdAtMs: collection.collection.createdAtMs,
      spec: collection.collection.spec,
    });
    const generation = node.engine.storeGeneration("notes", 0);
    await reconcile(node);
    expect(node.engine.hosted()).toMatchObject([{ shardId: 0, synced: true, heldSinceIndex: 2 }]);
    expect(node.engine.storeGeneration("notes", 0)).toBe(generation);
    const reopened = await createMemoryEngine(node.files).open();
    expect(reopened).toMatchObject([{ shardId: 0, heldSinceIndex: 2 }]);
  });

  it("makes a store held since the applied index where the metadata does not know since when (a holder from before the field)", () => {
    const harness = new Harness().setup(
      register(1),
      create("notes", { dimensions: 4, shardCount: 1, replicationFactor: 1 }),
    );
    const placement = projectorPlacement(harness.projector);
    const [entry] = [...placement.collections()];
    if (entry === undefined) throw new Error("no collection");
    const legacy = {
      collections: () => [
        {
          collection: entry.collection,
          shards: entry.shards.map(({ holderSince: _, ...shard }) => shard),
        },
      ],
      appliedIndex: () => 40,
    };
    expect(planReconcile(legacy, 1, []).create).toMatchObject([{ shardId: 0, heldSinceIndex: 40 }]);
    expect(planReconcile(placement, 1, []).create).toMatchObject([
      { shardId: 0, heldSinceIndex: 2 },
    ]);
  });

  it("keeps a shard's copies as they are while it has no holder, and reuses them when it comes back", async () => {
    // Every node goes offline, node 1 last: the shards of "notes" lose all their holders
    // (status offline) and take no writes. Node 1's copies, the last holder's, are then whole:
    // they must not be retired nor reinstated (its holder since index is kept while the shard
    // has no holder). Had node 1 gone offline first, its copies would miss the writes nodes 2
    // and 3 took after it, and would be copied in again (the test above).
    const harness = new Harness().setup(
      register(1),
      register(2),
      register(3),
      create("notes", { dimensions: 4, shardCount: 2, replicationFactor: 3 }),
    );
    const node = await startNode(1, harness.projector);
    await reconcile(node);
    const before = node.engine.hosted().map((h) => h.shardId);
    expect(before.length).toBe(2);
    const status = (nodeId: number, s: "offline" | "online"): MetadataEvent => ({
      type: "updateNodeStatus",
      atMs: 2,
      nodeId,
      status: s,
    });
    harness.setup(status(2, "offline"), status(3, "offline"), status(1, "offline"));
    await reconcile(node);
    const shards = harness.projector.query({ type: "shardsOfCollection", collection: "notes" });
    if (!shards.ok || shards.result?.type !== "shards") throw new Error("no shards");
    expect(shards.result.shards.map((s) => s.status)).toEqual(["offline", "offline"]);
    expect(node.engine.hosted().map((h) => [h.shardId, h.retired ?? false, h.synced])).toEqual(
      before.map((id) => [id, false, true]),
    );
    harness.setup(status(1, "online"));
    await reconcile(node);
    // Given back: the same stores, still synced, never replaced.
    expect(node.engine.hosted().map((h) => [h.shardId, h.retired ?? false, h.synced])).toEqual(
      before.map((id) => [id, false, true]),
    );
  });

  it("drops every store of a dropped collection", async () => {
    const harness = basicCluster();
    const node = await startNode(2, harness.projector);
    await reconcile(node);
    expect(node.engine.hosted().length).toBe(8);
    harness.setup({ type: "dropCollection", atMs: 2, name: "docs" });
    await reconcile(node);
    expect(node.engine.hosted()).toEqual([]);
    expect([...node.files.files.keys()].filter((k) => k.startsWith("/engine/docs/"))).toEqual([]);
  });

  it("retries a refused store after the retry delay and counts the failure as drift", async () => {
    const harness = new Harness().setup(register(1));
    harness.setup(
      create("big", {
        shardCount: 1,
        replicationFactor: 1,
        hnsw: { m: 300, efConstruction: 400, efSearch: 0, maxElements: 0 },
      }),
    );
    const clock = new ManualClock();
    const engine = createMemoryEngine();
    await engine.open();
    const reconciler = new ShardReconciler({
      nodeId: 1,
      engine,
      placement: projectorPlacement(harness.projector),
      clock,
      onFatal: (error) => {
        throw error;
      },
    });
    const registry = new Registry();
    registerEngineMetrics(registry, engine, reconciler);
    reconciler.notify();
    await reconciler.idle();
    expect(reconciler.failureCount()).toBe(1);
    expect(reconciler.drift()).toBe(1);
    const text = await registry.metrics();
    expect(text).toMatch(/^ruvraft_engine_drift_shards 1$/m);
    expect(text).toMatch(/^ruvraft_engine_failed_operations_total 1$/m);
    expect(text).toMatch(/^ruvraft_engine_stores 0$/m);
    expect(clock.timers()).toBe(1);
    clock.advance(1000);
    await reconciler.idle();
    expect(reconciler.failureCount()).toBe(2);
    expect(await registry.metrics()).toMatch(/^ruvraft_engine_failed_operations_total 2$/m);
    await reconciler.stop();
    expect(clock.timers()).toBe(0);
  });

  it("does nothing while the placement is not ready (a node still replaying its log)", async () => {
    const harness = basicCluster();
    const engine = createMemoryEngine();
    await engine.open();
    await engine.create({
      collection: "old",
      shardId: 0,
      createdAtMs: 1,
      spec: {
        ...(
          harness.projector.query({ type: "getCollection", name: "docs" }) as {
            result: { collection: { spec: HostedShard["spec"] } };
          }
        ).result.collection.spec,
        name: "old",
      },
    });
    let ready = false;
    const reconciler = new ShardReconciler({
      nodeId: 1,
      engine,
      placement: projectorPlacement(harness.projector),
      clock: new ManualClock(),
      placementReady: () => ready,
      onFatal: (error) => {
        throw error;
      },
    });
    reconciler.notify();
    await reconciler.idle();
    expect(engine.hosted().map((h) => h.collection)).toEqual(["old"]);
    ready = true;
    reconciler.notify();
    await reconciler.idle();
    expect(engine.hosted().every((h) => h.collection === "docs")).toBe(true);
    expect(engine.hosted().length).toBe(8);
  });
});
