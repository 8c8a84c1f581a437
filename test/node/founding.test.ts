/**
 * Founding a cluster (src/node/founding.ts; docs/architecture.md, "Node identity"): a founder
 * on a fresh data directory starts once it has met every founder, the founding membership
 * records each founder's disk, and a founder wiped and bootstrapped again is a new disk that
 * never votes.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StoppedError } from "../../src/node/errors.js";
import { FOUNDERS_FILE_NAME, FoundersRecord, parseFounders } from "../../src/node/founding.js";
import { INCARNATION_FILE_NAME } from "../../src/node/incarnation-file.js";
import { KvStateMachine } from "../../src/node/kv-state-machine.js";
import { NodeFileSystem } from "../../src/storage/index.js";
import { waitFor } from "../helpers/wait.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { collectingLogger, type KvNode, makeKvNode } from "./kv-nodes.js";
import { MemoryNetwork } from "./memory-network.js";

const TIMING = { electionTimeoutMinMs: 40, electionTimeoutMaxMs: 80, heartbeatIntervalMs: 10 };
const PEERS = [1, 2, 3].map((id) => ({ id, address: `127.0.0.1:${id}` }));

function readIncarnation(directory: string): number {
  return Number(fs.readFileSync(path.join(directory, INCARNATION_FILE_NAME), "ascii"));
}

function makeFounder(
  network: MemoryNetwork,
  id: number,
  directory: string,
  machine = new KvStateMachine(),
  lines?: string[],
): KvNode {
  return makeKvNode(
    { nodeId: id, peers: PEERS, dataDirectory: directory, randomSeed: id, ...TIMING },
    {
      transport: network.transportFor(id),
      ...(lines === undefined ? {} : { logger: collectingLogger(lines, "warn") }),
    },
    machine,
  );
}

/** The snapshot files of a data directory (none before the founding membership is written). */
function snapshotFiles(directory: string): string[] {
  const snapshots = path.join(directory, "snapshots");
  return fs.existsSync(snapshots) ? fs.readdirSync(snapshots) : [];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("founding a cluster", () => {
  it("a founder starts once it has met every founder, and records their disks", async () => {
    const network = new MemoryNetwork();
    const directories = PEERS.map(() => temporaryDirectory());
    const first = makeFounder(network, 1, directories[0] as string);
    let firstStarted = false;
    const starting = first.start().then(() => {
      firstStarted = true;
    });
    await sleep(300);
    expect(firstStarted).toBe(false);
    expect(snapshotFiles(directories[0] as string)).toEqual([]);

    const others = [2, 3].map((id) => makeFounder(network, id, directories[id - 1] as string));
    await Promise.all([starting, ...others.map((node) => node.start())]);
    const founding = directories.map((directory, index) => ({
      nodeId: index + 1,
      incarnation: readIncarnation(directory),
    }));
    for (const node of [first, ...others]) {
      expect(node.status().confState.voters).toEqual([1, 2, 3]);
      expect(node.status().confState.incarnations).toEqual(founding);
    }
    const text = fs.readFileSync(path.join(directories[0] as string, FOUNDERS_FILE_NAME), "ascii");
    expect(text).toBe(`2 ${founding[1]?.incarnation}\n3 ${founding[2]?.incarnation}\n`);
    await first.waitForLeader(5000);
  });

  it("stop() while a founder waits for the others makes its start reject, leaving no log", async () => {
    const network = new MemoryNetwork();
    const directory = temporaryDirectory();
    const alone = makeFounder(network, 1, directory);
    const starting = alone.start();
    await sleep(100);
    await alone.stop();
    await expect(starting).rejects.toBeInstanceOf(StoppedError);
    expect(snapshotFiles(directory)).toEqual([]);
    // Started again later, with the others, it founds under the incarnation it drew.
    const incarnation = readIncarnation(directory);
    const nodes = [
      makeFounder(network, 1, directory),
      makeFounder(network, 2, temporaryDirectory()),
      makeFounder(network, 3, temporaryDirectory()),
    ];
    await Promise.all(nodes.map((node) => node.start()));
    expect(nodes[1]?.status().confState.incarnations[0]).toEqual({ nodeId: 1, incarnation });
  });

  it("a founder wiped and bootstrapped again never votes: no leader without the committed writes", async () => {
    const network = new MemoryNetwork();
    const directories = PEERS.map(() => temporaryDirectory());
    const threeLines: string[] = [];
    const nodes = PEERS.map((peer) =>
      makeFounder(
        network,
        peer.id,
        directories[peer.id - 1] as string,
        new KvStateMachine(),
        peer.id === 3 ? threeLines : undefined,
      ),
    );
    await Promise.all(nodes.map((node) => node.start()));
    const [one, two, three] = nodes as [KvNode, KvNode, KvNode];
    await one.waitForLeader(5000);
    await waitFor(() => three.status().appliedIndex >= one.status().commitIndex, "3 caught up");

    // Node 3 is cut off; nodes 1 and 2 commit writes without it.
    network.isolate(3, 1);
    network.isolate(3, 2);
    await waitFor(() => one.isLeader() || two.isLeader(), "a leader among 1 and 2");
    const leader = one.isLeader() ? one : two;
    const follower = leader === one ? two : one;
    for (let i = 0; i < 5; i++) await leader.propose({ op: "put", key: `k${i}`, value: `${i}` });

    // The follower's disk is wiped and it starts again in bootstrap mode, under its old id.
    const wipedId = follower.config.nodeId;
    await follower.stop();
    network.heal();
    network.isolate(leader.config.nodeId, 3);
    const wipedDirectory = temporaryDirectory();
    const wiped = makeFounder(network, wipedId, wipedDirectory);
    await wiped.start();
    expect(readIncarnation(wipedDirectory)).not.toBe(
      readIncarnation(directories[wipedId - 1] as string),
    );

    // Now the old leader is cut off, and node 3 (without the writes) can reach only the wiped
    // founder. With the wiped disk counted as its seat, node 3 would win an election there.
    network.isolate(leader.config.nodeId, wipedId);
    await sleep(1_500);
    expect(three.isLeader()).toBe(false);
    expect(wiped.isLeader()).toBe(false);
    // Node 3 ignores the wiped founder's votes: its seat records the disk it founded with.
    expect(threeLines.join("\n")).toMatch(
      new RegExp(`dropped raft messages by incarnation: node ${wipedId} runs incarnation`),
    );

    // Healed, the cluster's leader holds every committed write.
    network.heal();
    await waitFor(() => leader.isLeader() || three.isLeader(), "a leader", 10_000);
    const current = leader.isLeader() ? leader : three;
    expect(await current.readIndex({ op: "get", key: "k4" })).toEqual({ ok: true, value: "4" });
  });
});

describe("the founders file", () => {
  it("keeps the first incarnation seen for a seat, durably, and reads it back", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new NodeFileSystem();
    const record = FoundersRecord.load(fileSystem, directory);
    expect(await record.record(3, 77)).toBe(true);
    expect(await record.record(2, 55)).toBe(true);
    expect(await record.record(3, 78)).toBe(false);
    expect(fs.readFileSync(path.join(directory, FOUNDERS_FILE_NAME), "ascii")).toBe("2 55\n3 77\n");
    const again = FoundersRecord.load(fileSystem, directory);
    expect(again.get(3)).toBe(77);
    expect(again.get(2)).toBe(55);
    expect(again.get(1)).toBeUndefined();
  });

  it("names the file and byte offset of a line it cannot read", () => {
    const bytes = (text: string) => Buffer.from(text, "ascii");
    expect(() => parseFounders("/d/founders", bytes("2 55\n3 x\n"))).toThrow(
      /\/d\/founders \(byte offset 5\): not a founder line/,
    );
    expect(() => parseFounders("/d/founders", bytes("2 55\n2 56\n"))).toThrow(/byte offset 5/);
    expect(() => parseFounders("/d/founders", bytes("2 55"))).toThrow(/byte offset 0/);
    expect([...parseFounders("/d/founders", bytes("1 0\n4 9\n"))]).toEqual([
      [1, 0],
      [4, 9],
    ]);
  });
});
