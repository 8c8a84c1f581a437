/**
 * Snapshots stream end to end: a state machine whose state is generated on the fly (never
 * held in memory) is written to a snapshot file piece by piece while its chunks are produced,
 * restored on restart and installed on a lagging follower as a stream of bounded chunks, and
 * the node's own layout checks refuse a restore that stops early.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  nodeSnapshotPieces,
  readNodeSnapshot,
  STATE_MACHINE_PIECE_BYTES,
  writeNodeSnapshot,
} from "../../src/node/node-snapshot.js";
import type { RaftNode } from "../../src/node/raft-node.js";
import { lengthDelimitedHeader } from "../../src/proto/codec/field-stream.js";
import { node as nodeProto } from "../../src/proto/node-index.js";
import { openSnapshot } from "../../src/snapshot/reader.js";
import { SnapshotStore } from "../../src/snapshot/snapshot-store.js";
import {
  type SyntheticCommand,
  type SyntheticResponse,
  SyntheticStateMachine,
  syntheticCodec,
} from "../../src/testing/synthetic-state-machine.js";
import { memoryCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";
import { temporaryDirectory } from "../storage/helpers.js";

/** Bytes of state per `grow` command. */
const GROW_BYTES = 8 * 1024 * 1024;

type SyntheticNode = RaftNode<SyntheticCommand, SyntheticResponse, null>;

/** Three nodes of the synthetic state machine (not made yet). */
function syntheticCluster() {
  return memoryCluster({
    size: 3,
    application: { machine: () => new SyntheticStateMachine(), codec: syntheticCodec },
    options: {
      electionTimeoutMinMs: 100,
      electionTimeoutMaxMs: 200,
      heartbeatIntervalMs: 20,
      snapshotTrailingEntries: 0,
    },
  });
}

/** Bytes of the snapshot file being written in `directory`/snapshots, if one is. */
function temporarySnapshotBytes(directory: string): number | undefined {
  const snapshots = path.join(directory, "snapshots");
  const name = fs.readdirSync(snapshots).find((each) => each.endsWith(".snap.tmp"));
  return name === undefined ? undefined : fs.statSync(path.join(snapshots, name)).size;
}

describe("snapshots of a state that is never whole in memory", () => {
  it("are written while generated, installed on a new learner and restored on restart in bounded chunks", async () => {
    const cluster = syntheticCluster();
    const directories = cluster.directories;
    const machines = cluster.machines;
    const nodes = await cluster.start();
    await waitFor(() => nodes.some((node) => node.isLeader()), "a leader");
    const leaderPosition = nodes.findIndex((node) => node.isLeader());
    const leader = nodes[leaderPosition] as SyntheticNode;
    const leaderMachine = machines[leaderPosition] as SyntheticStateMachine;

    for (let i = 0; i < 4; i++) await leader.propose({ grow: GROW_BYTES });
    const stateBytes = 4 * GROW_BYTES;
    leaderMachine.writtenBytes = () => {
      const bytes = temporarySnapshotBytes(directories[leaderPosition] as string);
      // Before the file exists nothing was pulled yet.
      return bytes ?? Number.POSITIVE_INFINITY;
    };
    const taken = await leader.snapshotNow();
    leaderMachine.writtenBytes = undefined;
    expect(taken.index).toBe(leader.status().appliedIndex);
    // Pieces went to the file as they were generated: the writer holds at most one 1 MiB file
    // chunk, the pipeline a few pieces; never anything near the 32 MiB state.
    expect(leaderMachine.largestUnwrittenBytes).toBeLessThan(3 * 1024 * 1024);

    // A new learner: the log before the snapshot is gone, only the snapshot can bring it in.
    const learnerMachine = new SyntheticStateMachine();
    const learnerDirectory = temporaryDirectory();
    const learner = cluster.join(4, {
      directory: learnerDirectory,
      machine: learnerMachine,
      options: { peers: [...cluster.peers, { id: 4, address: "127.0.0.1:4" }] },
    });
    const installed: number[] = [];
    learner.on("snapshot", ({ kind, index }) => {
      if (kind === "installed") installed.push(index);
    });
    await learner.start();
    await leader.addLearner(4, "127.0.0.1:4");
    await waitFor(
      () => learner.status().appliedIndex >= taken.index,
      "the learner to apply the snapshot",
    );
    expect(installed).toEqual([taken.index]);
    expect(learnerMachine.restores).toBe(1);
    expect(learnerMachine.sizeBytes).toBe(stateBytes);
    expect(learnerMachine.generation).toBe(leaderMachine.generation);
    expect(learnerMachine.largestRestoreChunkBytes).toBeLessThanOrEqual(STATE_MACHINE_PIECE_BYTES);
    // The received file was moved into the learner's store; nothing is left behind.
    const snapshotNames = fs.readdirSync(path.join(learnerDirectory, "snapshots"));
    expect(snapshotNames).toEqual([path.basename(snapshotNames[0] as string)]);
    expect(snapshotNames[0]).toMatch(/^snap-\d{20}-\d{20}\.snap$/);
    // The memory network's copy of the leader's file (as a transport would receive it) was moved.
    const leaderSnapshots = fs.readdirSync(
      path.join(directories[leaderPosition] as string, "snapshots"),
    );
    expect(leaderSnapshots.filter((name) => name.includes("memory-network"))).toEqual([]);

    // Restart the leader: it restores the same state from its own file, as a stream.
    await leader.stop();
    const again = new SyntheticStateMachine();
    const restarted = cluster.make(leader.config.nodeId, { machine: again });
    await restarted.start();
    expect(again.restores).toBe(1);
    expect(again.sizeBytes).toBe(stateBytes);
    expect(again.largestRestoreChunkBytes).toBeLessThanOrEqual(STATE_MACHINE_PIECE_BYTES);
  });
});

