/**
 * A node dies: its shards are placed on the others, the new holders copy them in from the
 * surviving holders, the primaries report them active, and every vector is still found, by id
 * and by search, with writes going on meanwhile.
 */
import { describe, expect, it } from "vitest";
import { RuvectorClient } from "../../src/client/ruvector-client.js";
import { bruteForceSearch } from "../../src/engine/index.js";
import { waitFor } from "../helpers/wait.js";
import { create } from "../metadata/fixtures.js";
import {
  afterTest,
  type EngineMember,
  seededVectors,
  shardsOf,
  startEngineCluster,
  waitForRegistered,
} from "./tcp-engine-cluster.js";

describe("shard copies", () => {
  it("a dead node's shards are copied to their new holders and every vector is still found", async () => {
    const { members, addresses } = await startEngineCluster(3);
    await waitFor(() => members.some((m) => m.node.isLeader()), "a leader");
    const leader = () => members.find((m) => m.node.isLeader() && m.id !== 3) as EngineMember;
    await waitForRegistered(members);
    // Node 3 must not be the leader when it dies (the test needs the others to act at once).
    if (members[2]?.node.isLeader()) await members[2].node.transferLeadership(1);
    await waitFor(() => leader() !== undefined, "a leader other than 3");
    const accept = async (event: Parameters<EngineMember["node"]["propose"]>[0]) => {
      const response = await leader().node.propose(event);
      if (!response.ok) throw new Error(`${response.rule}: ${response.reason}`);
    };
    await accept({
      type: "setClusterSettings",
      atMs: 1,
      settings: {
        replicationFactor: 2,
        shardCount: 6,
        heartbeatIntervalMs: 100,
        nodeTimeoutMs: 600,
        spreadLabel: "",
        concurrentMigrationsMax: 4,
      },
    });
    await accept(
      create("docs", { dimensions: 16, metric: "euclidean", shardCount: 6, replicationFactor: 2 }),
    );
    const client = new RuvectorClient({
      endpoints: [addresses[0] as string, addresses[1] as string],
    });
    afterTest(() => client.close());
    const records = seededVectors(1500, 16, 3);
    await client.upsert("docs", records.slice(0, 1000));
    const onThree = shardsOf(leader(), "docs").filter((s) =>
      [s.primaryNodeId, ...s.replicaNodeIds].includes(3),
    );
    expect(onThree.length).toBeGreaterThan(0);

    await (members[2] as EngineMember).stop();
    // Writes go on while the shards move and are copied.
    await waitFor(
      () => {
        const shards = shardsOf(leader(), "docs");
        return shards.every((s) => ![s.primaryNodeId, ...s.replicaNodeIds].includes(3));
      },
      "node 3's shards placed elsewhere",
      15_000,
    );
    await client.upsert("docs", records.slice(1000));
    await waitFor(
      () => shardsOf(leader(), "docs").every((s) => s.status === "active"),
      () =>
        `every shard active again: ${JSON.stringify(shardsOf(leader(), "docs").map((s) => s.status))}`,
      20_000,
    );
    for (const member of members.slice(0, 2)) {
      for (const store of member.engine.hosted()) expect(store.synced).toBe(true);
    }
    // Every vector, old and new, is found by id, and search still finds the exact neighbours.
    for (const record of records) {
      const stored = await client.get("docs", record.id);
      expect(stored?.id, record.id).toBe(record.id);
    }
    let found = 0;
    for (const query of records.slice(0, 40)) {
      const exact = new Set(
        bruteForceSearch(records, "euclidean", query.vector, 10).map((h) => h.id),
      );
      const hits = await client.search("docs", query.vector, 10);
      found += hits.filter((h) => exact.has(h.id)).length;
    }
    expect(found / 400).toBeGreaterThanOrEqual(0.99);
    // Both survivors hold every shard (replication factor 2 on 2 nodes), each complete.
    for (const member of members.slice(0, 2)) {
      let total = 0;
      for (const shard of shardsOf(member, "docs"))
        total += (await member.engine.stats("docs", shard.shardId)).vectorCount;
      expect(total).toBe(records.length);
    }
  });
});
