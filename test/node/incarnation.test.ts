/**
 * Node incarnations through RaftNode (docs/architecture.md, "Node identity"): the data
 * directory's incarnation file, the seat it gets when added, and a wiped node restarted under
 * an old id, which is refused until it is removed and added again.
 */
import fs from "node:fs";
import path from "node:path";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { INCARNATION_FILE_NAME, loadOrCreateIncarnation } from "../../src/node/incarnation-file.js";
import { KvStateMachine } from "../../src/node/kv-state-machine.js";
import type { Random } from "../../src/node/random.js";
import { NodeFileSystem } from "../../src/storage/index.js";
import { FAST_TIMING, KV, memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { makeKvNode } from "./kv-nodes.js";
import { MemoryNetwork } from "./memory-network.js";

/** A pino logger keeping every record in `records`. */
function recordingLogger(records: unknown[]) {
  return pino({ level: "warn" }, { write: (line: string) => void records.push(JSON.parse(line)) });
}

function readIncarnation(directory: string): number {
  return Number(fs.readFileSync(path.join(directory, INCARNATION_FILE_NAME), "ascii"));
}

describe("node incarnations (RaftNode)", () => {
  it("founding members and joining ones get a random incarnation kept across restarts, founders' recorded in the founding membership; a wiped node under an old id is refused until re-added", async () => {
    const cluster = memoryCluster({ size: 3, application: KV, options: FAST_TIMING });
    // A node joining later that knows the founders' addresses.
    const joiner = (directory: string, machine: KvStateMachine, log?: unknown[]) =>
      cluster.join(4, {
        directory,
        machine,
        options: { peers: [...cluster.peers] },
        ...(log === undefined ? {} : { extras: { logger: recordingLogger(log) } }),
      });
    const directories = cluster.directories;
    const nodes = await cluster.start();
    const founding = directories.map((directory, index) => ({
      nodeId: index + 1,
      incarnation: readIncarnation(directory),
    }));
    for (const member of founding) expect(member.incarnation).toBeGreaterThan(0);
    expect(new Set(founding.map((member) => member.incarnation)).size).toBe(3);
    for (const node of nodes) expect(node.status().confState.incarnations).toEqual(founding);
    const leader = await cluster.leader();
    const others = nodes.filter((node) => node !== leader);
    await leader.propose({ op: "put", key: "a", value: "1" });

    // A fourth node joins: a random incarnation, recorded in its seat when it is promoted.
    const joinDirectory = temporaryDirectory();
    const joinMachine = new KvStateMachine();
    const joined = joiner(joinDirectory, joinMachine);
    await joined.start();
    const joinedIncarnation = readIncarnation(joinDirectory);
    expect(joinedIncarnation).toBeGreaterThan(0);
    await leader.addNode(4, "127.0.0.1:4");
    expect(leader.status().confState.voters).toContain(4);
    expect(leader.status().confState.incarnations).toEqual([
      ...founding,
      { nodeId: 4, incarnation: joinedIncarnation },
    ]);
    // A restart keeps the incarnation.
    await joined.stop();
    const restarted = joiner(joinDirectory, new KvStateMachine());
    await restarted.start();
    expect(readIncarnation(joinDirectory)).toBe(joinedIncarnation);
    await leader.propose({ op: "put", key: "b", value: "2" });
    await waitFor(() => restarted.status().appliedIndex >= leader.status().commitIndex, "catch-up");

    // Node 4's disk is wiped and it restarts under id 4: a new incarnation, refused by all.
    await restarted.stop();
    const wipedDirectory = temporaryDirectory();
    const wipedMachine = new KvStateMachine();
    const wipedLog: unknown[] = [];
    const wiped = joiner(wipedDirectory, wipedMachine, wipedLog);
    await wiped.start();
    expect(readIncarnation(wipedDirectory)).not.toBe(joinedIncarnation);
    await leader.propose({ op: "put", key: "c", value: "3" });
    // Three of the four voters commit it; the wiped node drops every message the leader
    // addresses to its seat's old disk (it would adopt the leader's term from any of them),
    // says so in its log, and has no membership.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(wiped.status().term).toBe(0);
    expect(JSON.stringify(wipedLog)).toMatch(
      /dropped raft messages by incarnation: leader \d addresses incarnation \d+ of this node's seat/,
    );
    expect(wiped.status().appliedIndex).toBe(0);
    expect(wiped.status().confState.voters).toEqual([]);
    expect(wipedMachine.query({ op: "get", key: "a" })).toEqual({ ok: true, value: null });

    // Removed and added again, it joins as its new incarnation and catches up.
    await leader.removeNode(4);
    await leader.addNode(4, "127.0.0.1:4");
    expect(leader.status().confState.incarnations).toEqual([
      ...founding,
      { nodeId: 4, incarnation: readIncarnation(wipedDirectory) },
    ]);
    await leader.propose({ op: "put", key: "d", value: "4" });
    await waitFor(() => wiped.status().appliedIndex >= leader.status().commitIndex, "rejoin");
    expect(wipedMachine.query({ op: "get", key: "c" })).toEqual({ ok: true, value: "3" });
    for (const node of others) {
      expect(node.status().confState.incarnations).toEqual(leader.status().confState.incarnations);
    }
  });

  it("binds a learner's seat when it is promoted, to the disk it runs on then, never when it is added", async () => {
    const cluster = memoryCluster({ size: 1, application: KV, options: FAST_TIMING });
    const leader = cluster.make(1);
    await leader.start();
    await waitFor(() => leader.isLeader(), "a leader");
    const learner = cluster.join(2, { options: { peers: [...cluster.peers] } });
    await learner.start();
    // Connected already: what a handshake said may be from a process that is gone by the
    // time the seat matters, so adding records nothing.
    await leader.addLearner(2, "127.0.0.1:2");
    expect(leader.status().confState.learners).toEqual([2]);
    const founder = { nodeId: 1, incarnation: leader.status().incarnation };
    expect(leader.status().confState.incarnations).toEqual([founder]);
    await leader.propose({ op: "put", key: "a", value: "1" });
    await waitFor(() => learner.status().appliedIndex >= leader.status().commitIndex, "catch-up");
    await leader.promote(2);
    expect(leader.status().confState.incarnations).toEqual([
      founder,
      { nodeId: 2, incarnation: learner.status().incarnation },
    ]);
  });

  it("draws a joining node's incarnation from extras.random", async () => {
    const draws: [number, number][] = [];
    const random: Random = {
      randomInt: (minInclusive, maxExclusive) => {
        draws.push([minInclusive, maxExclusive]);
        return minInclusive + 12_344;
      },
    };
    const directory = temporaryDirectory();
    const node = makeKvNode(
      { nodeId: 4, peers: [], dataDirectory: directory, bootstrap: false, ...FAST_TIMING },
      { transport: new MemoryNetwork().transportFor(4), random },
    );
    await node.start();
    expect(readIncarnation(directory)).toBe(12_345);
    expect(draws).toContainEqual([1, 2 ** 48]);
  });

  it("refuses a drawn incarnation outside [1, 2^48) and writes no file", async () => {
    const directory = temporaryDirectory();
    for (const drawn of [0, 2 ** 48, 1.5]) {
      await expect(
        loadOrCreateIncarnation(new NodeFileSystem(), directory, "joining", () => drawn),
      ).rejects.toThrow(/a drawn incarnation is an integer in \[1, 2\^48\)/);
    }
    expect(fs.existsSync(path.join(directory, INCARNATION_FILE_NAME))).toBe(false);
  });

  it("refuses to start on a damaged incarnation file, naming it", async () => {
    const directory = temporaryDirectory();
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(path.join(directory, INCARNATION_FILE_NAME), "not a number\n");
    const node = makeKvNode(
      { nodeId: 1, peers: [{ id: 1, address: "127.0.0.1:1" }], dataDirectory: directory },
      { transport: new MemoryNetwork().transportFor(1) },
    );
    await expect(node.start()).rejects.toThrow(/incarnation.*byte offset 0/);
  });
});
