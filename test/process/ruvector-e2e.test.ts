/**
 * Ruvector end to end, with real `ruvraft node` processes running the @ruvector/core engine:
 * 3 voters and 2 learners; two collections of different metrics and dimensions; every node's
 * disk holds exactly its assigned shard stores; 10,000 vectors upserted through the client and
 * searched back (recall@10 against brute force on the same data); a node killed: its shards are
 * re-placed after the grace period, the new copies become active, every id is still found and
 * recall holds; a collection dropped: its stores leave every disk.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MetadataClient } from "../../src/client/metadata-client.js";
import { RaftClient } from "../../src/client/raft-client.js";
import { RuvectorClient } from "../../src/client/ruvector-client.js";
import { bruteForceSearch, type VectorRecord } from "../../src/engine/index.js";
import type { DistanceMetric, Shard } from "../../src/metadata/index.js";
import { TEST_SECRET } from "../cli/cli-harness.js";
import { seededVectors } from "../engine/tcp-engine-cluster.js";
import { spec } from "../metadata/fixtures.js";
import { ProcessCluster, waitUntil } from "./cluster-harness.js";

let cluster: ProcessCluster | undefined;
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await cluster?.close();
  cluster = undefined;
});

const holders = (shard: Shard) => [shard.primaryNodeId, ...shard.replicaNodeIds];

/** The shard ids of `collection` whose stores are whole on node `id`'s disk. */
function storesOnDisk(c: ProcessCluster, id: number, collection: string): number[] {
  const root = path.join(c.entry(id).dataDirectory, "engine", collection);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, "manifest.json")))
    .map(Number)
    .sort((a, b) => a - b);
}

