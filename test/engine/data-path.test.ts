/**
 * The data path over real TCP: three metadata nodes with the Ruvector engine and their
 * controllers; RuvectorClient upserts through one node and searches through another; every
 * vector is found by id, search recall@10 is measured against brute force, replicas hold
 * what their primaries hold, and bad requests get errors naming the value.
 */
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ClientRequestError, RaftClient } from "../../src/client/raft-client.js";
import { RuvectorClient } from "../../src/client/ruvector-client.js";
import {
  attachEngine,
  bruteForceSearch,
  createRuvectorEngine,
  engineAdmission,
  startVectorService,
  type VectorRecord,
} from "../../src/engine/index.js";
import {
  type MetadataEvent,
  MetadataProjector,
  type MetadataQuery,
  type MetadataResponse,
  metadataCodec,
  shardForVector,
} from "../../src/metadata/index.js";
import { systemClock } from "../../src/node/clock.js";
import { MetadataController } from "../../src/node/metadata-controller.js";
import type { RaftNode } from "../../src/node/raft-node.js";
import { createTcpRaftNode } from "../../src/node/tcp-transport.js";
import { freePorts } from "../cluster/ports.js";
import { waitFor } from "../helpers/wait.js";
import { create } from "../metadata/fixtures.js";
import { temporaryDirectory } from "../storage/helpers.js";

type MetadataNode = RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>;
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function startCluster(size: number) {
  const ports = await freePorts(size);
  const peers = ports.map((port, i) => ({ id: i + 1, address: `127.0.0.1:${port}` }));
  const logger = pino({ level: "silent" });
  const members = await Promise.all(
    peers.map(async (peer) => {
      const projector = new MetadataProjector();
      const data = temporaryDirectory();
      const holder: { service?: ReturnType<typeof startVectorService> } = {};
      const node: MetadataNode = createTcpRaftNode(
        {
          nodeId: peer.id,
          peers,
          dataDirectory: data,
          electionTimeoutMinMs: 100,
          electionTimeoutMaxMs: 200,
          heartbeatIntervalMs: 20,
        },
        projector,
        metadataCodec,
        logger,
        { admit: engineAdmission, vectors: () => holder.service?.handler },
      );
      await node.start();
      const engine = createRuvectorEngine(data);
      const reconciler = await attachEngine(node, projector, engine, {
        clock: systemClock,
        onFatal: (error) => {
          throw error;
        },
      });
      holder.service = startVectorService(node, projector, engine);
      const controller = new MetadataController(node, projector, { checkIntervalMs: 200 });
      controller.start();
      cleanup.push(async () => {
        controller.stop();
        holder.service?.close();
        await reconciler.stop();
        await node.stop();
      });
      return { id: peer.id, address: peer.address, node, projector, engine };
    }),
  );
  return { members, peers };
}

function seededVectors(count: number, dimensions: number, seed: number): VectorRecord[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000 - 0.5;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    vector: Float32Array.from({ length: dimensions }, next),
  }));
}

describe("the data path", () => {
  it("routes upserts to primaries and replicas and searches every shard", async () => {
    const { members, peers } = await startCluster(3);
    await waitFor(() => members.some((m) => m.node.isLeader()), "a leader");
    const leader = members.find((m) => m.node.isLeader()) as (typeof members)[number];
    const admin = new RaftClient({ endpoints: peers.map((p) => p.address) });
    cleanup.push(() => admin.close());
    await waitFor(
      () =>
        members.every((m) => {
          const nodes = m.projector.query({ type: "listNodes" });
          return nodes.ok && nodes.result?.type === "nodes" && nodes.result.nodes.length === 3;
        }),
      "three registered nodes",
    );
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

    const writer = new RuvectorClient({ endpoints: [peers[1]?.address as string] });
    const reader = new RuvectorClient({ endpoints: [peers[2]?.address as string] });
    cleanup.push(() => writer.close());
    cleanup.push(() => reader.close());
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
