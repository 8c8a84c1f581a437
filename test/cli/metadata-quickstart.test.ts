/**
 * The README's quick start, as an operator runs it: start the cluster, create a collection, see
 * its shards spread over the nodes, kill a node, see the shards (and the leader) move on.
 */

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";
import { ctl, freeBasePort, Processes, waitFor } from "./cli-harness.js";

const DUMP = path.resolve("dist/tools/dump.js");
const processes = new Processes();
afterEach(() => processes.reap());

interface Shard {
  shardId: number;
  primaryNodeId: number;
  replicaNodeIds: number[];
}

describe("the metadata quick start", () => {
  it("places a collection over the nodes and moves its shards off a killed node", async () => {
    const base = await freeBasePort(3);
    const data = temporaryDirectory();
    processes.start(["cluster", "--data", data, "--base-port", String(base)]);
    const q = (...args: string[]) => ctl(base, 3, ...args);
    // The leader's controller registers every member as an online node.
    await waitFor("3 online nodes", async () => {
      const nodes = JSON.parse(await q("-o", "json", "nodes", "list")).nodes as {
        status: string;
      }[];
      return nodes.length === 3 && nodes.every((node) => node.status === "online")
        ? nodes
        : undefined;
    });
    await q("settings", "set", "--node-timeout-ms", "1500");
    expect((await q("health")).match(/\shealthy\s/g)).toHaveLength(3);
    // Listings print aligned tables by default.
    const nodeRows = (await q("nodes", "list")).trimEnd().split("\n");
    expect(nodeRows[0]).toMatch(/^ID\s+ADDRESS\s+STATUS\s+ROLE\s+DRAINING\s+CAPACITY\s+LABELS$/);
    expect(nodeRows.slice(1).map((row) => row.split(/\s+/)[2])).toEqual([
      "online",
      "online",
      "online",
    ]);
    await q("settings", "set", "--spread-label", "zone", "--concurrent-migrations-max", "2");
    expect(JSON.parse(await q("-o", "json", "settings", "get")).settings).toMatchObject({
      nodeTimeoutMs: 1500,
      spreadLabel: "zone",
      concurrentMigrationsMax: 2,
    });
    expect(
      JSON.parse(
        await q(
          "-o",
          "json",
          "collections",
          "create",
          "docs",
          "--dimensions",
          "768",
          "--metric",
          "cosine",
          "--shards",
          "6",
          "--replication",
          "2",
        ),
      ),
    ).toHaveProperty("applied");
    const broken = await q(
      "collections",
      "create",
      "bad",
      "--dimensions",
      "8",
      "--metric",
      "cosine",
      "--m",
      "64",
      "--ef-construction",
      "10",
    ).catch((error: { stderr: string; code: number }) => error);
    expect(broken).toMatchObject({ code: 1 });
    expect((broken as { stderr: string }).stderr).toContain(
      "rejected hnsw.ef_construction_below_m",
    );

    const shards = JSON.parse(await q("-o", "json", "shards", "list", "--collection", "docs"))
      .shards as Shard[];
    expect(shards).toHaveLength(6);
    const holders = new Set(
      shards.flatMap((shard) => [shard.primaryNodeId, ...shard.replicaNodeIds]),
    );
    expect([...holders].sort()).toEqual([1, 2, 3]);

    // Every node's engine holds exactly its shards of docs, as stores on its disk.
    for (const nodeId of [1, 2, 3]) {
      const want = shards
        .filter((shard) => [shard.primaryNodeId, ...shard.replicaNodeIds].includes(nodeId))
        .map((shard) => String(shard.shardId))
        .sort();
      await waitFor(`node ${nodeId}'s stores`, async () => {
        const root = path.join(data, `node-${nodeId}`, "engine", "docs");
        const held = fs.existsSync(root)
          ? fs
              .readdirSync(root)
              .filter((name) => fs.existsSync(path.join(root, name, "manifest.json")))
          : [];
        return JSON.stringify(held.sort()) === JSON.stringify(want) ? held : undefined;
      });
    }

    // Vectors through the CLI: upsert a file, search, get.
    let state = 5;
    const next = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return Number((state / 0x100000000 - 0.5).toFixed(4));
    };
    const vectors = Array.from({ length: 100 }, (_, i) => ({
      id: `doc-${i}`,
      vector: Array.from({ length: 768 }, next),
      payload: { title: `document ${i}` },
    }));
    const file = path.join(temporaryDirectory(), "vectors.jsonl");
    fs.writeFileSync(file, vectors.map((v) => JSON.stringify(v)).join("\n"));
    expect(JSON.parse(await q("-o", "json", "vectors", "upsert", "docs", "--file", file))).toEqual({
      upserted: 100,
    });
    const table = await q(
      "vectors",
      "search",
      "docs",
      "--vector",
      (vectors[7] as { vector: number[] }).vector.join(","),
      "--k",
      "3",
    );
    const rows = table.trim().split("\n");
    expect(rows[0]).toMatch(/^RANK\s+ID\s+SCORE\s+PAYLOAD$/);
    expect(rows[1]).toMatch(/^1\s+doc-7\s+/);
    expect(rows[1]).toContain('{"title":"document 7"}');
    expect(rows).toHaveLength(4);
    const stored = JSON.parse(await q("-o", "json", "vectors", "get", "docs", "doc-42"));
    expect(stored.vector).toHaveLength(768);
    expect(stored.payload).toEqual({ title: "document 42" });
    const wrong = await q("vectors", "search", "docs", "--vector", "1,2,3").catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect(wrong).toMatchObject({ code: 1 });
    expect((wrong as { stderr: string }).stderr).toContain(
      "the query vector has 3 values, the collection has 768 dimensions",
    );

    // Kill one node (not necessarily the leader): once it is offline no shard lives there.
    const victim = 3;
    const pids = (await import("node:child_process"))
      .execFileSync("pgrep", ["-f", "--", `--node-id ${victim} .*${path.basename(data)}`])
      .toString()
      .trim()
      .split("\n");
    for (const pid of pids) process.kill(Number(pid), "SIGKILL");
    const moved = await waitFor("shards off the killed node", async () => {
      const now = JSON.parse(await q("-o", "json", "shards", "list", "--collection", "docs"))
        .shards as Shard[];
      const onVictim = now.filter((shard) =>
        [shard.primaryNodeId, ...shard.replicaNodeIds].includes(victim),
      );
      return onVictim.length === 0 ? now : undefined;
    });
    expect(moved.every((shard) => shard.primaryNodeId === 1 || shard.primaryNodeId === 2)).toBe(
      true,
    );
    const nodes = JSON.parse(await q("-o", "json", "nodes", "list")).nodes as {
      id: number;
      status: string;
    }[];
    expect(nodes.find((node) => node.id === victim)?.status).toBe("offline");
    // The cluster goes on: the events so far can be watched from the start.
    const events = (await q("watch", "--once"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: { type: string } });
    expect(events.map((e) => e.event.type)).toEqual(
      expect.arrayContaining(["registerNode", "createCollection", "updateNodeStatus"]),
    );
    // ruvraft-dump shows the killed node's log (a node's data directory) as events.
    const dump = (...flags: string[]) =>
      execFileSync(process.execPath, [DUMP, ...flags, path.join(data, `node-${victim}`)], {
        maxBuffer: 64 * 1024 * 1024,
      }).toString();
    const decoded = dump("--to", "200");
    expect(decoded).toMatch(
      /client=\d+ seq=\d+ createCollection docs dims=768 metric=cosine shards=6 rf=2/,
    );
    expect(decoded).toMatch(/client=\d+ seq=\d+ registerNode nodeId=1 address=127\.0\.0\.1:\d+/);
    expect(decoded).toMatch(/setClusterSettings settings=\{.*"spreadLabel":"zone"/);
    expect(dump("--to", "200", "--decode", "none")).not.toContain("createCollection docs");
    const entryRows = (text: string) =>
      text.split("\n").filter((line) => /\s(NORMAL|CONF_CHANGE)\s/.test(line));
    const creations = entryRows(dump("--type", "create_collection"));
    expect(creations.length).toBeGreaterThanOrEqual(1);
    expect(creations.every((line) => line.includes("createCollection"))).toBe(true);
    const aboutNode2 = entryRows(dump("--type", "register_node", "--node", "2"));
    expect(aboutNode2).toHaveLength(1);
    expect(aboutNode2[0]).toMatch(/registerNode nodeId=2 /);
    const records = dump("--to", "200", "--json")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { kind: string; decoded?: { event?: { type: string } } });
    expect(records.some((record) => record.decoded?.event?.type === "createCollection")).toBe(true);
  });
});
