/**
 * Writes during a migration (src/engine/vector-service.ts, writeAsPrimary): the target of a
 * shard's migration takes every write made after its copy-in passed, so that when the
 * migration completes it holds what the source holds. Three metadata nodes with the engine
 * over real TCP; one shard of one holder migrates to a node that did not hold it.
 */
import { describe, expect, it } from "vitest";
import { RuvectorClient } from "../../src/client/ruvector-client.js";
import { waitFor } from "../helpers/wait.js";
import { create } from "../metadata/fixtures.js";
import {
  afterTest,
  seededVectors,
  shardsOf,
  startEngineCluster,
  waitForRegistered,
} from "./tcp-engine-cluster.js";

describe("a migration's target", () => {
  it("takes the writes made while the shard migrates, after its copy-in", async () => {
    const { members, addresses } = await startEngineCluster(3);
    await waitFor(() => members.some((m) => m.node.isLeader()), "a leader");
    const leader = members.find((m) => m.node.isLeader()) as (typeof members)[number];
    await waitForRegistered(members);
    const created = await leader.node.propose(
      create("moving", { dimensions: 8, metric: "euclidean", shardCount: 1, replicationFactor: 1 }),
    );
    expect(created.ok).toBe(true);
    const client = new RuvectorClient({ endpoints: addresses });
    afterTest(() => client.close());
    const records = seededVectors(200, 8, 5);
    await client.upsert("moving", records.slice(0, 100));

    const [shard] = shardsOf(leader, "moving");
    const sourceNodeId = shard?.primaryNodeId as number;
    const target = members.find((m) => m.id !== sourceNodeId) as (typeof members)[number];
    const started = await leader.node.propose({
      type: "startMigration",
      atMs: 2,
      collection: "moving",
      shardId: 0,
      sourceNodeId,
      targetNodeId: target.id,
      totalKeys: 100,
    });
    expect(started.ok).toBe(true);
    // The target's store is made and copied in: it holds the first 100.
    await waitFor(
      () =>
        target.engine.hosted().some((h) => h.collection === "moving" && h.synced === true) &&
        shardsOf(
          members.find((m) => m.id === sourceNodeId) as (typeof members)[number],
          "moving",
        )[0]?.status === "migrating",
      "the target's copy of moving/0, synced",
    );
    expect((await target.engine.stats("moving", 0)).vectorCount).toBe(100);
    // Written after the copy: the target must take these too.
    await client.upsert("moving", records.slice(100));
    expect((await target.engine.stats("moving", 0)).vectorCount).toBe(200);
    const last = records[199];
    const [held] = await target.engine.exportPage("moving", 0, "doc-198", 1);
    expect(held?.id).toBe(last?.id);
  });
});
