import { describe, expect, it } from "vitest";
import { type Clock, systemClock } from "../../src/node/clock.js";
import { StoppedError } from "../../src/node/errors.js";
import {
  type KvCommand,
  type KvQuery,
  type KvResponse,
  KvStateMachine,
  kvCodec,
} from "../../src/node/kv-state-machine.js";
import type { RaftNode } from "../../src/node/raft-node.js";
import { MessageType } from "../../src/raft/index.js";
import { NodeFileSystem } from "../../src/storage/index.js";
import { KV, memoryCluster } from "../helpers/cluster.js";
import type { MemoryNetwork } from "./memory-network.js";

type KvNode = RaftNode<KvCommand, KvResponse, KvQuery>;

/**
 * The real monotonic clock, with ticks that can be held: while `paused`, the node gets no
 * ticks but its clock runs on, as for a process stopped with SIGSTOP (or a long GC or VM
 * pause). Together with a cut network link this freezes the node's core.
 */
class PausableClock implements Clock {
  paused = false;
  nowMs(): number {
    return performance.now();
  }
  repeat(intervalMs: number, callback: () => void): () => void {
    const timer = setInterval(() => {
      if (!this.paused) callback();
    }, intervalMs);
    return () => clearInterval(timer);
  }
  after(delayMs: number, callback: () => void): () => void {
    return systemClock.after(delayMs, callback);
  }
  yieldTurn(): Promise<void> {
    return systemClock.yieldTurn();
  }
}

/**
 * `size` nodes on the memory network (not made yet), at addresses 127.0.0.1:41000 and on;
 * each founding member's clock can be paused (`clocks`, by position).
 */
function pausableCluster(size: number) {
  const clocks = Array.from({ length: size }, () => new PausableClock());
  const cluster = memoryCluster({
    size,
    application: KV,
    options: { electionTimeoutMinMs: 60, electionTimeoutMaxMs: 120, heartbeatIntervalMs: 10 },
    address: (id) => `127.0.0.1:${40999 + id}`,
    extras: (id) => (id <= size ? { clock: clocks[id - 1] as PausableClock } : {}),
  });
  return { cluster, clocks };
}