describe("readNodeSnapshot", () => {
  const header = nodeProto.NodeSnapshot.encode({
    members: [{ nodeId: 1, address: "a:1" }],
    sessions: [{ clientId: 9, floor: 2, lastIndex: 3, responses: [] }],
  }).finish();
  const piece = (bytes: number[]) => [
    lengthDelimitedHeader(3, bytes.length),
    Uint8Array.from(bytes),
  ];

  it("returns the header and streams the state machine's pieces in order", async () => {
    const seen: number[] = [];
    const result = await readNodeSnapshot(
      [header, ...piece([1, 2]), ...piece([3])],
      "test",
      async (chunks) => {
        for await (const chunk of chunks) seen.push(...chunk);
      },
    );
    expect(result.members).toEqual([{ nodeId: 1, address: "a:1" }]);
    expect(result.sessions[0]?.clientId).toBe(9);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("refuses a restore that returns before reading all its data", async () => {
    await expect(
      readNodeSnapshot([header, ...piece([1]), ...piece([2])], "the snapshot in f", async () => {}),
    ).rejects.toThrow(
      /the snapshot in f: the state machine's restore returned before reading all its data/,
    );
  });

  it("closes the snapshot file when a restore stops early or fails", async () => {
    const store = new SnapshotStore(path.join(temporaryDirectory(), "snapshots"), {
      chunkBytes: 64,
    });
    const written = await writeNodeSnapshot(
      store,
      {
        index: 5,
        term: 1,
        confState: {
          voters: [1],
          votersOutgoing: [],
          learners: [],
          learnersNext: [],
          autoLeave: false,
          incarnations: [],
        },
      },
      nodeSnapshotPieces({ members: [{ nodeId: 1, address: "a:1" }], sessions: [] }, [
        new Uint8Array(300).fill(1),
      ]),
    );
    const openDescriptors = () => fs.readdirSync("/proc/self/fd").length;
    const before = openDescriptors();
    await expect(
      readNodeSnapshot(openSnapshot(written.file), "early", async () => {}),
    ).rejects.toThrow(/returned before reading all its data/);
    await expect(
      readNodeSnapshot(openSnapshot(written.file), "failing", async (chunks) => {
        for await (const _chunk of chunks) throw new Error("restore failed");
      }),
    ).rejects.toThrow(/restore failed/);
    expect(openDescriptors()).toBe(before);
    // And a full read gives the header and every byte.
    let bytes = 0;
    const header = await readNodeSnapshot(openSnapshot(written.file), "full", async (chunks) => {
      for await (const chunk of chunks) bytes += chunk.byteLength;
    });
    expect(header.members).toEqual([{ nodeId: 1, address: "a:1" }]);
    expect(bytes).toBe(300);
    expect(openDescriptors()).toBe(before);
  });

  it("refuses members or sessions after the state machine's data", async () => {
    await expect(
      readNodeSnapshot([header, ...piece([1]), header], "test", async (chunks) => {
        for await (const _chunk of chunks) {
        }
      }),
    ).rejects.toThrow(/members or sessions after the state machine's data/);
  });
});
