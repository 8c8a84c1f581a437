/**
 * A broken invariant stops the node (as etcd panics): an AssertionError raised while the core
 * handles a message is never logged-and-dropped like a malformed message. The node fails with
 * the invariant's message, logs one fatal line, and refuses everything after.
 */
import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import {
  type KvCommand,
  type KvQuery,
  type KvResponse,
  KvStateMachine,
  kvCodec,
} from "../../src/node/kv-state-machine.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { MessageType } from "../../src/raft/index.js";
import { AssertionError } from "../../src/util/assert.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { MemoryNetwork } from "./memory-network.js";

type KvNode = RaftNode<KvCommand, KvResponse, KvQuery>;
const running: KvNode[] = [];
afterEach(async () => {
  for (const node of running.splice(0)) await node.stop();
});

interface LogLine {
  level: number;
  msg: string;
  error?: string;
}

/** A single-voter node (it elects itself) whose JSON log lines are collected. */
async function startLeader(): Promise<{ node: KvNode; network: MemoryNetwork; lines: LogLine[] }> {
  const network = new MemoryNetwork();
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) {
        if (line.trim() !== "") lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  const node: KvNode = new RaftNode(
    {
      nodeId: 1,
      peers: [{ id: 1, address: "127.0.0.1:1" }],
      dataDirectory: temporaryDirectory(),
      electionTimeoutMinMs: 40,
      electionTimeoutMaxMs: 80,
      heartbeatIntervalMs: 10,
    },
    new KvStateMachine(),
    kvCodec,
    { transport: network.transportFor(1), logger: pino({ level: "debug" }, sink) },
  );
  running.push(node);
  await node.start();
  await node.waitForLeader(5000);
  await node.propose({ op: "put", key: "a", value: "1" });
  return { node, network, lines };
}

describe("fail-stop on a broken invariant", () => {
  it("a heartbeat from a second leader in the same term stops the node", async () => {
    const { node, network, lines } = await startLeader();
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
      leaseTick: 0,
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(AssertionError);
    expect(failures[0]?.message).toMatch(new RegExp(`two leaders in term ${term}: 1 and 2`));
    expect(node.isRunning()).toBe(false);
    await expect(node.propose({ op: "put", key: "b", value: "2" })).rejects.toThrow(
      /two leaders in term/,
    );
    const fatal = lines.filter((line) => line.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.msg).toBe("a broken invariant stopped the node");
    expect(fatal[0]?.error).toMatch(/assertion failed: two leaders in term/);
    expect(lines.some((line) => line.msg === "dropped a raft message")).toBe(false);
  });

  it("a malformed message (a typed operating error) is only logged and dropped", async () => {
    const { node, network, lines } = await startLeader();
    const failures: Error[] = [];
    node.on("failed", (error) => failures.push(error));
    network.inject({
      type: MessageType.Heartbeat,
      from: 2,
      to: 1,
      term: -1,
      commit: 0,
      context: new Uint8Array(),
      leaseTick: 0,
    });
    const dropped = lines.filter((line) => line.msg === "dropped a raft message");
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.error).toMatch(/message term must be a non-negative safe integer: -1/);
    expect(failures).toEqual([]);
    expect(node.isRunning()).toBe(true);
    await node.propose({ op: "put", key: "b", value: "2" });
    expect(await node.readIndex({ op: "get", key: "b" })).toEqual({ ok: true, value: "2" });
  });
});