/** Cuts `leader` off from the other nodes and returns the leader they elect. */
async function electWithout(
  network: MemoryNetwork,
  nodes: KvNode[],
  leader: KvNode,
): Promise<KvNode> {
  const others = nodes.filter((node) => node !== leader);
  for (const other of others) network.isolate(leader.config.nodeId, other.config.nodeId);
  let newLeader: KvNode | undefined;
  for (let attempt = 0; attempt < 500 && newLeader === undefined; attempt++) {
    newLeader = others.find((node) => node.isLeader());
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(newLeader).toBeDefined();
  return newLeader as KvNode;
}

describe("RaftNode on an in-memory network", () => {
  it("a restarted node never reuses a read context of its previous run", async () => {
    // A ReadIndex still pending at the leader under an old context (or a heartbeat response
    // echoing one) would confirm the restarted node's new read at an old index: a stale read.
    const { cluster } = pausableCluster(3);
    const contexts: string[] = [];
    cluster.network.onSend = (message) => {
      if (message.type === MessageType.ReadIndex) {
        contexts.push(Buffer.from(message.context).toString("hex"));
      }
    };
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    await leader.propose({ op: "put", key: "a", value: "1" });
    const follower = nodes.find((node) => node !== leader) as KvNode;
    expect(await follower.readIndex({ op: "get", key: "a" })).toEqual({ ok: true, value: "1" });
    expect(contexts).toHaveLength(1);
    await follower.stop();
    // On its directory, with the same state machine object.
    const id = follower.config.nodeId;
    const restarted = cluster.make(id, { machine: cluster.machine(id) });
    await restarted.start();
    await restarted.waitForLeader(5000);
    expect(await restarted.readIndex({ op: "get", key: "a" })).toEqual({ ok: true, value: "1" });
    expect(contexts).toHaveLength(2);
    expect(contexts[1]).not.toBe(contexts[0]);
  });

  it("elects a leader, replicates proposals, answers reads in every mode", async () => {
    const { cluster } = pausableCluster(3);
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    const put = await leader.propose({ op: "put", key: "a", value: "1" });
    expect(put.ok).toBe(true);
    expect(await leader.readIndex({ op: "get", key: "a" })).toEqual({ ok: true, value: "1" });
    expect(await leader.readIndex({ op: "get", key: "a" }, "lease")).toEqual({
      ok: true,
      value: "1",
    });
    const follower = nodes.find((node) => node !== leader) as KvNode;
    expect(await follower.readIndex({ op: "get", key: "a" })).toEqual({ ok: true, value: "1" });
    await expect(follower.propose({ op: "put", key: "b", value: "2" })).rejects.toMatchObject({
      code: "ENOTLEADER",
      leaderId: leader.config.nodeId,
    });
    for (let i = 0; i < 50; i++)
      await leader.propose({ op: "put", key: `k${i}`, value: String(i) });
    for (const node of nodes) {
      expect(await node.readIndex({ op: "get", key: "k49" })).toEqual({ ok: true, value: "49" });
    }
  });

  it("deduplicates a retried session proposal", async () => {
    const { cluster } = pausableCluster(1);
    const node = cluster.make(1);
    await node.start();
    await node.waitForLeader(5000);
    const command = kvCodec.encodeCommand({ op: "cas", key: "x", expected: null, value: "first" });
    const first = kvCodec.decodeResponse(await node.proposeEncoded(7, 1, command));
    const retry = kvCodec.decodeResponse(await node.proposeEncoded(7, 1, command));
    expect(first).toMatchObject({ swapped: true });
    expect(retry).toEqual(first);
    // Sequences 2 and 3 in flight at once: both apply, each answered with its own response.
    const [second, third] = await Promise.all([
      node.proposeEncoded(7, 2, kvCodec.encodeCommand({ op: "put", key: "y", value: "2" }), 2),
      node.proposeEncoded(7, 3, kvCodec.encodeCommand({ op: "put", key: "z", value: "3" }), 2),
    ]);
    expect(kvCodec.decodeResponse(second)).toMatchObject({ ok: true });
    expect(kvCodec.decodeResponse(third)).toMatchObject({ ok: true });
    // A late retry of 2 (after 3 applied) is still answered from the session, not refused.
    expect(await node.proposeEncoded(7, 2, command, 2)).toEqual(second);
    // Once the client says everything below 4 was answered, a retry of 1 is refused.
    await node.proposeEncoded(7, 4, kvCodec.encodeCommand({ op: "put", key: "w", value: "4" }), 4);
    await expect(node.proposeEncoded(7, 1, command, 4)).rejects.toMatchObject({
      code: "EREJECTED",
    });
  });

  it("stop() fails a wait registered before start(), and every wait after it", async () => {
    const { cluster } = pausableCluster(1);
    const node = cluster.make(1);
    const waiting = node.waitForLeader(60_000);
    await node.stop();
    await expect(waiting).rejects.toBeInstanceOf(StoppedError);
    await expect(node.waitForLeader(60_000)).rejects.toBeInstanceOf(StoppedError);
  });

  it("restarts from its data directory with the same state", async () => {
    const { cluster } = pausableCluster(1);
    const node = cluster.make(1);
    await node.start();
    await node.waitForLeader(5000);
    for (let i = 0; i < 20; i++) await node.propose({ op: "put", key: `k${i}`, value: String(i) });
    await node.stop();
    // On its directory, with the same state machine object.
    const again = cluster.make(1, { machine: cluster.machine(1) });
    await again.start();
    await again.waitForLeader(5000);
    expect(await again.readIndex({ op: "get", key: "k19" })).toEqual({ ok: true, value: "19" });
  });
});

describe("RaftNode log write thread", () => {
  for (const logWriteThread of ["event-loop", "thread-pool"] as const) {
    it(`writes its log with logWriteThread ${logWriteThread}`, async () => {
      const cluster = memoryCluster({
        size: 1,
        application: KV,
        options: { logWriteThread },
        address: (id) => `127.0.0.1:${41099 + id}`,
      });
      const node = cluster.make(1);
      // The node's own file system (no extras.fileSystem) writes on the configured thread.
      const runtime = (node as unknown as { runtime: { fileSystem: NodeFileSystem } }).runtime;
      expect(runtime.fileSystem).toBeInstanceOf(NodeFileSystem);
      expect(runtime.fileSystem.durableWriteThread).toBe(logWriteThread);
      await node.start();
      await node.waitForLeader(5000);
      for (let i = 0; i < 20; i++) await node.propose({ op: "put", key: `k${i}`, value: `${i}` });
      expect(await node.readIndex({ op: "get", key: "k19" })).toEqual({ ok: true, value: "19" });
    });
  }
});

describe("RaftNode membership and leadership", () => {
  it("adds a learner that catches up, promotes it, transfers leadership to it, removes a node", async () => {
    const { cluster } = pausableCluster(3);
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    for (let i = 0; i < 30; i++)
      await leader.propose({ op: "put", key: `k${i}`, value: String(i) });

    const joinerMachine = new KvStateMachine();
    const joiner = cluster.join(4, { machine: joinerMachine });
    await joiner.start();
    await leader.addLearner(4, "127.0.0.1:41003");
    expect(leader.members().find((m) => m.nodeId === 4)).toMatchObject({
      learner: true,
      voter: false,
      address: "127.0.0.1:41003",
    });
    await leader.propose({ op: "put", key: "after-join", value: "yes" });
    for (
      let attempt = 0;
      attempt < 300 && joinerMachine.query({ op: "get", key: "after-join" }).ok !== true;
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (
      let attempt = 0;
      attempt < 300 &&
      (joinerMachine.query({ op: "get", key: "after-join" }) as { value?: string }).value !== "yes";
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(joinerMachine.query({ op: "get", key: "k29" })).toEqual({ ok: true, value: "29" });

    await leader.promote(4);
    expect(leader.members().find((m) => m.nodeId === 4)).toMatchObject({
      voter: true,
      learner: false,
    });
    await leader.transferLeadership(4);
    expect(joiner.isLeader()).toBe(true);
    const removed = nodes.find((node) => node !== leader) as KvNode;
    await joiner.removeNode(removed.config.nodeId);
    expect(joiner.members().map((m) => m.nodeId)).not.toContain(removed.config.nodeId);
    await joiner.propose({ op: "put", key: "final", value: "ok" });
    expect(await leader.readIndex({ op: "get", key: "final" })).toEqual({ ok: true, value: "ok" });
  });

  it("rejects bad node ids and addresses in the membership API with a clear error", async () => {
    const { cluster } = pausableCluster(1);
    const node = cluster.make(1);
    await node.start();
    await node.waitForLeader(5000);
    await expect(node.addNode(0, "127.0.0.1:1")).rejects.toThrow(
      /node id must be a positive integer, got 0/,
    );
    await expect(node.addLearner(2, "no-port")).rejects.toThrow(
      /address of node 2 must be "host:port"/,
    );
    await expect(node.addLearner(2, "127.0.0.1:0")).rejects.toThrow(/needs a port/);
    await expect(node.promote(-1)).rejects.toMatchObject({ code: "EINVALID" });
    await expect(node.transferLeadership(1.5)).rejects.toMatchObject({ code: "EINVALID" });
    expect(node.members().map((m) => m.nodeId)).toEqual([1]);
  });

  it("rejects a second membership change while one is pending, and removing the last voter", async () => {
    const { cluster } = pausableCluster(1);
    const node = cluster.make(1);
    await node.start();
    await node.waitForLeader(5000);
    await expect(node.removeNode(1)).rejects.toMatchObject({ code: "EREJECTED" });
    const first = node.addLearner(5, "127.0.0.1:1");
    await first;
    expect(node.members().map((m) => m.nodeId)).toEqual([1, 5]);
  });

  it("elects a new leader when the leader is cut off, and the old one follows after healing", async () => {
    const { cluster } = pausableCluster(3);
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    await leader.propose({ op: "put", key: "before", value: "1" });
    const newLeader = await electWithout(cluster.network, nodes, leader);
    await newLeader.propose({ op: "put", key: "after", value: "2" });
    cluster.network.heal();
    for (let attempt = 0; attempt < 500 && leader.isLeader(); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(leader.isLeader()).toBe(false);
    for (let attempt = 0; attempt < 500 && leader.leaderId() === undefined; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await leader.readIndex({ op: "get", key: "after" })).toEqual({ ok: true, value: "2" });
  });

  it("a leader paused beyond its lease serves no lease read when it resumes", async () => {
    const { cluster, clocks } = pausableCluster(3);
    const nodes = await cluster.start();
    const leader = await cluster.leader();
    await leader.propose({ op: "put", key: "k", value: "old" });
    expect(await leader.readIndex({ op: "get", key: "k" }, "lease")).toEqual({
      ok: true,
      value: "old",
    });
    // Pause the leader: no ticks and no messages, while its clock runs on.
    const leaderId = leader.config.nodeId;
    const clock = clocks[leaderId - 1] as PausableClock;
    clock.paused = true;
    const newLeader = await electWithout(cluster.network, nodes, leader);
    await newLeader.propose({ op: "put", key: "k", value: "new" });
    // Resume: the old leader still believes it leads, and has heard nothing yet. Its ticks
    // say almost no time passed; its clock says the lease ran out long ago.
    clock.paused = false;
    expect(leader.isLeader()).toBe(true);
    const read = leader.readIndex({ op: "get", key: "k" }, "lease");
    const outcome = read.then(
      (response) => ({ response }),
      (error: Error) => ({ error }),
    );
    cluster.network.heal();
    // Not "old" from the lease: the ReadIndex round meets the new term and the read fails.
    expect(await outcome).toMatchObject({ error: { code: "ENOTLEADER" } });
    for (let attempt = 0; attempt < 500 && leader.leaderId() === undefined; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await leader.readIndex({ op: "get", key: "k" }, "lease")).toEqual({
      ok: true,
      value: "new",
    });
  });
});
