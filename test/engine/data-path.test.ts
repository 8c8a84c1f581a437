/**
 * The data path over real TCP: three metadata nodes with the Ruvector engine and their
 * controllers; RuvectorClient upserts through one node and searches through another; every
 * vector is found by id, search recall@10 is measured against brute force, replicas hold
 * what their primaries hold, and bad requests get errors naming the value.
 */
import { describe, expect, it } from "vitest";
import { ClientRequestError, RaftClient } from "../../src/client/raft-client.js";
import { RuvectorClient } from "../../src/client/ruvector-client.js";
import { bruteForceSearch } from "../../src/engine/index.js";
import { shardForVector } from "../../src/metadata/index.js";
import { waitFor } from "../helpers/wait.js";
import { create } from "../metadata/fixtures.js";
import {
  afterTest,
  seededVectors,
  startEngineCluster,
  waitForRegistered,
} from "./tcp-engine-cluster.js";

describe("the data path", () => {
  it("routes upserts to primaries and replicas and searches every shard", async () => {
    const { members, addresses } = await startEngineCluster(3);
    await waitFor(() => members.some((m) => m.node.isLeader()), "a leader");
    const leader = members.find((m) => m.node.isLeader()) as (typeof members)[number];
    const admin = new RaftClient({ endpoints: addresses });
    afterTest(() => admin.close());
    await waitForRegistered(members);
    const created = await leader.node.propose(
      create("docs", { dimensions: 24, metric: "cosine", shardCount: 4, replicationFactor: 2 }),
    );
    expect(created.ok).toBe(true);
    await leader.node.propose(
      create("other", { dimensions: 8, metric: "euclidean", shardCount: 2, replicationFactor: 1 }),
    );
    await leader.node.propose({
      type: "createAlias",
      atMs: 1,
      alias: "current",
      collection: "docs",
    });

    const writer = new RuvectorClient({ endpoints: [addresses[1] as string] });
    const reader = new RuvectorClient({ endpoints: [addresses[2] as string] });
    afterTest(() => writer.close());
    afterTest(() => reader.close());
    const records = seededVectors(2000, 24, 11);
    for (let start = 0; start < records.length; start += 500) {
      await writer.upsert(
        "current",
        records
          .slice(start, start + 500)
          .map((r) => ({ id: r.id, vector: r.vector, payload: { n: Number(r.id.slice(4)) } })),
      );
    }
    // Every id comes back, with its payload, through another node.
    for (const record of records.filter((_, i) => i % 50 === 0)) {
      const stored = await reader.get("docs", record.id);
      expect(stored?.id).toBe(record.id);
      expect(Array.from(stored?.vector ?? [])).toEqual(Array.from(record.vector));
      expect(stored?.payload).toEqual({ n: Number(record.id.slice(4)) });
    }
    expect(await reader.get("docs", "missing")).toBeUndefined();
    // Each shard's holders have exactly its records.
    const shardCounts = new Map<number, number>();
    for (const r of records) {
      const shard = shardForVector(r.id, 4);
      shardCounts.set(shard, (shardCounts.get(shard) ?? 0) + 1);
    }
    const shards = leader.projector.query({ type: "shardsOfCollection", collection: "docs" });
    if (!shards.ok || shards.result?.type !== "shards") throw new Error("no shards");
    for (const shard of shards.result.shards) {
      for (const nodeId of [shard.primaryNodeId, ...shard.replicaNodeIds]) {
        const holder = members.find((m) => m.id === nodeId) as (typeof members)[number];
        expect((await holder.engine.stats("docs", shard.shardId)).vectorCount).toBe(
          shardCounts.get(shard.shardId),
        );
      }
    }
    // Recall@10 against brute force on the same data.
    let found = 0;
    const queries = records.slice(0, 50);
    for (const query of queries) {
      const exact = new Set(bruteForceSearch(records, "cosine", query.vector, 10).map((h) => h.id));
      const hits = await reader.search("current", query.vector, 10);
      expect(hits.length).toBe(10);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
      found += hits.filter((h) => exact.has(h.id)).length;
    }
    const recall = found / (queries.length * 10);
    expect(recall).toBeGreaterThanOrEqual(0.99);

    // Bad requests: named values, nothing written.
    const bad = async (action: () => Promise<unknown>) => {
      const error = await action().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClientRequestError);
      return (error as Error).message;
    };
    expect(await bad(() => writer.upsert("docs", [{ id: "x", vector: [1, 2, 3] }]))).toMatch(
      /vector "x" has 3 values, the collection has 24 dimensions/,
    );
    expect(await bad(() => writer.upsert("nope", [{ id: "x", vector: [1] }]))).toMatch(
      /no collection or alias named "nope"/,
    );
    expect(await bad(() => reader.search("docs", records[0]?.vector as Float32Array, 0))).toMatch(
      /k 0 is not in \[1, 10000\]/,
    );
    expect(
      await bad(() => reader.search("docs", records[0]?.vector as Float32Array, 10_001)),
    ).toMatch(/k 10001/);
    expect(await bad(() => reader.search("docs", [1, 2], 5))).toMatch(
      /the query vector has 2 values/,
    );
    expect(await reader.get("docs", "x")).toBeUndefined();
    // The other collection is its own space.
    await writer.upsert("other", [{ id: "e1", vector: [0, 0, 0, 0, 0, 0, 0, 1] }]);
    expect((await reader.search("other", [0, 0, 0, 0, 0, 0, 0, 1], 3)).map((h) => h.id)).toEqual([
      "e1",
    ]);
  });
});
