/**
 * The README's quick start, as an operator runs it: start the cluster, create a collection, see
 * its shards spread over the nodes, kill a node, see the shards (and the leader) move on.
 */
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";
import { ctl, freeBasePort, Processes, waitFor } from "./cli-harness.js";

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
      const nodes = JSON.parse(await q("nodes", "list")).nodes as { status: string }[];
      return nodes.length === 3 && nodes.every((node) => node.status === "online")
        ? nodes
        : undefined;
    });
    await q("settings", "set", "--node-timeout-ms", "1500");
    expect(
      JSON.parse(
        await q(
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

    const shards = JSON.parse(await q("shards", "list", "--collection", "docs")).shards as Shard[];
    expect(shards).toHaveLength(6);
    const holders = new Set(
      shards.flatMap((shard) => [shard.primaryNodeId, ...shard.replicaNodeIds]),
    );
    expect([...holders].sort()).toEqual([1, 2, 3]);

    // Kill one node (not necessarily the leader): once it is offline no shard lives there.
    const victim = 3;
    const pids = (await import("node:child_process"))
      .execFileSync("pgrep", ["-f", "--", `--node-id ${victim} .*${path.basename(data)}`])
      .toString()
      .trim()
      .split("\n");
    for (const pid of pids) process.kill(Number(pid), "SIGKILL");
    const moved = await waitFor("shards off the killed node", async () => {
      const now = JSON.parse(await q("shards", "list", "--collection", "docs")).shards as Shard[];
      const onVictim = now.filter((shard) =>
        [shard.primaryNodeId, ...shard.replicaNodeIds].includes(victim),
      );
      return onVictim.length === 0 ? now : undefined;
    });
    expect(moved.every((shard) => shard.primaryNodeId === 1 || shard.primaryNodeId === 2)).toBe(
      true,
    );
    const nodes = JSON.parse(await q("nodes", "list")).nodes as { id: number; status: string }[];
    expect(nodes.find((node) => node.id === victim)?.status).toBe("offline");
    // The cluster goes on: the events so far can be watched from the start.
    const events = (await q("watch", "--once"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: { type: string } });
    expect(events.map((e) => e.event.type)).toEqual(
      expect.arrayContaining(["registerNode", "createCollection", "updateNodeStatus"]),
    );
  });
});
