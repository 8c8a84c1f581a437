/** The metadata metrics (src/controller/metadata-metrics.ts) read the projector's view at scrape time. */
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { registerMetadataMetrics } from "../../src/controller/metadata-metrics.js";
import { AT_MS, create, Harness, register } from "../metadata/fixtures.js";

describe("metadata metrics", () => {
  it("count nodes and shards by status, collections, aliases, pending placements and rejections", async () => {
    const h = new Harness().setup(
      register(1),
      register(2),
      register(3),
      create("docs", { shardCount: 4, replicationFactor: 2 }),
      { type: "createAlias", atMs: AT_MS, alias: "current", collection: "docs" },
      { type: "drainNode", atMs: AT_MS, nodeId: 3, draining: true },
      { type: "updateNodeStatus", atMs: AT_MS, nodeId: 2, status: "suspect" },
      { type: "setShardStatus", atMs: AT_MS, collection: "docs", shardId: 1, status: "offline" },
    );
    // Two rejected events (rules collection.exists and node.unknown).
    h.apply(create("docs"));
    h.apply({ type: "updateNodeStatus", atMs: AT_MS, nodeId: 9, status: "online" });
    const registry = new Registry();
    registerMetadataMetrics(registry, h.projector);
    const text = await registry.metrics();
    expect(text).toMatch(/^ruvraft_metadata_nodes\{status="online"\} 2$/m);
    expect(text).toMatch(/^ruvraft_metadata_nodes\{status="suspect"\} 1$/m);
    expect(text).toMatch(/^ruvraft_metadata_nodes\{status="offline"\} 0$/m);
    expect(text).toMatch(/^ruvraft_metadata_nodes_draining 1$/m);
    expect(text).toMatch(/^ruvraft_metadata_shards\{status="offline"\} 1$/m);
    expect(text).toMatch(/^ruvraft_metadata_collections 1$/m);
    expect(text).toMatch(/^ruvraft_metadata_aliases 1$/m);
    expect(text).toMatch(/^ruvraft_metadata_placement_pending \d+$/m);
    expect(text).toMatch(/^ruvraft_metadata_rejected_events_total\{rule="collection.exists"\} 1$/m);
    expect(text).toMatch(/^ruvraft_metadata_rejected_events_total\{rule="node.unknown"\} 1$/m);
    // A counter only grows: a second scrape after another rejection adds one.
    h.apply(create("docs"));
    expect(await registry.metrics()).toMatch(
      /^ruvraft_metadata_rejected_events_total\{rule="collection.exists"\} 2$/m,
    );
    const shardLines = text.match(/^ruvraft_metadata_shards\{status="\w+"\} (\d+)$/gm) ?? [];
    const total = shardLines.reduce((sum, line) => sum + Number(line.split(" ")[1]), 0);
    expect(total).toBe(4);
    // Watchers poll with watch queries: each one answered is counted.
    expect(await registry.metrics()).toMatch(/^ruvraft_metadata_watch_queries_total 0$/m);
    for (let i = 0; i < 3; i++) h.projector.query({ type: "watch", fromIndex: 0, eventsMax: 10 });
    expect(await registry.metrics()).toMatch(/^ruvraft_metadata_watch_queries_total 3$/m);
  });
});
