/**
 * Shard stats: a node reports only the copies whose numbers changed, in one event per interval;
 * a failed proposal is retried at the next interval; over TCP, `shards list` shows every
 * holder's vector count.
 */
import { describe, expect, it } from "vitest";
import { RuvectorClient } from "../../src/client/ruvector-client.js";
import { createMemoryEngine, ShardStatsReporter } from "../../src/engine/index.js";
import type { MetadataEvent, MetadataResponse } from "../../src/metadata/index.js";
import { systemClock } from "../../src/node/clock.js";
import { waitFor } from "../helpers/wait.js";
import { create } from "../metadata/fixtures.js";
import { hostedShard } from "./helpers.js";
import {
  afterTest,
  type EngineMember,
  seededVectors,
  shardsOf,
  startEngineCluster,
  waitForRegistered,
} from "./tcp-engine-cluster.js";

const vector = (id: string) => ({ id, vector: Float32Array.of(1, 2, 3, 4) });

describe("shard stats", () => {
  it("reports what changed since the last report, and retries a failed one", async () => {
    const engine = createMemoryEngine();
    await engine.open();
    await engine.create(hostedShard("docs", 0));
    await engine.create(hostedShard("docs", 1));
    const proposed: MetadataEvent[] = [];
    let failing = false;
    const reporter = new ShardStatsReporter({
      nodeId: 7,
      engine,
      clock: systemClock,
      wallClockMs: () => 1,
      propose: async (event): Promise<MetadataResponse> => {
        if (failing) throw new Error("no leader");
        proposed.push(event);
        return { ok: true, index: proposed.length };
      },
    });
    const counts = () =>
      proposed.map((event) =>
        event.type === "reportShardStats"
          ? event.shards.map((s) => `${s.shardId}:${s.vectorCount}`)
          : [],
      );
    await reporter.report();
    expect(counts()).toEqual([["0:0", "1:0"]]);
    await reporter.report();
    expect(counts()).toHaveLength(1);
    await engine.upsert("docs", 1, [vector("a"), vector("b")]);
    failing = true;
    await reporter.report();
    failing = false;
    await reporter.report();
    expect(counts()).toEqual([["0:0", "1:0"], ["1:2"]]);
    // A copy dropped and made again is reported afresh, even with the same numbers.
    await engine.drop("docs", 0);
    await reporter.report();
    await engine.create(hostedShard("docs", 0));
    await reporter.report();
    expect(counts().at(-1)).toEqual(["0:0"]);
    expect(proposed.every((event) => event.type === "reportShardStats" && event.nodeId === 7)).toBe(
      true,
    );
  });

  it("shows every holder's vector count in the shard list, over TCP", async () => {
    const { members, addresses } = await startEngineCluster(3, { statsIntervalMs: 100 });
    await waitFor(() => members.some((m) => m.node.isLeader()), "a leader");
    await waitForRegistered(members);
    const leader = members.find((m) => m.node.isLeader()) as EngineMember;
    const created = await leader.node.propose(
      create("docs", { dimensions: 8, metric: "euclidean", shardCount: 3, replicationFactor: 2 }),
    );
    expect(created.ok).toBe(true);
    const client = new RuvectorClient({ endpoints: addresses });
    afterTest(() => client.close());
    await client.upsert("docs", seededVectors(300, 8, 5));
    // Every holder reports the same count per shard, and the counts add up to the upserts.
    await waitFor(
      () =>
        members.every((member) => {
          const shards = shardsOf(member, "docs");
          const total = shards.reduce((sum, s) => sum + (s.stats?.[0]?.vectorCount ?? 0), 0);
          return (
            total === 300 &&
            shards.every(
              (s) =>
                s.stats?.length === 2 &&
                s.stats.every((entry) => entry.vectorCount === s.stats?.[0]?.vectorCount),
            )
          );
        }),
      "stats of both holders of every shard on every node",
    );
  });
});
