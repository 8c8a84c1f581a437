/**
 * Recovery from a lost majority (the explicit, dangerous forceNewCluster): the survivor restarts
 * as a single-node cluster with every write it knew committed, and the others rejoin fresh.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { KvStateMachine } from "../../src/node/kv-state-machine.js";
import { FAST_TIMING, KV, memoryCluster } from "../helpers/cluster.js";
import { temporaryDirectory } from "../storage/helpers.js";

describe("forceNewCluster", () => {
  it("turns the survivor of a lost majority into a one-node cluster that keeps its committed data", async () => {
    const cluster = memoryCluster({ size: 3, application: KV, options: FAST_TIMING });
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    for (let i = 0; i < 20; i++)
      await leader.propose({ op: "put", key: `k${i}`, value: String(i) });
    // Every node knows the writes are committed once it applied them.
    for (
      let attempt = 0;
      attempt < 300 && !nodes.every((n) => n.status().appliedIndex >= leader.status().commitIndex);
      attempt++
    ) {
      await new Promise((r) => setTimeout(r, 10));
    }
    for (const node of nodes) await node.stop();

    // Nodes 2 and 3 are lost for good. Node 1 alone cannot elect itself...
    const machine = new KvStateMachine();
    const survivor = cluster.make(1, { machine, options: { forceNewCluster: true } });
    await survivor.start();
    // ...but forced into a new one-node cluster it leads at once, with all its committed data.
    await survivor.waitForLeader(5000);
    for (let attempt = 0; attempt < 300 && !survivor.isLeader(); attempt++)
      await new Promise((r) => setTimeout(r, 10));
    expect(survivor.isLeader()).toBe(true);
    expect(survivor.members().map((m) => m.nodeId)).toEqual([1]);
    // It runs the next cluster generation, recorded in its data directory.
    expect(survivor.status().generation).toBe(1);
    expect(fs.readFileSync(`${cluster.directory(1)}/generation`, "ascii")).toBe("1\n");
    expect(machine.query({ op: "get", key: "k19" })).toEqual({ ok: true, value: "19" });
    await survivor.propose({ op: "put", key: "after", value: "forced" });

    // Node 2 comes back fresh (its old data moved aside) and is added again.
    const rejoinMachine = new KvStateMachine();
    const rejoined = cluster.make(2, {
      options: { bootstrap: false },
      directory: temporaryDirectory(),
      machine: rejoinMachine,
    });
    await rejoined.start();
    await survivor.addNode(2, "127.0.0.1:2");
    for (
      let attempt = 0;
      attempt < 300 &&
      (rejoinMachine.query({ op: "get", key: "after" }) as { value?: string }).value !== "forced";
      attempt++
    ) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(rejoinMachine.entries()).toEqual(machine.entries());
  });

  it("restores a whole lost cluster from one backed-up snapshot file", async () => {
    const cluster = memoryCluster({ size: 3, application: KV, options: FAST_TIMING });
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    for (let i = 0; i < 15; i++)
      await leader.propose({ op: "put", key: `k${i}`, value: String(i) });
    await leader.snapshotNow();
    const snapshots = `${leader.config.dataDirectory}/snapshots`;
    const newest = fs
      .readdirSync(snapshots)
      .filter((name) => name.endsWith(".snap"))
      .sort()
      .at(-1) as string;
    const backup = fs.readFileSync(`${snapshots}/${newest}`);
    for (const node of nodes) await node.stop();

    const restoredDirectory = temporaryDirectory();
    fs.mkdirSync(`${restoredDirectory}/snapshots`);
    fs.writeFileSync(`${restoredDirectory}/snapshots/${newest}`, backup);
    const machine = new KvStateMachine();
    const restored = cluster.make(1, {
      directory: restoredDirectory,
      machine,
      options: { forceNewCluster: true },
    });
    await restored.start();
    for (let attempt = 0; attempt < 300 && !restored.isLeader(); attempt++)
      await new Promise((r) => setTimeout(r, 10));
    expect(restored.isLeader()).toBe(true);
    expect(machine.query({ op: "get", key: "k14" })).toEqual({ ok: true, value: "14" });
    await restored.propose({ op: "put", key: "restored", value: "yes" });
  });
});
