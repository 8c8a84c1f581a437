/**
 * Recovery from a lost majority (the explicit, dangerous forceNewCluster): the survivor restarts
 * as a single-node cluster with every write it knew committed, and the others rejoin fresh.
 */
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  type KvCommand,
  type KvQuery,
  type KvResponse,
  KvStateMachine,
  kvCodec,
} from "../../src/node/kv-state-machine.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { MemoryNetwork } from "./memory-network.js";

type KvNode = RaftNode<KvCommand, KvResponse, KvQuery>;
const running: KvNode[] = [];
afterEach(async () => {
  for (const node of running.splice(0)) await node.stop();
});

const TIMING = { electionTimeoutMinMs: 40, electionTimeoutMaxMs: 80, heartbeatIntervalMs: 10 };

describe("forceNewCluster", () => {
  it("turns the survivor of a lost majority into a one-node cluster that keeps its committed data", async () => {
    const network = new MemoryNetwork();
    const peers = [1, 2, 3].map((id) => ({ id, address: `127.0.0.1:${id}` }));
    const directories = peers.map(() => temporaryDirectory());
    const make = (
      id: number,
      options: {
        forceNewCluster?: boolean;
        bootstrap?: boolean;
        directory?: string;
        machine?: KvStateMachine;
      } = {},
    ) => {
      const node: KvNode = new RaftNode(
        {
          nodeId: id,
          peers,
          dataDirectory: options.directory ?? (directories[id - 1] as string),
          randomSeed: id,
          ...TIMING,
          forceNewCluster: options.forceNewCluster ?? false,
          bootstrap: options.bootstrap ?? true,
        },
        options.machine ?? new KvStateMachine(),
        kvCodec,
        { transport: network.transportFor(id) },
      );
      running.push(node);
      return node;
    };
    const nodes = peers.map((peer) => make(peer.id));
    await Promise.all(nodes.map((node) => node.start()));
    await (nodes[0] as KvNode).waitForLeader(5000);
    for (let attempt = 0; attempt < 300 && !nodes.some((n) => n.isLeader()); attempt++)
      await new Promise((r) => setTimeout(r, 10));
    const leader = nodes.find((node) => node.isLeader()) as KvNode;
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
    running.splice(0);

    // Nodes 2 and 3 are lost for good. Node 1 alone cannot elect itself...
    const machine = new KvStateMachine();
    const survivor = make(1, { forceNewCluster: true, machine });
    await survivor.start();
    // ...but forced into a new one-node cluster it leads at once, with all its committed data.
    await survivor.waitForLeader(5000);
    for (let attempt = 0; attempt < 300 && !survivor.isLeader(); attempt++)
      await new Promise((r) => setTimeout(r, 10));
    expect(survivor.isLeader()).toBe(true);
    expect(survivor.members().map((m) => m.nodeId)).toEqual([1]);
    // It runs the next cluster generation, recorded in its data directory.
    expect(survivor.status().generation).toBe(1);
    expect(fs.readFileSync(`${directories[0]}/generation`, "ascii")).toBe("1\n");
    expect(machine.query({ op: "get", key: "k19" })).toEqual({ ok: true, value: "19" });
    await survivor.propose({ op: "put", key: "after", value: "forced" });

    // Node 2 comes back fresh (its old data moved aside) and is added again.
    const rejoinMachine = new KvStateMachine();
    const rejoined = make(2, {
      bootstrap: false,
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
    const network = new MemoryNetwork();
    const peers = [1, 2, 3].map((id) => ({ id, address: `127.0.0.1:${id}` }));
    const directories = peers.map(() => temporaryDirectory());
    const nodes = peers.map((peer, position) => {
      const node: KvNode = new RaftNode(
        {
          nodeId: peer.id,
          peers,
          dataDirectory: directories[position] as string,
          randomSeed: peer.id,
          ...TIMING,
        },
        new KvStateMachine(),
        kvCodec,
        { transport: network.transportFor(peer.id) },
      );
      running.push(node);
      return node;
    });
    await Promise.all(nodes.map((node) => node.start()));
    for (let attempt = 0; attempt < 300 && !nodes.some((n) => n.isLeader()); attempt++)
      await new Promise((r) => setTimeout(r, 10));
    const leader = nodes.find((node) => node.isLeader()) as KvNode;
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
    running.splice(0);

    const restoredDirectory = temporaryDirectory();
    fs.mkdirSync(`${restoredDirectory}/snapshots`);
    fs.writeFileSync(`${restoredDirectory}/snapshots/${newest}`, backup);
    const machine = new KvStateMachine();
    const restored: KvNode = new RaftNode(
      {
        nodeId: 1,
        peers,
        dataDirectory: restoredDirectory,
        randomSeed: 1,
        ...TIMING,
        forceNewCluster: true,
      },
      machine,
      kvCodec,
      { transport: network.transportFor(1) },
    );
    running.push(restored);
    await restored.start();
    for (let attempt = 0; attempt < 300 && !restored.isLeader(); attempt++)
      await new Promise((r) => setTimeout(r, 10));
    expect(restored.isLeader()).toBe(true);
    expect(machine.query({ op: "get", key: "k14" })).toEqual({ ok: true, value: "14" });
    await restored.propose({ op: "put", key: "restored", value: "yes" });
  });
});
