/**
 * A node that starts with a snapshot newer than its hard state's commit (a node restored from
 * a copied snapshot, or whose log fell behind it) raises its hard state to the snapshot. The
 * vote belongs to the hard state's term: it is dropped when the snapshot raises the term (this
 * node never voted in that term), and kept when the term stays (a vote must never be lost).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SegmentLog } from "../../src/storage/index.js";
import type { HardState } from "../../src/types/index.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { type KvNode, makeKvNode, newestSnapshotFile } from "./kv-nodes.js";
import { MemoryNetwork } from "./memory-network.js";

const TIMING = { electionTimeoutMinMs: 40, electionTimeoutMaxMs: 80, heartbeatIntervalMs: 10 };
const PEERS = [
  { id: 1, address: "127.0.0.1:1" },
  { id: 2, address: "127.0.0.1:2" },
];

function makeNode(network: MemoryNetwork, id: number, directory: string): KvNode {
  return makeKvNode(
    { nodeId: id, peers: PEERS, dataDirectory: directory, bootstrap: id === 1, ...TIMING },
    { transport: network.transportFor(id) },
  );
}

/** A snapshot file of a one-voter cluster {1}, taken by node 1: its path and metadata. */
async function takeSnapshot(): Promise<{ file: string; index: number; term: number }> {
  const directory = temporaryDirectory();
  const node = makeKvNode(
    { nodeId: 1, peers: [PEERS[0] as (typeof PEERS)[number]], dataDirectory: directory, ...TIMING },
    { transport: new MemoryNetwork().transportFor(1) },
  );
  await node.start();
  await node.waitForLeader(5000);
  for (let i = 0; i < 5; i++) await node.propose({ op: "put", key: `k${i}`, value: "v" });
  const taken = await node.snapshotNow();
  await node.stop();
  expect(taken.file).toBe(newestSnapshotFile(directory));
  return taken;
}

/**
 * Node 2 (not a voter of the snapshot's membership {1}: it never campaigns, so its hard state
 * is the one start() wrote) starts from `hardState` plus the snapshot; returns the hard state
 * it leaves on disk.
 */
async function startFrom(snapshot: { file: string }, hardState: HardState): Promise<HardState> {
  const directory = temporaryDirectory();
  const log = await SegmentLog.open(path.join(directory, "log"));
  await log.setHardState(hardState);
  await log.close();
  fs.mkdirSync(path.join(directory, "snapshots"));
  fs.copyFileSync(snapshot.file, path.join(directory, "snapshots", path.basename(snapshot.file)));
  const node = makeNode(new MemoryNetwork(), 2, directory);
  await node.start();
  await node.stop();
  const reopened = await SegmentLog.open(path.join(directory, "log"));
  const result = reopened.hardState();
  await reopened.close();
  return result;
}

describe("start from a snapshot newer than the hard state's commit", () => {
  it("drops a vote of an older term when the snapshot raises the term", async () => {
    const snapshot = await takeSnapshot();
    expect(snapshot.term).toBeGreaterThan(1);
    const after = await startFrom(snapshot, { term: snapshot.term - 1, vote: 1, commit: 0 });
    expect(after).toEqual({ term: snapshot.term, vote: 0, commit: snapshot.index });
  });

  it("keeps the vote of the same term, and of a higher term", async () => {
    const snapshot = await takeSnapshot();
    expect(await startFrom(snapshot, { term: snapshot.term, vote: 1, commit: 0 })).toEqual({
      term: snapshot.term,
      vote: 1,
      commit: snapshot.index,
    });
    expect(await startFrom(snapshot, { term: snapshot.term + 3, vote: 1, commit: 0 })).toEqual({
      term: snapshot.term + 3,
      vote: 1,
      commit: snapshot.index,
    });
  });
});
