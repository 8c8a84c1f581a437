/**
 * Every metadata operation from `ruvraft ctl`, against a local cluster of node processes:
 * node labels, capacity, role, address, drain and undrain; shard migrate / abort / complete,
 * promote-primary, set-status; rebalance; watch --once. A refused change prints its rule and
 * exits 1.
 */
import { afterEach, describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";
import { ctl, freeBasePort, Processes, waitFor } from "./cli-harness.js";

const processes = new Processes();
afterEach(() => processes.reap());

interface Shard {
  shardId: number;
  primaryNodeId: number;
  replicaNodeIds: number[];
  status: string;
}
interface Node {
  id: number;
  address: string;
  capacityBytes: number;
  labels: Record<string, string>;
  role: string;
  draining: boolean;
}

const holders = (shard: Shard) => [shard.primaryNodeId, ...shard.replicaNodeIds];

describe("ctl metadata operations", () => {
  it("reaches every metadata event and prints the rule of a refused one", async () => {
    const base = await freeBasePort(3);
    processes.start(["cluster", "--data", temporaryDirectory(), "--base-port", String(base)]);
    const q = (...args: string[]) => ctl(base, 3, ...args);
    const refused = (...args: string[]) =>
      q(...args).then(
        () => "accepted",
        (error: { stderr: string; code: number }) => `${error.code} ${error.stderr.trim()}`,
      );
    const nodes = async () => JSON.parse(await q("-o", "json", "nodes", "list")).nodes as Node[];
    const shards = async () =>
      JSON.parse(await q("-o", "json", "shards", "list", "--collection", "docs")).shards as Shard[];
    await waitFor("3 nodes", async () => ((await nodes()).length === 3 ? true : undefined));

    expect(
      JSON.parse(await q("-o", "json", "nodes", "labels", "2", "zone=b", "rack=r7")),
    ).toHaveProperty("applied");
    await q("nodes", "capacity", "2", "1073741824");
    await q("nodes", "address", "2", "data-2.example:9002");
    expect((await nodes()).find((node) => node.id === 2)).toMatchObject({
      labels: { rack: "r7", zone: "b" },
      capacityBytes: 1073741824,
      address: "data-2.example:9002",
      draining: false,
    });
    expect(await refused("nodes", "address", "3", "data-2.example:9002")).toMatch(
      /^1 rejected node\.address\.in_use/,
    );
    expect(await refused("nodes", "role", "9", "voter")).toMatch(/^1 rejected node\.unknown/);
    await q("nodes", "address", "2", `127.0.0.1:${base + 2}`);

    await q(
      "collections",
      "create",
      "docs",
      "--dimensions",
      "4",
      "--metric",
      "euclidean",
      "--shards",
      "6",
      "--replication",
      "2",
    );
    expect((await shards()).some((shard) => holders(shard).includes(3))).toBe(true);
    await q("nodes", "drain", "3");
    expect((await shards()).some((shard) => holders(shard).includes(3))).toBe(false);
    expect((await nodes()).find((node) => node.id === 3)?.draining).toBe(true);
    await q("nodes", "undrain", "3");
    await q("rebalance", "--collection", "docs");
    expect((await shards()).some((shard) => holders(shard).includes(3))).toBe(true);

    // Shard operations on one shard: a promotion, a migration aborted, then one completed.
    const shard = (await shards())[0] as Shard;
    const replica = shard.replicaNodeIds[0] as number;
    await q("shards", "promote-primary", "docs", "0", String(replica));
    expect((await shards())[0]?.primaryNodeId).toBe(replica);
    const outside = [1, 2, 3].find((id) => !holders(shard).includes(id)) as number;
    const migrate = ["shards", "migrate", "docs", "0", "--from", String(replica)];
    await q(...migrate, "--to", String(outside));
    expect((await shards())[0]?.status).toBe("migrating");
    await q("shards", "abort", "docs", "0");
    expect((await shards())[0]).toMatchObject({ status: "active" });
    await q(...migrate, "--to", String(outside));
    await q("shards", "complete", "docs", "0");
    expect(holders((await shards())[0] as Shard)).toContain(outside);
    expect(holders((await shards())[0] as Shard)).not.toContain(replica);
    await q("shards", "set-status", "docs", "1", "offline");
    expect((await shards())[1]?.status).toBe("offline");
    expect(await refused("shards", "set-status", "docs", "1", "sleepy")).toMatch(
      /^2 ruvraft: <status> must be active, migrating, replicating, offline/,
    );

    // watch --once prints everything applied so far and exits.
    const events = (await q("watch", "--once"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: { type: string } });
    const types = new Set(events.map((line) => line.event.type));
    for (const type of [
      "updateNodeLabels",
      "updateNodeCapacity",
      "updateNodeAddress",
      "drainNode",
      "rebalance",
      "promotePrimary",
      "startMigration",
      "abortMigration",
      "completeMigration",
      "setShardStatus",
    ]) {
      expect(types).toContain(type);
    }
  });
});
