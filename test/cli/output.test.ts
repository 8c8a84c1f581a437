/** ctl's output forms (src/cli/output.ts): tables with stable columns, json, jsonl. */
import { describe, expect, it } from "vitest";
import { humanBytes, parseOutputFormat, render } from "../../src/cli/output.js";
import { DEFAULT_CLUSTER_SETTINGS, DEFAULT_HNSW } from "../../src/metadata/index.js";

const nodes = {
  type: "nodes" as const,
  nodes: [
    {
      id: 1,
      address: "10.0.0.1:7000",
      capacityBytes: 500 * 1024 ** 3,
      labels: { rack: "r1", zone: "a" },
      status: "online" as const,
      role: "voter" as const,
      registeredAtMs: 1,
      statusChangedAtMs: 1,
      draining: false,
    },
    {
      id: 12,
      address: "",
      capacityBytes: 0,
      labels: {},
      status: "suspect" as const,
      role: "learner" as const,
      registeredAtMs: 1,
      statusChangedAtMs: 2,
      draining: true,
    },
  ],
};

describe("ctl output", () => {
  it("prints nodes as an aligned table, json and jsonl", () => {
    expect(render(nodes, "table")).toBe(
      [
        "ID  ADDRESS        STATUS   ROLE     DRAINING  CAPACITY  LABELS",
        "1   10.0.0.1:7000  online   voter    no        500GiB    rack=r1,zone=a",
        "12  -              suspect  learner  yes       -         -",
        "",
      ].join("\n"),
    );
    expect(JSON.parse(render(nodes, "json"))).toEqual({ nodes: nodes.nodes });
    const lines = render(nodes, "jsonl").trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).id)).toEqual([1, 12]);
  });

  it("prints shards with their holders, the primary's report and a migration", () => {
    const shards = {
      type: "shards" as const,
      shards: [
        {
          collection: "docs",
          shardId: 0,
          primaryNodeId: 2,
          replicaNodeIds: [1, 3],
          status: "active" as const,
          stats: [
            { nodeId: 1, vectorCount: 10, bytes: 100, reportedAtMs: 1 },
            { nodeId: 2, vectorCount: 1500, bytes: 1536 * 1024, reportedAtMs: 1 },
          ],
        },
        {
          collection: "docs",
          shardId: 1,
          primaryNodeId: 1,
          replicaNodeIds: [],
          status: "migrating" as const,
          migration: { sourceNodeId: 1, targetNodeId: 4, totalKeys: 9, startedAtMs: 1 },
        },
      ],
    };
    expect(render(shards, "table")).toBe(
      [
        "COLLECTION  SHARD  STATUS     PRIMARY  REPLICAS  VECTORS  BYTES   MIGRATION",
        "docs        0      active     2        1,3       1500     1.5MiB  -",
        "docs        1      migrating  1        -         -        -       1->4",
        "",
      ].join("\n"),
    );
  });

  it("prints collections, settings, an applied event and members", () => {
    const collection = {
      spec: {
        name: "docs",
        dimensions: 768,
        metric: "cosine" as const,
        hnsw: DEFAULT_HNSW,
        quantization: { kind: "scalar" as const },
        onDiskPayload: false,
        shardCount: 6,
        replicationFactor: 2,
      },
      createdAtMs: 1,
      updatedAtMs: 1,
    };
    expect(render({ type: "collection", collection }, "table")).toBe(
      [
        "NAME  DIMENSIONS  METRIC  SHARDS  REPLICATION  M   EF_SEARCH  QUANTIZATION",
        "docs  768         cosine  6       2            32  100        scalar",
        "",
      ].join("\n"),
    );
    const settings = render({ type: "settings", settings: DEFAULT_CLUSTER_SETTINGS }, "table");
    expect(settings).toContain('spreadLabel              ""');
    expect(settings).toMatch(/^concurrentMigrationsMax\s+4$/m);
    expect(render({ type: "applied", index: 42 }, "table")).toBe("APPLIED\n42\n");
    expect(render({ type: "applied", index: 42 }, "json")).toBe('{"applied":42}\n');
    const members = {
      type: "members" as const,
      leaderId: 2,
      members: [
        { nodeId: 1, address: "127.0.0.1:7401", voter: true, learner: false },
        { nodeId: 2, address: "127.0.0.1:7402", voter: true, learner: false },
        { nodeId: 4, address: "127.0.0.1:7404", voter: false, learner: true },
      ],
    };
    expect(render(members, "table")).toBe(
      [
        "ID  ADDRESS         ROLE     LEADER",
        "1   127.0.0.1:7401  voter",
        "2   127.0.0.1:7402  voter    *",
        "4   127.0.0.1:7404  learner",
        "",
      ].join("\n"),
    );
  });

  it("names the accepted formats and formats sizes", () => {
    expect(() => parseOutputFormat("yaml")).toThrow(
      '-o/--output must be table, json or jsonl, got "yaml"',
    );
    expect(humanBytes(0)).toBe("-");
    expect(humanBytes(1023)).toBe("1023B");
    expect(humanBytes(1536)).toBe("1.5KiB");
    expect(humanBytes(64 * 1024 ** 3)).toBe("64GiB");
  });
});