/** Waits until every node in `ids` holds on disk exactly the shards placement gives it. */
async function disksMatchPlacement(
  c: ProcessCluster,
  metadata: MetadataClient,
  ids: readonly number[],
  collections: readonly string[],
): Promise<void> {
  await waitUntil(
    "every node's stores to match the placement",
    async () => {
      for (const collection of collections) {
        const shards = await metadata.shards(collection);
        for (const id of ids) {
          const want = shards.filter((s) => holders(s).includes(id)).map((s) => s.shardId);
          if (JSON.stringify(storesOnDisk(c, id, collection)) !== JSON.stringify(want)) {
            return undefined;
          }
        }
      }
      return true;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

/**
 * Mean recall@10 of `queries` against brute force over `records`; the exact neighbours the
 * search did not return are added to `missed` when given.
 */
async function recallAt10(
  client: RuvectorClient,
  collection: string,
  metric: DistanceMetric,
  records: readonly VectorRecord[],
  queries: readonly VectorRecord[],
  missed?: Set<string>,
): Promise<number> {
  let found = 0;
  for (const query of queries) {
    const exact = new Set(bruteForceSearch(records, metric, query.vector, 10).map((h) => h.id));
    const hits = await client.search(collection, query.vector, 10);
    found += hits.filter((hit) => exact.has(hit.id)).length;
    const returned = new Set(hits.map((hit) => hit.id));
    for (const id of exact) if (!returned.has(id)) missed?.add(id);
  }
  return found / (queries.length * 10);
}

describe("Ruvector on ruvraft, end to end", () => {
  it("3 voters + 2 learners hold their shards, serve 10,000 vectors, survive a kill and a drop", async () => {
    const c = await ProcessCluster.create({
      nodes: 3,
      capacity: 5,
      sharedSecret: TEST_SECRET,
      stateMachine: "metadata",
    });
    cluster = c;
    await c.startAll();
    await c.waitForLeader([1, 2, 3]);
    const endpoints = c.layout.nodes.map((node) => node.address);
    const raft = new RaftClient({
      endpoints,
      sharedSecret: TEST_SECRET,
      operationTimeoutMs: 15_000,
    });
    closers.push(() => raft.close());
    for (const id of [4, 5]) {
      await raft.addLearner(id, c.address(id));
      await c.start(id, { join: true });
    }
    const metadata = new MetadataClient(raft);
    await waitUntil(
      "five online nodes, two of them learners",
      async () => {
        const nodes = await metadata.listNodes();
        const online = nodes.filter((node) => node.status === "online");
        return online.length === 5 && nodes.filter((n) => n.role === "learner").length === 2
          ? true
          : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    // A short grace period, so the test sees the re-placement.
    await metadata.setSettings({ nodeTimeoutMs: 3_000 });
    await metadata.createCollection(
      spec("docs", { dimensions: 32, metric: "euclidean", shardCount: 6, replicationFactor: 2 }),
    );
    await metadata.createCollection(
      spec("notes", { dimensions: 12, metric: "cosine", shardCount: 4, replicationFactor: 3 }),
    );
    const all = [1, 2, 3, 4, 5];
    await disksMatchPlacement(c, metadata, all, ["docs", "notes"]);

    const client = new RuvectorClient({
      endpoints,
      sharedSecret: TEST_SECRET,
      operationTimeoutMs: 15_000,
    });
    closers.push(() => client.close());
    const docs = seededVectors(10_000, 32, 101);
    for (let start = 0; start < docs.length; start += 1000) {
      await client.upsert("docs", docs.slice(start, start + 1000));
    }
    const notes = seededVectors(500, 12, 202);
    await client.upsert("notes", notes);
    const queries = seededVectors(100, 32, 303).map((q) => ({ ...q, id: `query-${q.id}` }));
    const recallBefore = await recallAt10(client, "docs", "euclidean", docs, queries);
    const noteQueries = seededVectors(50, 12, 404);
    const notesMissed = new Set<string>();
    const notesRecall = await recallAt10(
      client,
      "notes",
      "cosine",
      notes,
      noteQueries,
      notesMissed,
    );
    process.stdout.write(
      `ruvector e2e: recall@10 docs ${recallBefore.toFixed(4)}, notes ${notesRecall.toFixed(4)}\n`,
    );
    expect(recallBefore).toBeGreaterThanOrEqual(0.99);
    // notes has ~125 vectors per shard, where @ruvector/core 0.1.32's HNSW build now and then
    // leaves stored vectors unreachable by search (upstream ruvnet/RuVector#773: over 1,300
    // builds of these 4 shards recall@10 was as low as 0.918). Stores this small are searched
    // exactly (src/engine/exact-search.ts), so recall is that of brute force; and every
    // neighbour a search missed must still be stored (found by id: no acknowledged write lost).
    for (const id of notesMissed) {
      expect((await client.get("notes", id))?.id, `note ${id}, missed by search`).toBe(id);
    }
    expect(notesRecall).toBeGreaterThanOrEqual(0.99);

    // Kill a node that holds docs shards and is not the leader.
    const leader = await c.waitForLeader([1, 2, 3]);
    const docsShards = await metadata.shards("docs");
    const victim = [4, 5, 1, 2, 3].find(
      (id) => id !== leader && docsShards.some((s) => holders(s).includes(id)),
    ) as number;
    await c.kill(victim);
    const survivors = all.filter((id) => id !== victim);
    await waitUntil(
      `node ${victim}'s shards placed elsewhere and active again`,
      async () => {
        const nodes = await metadata.listNodes();
        if (nodes.find((n) => n.id === victim)?.status !== "offline") return undefined;
        for (const collection of ["docs", "notes"]) {
          const shards = await metadata.shards(collection);
          const moved = shards.every((s) => !holders(s).includes(victim) && s.status === "active");
          if (!moved) return undefined;
        }
        return true;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    await disksMatchPlacement(c, metadata, survivors, ["docs", "notes"]);
    // Every upserted id is found by id, and recall holds.
    for (let start = 0; start < docs.length; start += 200) {
      const batch = docs.slice(start, start + 200);
      const got = await Promise.all(batch.map((record) => client.get("docs", record.id)));
      const missing = batch.filter((record, i) => got[i]?.id !== record.id).map((r) => r.id);
      expect(missing, "ids not found after the kill").toEqual([]);
    }
    const recallAfter = await recallAt10(client, "docs", "euclidean", docs, queries);
    process.stdout.write(`ruvector e2e: recall@10 docs after the kill ${recallAfter.toFixed(4)}\n`);
    expect(recallAfter).toBeGreaterThanOrEqual(0.99);

    // Drop a collection: its stores leave every running node's disk.
    await metadata.dropCollection("notes");
    await waitUntil(
      "notes' stores to disappear",
      async () =>
        survivors.every((id) => storesOnDisk(c, id, "notes").length === 0) ? true : undefined,
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    await disksMatchPlacement(c, metadata, survivors, ["docs"]);
  }, 240_000);
});
