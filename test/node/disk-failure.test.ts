/**
 * An fsync error is fatal for the node (never retried: after a failed fsync the page cache
 * cannot be trusted): it stops serving with a clear error, fails what is pending, and a restart
 * recovers from what is durable.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  type KvCommand,
  type KvQuery,
  type KvResponse,
  KvStateMachine,
  kvCodec,
} from "../../src/node/kv-state-machine.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { FaultyFileSystem } from "../storage/faulty-fs.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { MemoryNetwork } from "./memory-network.js";

type KvNode = RaftNode<KvCommand, KvResponse, KvQuery>;
const running: KvNode[] = [];
afterEach(async () => {
  for (const node of running.splice(0)) await node.stop();
});

describe("a failed fsync", () => {
  it("stops the node with a clear error; a restart recovers every acknowledged write", async () => {
    const network = new MemoryNetwork();
    const directory = temporaryDirectory();
    const peers = [{ id: 1, address: "127.0.0.1:1" }];
    const fileSystem = new FaultyFileSystem();
    const options = {
      nodeId: 1,
      peers,
      dataDirectory: directory,
      electionTimeoutMinMs: 40,
      electionTimeoutMaxMs: 80,
      heartbeatIntervalMs: 10,
    };
    const node: KvNode = new RaftNode(options, new KvStateMachine(), kvCodec, {
      transport: network.transportFor(1),
      fileSystem,
    });
    running.push(node);
    const failures: Error[] = [];
    node.on("failed", (error) => failures.push(error));
    await node.start();
    await node.waitForLeader(5000);
    for (let i = 0; i < 10; i++) await node.propose({ op: "put", key: `k${i}`, value: String(i) });
    fileSystem.faults.failDatasync = true;
    await expect(node.propose({ op: "put", key: "lost", value: "x" })).rejects.toThrow(
      /fdatasync .* failed \(EIO\)/,
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toMatch(/log failed and refuses writes/);
    expect(node.isRunning()).toBe(false);
    await expect(node.propose({ op: "put", key: "after", value: "x" })).rejects.toThrow(
      /fdatasync/,
    );
    await node.stop();
    running.splice(running.indexOf(node), 1);

    const machine = new KvStateMachine();
    const restarted: KvNode = new RaftNode(options, machine, kvCodec, {
      transport: network.transportFor(1),
    });
    running.push(restarted);
    await restarted.start();
    await restarted.waitForLeader(5000);
    await restarted.readIndex({ op: "get", key: "k0" });
    for (let i = 0; i < 10; i++)
      expect(machine.query({ op: "get", key: `k${i}` })).toEqual({ ok: true, value: String(i) });
  });
});
