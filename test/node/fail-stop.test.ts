/**
 * A broken invariant stops the node (as etcd panics): an AssertionError raised while the core
 * handles a message is never logged-and-dropped like a malformed message. The node fails with
 * the invariant's message, logs one fatal line, and refuses everything after.
 */
import { describe, expect, it } from "vitest";
import { MessageType } from "../../src/raft/index.js";
import { AssertionError } from "../../src/util/assert.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { collectingLogger, type KvNode, makeKvNode } from "./kv-nodes.js";
import { MemoryNetwork } from "./memory-network.js";

interface LogLine {
  level: number;
  msg: string;
  error?: string;
}

/** A single-voter node (it elects itself) whose JSON log lines are collected. */
async function startLeader(): Promise<{
  node: KvNode;
  network: MemoryNetwork;
  logged: () => LogLine[];
}> {
  const network = new MemoryNetwork();
  const text: string[] = [];
  const node = makeKvNode(
    {
      nodeId: 1,
      peers: [{ id: 1, address: "127.0.0.1:1" }],
      dataDirectory: temporaryDirectory(),
      electionTimeoutMinMs: 40,
      electionTimeoutMaxMs: 80,
      heartbeatIntervalMs: 10,
    },
    { transport: network.transportFor(1), logger: collectingLogger(text) },
  );
  await node.start();
  await node.waitForLeader(5000);
  await node.propose({ op: "put", key: "a", value: "1" });
  return {
    node,
    network,
    logged: () => text.map((line) => JSON.parse(line) as LogLine),
  };
}

describe("fail-stop on a broken invariant", () => {
  it("a heartbeat from a second leader in the same term stops the node", async () => {
    const { node, network, logged } = await startLeader();
    const failures: Error[] = [];
    node.on("failed", (error) => failures.push(error));
    const term = node.status().term;
    network.inject({
      type: MessageType.Heartbeat,
      from: 2,
      to: 1,
      term,
      commit: 0,
      context: new Uint8Array(),
      sentMs: 0,
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(AssertionError);
    expect(failures[0]?.message).toMatch(new RegExp(`two leaders in term ${term}: 1 and 2`));
    expect(node.isRunning()).toBe(false);
    await expect(node.propose({ op: "put", key: "b", value: "2" })).rejects.toThrow(
      /two leaders in term/,
    );
    const fatal = logged().filter((line) => line.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.msg).toBe("a broken invariant stopped the node");
    expect(fatal[0]?.error).toMatch(/assertion failed: two leaders in term/);
    expect(logged().some((line) => line.msg === "dropped a raft message")).toBe(false);
  });

  it("a malformed message (a typed operating error) is only logged and dropped", async () => {
    const { node, network, logged } = await startLeader();
    const failures: Error[] = [];
    node.on("failed", (error) => failures.push(error));
    network.inject({
      type: MessageType.Heartbeat,
      from: 2,
      to: 1,
      term: -1,
      commit: 0,
      context: new Uint8Array(),
      sentMs: 0,
    });
    const dropped = logged().filter((line) => line.msg === "dropped a raft message");
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.error).toMatch(/message term must be a non-negative safe integer: -1/);
    expect(failures).toEqual([]);
    expect(node.isRunning()).toBe(true);
    await node.propose({ op: "put", key: "b", value: "2" });
    expect(await node.readIndex({ op: "get", key: "b" })).toEqual({ ok: true, value: "2" });
  });
});
